from celery import shared_task

from . import outbox, retention


@shared_task(acks_late=True, ignore_result=True)
def run_outbox_message(message_id: int) -> str:
    """Do one outbox message's work once (see korus_site/core/outbox.py)."""
    return outbox.run(message_id)


@shared_task(ignore_result=True)
def sweep_outbox() -> int:
    """Periodic: send again what is still pending in the outbox a minute after it was due."""
    return outbox.sweep()


@shared_task
def apply_retention_rules() -> dict[str, int]:
    """Delete personal data that has outlived its retention rule (see korus_site/core/retention.py)."""
    return retention.apply_all()


@shared_task
def ping() -> str:
    """Answers from whichever worker runs it; used by the health tests."""
    from celery import current_task

    return current_task.request.hostname
