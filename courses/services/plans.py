"""The school's plan for substance-use prevention, its partner list and the Kjentmann's checklist.

The plan's five parts and the rows it starts with come from the template in the Oslo guide
(seeds/001, "Plan for det rusforebyggende arbeidet"); the partner services also from the
handbook's contact lists (seeds/000, "Kontaktlister"); the ten points of the checklist from
the handbook's "Sjekkliste" (seeds/000). Every saved change is kept as a ``PlanVersion``
(who, when, which part, a summary and the whole plan as it then stood). A kommune's common
partner list is offered to its schools, never forced: an adopted row remembers the version
it took, and a later change waits for the school to accept it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, cast

from fpdf.enums import MethodReturnValue, XPos, YPos

from django.db import transaction
from django.db.models import Model
from django.forms import BaseModelFormSet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.models import (
    KommunePartner,
    PartnerRow,
    PlanVersion,
    PreventionRow,
    RoleRow,
    School,
    SchoolPlan,
    SituationRow,
)
from courses.retention import PLAN_VERSIONS_KEPT
from korus_site.accounts.types import User
from korus_site.core.pdf import MAIN_FAMILY, KorusPDF, fallbacks_for, needs_shaping

EVALUATE_EVERY = datetime.timedelta(days=365)  # the plan is evaluated regularly: once a year (seeds/001)
PDF_LINE_HEIGHT = 5  # mm, for the PDF's table text at 9 pt
# At most this many lines in one row of a PDF table (about 175 mm): with the repeated headings it fits an A4 page.
PDF_LINES_PER_ROW = 35

# The rows a new plan starts with (seeds/001, the template's example rows) --------------------------

AUDIENCES = [
    gettext_lazy("Everyone at the school"),
    gettext_lazy("A grade"),
    gettext_lazy("The russ"),
    gettext_lazy("Buddy scheme"),
    gettext_lazy("School revue"),
    gettext_lazy("Class trips"),
    gettext_lazy("School events"),
    gettext_lazy("Study programme"),
    gettext_lazy("Staff"),
    gettext_lazy("Parents and guardians"),
]
SITUATIONS = [
    gettext_lazy("Worry that a pupil has a substance-use problem"),
    gettext_lazy("A pupil comes to school intoxicated or uses substances during school hours"),
    gettext_lazy("Suspicion or discovery that someone sells substances at or near the school"),
]
# Staff follow up and report by the school's routines; the principal answers for the follow-up (seeds/001).
SITUATION_FOLLOW_UP = gettext_lazy(
    "Follow up and report by the school's routines and its rules of conduct. The principal is responsible "
    "for the school's follow-up."
)
SITUATION_RESPONSIBLE = gettext_lazy("Principal")
PARTNER_FUNCTIONS = [
    gettext_lazy("SLT/SaLTo coordinator"),
    gettext_lazy("Substance-use consultant for young people"),
    gettext_lazy("School health service"),
    gettext_lazy("The school's police contact"),
    gettext_lazy("Child welfare service"),
    gettext_lazy("Youth outreach service"),
    gettext_lazy("Child and adolescent mental health (BUP/DPS)"),
    gettext_lazy("Educational-psychological service (PPT)"),
    gettext_lazy("Youth clubs and other meeting places"),
]
ROLES = [
    gettext_lazy("Principal"),
    gettext_lazy("Deputy or department head"),
    gettext_lazy("Adviser"),
    gettext_lazy("Social teacher"),
    gettext_lazy("Social worker"),
    gettext_lazy("Kjentmann"),
    gettext_lazy("School health service"),
]


@dataclass(frozen=True)
class Section:
    """One part of the plan: its number in the template, slug in the address and its rows' model."""

    number: int
    slug: str
    title: Promise
    model: type[Model] | None
    fields: tuple[str, ...]


