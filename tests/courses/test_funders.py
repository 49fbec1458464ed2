"""The funders' view (issue 15, point 5): its figures on a known data set, region scoping, charts and export."""

import datetime
import io
import itertools
import re
from collections import Counter

import pytest
from defusedxml import ElementTree as ET
from openpyxl import load_workbook

from django.utils import timezone

from courses.models import Certificate, Programme
from courses.services import funders
from home.models import Kommune, Region
from korus_site.core.charts import NARROW, WIDE, bar_chart, responsive_bar_chart
from tests.factories import (
    AttendanceFactory,
    CertificateFactory,
    CourseSeriesPageFactory,
    EnrollmentFactory,
    SchoolFactory,
    UserFactory,
)
from tests.forms import Form

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)
YEAR = 365 * DAY


def certify(series, school, *, issued_ago, email):
    """A certified person at ``school`` whose certificate was issued ``issued_ago`` before now."""
    enrollment = EnrollmentFactory(series=series, registration__school=school, participant=UserFactory(email=email))
    certificate = CertificateFactory(enrollment=enrollment)
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=timezone.now() - issued_ago)
    return enrollment.participant


@pytest.fixture
def known(oslo_courses, bergen_courses):
    """A known data set (years_active 3).

    Oslo: Alfa (ungdomsskole) has Anne, certified a year ago: active. Beta (videregående) has
    Bjørn, certified five years ago: not active. Gamma (videregående) has Guri, certified five
    years ago who attended a network gathering 200 days ago: active. Delta's certificate is revoked.
    Bergen: Epsilon (ungdomsskole, in Bergen) has Eli, certified a year ago: active.
    This year's Oslo series has four participants with a seat, two gatherings held (6 of 8
    attended) and two certificates.
    """
    now = timezone.now()
    oslo = Kommune.objects.get(number="0301")
    bergen = Kommune.objects.get(number="4601")
    old_oslo = CourseSeriesPageFactory(parent=oslo_courses, title="Oslo 2020", start=now - 6 * YEAR)
    old_bergen = CourseSeriesPageFactory(parent=bergen_courses, title="Bergen 2020", start=now - 6 * YEAR)
    alfa = SchoolFactory(name="Alfa", kommune=oslo, school_type="ungdomsskole")
    beta = SchoolFactory(name="Beta", kommune=oslo, school_type="videregaende")
    gamma = SchoolFactory(name="Gamma", kommune=oslo, school_type="videregaende")
    delta = SchoolFactory(name="Delta", kommune=oslo, school_type="ungdomsskole")
    epsilon = SchoolFactory(name="Epsilon", kommune=bergen, school_type="ungdomsskole")
    certify(old_oslo, alfa, issued_ago=YEAR, email="anne@skole.test")
    certify(old_oslo, beta, issued_ago=5 * YEAR, email="bjorn@skole.test")
    guri = certify(old_oslo, gamma, issued_ago=5 * YEAR, email="guri@skole.test")
    revoked = certify(old_oslo, delta, issued_ago=YEAR, email="dag@skole.test")
    Certificate.objects.filter(enrollment__participant=revoked).update(revoked_at=now)
    certify(old_bergen, epsilon, issued_ago=YEAR, email="eli@skole.test")

    network = CourseSeriesPageFactory(
        parent=oslo_courses,
        title="Nettverkssamling",
        is_network_gathering=True,
        start=now - 200 * DAY,
        gathering_count=1,
    )
    AttendanceFactory(
        enrollment=EnrollmentFactory(series=network, participant=guri, registration__school=gamma),
        gathering=network.gathering_list[0],
    )

    this_year = CourseSeriesPageFactory(parent=oslo_courses, title="Oslo i år", start=now - 2 * DAY, gathering_count=3)
    second = this_year.gathering_list[1]
    second.starts_at, second.ends_at = now - DAY, now - DAY + datetime.timedelta(hours=6)
    second.save()
    held = this_year.gathering_list[:2]
    people = [
        EnrollmentFactory(series=this_year, registration__school=alfa, confirmed_at=now - 30 * DAY) for _ in range(4)
    ]
    statuses = [("present", "present"), ("late", "absent"), ("present", "present"), ("excused", "present")]
    for enrollment, pair in zip(people, statuses, strict=True):
        for gathering, status in zip(held, pair, strict=True):
            AttendanceFactory(enrollment=enrollment, gathering=gathering, status=status)
    for enrollment in people[:2]:
        CertificateFactory(enrollment=enrollment)
    return {"this_year": this_year, "network": network}


