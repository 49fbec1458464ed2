from django.dispatch import receiver

from wagtail.signals import page_published

from courses.models import CourseSeriesPage


@receiver(page_published, sender=CourseSeriesPage)
def apply_published_changes(sender, instance, **kwargs):
    """More seats take people off the waiting list at once; a milder rule may complete people."""
    from courses.services.completion import on_rules_changed
    from courses.services.enrollment import refill

    refill(instance)
    on_rules_changed(instance)
