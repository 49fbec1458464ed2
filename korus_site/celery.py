"""The Celery application.

Configured from Django settings under the ``CELERY_`` namespace. Without a broker
(``CELERY_BROKER_URL`` unset) tasks run eagerly in-process, so a laptop needs no services.
"""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "korus_site.settings.dev")

app = Celery("korus_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "outbox-sweep": {
        "task": "korus_site.core.tasks.sweep_outbox",
        "schedule": 60.0,
    },
    "reminders": {
        "task": "courses.tasks.queue_reminders",
        "schedule": crontab(minute="*/15"),
    },
    "forum-daily-digest": {
        "task": "network.tasks.send_daily_digests",
        "schedule": crontab(minute=0, hour="6"),
    },
    "close-started-waitlists": {
        "task": "courses.tasks.close_started_waitlists",
        "schedule": crontab(minute="*/5"),
    },
    "plan-evaluation-reminders": {
        "task": "courses.tasks.queue_plan_evaluation_reminders",
        "schedule": crontab(minute=15, hour="7"),
    },
    "retention": {
        "task": "korus_site.core.tasks.apply_retention_rules",
        "schedule": crontab(minute=30, hour="3"),
    },
}
