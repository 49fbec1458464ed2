"""Who may use the network, and who moderates which area."""

from django.db.models import Q
from django.utils import timezone

from courses.services.certificates import is_certified
from home.models import Region
from network.models import Category, Member


def staff_regions(user):
    return Region.objects.for_staff(user)


def is_staff(user) -> bool:
    return user.is_authenticated and staff_regions(user).exists()


def is_national_admin(user) -> bool:
    from home.models import NATIONAL_ADMIN_GROUP

    return user.is_authenticated and (user.is_superuser or user.groups.filter(name=NATIONAL_ADMIN_GROUP).exists())


def is_member(user) -> bool:
    """Certified Kjentmenn and KORUS staff use the network."""
    return user.is_authenticated and (is_certified(user) or is_staff(user))


def moderated_categories(user):
    """Staff moderate their own regions' areas; national administrators moderate every area."""
    if not user.is_authenticated:
        return Category.objects.none()
    if is_national_admin(user):
        return Category.objects.all()
    return Category.objects.filter(region__in=staff_regions(user))


def can_moderate(user, category: Category) -> bool:
    return moderated_categories(user).filter(pk=category.pk).exists()


def member_can_see_post(user, post) -> bool:
    """For a member: everything shown, and in the areas they moderate, what was hidden or deleted too."""
    return (not post.hidden and not post.topic.hidden) or can_moderate(user, post.topic.category)


def is_suspended(user) -> bool:
    return Member.objects.filter(user=user, suspended_until__gt=timezone.now()).exists()


def member_for(user) -> Member:
    """The forum profile, made with a handle from the person's name on first use."""
    from django.utils.text import slugify

    member = Member.objects.filter(user=user).first()
    if member:
        return member
    base = slugify(f"{user.first_name}.{user.last_name}".replace(" ", ".")).replace("-", ".") or "medlem"
    base = base.strip(".")[:50] or "medlem"
    handle, n = base, 1
    while Member.objects.filter(handle=handle).exists():
        n += 1
        handle = f"{base}{n}"
    member, _ = Member.objects.get_or_create(user=user, defaults={"handle": handle})
    return member


def visible_categories():
    return Category.objects.filter(Q(is_active=True)).select_related("region")
