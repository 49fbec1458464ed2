"""Who may see or do what with course series: the one place these questions are answered.

Views, the admin, exports, notices and tasks ask here; nothing else compares groups or flags.
"""

from collections.abc import Callable

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse

from courses.choices import SeriesStatus
from courses.models import Certificate, CourseSeriesPage, Enrollment, Programme, Registration, School
from courses.models.pages import CourseSeriesQuerySet
from home import access as staff_access
from home.models import Kommune
from korus_site.accounts.types import AnyUser, User


def may_receive_notices(user: AnyUser) -> bool:
    """Whether e-mails may go to this account at all: never to a closed (inactive) account."""
    return bool(user.is_active)


def series_runs(series: CourseSeriesPage) -> bool:
    """Whether the series is published and not cancelled, so its participants hear about it."""
    return bool(series.live) and series.status != SeriesStatus.CANCELLED


def running_series() -> CourseSeriesQuerySet:
    """The series that ``series_runs`` would accept, as a queryset."""
    running: CourseSeriesQuerySet = CourseSeriesPage.objects.live().exclude(status=SeriesStatus.CANCELLED)
    return running


def managed_series(user: AnyUser) -> CourseSeriesQuerySet:
    """The series whose participants, roll and reports this person manages.

    Those whose page they may edit: their own regions' series, every series for national
    administrators (Wagtail's page permissions, set up per region in home.services.regions).
    """
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if not user.is_authenticated:
        return CourseSeriesPage.objects.none()
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return CourseSeriesPage.objects.filter(pk__in=pages.values("pk"))


def manages_series(user: AnyUser, series: CourseSeriesPage) -> bool:
    """Whether this person manages ``series`` (see ``managed_series``)."""
    return user.is_authenticated and bool(series.permissions_for_user(user).can_edit())


# School contacts ------------------------------------------------------------------------------


def contact_enrollments(user: AnyUser) -> QuerySet[Enrollment]:
    """The enrollments a school contact manages: those in the sign-ups (registrations) they made.

    A contact sees, corrects, replaces and cancels only these, never a colleague's or another
    school's sign-ups (anyone may type a school's organisasjonsnummer, so holding the same school
    gives no right to the sign-ups of others). Empty for anonymous visitors.
    """
    if not user.is_authenticated:
        return Enrollment.objects.none()
    return Enrollment.objects.filter(registration__contact_id=user.pk)


def manages_enrollment(user: AnyUser, enrollment: Enrollment) -> bool:
    """Whether this person is the school contact who signed ``enrollment`` up (see ``contact_enrollments``)."""
    if not user.is_authenticated or enrollment.registration_id is None:
        return False
    # Read through the relation: callers that list many enrollments load it with select_related.
    registration = enrollment.registration
    return registration is not None and registration.contact_id == user.pk


def contact_schools(user: AnyUser) -> QuerySet[School]:
    """The schools this person has signed up before, offered first when they sign up again."""
    if not user.is_authenticated:
        return School.objects.none()
    return School.objects.filter(
        pk__in=Registration.objects.filter(contact_id=user.pk).values("school_id")
    ).select_related("kommune")


def _remembered(user: AnyUser, name: str, ask: Callable[[], bool]) -> bool:
    """``ask()`` once per user object (so once a request), kept on the user as ``name``."""
    cached: bool | None = getattr(user, name, None)
    if cached is None:
        cached = ask()
        setattr(user, name, cached)
    return cached


def is_school_contact(user: AnyUser) -> bool:
    """Whether this person has made at least one sign-up (PRODUCT.md, roles: school contact).

    Asked once per request: the header, the landing page and the view share the answer.
    """
    if not user.is_authenticated:
        return False
    return _remembered(user, "_korus_school_contact", Registration.objects.filter(contact_id=user.pk).exists)


def takes_part(user: AnyUser) -> bool:
    """Whether this person has been signed up to any series, cancelled or not («Mine kurs» has something).

    Asked once per request.
    """
    if not user.is_authenticated:
        return False
    return _remembered(user, "_korus_takes_part", Enrollment.objects.filter(participant_id=user.pk).exists)


def landing_url(user: AnyUser) -> str:
    """Where a person lands after logging in or choosing a password, by role (issue 14).

    KORUS staff and national administrators: the admin (/admin/). A school contact who is not
    signed up to anything themselves: «Min skole». Everyone else: «Mine kurs». Returns a path.
    """
    if staff_access.is_korus_staff(user):
        return reverse("wagtailadmin_home")
    if is_school_contact(user) and not takes_part(user):
        return reverse("my_school")
    return reverse("my_courses")


def contact_sees_progress(user: AnyUser, enrollment: Enrollment) -> bool:
    """Whether the contact may see this participant's attendance and modules passed.

    Only the contact who made the sign-up, and only while the participant holds a seat: a
    waiting or cancelled enrollment has no progress a school needs to follow.
    """
    return enrollment.is_confirmed and manages_enrollment(user, enrollment)


