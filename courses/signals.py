from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from courses.models import CourseSeriesPage


@receiver(page_published, sender=CourseSeriesPage)
def series_published(sender, instance, **kwargs):
    """Cancellation, changed gatherings, seats from the waiting list and completion follow a publication."""
    from courses.services import changes

    changes.series_published(instance)


@receiver(page_unpublished, sender=CourseSeriesPage)
def series_unpublished(sender, instance, **kwargs):
    """Participants and school contacts are told when a series is taken off the site."""
    from courses.services import changes

    changes.series_unpublished(instance)
