from celery import shared_task

from . import retention


@shared_task
def apply_retention_rules() -> dict[str, int]:
    """Delete personal data that has outlived its retention rule (see korus_site/core/retention.py)."""
    return retention.apply_all()


@shared_task
def ping() -> str:
    """Answers from whichever worker runs it; used by the health tests."""
    from celery import current_task

    return current_task.request.hostname
