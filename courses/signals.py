from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from courses import events
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


@receiver(events.quiz_passed)
def check_completion_after_quiz(sender, user_id, module_id, **kwargs):
    """A passed quiz may complete the person's series that use the module."""
    from courses.services.completion import on_learning_changed

    on_learning_changed(user_id, module_id)


@receiver(events.enrollment_completed)
def issue_certificate(sender, enrollment, **kwargs):
    """A completed enrollment gets its certificate (issued once, from the outbox)."""
    from courses.services import certificates

    certificates.queue_issue(enrollment)
