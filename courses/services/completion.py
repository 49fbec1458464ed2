"""Whether an enrollment is complete: the one place the completion rule lives.

A series asks for a number of gatherings attended (all, unless it says fewer) and every
required learning module passed. Late counts as attended; excused counts only if the
series says so. Gatherings that started before someone got their seat (from the waiting
list or as a replacement) are not held against them: they may miss as many of the rest as
everyone else may miss in all.

``evaluate`` runs whenever attendance or a quiz result changes, and asks for a
certificate once an enrollment is complete.
"""

from dataclasses import dataclass, field
from functools import partial

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses import events
from courses.choices import EnrollmentStatus
from courses.models import Attendance, Certificate, CourseSeriesPage, Enrollment, Gathering, ModulePage, SeriesModule
from courses.services import learning


@dataclass
class Completion:
    attended: int
    required: int
    counted_gatherings: int
    missing_modules: list[ModulePage] = field(default_factory=list)
    confirmed: bool = True

    @property
    def attendance_met(self) -> bool:
        return self.attended >= self.required

    @property
    def is_complete(self) -> bool:
        return self.confirmed and self.attendance_met and not self.missing_modules


def attendance_requirement(series: CourseSeriesPage, enrollment: Enrollment) -> tuple[list[Gathering], int]:
    """The gatherings that count for this person, and how many of them they must attend.

    Gatherings held before the person got the seat (from the waiting list, or as a colleague's
    replacement) do not count, and the series' allowance of absences still applies to the rest.
    """
    gatherings = [g for g in series.gathering_list if not g.cancelled]
    counted = [g for g in gatherings if enrollment.had_seat_at(g)]
    return counted, _required_of(series, total=len(gatherings), counted=len(counted))


def _required_of(series: CourseSeriesPage, *, total: int, counted: int) -> int:
    """How many of ``counted`` gatherings must be attended when the series holds ``total``."""
    allowed_absences = total - (series.min_gatherings or total)
    # The allowance never goes below one attended gathering: nobody completes without attending.
    return max(counted - max(allowed_absences, 0), 1)


def certificate_rule(series: CourseSeriesPage, required_modules: int) -> list[str]:
    """The series' completion rule in words, for the series page: one or two sentences.

    Takes the series (its gatherings, ``min_gatherings`` and ``excused_counts``, the same
    fields ``completion`` applies) and the number of required learning modules; returns
    sentences in the active language. Written for someone who has a seat from the first
    gathering (PRODUCT.md, flow 1: "what completion requires"). Empty for a series that issues
    no certificate (a network gathering, ``CourseSeriesPage.issues_certificates``).
    """
    if not series.issues_certificates:
        return []
    total = len([g for g in series.gathering_list if not g.cancelled])
    required = _required_of(series, total=total, counted=total)
    if required >= total:
        attendance = ngettext("attending the gathering", "attending all %(total)d gatherings", total) % {"total": total}
    else:
        attendance = ngettext(
            "attending at least %(required)d of the %(total)d gatherings",
            "attending at least %(required)d of the %(total)d gatherings",
            total,
        ) % {"required": required, "total": total}
    if required_modules:
        modules = ngettext(
            "passing the quiz in the required learning module",
            "passing the quiz in each of the %(count)d required learning modules",
            required_modules,
        ) % {"count": required_modules}
        rule = _("You earn the certificate by %(attendance)s and %(modules)s.") % {
            "attendance": attendance,
            "modules": modules,
        }
    else:
        rule = _("You earn the certificate by %(attendance)s.") % {"attendance": attendance}
    if series.excused_counts:
        counts = _("Arriving late and an excused absence both count as attending.")
    else:
        counts = _("Arriving late counts as attending; an excused absence does not.")
    return [rule, counts]


def completion(enrollment: Enrollment) -> Completion:
    series = enrollment.series
    counted, required = attendance_requirement(series, enrollment)
    statuses = series.attended_statuses()
    attended = Attendance.objects.filter(
        enrollment=enrollment, gathering__in=[g.pk for g in counted], status__in=statuses
    ).count()
    required_modules = list(SeriesModule.objects.filter(series=series, required=True).select_related("module"))
    passed = learning.passed_modules(enrollment.participant_id, [link.module_id for link in required_modules])
    return Completion(
        attended=attended,
        required=required,
        counted_gatherings=len(counted),
        missing_modules=[link.module for link in required_modules if link.module_id not in passed],
        confirmed=enrollment.status == EnrollmentStatus.CONFIRMED,
    )


def is_complete(enrollment: Enrollment) -> bool:
    return completion(enrollment).is_complete


def evaluate(enrollment_id: int) -> bool:
    """Check one enrollment; if it is complete and has no certificate, have one issued after commit.

    A network gathering is completed like any series but earns no certificate
    (``CourseSeriesPage.issues_certificates``). Returns whether the enrollment is complete.
    """
    enrollment = Enrollment.objects.select_related("series").get(pk=enrollment_id)
    if not is_complete(enrollment):
        return False
    if enrollment.series.issues_certificates and not Certificate.objects.filter(enrollment=enrollment).exists():
        events.enrollment_completed.send(sender=Enrollment, enrollment=enrollment)
    return True


def on_attendance_changed(enrollment_id: int) -> None:
    transaction.on_commit(lambda: evaluate(enrollment_id))


def on_learning_changed(user_id: int, module_id: int) -> None:
    """A quiz result changed: check each of the person's series that uses the module."""
    series_ids = SeriesModule.objects.filter(module_id=module_id).values("series_id")
    for enrollment_id in Enrollment.objects.filter(
        participant_id=user_id, status=EnrollmentStatus.CONFIRMED, series_id__in=series_ids
    ).values_list("pk", flat=True):
        transaction.on_commit(partial(evaluate, enrollment_id))


def on_rules_changed(series: CourseSeriesPage) -> None:
    """A published change to the series' rule may complete people: check everyone with a seat and no certificate."""
    if not series.has_started():
        return
    for enrollment_id in Enrollment.objects.filter(
        series=series, status=EnrollmentStatus.CONFIRMED, certificate__isnull=True
    ).values_list("pk", flat=True):
        transaction.on_commit(partial(evaluate, enrollment_id))
