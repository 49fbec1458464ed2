from celery import shared_task

from network.services import notifications


@shared_task(autoretry_for=(OSError,), max_retries=5, retry_backoff=True)
def email_notification(user_id: int, post_id: int) -> bool:
    return notifications.send_immediate(user_id, post_id)


@shared_task
def send_daily_digests() -> int:
    """Periodic: the daily digest for members who chose it."""
    return notifications.send_daily_digests()
