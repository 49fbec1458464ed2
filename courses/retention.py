"""How long course data about people is kept (registered with korus_site.core.retention)."""

import datetime

from django.db.models import Exists, Max, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from courses.models import (
    Attendance,
    AttendanceChange,
    CertificateHold,
    CourseSeriesPage,
    Enrollment,
    PlanVersion,
    QuizAttempt,
    ReflectionAnswer,
)
from korus_site.core.retention import register

YEAR = datetime.timedelta(days=365)
PLAN_VERSIONS_KEPT = 3 * YEAR


def _series_finished_before(cutoff: datetime.datetime):
    return CourseSeriesPage.objects.annotate(ended=Max("gatherings__ends_at")).filter(ended__lt=cutoff)


@register("cancelled_enrollments", _("Cancelled sign-ups are deleted a year after they were cancelled."))
def delete_cancelled_enrollments(now: datetime.datetime) -> int:
    old = Enrollment.objects.filter(status="cancelled", cancelled_at__lt=now - YEAR, certificate__isnull=True)
    Enrollment.objects.filter(replaces__in=old).update(replaces=None)
    deleted, _ = old.delete()
    return deleted


@register("attendance", _("Attendance is deleted five years after the series ended."))
def delete_old_attendance(now: datetime.datetime) -> int:
    series = _series_finished_before(now - 5 * YEAR)
    changes, _ = AttendanceChange.objects.filter(gathering__series__in=series).delete()
    records, _ = Attendance.objects.filter(gathering__series__in=series).delete()
    return changes + records


@register("quiz_answers", _("Quiz answers and private reflections are deleted two years after they were last changed."))
def delete_old_learning(now: datetime.datetime) -> int:
    attempts, _ = QuizAttempt.objects.filter(submitted_at__lt=now - 2 * YEAR).delete()
    reflections, _ = ReflectionAnswer.objects.filter(updated_at__lt=now - 2 * YEAR).delete()
    return attempts + reflections


@register(
    "certificate_holds",
    _("A certificate held back for a name that cannot be printed is forgotten two years after it was last tried."),
)
def delete_old_certificate_holds(now: datetime.datetime) -> int:
    deleted, _ = CertificateHold.objects.filter(updated_at__lt=now - 2 * YEAR).delete()
    return deleted


@register(
    "plan_versions",
    _(
        "Earlier versions of a school's plan (who changed what, and the plan as it then stood) are deleted three "
        "years after they were saved. The newest version of each plan is always kept."
    ),
)
def delete_old_plan_versions(now: datetime.datetime) -> int:
    """Delete the versions of school plans saved more than three years before ``now`` that a newer version of the
    same plan has replaced; the newest version of each plan stays however old it is. Returns how many were deleted.

    Why three years: the plan is evaluated once a year (seeds/001, "evalueres og justeres jevnlig"; the reminder in
    ``courses.services.plans``), so three years of history covers the last three evaluations, which is what the
    history is for: seeing who changed what lately and how the plan came to stand as it does. Older versions still
    hold, in their snapshots, the names of key people (part 5) and partner contacts (part 4) who may long since have
    left the school. The platform is not the school's archive: a school that must file its plan does so with the
    PDF, under its own archive rules. The plan itself, as it now stands, is never deleted by this rule.
    """
    newer = PlanVersion.objects.filter(plan=OuterRef("plan")).filter(
        Q(created_at__gt=OuterRef("created_at")) | Q(created_at=OuterRef("created_at"), pk__gt=OuterRef("pk"))
    )
    deleted, _ = PlanVersion.objects.filter(Exists(newer), created_at__lt=now - PLAN_VERSIONS_KEPT).delete()
    return deleted
