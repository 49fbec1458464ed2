"""Reading and writing in the network: areas, topics, posts, following and search."""

import mimetypes

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from network import access, rendering
from network.forms import EditForm, HideForm, MoveForm, PostForm, ReportForm, TopicForm
from network.models import (
    Area,
    AreaFollow,
    Attachment,
    Notification,
    Post,
    PostThanks,
    Topic,
    TopicFollow,
    TopicRead,
)
from network.services import moderation, posting, thanks
from network.services.posting import PostingRefused
from network.services.search import search_posts

from .common import IdsFirst, forum_context, member_required

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20


@member_required
def index(request):
    areas = (
        access.readable_areas(request.user)
        .select_related("region")
        .annotate(topic_total=Count("topics", filter=Q(topics__hidden=False)))
        .annotate(
            latest=Subquery(
                Topic.objects.filter(area=OuterRef("pk"), hidden=False)
                .order_by("-last_activity_at")
                .values("last_activity_at")[:1]
            )
        )
    )
    national = [c for c in areas if c.region_id is None]
    regional = [c for c in areas if c.region_id is not None]
    context = {
        **forum_context(request),
        "national": national,
        "regional": regional,
        "page_title": _("The Kjentmann network"),
    }
    return TemplateResponse(request, "network/index.html", context)


TOPIC_ORDER = ("-pinned", "-last_activity_at", "-pk")  # served by the index "topic_list_order"
POST_ORDER = ("created_at", "pk")  # served by the index "post_topic_order"


def topics_for(user, area=None):
    """Topics with the member's unread marker, pinned first: one query however many there are."""
    read_at = TopicRead.objects.filter(user=user, topic=OuterRef("pk")).values("read_at")[:1]
    topics = (
        Topic.objects.filter(hidden=False)
        .select_related("author", "area", "last_post__author")
        .annotate(read_at=Subquery(read_at))
        .annotate(
            unread=ExpressionWrapper(
                Q(read_at__isnull=True) | Q(read_at__lt=F("last_activity_at")), output_field=BooleanField()
            )
        )
        .order_by(*TOPIC_ORDER)
    )
    return topics.filter(area=area) if area is not None else topics


def topics_page(user, area: Area, number) -> Page:
    """Page ``number`` (as given in ``?side=``) of the area's topics, with the member's unread markers.

    The page's ids come from the index alone; authors, last posts and unread markers are
    fetched for those 25 topics only, so page 20 costs the same queries as page 1.
    """
    ids = Topic.objects.filter(area=area, hidden=False).order_by(*TOPIC_ORDER).values_list("pk", flat=True)
    rows = IdsFirst(ids, lambda page_ids: topics_for(user).filter(pk__in=page_ids))
    return Paginator(rows, TOPICS_PER_PAGE).get_page(number)


def posts_page(thread: Topic, moderator: bool, number, viewer=None) -> Page:
    """Page ``number`` (as given in ``?side=``) of the topic's posts; hidden ones only for moderators.

    Readers' page count comes from the topic's stored reply count, the page's ids from the
    index alone, and each post's HTML as stored at write time (rendered again in memory only
    if older rules made it): the cost depends on the page shown, not on the topic's size.
    Each post carries ``thanked``: whether ``viewer`` has thanked it (in the same query).
    """
    posts = Post.objects.filter(topic=thread)
    if not moderator:
        posts = posts.filter(hidden=False)
    ids = posts.order_by(*POST_ORDER).values_list("pk", flat=True)
    thanked: Exists | Value
    if viewer is not None and viewer.is_authenticated:
        thanked = Exists(PostThanks.objects.filter(post=OuterRef("pk"), user=viewer))
    else:
        thanked = Value(False, output_field=BooleanField())

    def fetch(page_ids):
        return (
            Post.objects.filter(pk__in=page_ids)
            .annotate(thanked=thanked)
            .select_related("author__forum_member", "hidden_by")
            .prefetch_related("attachments")
            .order_by(*POST_ORDER)
        )

    total = None if moderator else thread.reply_count + 1
    page: Page[Post] = Paginator(IdsFirst(ids, fetch, total), POSTS_PER_PAGE).get_page(number)
    for post in page:
        post.body_html = posting.rendered(post)
    return page


