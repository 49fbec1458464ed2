import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils import timezone

from courses.choices import EnrollmentStatus, SchoolType, SeriesStatus, TargetGroup
from courses.models import (
    Attendance,
    AttendanceChange,
    Certificate,
    CertificateHold,
    CourseIndexPage,
    CourseSeriesPage,
    Enrollment,
    Gathering,
    GatheringCalendarState,
    KommunePartner,
    ModuleIndexPage,
    ModulePage,
    ModuleProgress,
    PartnerRow,
    PlanVersion,
    PreventionRow,
    Programme,
    QuizAttempt,
    ReflectionAnswer,
    Registration,
    RoleRow,
    School,
    SchoolPlan,
    SeriesModule,
    SituationRow,
)
from courses.validators import orgnr_check_digit
from home.models import Kommune

from .accounts import UserFactory


def orgnr(n: int) -> str:
    """A valid organisation number: 9xxxxxxx plus its MOD11 check digit."""
    base = 91000000 + n
    while orgnr_check_digit(str(base)) is None:
        base += 100000
    return f"{base}{orgnr_check_digit(str(base))}"


class ProgrammeFactory(DjangoModelFactory):
    name = "Kjentmann"
    slug = "kjentmann"
    participant_title = "Kjentmann"

    class Meta:
        model = Programme
        django_get_or_create = ("slug",)


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kurs"
    slug = "kurs"

    class Meta:
        model = CourseIndexPage


class CourseSeriesPageFactory(wagtail_factories.PageFactory):
    """An open series; pass ``gatherings=n`` (default 3) and ``start`` to shape it."""

    title = factory.Sequence(lambda n: f"Kjentmann-kurs {n}")
    slug = factory.Sequence(lambda n: f"kjentmann-kurs-{n}")
    programme = factory.SubFactory(ProgrammeFactory)
    target_group = TargetGroup.BOTH
    intro = "Kursrekke for skoleansatte."
    seats = 10
    registration_opens = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    registration_closes = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    venue = "Kurssenteret"
    status = SeriesStatus.OPEN

    class Meta:
        model = CourseSeriesPage

    class Params:
        start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=45))
        gathering_count = 3

    # Not model fields: handed to _create, which makes the gatherings.
    first_gathering_starts = factory.SelfAttribute("start")
    number_of_gatherings = factory.SelfAttribute("gathering_count")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        start = kwargs.pop("first_gathering_starts")
        count = kwargs.pop("number_of_gatherings")
        instance = super()._create(model_class, *args, **kwargs)
        for n in range(count):
            begins = start + datetime.timedelta(weeks=2 * n)
            GatheringFactory(
                series=instance, starts_at=begins, ends_at=begins + datetime.timedelta(hours=6), sort_order=n
            )
        gatherings = sorted(instance.gatherings.all(), key=lambda g: g.starts_at)
        for number, gathering in enumerate(gatherings, start=1):
            gathering.number = number
            gathering.save(update_fields=["number"])
        return instance