def test_the_figures_on_a_known_data_set(known):
    oslo, bergen = Region.objects.get(slug="korus-oslo"), Region.objects.get(slug="korus-bergen")
    programmes = list(Programme.objects.all())
    year = timezone.localdate().year
    report = funders.report(regions=[oslo, bergen], programmes=programmes, year=year, level="fylke")

    rows = {row.label: row for row in report.reach}
    assert rows["Oslo"].active_by_type == {"ungdomsskole": 1, "videregaende": 1}
    assert rows["Oslo"].inactive_only == 1
    assert rows["Vestland"].active_by_type == {"ungdomsskole": 1}
    assert rows["Vestland"].inactive_only == 0
    # Anne, Guri, Eli and this year's two newly certified are active; Bjørn is not.
    assert (report.active_people, report.inactive_people) == (5, 1)

    by_region = funders.report(regions=[oslo, bergen], programmes=programmes, year=year, level="region")
    assert {(r.label, r.active_total) for r in by_region.reach} == {("KORUS Bergen", 1), ("KORUS Oslo", 2)}

    # Anne, Bjørn, Guri and Eli, and two this year; Dag's certificate is revoked.
    expected = Counter(
        timezone.localdate(timezone.now() - ago).year for ago in (YEAR, 5 * YEAR, 5 * YEAR, YEAR, 0 * DAY, 0 * DAY)
    )
    assert dict(report.certificates) == dict(expected)

    figures = {f.series.title: f for f in report.series}
    series = figures["Oslo i år"]
    assert (series.participants, series.gatherings_held, series.completed) == (4, 2, 2)
    assert series.completion_rate == 50.0
    # present, late, present, present, present, absent, excused (not counted), present: 6 of 8
    assert series.attended == 6
    assert series.attendance_rate == 75.0


def test_a_kjentmann_is_active_for_the_programmes_years():
    on = datetime.date(2026, 6, 1)
    assert funders.is_active(datetime.date(2023, 6, 2), 3, on)
    assert not funders.is_active(datetime.date(2023, 6, 1), 3, on)
    assert not funders.is_active(None, 3, on)
    assert funders.years_before(datetime.date(2028, 2, 29), 1) == datetime.date(2027, 2, 28)


def test_regional_staff_see_only_their_region_even_when_they_ask_for_another(client, known, oslo_staff):
    client.force_login(oslo_staff)
    html = client.get("/admin/rekkevidde/").content.decode()
    assert "Skoler med aktiv Kjentmann" in html
    assert "Oslo i år" in html
    assert "Vestland" not in html

    html = client.get("/admin/rekkevidde/?region=korus-bergen&level=kommune").content.decode()
    assert "Vestland" not in html
    assert "Bergen (Vestland)" not in html
    assert "Oslo (Oslo)" in html

    workbook = load_workbook(io.BytesIO(client.get("/admin/rekkevidde/rekkevidde.xlsx?region=korus-bergen").content))
    cells = {str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row}
    assert "Vestland" not in cells
    assert "Oslo" in cells


