import datetime

import pytest

from django.utils import timezone

from courses.models import CertificateHold, Enrollment, QuizAttempt
from korus_site.core import retention
from korus_site.core.models import SentNotice
from tests.factories import CertificateHoldFactory, EnrollmentFactory, QuizAttemptFactory

pytestmark = pytest.mark.django_db


def test_every_kind_of_personal_data_has_a_rule():
    names = {rule.name for rule in retention.rules()}
    assert {
        "sent_notices",
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
    old = SentNotice.objects.create(key="gammel", recipient="a@b.test")
    SentNotice.objects.filter(pk=old.pk).update(sent_at=now - datetime.timedelta(days=400))
    SentNotice.objects.create(key="ny", recipient="a@b.test")
    gone = EnrollmentFactory(series=series, status="cancelled", cancelled_at=now - datetime.timedelta(days=400))
    kept = EnrollmentFactory(series=series, status="cancelled", cancelled_at=now - datetime.timedelta(days=30))
    attempt = QuizAttemptFactory()
    QuizAttempt.objects.filter(pk=attempt.pk).update(submitted_at=now - datetime.timedelta(days=800))
    recent_attempt = QuizAttemptFactory()
    old_hold, new_hold = CertificateHoldFactory(), CertificateHoldFactory()
    CertificateHold.objects.filter(pk=old_hold.pk).update(updated_at=now - datetime.timedelta(days=800))
    result = retention.apply_all(now)
    assert result["sent_notices"] == 1
    assert list(SentNotice.objects.values_list("key", flat=True)) == ["ny"]
    assert not Enrollment.objects.filter(pk=gone.pk).exists()
    assert Enrollment.objects.filter(pk=kept.pk).exists()
    assert list(QuizAttempt.objects.values_list("pk", flat=True)) == [recent_attempt.pk]
    assert list(CertificateHold.objects.values_list("pk", flat=True)) == [new_hold.pk]


def test_the_nightly_task_runs_the_rules():
    from korus_site.core.tasks import apply_retention_rules

    assert set(apply_retention_rules.apply().get()) == {rule.name for rule in retention.rules()}
