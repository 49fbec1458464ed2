"""Charts as accessible SVG drawn on the server with pygal: no script, no CDN, a title and a description.

``bar_chart`` takes labels and one or more named series of numbers and returns the SVG as a
string safe to put in a page (``mark_safe``): it starts with ``<title>`` and ``<desc>``, has
``role="img"`` and ``aria-labelledby`` naming both, and carries no ``<script>`` (pygal's
interactive tooltips are left out; the figures are always in a table beside the chart).
Numbers are written the Norwegian way (``97,5``); counts get whole-number ticks.
``responsive_bar_chart`` draws the same chart twice, wide and narrow, for the page's CSS to
show one of them, so the text stays readable on a phone as on a wide screen.
"""

import html
import math
import re
import uuid
from collections.abc import Sequence

import pygal
from pygal.style import Style

from django.utils.formats import get_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

# Designsystemet's accent and neutral colours, and a readable sans-serif. Sizes are in the
# SVG's own units: the chart is drawn as wide as it is shown (``WIDE`` or ``NARROW`` pixels).
FONT_SIZE = 15
STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#1e2b3c",
    foreground_strong="#1e2b3c",
    foreground_subtle="#68707c",
    colors=("#0062ba", "#e3652b", "#118849", "#7a1d99", "#68707c"),
    font_family="Inter, 'Segoe UI', Arial, sans-serif",
    label_font_size=FONT_SIZE,
    major_label_font_size=FONT_SIZE,
    value_font_size=FONT_SIZE,
    legend_font_size=FONT_SIZE,
    value_label_font_size=FONT_SIZE,
    tooltip_font_size=FONT_SIZE,
    title_font_size=FONT_SIZE + 2,
    no_data_font_size=FONT_SIZE + 2,
)
WIDE = 760
NARROW = 360
# The average width of a character relative to the font size, to judge how much text fits.
CHARACTER_WIDTH = 0.6

_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_OPENING = re.compile(r"<svg\b[^>]*>")

Series = Sequence[tuple[str, Sequence[float | int | None]]]


def norwegian_number(value: float | int | None, *, percent: bool = False) -> str:
    """``value`` as Norwegian text: comma as decimal mark, at most one decimal, "" for None.

    ``97.5`` gives ``"97,5"``, ``3.0`` gives ``"3"``; with ``percent`` a non-breaking space and
    ``%`` follow (``"97,5 %"``). The decimal mark is that of the active language's formats.
    """
    if value is None:
        return ""
    rounded = round(float(value), 1)
    text = str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
    text = text.replace(".", str(get_format("DECIMAL_SEPARATOR")))
    return f"{text}\u00a0%" if percent else text


def count_ticks(highest: float, steps: int = 6) -> list[int]:
    """Whole-number axis ticks from 0 to at least ``highest``: at most ``steps`` + 1, a round step (1, 2, 5, 10 …)."""
    top = max(1, math.ceil(highest))
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if top <= steps * step:
                return list(range(0, math.ceil(top / step) * step + 1, step))
        magnitude *= 10


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


