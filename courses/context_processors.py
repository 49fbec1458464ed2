"""What the site's header needs to know about the person's part in courses."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from courses import access


def courses_menu(request: HttpRequest) -> dict[str, SimpleLazyObject]:
    """``takes_part`` (the person has enrollments: «Mine kurs») and ``is_school_contact`` (the person has
    made sign-ups: «Min skole»), each asked of ``courses.access`` only when a template reads it, once a request."""
    user = getattr(request, "user", None)
    return {
        "takes_part": SimpleLazyObject(lambda: user is not None and access.takes_part(user)),
        "is_school_contact": SimpleLazyObject(lambda: user is not None and access.is_school_contact(user)),
    }
