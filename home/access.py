"""Who is KORUS staff, and for which regions: the one place these questions are answered.

Regional staff belong to their region's editor or lead group (``home.services.regions``
keeps the groups); national administrators belong to the national group (or are
superusers) and act for every region. Views, admin, search, feeds, exports, notices and
tasks ask here; nothing else compares groups or flags.
"""

from django.db.models import Q, QuerySet

from home.models import NATIONAL_ADMIN_GROUP, Region
from korus_site.accounts.types import AnyUser, User


def is_national_admin(user: AnyUser) -> bool:
    """Whether the person acts for every region (the national administrator group, or a superuser)."""
    if not user.is_authenticated:
        return False
    cached: bool | None = getattr(user, "_korus_national_admin", None)
    if cached is None:
        cached = user.is_superuser or user.groups.filter(name=NATIONAL_ADMIN_GROUP).exists()
        user._korus_national_admin = cached
    return cached


def staff_regions(user: AnyUser) -> QuerySet[Region]:
    """The regions whose content, series and forum areas this person manages (all for national admins)."""
    if not user.is_authenticated:
        return Region.objects.none()
    if is_national_admin(user):
        return Region.objects.all()
    return Region.objects.filter(Q(editors_group__user=user) | Q(leads_group__user=user)).distinct()


def is_korus_staff(user: AnyUser) -> bool:
    """Whether the person is staff of at least one KORUS region, or a national administrator.

    Not Django's ``User.is_staff`` (which only says whether Django's own admin may be used).
    """
    if not user.is_authenticated:
        return False
    cached: bool | None = getattr(user, "_korus_staff", None)
    if cached is None:
        cached = staff_regions(user).exists()
        user._korus_staff = cached
    return cached


def is_region_staff(user: AnyUser, region: Region | None) -> bool:
    """Whether the person manages ``region`` (national administrators manage every region)."""
    if region is None:
        return is_national_admin(user)
    return is_national_admin(user) or staff_regions(user).filter(pk=region.pk).exists()


def staff_of(region: Region) -> QuerySet[User]:
    """Everyone on the region's staff (editors and leads), as a queryset of active users."""
    groups = [group_id for group_id in (region.editors_group_id, region.leads_group_id) if group_id]
    return User.objects.filter(groups__in=groups, is_active=True).distinct()


def national_admins() -> QuerySet[User]:
    """The national administrators (the group's members and superusers), as a queryset of active users."""
    return User.objects.filter(Q(groups__name=NATIONAL_ADMIN_GROUP) | Q(is_superuser=True), is_active=True).distinct()


def region_staff(region: Region | None) -> QuerySet[User]:
    """The people who answer for a region: its leads, else its editors, else the national administrators.

    Returns a queryset of active users (for notices to staff, such as a certificate held back).
    """
    if region is not None:
        for group_id in (region.leads_group_id, region.editors_group_id):
            if group_id:
                people = User.objects.filter(groups=group_id, is_active=True)
                if people.exists():
                    return people
    return User.objects.filter(groups__name=NATIONAL_ADMIN_GROUP, is_active=True)