def _readable_area(request, slug: str) -> Area:
    return get_object_or_404(access.readable_areas(request.user), slug=slug)


def _readable_topic(request, pk: int, **filters) -> Topic:
    return get_object_or_404(access.readable_topics(request.user).select_related("area", "author"), pk=pk, **filters)


@member_required
def area(request, slug: str):
    area = _readable_area(request, slug)
    page = topics_page(request.user, area, request.GET.get("side"))
    following = AreaFollow.objects.filter(user=request.user, area=area).exists()
    context = {
        **forum_context(request),
        "area": area,
        "topics": page,
        "following": following,
        "can_moderate": access.can_moderate(request.user, area),
        "page_title": area.name,
    }
    return TemplateResponse(request, "network/area.html", context)


def _post_with_privacy(request, form, action):
    """Run ``action`` for a valid form; a refusal (suspension, locked topic, pace) goes back into the form.

    The privacy guard itself has already run in the form (:class:`network.privacy.PrivacyGuardMixin`).
    """
    try:
        return action()
    except PostingRefused as refusal:
        form.add_error(None, refusal.message)
    return None


def _preview(request, form, **where) -> str | None:
    """On «Forhåndsvis» (a valid form sent with ``preview``): the text rendered as publishing would; nothing is saved.

    ``where``: ``topic``, ``area`` or ``editing``, as for :func:`network.services.posting.preview`.
    A refusal goes back into the form. Returns the HTML, or None when there is nothing to show.
    """
    try:
        return posting.preview(user=request.user, text=form.cleaned_data["text"], **where)
    except PostingRefused as refusal:
        form.add_error(None, refusal.message)
    return None


def _wants_preview(request) -> bool:
    return request.method == "POST" and "preview" in request.POST


def _preview_context(form, html: str | None) -> dict:
    """What the form templates show for a preview; an image chosen is not kept by a preview (files are not re-sent)."""
    if html is None:
        return {}
    dropped = bool(getattr(form, "cleaned_data", {}).get("image"))
    return {"preview_html": html, "preview_title": form.cleaned_data.get("title", ""), "preview_dropped_image": dropped}


@member_required
def new_topic(request, slug: str):
    area = _readable_area(request, slug)
    if not area.is_active:
        raise Http404
    form = TopicForm(request.POST or None, request.FILES or None, uploader=request.user)
    preview = None
    if _wants_preview(request) and form.is_valid():
        preview = _preview(request, form, area=area)
    elif request.method == "POST" and form.is_valid():
        topic = _post_with_privacy(
            request,
            form,
            lambda: posting.start_topic(
                user=request.user,
                area=area,
                title=form.cleaned_data["title"],
                text=form.cleaned_data["text"],
                images=form.images(),
            ),
        )
        if topic:
            messages.success(request, _("Your topic is published."))
            return redirect(topic.get_absolute_url())
    context = {
        **forum_context(request),
        **_preview_context(form, preview),
        "area": area,
        "form": form,
        "page_title": _("New topic"),
    }
    return TemplateResponse(request, "network/topic_form.html", context)


@member_required
def topic(request, pk: int, slug: str = ""):
    thread = _readable_topic(request, pk)
    moderator = access.can_moderate(request.user, thread.area)
    page = posts_page(thread, moderator, request.GET.get("side"), viewer=request.user)
    now = timezone.now()
    mark_read(request.user, thread, now)
    Notification.objects.filter(user=request.user, post__topic=thread, read_at__isnull=True).update(read_at=now)
    quoted = None
    if request.GET.get("siter", "").isdigit():
        quoted_post = (
            Post.objects.filter(topic=thread, pk=request.GET["siter"], hidden=False).select_related("author").first()
        )
        if quoted_post:
            quoted = rendering.quote(quoted_post.body, quoted_post.author.get_full_name())
    form = PostForm(initial={"text": quoted} if quoted else None)
    context = {
        **forum_context(request),
        "topic": thread,
        "area": thread.area,
        "posts": page,
        "form": form,
        "following": TopicFollow.objects.filter(user=request.user, topic=thread).exists(),
        "can_moderate": moderator,
        "move_form": MoveForm(areas=access.moderated_areas(request.user)) if moderator else None,
        "page_title": thread.title,
    }
    return TemplateResponse(request, "network/topic.html", context)


