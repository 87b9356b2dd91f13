"""The data-entry template: one sheet per unit, rows = indicators grouped by field.

``sheet_template`` gathers the data (selectors) into a plain ``TemplateSheet`` list, then
renders it with openpyxl. What staff must not type (titles, names, units of measure, the
plan unless asked for) is locked by sheet protection without a password (protection
guards against slips, not against people); the input cells are unlocked and shaded.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tiendo.catalogue.models import Indicator
from tiendo.catalogue.selectors import indicator_list
from tiendo.core.models import Field
from tiendo.core.vn import int_to_roman, sort_key
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.messages import (
    HEADERS,
    HINT_LINE,
    MARK_PROMPT,
    PERIOD_LINE,
    TITLE,
    UNIT_LINE,
)
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import key_of, period_label, year_key
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_children_during

FONT = "Times New Roman"
# Excel shows the grouping and decimal marks of the reader's locale: 5.738,9 on a
# Vietnamese Windows. One decimal at least, up to three.
NUMBER_FORMAT = "#,##0.0##"
_WIDTHS = {L.COL_STT: 6, L.COL_NAME: 52, L.COL_UOM: 14, L.COL_PLAN: 14, L.COL_VALUE: 14,
           L.COL_MARK: 11, L.COL_NOTE: 32, L.COL_CODE: 20}
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class TemplateRow:
    indicator: Indicator
    plan: Decimal | None
    value: Decimal | None
    estimated: bool
    note: str


@dataclass(frozen=True)
class TemplateSheet:
    unit: Unit
    title: str
    groups: list[tuple[str, list[TemplateRow]]]


def sheet_template(
    unit: Unit, period: Period, *, indicators: Iterable[Indicator] | None = None,
    plan_editable: bool = False,
) -> bytes:
    """An XLSX data-entry form for ``unit`` and its child units valid in ``period``.

    One sheet per unit (the unit first, then its children in Vietnamese order), named by
    the short name. ``Kế hoạch`` shows the year's plan (yearly plan, else the budget
    estimate; for a term period the resolution's target) and is locked unless
    ``plan_editable``: then what is typed there is imported as the unit's yearly plan.
    ``Thực hiện``/``Ước tính``/``Ghi chú`` are prefilled from earlier sheet imports, so that
    exporting and importing again changes nothing. ``indicators`` defaults to the catalogue.
    """
    sheets = template_sheets(unit, period, indicators=indicators)
    return render_template(sheets, period, plan_editable=plan_editable)


def template_sheets(
    unit: Unit, period: Period, *, indicators: Iterable[Indicator] | None = None
) -> list[TemplateSheet]:
    """The data of a template: units, indicators by field, known plans and sheet results."""
    children = sorted(
        unit_children_during(unit=unit, start=period.start, end=period.end),
        key=lambda u: sort_key(u.name),
    )
    units = [unit, *children]
    chosen = list(indicators) if indicators is not None else list(indicator_list())
    plans = _plans(units, period, chosen)
    results = {
        (r.unit_id, r.indicator_id): r
        for r in Result.objects.filter(
            unit__in=units, period=period, indicator__in=chosen, provenance=Result.Provenance.SHEET
        )
    }
    sheets: list[TemplateSheet] = []
    titles: set[str] = set()
    for each in units:
        groups: list[tuple[str, list[TemplateRow]]] = []
        for field in Field:
            rows = []
            for indicator in (i for i in chosen if i.field == field):
                result = results.get((each.pk, indicator.pk))
                rows.append(TemplateRow(
                    indicator=indicator, plan=plans.get((each.pk, indicator.pk)),
                    value=result.value if result else None,
                    estimated=bool(result and result.estimated), note=result.note if result else "",
                ))
            if rows:
                groups.append((str(field.label), rows))
        title = _sheet_title(each.short_name or each.name, titles)
        titles.add(title)
        sheets.append(TemplateSheet(unit=each, title=title, groups=groups))
    return sheets


def _plans(
    units: list[Unit], period: Period, indicators: list[Indicator]
) -> dict[tuple[int, int], Decimal]:
    if period.kind == Period.Kind.TERM:
        target_period, sources = period, [Target.Source.RESOLUTION]
    else:
        key = year_key(period)
        target_period = Period.objects.filter(kind=key.kind, year=key.year, number=key.number).first()
        sources = [Target.Source.BUDGET_ESTIMATE, Target.Source.YEARLY_PLAN]
    if target_period is None:
        return {}
    plans: dict[tuple[int, int], Decimal] = {}
    # Later sources in ``sources`` win: the yearly plan over the budget estimate.
    targets = Target.objects.filter(
        unit__in=units, period=target_period, indicator__in=indicators, source__in=sources
    )
    for target in sorted(targets, key=lambda t: sources.index(t.source)):
        plans[(target.unit_id, target.indicator_id)] = target.value
    return plans


def _sheet_title(name: str, taken: set[str]) -> str:
    base = " ".join(name.translate(_SHEET_NAME_FORBIDDEN).split())[:28] or "Đơn vị"
    title, n = base, 2
    while title.casefold() in {t.casefold() for t in taken} or title == L.META_SHEET:
        title, n = f"{base} ({n})", n + 1
    return title


# ---------------------------------------------------------------- rendering


def render_template(sheets: list[TemplateSheet], period: Period, *, plan_editable: bool) -> bytes:
    book = Workbook()
    book.remove(book.active)
    label = period_label(period)
    for sheet in sheets:
        _render_sheet(book.create_sheet(sheet.title), sheet, label, plan_editable=plan_editable)
    meta = book.create_sheet(L.META_SHEET)
    meta.append([L.META_FORMAT, L.FORMAT_VERSION])
    meta.append([L.META_PERIOD, key_of(period).code])
    meta.append([L.META_PLAN_EDITABLE, 1 if plan_editable else 0])
    for sheet in sheets:
        meta.append([L.META_UNIT, sheet.title, sheet.unit.pk, sheet.unit.code])
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    book.active = 0
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _render_sheet(ws: Worksheet, sheet: TemplateSheet, period_text: str, *, plan_editable: bool) -> None:
    last = get_column_letter(L.COL_NOTE)
    for row, text, size, bold in (
        (1, str(TITLE), 14, True),
        (2, str(UNIT_LINE) % {"unit": sheet.unit.name}, 13, True),
        (3, str(PERIOD_LINE) % {"period": period_text}, 13, False),
        (4, str(HINT_LINE), 11, False),
    ):
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = Font(name=FONT, size=size, bold=bold, italic=row == 4)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[4].height = 32

    ws.cell(row=1, column=L.COL_CODE, value=L.UNIT_MARK)
    ws.cell(row=2, column=L.COL_CODE, value=sheet.unit.pk)
    ws.cell(row=3, column=L.COL_CODE, value=sheet.unit.code)
    for column, header in enumerate(HEADERS, start=1):
        cell = ws.cell(row=L.HEADER_ROW, column=column, value=str(header))
        cell.font = Font(name=FONT, size=12, bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    marks = DataValidation(
        type="list", formula1='"x"', allow_blank=True, showErrorMessage=True,
        promptTitle=str(HEADERS[5]), prompt=str(MARK_PROMPT),
        errorTitle=str(HEADERS[5]), error=str(MARK_PROMPT),
    )
    ws.add_data_validation(marks)
    inputs = [L.COL_VALUE, L.COL_MARK, L.COL_NOTE] + ([L.COL_PLAN] if plan_editable else [])
    row = L.FIRST_DATA_ROW
    for number, (field_label, rows) in enumerate(sheet.groups, start=1):
        ws.cell(row=row, column=L.COL_STT, value=int_to_roman(number))
        ws.cell(row=row, column=L.COL_NAME, value=field_label.upper())
        for column in range(L.COL_STT, L.COL_NOTE + 1):
            cell = ws.cell(row=row, column=column)
            cell.font = Font(name=FONT, size=12, bold=True)
            cell.border = _BOX
        row += 1
        for index, item in enumerate(rows, start=1):
            values = {
                L.COL_STT: index, L.COL_NAME: item.indicator.name, L.COL_UOM: item.indicator.uom,
                L.COL_PLAN: item.plan, L.COL_VALUE: item.value,
                L.COL_MARK: "x" if item.estimated else None, L.COL_NOTE: item.note or None,
                L.COL_CODE: item.indicator.code,
            }
            for column, value in values.items():
                cell = ws.cell(row=row, column=column, value=value)
                cell.font = Font(name=FONT, size=12)
                if column != L.COL_CODE:
                    cell.border = _BOX
                if column in (L.COL_PLAN, L.COL_VALUE):
                    cell.number_format = NUMBER_FORMAT
                    cell.alignment = Alignment(horizontal="right")
                elif column in (L.COL_STT, L.COL_UOM, L.COL_MARK):
                    cell.alignment = Alignment(horizontal="center")
                elif column == L.COL_NAME:
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
                if column in inputs:
                    cell.protection = Protection(locked=False)
                    cell.fill = _INPUT_FILL
            marks.add(ws.cell(row=row, column=L.COL_MARK))
            row += 1

    for column, width in _WIDTHS.items():
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.column_dimensions[get_column_letter(L.COL_CODE)].hidden = True
    ws.freeze_panes = ws.cell(row=L.FIRST_DATA_ROW, column=L.COL_UOM)
    ws.print_title_rows = f"{L.HEADER_ROW}:{L.HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True
    # Staff may still widen columns and rows; they may not insert, delete or sort.
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
