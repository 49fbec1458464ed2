from django.dispatch import receiver

from wagtail.signals import page_published

from courses.models import CourseSeriesPage


@receiver(page_published, sender=CourseSeriesPage)
def fill_seats_after_publish(sender, instance, **kwargs):
    """More seats, or a larger school share, take people off the waiting list at once."""
    from courses.services.enrollment import refill

    refill(instance)
