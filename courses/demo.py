"""Demo course series, schools and enrollments. Dates are set relative to the day of seeding."""

import datetime
import html
import json
import uuid
from collections.abc import Callable

from django.utils import timezone

from courses.choices import RoleAtSchool, SchoolType, SeriesStatus, TargetGroup
from courses.models import CourseIndexPage, CourseSeriesPage, Gathering, Programme, School
from courses.services import enrollment as enrollment_service
from courses.validators import orgnr_check_digit
from home.models import HomePage, Kommune, RegionPage
from korus_site.core.demo import demo_user, publish_new

PROGRAMMES = [
    (
        "kjentmann",
        "Kjentmann",
        "Kjentmann",
        (
            "Kursrekke for ansatte i ungdomsskolen og videregående skole som vil oppdage "
            "rusbruk tidlig og vise kolleger, elever og foreldre veien videre."
        ),
    ),
]

SCHOOLS = [
    # (first eight digits of a made-up organisation number, name, kommune number, type)
    ("97400001", "Fjellstad ungdomsskole", "4601", SchoolType.LOWER_SECONDARY),
    ("97400002", "Sjøsiden videregående skole", "4601", SchoolType.UPPER_SECONDARY),
    ("97400003", "Tårnåsen skole", "0301", SchoolType.COMBINED),
    ("97400004", "Elvebakken videregående skole", "0301", SchoolType.UPPER_SECONDARY),
    ("97400005", "Breivik ungdomsskole", "1103", SchoolType.LOWER_SECONDARY),
    ("97400006", "Nordlys videregående skole", "5501", SchoolType.UPPER_SECONDARY),
    ("97400007", "Skogly ungdomsskole", "4204", SchoolType.LOWER_SECONDARY),
    ("97400008", "Lia ungdomsskole", "3907", SchoolType.LOWER_SECONDARY),
]

FIRST_NAMES = [
    "Ingrid",
    "Lars",
    "Sara",
    "Jonas",
    "Amina",
    "Erik",
    "Hanne",
    "Ole",
    "Nora",
    "Tobias",
    "Maja",
    "Sindre",
    "Ida",
    "Henrik",
    "Leah",
    "Magnus",
    "Thea",
    "Kristian",
    "Aisha",
    "Vetle",
]
LAST_NAMES = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Hagen",
    "Eriksen",
    "Bakken",
    "Lie",
]

GATHERING_TOPICS = [
    (
        "Kjentmannsrollen og tidlige tegn",
        ("<p>Hva en Kjentmann gjør, hvordan bekymring for en elev oppstår, og hvilke tegn skolen bør ta på alvor.</p>"),
    ),
    (
        "Fakta om rusmidler",
        (
            "<p>Alkohol, cannabis, snus og vanedannende legemidler: virkning, risiko og hva som er "
            "vanlig blant ungdom.</p>"
        ),
    ),
    (
        "Samtalen med eleven",
        (
            "<p>Motiverende samtale i praksis: åpne spørsmål, refleksjon og å be om lov før du gir "
            "råd. Rollespill i små grupper.</p>"
        ),
    ),
    (
        "Taushetsplikt og samarbeid",
        (
            "<p>Taushetsplikt, opplysningsplikt og samtykke, og hvem skolen samarbeider med: "
            "helsesykepleier, ruskonsulent, SLT og BUP.</p>"
        ),
    ),
    (
        "Skolens plan og foreldrene",
        ("<p>Den lokale planen for rusforebyggende arbeid, og hvordan dere involverer foreldrene tidlig.</p>"),
    ),
    ("Motiverende samtale, dag 1", "<p>Grunnkurs i motiverende intervju med øvelser.</p>"),
    ("Motiverende samtale, dag 2", "<p>Fordypning, veiledning på egne samtaler og avslutning.</p>"),
    (
        "Hjemmeoppgaver og erfaringsdeling",
        "<p>Deltakerne legger fram arbeidet sitt fra skolen siden forrige samling.</p>",
    ),
]


def valid_orgnr(first_eight: str) -> str:
    check = orgnr_check_digit(first_eight)
    while check is None:  # pragma: no cover - the demo numbers are chosen to have a check digit
        first_eight = str(int(first_eight) + 1)
        check = orgnr_check_digit(first_eight)
    return f"{first_eight}{check}"