SECTIONS = {
    "goals": Section(1, "mal", gettext_lazy("The school's goals"), None, ("goals",)),
    "prevention": Section(
        2,
        "forebygging",
        gettext_lazy("Preventive work"),
        PreventionRow,
        ("audience", "what", "when", "how", "responsible"),
    ),
    "situations": Section(
        3, "oppfolging", gettext_lazy("When staff follow up"), SituationRow, ("situation", "follow_up", "responsible")
    ),
    "partners": Section(
        4,
        "samarbeidspartnere",
        gettext_lazy("Partner services outside the school"),
        PartnerRow,
        ("function", "name", "phone", "email", "address"),
    ),
    "roles": Section(5, "roller", gettext_lazy("Key people and their roles"), RoleRow, ("function", "name", "tasks")),
}
SECTION_BY_SLUG = {section.slug: key for key, section in SECTIONS.items()}

# What each field is called, the same in the forms, on the plan page, in the PDF and in the changes (the
# template's column headings, seeds/001). "contact" is the PDF's column of telephone, e-mail and address.
FIELD_LABELS: dict[str, dict[str, Promise]] = {
    "goals": {"goals": gettext_lazy("The school's goals")},
    "prevention": {
        "audience": gettext_lazy("For whom"),
        "what": gettext_lazy("Preventive information or teaching"),
        "when": gettext_lazy("When"),
        "how": gettext_lazy("How"),
        "responsible": gettext_lazy("Responsible"),
    },
    "situations": {
        "situation": gettext_lazy("Situation"),
        "follow_up": gettext_lazy("Follow-up"),
        "responsible": gettext_lazy("Responsible"),
    },
    "partners": {
        "function": gettext_lazy("Service"),
        "name": gettext_lazy("Contact person"),
        "phone": gettext_lazy("Telephone"),
        "email": gettext_lazy("E-mail"),
        "address": gettext_lazy("Address"),
        "contact": gettext_lazy("Contact information"),
    },
    "roles": {
        "function": gettext_lazy("Role"),
        "name": gettext_lazy("Name"),
        "tasks": gettext_lazy("Tasks in the preventive work"),
    },
}


def field_labels(section: str) -> dict[str, Promise]:
    """What the fields of one part (``goals``, ``prevention`` …) are called, by field name; empty for others."""
    return FIELD_LABELS.get(section, {})


def template_rows() -> dict[str, list[dict[str, str]]]:
    """The rows a new plan starts with, by part, as field values in the active language (seeds/001)."""
    return {
        "prevention": [{"audience": str(audience)} for audience in AUDIENCES],
        "situations": [
            {
                "situation": str(situation),
                "follow_up": str(SITUATION_FOLLOW_UP),
                "responsible": str(SITUATION_RESPONSIBLE),
            }
            for situation in SITUATIONS
        ],
        "partners": [{"function": str(function)} for function in PARTNER_FUNCTIONS],
        "roles": [{"function": str(role)} for role in ROLES],
    }


def plan_for(school: School) -> SchoolPlan:
    """The school's plan, made on first use with the template's rows (in the active language).

    Returns the ``SchoolPlan``; a second call returns the same plan.
    """
    with transaction.atomic():
        plan, created = SchoolPlan.objects.get_or_create(school=school)
        if created:
            for section, rows in template_rows().items():
                model = _row_model(section)
                model._default_manager.bulk_create(model(plan=plan, sort_order=n, **row) for n, row in enumerate(rows))
    return plan


def _row_model(section: str) -> type[Model]:
    model = SECTIONS[section].model
    if model is None:
        raise ValueError(f"The part {section!r} has no rows")
    return model


def rows(plan: SchoolPlan, section: str) -> list[Any]:
    """The rows of one part (``prevention``, ``situations``, ``partners`` or ``roles``), in order."""
    model = _row_model(section)
    return list(model._default_manager.filter(plan=plan))


def snapshot(plan: SchoolPlan) -> dict[str, Any]:
    """The whole plan as JSON: the goals, the evaluation date and every part's rows with their fields."""
    data: dict[str, Any] = {
        "goals": plan.goals,
        "evaluated_on": plan.evaluated_on.isoformat() if plan.evaluated_on else None,
    }
    for key, section in SECTIONS.items():
        if section.model is not None:
            data[key] = [{field: getattr(row, field) for field in section.fields} for row in rows(plan, key)]
    return data


def _record(plan: SchoolPlan, user: User, section: str, summary: str) -> PlanVersion:
    plan.save(update_fields=["updated_at"])
    return PlanVersion.objects.create(
        plan=plan, author=user, section=section, summary=summary[:500], snapshot=snapshot(plan)
    )


