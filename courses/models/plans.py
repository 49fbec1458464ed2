"""The school's plan for substance-use prevention, its partner list, and the kommune lists staff keep.

The plan follows the template in the Oslo guide (seeds/001, "Plan for det rusforebyggende
arbeidet"): 1 the school's goals, 2 preventive work per audience, 3 what staff do in three
situations, 4 partner services outside the school, 5 the roles of key people. It names roles
and services, never pupils: every text field is checked by the privacy guard
(``network.privacy``) in the forms that edit it. The rules that change a plan live in
``courses.services.plans``; who may see or edit it in ``courses.access``.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# The longest texts a plan holds, in characters: the goals about two pages, a cell of a row about one.
# Longer cells still print (the PDF splits a tall row over pages), but a plan is read in the staff room.
GOALS_MAX_LENGTH = 6000
CELL_MAX_LENGTH = 2000

# A telephone number as people write it: digits in groups, perhaps a leading + (or 00) and a country code.
PHONE_CHARACTERS = re.compile(r"\+?[0-9]+(?:[ \-.]?[0-9]+)*")


def validate_phone(value: str) -> None:
    """Refuse what cannot be dialled: the partner list turns a telephone number into a link that calls it.

    Norwegian numbers have 8 digits, and short service numbers 3 to 6 (113, 02800, 116 111); with a
    country code (``+46 …`` or ``0046 …``) a number has at most 15 digits (ITU-T E.164). Spaces,
    hyphens and full stops between the groups are allowed. Raises ``ValidationError`` otherwise.
    """
    value = value.strip()
    digits = re.sub(r"\D", "", value)
    international = value.startswith(("+", "00"))
    if value.startswith("00"):
        digits = digits[2:]
    length_ok = 7 <= len(digits) <= 15 if international else len(digits) in {3, 4, 5, 6, 8}
    if not PHONE_CHARACTERS.fullmatch(value) or not length_ok:
        raise ValidationError(
            _("Write a telephone number with digits only, for example 22 00 00 00 or +46 8 123 456 78."),
            code="phone",
        )


class SchoolPlan(models.Model):
    """One school's plan: the goals (part 1) and when it was last evaluated; the rows hang off it."""

    school = models.OneToOneField(
        "courses.School", verbose_name=_("school"), on_delete=models.CASCADE, related_name="plan"
    )
    goals = models.TextField(_("the school's goals"), max_length=GOALS_MAX_LENGTH, blank=True)
    evaluated_on = models.DateField(
        _("last evaluated"), null=True, blank=True, help_text=_("The plan is to be evaluated once a year.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("school plan")
        verbose_name_plural = _("school plans")

    def __str__(self):
        return str(self.school)


class PreventionRow(models.Model):
    """Part 2: one audience's preventive information or teaching: what, for whom, when, how, who is responsible."""

    plan = models.ForeignKey(SchoolPlan, on_delete=models.CASCADE, related_name="prevention_rows")
    audience = models.CharField(_("audience"), max_length=200)
    what = models.TextField(_("preventive information or teaching"), max_length=CELL_MAX_LENGTH, blank=True)
    when = models.CharField(_("when"), max_length=200, blank=True)
    how = models.TextField(_("how"), max_length=CELL_MAX_LENGTH, blank=True)
    responsible = models.CharField(_("responsible"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("preventive work")
        verbose_name_plural = _("preventive work")

    def __str__(self):
        return self.audience


class SituationRow(models.Model):
    """Part 3: what staff do in one situation (worry, a pupil intoxicated, suspected dealing)."""

    plan = models.ForeignKey(SchoolPlan, on_delete=models.CASCADE, related_name="situation_rows")
    situation = models.CharField(_("situation"), max_length=300)
    follow_up = models.TextField(_("follow-up"), max_length=CELL_MAX_LENGTH, blank=True)
    responsible = models.CharField(_("responsible"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("follow-up routine")
        verbose_name_plural = _("follow-up routines")

    def __str__(self):
        return self.situation


class PartnerFields(models.Model):
    """A partner service: its function, a contact's name, telephone, e-mail and address (seeds/000, seeds/001)."""

    function = models.CharField(_("service"), max_length=200)
    name = models.CharField(_("contact"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True, validators=[validate_phone])
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)

    CONTACT_FIELDS = ("function", "name", "phone", "email", "address")

    class Meta:
        abstract = True

    def __str__(self):
        return self.function

    def contact_values(self) -> dict[str, str]:
        """The partner's fields as a dict of strings, to copy or compare."""
        return {field: getattr(self, field) for field in self.CONTACT_FIELDS}


class KommunePartner(PartnerFields):
    """A service common to the schools of one kommune, kept by the region's staff for schools to adopt.

    ``version`` counts the changes; a school's adopted row remembers the version it took, so a
    later change is offered to the school, never forced on it.
    """

    kommune = models.ForeignKey(
        "home.Kommune", verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="partners"
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["kommune__name", "sort_order", "function"]
        verbose_name = _("municipal partner service")
        verbose_name_plural = _("municipal partner services")

    def save(self, *args, **kwargs):
        """Save; a change to the contact fields counts as a new version, which schools are offered."""
        if self.pk is not None:
            stored = type(self)._default_manager.filter(pk=self.pk).values(*self.CONTACT_FIELDS).first()
            if stored is not None and stored != self.contact_values():
                self.version += 1
                if "update_fields" in kwargs and kwargs["update_fields"] is not None:
                    kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)


class PartnerRow(PartnerFields):
    """Part 4: one partner service on a school's list, perhaps adopted from the kommune's list."""

    plan = models.ForeignKey(SchoolPlan, on_delete=models.CASCADE, related_name="partner_rows")
    source = models.ForeignKey(
        KommunePartner,
        verbose_name=_("from the municipality's list"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adopted_rows",
    )
    source_version = models.PositiveIntegerField(_("version taken"), null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("partner service")
        verbose_name_plural = _("partner services")


class RoleRow(models.Model):
    """Part 5: the role of one key person in the preventive work (principal, adviser, Kjentmann …)."""

    plan = models.ForeignKey(SchoolPlan, on_delete=models.CASCADE, related_name="role_rows")
    function = models.CharField(_("role"), max_length=200)
    name = models.CharField(_("name"), max_length=200, blank=True)
    tasks = models.TextField(_("tasks in the preventive work"), max_length=CELL_MAX_LENGTH, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("key person")
        verbose_name_plural = _("key people")

    def __str__(self):
        return self.function


class PlanVersion(models.Model):
    """One saved change to a plan: who, when, which part, a summary and the whole plan as it then stood."""

    plan = models.ForeignKey(SchoolPlan, on_delete=models.CASCADE, related_name="versions")
    created_at = models.DateTimeField(_("changed"), auto_now_add=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    section = models.CharField(_("part"), max_length=20)
    summary = models.CharField(_("what changed"), max_length=500)
    snapshot = models.JSONField(_("the plan as saved"), default=dict)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")

    def __str__(self):
        return f"{self.plan} {self.created_at:%Y-%m-%d %H:%M}"
