"""A form's error messages read as Norwegian in bokmål and in nynorsk, never as English.

Each form is fetched and posted back as a person does, with input it must refuse, in each of the
two written standards; the error text must hold the expected Norwegian words and none of the
English words that only appear when a message has no translation.
"""

import re
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext, gettext_lazy

from tests.factories import UserFactory
from tests.forms import Form
from tests.network.conftest import areas, kjentmann, other_kjentmann  # noqa: F401 (the network's fixtures, here)
from tests.network.test_privacy import FNR

pytestmark = pytest.mark.django_db

# Words common in Django's and this project's English messages that are not Norwegian words.
ENGLISH = re.compile(
    r"\b(the|this|please|must|field|required|enter|valid|least|submit|characters|your|should|which|"
    r"cannot|invalid|ensure|select|password|form)\b",
    re.IGNORECASE,
)


def main_text(response) -> str:
    """The visible text of the page's <main>, tags and scripts removed, whitespace collapsed."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.DOTALL)
    main = re.sub(r"<[^>]+>", " ", main)
    return " ".join(main.split())


def in_language(client, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "Passordet er for kort. Bruk minst 10 tegn."), ("nn", "Passordet er for kort. Bruk minst 10 teikn.")],
)
def test_set_password_errors_are_norwegian(client, home_page, language, expected):
    user = UserFactory(email="kari@skole.test")
    link = f"/konto/passord/{urlsafe_base64_encode(force_bytes(user.pk))}/{default_token_generator.make_token(user)}/"
    in_language(client, language)
    form = Form.from_response(client.get(link, follow=True))
    answer = form.submit(client, changes={"new_password1": "kort", "new_password2": "kort"})
    assert answer.status_code == 200
    text = main_text(answer)
    assert expected in text
    assert not ENGLISH.search(text), ENGLISH.findall(text)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "Fyll ut minst 1 deltaker."), ("nn", "Fyll ut minst 1 deltakar.")],
)
def test_sign_up_with_an_empty_participant_row_says_what_is_missing(client, series, language, expected):
    in_language(client, language)
    form = Form.from_response(client.get(series.url + "pamelding/"))
    answer = form.submit(client, changes={"informed": "on"})
    assert answer.status_code == 200
    text = main_text(answer)
    assert expected in text
    assert "Vennligst" not in text
    assert not ENGLISH.search(text), ENGLISH.findall(text)


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize(("address", "field"), [("/konto/logg-inn/", "username"), ("/konto/glemt-passord/", "email")])
def test_account_forms_refuse_empty_fields_in_norwegian(client, home_page, language, address, field):
    in_language(client, language)
    form = Form.from_response(client.get(address), having=field)
    answer = form.submit(client, changes={field: ""})
    assert answer.status_code == 200
    text = main_text(answer)
    assert {"nb": "Dette feltet er påkrevet.", "nn": "Feltet er påkravd."}[language] in text
    assert not ENGLISH.search(text), ENGLISH.findall(text)


# Every form a person submits on the public site -------------------------------------------------
#
# Each case logs in as the person who meets the form, GETs the real page, posts back input the form
# must refuse and returns the answer with the messages (English source texts, as callables run in the
# active language) that must stand on it. The test runs each case in bokmål and in nynorsk.


def _refusal() -> str:
    """The start of the privacy guard's refusal, before the digits it quotes."""
    from network.privacy import REFUSAL

    return str(REFUSAL).split("%(")[0].strip()


def _required() -> str:
    return gettext("This field is required.")


def _contact_with_enrollment(series):
    from courses.models import Enrollment
    from courses.services import enrollment as service
    from courses.services.enrollment import Person
    from tests.factories import SchoolFactory

    contact = UserFactory(email="kontakt@bakkeby.test", first_name="Kari", last_name="Kontakt")
    people = [Person("Nils", "Deltaker", "nils@bakkeby.test", "laerer")]
    service.register(series=series, school=SchoolFactory(name="Bakkeby skole"), contact=contact, people=people)
    return contact, Enrollment.objects.get(participant__email="nils@bakkeby.test")


def _topic(request):
    from network.services import posting

    forum_areas, writer = request.getfixturevalue("areas"), request.getfixturevalue("kjentmann")
    return posting.start_topic(user=writer, area=forum_areas["korus-oslo"], title="Tema", text="Første innlegg.")