def save_goals(plan: SchoolPlan, goals: str, user: User) -> PlanVersion | None:
    """Store part 1, the school's goals, and record a version. Returns None when nothing changed."""
    if goals == plan.goals:
        return None
    with transaction.atomic():
        plan.goals = goals
        plan.save(update_fields=["goals", "updated_at"])
        return _record(plan, user, "goals", _("The school's goals changed"))


def save_rows(plan: SchoolPlan, section: str, formset: BaseModelFormSet[Any, Any], user: User) -> PlanVersion | None:
    """Store the rows of one part from a valid inline formset, and record a version.

    The rows keep the order in which they were shown, new ones last. Returns the version, or
    None when nothing changed.
    """
    with transaction.atomic():
        saved = formset.save(commit=False)
        for position, form in enumerate(formset.forms):
            instance = form.instance
            if instance in saved or (instance.pk and instance.sort_order != position):
                instance.plan = plan
                instance.sort_order = position
                instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        added, changed, removed = len(formset.new_objects), len(formset.changed_objects), len(formset.deleted_objects)
        if not (added or changed or removed):
            return None
        parts = []
        if added:
            parts.append(ngettext("%(n)d row added", "%(n)d rows added", added) % {"n": added})
        if changed:
            parts.append(ngettext("%(n)d row changed", "%(n)d rows changed", changed) % {"n": changed})
        if removed:
            parts.append(ngettext("%(n)d row removed", "%(n)d rows removed", removed) % {"n": removed})
        summary = f"{SECTIONS[section].title}: {', '.join(parts)}"
        return _record(plan, user, section, summary)


@dataclass(frozen=True)
class FieldChange:
    """One field of one row as a version changed it: ``row`` is the row's heading (empty for the goals and the
    evaluation), ``field`` what the field is called; ``old`` and ``new`` are None for a row added or removed."""

    row: str
    field: str
    old: str | None
    new: str | None


def _template_snapshot() -> dict[str, Any]:
    """The plan as a new one starts (``plan_for``), in the active language: what the first version changed."""
    return {"goals": "", "evaluated_on": None, **template_rows()}


Row = dict[str, Any]


def _pair_rows(old: list[Row], new: list[Row], heading: str) -> list[tuple[Row | None, Row | None]]:
    """Rows of two versions of one part, paired: by heading first, then what is left in order."""
    pairs: list[tuple[Row | None, Row | None]] = []
    left_old = list(old)
    unmatched_new = []
    for row in new:
        match = next((candidate for candidate in left_old if candidate.get(heading) == row.get(heading)), None)
        if match is None:
            unmatched_new.append(row)
        else:
            left_old.remove(match)
            pairs.append((match, row))
    for index in range(max(len(left_old), len(unmatched_new))):
        pairs.append(
            (
                left_old[index] if index < len(left_old) else None,
                unmatched_new[index] if index < len(unmatched_new) else None,
            )
        )
    return pairs


def version_changes(version: PlanVersion, previous: dict[str, Any] | None) -> list[FieldChange]:
    """What ``version`` changed in its part, field by field, against the snapshot before it.

    ``previous`` is the previous version's snapshot, or None for the plan's first version (then the
    template's rows, as ``plan_for`` makes them, are what it changed). Returns the changes in the
    part's row order; a row added or removed is one change with ``old`` or ``new`` None.
    """
    before = previous if previous is not None else _template_snapshot()
    after = version.snapshot
    if version.section == "evaluation":
        old, new = before.get("evaluated_on"), after.get("evaluated_on")
        if old == new:
            return []
        shown = [date_format(datetime.date.fromisoformat(day)) if day else "" for day in (old, new)]
        return [FieldChange("", _("Last evaluated"), shown[0], shown[1])]
    if version.section == "goals":
        labels = field_labels("goals")
        if before.get("goals", "") == after.get("goals", ""):
            return []
        return [FieldChange("", str(labels["goals"]), before.get("goals", ""), after.get("goals", ""))]
    section = SECTIONS.get(version.section)
    if section is None or section.model is None:
        return []
    labels = field_labels(version.section)
    heading = section.fields[0]
    found = []
    for old_row, new_row in _pair_rows(before.get(version.section, []), after.get(version.section, []), heading):
        if old_row is None or new_row is None:
            row = old_row or new_row or {}
            found.append(
                FieldChange(row.get(heading, ""), "", None if old_row is None else "", None if new_row is None else "")
            )
            continue
        for field in section.fields:
            old_value, new_value = old_row.get(field, "") or "", new_row.get(field, "") or ""
            if old_value != new_value:
                found.append(FieldChange(new_row.get(heading, ""), str(labels[field]), old_value, new_value))
    return found


