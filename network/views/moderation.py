from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from korus_site.accounts.models import User
from network import access
from network.forms import HideForm, MoveForm, SuspendForm
from network.models import Post, Report, Topic
from network.services import moderation, posting
from network.services.posting import PostingRefused

from .common import forum_context, member_required


def _moderator(request):
    if not access.moderates_any(request.user):
        raise PermissionDenied


@member_required
def queue(request):
    _moderator(request)
    suspended = access.visible_suspensions(request.user)
    context = {
        **forum_context(request),
        "reports": moderation.queue(request.user),
        "suspended": suspended,
        "page_title": _("Moderation"),
    }
    return TemplateResponse(request, "network/moderation.html", context)


def _hide_form_page(request, post: Post, form: HideForm, action_url: str, hidden: dict | None = None):
    """The page where a moderator gives the reason for hiding a post; errors stay beside the field."""
    context = {
        **forum_context(request),
        "post": post,
        "topic": post.topic,
        "form": form,
        "action_url": action_url,
        "hidden_fields": hidden or {},
        "page_title": _("Hide post"),
    }
    return TemplateResponse(request, "network/hide_post.html", context)


@member_required
@require_POST
def handle_report(request, pk: int):
    report = get_object_or_404(Report.objects.select_related("post__topic__area"), pk=pk)
    hide_post = request.POST.get("action") == "hide"
    form = HideForm(request.POST)
    if hide_post and not form.is_valid():
        if not access.can_moderate(request.user, report.post.topic.area):
            raise PermissionDenied
        return _hide_form_page(request, report.post, form, request.path, {"action": "hide"})
    try:
        moderation.handle_report(
            user=request.user,
            report=report,
            hide_post=hide_post,
            reason=form.cleaned_data["reason"] if hide_post else "",
        )
    except PostingRefused as refusal:
        raise PermissionDenied(refusal.message) from refusal
    messages.success(request, _("The report is handled."))
    return redirect("network:moderation")


@member_required
def moderate_post(request, pk: int, action: str):
    """Hide a post (a page with an optional reason) or show a hidden one again (a button)."""
    post = get_object_or_404(Post.objects.select_related("topic__area"), pk=pk)
    if not access.can_moderate(request.user, post.topic.area) or action not in {"hide", "restore"}:
        raise PermissionDenied
    if action == "hide":
        form = HideForm(request.POST if request.method == "POST" else None)
        if request.method != "POST" or not form.is_valid():
            return _hide_form_page(request, post, form, request.path)
    elif request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        if action == "hide":
            posting.hide(user=request.user, post=post, reason=form.cleaned_data["reason"])
        else:
            posting.restore(user=request.user, post=post)
    except PostingRefused as refusal:
        raise PermissionDenied(refusal.message) from refusal
    messages.success(request, _("The post is hidden.") if action == "hide" else _("The post is shown again."))
    return redirect(f"{post.topic.get_absolute_url()}#innlegg-{post.pk}")


@member_required
def moderate_topic(request, pk: int, action: str):
    """Lock (a page asking for the reason the author is told), unlock, pin, unpin or move a topic."""
    topic = get_object_or_404(Topic.objects.select_related("area"), pk=pk)
    if not access.can_moderate(request.user, topic.area):
        raise PermissionDenied
    reason = ""
    if action == "lock":
        form = HideForm(request.POST if request.method == "POST" else None)
        if request.method != "POST" or not form.is_valid():
            context = {**forum_context(request), "topic": topic, "form": form, "page_title": _("Lock the topic")}
            return TemplateResponse(request, "network/lock_topic.html", context)
        reason = form.cleaned_data["reason"]
    elif request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        if action in {"lock", "unlock"}:
            moderation.set_locked(user=request.user, topic=topic, locked=action == "lock", reason=reason)
        elif action in {"pin", "unpin"}:
            moderation.set_pinned(user=request.user, topic=topic, pinned=action == "pin")
        elif action == "move":
            move_form = MoveForm(request.POST, areas=access.moderated_areas(request.user))
            if not move_form.is_valid():
                raise PermissionDenied
            moderation.move(user=request.user, topic=topic, to=move_form.cleaned_data["to"])
        else:
            raise PermissionDenied
    except PostingRefused as refusal:
        raise PermissionDenied(refusal.message) from refusal
    messages.success(request, _("The topic is updated."))
    return redirect(topic.get_absolute_url())


@member_required
def suspend(request, user_pk: int):
    person = get_object_or_404(User, pk=user_pk)
    if not access.can_suspend(request.user, person):
        raise PermissionDenied(_("You cannot suspend this person."))
    form = SuspendForm(request.POST or None)
    if request.method == "POST":
        if "lift" in request.POST:
            moderation.lift_suspension(user=request.user, member_user=person)
            messages.success(request, _("The suspension is lifted."))
            return redirect("network:moderation")
        if form.is_valid():
            moderation.suspend(
                user=request.user,
                member_user=person,
                days=form.cleaned_data["days"],
                reason=form.cleaned_data["reason"],
            )
            messages.success(request, _("%(name)s is suspended from the network.") % {"name": person.get_full_name()})
            return redirect("network:moderation")
    context = {**forum_context(request), "person": person, "form": form, "page_title": _("Suspend member")}
    return TemplateResponse(request, "network/suspend.html", context)
