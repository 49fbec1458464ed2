"""Where people write back: the KORUS centre of a region, or the national contact address."""

from django.conf import settings


def national_contact_address() -> str:
    """The national address: the default site's settings (Wagtail admin), else settings.CONTACT_EMAIL; may be ""."""
    from wagtail.models import Site

    from home.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    address = SiteSettings.for_site(site).contact_email if site is not None else ""
    return address or settings.CONTACT_EMAIL


def region_contact_address(region: object) -> str:
    """The region's KORUS centre's e-mail address (its regional page), else the national one; may be ""."""
    if region is not None:
        page = getattr(region, "page", None)
        if page is not None and page.email:
            return str(page.email)
    return national_contact_address()
