from celery import shared_task

from . import services


@shared_task(acks_late=True, max_retries=3, default_retry_delay=60, autoretry_for=(OSError,))
def send_password_link(user_id: int, purpose: str = "welcome") -> bool:
    return services.send_password_link(user_id, purpose=purpose)
