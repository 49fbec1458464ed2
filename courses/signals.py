from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from courses import events
from courses.models import Certificate, CourseSeriesPage, Enrollment, Registration, School


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


@receiver(post_save, sender=Enrollment)
@receiver(post_delete, sender=Enrollment)
@receiver(post_save, sender=Registration)
def purge_pages_showing_seats(sender, instance, raw=False, **kwargs):
    """Seats left and the waiting list show on the series page, the finders, the region's page
    and the front page: a sign-up, cancellation or move off the waiting list purges them."""
    if raw:
        return
    from courses.services import pagecache

    pagecache.purge_series(instance.series_id)


@receiver(post_save, sender=Certificate)
@receiver(post_delete, sender=Certificate)
@receiver(post_save, sender=School)
def purge_kjentmann_lists(sender, raw=False, **kwargs):
    """Regional pages list schools with a Kjentmann: a certificate or a school changed."""
    if raw:
        return
    from courses.services import pagecache

    pagecache.purge_kjentmann_lists()


KJENTMANN_LIST_FIELDS = {"first_name", "last_name", "list_as_kjentmann"}


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def purge_kjentmann_lists_after_person(sender, instance, created, update_fields=None, raw=False, **kwargs):
    """A certified person's name or listing choice shows on their region's page. Logins (which
    save only ``last_login``) and people without a certificate change nothing there."""
    if raw or created or (update_fields is not None and not KJENTMANN_LIST_FIELDS & set(update_fields)):
        return
    from korus_site.core.pagecache import enabled

    if not enabled():
        return
    if not Certificate.objects.filter(enrollment__participant=instance).exists():
        return
    from courses.services import pagecache

    pagecache.purge_kjentmann_lists()
