"""The school register: a school found or added at sign-up, who sees which schools, and merging duplicates."""

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, models, transaction
from django.db.models import Count, ForeignObjectRel, Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from courses.choices import EnrollmentStatus
from courses.models import CourseSeriesPage, Enrollment, Registration, School
from courses.validators import normalise_orgnr
from home.models import Kommune, Region
from korus_site.accounts.types import User

logger = logging.getLogger(__name__)

MERGE_LOG_ACTION = "courses.school_merge"


def find_or_create_school(*, orgnr: str, name: str, kommune: Kommune, school_type: str) -> School:
    """The school with this organisation number; created the first time it signs up.

    The register's own details win: an existing school keeps its name unless it had none.
    """
    school, created = School.objects.get_or_create(
        orgnr=orgnr, defaults={"name": name.strip(), "kommune": kommune, "school_type": school_type}
    )
    if not created and not school.name:
        school.name = name.strip()
        school.save(update_fields=["name"])
    return school


def schools_signed_up_in(regions: QuerySet[Region]) -> QuerySet[School]:
    """Schools with a registration or an enrollment (any status) in a series of one of ``regions``.

    What a region's staff see of the shared register (``courses.permissions``).
    """
    return School.objects.filter(
        Q(pk__in=Registration.objects.filter(series__region__in=regions).values("school_id"))
        | Q(pk__in=Enrollment.objects.filter(series__region__in=regions).values("school_id"))
    )


def search_schools(schools: QuerySet[School], text: str) -> QuerySet[School]:
    """``schools`` whose name contains ``text``, or whose organisation number contains its digits.

    The number may be typed as printed ("974 760 673", "NO 974760673 MVA"): it is
    normalised as in ``courses.validators.normalise_orgnr`` first.
    """
    text = text.strip()
    query = Q(name__icontains=text)
    digits = normalise_orgnr(text)
    if digits.isdigit():
        query |= Q(orgnr__contains=digits)
    return schools.filter(query)


def merge_candidates(keep: School, text: str = "") -> QuerySet[School]:
    """Schools that may be duplicates of ``keep``, for staff to choose from; ``keep`` left out.

    With ``text``: those matching it (``search_schools``). Without: those in the same
    kommune, or whose name shares its first word ("Bakkeby" in "Bakkeby ungdomsskole").
    """
    others = School.objects.exclude(pk=keep.pk).select_related("kommune")
    if text.strip():
        return search_schools(others, text)
    first_word = keep.name.split()[0] if keep.name.split() else keep.name
    return others.filter(Q(kommune_id=keep.kommune_id) | Q(name__icontains=first_word))


# Merging duplicates ---------------------------------------------------------------------


class MergeError(Exception):
    """The merge cannot be done as asked; ``message`` is for the person who asked."""

    def __init__(self, message: str | Promise) -> None:
        super().__init__(message)
        self.message = message


def _references() -> list[tuple[type[models.Model], str]]:
    """Every model field that points at a school, as (model, field name), found from the models.

    Read from ``School._meta`` (hidden relations included, as ``Registration.school`` is),
    so a model added later that refers to a school is moved by a merge without changing it.
    """
    return [
        (relation.related_model, relation.field.name)
        for relation in School._meta.get_fields(include_hidden=True)
        if isinstance(relation, ForeignObjectRel)
        and isinstance(relation.related_model, type)
        and relation.auto_created
        and not relation.concrete
        and (relation.one_to_many or relation.one_to_one)
    ]


def references_to(school: School) -> list[tuple[type[models.Model], int]]:
    """What still refers to ``school``: ``[(model, number of rows)]``, models with none left out."""
    found = []
    for model, field_name in _references():
        count = model._base_manager.filter(**{field_name: school}).count()
        if count:
            found.append((model, count))
    return found


@dataclass(frozen=True)
class SeatsOverShare:
    """A series where the kept school will hold more seats than its share after the merge."""

    series: CourseSeriesPage
    seats: int
    share: int


@dataclass(frozen=True)
class MergePlan:
    """What ``merge_schools`` would do, for the confirmation page.

    ``moves`` maps each duplicate's id to ``[(model, number of rows)]`` that would move to
    ``keep``, models with no rows left out. ``over_share`` lists the series where the kept
    school will then hold more confirmed seats than the series' ``max_per_school``: nobody
    loses a seat, but the school gets no more until it is under its share again.
    """

    keep: School
    duplicates: list[School]
    moves: dict[int, list[tuple[type[models.Model], int]]]
    over_share: list[SeatsOverShare]

    def moves_for(self, duplicate: School) -> list[tuple[type[models.Model], int]]:
        return self.moves.get(duplicate.pk, [])


@dataclass(frozen=True)
class MergeResult:
    """What ``merge_schools`` did: the kept school, the deleted duplicates and the rows moved per model label."""

    keep: School
    removed: list[dict[str, str]]
    moved: dict[str, int] = field(default_factory=dict)

    @property
    def total_moved(self) -> int:
        return sum(self.moved.values())


