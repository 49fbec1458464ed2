from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.choices import AttendanceMethod, AttendanceStatus


class Attendance(models.Model):
    """One participant's attendance at one gathering. Changed only through courses.services.attendance."""

    gathering = models.ForeignKey("courses.Gathering", on_delete=models.CASCADE, related_name="attendance")
    enrollment = models.ForeignKey("courses.Enrollment", on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("attendance"), max_length=10, choices=AttendanceStatus.choices)
    method = models.CharField(_("recorded by"), max_length=10, choices=AttendanceMethod.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["gathering", "enrollment"], name="one_attendance_per_gathering")]

    def __str__(self):
        return f"{self.enrollment} – {self.gathering}: {self.get_status_display()}"


class AttendanceChange(models.Model):
    """The history of the roll: who changed what, when, and how."""

    gathering = models.ForeignKey("courses.Gathering", on_delete=models.CASCADE, related_name="attendance_changes")
    enrollment = models.ForeignKey("courses.Enrollment", on_delete=models.CASCADE, related_name="attendance_changes")
    old_status = models.CharField(_("before"), max_length=10, choices=AttendanceStatus.choices, blank=True)
    new_status = models.CharField(_("after"), max_length=10, choices=AttendanceStatus.choices)
    method = models.CharField(_("how"), max_length=10, choices=AttendanceMethod.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("attendance change")
        verbose_name_plural = _("attendance changes")

    def __str__(self):
        return f"{self.enrollment}: {self.old_status or '–'} → {self.new_status}"
