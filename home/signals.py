from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .fragments import bump_fragment_version
from .models import Region, RegionPage, RegionScopedPage, SiteSettings
from .services import pagecache


@receiver(post_page_move)
def update_region_after_move(sender, instance, **kwargs):
    """A page moved into another region takes that region along with its descendants."""
    moved = Page.objects.get(pk=instance.pk)  # the instance may still carry its old path
    for page in moved.get_descendants(inclusive=True).specific():
        if isinstance(page, RegionScopedPage):
            region_id = page.region_from_tree()
            if region_id != page.region_id:
                type(page)._default_manager.filter(pk=page.pk).update(region_id=region_id)


@receiver(post_save, sender=RegionPage)
def set_up_region_permissions(sender, instance, created, raw=False, **kwargs):
    """A new regional page gets its editor and lead groups, collection and workflow."""
    if raw:
        return
    from .services.regions import set_up_region

    set_up_region(instance)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_save, sender=Region)
@receiver(post_delete, sender=Region)
def stale_fragments(sender, **kwargs):
    """Pages and regions appear in cached fragments (navigation, footer, region cards)."""
    bump_fragment_version()


@receiver(post_save, sender=SiteSettings)
def stale_fragments_after_settings(sender, created, **kwargs):
    """The footer shows the site settings. Wagtail creates empty settings on first read while
    rendering: those show what no settings show, so only later saves make fragments stale."""
    if not created:
        bump_fragment_version()


@receiver(post_delete, sender=Page)
def stale_fragments_after_page_delete(sender, instance, **kwargs):
    """A deleted page may be linked from a cached fragment. Deleting a page of any type deletes
    its ``Page`` row too, so listening for ``Page`` alone hears every page deleted."""
    bump_fragment_version()


@receiver(page_published)
@receiver(page_unpublished)
def purge_cached_page(sender, instance, **kwargs):
    """A page published or unpublished: its cached copies, its routes and the pages listing it."""
    pagecache.purge_page(instance)


@receiver(post_page_move)
@receiver(page_slug_changed)
@receiver(post_save, sender=Region)
@receiver(post_delete, sender=Region)
def purge_cached_site(sender, **kwargs):
    """A page at a new address, or a region (in every page's footer): every cached page."""
    pagecache.purge_everything()


@receiver(post_save, sender=SiteSettings)
def purge_cached_site_after_settings(sender, created, **kwargs):
    """Site settings show in every page's footer (see ``stale_fragments_after_settings``)."""
    if not created:
        pagecache.purge_everything()


@receiver(post_delete, sender=Page)
def purge_cached_site_after_page_delete(sender, instance, **kwargs):
    """A deleted page may be linked from any cached page."""
    pagecache.purge_everything()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_after_privacy_change(sender, raw=False, **kwargs):
    """A page made private (or public again) in the admin's privacy setting, without publishing:
    no cached copy may show it to anonymous visitors, and links and feeds to it change anywhere."""
    if raw:
        return
    bump_fragment_version()
    pagecache.purge_everything()