class GatheringFactory(DjangoModelFactory):
    series = factory.SubFactory(CourseSeriesPageFactory)
    title = factory.Sequence(lambda n: f"Samling {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=45))
    ends_at = factory.LazyAttribute(lambda obj: obj.starts_at + datetime.timedelta(hours=6))
    location = "Kurssenteret, Storgata 1"

    class Meta:
        model = Gathering


class GatheringCalendarStateFactory(DjangoModelFactory):
    gathering = factory.SubFactory(GatheringFactory)
    sequence = 0
    last_modified = factory.LazyFunction(timezone.now)
    announced = factory.LazyAttribute(lambda obj: obj.gathering.announced_values())

    class Meta:
        model = GatheringCalendarState


class SchoolFactory(DjangoModelFactory):
    orgnr = factory.Sequence(orgnr)
    name = factory.Sequence(lambda n: f"Skole {n}")
    kommune = factory.LazyFunction(lambda: Kommune.objects.get(number="0301"))
    school_type = SchoolType.LOWER_SECONDARY

    class Meta:
        model = School


class RegistrationFactory(DjangoModelFactory):
    series = factory.SubFactory(CourseSeriesPageFactory)
    school = factory.SubFactory(SchoolFactory)
    contact = factory.SubFactory(UserFactory)

    class Meta:
        model = Registration


class EnrollmentFactory(DjangoModelFactory):
    series = factory.SubFactory(CourseSeriesPageFactory)
    registration = factory.SubFactory(RegistrationFactory, series=factory.SelfAttribute("..series"))
    school = factory.SelfAttribute("registration.school")
    participant = factory.SubFactory(UserFactory)
    role = "laerer"
    status = EnrollmentStatus.CONFIRMED
    # Each state with its own facts, as the database requires (see Enrollment's constraints).
    confirmed_at = factory.LazyAttribute(
        lambda o: timezone.now() - datetime.timedelta(days=1) if o.status == EnrollmentStatus.CONFIRMED else None
    )
    waitlist_number = factory.LazyAttributeSequence(
        lambda o, n: n + 1 if o.status == EnrollmentStatus.WAITLISTED else None
    )
    cancelled_at = factory.LazyAttribute(
        lambda o: timezone.now() - datetime.timedelta(hours=1) if o.status == EnrollmentStatus.CANCELLED else None
    )

    class Meta:
        model = Enrollment


def quiz_json(questions: list[dict]) -> str:
    """StreamField data for a quiz. Each question: {"type": single|multiple|true_false, ...}."""
    import json
    import uuid

    blocks = []
    for question in questions:
        if question["type"] == "true_false":
            value = {
                "question": question["question"],
                "answer": question["answer"],
                "feedback_true": "Tilbakemelding på sant.",
                "feedback_false": "Tilbakemelding på usant.",
                "explanation": "",
            }
            kind = "true_false"
        else:
            value = {
                "question": question["question"],
                "explanation": "Forklaring.",
                "options": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {"text": text, "correct": correct, "feedback": f"Om «{text}»."},
                    }
                    for text, correct in question["options"]
                ],
            }
            kind = "single_choice" if question["type"] == "single" else "multiple_choice"
        blocks.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return json.dumps(blocks)


def body_json(parts: int = 2) -> str:
    import json
    import uuid

    blocks = []
    for n in range(1, parts + 1):
        blocks.append({"type": "section", "value": {"heading": f"Del {n}"}, "id": str(uuid.uuid4())})
        blocks.append({"type": "paragraph", "value": f"<p>Innhold i del {n}.</p>", "id": str(uuid.uuid4())})
    blocks.append({"type": "reflection", "value": {"prompt": "Hva tar du med deg?", "help": ""}, "id": "refleksjon-1"})
    return json.dumps(blocks)


DEFAULT_QUIZ = [
    {
        "type": "single",
        "question": "Hva er riktig?",
        "options": [("Riktig", True), ("Feil", False), ("Også feil", False)],
    },
    {"type": "multiple", "question": "Hvilke to?", "options": [("A", True), ("B", True), ("C", False)]},
    {"type": "true_false", "question": "Påstanden er sann.", "answer": True},
]


class ModuleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Moduler"
    slug = "moduler"

    class Meta:
        model = ModuleIndexPage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Modul {n}")
    slug = factory.Sequence(lambda n: f"modul-{n}")
    intro = "En modul."
    minutes = 15
    body = factory.LazyFunction(body_json)
    questions = factory.LazyFunction(lambda: quiz_json(DEFAULT_QUIZ))
    pass_mark = 80

    class Meta:
        model = ModulePage


class SeriesModuleFactory(DjangoModelFactory):
    series = factory.SubFactory(CourseSeriesPageFactory)
    module = factory.SubFactory(ModulePageFactory)
    due_before = 1
    required = True

    class Meta:
        model = SeriesModule


class ModuleProgressFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    module = factory.SubFactory(ModulePageFactory)
    last_part = 1

    class Meta:
        model = ModuleProgress


class ReflectionAnswerFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    module = factory.SubFactory(ModulePageFactory)
    prompt_id = "refleksjon-1"
    text = "Mine tanker."

    class Meta:
        model = ReflectionAnswer


class QuizAttemptFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    module = factory.SubFactory(ModulePageFactory)
    answers = factory.LazyFunction(dict)
    questions = factory.LazyFunction(list)
    correct = 3
    total = 3
    score = 100
    passed = True

    class Meta:
        model = QuizAttempt


class AttendanceFactory(DjangoModelFactory):
    enrollment = factory.SubFactory(EnrollmentFactory)
    gathering = factory.LazyAttribute(lambda obj: obj.enrollment.series.gathering_list[0])
    status = "present"
    method = "roll_call"

    class Meta:
        model = Attendance


class AttendanceChangeFactory(DjangoModelFactory):
    enrollment = factory.SubFactory(EnrollmentFactory)
    gathering = factory.LazyAttribute(lambda obj: obj.enrollment.series.gathering_list[0])
    old_status = ""
    new_status = "present"
    method = "roll_call"

    class Meta:
        model = AttendanceChange


class CertificateFactory(DjangoModelFactory):
    enrollment = factory.SubFactory(EnrollmentFactory)
    name = factory.LazyAttribute(lambda obj: obj.enrollment.participant.get_full_name())
    series_title = factory.LazyAttribute(lambda obj: obj.enrollment.series.title)
    programme = "Kjentmann"
    region_name = "KORUS Oslo"
    first_gathering = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=60))
    last_gathering = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=5))
    sha256 = factory.Sequence(lambda n: f"{n:064x}")

    class Meta:
        model = Certificate


class CertificateHoldFactory(DjangoModelFactory):
    enrollment = factory.SubFactory(EnrollmentFactory)
    name = "王小明"
    missing = "王小明"

    class Meta:
        model = CertificateHold


class SchoolPlanFactory(DjangoModelFactory):
    school = factory.SubFactory(SchoolFactory)
    goals = "Alle tilsette kjenner planen."

    class Meta:
        model = SchoolPlan


class PreventionRowFactory(DjangoModelFactory):
    plan = factory.SubFactory(SchoolPlanFactory)
    audience = "Hele skolen"
    what = "Undervisning om rusmidler"
    responsible = "Rektor"

    class Meta:
        model = PreventionRow


class SituationRowFactory(DjangoModelFactory):
    plan = factory.SubFactory(SchoolPlanFactory)
    situation = "Bekymring for en elev"
    follow_up = "Kontaktlærer snakker med eleven samme dag."
    responsible = "Kontaktlærer"

    class Meta:
        model = SituationRow


class KommunePartnerFactory(DjangoModelFactory):
    kommune = factory.LazyFunction(lambda: Kommune.objects.get(number="0301"))
    function = factory.Sequence(lambda n: f"Tjeneste {n}")
    phone = "21 80 21 80"

    class Meta:
        model = KommunePartner


class PartnerRowFactory(DjangoModelFactory):
    plan = factory.SubFactory(SchoolPlanFactory)
    function = "Helsesykepleier"
    phone = "22 00 00 00"

    class Meta:
        model = PartnerRow


class RoleRowFactory(DjangoModelFactory):
    plan = factory.SubFactory(SchoolPlanFactory)
    function = "Rektor"
    tasks = "Har ansvaret for planen."

    class Meta:
        model = RoleRow


class PlanVersionFactory(DjangoModelFactory):
    plan = factory.SubFactory(SchoolPlanFactory)
    author = factory.SubFactory(UserFactory)
    section = "goals"
    summary = "Målene er endret."

    class Meta:
        model = PlanVersion
