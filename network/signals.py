from django.dispatch import receiver

from wagtail.signals import page_published

from home.models import MaterialPage


@receiver(page_published, sender=MaterialPage)
def material_published(sender, instance, **kwargs):
    """Certified Kjentmenn hear of a material's newest version once, with its change note."""
    from network.services import notifications

    latest = instance.versions.order_by("-date", "-pk").first()
    if latest is not None:
        notifications.material_published(latest)
