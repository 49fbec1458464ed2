from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from network import access
from network.forms import MemberSettingsForm
from network.models import AreaFollow
from network.services import members, notifications

from .common import forum_context, member_required


@member_required
def notification_list(request):
    items = notifications.visible_to(request.user).select_related("post__topic", "post__author")
    page = Paginator(items, 30).get_page(request.GET.get("side"))
    context = {**forum_context(request), "notifications": page, "page_title": _("Notifications")}
    return TemplateResponse(request, "network/notifications.html", context)


@member_required
@require_POST
def mark_all_read(request):
    notifications.mark_read(request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("network:notifications")


@member_required
def member_settings(request):
    member = request.member
    following = AreaFollow.objects.filter(user=request.user).values_list("area_id", flat=True)
    form = MemberSettingsForm(request.POST or None, instance=member, initial={"follow": list(following)})
    if request.method == "POST" and form.is_valid():
        form.save()
        chosen = set(form.cleaned_data["follow"])
        AreaFollow.objects.filter(user=request.user).exclude(area__in=chosen).delete()
        for area in chosen:
            AreaFollow.objects.get_or_create(user=request.user, area=area)
        messages.success(request, _("Your settings are saved."))
        return redirect("network:settings")
    context = {**forum_context(request), "form": form, "page_title": _("Network settings")}
    return TemplateResponse(request, "network/settings.html", context)


@csrf_exempt  # RFC 8058: the mail client posts without a session or CSRF token; the signed token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Stop network e-mail from a link in an e-mail: GET asks to confirm, POST (one click) does it, no login."""
    member = access.member_for_unsubscribe_token(token)
    if member is None:
        raise Http404
    done = False
    if request.method == "POST":
        members.stop_email(member)
        done = True
    context = {"done": done, "email": member.user.email, "page_title": _("Stop e-mails from the network")}
    return TemplateResponse(request, "network/unsubscribe.html", context)