def description(*paragraphs: str) -> str:
    return json.dumps(
        [
            {
                "type": "paragraph",
                "value": "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
                "id": str(uuid.uuid4()),
            }
        ]
    )


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def ensure_index(parent, title: str, intro: str) -> CourseIndexPage:
    existing = parent.get_children().filter(slug="kurs").first()
    if existing:
        return existing.specific
    return publish_new(parent, CourseIndexPage(title=title, slug="kurs", intro=intro))


def add_series(
    index,
    *,
    slug,
    title,
    intro,
    text,
    seats,
    start,
    gatherings,
    weeks_between=3,
    target=TargetGroup.BOTH,
    max_per_school=None,
    price=0,
    price_note="",
    venue="",
    opens_days_before=60,
    closes_days_before=14,
    online=(),
):
    """Create a published series with gatherings, unless one with this slug is already there."""
    existing = index.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    region_page = index.get_parent().specific
    series = CourseSeriesPage(
        title=title,
        slug=slug,
        programme=Programme.objects.get(slug="kjentmann"),
        target_group=target,
        intro=intro,
        description=description(*text),
        seats=seats,
        max_per_school=max_per_school,
        registration_opens=at(start - datetime.timedelta(days=opens_days_before), 9),
        registration_closes=at(start - datetime.timedelta(days=closes_days_before), 23, 59),
        price=price,
        price_note=price_note,
        venue=venue,
        status=SeriesStatus.OPEN,
        contact_email=region_page.email,
    )
    for n, topic in enumerate(GATHERING_TOPICS[:gatherings]):
        day = start + datetime.timedelta(weeks=weeks_between * n)
        while day.weekday() >= 5:
            day += datetime.timedelta(days=1)
        is_online = n in online
        series.gatherings.add(
            Gathering(
                sort_order=n,
                title=topic[0],
                starts_at=at(day, 9),
                ends_at=at(day, 15, 30),
                location="" if is_online else venue,
                online_url="https://møte.example.no/kjentmann" if is_online else "",
                programme=topic[1],
            )
        )
    return publish_new(index, series), True


def people(count: int, offset: int, domain: str) -> list[enrollment_service.Person]:
    roles = [
        RoleAtSchool.TEACHER,
        RoleAtSchool.ADVISER,
        RoleAtSchool.SOCIAL_WORKER,
        RoleAtSchool.LEADER,
        RoleAtSchool.NURSE,
    ]
    result = []
    for n in range(offset, offset + count):
        first, last = FIRST_NAMES[n % len(FIRST_NAMES)], LAST_NAMES[(n * 7) % len(LAST_NAMES)]
        result.append(
            enrollment_service.Person(
                first_name=first,
                last_name=last,
                email=f"{first}.{last}.{n}@{domain}".lower(),
                role=roles[n % len(roles)],
            )
        )
    return result


def sign_up(series, school, contact, persons, *, when=None):
    when = when or series.registration_opens + datetime.timedelta(days=1)
    return enrollment_service.register(
        series=series, school=school, contact=contact, people=persons, notify=False, now=when
    )


