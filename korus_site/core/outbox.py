"""The outbox: e-mails and other slow work, never lost and never done twice.

A change that should be followed by work (a confirmation e-mail, a certificate to issue)
calls ``enqueue`` inside its own transaction. That writes an ``OutboxMessage`` row, so the
work is recorded exactly when the change is, and after the commit the Celery task
``run_outbox_message`` is sent to the broker with a short timeout. A request never waits on
a broker that is down: the send fails fast, a circuit breaker skips further tries for a
while, and the message waits in the table.

``sweep`` (a periodic task) sends again every message still pending a minute after it was
due, so a broker outage, a worker killed mid-task or a lost broker message only delays
the work. ``run`` locks the row, does the work once and marks it done in the same
transaction; a second delivery of the same message finds it done and does nothing. The
``key`` (unique) keeps one message per person per change however often the change is
reported.

A task that finds, when it runs, that its work no longer makes sense (the enrollment was
cancelled, the series unpublished, the post hidden) raises ``Skip``: each notice is
checked again when it is sent.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import OutboxMessage

logger = logging.getLogger(__name__)

RUN_TASK = "korus_site.core.tasks.run_outbox_message"  # the Celery task that calls ``run``
MAX_ATTEMPTS = 8
SWEEP_GRACE = datetime.timedelta(minutes=1)
BROKER_TIMEOUT = 2.0  # seconds to reach the broker before the message is left to the sweep
BREAKER_PAUSE = 30.0  # seconds without tries after the broker failed once

_broker_failed_at: float | None = None


Work = TypeVar("Work", bound=Callable[..., Any])


def work(function: Work) -> Work:
    """Mark a service function as outbox work: ``enqueue(function, …)`` may then run it later, once.

    Only marked functions run from the outbox, so a stored name can never call anything else.
    """
    function.outbox_name = f"{function.__module__}.{function.__qualname__}"  # type: ignore[attr-defined]
    return function


def _work_named(name: str) -> Callable[..., Any]:
    function = import_string(name)
    if getattr(function, "outbox_name", None) != name:
        raise LookupError(f"{name} is not outbox work")
    return function


class Skip(Exception):
    """Raised by outbox work that is no longer relevant; the message is marked skipped with the reason."""


def retry_delay(attempts: int) -> datetime.timedelta:
    """How long to wait after the ``attempts``-th failure: 1, 2, 4 … minutes, at most an hour."""
    return datetime.timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


def _stored_key(key: str) -> str:
    return key if len(key) <= 200 else f"{key[:135]}…{hashlib.sha256(key.encode()).hexdigest()}"


def enqueue(
    function: Callable[..., Any], *args: Any, key: str, not_before: datetime.datetime | None = None, **kwargs: Any
) -> OutboxMessage | None:
    """Record ``function(*args, **kwargs)`` in the outbox, to run once after the current transaction commits.

    ``function`` is marked with ``@work``; its arguments must be JSON (ids, never model
    instances), since it runs later in a worker.
    ``key`` names the change and the person (``"enrollment:12:confirmed"``): a second call
    with the same key does nothing, so repeating a change never repeats its notice.
    ``not_before`` delays the work (the sweep sends it when due). Returns the new
    ``OutboxMessage``, or None when the key was already in the outbox.
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                key=_stored_key(key),
                work=function.outbox_name,  # type: ignore[attr-defined]
                args=list(args),
                kwargs=kwargs,
                available_at=max(not_before or now, now),
            )
    except IntegrityError:
        logger.debug("Outbox key %s is already there", key)
        return None
    if message.available_at <= now:
        transaction.on_commit(lambda: publish(message.pk))
    return message


def broker_is_resting() -> bool:
    """Whether a recent failure to reach the broker makes new tries pointless for now."""
    return _broker_failed_at is not None and time.monotonic() - _broker_failed_at < BREAKER_PAUSE


def publish(message_id: int) -> bool:
    """Send the task for one outbox message to the broker (or run it here without one).

    Returns whether the task was handed over. Never raises for a broker problem: the
    message stays pending and the sweep sends it later.
    """
    global _broker_failed_at

    from korus_site.celery import app

    if app.conf.task_always_eager:
        import_string(RUN_TASK).apply_async((message_id,))
        return True
    if broker_is_resting():
        return False
    try:
        # A connection from Celery's pool: after the first message, handing one over costs one
        # round trip to Redis instead of a new connection (about 1 ms against 10–25 ms here).
        with app.pool.acquire(block=True, timeout=BROKER_TIMEOUT) as connection:
            try:
                connection.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=BROKER_TIMEOUT)
                app.send_task(RUN_TASK, (message_id,), connection=connection, retry=False, ignore_result=True)
            except Exception:
                connection.collect()  # drop a broken socket: the next try connects afresh
                raise
    except Exception as error:  # any broker or network failure: the sweep sends it later
        _broker_failed_at = time.monotonic()
        logger.warning("The broker is unreachable (%s); outbox message %s waits for the sweep", error, message_id)
        return False
    _broker_failed_at = None
    return True


def run(message_id: int) -> str:
    """Do the work of one outbox message, once. Returns its state afterwards.

    The row is locked for the whole run, so two deliveries of the same message (a sweep
    and a redelivery after a worker died) never both do the work. A failure is recorded
    and the message is tried again later by the sweep, up to ``MAX_ATTEMPTS`` times; the
    error is raised again for the worker's log.
    """
    now = timezone.now()
    failure: Exception | None = None
    with transaction.atomic():
        message = OutboxMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.state != OutboxMessage.State.PENDING:
            return message.state if message else "missing"
        message.attempts += 1
        try:
            with transaction.atomic():
                outcome = _work_named(message.work)(*message.args, **message.kwargs)
        except Skip as skip:
            message.state, message.result, message.done_at = OutboxMessage.State.SKIPPED, str(skip)[:300], now
        except Exception as error:
            failure = error
            message.result = f"{type(error).__name__}: {error}"[:300]
            message.available_at = now + retry_delay(message.attempts)
            if message.attempts >= MAX_ATTEMPTS:
                message.state, message.done_at = OutboxMessage.State.FAILED, now
                logger.error("Outbox message %s failed %s times and is given up", message.key, message.attempts)
        else:
            message.state, message.done_at = OutboxMessage.State.DONE, now
            message.result = "" if outcome is None else str(outcome)[:300]
        message.save(update_fields=["state", "result", "done_at", "attempts", "available_at"])
    if failure is not None:
        raise failure
    return message.state


def sweep(now: datetime.datetime | None = None, limit: int = 1000) -> int:
    """Send again every pending message that has been due for a while; returns how many were sent."""
    now = now or timezone.now()
    due = OutboxMessage.objects.filter(state=OutboxMessage.State.PENDING, available_at__lte=now - SWEEP_GRACE).order_by(
        "available_at"
    )
    sent = 0
    for message_id in due.values_list("pk", flat=True)[:limit]:
        sent += publish(message_id)
        if broker_is_resting():
            break
    return sent


def pending_count() -> int:
    """Messages still waiting, for the health check and the staff dashboard."""
    return OutboxMessage.objects.filter(state=OutboxMessage.State.PENDING).count()
