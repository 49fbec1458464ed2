"""Demo course series, schools, enrollments and learning modules. Dates are set relative to the day of seeding.

The content is in ``courses/demo/``: ``courses.yaml`` (programme, schools, gatherings, the series
with their sign-ups) and one YAML file per learning module in ``modules/``."""

import datetime
import html
import json
import uuid
from collections.abc import Callable
from pathlib import Path

from django.utils import timezone

from courses.choices import SeriesStatus
from courses.models import (
    CourseIndexPage,
    CourseSeriesPage,
    Enrollment,
    Gathering,
    Programme,
    School,
    SeriesModule,
)
from courses.services import changes
from courses.services import enrollment as enrollment_service
from courses.validators import orgnr_check_digit
from home.models import HomePage, Kommune, RegionPage
from korus_site.core.demo import demo_user, publish_new, read_folder, read_yaml

DEMO = Path(__file__).resolve().parent / "demo"


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


def new_series(index, data: dict, gathering_topics: list[dict], today: datetime.date) -> CourseSeriesPage:
    """A series page with its gatherings from the demo data, not yet saved; its dates count from ``today``."""
    start = today + datetime.timedelta(weeks=data["start_weeks"])
    series = CourseSeriesPage(
        title=data["title"],
        slug=data["slug"],
        programme=Programme.objects.get(slug="kjentmann"),
        target_group=data["target_group"],
        intro=data["intro"],
        description=description(*data["text"]),
        seats=data["seats"],
        max_per_school=data["max_per_school"],
        registration_opens=at(start - datetime.timedelta(days=data["opens_days_before"]), 9),
        registration_closes=at(start - datetime.timedelta(days=data["closes_days_before"]), 23, 59),
        price=data["price"],
        price_note=data["price_note"],
        venue=data["venue"],
        status=SeriesStatus.OPEN,
        contact_email=index.get_parent().specific.email,
        is_network_gathering=data["network"],
    )
    for n, topic in enumerate((data["topics"] or gathering_topics)[: data["gatherings"]]):
        day = start + datetime.timedelta(weeks=data["weeks_between"] * n)
        while day.weekday() >= 5:
            day += datetime.timedelta(days=1)
        is_online = n in data["online"]
        series.gatherings.add(
            Gathering(
                sort_order=n,
                title=topic["title"],
                starts_at=at(day, 9),
                ends_at=at(day, 15, 30),
                location="" if is_online else data["venue"],
                online_url="https://møte.example.no/kjentmann" if is_online else "",
                programme=topic["programme"],
            )
        )
    return series


def link_modules(series: CourseSeriesPage, modules: list) -> None:
    """Add every module to a course series that is not yet saved, each due before a gathering in turn.

    A network gathering gets none: it issues no certificate, so there is nothing to complete
    (the series editor refuses modules on one too).
    """
    if not series.issues_certificates:
        return
    count = len(series.gatherings.all())
    for order, module in enumerate(modules):
        series.series_modules.add(SeriesModule(module=module, due_before=min(order + 1, count), sort_order=order))


def seed(log: Callable[[str], None] = print) -> None:
    data = read_yaml(DEMO / "courses.yaml")
    for programme in data["programmes"]:
        Programme.objects.get_or_create(slug=programme.pop("slug"), defaults=programme)
    schools = {}
    for school in data["schools"]:
        schools[school["name"]], _ = School.objects.get_or_create(
            orgnr=school["orgnr"],
            defaults={
                "name": school["name"],
                "kommune": Kommune.objects.get(number=school["kommune"]),
                "school_type": school["school_type"],
            },
        )
    log(f"Programmes: {Programme.objects.count()}, schools: {School.objects.count()}")
    home = HomePage.objects.get()
    ensure_index(home, data["course_index"]["title"], data["course_index"]["intro"])
    indexes = {}
    for region_page in RegionPage.objects.child_of(home).specific():
        intro = data["course_index"]["region_intro"].format(region=region_page.region.name)
        indexes[region_page.region.slug] = ensure_index(region_page, data["course_index"]["title"], intro)
    modules = seed_modules(data["module_index"], log)

    today = timezone.localdate()
    contact = demo_user("kontakt@skole.test", "Kari", "Kontakt")
    for series_data in data["series"]:
        series_data = {**data["series_defaults"], **series_data}
        index = indexes[series_data["region"]]
        if index.get_children().filter(slug=series_data["slug"]).exists():
            continue
        series = new_series(index, series_data, data["gatherings"], today)
        link_modules(series, modules)
        publish_new(index, series)
        # What a publication records: the gatherings as participants' calendars will know them,
        # so the first change staff make is announced like any later one.
        changes.announce_gatherings(series)
        for sign_up in series_data["sign_ups"]:
            enrollment_service.register(
                series=series,
                school=schools[sign_up["school"]],
                contact=contact,
                people=[enrollment_service.Person(*person) for person in sign_up["people"]],
                notify=False,
                now=series.registration_opens + datetime.timedelta(days=sign_up["days_after_opening"]),
            )
        if series_data["history"]:
            seed_history(series)
    log(f"Course series: {CourseSeriesPage.objects.count()}, enrollments: {Enrollment.objects.count()}")
    seed_learning(modules)
    seed_attendance(log)
    seed_plans(log)


