from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from network.forms import MemberSettingsForm
from network.models import AreaFollow
from network.services import notifications

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
