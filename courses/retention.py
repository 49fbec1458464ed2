"""How long course data about people is kept (registered with korus_site.core.retention)."""

import datetime

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from courses.models import (
    Attendance,
    AttendanceChange,
    CertificateHold,
    CourseSeriesPage,
    Enrollment,
    QuizAttempt,
    ReflectionAnswer,
)
from korus_site.core.retention import register

YEAR = datetime.timedelta(days=365)


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
