"""Following, mentions, in-app notifications and e-mail (at once or in a daily digest)."""

import datetime

import pytest

from django.utils import timezone

from network.choices import EmailFrequency
from network.models import AreaFollow, Notification
from network.services import notifications, posting
from network.services.members import member_for
from network.tasks import send_daily_digests

pytestmark = pytest.mark.django_db


def test_replies_notify_followers_and_mentions_win(
    areas, kjentmann, other_kjentmann, make_kjentmann, mailoutbox, django_capture_on_commit_callbacks
):
    third = make_kjentmann(email="tredje@skole.test", first_name="Tor", last_name="Tredje")
    member_for(third)
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Start.")
    posting.reply(user=other_kjentmann, topic=topic, text="Et svar.")  # Ola follows now too
    handle = member_for(third).handle
    with django_capture_on_commit_callbacks(execute=True):
        reply = posting.reply(user=kjentmann, topic=topic, text=f"Takk! Hva mener du, @{handle}?")
    kinds = dict(Notification.objects.filter(post=reply).values_list("user__email", "kind"))
    assert kinds == {"ola@skole.test": "reply", "tredje@skole.test": "mention"}
    assert {m.to[0] for m in mailoutbox} >= {"ola@skole.test", "tredje@skole.test"}
    assert "nevnt" in next(m.subject for m in mailoutbox if m.to == ["tredje@skole.test"])


def test_the_author_is_never_notified_and_non_members_are_left_out(areas, kjentmann, other_kjentmann):
    from network.models import Member
    from tests.factories import UserFactory

    outsider = UserFactory()
    Member.objects.create(user=outsider, handle="utenfor")
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Hei @utenfor")
    assert not Notification.objects.filter(user__in=[kjentmann, outsider]).exists()
    assert topic


def test_new_topics_notify_area_followers(areas, kjentmann, other_kjentmann):
    AreaFollow.objects.create(user=other_kjentmann, area=areas["korus-oslo"])
    topic = posting.start_topic(user=kjentmann, area=areas["korus-oslo"], title="Nytt", text="Start.")
    notification = Notification.objects.get(user=other_kjentmann)
    assert (notification.kind, notification.post.topic) == ("new_topic", topic)


def test_reading_the_topic_marks_its_notifications_read(client, areas, kjentmann, other_kjentmann):
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Start.")
    posting.reply(user=other_kjentmann, topic=topic, text="Svar.")
    assert notifications.unread_count(kjentmann) == 1
    client.force_login(kjentmann)
    assert "1 ulest" in client.get("/nettverk/").content.decode()
    client.get(topic.get_absolute_url())
    assert notifications.unread_count(kjentmann) == 0


def test_daily_digest_once(areas, kjentmann, other_kjentmann, mailoutbox, django_capture_on_commit_callbacks):
    member = member_for(kjentmann)
    member.email_frequency = EmailFrequency.DAILY
    member.save()
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Start.")
    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(user=other_kjentmann, topic=topic, text="Svar én.")
        posting.reply(user=other_kjentmann, topic=topic, text="Svar to.", rate_limited=False)
    assert not [m for m in mailoutbox if m.to == ["kari@skole.test"]]  # nothing at once
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests() == 1
        assert send_daily_digests() == 0
    digests = [m for m in mailoutbox if m.to == ["kari@skole.test"]]
    assert len(digests) == 1
    assert digests[0].subject.startswith("2 ")
    assert Notification.objects.filter(user=kjentmann, emailed_at__isnull=True).count() == 0

    # A reply after today's digest waits for tomorrow's instead of being dropped.
    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(user=other_kjentmann, topic=topic, text="Svar tre.", rate_limited=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests() == 0
    assert Notification.objects.filter(user=kjentmann, emailed_at__isnull=True).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications.send_daily_digests(now=timezone.now() + datetime.timedelta(days=1)) == 1
    assert Notification.objects.filter(user=kjentmann, emailed_at__isnull=True).count() == 0
    digests = [m for m in mailoutbox if m.to == ["kari@skole.test"]]
    assert len(digests) == 2
    assert digests[-1].subject.startswith("1 ")


def test_never_means_no_email(areas, kjentmann, other_kjentmann, mailoutbox, django_capture_on_commit_callbacks):
    member = member_for(kjentmann)
    member.email_frequency = EmailFrequency.NEVER
    member.save()
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Start.")
    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(user=other_kjentmann, topic=topic, text="Svar.")
    assert send_daily_digests() == 0
    assert not [m for m in mailoutbox if m.to == ["kari@skole.test"]]
    assert Notification.objects.filter(user=kjentmann).count() == 1


@pytest.mark.celery_worker
def test_immediate_email_and_digest_through_a_real_worker(celery_worker, areas, kjentmann, other_kjentmann):
    daily = member_for(other_kjentmann)
    daily.email_frequency = EmailFrequency.DAILY
    daily.save()
    topic = posting.start_topic(user=kjentmann, area=areas["national"], title="Tema", text="Start.")
    posting.reply(user=other_kjentmann, topic=topic, text=f"Hei @{member_for(kjentmann).handle}")

    def mail_to(address):
        return any(f"To: {address}" in path.read_text() for path in celery_worker.mails())

    celery_worker.wait_for(lambda: mail_to("kari@skole.test"), timeout=60)
    posting.reply(user=kjentmann, topic=topic, text="Svar tilbake.", rate_limited=False)
    assert send_daily_digests.delay().get(timeout=60) == 1
    assert send_daily_digests.delay().get(timeout=60) == 0
    celery_worker.wait_for(lambda: mail_to("ola@skole.test"), timeout=30)
    assert sum(path.read_text().count("To: ola@skole.test") for path in celery_worker.mails()) == 1
