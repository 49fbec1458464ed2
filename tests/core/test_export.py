"""Spreadsheet exports: what the public typed never becomes a formula in a staff member's Excel."""

import datetime
import io

from openpyxl import load_workbook

from django.utils import timezone

from korus_site.core.export import csv_response, xlsx_response

HEADER = ["Navn", "Skole", "Påmeldt"]
WHEN = timezone.make_aware(datetime.datetime(2026, 6, 5, 13, 0))
ROWS = [
    ['=HYPERLINK("http://example.test","Klikk")', "+47 Skole", WHEN],
    ["Åse Ødegård-Nilsen", "-Bakkeby skole", None],
    ["@SUM(A1)", "Vanlig skole", WHEN],
]


def test_csv_neutralises_formulas_and_keeps_norwegian_text():
    text = csv_response("deltakere", HEADER, ROWS).content.decode("utf-8")
    assert text.startswith("\ufeffNavn;Skole;Påmeldt")
    lines = text.splitlines()
    assert lines[1].startswith("\"'=HYPERLINK(")
    assert ";'+47 Skole;05.06.2026 13:00" in lines[1]
    assert lines[2] == "Åse Ødegård-Nilsen;'-Bakkeby skole;"
    assert lines[3].startswith("'@SUM(A1);")


def test_xlsx_stores_text_as_text_and_dates_as_dates():
    response = xlsx_response("deltakere", "Deltakere", HEADER, ROWS)
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == HEADER
    first = sheet[2]
    assert first[0].data_type == "s"
    assert first[0].value == '\'=HYPERLINK("http://example.test","Klikk")'
    assert first[1].value == "'+47 Skole"
    assert first[2].value == datetime.datetime(2026, 6, 5, 13, 0)
    assert sheet[3][0].value == "Åse Ødegård-Nilsen"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
