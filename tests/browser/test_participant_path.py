"""A participant's path on a 390 px phone and a 1280 px desktop: an overdue module on "Mine kurs", a
reflection kept by "Neste del" with a warning before leaving it unsaved, a failed quiz that does not
give the right answers away, and "Neste modul" after the pass. No sideways scrolling, no axe-core
violations."""

import datetime
import json

import pytest
from playwright.sync_api import expect

from django.utils import timezone, translation

from tests.browser.conftest import assert_accessible, fits, login
from tests.browser.test_courses import nb
from tests.factories.accounts import PASSWORD


@pytest.fixture
def path(oslo_courses, home_page):
    from tests.factories import (
        CourseSeriesPageFactory,
        EnrollmentFactory,
        ModuleIndexPageFactory,
        ModulePageFactory,
        SeriesModuleFactory,
    )

    series = CourseSeriesPageFactory(
        parent=oslo_courses,
        title="Kjentmannsopplæring for ungdomsskoler i Groruddalen",
        start=timezone.now() - datetime.timedelta(hours=3),
    )
    library = ModuleIndexPageFactory(parent=home_page)
    body = [
        {"type": "section", "value": {"heading": "Tegn å se etter"}, "id": "s1"},
        {"type": "paragraph", "value": "<p>Endringer i oppførsel, fravær og vennekrets.</p>", "id": "p1"},
        {"type": "reflection", "value": {"prompt": "Hva har du sett selv?", "help": ""}, "id": "refleksjon-a"},
        {"type": "section", "value": {"heading": "Hva du gjør"}, "id": "s2"},
        {"type": "paragraph", "value": "<p>Snakk med eleven og følg skolens plan.</p>", "id": "p2"},
    ]
    first = ModulePageFactory(parent=library, title="Rusmiddelforebyggende arbeid", body=json.dumps(body))
    second = ModulePageFactory(parent=library, title="Samtalen med foreldrene")
    SeriesModuleFactory(series=series, module=first, due_before=1)
    SeriesModuleFactory(series=series, module=second, due_before=2)
    person = EnrollmentFactory(series=series, participant__email="kari@skole.test").participant
    return series, first, second, person


def test_participant_path_on_a_phone_and_a_desktop(screen, path):
    from courses.models import QuizAttempt, ReflectionAnswer
    from courses.services import learning

    series, first, second, person = path
    login(screen, person.email, PASSWORD)

    screen.goto("/mine-kurs/")
    panel = screen.get_by_role("region", name=series.title)
    row = panel.get_by_role("row").filter(has=screen.get_by_role("link", name=first.title, exact=True))
    expect(row).to_contain_text(nb("Overdue"))
    later = panel.get_by_role("row").filter(has=screen.get_by_role("link", name=second.title, exact=True))
    expect(later).not_to_contain_text(nb("Overdue"))
    fits(screen)
    assert_accessible(screen)

    # A reflection typed and then left by a link: the browser asks first.
    row.get_by_role("link", name=first.title, exact=True).click()
    screen.wait_for_url(f"**{first.url}")
    reflection = screen.get_by_label("Hva har du sett selv?")
    reflection.click()  # the browser asks before leaving only after the person has used the page
    reflection.fill("Elever som sover i timene.")
    asked = []

    def stay(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    screen.on("dialog", stay)
    screen.get_by_role("navigation", name=nb("Parts of the module")).get_by_role("link", name="Hva du gjør").click()
    expect(screen.get_by_label("Hva har du sett selv?")).to_have_value("Elever som sover i timene.")
    assert asked == ["beforeunload"]
    screen.remove_listener("dialog", stay)
    fits(screen)
    assert_accessible(screen)

    # "Neste del" saves it on the way, without asking.
    with screen.expect_navigation():
        screen.get_by_role("button", name=nb("Next part"), exact=True).click()
    screen.wait_for_url(f"**{first.url}?del=2")
    assert ReflectionAnswer.objects.get(user=person, module=first).text == "Elever som sover i timene."

    # A failed attempt shows what was wrong, not the right answers.
    screen.goto(f"{first.url}quiz/")
    with translation.override("nb"):
        questions = learning.quiz_questions(first)
    for number, question in enumerate(questions, 1):
        group = screen.get_by_role("group", name=f"{number}. {question['text']}", exact=True)
        wrong = next(o for o in question["options"] if not o["correct"])
        group.get_by_label(wrong["text"], exact=True).check()
    with screen.expect_navigation():
        screen.get_by_role("button", name=nb("Submit my answers")).click()
    expect(screen.get_by_role("heading", level=1)).to_have_text(nb("Your result"))
    main = screen.get_by_role("main")
    expect(main).not_to_contain_text(nb("(right answer)"))
    expect(main).to_contain_text(nb("(your answer)"))
    fits(screen)
    assert_accessible(screen)

    # The retake passes and leads on to the next module.
    screen.get_by_role("link", name=nb("Take the quiz again")).click()
    for number, question in enumerate(questions, 1):
        group = screen.get_by_role("group", name=f"{number}. {question['text']}", exact=True)
        for option in question["options"]:
            box = group.get_by_label(option["text"], exact=True)
            if option["correct"]:
                box.check()
            elif question["kind"] == "multiple":
                box.uncheck()
    with screen.expect_navigation():
        screen.get_by_role("button", name=nb("Submit my answers")).click()
    assert QuizAttempt.objects.filter(user=person, module=first, passed=True).exists()
    expect(main).to_contain_text(nb("You passed the module."))
    next_link = screen.get_by_role("link", name=nb("Next module: %(title)s", title=second.title))
    fits(screen)
    assert_accessible(screen)
    next_link.click()
    screen.wait_for_url(f"**{second.url}")

    screen.goto("/mine-kurs/")
    expect(screen.get_by_role("region", name=series.title)).not_to_contain_text(nb("Overdue"))
    fits(screen)
