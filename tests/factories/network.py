import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from network.models import (
    Area,
    AreaFollow,
    Attachment,
    Member,
    Notification,
    Post,
    PostRevision,
    PostThanks,
    Report,
    Topic,
    TopicFollow,
    TopicRead,
)
from network.rendering import RENDER_VERSION

from .accounts import UserFactory


class AreaFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Område {n}")
    slug = factory.Sequence(lambda n: f"omrade-{n}")
    description = "Et område i nettverket."

    class Meta:
        model = Area


class MemberFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    handle = factory.Sequence(lambda n: f"medlem{n}")

    class Meta:
        model = Member


class TopicFactory(DjangoModelFactory):
    area = factory.SubFactory(AreaFactory)
    title = factory.Sequence(lambda n: f"Tema {n}")
    author = factory.SubFactory(UserFactory)
    last_activity_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Topic


class PostFactory(DjangoModelFactory):
    topic = factory.SubFactory(TopicFactory)
    author = factory.SelfAttribute("topic.author")
    body = "Et innlegg."
    body_html = "<p>Et innlegg.</p>"
    render_version = RENDER_VERSION

    class Meta:
        model = Post


class PostRevisionFactory(DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    body = "Før endringen."

    class Meta:
        model = PostRevision


class AttachmentFactory(DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    uploaded_by = factory.SelfAttribute("post.author")
    image = factory.django.ImageField(width=40, height=30)
    alt_text = "Et bilde."

    class Meta:
        model = Attachment


class TopicFollowFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    topic = factory.SubFactory(TopicFactory)

    class Meta:
        model = TopicFollow


class AreaFollowFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    area = factory.SubFactory(AreaFactory)

    class Meta:
        model = AreaFollow


class TopicReadFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    topic = factory.SubFactory(TopicFactory)
    read_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = TopicRead


class NotificationFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    kind = "reply"
    post = factory.SubFactory(PostFactory)

    class Meta:
        model = Notification


class ReportFactory(DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    reporter = factory.SubFactory(UserFactory)
    reason = "Kan identifisere en elev."

    class Meta:
        model = Report


class PostThanksFactory(DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = PostThanks
