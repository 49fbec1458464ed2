from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _regions():
    from home.models import Region

    return list(Region.objects.all())


def site_context(request):
    from home.access import is_korus_staff

    user = getattr(request, "user", None)
    return {
        "BASE_URL": settings.BASE_URL,
        "all_regions": SimpleLazyObject(_regions),
        # Asked only by templates that need it, and only once per request.
        "is_korus_staff": SimpleLazyObject(lambda: user is not None and is_korus_staff(user)),
    }