# Network gatherings (issue 15, point 4) -----------------------------------------------------------


def certified_people(programme: Programme | int) -> QuerySet[User]:
    """People who hold a valid (not revoked) certificate from a series of ``programme``, as a queryset.

    Network gatherings' own enrollments never carry a certificate, so they do not certify anyone.
    """
    programme_id = programme if isinstance(programme, int) else programme.pk
    holders = Certificate.objects.valid().filter(enrollment__series__programme_id=programme_id)
    return User.objects.filter(pk__in=holders.values("enrollment__participant_id"))


def may_join_series(email: str, series: CourseSeriesPage) -> bool:
    """Whether the person with this (normalised) e-mail address may be signed up for ``series``.

    Anyone may join an ordinary series; a network gathering is open only to people certified in
    the series' programme (issue 15, point 4). Unknown addresses are not certified.
    """
    if not series.is_network_gathering:
        return True
    return certified_people(series.programme_id).filter(email__iexact=email).exists()


def network_invitees(series: CourseSeriesPage) -> QuerySet[User]:
    """The active people invited to a network gathering: certified in its programme, of its region.

    Of the region means certified in one of the region's series, or signed up for the
    certificate from a school in a fylke the region serves. Returns an empty queryset for an
    ordinary series.
    """
    if not series.is_network_gathering:
        return User.objects.none()
    holders = Certificate.objects.valid().filter(
        Q(enrollment__series__region_id=series.region_id)
        | Q(enrollment__school__kommune__fylke__region_id=series.region_id),
        enrollment__series__programme_id=series.programme_id,
    )
    return User.objects.filter(pk__in=holders.values("enrollment__participant_id"), is_active=True)


def network_gatherings_for(user: AnyUser) -> CourseSeriesQuerySet:
    """The published network gatherings this person is invited to and may still sign up for.

    The mirror of ``network_invitees``: the person holds a valid certificate in the series'
    programme, from the series' region or a school the region serves; the series is published,
    not cancelled, and its sign-up has not closed. Shown on "Mine kurs".
    """
    from django.utils import timezone

    if not user.is_authenticated or not may_receive_notices(user):
        return CourseSeriesPage.objects.none()
    invited = Certificate.objects.valid().filter(
        Q(enrollment__series__region_id=OuterRef("region_id"))
        | Q(enrollment__school__kommune__fylke__region_id=OuterRef("region_id")),
        enrollment__participant_id=user.pk,
        enrollment__series__programme_id=OuterRef("programme_id"),
    )
    gatherings: CourseSeriesQuerySet = running_series().filter(
        Exists(invited), is_network_gathering=True, registration_closes__gt=timezone.now()
    )
    return gatherings


# The school's plan, its partner list and the kommune lists (PRODUCT.md flow 8) --------------------


def plan_editor_schools(user: AnyUser) -> QuerySet[School]:
    """The schools whose plan and partner list this person keeps.

    The school's contacts (who signed the school up to a series) and its certified Kjentmenn
    (a valid certificate from a series they took for that school), as the issue on the
    plan asks. KORUS staff see no school's plan: it belongs to the school.
    """
    if not user.is_authenticated:
        return School.objects.none()
    contact = Q(pk__in=Registration.objects.filter(contact=user).values("school"))
    kjentmann = Q(pk__in=Certificate.objects.valid().filter(enrollment__participant=user).values("enrollment__school"))
    return School.objects.filter(contact | kjentmann)


def plan_reader_schools(user: AnyUser) -> QuerySet[School]:
    """The schools whose plan this person reads: the editors' schools and those they take a series for.

    A participant with a seat or a place on the waiting list is one of the school's own people.
    """
    if not user.is_authenticated:
        return School.objects.none()
    participant = Q(pk__in=Enrollment.objects.active().filter(participant=user).values("school"))
    return School.objects.filter(Q(pk__in=plan_editor_schools(user).values("pk")) | participant)


def may_read_plan(user: AnyUser, school: School) -> bool:
    """Whether this person reads the school's plan and partner list (see ``plan_reader_schools``)."""
    return plan_reader_schools(user).filter(pk=school.pk).exists()


def may_edit_plan(user: AnyUser, school: School) -> bool:
    """Whether this person edits the school's plan and partner list (see ``plan_editor_schools``)."""
    return plan_editor_schools(user).filter(pk=school.pk).exists()


def school_contacts(school: School) -> QuerySet[User]:
    """The school's contacts who may hear about its plan: active accounts that signed it up to a series."""
    return User.objects.filter(
        pk__in=Registration.objects.filter(school=school).values("contact"), is_active=True
    ).order_by("pk")


def partner_list_kommuner(user: AnyUser) -> QuerySet[Kommune]:
    """The kommuner whose common partner list this person keeps: those in their regions' fylker (all for
    national administrators). Source: the fylke → KORUS region mapping in home's reference data."""
    return Kommune.objects.filter(fylke__region__in=staff_access.staff_regions(user))
