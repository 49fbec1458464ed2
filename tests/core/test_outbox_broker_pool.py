"""Handing outbox messages to a real broker reuses one pooled connection, and a broken one is dropped."""

import os
import uuid

import pytest
from kombu import Connection, pools

from korus_site.celery import app
from korus_site.core import outbox
from tests.conftest import port_open, skip_or_fail

BROKER = os.environ.get("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/14"


@pytest.fixture
def real_broker():
    """Celery pointed at the real Redis broker with a queue of its own, emptied afterwards."""
    if not port_open(BROKER, 6379):
        skip_or_fail(f"Redis is not reachable at {BROKER}; start it or set CELERY_BROKER_URL")
    queue = f"test-pool-{uuid.uuid4().hex[:10]}"

    def reset_connections():
        pools.reset()
        app._pool = None
        app.amqp._producer_pool = None

    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url", "task_default_queue")}
    app.conf.update(task_always_eager=False, broker_url=BROKER, task_default_queue=queue)
    reset_connections()
    outbox._broker_failed_at = None
    yield queue
    with Connection(BROKER) as connection:
        connection.default_channel.client.delete(queue)
    app.conf.update(saved)
    reset_connections()
    outbox._broker_failed_at = None


@pytest.fixture
def new_connections(monkeypatch):
    """How many times a broker connection was opened (kombu's transport connect)."""
    opened = []
    original = Connection._connection_factory

    def counting(self):
        opened.append(self.as_uri())
        return original(self)

    monkeypatch.setattr(Connection, "_connection_factory", counting)
    return opened


def queued(queue: str) -> int:
    with Connection(BROKER) as connection:
        return connection.default_channel.client.llen(queue)


def test_three_messages_go_over_one_connection(real_broker, new_connections):
    assert [outbox.publish(10**9 + number) for number in range(3)] == [True, True, True]

    assert len(new_connections) == 1
    assert queued(real_broker) == 3


def test_a_send_that_fails_drops_the_pooled_connection_and_the_next_try_connects_afresh(
    real_broker, new_connections, monkeypatch
):
    assert outbox.publish(10**9)
    send_task = app.send_task

    def refuse(*args, **kwargs):
        raise ConnectionResetError("the broker went away")

    monkeypatch.setattr(app, "send_task", refuse)

    assert outbox.publish(10**9 + 1) is False
    assert outbox.broker_is_resting()

    monkeypatch.setattr(app, "send_task", send_task)
    outbox._broker_failed_at = None  # the breaker's pause is over
    assert outbox.publish(10**9 + 2)

    assert len(new_connections) == 2
    assert queued(real_broker) == 2
