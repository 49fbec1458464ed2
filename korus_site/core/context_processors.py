from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _regions():
    from home.models import Region

    return list(Region.objects.all())


def site_context(request):
    return {
        "BASE_URL": settings.BASE_URL,
        "all_regions": SimpleLazyObject(_regions),
    }
