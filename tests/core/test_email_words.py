"""Every kind of e-mail reads as Norwegian in the recipient's written standard, bokmål or nynorsk.

Each kind is sent through the service function the outbox runs, to a recipient whose account is
set to bokmål and then to nynorsk. The subject, the plain text and the HTML's visible text must hold
none of the English words that only appear when a message has no translation, and the nynorsk
e-mail must differ from the bokmål one.
"""

import datetime
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import timezone

from courses.choices import CancelReason, EnrollmentStatus
from courses.services import notices
from korus_site.accounts.models import User
from network.models import Notification
from tests.core.test_form_words import ENGLISH
from tests.factories import (
    CertificateFactory,
    CertificateHoldFactory,
    CourseSeriesPageFactory,
    EnrollmentFactory,
    MaterialVersionFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    NotificationFactory,
    PostFactory,
    RegistrationFactory,
    ReportFactory,
    SchoolFactory,
    SeriesModuleFactory,
    UserFactory,
)
from tests.network.conftest import areas  # noqa: F401 (the network's areas, as a fixture here)

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates" / "emails"
# What a sentence looks like when a name or reason it quotes was empty: "()", "til ." or "til ,".
EMPTY_PLACEHOLDER = re.compile(r"\(\s*\)|[^\s.]\s+[.,](\s|$)")


