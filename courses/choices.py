from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TargetGroup(models.TextChoices):
    LOWER_SECONDARY = "ungdomsskole", _("Lower secondary school (ungdomsskole)")
    UPPER_SECONDARY = "videregaende", _("Upper secondary school (videregående)")
    BOTH = "begge", _("Lower and upper secondary school")


class SeriesStatus(models.TextChoices):
    """What staff set. Visitors see a phase derived from this, the dates and the seats."""

    DRAFT = "draft", _("Draft: not open for sign-up")
    OPEN = "open", _("Open for sign-up in the registration window")
    CLOSED = "closed", _("Closed for sign-up")
    CANCELLED = "cancelled", _("Cancelled: the series will not be held")


class Phase(models.TextChoices):
    """The status visitors see."""

    DRAFT = "draft", _("Not open yet")
    OPEN = "open", _("Open for sign-up")
    FULL = "full", _("Full: waiting list")
    CLOSED = "closed", _("Sign-up closed")
    RUNNING = "running", _("Under way")
    FINISHED = "finished", _("Finished")
    CANCELLED = "cancelled", pgettext_lazy("series", "Cancelled")


class SchoolType(models.TextChoices):
    LOWER_SECONDARY = "ungdomsskole", _("Lower secondary school")
    UPPER_SECONDARY = "videregaende", _("Upper secondary school")
    COMBINED = "kombinert", _("Combined school (years 1–10)")
    OTHER = "annen", _("Other")


class RoleAtSchool(models.TextChoices):
    TEACHER = "laerer", _("Teacher")
    ADVISER = "radgiver", _("Adviser (rådgiver)")
    SOCIAL_WORKER = "miljoterapeut", _("Social worker (miljøterapeut)")
    LEADER = "skoleleder", _("School leader")
    NURSE = "helsesykepleier", _("School nurse")
    OTHER = "annen", _("Other")


class EnrollmentStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Has a seat")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class WaitlistReason(models.TextChoices):
    """Why someone waits; decided by ``courses.services.seats.waitlist_reasons``."""

    SERIES_FULL = "series_full", _("Every seat in the series is taken")
    SCHOOL_SHARE = "school_share", _("The school has used its share of the seats")


class CancelReason(models.TextChoices):
    BY_SCHOOL = "school", _("Cancelled by the school")
    BY_STAFF = "staff", _("Cancelled by KORUS")
    BY_PARTICIPANT = "participant", _("Cancelled by the participant")
    REPLACED = "replaced", _("Replaced by a colleague")
    WAITLIST_CLOSED = "waitlist_closed", _("The waiting list closed when the series started")
    SERIES_CANCELLED = "series_cancelled", _("The series was cancelled")


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


class AttendanceMethod(models.TextChoices):
    ROLL_CALL = "roll_call", _("Roll call")
    CHECK_IN = "check_in", _("Self check-in")


class QuizReveal(models.TextChoices):
    """What the result page of a failed quiz attempt shows while the person may still try again.

    Once the person has passed, or has no attempts left, every setting shows everything.
    """

    FEEDBACK = "feedback", _("Which questions were wrong, and the feedback on the answers chosen")
    WRONG_ONLY = "wrong_only", _("Only which questions were wrong")
    EVERYTHING = "everything", _("Everything, the right answers included")
