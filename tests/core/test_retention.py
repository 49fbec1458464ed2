import datetime

import pytest

from django.utils import timezone

from courses.models import CertificateHold, Enrollment, PlanVersion, QuizAttempt, SchoolPlan
from korus_site.core import retention
from korus_site.core.models import OutboxMessage
from tests.factories import (
    CertificateHoldFactory,
    EnrollmentFactory,
    PlanVersionFactory,
    QuizAttemptFactory,
    SchoolPlanFactory,
)

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
        "plan_versions",
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


def saved(days_ago: int, **fields) -> PlanVersion:
    """A plan version saved ``days_ago`` days before now."""
    version = PlanVersionFactory(**fields)
    PlanVersion.objects.filter(pk=version.pk).update(created_at=timezone.now() - datetime.timedelta(days=days_ago))
    return version


def test_old_plan_versions_go_but_each_plans_newest_version_stays():
    now = timezone.now()
    busy = SchoolPlanFactory()
    oldest, old, recent = saved(1600, plan=busy), saved(1200, plan=busy), saved(300, plan=busy)
    quiet = SchoolPlanFactory()
    replaced, newest_but_old = saved(2000, plan=quiet), saved(1500, plan=quiet)
    untouched = SchoolPlanFactory()
    only = saved(3000, plan=untouched)
    same_moment = SchoolPlanFactory()
    first, second = saved(1500, plan=same_moment), saved(1500, plan=same_moment)
    PlanVersion.objects.filter(pk=second.pk).update(created_at=PlanVersion.objects.get(pk=first.pk).created_at)
    just_in_time = saved(3 * 365 - 2, plan=SchoolPlanFactory())
    saved(1, plan=just_in_time.plan)

    assert retention.apply_all(now)["plan_versions"] == 4
    kept = set(PlanVersion.objects.values_list("pk", flat=True))
    assert {recent.pk, newest_but_old.pk, only.pk, second.pk, just_in_time.pk} <= kept
    assert not kept & {oldest.pk, old.pk, replaced.pk, first.pk}
    assert SchoolPlan.objects.count() == 5  # the plans themselves stay
    assert retention.apply_all(now)["plan_versions"] == 0  # nothing more to do the next night


def test_the_nightly_task_runs_the_rules():
    from korus_site.core.tasks import apply_retention_rules

    assert set(apply_retention_rules.apply().get()) == {rule.name for rule in retention.rules()}