def _plan_school(request):
    from tests.factories import RegistrationFactory, SchoolFactory

    school = SchoolFactory(name="Tårnåsen skole")
    contact = UserFactory(email="plan@skole.test")
    RegistrationFactory(school=school, series=request.getfixturevalue("series"), contact=contact)
    return school, contact


def case_login(client, request):
    request.getfixturevalue("home_page")
    form = Form.open(client, "/konto/logg-inn/", having="username")
    return form.submit(client, changes={"username": "", "password": ""}), [_required]


def case_login_wrong_password(client, request):
    request.getfixturevalue("home_page")
    UserFactory(email="kari@skole.test")
    form = Form.open(client, "/konto/logg-inn/", having="username")
    answer = form.submit(client, changes={"username": "kari@skole.test", "password": "feil-passord-1234"})
    return answer, [lambda: gettext("The e-mail address or password is wrong. Check both and try again.")]


def case_password_reset(client, request):
    request.getfixturevalue("home_page")
    form = Form.open(client, "/konto/glemt-passord/", having="email")
    return form.submit(client, changes={"email": "ikke-en-adresse"}), [lambda: gettext("Enter a valid email address.")]


def case_set_password(client, request):
    request.getfixturevalue("home_page")
    user = UserFactory(email="kari@skole.test")
    link = f"/konto/passord/{urlsafe_base64_encode(force_bytes(user.pk))}/{default_token_generator.make_token(user)}/"
    form = Form.from_response(client.get(link, follow=True))
    answer = form.submit(client, changes={"new_password1": "lang-nok-passord-1", "new_password2": "noe-annet-passord"})
    return answer, [lambda: gettext("The two password fields didn’t match.")]


def case_set_password_like_the_address(client, request):
    request.getfixturevalue("home_page")
    user = UserFactory(email="kari.nordmann@skole.test", first_name="Kari", last_name="Nordmann")
    link = f"/konto/passord/{urlsafe_base64_encode(force_bytes(user.pk))}/{default_token_generator.make_token(user)}/"
    form = Form.from_response(client.get(link, follow=True))
    answer = form.submit(client, changes={"new_password1": "kari.nordmann", "new_password2": "kari.nordmann"})
    return answer, [
        lambda: gettext("The password is too much like your name or e-mail address. Choose one less like them."),
        lambda: gettext("Type the same password once more, to check that it is right."),
    ]


def case_profile(client, request):
    request.getfixturevalue("home_page")
    client.force_login(UserFactory(email="kari@skole.test", first_name="Kari", last_name="Berg"))
    form = Form.open(client, "/konto/", having="first_name")
    return form.submit(client, changes={"first_name": f"Kari {FNR}"}), [_refusal]


def case_delete_account(client, request):
    request.getfixturevalue("home_page")
    client.force_login(UserFactory(email="kari@skole.test"))
    form = Form.open(client, "/konto/slett/", having="password")
    return form.submit(client, changes={"password": "ikke-passordet"}), [lambda: gettext("The password is wrong.")]


def case_sign_up(client, request):
    series = request.getfixturevalue("series")
    form = Form.open(client, series.url + "pamelding/", having="participants-0-email")
    changes = {"orgnr": "123", "contact_first_name": f"Kari {FNR}", "contact_email": "kari", "informed": ""}
    answer = form.submit(client, changes=changes)
    return answer, [
        _refusal,
        _required,
        lambda: gettext("Enter a valid email address."),
        lambda: gettext("Confirm that the participants know about the sign-up."),
    ]


def case_swap(client, request):
    contact, enrollment = _contact_with_enrollment(request.getfixturevalue("series"))
    client.force_login(contact)
    form = Form.open(client, f"/min-skole/pamelding/{enrollment.pk}/bytt/", having="first_name")
    changes = {"first_name": "", "last_name": f"Lie {FNR}", "email": "ny", "role": "laerer"}
    return form.submit(client, changes=changes), [_required, _refusal, lambda: gettext("Enter a valid email address.")]


def case_cancel(client, request):
    contact, enrollment = _contact_with_enrollment(request.getfixturevalue("series"))
    client.force_login(contact)
    form = Form.open(client, f"/min-skole/pamelding/{enrollment.pk}/avmeld/", "main form[method=post]")
    answer = form.submit(client, follow=True)
    facts = {"name": "Nils Deltaker", "series": "Kjentmann Oslo"}
    return answer, [lambda: gettext("%(name)s is no longer signed up for %(series)s.") % facts]