def seed_history(series: CourseSeriesPage) -> None:
    """A series held in the past: everyone with a seat attended every gathering and passed every module.

    An ordinary series then issues its certificates, dated at its last gathering as if issued
    back then (so the funders' view shows certificates over several years); a network
    gathering keeps the attendance only.
    """
    from courses.choices import AttendanceStatus
    from courses.models import Certificate
    from courses.services import attendance, certificates

    enrollments = list(Enrollment.objects.filter(series=series, status="confirmed").select_related("participant"))
    for enrollment in enrollments:
        for gathering in series.gathering_list:
            attendance.set_status(gathering, enrollment, AttendanceStatus.PRESENT, by=None)
        if series.issues_certificates:
            pass_modules(enrollment.participant, series)
            certificates.issue(enrollment.pk)
    if series.issues_certificates and series.last_gathering_end:
        Certificate.objects.filter(enrollment__series=series).update(issued_at=series.last_gathering_end)


def seed_invitations(log) -> None:
    """Invite the certified people of each region to its published network gatherings (once per person).

    Runs with the first seeding only, once the demo Kjentmann holds a certificate, so seeding
    again queues nothing new.
    """
    from courses import access
    from courses.services import notices

    invited = 0
    for series in access.running_series().filter(is_network_gathering=True).select_related("region"):
        if not series.has_started():
            invited += notices.invite_to_network_gathering(series)
    log(f"Network gathering invitations queued: {invited}")


# Learning modules --------------------------------------------------------------------------


def _item(value) -> dict:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def stream_blocks(blocks: list[dict]) -> list[dict]:
    """StreamField blocks from the demo data's ``{kind: value}`` blocks; a list in a value is a list block."""
    result = []
    for block in blocks:
        ((kind, value),) = block.items()
        if isinstance(value, dict):
            value = {key: [_item(x) for x in v] if isinstance(v, list) else v for key, v in value.items()}
        result.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return result


def module_body(sections: list[dict]) -> str:
    """A module's body: each section's heading block, then its blocks."""
    blocks = []
    for section in sections:
        blocks.append({"type": "section", "value": {"heading": section["heading"]}, "id": str(uuid.uuid4())})
        blocks.extend(stream_blocks(section["blocks"]))
    return json.dumps(blocks)


def seed_modules(index: dict, log) -> list:
    from courses.models import ModuleIndexPage, ModulePage

    home = HomePage.objects.get()
    library = home.get_children().filter(slug=index["slug"]).first()
    if library is None:
        library = publish_new(home, ModuleIndexPage(**index))
    library = library.specific
    existing = {page.slug: page for page in library.get_children().specific()}
    modules = []
    for data, _text in read_folder(DEMO / "modules"):
        if data["slug"] in existing:
            modules.append(existing[data["slug"]])
            continue
        module = ModulePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            minutes=data["minutes"],
            body=module_body(data["sections"]),
            questions=json.dumps(stream_blocks(data["questions"])),
            pass_mark=data["pass_mark"],
            max_attempts=data["max_attempts"],
        )
        publish_new(library, module)
        modules.append(module)
    log(f"Modules: {len(modules)}")
    return modules