def mark_read(user, thread: Topic, now) -> None:
    """Record that ``user`` read ``thread`` at ``now``: one upsert (INSERT … ON CONFLICT DO UPDATE).

    No row lock is taken and no transaction is held open, so two requests for the same topic
    never wait for each other; whichever writes last sets the time.
    """
    TopicRead.objects.bulk_create(
        [TopicRead(user=user, topic=thread, read_at=now)],
        update_conflicts=True,
        unique_fields=["user", "topic"],
        update_fields=["read_at"],
    )


@member_required
def reply(request, pk: int):
    thread = _readable_topic(request, pk, hidden=False)
    form = PostForm(request.POST or None, request.FILES or None, uploader=request.user)
    preview = None
    if _wants_preview(request) and form.is_valid():
        preview = _preview(request, form, topic=thread)
    elif request.method == "POST" and form.is_valid():
        post = _post_with_privacy(
            request,
            form,
            lambda: posting.reply(
                user=request.user, topic=thread, text=form.cleaned_data["text"], images=form.images()
            ),
        )
        if post:
            count = Post.objects.filter(topic=thread, hidden=False, created_at__lte=post.created_at).count()
            last_page = (count - 1) // POSTS_PER_PAGE + 1
            return redirect(f"{thread.get_absolute_url()}?side={last_page}#innlegg-{post.pk}")
    context = {
        **forum_context(request),
        **_preview_context(form, preview),
        "topic": thread,
        "area": thread.area,
        "form": form,
        "page_title": _("Reply"),
    }
    return TemplateResponse(request, "network/reply_form.html", context)


def _own_or_moderated(request, pk: int) -> Post:
    readable = Post.objects.filter(topic__in=access.readable_topics(request.user))
    post = get_object_or_404(readable.select_related("topic__area", "author"), pk=pk)
    if not posting.is_own_or_moderated(request.user, post):
        raise Http404
    return post


@member_required
def edit_post(request, pk: int):
    post = _own_or_moderated(request, pk)
    form = EditForm(request.POST or None, initial={"text": post.body})
    preview = None
    if _wants_preview(request) and form.is_valid():
        preview = _preview(request, form, editing=post)
    elif request.method == "POST" and form.is_valid():
        done = _post_with_privacy(
            request, form, lambda: posting.edit(user=request.user, post=post, text=form.cleaned_data["text"])
        )
        if done:
            messages.success(request, _("The post is updated. The earlier version is kept."))
            return redirect(f"{post.topic.get_absolute_url()}#innlegg-{post.pk}")
    context = {
        **forum_context(request),
        **_preview_context(form, preview),
        "post": post,
        "topic": post.topic,
        "form": form,
        "page_title": _("Edit post"),
    }
    return TemplateResponse(request, "network/edit_form.html", context)


@member_required
def delete_post(request, pk: int):
    post = _own_or_moderated(request, pk)
    form = HideForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        posting.hide(user=request.user, post=post, reason=form.cleaned_data["reason"])
        messages.success(request, _("The post is deleted. It no longer shows in the network."))
        return redirect(post.topic.get_absolute_url())
    context = {
        **forum_context(request),
        "post": post,
        "topic": post.topic,
        "form": form,
        "page_title": _("Delete post"),
    }
    return TemplateResponse(request, "network/delete_post.html", context)


@member_required
def history(request, pk: int):
    post = _own_or_moderated(request, pk)
    context = {
        **forum_context(request),
        "post": post,
        "topic": post.topic,
        "revisions": post.revisions.select_related("edited_by"),
        "page_title": _("Earlier versions"),
    }
    return TemplateResponse(request, "network/history.html", context)