def seed(log: Callable[[str], None] = print) -> None:
    for slug, name, title, text in PROGRAMMES:
        Programme.objects.get_or_create(
            slug=slug, defaults={"name": name, "participant_title": title, "description": text}
        )
    schools = {}
    for digits, name, kommune, kind in SCHOOLS:
        schools[name], _ = School.objects.get_or_create(
            orgnr=valid_orgnr(digits),
            defaults={"name": name, "kommune": Kommune.objects.get(number=kommune), "school_type": kind},
        )
    home = HomePage.objects.get()
    ensure_index(home, "Kurs", "Finn en Kjentmann-kursrekke nær deg. Filtrer på region, fylke, målgruppe og måned.")
    indexes = {}
    for region_page in RegionPage.objects.child_of(home).specific():
        indexes[region_page.region.slug] = ensure_index(
            region_page, "Kurs", f"Kjentmann-kursrekker fra {region_page.region.name}."
        )

    today = timezone.localdate()
    contact = demo_user("kontakt@skole.test", "Kari", "Kontakt")
    demo_user("deltaker@skole.test", "Per", "Deltaker")

    # A series under way in Bergen, with the demo participant in it.
    bergen, created = add_series(
        indexes["korus-bergen"],
        slug="kjentmann-hosten-2026",
        title="Kjentmann-kurs høsten 2026",
        intro="Fire samlinger for ansatte i ungdomsskoler og videregående skoler i Vestland, med e-læring mellom.",
        text=[
            (
                "Kurset gir deg kunnskap om rusmidler og tidlige tegn, trening i samtalen med eleven og oversikt over "
                "hjelpeapparatet i kommunen din."
            ),
            "Mellom samlingene gjør du korte e-læringsmoduler med quiz.",
        ],
        seats=20,
        max_per_school=4,
        start=today - datetime.timedelta(weeks=5),
        gatherings=4,
        weeks_between=3,
        venue="KORUS Bergen, Vestre Torggate 11, Bergen",
        online=(2,),
    )
    if created:
        opened = bergen.registration_opens + datetime.timedelta(days=2)
        fjellstad = schools["Fjellstad ungdomsskole"]
        sign_up(
            bergen,
            fjellstad,
            contact,
            [
                enrollment_service.Person("Per", "Deltaker", "deltaker@skole.test", RoleAtSchool.TEACHER),
                *people(2, 0, "fjellstad.test"),
            ],
            when=opened,
        )
        sign_up(bergen, schools["Sjøsiden videregående skole"], contact, people(3, 3, "sjosiden.test"), when=opened)
        log("Created the running Bergen series")

    # Open series around the country.
    oslo, created = add_series(
        indexes["korus-oslo"],
        slug="kjentmann-vgs-varen-2027",
        title="Kjentmann for videregående skoler, våren 2027",
        intro="Kursrekke med fire samlinger for ansatte i videregående skoler i Oslo.",
        text=[
            "Målet er at alle videregående skoler i Oslo har minst én Kjentmann. Kurset er gratis for skolene.",
            "Samlingene holdes på dagtid. Mellom samlingene gjør du e-læringsmoduler.",
        ],
        seats=24,
        max_per_school=3,
        start=today + datetime.timedelta(weeks=10),
        gatherings=4,
        target=TargetGroup.UPPER_SECONDARY,
        venue="Rådhusgata 2, Oslo",
        opens_days_before=80,
    )
    if created:
        sign_up(oslo, schools["Elvebakken videregående skole"], contact, people(2, 6, "elvebakken.test"))
    add_series(
        indexes["korus-stavanger"],
        slug="kjentmann-ungdomsskole-2027",
        title="Kjentmann ungdomsskole, opptak 2027",
        intro="Åtte kursdager med hjemmeoppgaver for ansatte i ungdomsskolen i Rogaland.",
        text=[
            "KORUS Stavanger har egne opptak for ungdomsskole og videregående skole.",
            "Mellom kursdagene jobber du med en hjemmeoppgave fra din egen skole.",
        ],
        seats=20,
        start=today + datetime.timedelta(weeks=12),
        gatherings=8,
        weeks_between=2,
        target=TargetGroup.LOWER_SECONDARY,
        venue="Helse Stavanger, Armauer Hansens vei 20, Stavanger",
        opens_days_before=90,
    )
    add_series(
        indexes["korus-stavanger"],
        slug="kjentmann-videregaende-2027",
        title="Kjentmann videregående, opptak 2027",
        intro="Åtte kursdager med hjemmeoppgaver for ansatte i videregående skole i Rogaland.",
        text=["Opptaket er for lærere, rådgivere, miljøterapeuter og ledere i videregående skole."],
        seats=20,
        start=today + datetime.timedelta(weeks=14),
        gatherings=8,
        weeks_between=2,
        target=TargetGroup.UPPER_SECONDARY,
        venue="Helse Stavanger, Armauer Hansens vei 20, Stavanger",
        opens_days_before=100,
    )
    sor, created = add_series(
        indexes["korus-sor"],
        slug="kjentmann-sor-2027",
        title="Kjentmann Sør 2027",
        intro="Fem heldagssamlinger og to dager med motiverende samtale.",
        text=[
            "Kurset går over et halvt år. De to siste dagene er et grunnkurs i motiverende samtale.",
            "Prisen dekker lunsj og kursmateriell.",
        ],
        seats=12,
        max_per_school=4,
        price=1500,
        price_note="inkludert lunsj",
        start=today + datetime.timedelta(weeks=8),
        gatherings=7,
        weeks_between=3,
        venue="Borgestadklinikken, Skien",
        opens_days_before=70,
    )
    if created:
        for n, name in enumerate(["Skogly ungdomsskole", "Lia ungdomsskole", "Tårnåsen skole", "Breivik ungdomsskole"]):
            sign_up(sor, schools[name], contact, people(4, 20 + n * 4, "sor.test"))
    add_series(
        indexes["korus-nord"],
        slug="kjentmann-nord-2027",
        title="Kjentmann i Nord, 2027",
        intro="Samlinger i Tromsø og på nett, for skoler i Nordland, Troms og Finnmark.",
        text=["Lange reiseavstander gjør at to av samlingene holdes på nett."],
        seats=30,
        start=today + datetime.timedelta(weeks=9),
        gatherings=5,
        venue="UiT, Tromsø",
        online=(1, 3),
    )
    add_series(
        indexes["korus-ost"],
        slug="kjentmann-ost-2027",
        title="Kjentmann Øst, våren 2027",
        intro="Kursrekke for ungdomsskoler og videregående skoler i Østfold, Akershus og Innlandet.",
        text=["Samlingene holdes på Hamar. Vi hjelper gjerne med samkjøring."],
        seats=25,
        start=today + datetime.timedelta(weeks=11),
        gatherings=5,
        venue="Sykehuset Innlandet, Hamar",
        opens_days_before=75,
    )
    add_series(
        indexes["korus-midt"],
        slug="kjentmann-midt-hosten-2027",
        title="Kjentmann Midt, høsten 2027",
        intro="Påmeldingen åpner i vår. Fem samlinger i Trondheim.",
        text=["Følg med: påmeldingen åpner tre måneder før første samling."],
        seats=24,
        start=today + datetime.timedelta(weeks=30),
        gatherings=5,
        venue="St. Olavs hospital, Trondheim",
        opens_days_before=90,
    )
    # A finished series: where the demo Kjentmann was trained.
    finished, created = add_series(
        indexes["korus-oslo"],
        slug="kjentmann-varen-2026",
        title="Kjentmann for ungdomsskoler, våren 2026",
        intro="Avsluttet kursrekke med fire samlinger.",
        text=["Kursrekken er avsluttet."],
        seats=20,
        start=today - datetime.timedelta(weeks=30),
        gatherings=4,
        venue="Rådhusgata 2, Oslo",
    )
    if created:
        sign_up(
            finished,
            schools["Tårnåsen skole"],
            contact,
            [
                enrollment_service.Person("Kim", "Kjentmann", "kjentmann@skole.test", RoleAtSchool.ADVISER),
                *people(3, 40, "tarnasen.test"),
            ],
        )
    log(f"Course series: {CourseSeriesPage.objects.count()}")
    seed_learning(log)
    seed_attendance(log)


