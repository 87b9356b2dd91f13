"""Importing spreadsheets: a filled-in template, or a plain table with a column mapping.

Both read the whole file and check every cell before writing anything; with a single
problem, nothing is written and the report lists every problem (sheet, cell, value, why).
Otherwise all the values are written in one transaction through ``result_create`` /
``result_update`` (provenance ``sheet``, the file name in ``source_label``, ``sheet!cell``
in ``source_ref``), so each change has its audit row and a value equal to the one stored
is left alone: importing the same file twice changes nothing the second time.

The ``Kế hoạch`` column of a template is imported only when the template was made with
``plan_editable`` (recorded in its hidden sheet): then a typed plan creates or updates the
unit's yearly plan (``Target.Source.YEARLY_PLAN``) for the period's year. Otherwise plans
are handed down by documents, the column is locked and anything in it is ignored.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from tiendo.accounts.access import entry_units
from tiendo.audit.services import Actor
from tiendo.catalogue.models import Indicator
from tiendo.core.services import nfc
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.lookup import (
    IndicatorIndex,
    is_locked,
    unit_find,
    unit_valid_during,
)
from tiendo.reports.sheets.messages import (
    FIELD_LABELS,
    MSG_COLUMN_MISSING,
    MSG_COLUMN_UNKNOWN,
    MSG_DUPLICATE,
    MSG_FIELD_UNKNOWN,
    MSG_FILE_UNREADABLE,
    MSG_FORMAT_VERSION,
    MSG_INDICATOR_UNKNOWN,
    MSG_NO_HEADER,
    MSG_NOT_A_TEMPLATE,
    MSG_PERIOD_LOCKED,
    MSG_PERIOD_UNKNOWN,
    MSG_REFUSED,
    MSG_REQUIRED,
    MSG_SHEET_UNIT_UNKNOWN,
    MSG_UNIT_FORBIDDEN,
    MSG_UNIT_NOT_IN_PERIOD,
)
from tiendo.reports.sheets.values import (
    FIELDS,
    REQUIRED_FIELDS,
    CellValueError,
    cell_text,
    guess_mapping,
    is_blank,
    parse_mark,
    parse_period,
    parse_value,
)
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import PeriodKey, dates, parse_code, period_get, period_label
from tiendo.results.services import result_create, result_update, target_create, target_update
from tiendo.units.models import Unit

FileLike = str | Path | bytes | IO[bytes]
_NOTE_LENGTH = 500


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong: where (sheet, cell — blank for the whole file or sheet) and why."""

    sheet: str
    cell: str
    message: str

    def __str__(self) -> str:
        if self.cell:
            return f"{self.sheet}!{self.cell}: {self.message}"
        return f"{self.sheet}: {self.message}" if self.sheet else self.message


@dataclass
class ImportReport:
    """What an import did, or (``errors`` not empty) why it wrote nothing."""

    file_name: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    targets_created: int = 0
    targets_updated: int = 0
    targets_unchanged: int = 0
    errors: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def render(self) -> str:
        if self.errors:
            lines = [f"{self.file_name}: {len(self.errors)} lỗi, không nhập số liệu nào."]
            return "\n".join([*lines, *(str(e) for e in self.errors)])
        return (
            f"{self.file_name}: kết quả thêm mới {self.created}, cập nhật {self.updated}, "
            f"không đổi {self.unchanged}; kế hoạch thêm mới {self.targets_created}, "
            f"cập nhật {self.targets_updated}, không đổi {self.targets_unchanged}."
        )


@dataclass(frozen=True)
class _Where:
    sheet: str
    row: int
    column: int

    @property
    def cell(self) -> str:
        return f"{get_column_letter(self.column)}{self.row}"


@dataclass(frozen=True)
class _ResultEntry:
    where: _Where
    unit: Unit
    indicator: Indicator
    key: PeriodKey
    value: Decimal
    estimated: bool
    note: str


@dataclass(frozen=True)
class _PlanEntry:
    where: _Where
    unit: Unit
    indicator: Indicator
    year: int
    value: Decimal


