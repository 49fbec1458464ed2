from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from network import access
from network.services import notifications
from network.services.members import member_for


def member_required(view):
    """Certified Kjentmenn and KORUS staff only; others learn what the network is and how to join."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.path == reverse("network:index"):
                return about(request)
            return redirect_to_login(request.get_full_path())
        if not access.is_member(request.user):
            return about(request, status=403)
        request.member = member_for(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def about(request, status: int = 200):
    return TemplateResponse(request, "network/about.html", {"page_title": _("The Kjentmann network")}, status=status)


def forum_context(request) -> dict:
    """What every forum page shows: unread notifications, moderation link."""
    from network.services import moderation

    moderator = access.moderated_areas(request.user).exists()
    return {
        "unread_notifications": notifications.unread_count(request.user),
        "is_moderator": moderator,
        "open_reports": moderation.queue(request.user).count() if moderator else 0,
    }
