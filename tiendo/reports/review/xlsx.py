"""The appendix table alone as an XLSX sheet (openpyxl), numbers kept as numbers."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from tiendo.reports.review.structure import Report

FONT = "Times New Roman"
WIDTHS = [6, 55, 14, 14, 14, 12, 12, 16]
NUMBER_FORMAT = "#,##0.##"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def render_xlsx(report: Report) -> bytes:
    appendix = report.appendix
    book = Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    ncols = len(appendix.columns)
    for i, width in enumerate(WIDTHS[:ncols], start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    for row, (text, italic) in enumerate(
        ((appendix.title, False), (appendix.subtitle, False), (appendix.attached, True)), start=1
    ):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(name=FONT, size=13, bold=not italic, italic=italic)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    header_row = 5
    for col, text in enumerate(appendix.columns, start=1):
        cell = sheet.cell(row=header_row, column=col, value=text)
        cell.font = Font(name=FONT, size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    if not appendix.rows:
        sheet.cell(row=header_row + 1, column=2, value=appendix.placeholder).font = Font(name=FONT, italic=True)
    for offset, item in enumerate(appendix.rows, start=1):
        r = header_row + offset
        group = item.kind == "group"
        values = [
            item.stt, item.name, item.uom,
            _num(item.plan_value, item.plan), _num(item.actual_value, item.actual),
            _num(item.pct_plan_value, item.pct_plan), _num(item.pct_last_value, item.pct_last),
            item.judgement,
        ]
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            cell.font = Font(name=FONT, size=12, bold=group)
            cell.border = BOX
            if isinstance(value, float):
                cell.number_format = NUMBER_FORMAT
            cell.alignment = Alignment(
                horizontal="left" if col == 2 else ("right" if 4 <= col <= 7 else "center"),
                vertical="center", wrap_text=col == 2,
            )
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _num(value, text: str) -> float | str | None:
    """A number where the table has one; a ceiling (``≤ 0,75``) stays as its text."""
    if value is None:
        return None
    if text.startswith("≤"):
        return text
    return float(value)