def history(plan: SchoolPlan, limit: int = 200) -> list[tuple[PlanVersion, list[FieldChange]]]:
    """The plan's latest ``limit`` versions, newest first, each with what it changed (``version_changes``)."""
    versions = list(plan.versions.select_related("author")[: limit + 1])
    # Versions older than the retention period are deleted, so the oldest left is the plan's first only when
    # the plan is younger than that period; otherwise what it changed is not known and nothing is shown.
    whole = plan.created_at > timezone.now() - PLAN_VERSIONS_KEPT
    result = []
    for index, version in enumerate(versions[:limit]):
        if index + 1 < len(versions):
            changes = version_changes(version, versions[index + 1].snapshot)
        else:
            changes = version_changes(version, None) if whole else []
        result.append((version, changes))
    return result


def mark_evaluated(plan: SchoolPlan, user: User, on: datetime.date | None = None) -> PlanVersion | None:
    """Record that the school evaluated its plan on ``on`` (today by default); the next reminder comes a year later.

    Returns the version, or None when the evaluation on that day is already recorded (pressing twice adds nothing).
    """
    on = on or timezone.localdate()
    if plan.evaluated_on == on:
        return None
    with transaction.atomic():
        plan.evaluated_on = on
        plan.save(update_fields=["evaluated_on", "updated_at"])
        return _record(plan, user, "evaluation", _("Evaluated on %(date)s") % {"date": date_format(on)})


def evaluation_due_on(plan: SchoolPlan) -> datetime.date:
    """The day the plan is next due for evaluation: a year after it was last evaluated (or made)."""
    last = plan.evaluated_on or timezone.localdate(plan.created_at)
    return last + EVALUATE_EVERY


def evaluation_due(plan: SchoolPlan, today: datetime.date | None = None) -> bool:
    """Whether the plan is due for evaluation (last evaluated, or made, a year ago or more)."""
    return evaluation_due_on(plan) <= (today or timezone.localdate())


def plans_due_for_evaluation(today: datetime.date | None = None) -> list[SchoolPlan]:
    """Every plan due for evaluation on ``today``, with its school."""
    today = today or timezone.localdate()
    cutoff = today - EVALUATE_EVERY
    candidates = SchoolPlan.objects.select_related("school").filter(evaluated_on__lte=cutoff) | (
        SchoolPlan.objects.select_related("school").filter(evaluated_on__isnull=True)
    )
    return [plan for plan in candidates if evaluation_due(plan, today)]


# The kommune's common partner list -----------------------------------------------------------------


@dataclass
class PartnerOffer:
    """A row of the kommune's list the school has not taken as it stands: new, or changed since adopted."""

    partner: KommunePartner
    row: PartnerRow | None  # the school's adopted row, when the kommune changed it since

    @property
    def changes(self) -> list[str]:
        """The names of the fields the kommune changed (empty for a new row)."""
        if self.row is None:
            return []
        mine, theirs = self.row.contact_values(), self.partner.contact_values()
        return [field for field in PartnerRow.CONTACT_FIELDS if mine[field] != theirs[field]]


def kommune_partners(school: School) -> list[KommunePartner]:
    """The kommune's common partner list for the school's kommune, in order."""
    return list(KommunePartner.objects.filter(kommune_id=school.kommune_id))


def partner_offers(plan: SchoolPlan) -> list[PartnerOffer]:
    """What the kommune's list offers the school: rows changed since the school adopted them, and rows it has
    never adopted. Empty when the school has never adopted the list (then the whole list is offered at once)."""
    adopted = {row.source_id: row for row in PartnerRow.objects.filter(plan=plan, source__isnull=False)}
    if not adopted:
        return []
    offers = []
    for partner in kommune_partners(plan.school):
        row = adopted.get(partner.pk)
        if row is None:
            offers.append(PartnerOffer(partner, None))
        elif (row.source_version or 0) < partner.version:
            offers.append(PartnerOffer(partner, row))
    return offers


