"""Demo forum: the areas, members who completed a course, and a handful of anonymous discussions.

The content is in ``network/demo/``: ``areas.yaml``, ``members.yaml`` and one YAML file per topic in
``topics/`` (its posts in order, each with its author's handle, Markdown text and, optionally, the
handles of those who said «takk» for it)."""

import datetime
from collections.abc import Callable
from pathlib import Path

from django.utils import timezone

from home.models import Region
from korus_site.core.demo import demo_user, read_folder, read_yaml
from network.models import Area, Member, Post, Topic
from network.services import posting, thanks

DEMO = Path(__file__).resolve().parent / "demo"


def certify(user, region_slug: str | None = None) -> None:
    """Give a demo member the course the demo Kjentmann took: a seat, full attendance, passed modules."""
    from courses.demo import pass_modules
    from courses.models import CourseSeriesPage, Enrollment, School
    from courses.services import attendance, certificates

    series = CourseSeriesPage.objects.get(slug="kjentmann-varen-2026")
    if Enrollment.objects.filter(series=series, participant=user).exists():
        return
    school = (
        School.objects.filter(kommune__fylke__region__slug=region_slug).order_by("pk").first()
        or School.objects.order_by("pk").first()
    )
    if school is None:
        raise RuntimeError("The network demo needs the course demo's schools: seed the courses first.")
    enrollment = Enrollment.objects.create(
        series=series,
        school=school,
        participant=user,
        role="laerer",
        status="confirmed",
        confirmed_at=series.registration_opens,
    )
    for gathering in series.gathering_list:
        attendance.set_status(gathering, enrollment, "present")
    pass_modules(user, series)
    # The demo runs in one transaction, so issue now rather than after the commit.
    certificates.issue(enrollment.pk)


def seed(log: Callable[[str], None] = print) -> None:
    for order, data in enumerate(read_yaml(DEMO / "areas.yaml")):
        Area.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "description": data["description"],
                "region": Region.objects.filter(slug=data["region"]).first() if data["region"] else None,
                "sort_order": order,
            },
        )
    users = {}
    for data in read_yaml(DEMO / "members.yaml"):
        user = demo_user(data["email"], data["first_name"], data["last_name"])
        Member.objects.get_or_create(user=user, defaults={"handle": data["handle"]})
        if not user.groups.exists():
            certify(user, data["region"])
        users[data["handle"]] = user
    log(f"Forum areas: {Area.objects.count()}, members: {Member.objects.count()}")
    if not Topic.objects.exists():
        seed_topics(users)
    log(f"Forum: {Topic.objects.count()} topics, {Post.objects.count()} posts")


def seed_topics(users: dict) -> None:
    """The discussions, spread over the last weeks as they would have happened."""
    start = timezone.now() - datetime.timedelta(days=40)
    for number, (data, _text) in enumerate(read_folder(DEMO / "topics")):
        posts = data["posts"]
        topic = posting.start_topic(
            user=users[posts[0]["author"]],
            area=Area.objects.get(slug=data["area"]),
            title=data["title"],
            text=posts[0]["body"],
            rate_limited=False,
        )
        written = [topic.posts.get()]
        for reply in posts[1:]:
            written.append(
                posting.reply(user=users[reply["author"]], topic=topic, text=reply["body"], rate_limited=False)
            )
        for post, data_post in zip(written, posts, strict=True):
            for handle in data_post.get("thanks", []):
                thanks.set_thanks(user=users[handle], post=post, thanked=True)
        # Spread the discussion over the last weeks, as it would have happened.
        moment = start + datetime.timedelta(days=number * 4)
        for post in Post.objects.filter(topic=topic).order_by("pk"):
            Post.objects.filter(pk=post.pk).update(created_at=moment)
            moment += datetime.timedelta(hours=5)
        Topic.objects.filter(pk=topic.pk).update(
            created_at=start + datetime.timedelta(days=number * 4),
            last_activity_at=moment - datetime.timedelta(hours=5),
            pinned=data["pinned"],
        )
