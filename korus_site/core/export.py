"""Tables as CSV (semicolon-separated with a BOM, so Excel in Norway opens it right) or XLSX."""

import csv
import datetime
import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from django.http import HttpResponse
from django.utils import timezone

Row = Sequence[object]


# A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _plain(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        # Names and school names are typed by the public: never let one become a live formula.
        return "'" + value
    return "" if value is None else value


def csv_response(filename: str, header: Row, rows: Iterable[Row]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(header)
    for row in rows:
        values = [_plain(v) for v in row]
        writer.writerow([v.strftime("%d.%m.%Y %H:%M") if isinstance(v, datetime.datetime) else v for v in values])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(filename: str, title: str, header: Row, rows: Iterable[Row]) -> HttpResponse:
    """One table as an XLSX download named ``filename``.xlsx, on one sheet called ``title``."""
    return xlsx_workbook_response(filename, [(title, header, rows)])


def xlsx_workbook_response(filename: str, sheets: Sequence[tuple[str, Row, Iterable[Row]]]) -> HttpResponse:
    """Several tables as one XLSX download: one sheet per (title, header, rows), in order.

    Header cells are bold, the header row is frozen, columns are as wide as their text (at
    most 60 characters, longer text wraps) and text that looks like a formula is kept as text.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in sheets:
        _fill_sheet(workbook.create_sheet(title[:31]), header, rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response


def _fill_sheet(sheet, header: Row, rows: Iterable[Row]) -> None:
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) for h in header]
    for row in rows:
        values = [_plain(v) for v in row]
        sheet.append(values)
        for i, cell in enumerate(sheet[sheet.max_row]):
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(cell.value, str) and len(cell.value) > 60:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            widths[i] = max(widths[i], min(len(str(values[i])), 60))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width + 2
    sheet.freeze_panes = "A2"