def removed_partners(plan: SchoolPlan) -> list[PartnerRow]:
    """The school's rows taken from the kommune's list whose service the kommune has since removed from it.

    Deleting a kommune row leaves the adopted rows without a source but with the version they took;
    that is how they are known. They stay until the school removes them or keeps them as its own.
    """
    return list(PartnerRow.objects.filter(plan=plan, source__isnull=True, source_version__isnull=False))


def remove_removed_partner(plan: SchoolPlan, row_id: int, user: User) -> bool:
    """Remove from the school's list a row whose service the kommune removed, and record a version.

    Returns False when the school has no such row.
    """
    with transaction.atomic():
        row = next((row for row in removed_partners(plan) if row.pk == row_id), None)
        if row is None:
            return False
        row.delete()
        summary = _("%(service)s removed, as on the municipality's list") % {"service": row.function}
        _record(plan, user, "partners", f"{SECTIONS['partners'].title}: {summary}")
        return True


def keep_removed_partner(plan: SchoolPlan, row_id: int) -> bool:
    """Keep a row whose service the kommune removed as the school's own; it is not offered again.

    Returns False when the school has no such row.
    """
    return (
        PartnerRow.objects.filter(plan=plan, pk=row_id, source__isnull=True, source_version__isnull=False).update(
            source_version=None
        )
        == 1
    )


def has_adopted(plan: SchoolPlan) -> bool:
    """Whether the school has taken any row of its kommune's list."""
    return PartnerRow.objects.filter(plan=plan, source__isnull=False).exists()


def adopt_kommune_list(plan: SchoolPlan, user: User) -> int:
    """Copy the kommune's list into the school's partner list, each row remembering its source and version.

    A template row with the same service and no contact yet is filled in rather than doubled.
    Rows already adopted are left alone. Returns how many rows were added or filled in.
    """
    with transaction.atomic():
        mine = list(PartnerRow.objects.filter(plan=plan))
        taken = {row.source_id for row in mine if row.source_id}
        empty = _empty_rows(mine)
        count = 0
        next_order = max((row.sort_order for row in mine), default=-1) + 1
        for partner in kommune_partners(plan.school):
            if partner.pk in taken:
                continue
            row = empty.pop(partner.function.casefold(), None)
            if row is None:
                row = PartnerRow(plan=plan, sort_order=next_order)
                next_order += 1
            _take(row, partner)
            count += 1
        if count:
            summary = ngettext(
                "%(n)d row taken from the municipality's list", "%(n)d rows taken from the municipality's list", count
            ) % {"n": count}
            _record(plan, user, "partners", f"{SECTIONS['partners'].title}: {summary}")
        return count


def _empty_rows(mine: list[PartnerRow]) -> dict[str, PartnerRow]:
    """The school's rows that name a service and nothing else yet (the template's), by the service in casefold.

    Taking a kommune row for the same service fills such a row rather than adding a second one.
    """
    return {
        row.function.casefold(): row
        for row in mine
        if not row.source_id and row.source_version is None and not (row.name or row.phone or row.email or row.address)
    }


def _take(row: PartnerRow, partner: KommunePartner) -> None:
    for field, value in partner.contact_values().items():
        setattr(row, field, value)
    row.source = partner
    row.source_version = partner.version
    row.save()


def accept_offer(plan: SchoolPlan, partner_id: int, user: User) -> bool:
    """Take one row of the kommune's list as it now stands: update the adopted row, or add it when new.

    A new row fills the school's empty row for the same service, as adopting the whole list does.

    Returns False when the kommune's list has no such row for the school's kommune.
    """
    with transaction.atomic():
        partner = KommunePartner.objects.filter(pk=partner_id, kommune_id=plan.school.kommune_id).first()
        if partner is None:
            return False
        mine = list(PartnerRow.objects.filter(plan=plan))
        row = next((row for row in mine if row.source_id == partner.pk), None)
        if row is None:
            row = _empty_rows(mine).get(partner.function.casefold())
        if row is None:
            row = PartnerRow(plan=plan, sort_order=max((row.sort_order for row in mine), default=-1) + 1)
        _take(row, partner)
        summary = _("%(service)s taken from the municipality's list") % {"service": partner.function}
        _record(plan, user, "partners", f"{SECTIONS['partners'].title}: {summary}")
        return True