def case_correct(client, request):
    contact, enrollment = _contact_with_enrollment(request.getfixturevalue("series"))
    client.force_login(contact)
    form = Form.open(client, f"/min-skole/pamelding/{enrollment.pk}/rett/", having="email")
    changes = {"first_name": f"Nils {FNR}", "email": "", "role": ""}
    return form.submit(client, changes=changes), [_refusal, _required]


def case_check_in_code(client, request):
    from tests.factories import EnrollmentFactory

    client.force_login(EnrollmentFactory(series=request.getfixturevalue("series")).participant)
    form = Form.open(client, "/innsjekk/", "form.check-in-form")
    answer = form.submit(client, changes={"code": "x"})
    message = "The code has six letters and digits, for example K7P-4QX. Type it as it stands on the screen."
    return answer, [lambda: gettext(message)]


def case_new_topic(client, request):
    forum_areas, writer = request.getfixturevalue("areas"), request.getfixturevalue("kjentmann")
    client.force_login(writer)
    form = Form.open(client, f"/nettverk/{forum_areas['korus-oslo'].slug}/nytt-tema/", having="title")
    return form.submit(client, changes={"title": "", "text": f"Eleven har nummer {FNR}."}), [_required, _refusal]


def case_reply(client, request):
    topic = _topic(request)
    client.force_login(request.getfixturevalue("other_kjentmann"))
    form = Form.open(client, topic.get_absolute_url(), having="text", action_contains="/svar/")
    return form.submit(client, changes={"text": ""}), [_required]


def case_reply_with_identifiers(client, request):
    topic = _topic(request)
    client.force_login(request.getfixturevalue("other_kjentmann"))
    form = Form.open(client, topic.get_absolute_url(), having="text", action_contains="/svar/")
    answer = form.submit(client, changes={"text": "Ola, 14 år, har vært borte mye."})
    return answer, [lambda: gettext("Check the text for the things listed above, change it if needed, and confirm.")]


def case_edit_post(client, request):
    topic = _topic(request)
    client.force_login(request.getfixturevalue("kjentmann"))
    form = Form.open(client, f"/nettverk/innlegg/{topic.posts.get().pk}/rediger/", having="text")
    return form.submit(client, changes={"text": f"Første innlegg. {FNR}"}), [_refusal]


def case_report(client, request):
    topic = _topic(request)
    client.force_login(request.getfixturevalue("other_kjentmann"))
    form = Form.open(client, f"/nettverk/innlegg/{topic.posts.get().pk}/rapporter/", having="reason")
    return form.submit(client, changes={"reason": ""}), [_required]


def case_delete_post(client, request):
    topic = _topic(request)
    client.force_login(request.getfixturevalue("kjentmann"))
    form = Form.open(client, f"/nettverk/innlegg/{topic.posts.get().pk}/slett/", having="reason")
    return form.submit(client, changes={"reason": f"Feil elev {FNR}"}), [_refusal]


def case_hide_post(client, request):
    topic = _topic(request)
    client.force_login(request.getfixturevalue("oslo_staff"))
    form = Form.open(client, f"/nettverk/moderering/innlegg/{topic.posts.get().pk}/hide/", having="reason")
    return form.submit(client, changes={"reason": FNR}), [_refusal]


def case_lock_topic(client, request):
    topic = _topic(request)
    client.force_login(request.getfixturevalue("oslo_staff"))
    form = Form.open(client, f"/nettverk/moderering/tema/{topic.pk}/lock/", having="reason")
    return form.submit(client, changes={"reason": f"Nummer {FNR}"}), [_refusal]


def case_suspend(client, request):
    _topic(request)
    client.force_login(request.getfixturevalue("oslo_staff"))
    form = Form.open(client, f"/nettverk/moderering/medlem/{request.getfixturevalue('kjentmann').pk}/", having="reason")
    answer = form.submit(client, changes={"days": "0", "reason": ""})
    minimum = gettext_lazy("Ensure this value is greater than or equal to %(limit_value)s.")
    return answer, [_required, lambda: str(minimum) % {"limit_value": 1}]


def case_member_settings(client, request):
    client.force_login(request.getfixturevalue("kjentmann"))
    form = Form.open(client, "/nettverk/innstillinger/", having="handle")
    return form.submit(client, changes={"handle": FNR}), [_refusal]


