import pytest

from korus_site.core.tasks import ping

pytestmark = pytest.mark.celery_worker


def test_a_task_runs_in_a_started_worker(celery_worker):
    result = ping.delay()
    hostname = result.get(timeout=60)
    assert hostname.startswith(celery_worker.queue)


def celery_conf_in_a_fresh_process(**environ) -> dict:
    """The Celery settings the development configuration gives for the given environment."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {key: value for key, value in os.environ.items() if key not in {"CELERY_BROKER_URL", "DATABASE_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="korus_site.settings.dev", **environ)
    script = (
        "import json, django; django.setup(); from korus_site.celery import app; c = app.conf; "
        "print(json.dumps({k: c[k] for k in ('task_always_eager', 'broker_url', 'task_acks_late', "
        "'accept_content', 'task_serializer')}))"
    )
    output = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_tasks_run_eagerly_only_without_a_broker():
    without = celery_conf_in_a_fresh_process()
    assert without["task_always_eager"] is True
    assert without["broker_url"] == "memory://"

    with_broker = celery_conf_in_a_fresh_process(CELERY_BROKER_URL="redis://127.0.0.1:6379/9")
    assert with_broker["task_always_eager"] is False
    assert with_broker["broker_url"] == "redis://127.0.0.1:6379/9"
    for conf in (without, with_broker):
        assert conf["task_acks_late"] is True
        assert conf["accept_content"] == ["json"]
        assert conf["task_serializer"] == "json"


def test_tasks_run_in_process_in_tests_whatever_the_broker():
    from korus_site.celery import app

    assert app.conf.task_always_eager is True
    assert ping.apply().get()
