from celery import shared_task

from network.services import notifications


@shared_task
def send_daily_digests() -> int:
    """Periodic: queue the daily digest for members who chose it (sent from the outbox)."""
    return notifications.send_daily_digests()