@member_required
def attachment(request, pk: int):
    """A forum image, for those who may see its post; the files themselves are never public."""
    image = get_object_or_404(Attachment.objects.select_related("post__topic__area"), pk=pk)
    if not access.can_see_post(request.user, image.post):  # membership checked by the decorator
        raise Http404
    response = FileResponse(image.image.open("rb"), content_type=mimetypes.guess_type(image.image.name or "")[0])
    response["X-Content-Type-Options"] = "nosniff"
    return response


@member_required
def report_post(request, pk: int):
    post = get_object_or_404(access.visible_posts(request.user).select_related("topic"), pk=pk, hidden=False)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        moderation.report(user=request.user, post=post, reason=form.cleaned_data["reason"])
        messages.success(request, _("Thank you. The moderators will look at the post."))
        return redirect(f"{post.topic.get_absolute_url()}#innlegg-{post.pk}")
    context = {
        **forum_context(request),
        "post": post,
        "topic": post.topic,
        "form": form,
        "page_title": _("Report post"),
    }
    return TemplateResponse(request, "network/report_form.html", context)


@member_required
@require_POST
def thank_post(request, pk: int):
    """Give (``thanks=1``) or take back (``thanks=0``) a «takk» for a post, then back to the post.

    Posts the person may not see are not found (404); ``side`` is the topic page to return to.
    """
    post = get_object_or_404(access.visible_posts(request.user).select_related("topic__area"), pk=pk)
    try:
        thanks.set_thanks(user=request.user, post=post, thanked=request.POST.get("thanks") == "1")
    except thanks.ThanksRefused as refusal:
        messages.error(request, refusal.message)
    side = request.POST.get("side", "")
    page = f"?side={side}" if side.isdigit() and side != "1" else ""
    return redirect(f"{post.topic.get_absolute_url()}{page}#innlegg-{post.pk}")


@member_required
def unread(request):
    """«Nytt og ulest»: topics with activity since the member last read them, across the areas they read.

    Newest activity first, 25 a page; the page's ids come first (see :class:`IdsFirst`), so the
    queries do not grow with the number of topics or read markers.
    """
    ids = access.unread_topics(request.user).values_list("pk", flat=True)

    def fetch(page_ids):
        return topics_for(request.user).filter(pk__in=page_ids).order_by("-last_activity_at", "-pk")

    page: Page[Topic] = Paginator(IdsFirst(ids, fetch), TOPICS_PER_PAGE).get_page(request.GET.get("side"))
    for row in page:
        # Read before: straight to the latest post, on the topic's last page; never read: from the start.
        url = row.get_absolute_url()
        if getattr(row, "read_at", None) is not None and row.last_post_id:
            last_page = row.reply_count // POSTS_PER_PAGE + 1
            url += f"?side={last_page}#innlegg-{row.last_post_id}" if last_page > 1 else f"#innlegg-{row.last_post_id}"
        setattr(row, "unread_url", url)  # noqa: B010  (a per-view attribute for the template)
    context = {**forum_context(request), "topics": page, "page_title": _("New and unread")}
    return TemplateResponse(request, "network/unread.html", context)


@member_required
@require_POST
def follow_topic(request, pk: int):
    thread = _readable_topic(request, pk)
    follow, created = TopicFollow.objects.get_or_create(user=request.user, topic=thread)
    if not created:
        follow.delete()
    messages.success(request, _("You follow the topic.") if created else _("You no longer follow the topic."))
    return redirect(thread.get_absolute_url())


@member_required
@require_POST
def follow_area(request, slug: str):
    area = _readable_area(request, slug)
    follow, created = AreaFollow.objects.get_or_create(user=request.user, area=area)
    if not created:
        follow.delete()
    messages.success(
        request, _("You will hear about new topics here.") if created else _("You no longer follow the area.")
    )
    return redirect(area.get_absolute_url())


@member_required
def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Paginator(search_posts(query, request.user), 20).get_page(request.GET.get("side")) if query else None
    context = {**forum_context(request), "query": query, "results": results, "page_title": _("Search the network")}
    return TemplateResponse(request, "network/search.html", context)