def visible(html: str) -> str:
    """The text a reader sees in an HTML e-mail: no head, styles or tags; whitespace collapsed."""
    html = re.sub(r"<(head|style|script)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _person(language: str = "nb", **fields) -> User:
    return UserFactory(email=fields.pop("email", "mottaker@skole.test"), language=language, **fields)


def enrollment_notice(kind: str, status: str, reason: str = ""):
    def case(request):
        series = request.getfixturevalue("series")
        enrollment = EnrollmentFactory(series=series, participant=_person(), status=status, cancel_reason=reason)
        return enrollment.participant, lambda: notices.send_enrollment_notice(enrollment.pk, kind)

    return case


def enrollment_replaced(request):
    from courses.services import enrollment as service
    from courses.services.enrollment import Person

    enrollment = _confirmed(request)
    service.swap(enrollment, Person("Nora", "Kollega", "nora@skole.test", "laerer"))
    return enrollment.participant, lambda: notices.send_enrollment_notice(enrollment.pk, "replaced")


def registration_receipt(request):
    from courses.services import enrollment as service
    from courses.services.enrollment import Person

    contact = _person(email="kontakt@skole.test")
    people = [Person("Nils", "Deltaker", "nils@skole.test", "laerer")]
    registration = service.register(
        series=request.getfixturevalue("series"), school=SchoolFactory(), contact=contact, people=people, notify=False
    )
    return contact, lambda: notices.send_registration_receipt(registration.pk)


def _confirmed(request):
    return EnrollmentFactory(series=request.getfixturevalue("series"), participant=_person())


def gathering_reminder(request):
    enrollment = _confirmed(request)
    gathering = enrollment.series.gathering_list[0]
    return enrollment.participant, lambda: notices.send_gathering_reminder(enrollment.pk, gathering.pk)


def module_reminder(request):
    enrollment = _confirmed(request)
    library = ModuleIndexPageFactory(parent=request.getfixturevalue("home_page"))
    module = ModulePageFactory(parent=library, title="Signaler", slug="signaler")
    SeriesModuleFactory(series=enrollment.series, module=module, due_before=2)
    return enrollment.participant, lambda: notices.send_module_reminder(enrollment.pk, module.pk)


def certificate_issued(request):
    from django.core.files.base import ContentFile

    from courses.services.certificates import render_pdf

    certificate = CertificateFactory(enrollment=_confirmed(request))
    certificate.pdf.save(f"kursbevis-{certificate.code}.pdf", ContentFile(render_pdf(certificate)))
    return certificate.enrollment.participant, lambda: notices.send_certificate(certificate.pk)


def certificate_hold(request):
    staff = request.getfixturevalue("oslo_staff")
    hold = CertificateHoldFactory(enrollment=_confirmed(request))
    return staff, lambda: notices.send_certificate_hold(hold.pk, staff.email)


def gathering_change(kind: str):
    def case(request):
        enrollment = _confirmed(request)
        gathering = enrollment.series.gathering_list[0]
        before = {
            "starts_at": (gathering.starts_at - datetime.timedelta(days=1)).isoformat(),
            "ends_at": (gathering.ends_at - datetime.timedelta(days=1)).isoformat(),
            "place": "Gamle salen",
        }
        if kind == "cancelled":
            type(gathering).objects.filter(pk=gathering.pk).update(cancelled=True)
        gathering.refresh_from_db()

        def send():
            return notices.send_gathering_change(
                enrollment.pk, gathering.pk, gathering.calendar_sequence, kind=kind, before=before
            )

        return enrollment.participant, send

    return case


def series_withdrawn(reason: str):
    def case(request):
        enrollment = _confirmed(request)
        if reason == "unpublished":
            enrollment.series.unpublish()
        else:
            enrollment.end(CancelReason.SERIES_CANCELLED, timezone.now())
        return enrollment.participant, lambda: notices.send_series_withdrawn(
            enrollment.series_id, enrollment.participant_id, reason=reason
        )

    return case


def participant_corrected(request):
    enrollment = _confirmed(request)
    contact = enrollment.registration.contact
    changes = [
        {"field": "first_name", "from": "Nils", "to": "Nora"},
        {"field": "role", "from": "laerer", "to": "radgiver"},
    ]
    return enrollment.participant, lambda: notices.send_participant_corrected(enrollment.pk, contact.pk, changes)


def network_invitation(request):
    kjentmann = request.getfixturevalue("make_kjentmann")(email="mottaker@skole.test", first_name="Kari")
    series = CourseSeriesPageFactory(
        parent=request.getfixturevalue("oslo_courses"), title="Nettverkssamling Oslo", is_network_gathering=True
    )
    return kjentmann, lambda: notices.send_network_invitation(series.pk, kjentmann.pk)


def network_seat(kind: str, status: str):
    """A Kjentmann who signed themselves up for a network gathering (the sign-up's contact is the participant)."""

    def case(request):
        kjentmann = request.getfixturevalue("make_kjentmann")(email="mottaker@skole.test", first_name="Kari")
        series = CourseSeriesPageFactory(
            parent=request.getfixturevalue("oslo_courses"), title="Nettverkssamling Oslo", is_network_gathering=True
        )
        enrollment = EnrollmentFactory(
            series=series, participant=kjentmann, registration__contact=kjentmann, status=status
        )
        return kjentmann, lambda: notices.send_enrollment_notice(enrollment.pk, kind)

    return case


def plan_evaluation(request):
    from courses.models import SchoolPlan
    from courses.services import plans

    school = SchoolFactory(name="Tårnåsen skole")
    contact = _person(email="kontakt@skole.test")
    RegistrationFactory(school=school, series=request.getfixturevalue("series"), contact=contact)
    plan = plans.plan_for(school)
    SchoolPlan.objects.filter(pk=plan.pk).update(evaluated_on=timezone.localdate() - datetime.timedelta(days=366))
    return contact, lambda: notices.send_plan_evaluation_reminder(plan.pk, contact.pk)


def password_link(purpose: str):
    def case(request):
        from korus_site.accounts.services import send_password_link

        request.getfixturevalue("home_page")
        person = _person()
        if purpose == "welcome":
            person.set_unusable_password()
            person.save()
        return person, lambda: send_password_link(person.pk, purpose=purpose)

    return case


def _forum(request):
    from network.services import posting

    forum_areas = request.getfixturevalue("areas")
    reader = request.getfixturevalue("make_kjentmann")(email="mottaker@skole.test", first_name="Kari")
    writer = request.getfixturevalue("make_kjentmann")(email="skriver@skole.test", first_name="Siv")
    topic = posting.start_topic(user=reader, area=forum_areas["korus-oslo"], title="Tema", text="Start.")
    return reader, writer, topic


def forum_notice(kind: str):
    def case(request):
        from network.services.notifications import send_immediate

        reader, writer, topic = _forum(request)
        if kind == "material":
            version = MaterialVersionFactory(
                page__parent=request.getfixturevalue("home_page"), change_note="Nye tall for 2026."
            )
            notification = NotificationFactory(user=reader, kind=kind, post=None, material_version=version)
        elif kind == "report":
            reader = request.getfixturevalue("oslo_staff")
            post = PostFactory(topic=topic, author=writer, body="Et innlegg.")
            ReportFactory(post=post, reporter=writer)
            notification = NotificationFactory(user=reader, kind=kind, post=post)
        else:
            post = PostFactory(topic=topic, author=writer if kind != "hidden" else reader, body="Et svar.")
            if kind == "hidden":
                type(post).objects.filter(pk=post.pk).update(hidden=True, hidden_reason="Brudd på retningslinjene")
            if kind == "locked":
                type(topic).objects.filter(pk=topic.pk).update(locked=True)
            note = "Brudd på retningslinjene." if kind in {"hidden", "locked"} else ""
            notification = NotificationFactory(user=reader, kind=kind, post=post, note=note)
        return reader, lambda: send_immediate(notification.pk)

    return case


def forum_digest(request):
    from network.services.notifications import send_digest

    reader, writer, topic = _forum(request)
    NotificationFactory(user=reader, kind="reply", post=PostFactory(topic=topic, author=writer, body="Svar én."))
    return reader, lambda: send_digest(reader.pk, timezone.localdate().isoformat())


EMAIL_CASES = {
    "accounts/password_reset": password_link("reset"),
    "accounts/password_welcome": password_link("welcome"),
    "courses/certificate_hold": certificate_hold,
    "courses/certificate_issued": certificate_issued,
    "courses/enrollment_cancelled": enrollment_notice("cancelled", EnrollmentStatus.CANCELLED, CancelReason.BY_SCHOOL),
    "courses/enrollment_confirmed": enrollment_notice("confirmed", EnrollmentStatus.CONFIRMED),
    "courses/enrollment_confirmed [network gathering, signed up oneself]": network_seat(
        "confirmed", EnrollmentStatus.CONFIRMED
    ),
    "courses/enrollment_promoted": enrollment_notice("promoted", EnrollmentStatus.CONFIRMED),
    "courses/enrollment_waitlisted [network gathering, signed up oneself]": network_seat(
        "waitlisted", EnrollmentStatus.WAITLISTED
    ),
    "courses/enrollment_replaced": enrollment_replaced,
    "courses/enrollment_waitlist_closed": enrollment_notice(
        "waitlist_closed", EnrollmentStatus.CANCELLED, CancelReason.WAITLIST_CLOSED
    ),
    "courses/enrollment_waitlisted": enrollment_notice("waitlisted", EnrollmentStatus.WAITLISTED),
    "courses/gathering_cancelled": gathering_change("cancelled"),
    "courses/gathering_changed": gathering_change("changed"),
    "courses/gathering_reminder": gathering_reminder,
    "courses/module_reminder": module_reminder,
    "courses/network_invitation": network_invitation,
    "courses/participant_corrected": participant_corrected,
    "courses/plan_evaluation": plan_evaluation,
    "courses/registration_receipt": registration_receipt,
    "courses/series_cancelled": series_withdrawn("cancelled"),
    "courses/series_unpublished": series_withdrawn("unpublished"),
    "network/digest": forum_digest,
    **{
        f"network/notification ({kind})": forum_notice(kind)
        for kind in sorted(["reply", "mention", "new_topic", "material", "report", "hidden", "locked"])
    },
}


def test_every_kind_of_email_has_a_case():
    """A new e-mail template (or a new kind of forum notification) must get a case above."""
    from network.choices import NotificationKind

    kinds = {str(path.relative_to(TEMPLATES))[: -len("_subject.txt")] for path in TEMPLATES.rglob("*_subject.txt")}
    cased = {name.split(" ")[0] for name in EMAIL_CASES}
    assert kinds == cased
    notification_kinds = {name.split("(")[1].rstrip(")") for name in EMAIL_CASES if "(" in name}
    assert notification_kinds == set(NotificationKind.values)


@pytest.mark.parametrize("kind", sorted(EMAIL_CASES))
def test_every_email_is_norwegian_in_each_written_standard(request, mailoutbox, kind):
    recipient, send = EMAIL_CASES[kind](request)
    sent = {}
    for language in ("nb", "nn"):
        User.objects.filter(pk=recipient.pk).update(language=language)
        Notification.objects.update(emailed_at=None)
        mailoutbox.clear()
        assert send() is True
        (message,) = [m for m in mailoutbox if m.to == [recipient.email]]
        html = next(content for content, mimetype in message.alternatives if mimetype == "text/html")
        sent[language] = message.subject, message.body, visible(html)
        for part in sent[language]:
            assert not ENGLISH.search(part), (language, ENGLISH.findall(part), part)
            assert not EMPTY_PLACEHOLDER.search(part), (language, part)
        assert f'lang="{language}"' in html
    assert sent["nb"][0] != sent["nn"][0] or sent["nb"][1] != sent["nn"][1], "nynorsk reads as bokmål"
    assert sent["nb"][1] != sent["nn"][1], "the nynorsk text is the bokmål text"
