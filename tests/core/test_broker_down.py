"""With the broker down a sign-up answers at once, keeps everything, and each e-mail goes once later."""

import datetime
import time
from collections import Counter

import pytest

from django.utils import timezone

from courses.models import Enrollment
from home.models import Kommune
from korus_site.core import outbox
from korus_site.core.models import OutboxMessage
from tests.factories.courses import orgnr
from tests.forms import Form

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: every connection is refused.
CLOSED_BROKER = "redis://127.0.0.1:1/0"


@pytest.fixture
def broker_down():
    from kombu import pools

    from korus_site.celery import app

    def reset_connections():
        pools.reset()
        app._pool = None
        app.amqp._producer_pool = None

    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url")}
    app.conf.update(task_always_eager=False, broker_url=CLOSED_BROKER)
    reset_connections()

    def bring_back():
        app.conf.update(saved)
        reset_connections()
        outbox._broker_failed_at = None

    yield bring_back
    bring_back()


def test_sign_up_with_the_broker_down(client, series, mailoutbox, django_capture_on_commit_callbacks, broker_down):
    form = Form.open(client, series.url + "pamelding/", "main form")
    changes = {
        "orgnr": orgnr(500),
        "school_name": "Bakkeby ungdomsskole",
        "kommune": str(Kommune.objects.get(number="0301").pk),
        "school_type": "ungdomsskole",
        "contact_first_name": "Kari",
        "contact_last_name": "Kontakt",
        "contact_email": "kari.kontakt@bakkeby.test",
        "informed": "on",
        "participants-0-first_name": "Per",
        "participants-0-last_name": "Lærer",
        "participants-0-email": "per@bakkeby.test",
        "participants-0-role": "laerer",
    }
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = form.submit(client, "submit", changes=changes)
    assert time.monotonic() - started < 5
    assert response.status_code == 302
    assert "/pamelding/kvittering/" in response["Location"]
    assert Enrollment.objects.filter(series=series, participant__email="per@bakkeby.test").exists()
    pending = OutboxMessage.objects.filter(state=OutboxMessage.State.PENDING).count()
    assert pending >= 2  # the confirmation and the contact's receipt, at least
    assert mailoutbox == []

    broker_down()  # the broker is back; the periodic sweep sends what waited
    later = timezone.now() + datetime.timedelta(hours=1)
    outbox.sweep(now=later)
    outbox.sweep(now=later)  # a second sweep finds nothing left to send
    assert OutboxMessage.objects.filter(state=OutboxMessage.State.PENDING).count() == 0
    sent = Counter((message.to[0], message.subject) for message in mailoutbox)
    assert {to for to, _subject in sent} == {"per@bakkeby.test", "kari.kontakt@bakkeby.test"}
    assert all(count == 1 for count in sent.values()), sent
