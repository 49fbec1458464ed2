"""Large data sets for the benchmark. Each function tops up to a target, so reruns are quick."""

import datetime
import json
import random
import uuid

from django.db import transaction

from home.models import NewsIndexPage, NewsPage, RegionPage

WORDS = [
    "kjentmann",
    "skole",
    "elev",
    "rus",
    "samtale",
    "foreldre",
    "samling",
    "kurs",
    "nettverk",
    "tidlig",
    "innsats",
    "helsesykepleier",
    "ruskonsulent",
    "ungdomsskole",
    "videregående",
    "erfaring",
    "kommune",
    "samarbeid",
    "tillit",
    "oppfølging",
    "bekymring",
]


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def news(target: int, log=print) -> None:
    """At least ``target`` news items spread over the seven regions' news indexes."""
    existing = NewsPage.objects.count()
    if existing >= target:
        log(f"news: {existing} items already")
        return
    rng = random.Random(existing)
    indexes = [NewsIndexPage.objects.child_of(region_page).get() for region_page in RegionPage.objects.all()]
    start = datetime.date(2020, 1, 1)
    for n in range(existing, target):
        index = indexes[n % len(indexes)]
        body = json.dumps(
            [{"type": "paragraph", "value": f"<p>{sentence(rng, 60)}</p>", "id": str(uuid.uuid4())} for _ in range(4)]
        )
        with transaction.atomic():
            page = NewsPage(
                title=sentence(rng, 6)[:-1],
                slug=f"bench-{n}",
                date=start + datetime.timedelta(days=n % 2500),
                lead=sentence(rng, 25),
                body=body,
            )
            index.add_child(instance=page)
        if n % 500 == 0:
            log(f"news: {n}/{target}")
    log(f"news: {NewsPage.objects.count()} items")


def course_series(target: int, participants_each: int, log=print) -> None:
    """At least ``target`` open series spread over the regions, each with sign-ups."""
    from django.utils import timezone

    from courses.demo import at, valid_orgnr
    from courses.models import CourseIndexPage, CourseSeriesPage, Gathering, Programme, School
    from courses.services import enrollment as enrollment_service
    from home.models import Kommune
    from korus_site.accounts.models import User

    existing = CourseSeriesPage.objects.filter(slug__startswith="bench-").count()
    if existing >= target:
        log(f"series: {existing} bench series already")
        return
    programme = Programme.objects.get(slug="kjentmann")
    indexes = list(CourseIndexPage.objects.exclude(region=None))
    kommune = Kommune.objects.get(number="0301")
    contact, _ = User.objects.get_or_create(email="bench-contact@skole.test")
    today = timezone.localdate()
    for n in range(existing, target):
        index = indexes[n % len(indexes)]
        start = today + datetime.timedelta(days=30 + n % 300)
        series = CourseSeriesPage(
            title=f"Benk-kurs {n}",
            slug=f"bench-{n}",
            programme=programme,
            target_group="begge",
            intro="Kursrekke for måling.",
            seats=participants_each,
            registration_opens=at(today - datetime.timedelta(days=10), 9),
            registration_closes=at(start - datetime.timedelta(days=7), 9),
            venue="Kurssenteret",
        )
        for g in range(4):
            day = start + datetime.timedelta(weeks=2 * g)
            series.gatherings.add(
                Gathering(
                    title=f"Samling {g + 1}",
                    starts_at=at(day, 9),
                    ends_at=at(day, 15),
                    location="Kurssenteret",
                    sort_order=g,
                )
            )
        index.add_child(instance=series)
        school, _ = School.objects.get_or_create(
            orgnr=valid_orgnr(f"{97000000 + n}"),
            defaults={"name": f"Benkskole {n}", "kommune": kommune, "school_type": "ungdomsskole"},
        )
        people = [
            enrollment_service.Person(f"Deltaker{i}", f"Benk{n}", f"bench-{n}-{i}@skole.test", "laerer")
            for i in range(participants_each + 5)
        ]
        enrollment_service.register(series=series, school=school, contact=contact, people=people, notify=False)
        if n % 20 == 0:
            log(f"series: {n}/{target}")
    log(f"series: {CourseSeriesPage.objects.count()} in all")


def quiz_attempts(target: int, log=print) -> None:
    """Many attempts by the demo Kjentmann, so the dashboard and module pages are measured with history."""
    from courses.models import ModulePage, QuizAttempt
    from korus_site.accounts.models import User

    user = User.objects.get(email="kjentmann@skole.test")
    existing = QuizAttempt.objects.filter(user=user).count()
    modules = list(ModulePage.objects.all())
    QuizAttempt.objects.bulk_create(
        QuizAttempt(user=user, module=modules[n % len(modules)], correct=1, total=8, score=12, passed=False)
        for n in range(existing, target)
    )
    log(f"quiz attempts: {QuizAttempt.objects.filter(user=user).count()}")


def forum(posts_target: int, log=print) -> None:
    """At least ``posts_target`` posts in the national area, in bulk: many topics and one very long one."""
    from django.utils import timezone

    from korus_site.accounts.models import User
    from network import rendering
    from network.models import Area, Post, Topic

    existing = Post.objects.count()
    if existing >= posts_target:
        log(f"forum: {existing} posts already")
        return
    area = Area.objects.get(slug="hele-landet")
    authors = list(User.objects.filter(email__endswith="@skole.test")[:20])
    rng = random.Random(existing)
    now = timezone.now()
    per_topic = 40
    long_topic_posts = 2000
    missing = posts_target - existing
    topics = Topic.objects.bulk_create(
        Topic(
            area=area,
            title=sentence(rng, 6)[:-1],
            author=authors[n % len(authors)],
            last_activity_at=now - datetime.timedelta(minutes=n),
        )
        for n in range(missing // per_topic + 1)
    )
    posts = []
    for n, topic in enumerate(topics):
        count = long_topic_posts if n == 0 else per_topic
        for i in range(count):
            text = sentence(rng, 40)
            posts.append(
                Post(
                    topic=topic,
                    author=authors[(n + i) % len(authors)],
                    body=text,
                    body_html=rendering.render(text),
                    render_version=rendering.RENDER_VERSION,
                )
            )
        if len(posts) >= 5000:
            Post.objects.bulk_create(posts)
            posts = []
            log(f"forum: {Post.objects.count()}/{posts_target}")
    Post.objects.bulk_create(posts)
    for n, topic in enumerate(topics):
        count = long_topic_posts if n == 0 else per_topic
        Topic.objects.filter(pk=topic.pk).update(reply_count=count - 1)
    log(f"forum: {Post.objects.count()} posts in {Topic.objects.count()} topics")