def decline_offer(plan: SchoolPlan, partner_id: int, user: User) -> bool:
    """Keep the school's own row although the kommune changed its row: the offer goes until the next change.

    Returns False when the school has no row adopted from it.
    """
    row = PartnerRow.objects.filter(plan=plan, source_id=partner_id).select_related("source").first()
    if row is None or row.source is None:
        return False
    row.source_version = row.source.version
    row.save(update_fields=["source_version"])
    return True


# The PDF for the staff room and the school's website ------------------------------------------------


def _columns(section: str) -> list[tuple[str, str]]:
    labels = field_labels(section)
    columns = {
        "prevention": ["what", "audience", "when", "how", "responsible"],
        "situations": ["situation", "follow_up", "responsible"],
        "partners": ["function", "name", "contact"],
        "roles": ["function", "name", "tasks"],
    }
    return [(field, str(labels[field])) for field in columns[section]]


def _cell(row: Any, field: str) -> str:
    if field == "contact":
        return "\n".join(value for value in (row.phone, row.email, row.address) if value)
    return str(getattr(row, field) or "")


def plan_pdf(plan: SchoolPlan) -> bytes:
    """The plan as an A4 PDF in the template's layout: a title, then the five numbered parts with their tables.

    Written in the active language. Returns the PDF's bytes.
    """
    school = plan.school
    tables = {key: rows(plan, key) for key, section in SECTIONS.items() if section.model is not None}
    text = " ".join(
        [
            school.name,
            plan.goals,
            *(_cell(row, f) for key, found in tables.items() for row in found for f, _l in _columns(key)),
        ]
    )
    pdf = KorusPDF(format="A4", fallbacks=fallbacks_for(text))
    pdf.set_text_shaping(needs_shaping(text))
    title = _("Plan for the substance-use prevention work")
    pdf.set_title(f"{title} – {school.name}")
    pdf.set_lang("nb")
    pdf.add_page()
    pdf.set_font(MAIN_FAMILY, "B", 18)
    pdf.multi_cell(0, 9, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(MAIN_FAMILY, "", 11)
    pdf.multi_cell(0, 6, school.name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    evaluated = date_format(plan.evaluated_on) if plan.evaluated_on else _("not yet")
    pdf.set_font(MAIN_FAMILY, "", 9)
    pdf.multi_cell(
        0,
        5,
        _("Last changed %(changed)s. Last evaluated: %(evaluated)s.")
        % {"changed": date_format(timezone.localdate(plan.updated_at)), "evaluated": evaluated},
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    for key, section in SECTIONS.items():
        pdf.ln(5)
        pdf.set_font(MAIN_FAMILY, "B", 13)
        pdf.multi_cell(0, 7, f"{section.number}. {section.title}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        pdf.set_font(MAIN_FAMILY, "", 9)
        if section.model is None:
            pdf.set_font(MAIN_FAMILY, "", 11)
            pdf.multi_cell(0, 6, plan.goals or "–", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        columns = _columns(key)
        width = pdf.epw / len(columns)
        with pdf.table(line_height=PDF_LINE_HEIGHT, first_row_as_headings=True) as table:
            heading = table.row()
            for _field, label in columns:
                heading.cell(label)
            for row in tables[key]:
                for piece in _row_pieces(pdf, [_cell(row, field) for field, _label in columns], width):
                    cells = table.row()
                    for text in piece:
                        cells.cell(text)
    return bytes(pdf.output())


def _row_pieces(pdf: KorusPDF, texts: list[str], width: float) -> list[list[str]]:
    """The cells of one table row, cut into rows of at most ``PDF_LINES_PER_ROW`` lines each.

    A table row is never split over pages, and a row taller than a page cannot be drawn at all,
    so a long cell continues in the rows below it, marked "(continued)". Takes the cells' texts and
    the column width in mm (the font must be set); returns the rows' texts, the whole text kept.
    """
    lines: list[list[str]] = [
        cast(list[str], pdf.multi_cell(width, PDF_LINE_HEIGHT, text, dry_run=True, output=MethodReturnValue.LINES))
        if text
        else []
        for text in texts
    ]
    tallest = max(len(cell) for cell in lines)
    if tallest <= PDF_LINES_PER_ROW:
        return [texts]
    pieces = []
    for start in range(0, tallest, PDF_LINES_PER_ROW):
        piece = ["\n".join(cell[start : start + PDF_LINES_PER_ROW]).strip() for cell in lines]
        if start and not piece[0]:
            piece[0] = _("(continued)")
        pieces.append(piece)
    return pieces


# The Kjentmann's checklist (seeds/000, "Sjekkliste") ----------------------------------------------


@dataclass(frozen=True)
class ChecklistPoint:
    """One of the ten points: what the Kjentmann has done, a hint, and where to read more."""

    number: int
    title: Promise
    hint: Promise
    links: tuple[str, ...]  # "material", "modules", "roles", "partners", "situations"


CHECKLIST = [
    ChecklistPoint(
        1,
        gettext_lazy("I have read the Kjentmann handbook"),
        gettext_lazy("The handbook and the latest material are in the material library."),
        ("material",),
    ),
    ChecklistPoint(
        2,
        gettext_lazy("I have made clear whether this is risky substance use"),
        gettext_lazy("Look at the signals and the stages of use described in the learning modules."),
        ("modules",),
    ),
    ChecklistPoint(
        3,
        gettext_lazy("I have judged what the situation calls for"),
        gettext_lazy("Is it a worry to follow up, or does it need action today? The school's plan says what staff do."),
        ("situations",),
    ),
    ChecklistPoint(
        4,
        gettext_lazy("I have considered who at the school is the right contact person for the pupil"),
        gettext_lazy("The plan names the key people and their roles."),
        ("roles",),
    ),
    ChecklistPoint(
        5,
        gettext_lazy("I have considered which partner outside the school is relevant"),
        gettext_lazy("The school's partner list has names and numbers."),
        ("partners",),
    ),
    ChecklistPoint(
        6,
        gettext_lazy("I have written down concrete observations I can point to"),
        gettext_lazy("What you saw and heard, when and where, not what you think it means."),
        (),
    ),
    ChecklistPoint(
        7,
        gettext_lazy("I have read up on the law that applies"),
        gettext_lazy(
            "Confidentiality, the duty to report and the rules on drug testing are explained in the material."
        ),
        ("material",),
    ),
    ChecklistPoint(
        8,
        gettext_lazy("I have talked with the pupil about who should be told"),
        gettext_lazy("Agree with the pupil, where you can, on who is told and how."),
        (),
    ),
    ChecklistPoint(
        9,
        gettext_lazy("I have decided whom I can discuss the case with, at the school and outside it"),
        gettext_lazy("Outside the school, discuss the case without naming the pupil."),
        ("partners",),
    ),
    ChecklistPoint(
        10,
        gettext_lazy("Have I forgotten something?"),
        gettext_lazy("Go through the school's follow-up routine once more."),
        ("situations",),
    ),
]


def fill_rows(
    plan: SchoolPlan, section: str, values: list[tuple[str, dict[str, str]]], user: User
) -> PlanVersion | None:
    """Fill in rows of one part, each found by its first field (the audience, situation or role), and record a
    version. A heading the plan lacks becomes a new row. For the demo and for imports; people use the forms.

    ``values`` pairs a row's heading with the fields to set. Returns the version, or None when nothing changed.
    """
    model = _row_model(section)
    heading = SECTIONS[section].fields[0]
    changed = 0
    with transaction.atomic():
        existing = {getattr(row, heading): row for row in rows(plan, section)}
        for title, fields in values:
            row = existing.get(title) or model(plan=plan, sort_order=len(existing) + changed, **{heading: title})
            for field, value in fields.items():
                setattr(row, field, value)
            row.save()
            changed += 1
        if not changed:
            return None
        summary = ngettext("%(n)d row changed", "%(n)d rows changed", changed) % {"n": changed}
        return _record(plan, user, section, f"{SECTIONS[section].title}: {summary}")
