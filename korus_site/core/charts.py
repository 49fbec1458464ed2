"""Charts as accessible SVG drawn on the server with pygal: no script, no CDN, a title and a description.

Each function takes labels and one or more named series of numbers and returns the SVG as a
string safe to put in a page (``mark_safe``): it starts with ``<title>`` and ``<desc>``, has
``role="img"`` and ``aria-labelledby`` naming both, and carries no ``<script>`` (pygal's
interactive tooltips are left out; the figures are always in a table beside the chart).
"""

import html
import re
import uuid
from collections.abc import Sequence

import pygal
from pygal.style import Style

from django.utils.safestring import SafeString, mark_safe

# Designsystemet's accent and neutral colours, and a readable sans-serif.
STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#1e2b3c",
    foreground_strong="#1e2b3c",
    foreground_subtle="#68707c",
    colors=("#0062ba", "#e3652b", "#118849", "#7a1d99", "#68707c"),
    font_family="Inter, 'Segoe UI', Arial, sans-serif",
    label_font_size=14,
    major_label_font_size=14,
    value_font_size=13,
    legend_font_size=14,
)

_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_OPENING = re.compile(r"<svg\b[^>]*>")

Series = Sequence[tuple[str, Sequence[float | int | None]]]


def _accessible(svg: str, title: str, description: str) -> SafeString:
    """Remove scripts and comments; give the SVG role="img" and a <title> and <desc> it is labelled by."""
    svg = _COMMENT.sub("", _SCRIPT.sub("", svg))
    ident = f"chart-{uuid.uuid4().hex[:12]}"
    opening = _OPENING.search(svg)
    if opening is None:  # never: pygal always renders an <svg> root
        raise ValueError("No <svg> element in the chart")
    tag = opening.group(0)[:-1] + f' role="img" aria-labelledby="{ident}-title {ident}-desc" focusable="false">'
    head = (
        f'<title id="{ident}-title">{html.escape(title)}</title>'
        f'<desc id="{ident}-desc">{html.escape(description)}</desc>'
    )
    return mark_safe(svg[: opening.start()] + tag + head + svg[opening.end() :])  # noqa: S308 -- escaped above


def bar_chart(
    *,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Series,
    stacked: bool = False,
    horizontal: bool = False,
    percent: bool = False,
) -> SafeString:
    """A bar chart of ``series`` (name, values per label) over ``labels``, as accessible SVG.

    ``stacked`` piles the series on each other; ``horizontal`` lays the bars sideways (long
    labels, many rows); ``percent`` fixes the axis at 0–100. Values may be None (no bar).
    """
    if stacked:
        chart_class = pygal.HorizontalStackedBar if horizontal else pygal.StackedBar
    else:
        chart_class = pygal.HorizontalBar if horizontal else pygal.Bar
    height = max(320, 60 + 40 * len(labels)) if horizontal else 420
    chart = chart_class(
        style=STYLE,
        js=[],
        disable_xml_declaration=True,
        width=800,
        height=height,
        legend_at_bottom=True,
        legend_at_bottom_columns=min(max(len(series), 1), 4),
        show_legend=len(series) > 1,
        print_values=not stacked,
        print_zeroes=False,
        truncate_label=40,
        truncate_legend=40,
        range=(0, 100) if percent else None,
        min_scale=2,
        max_scale=8,
        value_formatter=(lambda v: f"{v:g} %") if percent else (lambda v: f"{v:g}"),
        no_data_text="",
    )
    chart.x_labels = list(labels)
    for name, values in series:
        chart.add(name, list(values))
    return _accessible(chart.render(is_unicode=True), title, description)