def case_plan_goals(client, request):
    school, contact = _plan_school(request)
    client.force_login(contact)
    form = Form.open(client, f"/skoleplan/{school.pk}/rediger/mal/", having="goals")
    return form.submit(client, changes={"goals": f"Gjelder eleven {FNR}."}), [_refusal]


def _plan_row_case(slug: str, field: str, value: str, *expected):
    def case(client, request):
        school, contact = _plan_school(request)
        client.force_login(contact)
        form = Form.open(client, f"/skoleplan/{school.pk}/rediger/{slug}/", having=field)
        return form.submit(client, changes={field: value}), list(expected)

    return case


FORM_CASES = {
    "login": case_login,
    "login-wrong-password": case_login_wrong_password,
    "password-reset": case_password_reset,
    "set-password": case_set_password,
    "set-password-like-the-address": case_set_password_like_the_address,
    "profile": case_profile,
    "delete-account": case_delete_account,
    "sign-up": case_sign_up,
    "swap": case_swap,
    "cancel": case_cancel,
    "correct-participant": case_correct,
    "check-in-code": case_check_in_code,
    "forum-new-topic": case_new_topic,
    "forum-reply": case_reply,
    "forum-reply-identifiers": case_reply_with_identifiers,
    "forum-edit": case_edit_post,
    "forum-report": case_report,
    "forum-delete-own-post": case_delete_post,
    "forum-hide-post": case_hide_post,
    "forum-lock-topic": case_lock_topic,
    "forum-suspend": case_suspend,
    "forum-member-settings": case_member_settings,
    "plan-goals": case_plan_goals,
    "plan-prevention": _plan_row_case("forebygging", "prevention-0-what", f"Eleven {FNR}", _refusal),
    "plan-situations": _plan_row_case("oppfolging", "situations-0-follow_up", f"Eleven {FNR}", _refusal),
    "plan-partners": _plan_row_case(
        "samarbeidspartnere", "partners-0-email", "ikke-en-adresse", lambda: gettext("Enter a valid email address.")
    ),
    "plan-roles": _plan_row_case("roller", "roles-0-tasks", f"Eleven {FNR}", _refusal),
}

# The form classes each case above puts in front of a person.
FORMS_IN_CASES = {
    "korus_site.accounts.forms.LoginForm": ["login", "login-wrong-password"],
    "korus_site.accounts.forms.PasswordResetForm": ["password-reset"],
    "korus_site.accounts.forms.SetPasswordForm": ["set-password", "set-password-like-the-address"],
    "korus_site.accounts.forms.ProfileForm": ["profile"],
    "korus_site.accounts.forms.DeleteAccountForm": ["delete-account"],
    "courses.forms.SchoolForm": ["sign-up"],
    "courses.forms.ParticipantForm": ["sign-up"],
    "courses.forms.SwapForm": ["swap"],
    "courses.forms.CorrectParticipantForm": ["correct-participant"],
    "courses.forms.CheckInCodeForm": ["check-in-code"],
    "network.forms.PostForm": ["forum-reply", "forum-reply-identifiers"],
    "network.forms.TopicForm": ["forum-new-topic"],
    "network.forms.EditForm": ["forum-edit"],
    "network.forms.ReportForm": ["forum-report"],
    "network.forms.HideForm": ["forum-delete-own-post", "forum-hide-post", "forum-lock-topic"],
    "network.forms.SuspendForm": ["forum-suspend"],
    "network.forms.MemberSettingsForm": ["forum-member-settings"],
    "courses.plan_forms.GoalsForm": ["plan-goals"],
    "courses.plan_forms.PreventionRowForm": ["plan-prevention"],
    "courses.plan_forms.SituationRowForm": ["plan-situations"],
    "courses.plan_forms.PartnerRowForm": ["plan-partners"],
    "courses.plan_forms.RoleRowForm": ["plan-roles"],
}

# Forms left out on purpose, each with the reason.
NOT_IN_CASES = {
    "korus_site.core.forms.KorusForm": "the base class of the site's forms, never shown itself",
    "korus_site.core.forms.KorusModelForm": "the base class of the site's model forms, never shown itself",
    "korus_site.accounts.forms.AdminLoginForm": "the Wagtail admin's login, in the staff member's language",
    "courses.plan_forms.KommunePartnerForm": "the Wagtail admin's form for a kommune's partner list",
    "courses.forms.FinderForm": "the course finder's filters are choices; a value it does not know is ignored, "
    "never shown as an error",
    "network.forms.MoveForm": "a moderator picks the area from a list; anything else is refused as forbidden (403)",
    "courses.admin_views.StaffAddForm": "staff add a participant in the Wagtail admin, in the staff member's language",
}