# Learning modules --------------------------------------------------------------------------


def _item(value) -> dict:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def module_body(sections: list[dict]) -> str:
    blocks = []
    for section in sections:
        blocks.append({"type": "section", "value": {"heading": section["heading"]}, "id": str(uuid.uuid4())})
        for kind, value in section["blocks"]:
            if kind == "signal_list":
                value = {
                    **value,
                    "yellow": [_item(sign) for sign in value["yellow"]],
                    "red": [_item(sign) for sign in value["red"]],
                }
            blocks.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return json.dumps(blocks)


def module_questions(questions: list[dict]) -> str:
    blocks = []
    for question in questions:
        if question["type"] == "true_false":
            value = {
                "question": question["question"],
                "answer": question["answer"],
                "feedback_true": question["feedback_true"],
                "feedback_false": question["feedback_false"],
                "explanation": question.get("explanation", ""),
            }
            kind = "true_false"
        else:
            value = {
                "question": question["question"],
                "explanation": question.get("explanation", ""),
                "options": [_item(option) for option in question["options"]],
            }
            kind = "single_choice" if question["type"] == "single" else "multiple_choice"
        blocks.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return json.dumps(blocks)


def seed_modules(log) -> list:
    from courses.demo_modules import MODULES
    from courses.models import ModuleIndexPage, ModulePage

    home = HomePage.objects.get()
    library = home.get_children().filter(slug="moduler").first()
    if library is None:
        library = ModuleIndexPage(
            title="E-læringsmoduler",
            slug="moduler",
            intro="Modulene du gjør mellom samlingene: innhold å lese og se, spørsmål til refleksjon og en quiz.",
        )
        publish_new(home, library)
    library = library.specific
    modules = []
    for data in MODULES:
        existing = library.get_children().filter(slug=data["slug"]).first()
        if existing:
            modules.append(existing.specific)
            continue
        module = ModulePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            minutes=data["minutes"],
            body=module_body(data["sections"]),
            questions=module_questions(data["questions"]),
            pass_mark=data["pass_mark"],
            max_attempts=data["max_attempts"],
        )
        publish_new(library, module)
        modules.append(module)
    log(f"Modules: {len(modules)}")
    return modules