class _Checks:
    """Collects the problems of one import and the checks that span cells."""

    def __init__(self, file_name: str, by: Actor) -> None:
        self.file_name = file_name
        self.problems: list[ImportProblem] = []
        # An import run as an account writes only where that account may enter figures;
        # one run by the system (``by`` None: the CLI without --user) anywhere.
        self._scope = entry_units(by) if by is not None else None
        self._allowed: dict[int, bool] = {}
        self._unit_period: dict[tuple[int, PeriodKey], bool] = {}
        self._seen: dict[tuple[int, int, PeriodKey], _Where] = {}

    def add(self, where: _Where | str, message: Any, **params: Any) -> None:
        text = str(message) % params if params else str(message)
        if isinstance(where, str):
            self.problems.append(ImportProblem(where, "", text))
        else:
            self.problems.append(ImportProblem(where.sheet, where.cell, text))

    def add_cell(self, where: _Where, error: CellValueError) -> None:
        self.problems.append(ImportProblem(where.sheet, where.cell, error.render()))

    def unit_allowed(self, unit: Unit, where: _Where | str) -> bool:
        """Whether the importing account may enter the unit's figures; noted where not."""
        if self._scope is None:
            return True
        if unit.pk not in self._allowed:
            self._allowed[unit.pk] = self._scope.filter(pk=unit.pk).exists()
        if not self._allowed[unit.pk]:
            self.add(where, MSG_UNIT_FORBIDDEN, value=unit.name)
        return self._allowed[unit.pk]

    def unit_period_open(self, unit: Unit, key: PeriodKey, where: _Where) -> bool:
        """Unit valid in the period and the period not locked; reported once per unit-period."""
        cache_key = (unit.pk, key)
        if cache_key not in self._unit_period:
            start, end = dates(key)
            label = period_label(key)
            ok = True
            if not unit_valid_during(unit, start, end):
                self.add(where, MSG_UNIT_NOT_IN_PERIOD, value=unit.name, period=label)
                ok = False
            elif is_locked(unit, key):
                self.add(where, MSG_PERIOD_LOCKED, value=unit.name, period=label)
                ok = False
            self._unit_period[cache_key] = ok
        return self._unit_period[cache_key]

    def first_time(self, unit: Unit, indicator: Indicator, key: PeriodKey, where: _Where,
                   shown: str) -> bool:
        seen = self._seen.setdefault((unit.pk, indicator.pk, key), where)
        if seen != where:
            self.add(where, MSG_DUPLICATE, value=shown, first=f"{seen.sheet}!{seen.cell}")
            return False
        return True


# ---------------------------------------------------------------- template import