def test_staff_see_who_is_not_active(client, known, oslo_staff):
    client.force_login(oslo_staff)
    html = client.get("/admin/rekkevidde/").content.decode()
    assert "Sertifiserte personer" in html
    bjorn = Certificate.objects.get(enrollment__participant__email="bjorn@skole.test").name
    start = html.index(f'<th scope="row">{bjorn}</th>')
    assert "Ikke aktiv" in html[start : html.index("</tr>", start)]
    eli = Certificate.objects.get(enrollment__participant__email="eli@skole.test").name
    assert eli not in html  # Bergen's


def test_national_admins_see_every_region(client, known, national_admin):
    client.force_login(national_admin)
    html = client.get("/admin/rekkevidde/").content.decode()
    assert "KORUS Oslo" in html
    assert "KORUS Bergen" in html


def test_people_who_are_not_staff_are_refused(client, known):
    client.force_login(UserFactory())
    assert client.get("/admin/rekkevidde/").status_code in {302, 403}
    client.logout()
    assert client.get("/admin/rekkevidde/").status_code == 302


def test_charts_are_accessible_svg_with_their_table_and_no_script(client, known, oslo_staff):
    client.force_login(oslo_staff)
    html = client.get("/admin/rekkevidde/").content.decode()
    # Each chart is drawn wide and narrow; the page's CSS shows one of the two.
    assert html.count('class="chart chart--wide"') == 3
    assert html.count('class="chart chart--narrow"') == 3
    assert html.count('role="img"') == 6
    assert "<desc id=" in html
    assert "Skoler med aktiv Kjentmann per" in html
    assert '<script type="text/javascript">window.pygal' not in html
    assert "kozea.github.io" not in html
    assert '<th scope="row">Oslo</th>' in html


