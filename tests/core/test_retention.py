import datetime

import pytest

from django.utils import timezone

from courses.models import CertificateHold, Enrollment, QuizAttempt
from korus_site.core import retention
from korus_site.core.models import OutboxMessage
from tests.factories import CertificateHoldFactory, EnrollmentFactory, QuizAttemptFactory

pytestmark = pytest.mark.django_db


def test_every_kind_of_personal_data_has_a_rule():
    names = {rule.name for rule in retention.rules()}
    assert {
        "outbox_messages",
        "login_attempts",
        "cancelled_enrollments",
        "attendance",
        "quiz_answers",
        "forum_notifications",
        "forum_reports",
        "certificate_holds",
    } <= names
    assert all(rule.description for rule in retention.rules())


def test_rules_delete_only_what_is_due(series):
    now = timezone.now()
    done = OutboxMessage.State.DONE
    OutboxMessage.objects.create(
        key="gammel", work="x", state=done, available_at=now, done_at=now - datetime.timedelta(days=400)
    )
    OutboxMessage.objects.create(key="ny", work="x", state=done, available_at=now, done_at=now)
    OutboxMessage.objects.create(key="venter", work="x", available_at=now - datetime.timedelta(days=400))
    gone = EnrollmentFactory(series=series, status="cancelled", cancelled_at=now - datetime.timedelta(days=400))
    kept = EnrollmentFactory(series=series, status="cancelled", cancelled_at=now - datetime.timedelta(days=30))
    attempt = QuizAttemptFactory()
    QuizAttempt.objects.filter(pk=attempt.pk).update(submitted_at=now - datetime.timedelta(days=800))
    recent_attempt = QuizAttemptFactory()
    old_hold, new_hold = CertificateHoldFactory(), CertificateHoldFactory()
    CertificateHold.objects.filter(pk=old_hold.pk).update(updated_at=now - datetime.timedelta(days=800))
    result = retention.apply_all(now)
    assert result["outbox_messages"] == 1
    assert sorted(OutboxMessage.objects.values_list("key", flat=True)) == ["ny", "venter"]
    assert not Enrollment.objects.filter(pk=gone.pk).exists()
    assert Enrollment.objects.filter(pk=kept.pk).exists()
    assert list(QuizAttempt.objects.values_list("pk", flat=True)) == [recent_attempt.pk]
    assert list(CertificateHold.objects.values_list("pk", flat=True)) == [new_hold.pk]


def test_the_nightly_task_runs_the_rules():
    from korus_site.core.tasks import apply_retention_rules

    assert set(apply_retention_rules.apply().get()) == {rule.name for rule in retention.rules()}