def seed_learning(modules: list) -> None:
    """The demo participant has passed one module and is part way through the next."""
    from courses.models import ModuleProgress, QuizAttempt
    from courses.services import learning
    from korus_site.accounts.models import User

    participant = User.objects.get(email="deltaker@skole.test")
    if QuizAttempt.objects.filter(user=participant).exists():
        return
    first, second, third = modules[0], modules[1], modules[2]
    learning.submit(participant, first, right_answers(first))
    questions = learning.quiz_questions(second)
    answers = right_answers(second)
    # Three wrong answers: below the pass mark, so the module is still to be passed.
    for question in [q for q in questions if q["kind"] != "multiple"][:3]:
        answers[question["id"]] = [next(o["id"] for o in question["options"] if not o["correct"])]
    learning.submit(participant, second, answers)
    ModuleProgress.objects.update_or_create(user=participant, module=third, defaults={"last_part": 2})


def right_answers(module) -> dict[str, list[str]]:
    """The right answer to every question of a module's quiz, as ``learning.submit`` takes them."""
    from courses.services import learning

    return {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in learning.quiz_questions(module)}


def pass_modules(user, series: CourseSeriesPage) -> None:
    """Have ``user`` pass every module of the series not yet passed."""
    from courses.services import learning

    for link in series.series_modules.select_related("module"):
        if not learning.passed_modules(user.pk, [link.module_id]):
            learning.submit(user, link.module, right_answers(link.module))


def seed_attendance(log) -> None:
    """Rolls for past gatherings; the demo Kjentmann completed the finished Oslo series and holds a certificate."""
    from courses.choices import AttendanceStatus
    from courses.models import Attendance, Enrollment
    from courses.services import attendance
    from korus_site.accounts.models import User

    rolled = ["kjentmann-varen-2026", "kjentmann-hosten-2026"]
    if not Attendance.objects.filter(gathering__series__slug__in=rolled).exists():
        staff = {
            "korus-oslo": User.objects.filter(email="oslo@korus.test").first(),
            "korus-bergen": User.objects.filter(email="bergen@korus.test").first(),
        }
        now = timezone.now()
        for series in CourseSeriesPage.objects.filter(slug__in=rolled):
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
        finished = CourseSeriesPage.objects.get(slug="kjentmann-varen-2026")
        kjentmann = User.objects.get(email="kjentmann@skole.test")
        pass_modules(kjentmann, finished)
        # Issued now rather than after the seeding commits, so the network gatherings can invite them.
        from courses.services import certificates

        certificates.issue(Enrollment.objects.get(series=finished, participant=kjentmann).pk)
        seed_invitations(log)
    log(f"Attendance: {Attendance.objects.count()} marks")


# The school's plan and the kommune's partner list ---------------------------------------------------


def seed_plans(log) -> None:
    """The Oslo kommune's common partner list, and the demo school's plan filled in by its Kjentmann."""
    from django.utils import translation

    from courses.models import KommunePartner, SchoolPlan
    from courses.services import plans
    from korus_site.accounts.models import User

    data = read_yaml(DEMO / "plans.yaml")
    for kommune_list in data["kommune_partners"]:
        kommune = Kommune.objects.get(number=kommune_list["kommune"])
        for order, row in enumerate(kommune_list["rows"]):
            KommunePartner.objects.get_or_create(
                kommune=kommune, function=row["function"], defaults={**row, "sort_order": order}
            )
    for item in data["schools"]:
        school = School.objects.get(name=item["school"])
        if SchoolPlan.objects.filter(school=school, versions__isnull=False).exists():
            continue
        editor = User.objects.get(email=item["editor"])
        with translation.override("nb"):  # the template's rows in bokmål, as the YAML names them
            plan = plans.plan_for(school)
        plans.save_goals(plan, item["goals"], editor)
        plans.fill_rows(plan, "prevention", list(item["prevention"].items()), editor)
        situations = [row.situation for row in plans.rows(plan, "situations")]
        plans.fill_rows(plan, "situations", list(zip(situations, item["situations"], strict=False)), editor)
        plans.fill_rows(plan, "roles", list(item["roles"].items()), editor)
        plans.adopt_kommune_list(plan, editor)
        plans.mark_evaluated(
            plan, editor, on=timezone.localdate() - datetime.timedelta(days=item["evaluated_days_ago"])
        )
    log(f"School plans: {SchoolPlan.objects.count()}, municipal partner services: {KommunePartner.objects.count()}")
