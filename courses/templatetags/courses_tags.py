from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.choices import Phase

register = template.Library()

PHASE_COLOURS = {
    Phase.OPEN: "success",
    Phase.FULL: "warning",
    Phase.DRAFT: "info",
    Phase.CLOSED: "neutral",
    Phase.RUNNING: "info",
    Phase.FINISHED: "neutral",
    Phase.CANCELLED: "danger",
}


@register.inclusion_tag("courses/includes/phase_tag.html")
def phase_tag(series):
    phase = series.current_phase
    return {"phase": phase, "label": Phase(phase).label, "colour": PHASE_COLOURS[phase]}


@register.simple_tag
def seats_text(series) -> str:
    """“12 seats left”, or that new sign-ups go on the waiting list."""
    if series.current_phase == Phase.FULL:
        return _("Full: new sign-ups go on the waiting list")
    left = series.seats_left
    return ngettext("%(count)d seat left of %(total)d", "%(count)d seats left of %(total)d", left) % {
        "count": left,
        "total": series.seats,
    }


@register.simple_tag
def waitlist_text(series) -> str:
    """“3 on the waiting list”, or "" when nobody waits (``waitlisted_count``: annotated in the finder)."""
    waiting = series.waitlisted_count
    if not waiting:
        return ""
    return ngettext("%(count)d on the waiting list", "%(count)d on the waiting list", waiting) % {"count": waiting}


@register.filter
def chosen_for(answers: dict, question_id: str) -> list[str]:
    """The options chosen for a question in a quiz being redrawn."""
    return answers.get(question_id, [])


@register.simple_tag
def reflection_text(reflections: dict, prompt_id: str) -> str:
    return reflections.get(prompt_id, "")


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key)