def _check(keep: School, duplicates: list[School]) -> None:
    if not duplicates:
        raise MergeError(_("Choose at least one duplicate to merge into this school."))
    if any(duplicate.pk == keep.pk for duplicate in duplicates):
        raise MergeError(_("The school to keep cannot also be one of the duplicates."))


def plan_merge(keep: School, duplicates: Iterable[School]) -> MergePlan:
    """What merging ``duplicates`` into ``keep`` would move, without changing anything.

    Raises ``MergeError`` when there is no duplicate or ``keep`` is among them. One count
    query per referring model plus one for the seats.
    """
    duplicates = list(duplicates)
    _check(keep, duplicates)
    moves: dict[int, list[tuple[type[models.Model], int]]] = {d.pk: [] for d in duplicates}
    for model, field_name in _references():
        rows = (
            model._base_manager.filter(**{f"{field_name}__in": duplicates})
            .values(field_name)
            .annotate(n=Count("pk"))
            .values_list(field_name, "n")
        )
        for school_id, count in rows:
            moves[school_id].append((model, count))

    seats = dict(
        Enrollment.objects.filter(school__in=[keep, *duplicates], status=EnrollmentStatus.CONFIRMED)
        .values("series")
        .annotate(n=Count("pk"))
        .values_list("series", "n")
    )
    limited = CourseSeriesPage.objects.filter(pk__in=seats, max_per_school__isnull=False).order_by("title")
    over_share = [
        SeatsOverShare(s, seats[s.pk], limit)
        for s in limited
        if (limit := s.max_per_school) is not None and seats[s.pk] > limit
    ]
    return MergePlan(keep=keep, duplicates=duplicates, moves=moves, over_share=over_share)


def _describe(school: School) -> dict[str, str]:
    return {"pk": str(school.pk), "orgnr": school.orgnr, "name": school.name}


def merge_schools(keep: School, duplicates: Iterable[School], by_user: User) -> MergeResult:
    """Merge duplicate entries of one school into ``keep``, then delete the duplicates.

    Every row that refers to a duplicate (registrations, enrollments and any other model
    with a foreign key to ``School``, found by ``_references``) is moved to ``keep``; then
    the duplicates are deleted. All of it happens in one transaction with the schools' rows
    locked, so it is done completely or not at all. Seats are not recounted: people keep the
    seats and places in line they had, even when the kept school then holds more than a
    series' share (``plan_merge`` lists those series beforehand).

    Logged in Wagtail's audit log as ``courses.school_merge``: one entry on the kept school
    listing what came from each duplicate, and one on each duplicate saying where it went
    (``deleted=True``), all by ``by_user``.

    Returns a ``MergeResult``. Raises ``MergeError`` when there is no duplicate, ``keep`` is
    among them, a chosen school no longer exists, or a one-to-one reference would clash.
    """
    duplicates = list(duplicates)
    _check(keep, duplicates)
    ids = [keep.pk, *(d.pk for d in duplicates)]
    try:
        with transaction.atomic():
            locked = {s.pk: s for s in School.objects.select_for_update().filter(pk__in=ids).order_by("pk")}
            if len(locked) != len(ids):
                raise MergeError(_("One of the schools has been removed in the meantime. Start again."))
            keep = locked[keep.pk]
            duplicates = [locked[d.pk] for d in duplicates]
            merged: list[dict[str, Any]] = []
            moved: dict[str, int] = {}
            for duplicate in duplicates:
                counts = {}
                for model, field_name in _references():
                    count = model._base_manager.filter(**{field_name: duplicate}).update(**{field_name: keep})
                    if count:
                        counts[model._meta.label] = count
                        moved[model._meta.label] = moved.get(model._meta.label, 0) + count
                merged.append({**_describe(duplicate), "moved": counts})
            kept = _describe(keep)
            log(instance=keep, action=MERGE_LOG_ACTION, user=by_user, data={"kept": kept, "merged": merged})
            for duplicate, description in zip(duplicates, merged, strict=True):
                # A uuid of its own: Wagtail's history lists one entry per uuid and action,
                # and this one must not hide the kept school's entry.
                log(
                    instance=duplicate,
                    action=MERGE_LOG_ACTION,
                    user=by_user,
                    uuid=uuid.uuid4(),
                    data={"kept": kept, "merged": [description]},
                    deleted=True,
                )
                duplicate.delete()
    except IntegrityError as error:
        raise MergeError(_("The schools could not be merged: both have data that only one school may have.")) from error
    logger.info(
        "Merged schools %s into %s (%s) by user %s; moved %s",
        ", ".join(d["orgnr"] for d in merged),
        keep.orgnr,
        keep.pk,
        getattr(by_user, "pk", None),
        moved,
    )
    return MergeResult(keep=keep, removed=[{"orgnr": d["orgnr"], "name": d["name"]} for d in merged], moved=moved)
