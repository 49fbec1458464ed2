import pytest

from korus_site.core.tasks import ping

pytestmark = pytest.mark.celery_worker


def test_a_task_runs_in_a_started_worker(celery_worker):
    result = ping.delay()
    hostname = result.get(timeout=60)
    assert hostname.startswith(celery_worker.queue)


def test_tasks_run_eagerly_only_without_a_broker(settings):
    from korus_site.celery import app

    assert app.conf.task_always_eager is (settings.CELERY_BROKER_URL == "memory://")
    assert app.conf.task_acks_late is True
    assert app.conf.accept_content == ["json"]
    assert ping.apply().get()  # runs in-process, whatever the broker