def link_modules(series: CourseSeriesPage, modules: list, due: list[int]) -> None:
    from courses.models import SeriesModule

    if series.series_modules.exists():
        return
    for order, (module, before) in enumerate(zip(modules, due, strict=False)):
        SeriesModule.objects.create(series=series, module=module, due_before=before, sort_order=order)


def seed_learning(log) -> None:
    """Modules for every demo series; the demo participant has passed one and is part way through the next."""
    from courses.models import ModuleProgress, QuizAttempt
    from courses.services import learning
    from korus_site.accounts.models import User

    modules = seed_modules(log)
    for series in CourseSeriesPage.objects.all():
        count = len(series.gathering_list)
        link_modules(series, modules, [min(n + 1, count) for n in range(len(modules))])

    participant = User.objects.get(email="deltaker@skole.test")
    if QuizAttempt.objects.filter(user=participant).exists():
        return
    first, second, third = modules[0], modules[1], modules[2]
    right = {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in learning.quiz_questions(first)}
    learning.submit(participant, first, right)
    questions = learning.quiz_questions(second)
    answers = {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in questions}
    # Three wrong answers: below the pass mark, so the module is still to be passed.
    for question in [q for q in questions if q["kind"] != "multiple"][:3]:
        answers[question["id"]] = [next(o["id"] for o in question["options"] if not o["correct"])]
    learning.submit(participant, second, answers)
    ModuleProgress.objects.update_or_create(user=participant, module=third, defaults={"last_part": 2})


def seed_attendance(log) -> None:
    """Rolls for past gatherings; the demo Kjentmann completed the finished Oslo series and holds a certificate."""
    from courses.choices import AttendanceStatus
    from courses.models import Attendance, Certificate, Enrollment
    from courses.services import attendance, learning
    from korus_site.accounts.models import User

    if Attendance.objects.exists():
        return
    staff = {
        "korus-oslo": User.objects.filter(email="oslo@korus.test").first(),
        "korus-bergen": User.objects.filter(email="bergen@korus.test").first(),
    }
    now = timezone.now()
    for series in CourseSeriesPage.objects.filter(slug__in=["kjentmann-varen-2026", "kjentmann-hosten-2026"]):
        by = staff.get(series.region.slug) if series.region else None
        enrollments = list(Enrollment.objects.filter(series=series, status="confirmed").order_by("pk"))
        for gathering in series.gathering_list:
            if gathering.starts_at > now:
                continue
            for n, enrollment in enumerate(enrollments):
                status = AttendanceStatus.PRESENT
                if n == len(enrollments) - 1 and gathering.number == 2:
                    status = AttendanceStatus.ABSENT
                elif n == 1 and gathering.number == 2:
                    status = AttendanceStatus.LATE
                attendance.set_status(gathering, enrollment, status, by=by)
    kjentmann = User.objects.get(email="kjentmann@skole.test")
    finished = CourseSeriesPage.objects.get(slug="kjentmann-varen-2026")
    for link in finished.series_modules.select_related("module"):
        if not learning.passed_modules(kjentmann.pk, [link.module_id]):
            questions = learning.quiz_questions(link.module)
            right = {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in questions}
            learning.submit(kjentmann, link.module, right)
    log(f"Certificates: {Certificate.objects.count()} (issued after the transaction)")