def test_the_filter_form_is_posted_back_as_a_person_would(client, known, national_admin):
    client.force_login(national_admin)
    form = Form.from_response(client.get("/admin/rekkevidde/"), having="level")
    form["level"] = "kommune"
    form["region"] = "korus-oslo"
    form["year"] = str(timezone.localdate().year)
    response = form.submit(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Oslo (Oslo)" in html
    assert "Bergen (Vestland)" not in html


def test_the_export_has_a_sheet_per_table(client, known, national_admin):
    client.force_login(national_admin)
    response = client.get("/admin/rekkevidde/rekkevidde.xlsx?level=fylke")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Om uttrekket", "Skoler", "Kursbevis", "Kursrekker"]
    schools = {row[0]: row for row in workbook["Skoler"].iter_rows(min_row=2, values_only=True)}
    assert schools["Oslo"][1] == "KORUS Oslo"
    series = {row[0]: row for row in workbook["Kursrekker"].iter_rows(min_row=2, values_only=True)}
    assert series["Oslo i år"][3:] == (4, 2, 2, 50, 75)


def test_staff_set_the_years_a_kjentmann_stays_active(client, national_admin):
    programme = Programme.objects.create(name="Kjentmann", slug="kjentmann")
    client.force_login(national_admin)
    url = f"/admin/snippets/courses/programme/edit/{programme.pk}/"
    form = Form.from_response(client.get(url), having="years_active")
    form["years_active"] = "4"
    response = form.submit(client)
    assert response.status_code == 302, response.content.decode()[:2000]
    programme.refresh_from_db()
    assert programme.years_active == 4

    form = Form.from_response(client.get(url), having="years_active")
    form["years_active"] = "0"
    response = form.submit(client)
    assert response.status_code == 200
    programme.refresh_from_db()
    assert programme.years_active == 4


# The charts: Norwegian numbers, whole-number ticks, readable text, the table's order ------------------

SVG = "{http://www.w3.org/2000/svg}"


def axis_texts(svg: str, axis: str) -> list[tuple[float, float, str]]:
    """The (x, y, text) of each label on the chart's ``axis`` ("x" or "y") as pygal draws it."""
    root = ET.fromstring(svg)
    group = next(g for g in root.iter(f"{SVG}g") if (g.get("class") or "").split()[:2] == ["axis", axis])
    return [(float(t.get("x", 0)), float(t.get("y", 0)), t.text or "") for t in group.iter(f"{SVG}text") if t.text]


def value_texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text") if "value" in (t.get("class") or "").split()]


def test_percentages_are_written_with_a_decimal_comma():
    svg = bar_chart(
        title="Fullføring",
        description="To stolper per kursrekke.",
        labels=["Oslo høst"],
        series=[("Fullføring (%)", [97.5]), ("Oppmøte (%)", [80])],
        horizontal=True,
        percent=True,
    )
    assert "97,5\u00a0%" in value_texts(svg)
    texts = [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert not [text for text in texts if re.search(r"\d\.\d", text)]  # no English decimal point
    assert [text for _x, _y, text in axis_texts(svg, "x")] == [f"{n}\u00a0%" for n in range(0, 101, 20)]
    narrow = bar_chart(
        title="Fullføring",
        description="To stolper per kursrekke.",
        labels=["Oslo høst"],
        series=[("Fullføring (%)", [97.5])],
        horizontal=True,
        percent=True,
        width=NARROW,
    )
    assert [text for _x, _y, text in axis_texts(narrow, "x")] == ["0\u00a0%", "50\u00a0%", "100\u00a0%"]


def test_counts_get_whole_number_ticks():
    svg = bar_chart(
        title="Skoler",
        description="Skoler per region.",
        labels=["KORUS Oslo", "KORUS Bergen"],
        series=[("Ungdomsskole", [1, 0]), ("Videregående", [0, 1])],
        stacked=True,
        horizontal=True,
    )
    ticks = [text for _x, _y, text in axis_texts(svg, "x")]
    assert ticks == ["0", "1"]
    assert all(re.fullmatch(r"\d+", tick) for tick in ticks)

    many = bar_chart(title="Kursbevis", description="Per år.", labels=["2024", "2025"], series=[("Kursbevis", [3, 23])])
    ticks = [int(text) for _x, _y, text in axis_texts(many, "y")]
    assert ticks[0] == 0
    assert ticks[-1] >= 23
    assert len({b - a for a, b in itertools.pairwise(ticks)}) == 1  # an even, whole step


def test_chart_text_is_readable_and_the_legend_does_not_overlap():
    long_name = "Barne- og ungdomsskole (1.–10. trinn)"
    svg = bar_chart(
        title="Skoler",
        description="Skoler per region.",
        labels=["KORUS Oslo"],
        series=[(long_name, [1]), ("Annet", [1]), ("Videregående", [0])],
        stacked=True,
        horizontal=True,
    )
    root = ET.fromstring(svg)
    assert root.get("viewBox") == f"0 0 {WIDE} {root.get('viewBox').split()[3]}"
    sizes = [int(size) for size in re.findall(r"text[^{]*\{[^}]*font-size:\s*(\d+)px", svg)]
    assert sizes
    assert min(sizes) >= 14
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legends")
    entries = [(t.get("x"), float(t.get("y")), t.text) for t in legend.iter(f"{SVG}text")]
    assert long_name in [text for _x, _y, text in entries]  # not cut short
    # The long name is alone on its row: no other entry starts on the same line.
    row = next(y for _x, y, text in entries if text == long_name)
    assert [text for _x, y, text in entries if y == row] == [long_name]


def test_on_a_phone_the_legend_wraps_as_text_and_long_labels_leave_room_for_the_bars():
    long_name = "Barne- og ungdomsskole (1.–10. trinn)"
    long_title = "Kjentmann Oslo høsten med et langt navn"
    both = str(
        responsive_bar_chart(
            title="Skoler",
            description="Skoler per kursrekke.",
            labels=[long_title],
            series=[(long_name, [1]), ("Annet", [2])],
            stacked=True,
            horizontal=True,
        )
    )
    assert 'class="legends"' not in both  # no legend inside the drawings
    legend = re.search(r'<ul class="chart-legend"[^>]*>(.*?)</ul>', both, re.DOTALL).group(1)
    assert re.findall(r"</svg>([^<]+)</li>", legend) == [long_name, "Annet"]
    narrow = re.search(r'<div class="chart chart--narrow">(<svg.*?</svg>)</div>', both, re.DOTALL).group(1)
    assert ET.fromstring(narrow).get("viewBox").split()[2] == str(NARROW)
    [(_x, _y, label)] = axis_texts(narrow, "y")
    assert label.endswith("…")
    assert len(label) * 15 * 0.6 < NARROW * 0.45  # the label takes under half the width


def test_the_table_writes_decimals_as_the_chart_does(client, known, oslo_staff):
    client.force_login(oslo_staff)
    html = client.get("/admin/rekkevidde/").content.decode()
    start = html.index('<th scope="row">Oslo i år</th>')
    row = html[start : html.index("</tr>", start)]
    assert 'data-label="Oppmøte (%)" class="number">75</td>' in row
    assert 'data-label="Fullført (%)" class="number">50</td>' in row
    assert "75,0" not in row


def test_the_chart_lists_places_in_the_tables_order(client, known, national_admin):
    client.force_login(national_admin)
    html = client.get("/admin/rekkevidde/?level=region").content.decode()
    wide = re.search(r'<div class="chart chart--wide">(<svg.*?</svg>)</div>', html, re.DOTALL).group(1)
    chart_order = [text for _x, _y, text in sorted(axis_texts(wide, "y"), key=lambda label: label[1])]
    table_order = re.findall(r'<th scope="row">(KORUS [^<]+)</th>', html)
    assert len(table_order) == 2
    assert chart_order == table_order  # top to bottom in both


# The page: its header, the tables on a phone and what each figure counts -------------------------------


def test_the_page_has_a_visible_reach_header(client, known, national_admin):
    client.force_login(national_admin)
    html = client.get("/admin/rekkevidde/").content.decode()
    heading = re.search(r'<h1 class="([^"]*)"[^>]*>(.*?)</h1>', html, re.DOTALL)
    assert "w-sr-only" not in heading.group(1)
    assert "Rekkevidde" in heading.group(2)


def test_table_cells_carry_their_heading_for_the_phone_layout(client, known, national_admin):
    client.force_login(national_admin)
    html = client.get("/admin/rekkevidde/?level=region").content.decode()
    start = html.index('<th scope="row">KORUS Oslo</th>')
    row = html[start : html.index("</tr>", start)]
    assert 'data-label="Skoler med aktiv Kjentmann" class="number">2</td>' in row
    assert 'data-label="KORUS-region"' in row


def test_the_page_says_what_each_figure_counts(client, known, national_admin):
    client.force_login(national_admin)
    html = client.get("/admin/rekkevidde/").content.decode()
    for _name, text in funders.EXPLANATIONS:
        assert str(text) in html
    assert "der skolen ligger" in html
    assert "regionen som holdt kursrekken" in html


def test_the_export_starts_with_what_was_chosen(client, known, national_admin):
    client.force_login(national_admin)
    year = timezone.localdate().year
    response = client.get(f"/admin/rekkevidde/rekkevidde.xlsx?level=fylke&region=korus-oslo&year={year}")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[0] == "Om uttrekket"
    about = {row[0]: row[1] for row in workbook["Om uttrekket"].iter_rows(min_row=2, values_only=True) if row[0]}
    assert about["Tallene gjelder per"] == timezone.localdate().strftime("%d.%m.%Y")
    assert about["År"] == str(year)
    assert about["Program"] == "Alle"
    assert about["KORUS-region"] == "KORUS Oslo"
    assert about["Skoler etter"] == "fylke"
    assert "Eksportert" in about
    assert "Skoler med aktiv Kjentmann" in about  # what the figures count