def sheet_import(file: FileLike, *, by: Actor, name: str | None = None) -> ImportReport:
    """Import a filled-in template made by ``sheet_template``.

    Every unit sheet is read: rows with an empty ``Thực hiện`` are skipped. Refused as a
    whole, with every problem listed: a file that is not such a template, a number that is
    not one, an unknown indicator code, a unit not valid in the period, a locked period.
    Returns the report; nothing is written when ``report.errors`` is not empty.
    """
    data, file_name = _read(file, name)
    checks = _Checks(file_name, by)
    report = ImportReport(file_name)
    book = _workbook(data)
    if book is None:
        report.errors.append(ImportProblem("", "", str(MSG_FILE_UNREADABLE) % {"value": file_name}))
        return report
    if L.META_SHEET not in book.sheetnames:
        checks.add("", MSG_NOT_A_TEMPLATE, value=file_name, sheet=L.META_SHEET)
        report.errors = checks.problems
        return report
    meta = _meta(book[L.META_SHEET])
    if meta.get(L.META_FORMAT) != L.FORMAT_VERSION:
        checks.add("", MSG_FORMAT_VERSION, value=meta.get(L.META_FORMAT, ""), expected=L.FORMAT_VERSION)
        report.errors = checks.problems
        return report
    try:
        key = parse_code(cell_text(meta.get(L.META_PERIOD)))
    except ValidationError:
        checks.add("", MSG_PERIOD_UNKNOWN, value=cell_text(meta.get(L.META_PERIOD)))
        report.errors = checks.problems
        return report
    plan_editable = cell_text(meta.get(L.META_PLAN_EDITABLE)) == "1" and key.kind != Period.Kind.TERM

    sheets = [
        ws for ws in book.worksheets
        if ws.title != L.META_SHEET and ws.cell(row=1, column=L.COL_CODE).value == L.UNIT_MARK
    ]
    unit_ids = {_as_int(ws.cell(row=2, column=L.COL_CODE).value) for ws in sheets}
    units = Unit.objects.in_bulk([i for i in unit_ids if i is not None])
    indicators = IndicatorIndex().by_code
    entries: list[_ResultEntry] = []
    plans: list[_PlanEntry] = []
    for ws in sheets:
        unit = units.get(_as_int(ws.cell(row=2, column=L.COL_CODE).value) or 0)
        code = cell_text(ws.cell(row=3, column=L.COL_CODE).value)
        if unit is None or (unit.code or "") != code:
            checks.add(ws.title, MSG_SHEET_UNIT_UNKNOWN, value=code or ws.title)
            continue
        if not checks.unit_allowed(unit, ws.title):
            continue
        for row in range(L.FIRST_DATA_ROW, ws.max_row + 1):
            indicator_code = cell_text(ws.cell(row=row, column=L.COL_CODE).value)
            raw_value = ws.cell(row=row, column=L.COL_VALUE).value
            raw_plan = ws.cell(row=row, column=L.COL_PLAN).value if plan_editable else None
            if not indicator_code or (is_blank(raw_value) and is_blank(raw_plan)):
                continue
            indicator = indicators.get(indicator_code)
            if indicator is None:
                checks.add(_Where(ws.title, row, L.COL_NAME), MSG_INDICATOR_UNKNOWN, value=indicator_code)
                continue
            if not is_blank(raw_value):
                where = _Where(ws.title, row, L.COL_VALUE)
                entry = _result_entry(
                    checks, unit=unit, indicator=indicator, key=key, where=where,
                    raw_value=raw_value,
                    raw_mark=ws.cell(row=row, column=L.COL_MARK).value,
                    mark_where=_Where(ws.title, row, L.COL_MARK),
                    raw_note=ws.cell(row=row, column=L.COL_NOTE).value,
                )
                if entry is not None:
                    entries.append(entry)
            if not is_blank(raw_plan):
                where = _Where(ws.title, row, L.COL_PLAN)
                try:
                    plans.append(_PlanEntry(where, unit, indicator, key.year, parse_value(raw_plan)))
                except CellValueError as error:
                    checks.add_cell(where, error)
    return _finish(report, checks, entries, plans, by=by)


def _result_entry(
    checks: _Checks, *, unit: Unit, indicator: Indicator, key: PeriodKey, where: _Where,
    raw_value: Any, raw_mark: Any, mark_where: _Where, raw_note: Any,
) -> _ResultEntry | None:
    """Check one result's cells; None (the problems noted) when any is wrong."""
    ok = True
    value = estimated = None
    try:
        value = parse_value(raw_value)
    except CellValueError as error:
        checks.add_cell(where, error)
        ok = False
    try:
        estimated = parse_mark(raw_mark)
    except CellValueError as error:
        checks.add_cell(mark_where, error)
        ok = False
    ok = checks.unit_period_open(unit, key, where) and ok
    ok = ok and checks.first_time(unit, indicator, key, where, cell_text(raw_value))
    if not ok or value is None or estimated is None:
        return None
    note = nfc(cell_text(raw_note))[:_NOTE_LENGTH]
    return _ResultEntry(where, unit, indicator, key, value, estimated, note)