# Cases for pages whose form is a bare button, without a form class.
WITHOUT_FORM_CLASS = {"cancel": "cancelling a place is one button; its answer is the message on «Min skole»"}

FORM_BASES = re.compile(r"\b(KorusForm|KorusModelForm|DesignsystemetMixin)\b")
PUBLIC_FORM_MODULES = ("courses.forms", "courses.plan_forms", "network.forms", "korus_site.accounts.forms")


def _all_subclasses(cls) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_all_subclasses(sub)}
    return found


def test_every_form_of_the_site_is_in_the_inventory():
    """A new form must get a case above (or a reason to be left out) before it reaches anyone."""
    import importlib

    from django import forms as django_forms

    from korus_site.core.forms import DesignsystemetMixin

    for module in {*PUBLIC_FORM_MODULES, *(name.rsplit(".", 1)[0] for name in [*FORMS_IN_CASES, *NOT_IN_CASES])}:
        importlib.import_module(module)
    # Any other module that builds on the site's form classes, wherever it lives.
    root = Path(settings.BASE_DIR)
    for package in ("courses", "network", "home", "korus_site"):
        for source in sorted((root / package).rglob("*.py")):
            if "migrations" in source.parts or not FORM_BASES.search(source.read_text()):
                continue
            importlib.import_module(".".join(source.relative_to(root).with_suffix("").parts))
    classes = _all_subclasses(DesignsystemetMixin) | {
        cls for cls in _all_subclasses(django_forms.BaseForm) if cls.__module__ in PUBLIC_FORM_MODULES
    }
    names = {f"{cls.__module__}.{cls.__qualname__}" for cls in classes}
    names = {name for name in names if name.startswith(("courses.", "network.", "home.", "korus_site."))}
    missing = names - set(FORMS_IN_CASES) - set(NOT_IN_CASES)
    assert not missing, f"forms without a case in FORM_CASES (or a reason in NOT_IN_CASES): {sorted(missing)}"
    assert set(FORMS_IN_CASES).isdisjoint(NOT_IN_CASES)
    assert not (set(FORMS_IN_CASES) | set(NOT_IN_CASES)) - names, "the inventory names a form that is gone"
    used = {case for cases in FORMS_IN_CASES.values() for case in cases}
    assert used | set(WITHOUT_FORM_CLASS) == set(FORM_CASES)


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize("case", sorted(FORM_CASES))
def test_every_form_refuses_bad_input_in_norwegian(client, request, case, language):
    in_language(client, language)
    answer, expected = FORM_CASES[case](client, request)
    assert answer.status_code == 200, answer.status_code
    assert answer["Content-Language"] == language
    text = main_text(answer)
    for message in expected:
        with translation.override(language):
            norwegian = message()
        with translation.override("en"):
            english = message()
        assert norwegian != english, f"no {language} translation of: {english}"
        assert norwegian in text, f"{norwegian!r} is not on the page"
    assert not ENGLISH.search(text), ENGLISH.findall(text)


def test_no_template_comment_spans_lines():
    """``{# … #}`` ends on its own line; over several lines Django prints it to the reader, in English."""
    root = Path(settings.BASE_DIR) / "templates"
    opened = [
        f"{template.relative_to(root)}:{number}"
        for template in sorted(root.rglob("*.*"))
        for number, line in enumerate(template.read_text().splitlines(), 1)
        if "{#" in line and "#}" not in line.split("{#", 1)[1]
    ]
    assert not opened, opened


@pytest.mark.parametrize(
    ("language", "expected"), [("nb", "Bruk høyst 150 tegn (nå 428)."), ("nn", "Bruk høgst 150 teikn (no 428).")]
)
def test_a_too_long_answer_is_refused_in_our_own_words(client, areas, kjentmann, language, expected):  # noqa: F811
    client.force_login(kjentmann)
    in_language(client, language)
    form = Form.open(client, "/nettverk/hele-landet/nytt-tema/", having="title")
    form["title"] = "x" * 428
    form["text"] = "Hei."
    text = main_text(form.submit(client))
    assert expected in text
    assert "Sørg for" not in text