def _legend_columns(names: Sequence[str], width: int) -> int:
    """As many legend columns as fit the longest name without running into the next one."""
    longest = max((len(name) for name in names), default=0)
    needed = longest * FONT_SIZE * CHARACTER_WIDTH + 40  # the colour box and a gap
    return max(1, min(len(names), 4, int((width - 40) // needed)))


def bar_chart(
    *,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Series,
    stacked: bool = False,
    horizontal: bool = False,
    percent: bool = False,
    width: int = WIDE,
    legend: bool = True,
) -> SafeString:
    """A bar chart of ``series`` (name, values per label) over ``labels``, as accessible SVG ``width`` units wide.

    ``stacked`` piles the series on each other; ``horizontal`` lays the bars sideways (long
    labels, many rows), the first label at the top as in a table; ``percent`` fixes the axis
    at 0–100 in steps of 20 (50 when narrow), otherwise the values are counts and the ticks
    whole numbers (fewer when narrow, so they do not crowd).
    Values may be None (no bar). Numbers are written with a decimal comma. ``legend`` False
    leaves the legend out (``responsive_bar_chart`` writes it as HTML instead). Long labels are
    cut short with "…" to leave room for the bars; the table beside the chart has them in full.
    """
    label_room = max(12, int((width * (0.4 if horizontal else 1)) // (FONT_SIZE * CHARACTER_WIDTH)))
    if not horizontal:
        label_room = 8 if width < WIDE else 16
    labels = [label if len(label) <= label_room else label[: label_room - 1] + "…" for label in labels]
    values = [(name, list(numbers)) for name, numbers in series]
    if horizontal:  # pygal draws the first label at the bottom; a reader expects the table's order
        labels.reverse()
        for _name, numbers in values:
            numbers.reverse()
    if stacked:
        chart_class = pygal.HorizontalStackedBar if horizontal else pygal.StackedBar
    else:
        chart_class = pygal.HorizontalBar if horizontal else pygal.Bar
    narrow = width < WIDE
    if percent:
        ticks = list(range(0, 101, 50 if narrow else 20))
    else:
        totals = [0.0] * len(labels)
        for _name, numbers in values:
            for i, number in enumerate(numbers):
                totals[i] = totals[i] + (number or 0) if stacked else max(totals[i], number or 0)
        ticks = count_ticks(max(totals, default=0), 3 if narrow else 6)
    names = [name for name, _numbers in values]
    show_legend = legend and len(names) > 1
    columns = _legend_columns(names, width)
    row_height = 44 if horizontal else 0
    legend_rows = math.ceil(len(names) / columns) if show_legend else 0
    height = (max(300, 80 + row_height * len(labels)) if horizontal else (340 if narrow else 420)) + 26 * legend_rows
    chart = chart_class(
        style=STYLE,
        js=[],
        disable_xml_declaration=True,
        width=width,
        height=height,
        legend_at_bottom=True,
        legend_at_bottom_columns=columns,
        show_legend=show_legend,
        print_values=not stacked,
        print_zeroes=False,
        truncate_label=-1,
        truncate_legend=-1,
        x_label_rotation=0 if horizontal or not narrow or len(labels) <= 4 else 40,
        y_labels=ticks,
        range=(0, 100) if percent else None,
        value_formatter=lambda v: norwegian_number(v, percent=percent),
        no_data_text="",
        margin=12,
        spacing=10,
    )
    chart.x_labels = labels
    for name, numbers in values:
        chart.add(name, numbers)
    return _accessible(chart.render(is_unicode=True), title, description)


def chart_legend(names: Sequence[str]) -> SafeString:
    """The series' names with their colours as an HTML list (``ul.chart-legend``) that wraps like text.

    Hidden from screen readers: the chart's description and its table say the same.
    """
    items = format_html_join(
        "",
        '<li><svg class="chart-legend__swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" '
        'focusable="false"><rect width="14" height="14" fill="{}" fill-opacity="{}"/></svg>{}</li>',
        ((STYLE.colors[i % len(STYLE.colors)], STYLE.opacity, name) for i, name in enumerate(names)),
    )
    return format_html('<ul class="chart-legend" aria-hidden="true">{}</ul>', items)


def responsive_bar_chart(**kwargs) -> SafeString:
    """The same ``bar_chart`` drawn wide and narrow, each in a ``<div>`` the page's CSS shows at its size.

    Takes ``bar_chart``'s arguments but ``width`` and ``legend``. The wide one is in
    ``.chart--wide``, the narrow one in ``.chart--narrow``; hidden with ``display: none`` the
    other is hidden from screen readers too. With more than one series the legend follows
    both as HTML (``chart_legend``), so a long name wraps instead of running into the next.
    """
    names = [name for name, _values in kwargs["series"]]
    return format_html(
        '<div class="chart chart--wide">{}</div><div class="chart chart--narrow">{}</div>{}',
        bar_chart(width=WIDE, legend=False, **kwargs),
        bar_chart(width=NARROW, legend=False, **kwargs),
        chart_legend(names) if len(names) > 1 else "",
    )