def _meta(ws: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for row in ws.iter_rows(values_only=True):
        if row and row[0] and row[0] != L.META_UNIT and len(row) > 1:
            meta[str(row[0])] = row[1]
    return meta


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------- table import


def table_columns(file: FileLike, *, name: str | None = None) -> list[str]:
    """The header row of a plain table (CSV or the first sheet of an XLSX); [] if unreadable.

    ``guess_mapping(headers)`` proposes which field each header holds.
    """
    data, file_name = _read(file, name)
    table = _table(data, file_name)
    return table[1] if table else []


@dataclass(frozen=True)
class TablePreview:
    """The header row, the first rows as text and how many rows carry something."""

    headers: list[str]
    rows: list[list[str]]
    total: int


def table_preview(file: FileLike, *, name: str | None = None, rows: int = 5) -> TablePreview:
    """What the column-mapping step shows before anything is imported; empty if unreadable."""
    data, file_name = _read(file, name)
    table = _table(data, file_name)
    if table is None:
        return TablePreview([], [], 0)
    _sheet, headers, numbered = table
    return TablePreview(
        headers, [[cell_text(v) for v in values] for _n, values in numbered[:rows]], len(numbered)
    )


def table_import(
    file: FileLike, mapping: dict[str, str] | None = None, *, by: Actor, name: str | None = None,
) -> ImportReport:
    """Import a plain table, one result per row, the columns mapped ``{header: field}``.

    Fields: ``unit`` (code or name), ``indicator`` (code, name or synonym), ``period`` (code
    ``2023-9M`` or name ``9 tháng 2023``), ``value`` required; ``estimated`` (x), ``note``
    optional. ``mapping`` None takes ``guess_mapping`` of the headers. Rows with an empty
    value are skipped. Same all-or-nothing checks and writes as ``sheet_import``.
    """
    data, file_name = _read(file, name)
    report = ImportReport(file_name)
    checks = _Checks(file_name, by)
    table = _table(data, file_name)
    if table is None:
        checks.add("", MSG_FILE_UNREADABLE, value=file_name)
        report.errors = checks.problems
        return report
    sheet, headers, rows = table
    if not headers:
        checks.add(sheet, MSG_NO_HEADER)
        report.errors = checks.problems
        return report
    mapping = guess_mapping(headers) if mapping is None else mapping
    columns: dict[str, int] = {}
    for header, target in mapping.items():
        if header not in headers:
            checks.add(sheet, MSG_COLUMN_UNKNOWN, value=header)
        elif target not in FIELDS:
            checks.add(sheet, MSG_FIELD_UNKNOWN, value=target, choices=", ".join(FIELDS))
        else:
            columns[target] = headers.index(header)
    for required in REQUIRED_FIELDS:
        if required not in columns:
            checks.add(sheet, MSG_COLUMN_MISSING, value=FIELD_LABELS[required])
    if checks.problems:
        report.errors = checks.problems
        return report

    indicators = IndicatorIndex()
    units: dict[tuple[str, PeriodKey | None], Unit | CellValueError] = {}
    entries: list[_ResultEntry] = []
    for row_number, values in rows:
        def cell(name: str, values: list[Any] = values) -> Any:
            index = columns.get(name)
            return values[index] if index is not None and index < len(values) else None

        def where(name: str, row_number: int = row_number) -> _Where:
            return _Where(sheet, row_number, columns[name] + 1)

        if is_blank(cell("value")):
            continue
        missing = [f for f in ("unit", "indicator", "period") if is_blank(cell(f))]
        for name in missing:
            checks.add(where(name), MSG_REQUIRED, value=FIELD_LABELS[name])
        if missing:
            continue
        key = indicator = unit = None
        try:
            key = parse_period(cell("period"))
        except CellValueError as error:
            checks.add_cell(where("period"), error)
        try:
            indicator = indicators.find(cell("indicator"))
        except CellValueError as error:
            checks.add_cell(where("indicator"), error)
        unit_text = cell_text(cell("unit"))
        if (unit_text, key) not in units:
            try:
                start, end = dates(key) if key else (None, None)
                units[(unit_text, key)] = unit_find(
                    unit_text, start=start, end=end, period_text=period_label(key) if key else ""
                )
            except CellValueError as error:
                units[(unit_text, key)] = error
        found = units[(unit_text, key)]
        if isinstance(found, CellValueError):
            checks.add_cell(where("unit"), found)
        elif checks.unit_allowed(found, where("unit")):
            unit = found
        if key is None or indicator is None or unit is None:
            # Still check the value and the mark, so that every problem is listed at once.
            _check_only(checks, cell("value"), where("value"), cell("estimated"),
                        where("estimated") if "estimated" in columns else None)
            continue
        entry = _result_entry(
            checks, unit=unit, indicator=indicator, key=key, where=where("value"),
            raw_value=cell("value"), raw_mark=cell("estimated"),
            mark_where=where("estimated") if "estimated" in columns else where("value"),
            raw_note=cell("note"),
        )
        if entry is not None:
            entries.append(entry)
    return _finish(report, checks, entries, [], by=by)


def _check_only(checks: _Checks, raw_value: Any, value_where: _Where, raw_mark: Any,
                mark_where: _Where | None) -> None:
    try:
        parse_value(raw_value)
    except CellValueError as error:
        checks.add_cell(value_where, error)
    if mark_where is not None:
        try:
            parse_mark(raw_mark)
        except CellValueError as error:
            checks.add_cell(mark_where, error)


Table = tuple[str, list[str], list[tuple[int, list[Any]]]]


def _table(data: bytes, file_name: str) -> Table | None:
    """(sheet name, headers, numbered rows) of a CSV or of an XLSX's first sheet."""
    if data[:2] == b"PK":
        book = _workbook(data)
        if book is None:
            return None
        ws = book.worksheets[0]
        return _split(ws.title, enumerate(ws.iter_rows(values_only=True), start=1))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        dialect: Any = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    return _split(file_name, enumerate(reader, start=1))


def _split(sheet: str, numbered: Iterator[tuple[int, Any]]) -> Table:
    headers: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    for number, values in numbered:
        values = list(values)
        if not headers:
            if any(not is_blank(v) for v in values):
                headers = [nfc(cell_text(v)) for v in values]
            continue
        if any(not is_blank(v) for v in values):
            rows.append((number, values))
    return sheet, headers, rows


# ---------------------------------------------------------------- shared


def _read(file: FileLike, name: str | None) -> tuple[bytes, str]:
    if isinstance(file, bytes):
        return file, name or "bang-tinh.xlsx"
    if isinstance(file, str | Path):
        path = Path(file)
        return path.read_bytes(), name or path.name
    data = file.read()
    return data, name or Path(str(getattr(file, "name", "") or "bang-tinh.xlsx")).name


def _workbook(data: bytes) -> Any:
    try:
        # data_only: a formula counts by the value Excel last computed for it.
        return load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        return None


class _Refused(Exception):
    """Raised inside the transaction to roll every write back."""


def _finish(report: ImportReport, checks: _Checks, entries: list[_ResultEntry],
            plans: list[_PlanEntry], *, by: Actor) -> ImportReport:
    if not checks.problems:
        try:
            with transaction.atomic():
                _write(report, checks, entries, plans, by=by)
                if checks.problems:
                    raise _Refused
        except _Refused:
            report.created = report.updated = report.unchanged = 0
            report.targets_created = report.targets_updated = report.targets_unchanged = 0
    report.errors = checks.problems
    return report


def _write(report: ImportReport, checks: _Checks, entries: list[_ResultEntry],
           plans: list[_PlanEntry], *, by: Actor) -> None:
    """Write the checked entries; a service's refusal (a lock taken meanwhile) is noted."""
    periods = {key: period_get(key) for key in {e.key for e in entries}}
    existing = {
        (r.unit_id, r.indicator_id, r.period_id): r
        for r in Result.objects.filter(
            provenance=Result.Provenance.SHEET, period__in=periods.values(),
            unit__in={e.unit.pk for e in entries}, indicator__in={e.indicator.pk for e in entries},
        )
    }
    for entry in entries:
        period = periods[entry.key]
        source_ref = f"{entry.where.sheet}!{entry.where.cell}"[:200]
        result = existing.get((entry.unit.pk, entry.indicator.pk, period.pk))
        try:
            if result is None:
                result_create(
                    unit=entry.unit, indicator=entry.indicator, period=period, value=entry.value,
                    estimated=entry.estimated, note=entry.note, by=by,
                    provenance=Result.Provenance.SHEET, source_label=checks.file_name[:300],
                    source_ref=source_ref,
                )
                report.created += 1
            elif (result.value, result.estimated, result.note) == (entry.value, entry.estimated, entry.note):
                report.unchanged += 1
            else:
                result_update(
                    result=result, by=by, value=entry.value, estimated=entry.estimated,
                    note=entry.note, source_label=checks.file_name[:300], source_ref=source_ref,
                )
                report.updated += 1
        except ValidationError as error:
            checks.add(entry.where, MSG_REFUSED, value="; ".join(error.messages))
    for plan in plans:
        year = period_get(PeriodKey(Period.Kind.YEAR, plan.year))
        target = Target.objects.filter(
            unit=plan.unit, indicator=plan.indicator, period=year, source=Target.Source.YEARLY_PLAN
        ).first()
        try:
            if target is None:
                target_create(
                    indicator=plan.indicator, unit=plan.unit, period=year, value=plan.value,
                    source=Target.Source.YEARLY_PLAN, by=by,
                )
                report.targets_created += 1
            elif target.value == plan.value:
                report.targets_unchanged += 1
            else:
                target_update(target=target, by=by, value=plan.value)
                report.targets_updated += 1
        except ValidationError as error:
            checks.add(plan.where, MSG_REFUSED, value="; ".join(error.messages))
