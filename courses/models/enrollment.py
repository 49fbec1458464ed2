import uuid
from typing import Self

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.choices import CancelReason, EnrollmentStatus, RoleAtSchool


class Registration(models.Model):
    """One sign-up as a school contact submitted it: the school, the contact and its participants."""

    receipt = models.UUIDField(_("receipt"), default=uuid.uuid4, unique=True, editable=False)
    series = models.ForeignKey(
        "courses.CourseSeriesPage",
        verbose_name=_("course series"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    school = models.ForeignKey("courses.School", verbose_name=_("school"), on_delete=models.PROTECT, related_name="+")
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("school contact"),
        on_delete=models.PROTECT,
        related_name="school_registrations",
    )
    contact_phone = models.CharField(_("contact's telephone"), max_length=30, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self):
        return f"{self.school} – {self.series}"


class EnrollmentQuerySet(models.QuerySet["Enrollment"]):
    def active(self) -> Self:
        return self.exclude(status=EnrollmentStatus.CANCELLED)

    def confirmed(self) -> Self:
        return self.filter(status=EnrollmentStatus.CONFIRMED)

    def waitlisted(self) -> Self:
        return self.filter(status=EnrollmentStatus.WAITLISTED).order_by("waitlist_number")


class Enrollment(models.Model):
    """One person's place in one series: a seat, a numbered place on the waiting list, or cancelled.

    The rules that change it live in ``courses.services.enrollment``.
    """

    # Not stored: the place on the waiting list and why one waits (``courses.services.seats``),
    # put on the instance by the views and e-mails that show them.
    position: int | None
    waitlist_reason: str | None

    series = models.ForeignKey(
        "courses.CourseSeriesPage",
        verbose_name=_("course series"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrollments",
    )
    school = models.ForeignKey(
        "courses.School", verbose_name=_("school"), on_delete=models.PROTECT, related_name="enrollments"
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.PROTECT, related_name="enrollments"
    )
    role = models.CharField(_("role at school"), max_length=20, choices=RoleAtSchool.choices)
    status = models.CharField(_("status"), max_length=12, choices=EnrollmentStatus.choices)
    waitlist_number = models.PositiveIntegerField(
        _("waiting list number"), null=True, blank=True, help_text=_("Order of arrival on the waiting list.")
    )
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("got a seat"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancel_reason = models.CharField(_("reason"), max_length=20, choices=CancelReason.choices, blank=True)
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
    )

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        ordering = ["series", "status", "waitlist_number", "created_at"]
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        constraints = [
            models.UniqueConstraint(
                fields=["series", "participant"],
                condition=~models.Q(status=EnrollmentStatus.CANCELLED),
                name="one_active_enrollment_per_person",
                violation_error_message=_("This person is already signed up for the series."),
            ),
            models.UniqueConstraint(
                fields=["series", "waitlist_number"],
                condition=models.Q(status=EnrollmentStatus.WAITLISTED),
                name="unique_waitlist_number",
            ),
            # Each state carries exactly its own facts, however the row was changed.
            models.CheckConstraint(
                condition=(
                    models.Q(status="confirmed", confirmed_at__isnull=False, waitlist_number__isnull=True)
                    | models.Q(status="waitlisted", waitlist_number__isnull=False)
                    | models.Q(status="cancelled", cancelled_at__isnull=False, waitlist_number__isnull=True)
                ),
                name="enrollment_state_is_whole",
            ),
        ]
        indexes = [models.Index(fields=["series", "status"])]

    def __str__(self):
        return f"{self.participant} – {self.series}"

    @property
    def is_confirmed(self) -> bool:
        return self.status == EnrollmentStatus.CONFIRMED

    @property
    def is_waitlisted(self) -> bool:
        return self.status == EnrollmentStatus.WAITLISTED

    @property
    def is_cancelled(self) -> bool:
        return self.status == EnrollmentStatus.CANCELLED

    @property
    def signed_up_self(self) -> bool:
        """Whether the participant signed themselves up (they are the sign-up's contact), as a Kjentmann
        does for a network gathering; False for a seat staff added without a sign-up."""
        registration = self.registration if self.registration_id is not None else None
        return registration is not None and registration.contact_id == self.participant_id

    # State changes: the only places status and its facts are set (courses.services.enrollment calls them).

    def confirm(self, now) -> "Enrollment":
        """Give the person a seat from ``now``; saves an existing row."""
        self.status, self.confirmed_at, self.waitlist_number = EnrollmentStatus.CONFIRMED, now, None
        return self._save_state("confirmed_at")

    def put_on_waitlist(self, number: int) -> "Enrollment":
        """Put the person on the waiting list as number ``number`` (the order of arrival); saves an existing row."""
        self.status, self.confirmed_at, self.waitlist_number = EnrollmentStatus.WAITLISTED, None, number
        return self._save_state("confirmed_at")

    def end(self, reason: str, now) -> "Enrollment":
        """Cancel the enrollment for ``reason`` (a ``CancelReason``) at ``now``; saves an existing row."""
        self.status, self.cancelled_at, self.cancel_reason, self.waitlist_number = (
            EnrollmentStatus.CANCELLED,
            now,
            reason,
            None,
        )
        return self._save_state("cancelled_at", "cancel_reason")

    def _save_state(self, *fields: str) -> "Enrollment":
        if self.pk:
            self.save(update_fields=["status", "waitlist_number", *fields])
        return self

    def had_seat_at(self, gathering) -> bool:
        """Whether the person had the seat when the gathering began; only then can they miss it."""
        return self.confirmed_at is None or gathering.starts_at >= self.confirmed_at
