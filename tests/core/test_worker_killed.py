"""A worker killed in the middle of a batch delays its notices; none is lost and none goes twice."""

import datetime
import re
from collections import Counter

import pytest

from django.utils import timezone

from korus_site.core import outbox
from korus_site.core.models import OutboxMessage
from tests.core.slow_notices import slow_notice

pytestmark = pytest.mark.celery_worker

RECIPIENTS = [f"mottaker{number}@skole.test" for number in range(10)]


def recipients_of(mails) -> Counter:
    found = Counter()
    for path in mails:
        found.update(re.findall(r"^To: (\S+)$", path.read_text(), re.MULTILINE))
    return found


def test_a_killed_worker_loses_and_doubles_no_notice(celery_worker):
    from django.db import transaction

    with transaction.atomic():
        for email in RECIPIENTS:
            outbox.enqueue(slow_notice, email, key=f"test-notice:{email}")
    # Kill the worker while it is working through the batch.
    celery_worker.wait_for(lambda: len(recipients_of(celery_worker.mails())) >= 2, timeout=60)
    celery_worker.kill()
    done_before = OutboxMessage.objects.filter(state=OutboxMessage.State.DONE).count()
    assert done_before < len(RECIPIENTS)

    # A new worker takes the queue; the sweep sends what the killed one held (its message
    # would otherwise come back only after the broker's visibility timeout).
    celery_worker.restart()
    outbox._broker_failed_at = None
    outbox.sweep(now=timezone.now() + datetime.timedelta(hours=1))

    def all_done():
        return OutboxMessage.objects.filter(state=OutboxMessage.State.DONE).count() == len(RECIPIENTS)

    celery_worker.wait_for(all_done, timeout=90)
    assert recipients_of(celery_worker.mails()) == Counter(dict.fromkeys(RECIPIENTS, 1))
