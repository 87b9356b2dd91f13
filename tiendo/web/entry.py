"""The data-entry grid as a form: one row per indicator, four cells (yearly plan, result,
estimated mark, note), read from what the user typed, checked cell by cell, and saved
through the results services in one transaction (all rows or none).

Numbers are typed the Vietnamese way (``5.738,9``) and read by the spreadsheet import's
``parse_value``, so the grid and the sheet accept the same text. A row is written only
when what was typed differs from what is stored; the version each row was shown with
goes to the services, which refuse a row someone else changed meanwhile.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tiendo.audit.services import Actor
from tiendo.core.services import lock
from tiendo.core.vn import format_number
from tiendo.reports.sheets.values import CellValueError, parse_value
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import PeriodKey, period_get
from tiendo.results.selectors import EntryRow
from tiendo.results.services import (
    refuse_if_locked,
    result_create,
    result_delete,
    result_update,
    target_create,
    target_delete,
    target_update,
)
from tiendo.units.models import Unit

PLAN, VALUE, ESTIMATED, NOTE = "plan", "value", "estimated", "note"
CELLS = (PLAN, VALUE, ESTIMATED, NOTE)
NOTE_LENGTH = 500

MSG_NOTE_TOO_LONG = _("Ghi chú dài %(length)s ký tự, tối đa %(max)s ký tự.")
MSG_NEEDS_VALUE = _("Chưa có kết quả: dấu ước tính và ghi chú đi kèm một kết quả.")
MSG_UNKNOWN_CELL = _("Ô “%(value)s” không có trong biểu nhập.")


def cell_name(indicator_id: int, cell: str) -> str:
    """``r12-value``: the input's name and, with ``m-`` before it, its message's id."""
    return f"r{indicator_id}-{cell}"


def parse_cell_name(name: str) -> tuple[int, str] | None:
    """``r12-value`` → ``(12, "value")``; None for any other name."""
    head, _sep, cell = name.partition("-")
    if not (head.startswith("r") and head[1:].isdigit() and cell in CELLS):
        return None
    return int(head[1:]), cell


def input_text(value: Decimal | None) -> str:
    """A stored value as it is typed back into a cell: ``5.738,9``, every decimal kept."""
    if value is None:
        return ""
    text = format_number(value, 6)
    return text.rstrip("0").rstrip(",") if "," in text else text


def check_number(text: str) -> tuple[Decimal | None, str]:
    """What a number cell holds (None when blank) and the message for bad text (else "")."""
    if not text.strip():
        return None, ""
    try:
        return parse_value(text), ""
    except CellValueError as error:
        return None, error.render()


def check_note(text: str) -> tuple[str, str]:
    note = unicodedata.normalize("NFC", text).strip()
    if len(note) > NOTE_LENGTH:
        return note, str(MSG_NOTE_TOO_LONG) % {"length": len(note), "max": NOTE_LENGTH}
    return note, ""


@dataclass
class GridRow:
    """One indicator's cells as shown or as typed, with a message per cell that has one."""

    entry: EntryRow
    plan: str = ""
    value: str = ""
    estimated: bool = False
    note: str = ""
    version: str = ""
    plan_version: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    parsed_plan: Decimal | None = None
    parsed_value: Decimal | None = None

    @property
    def indicator_id(self) -> int:
        return self.entry.row.indicator.pk

    def names(self) -> dict[str, str]:
        return {cell: cell_name(self.indicator_id, cell) for cell in (*CELLS, "version", "plan_version")}

    @property
    def value_changed(self) -> bool:
        manual = self.entry.manual
        if manual is None:
            return self.parsed_value is not None
        return (self.parsed_value, self.estimated, self.note) != (manual.value, manual.estimated, manual.note)

    @property
    def plan_changed(self) -> bool:
        stored = self.entry.plan.value if self.entry.plan else None
        return self.parsed_plan != stored


def grid_rows_shown(entries: list[EntryRow]) -> list[GridRow]:
    """The grid as stored: the typed-in result and the yearly plan of each indicator."""
    rows = []
    for entry in entries:
        manual, plan = entry.manual, entry.plan
        rows.append(GridRow(
            entry=entry,
            plan=input_text(plan.value if plan else None),
            value=input_text(manual.value if manual else None),
            estimated=bool(manual and manual.estimated),
            note=manual.note if manual else "",
            version=str(manual.version) if manual else "",
            plan_version=str(plan.version) if plan else "",
            parsed_plan=plan.value if plan else None,
            parsed_value=manual.value if manual else None,
        ))
    return rows


def grid_rows_typed(entries: list[EntryRow], data: Any) -> list[GridRow]:
    """The grid as typed (``data`` a QueryDict), every cell checked; no query. A row none
    of whose text cells was sent is taken as shown, never as emptied."""
    rows = []
    for entry in entries:
        row = GridRow(entry=entry)
        names = row.names()
        if not any(names[cell] in data for cell in (PLAN, VALUE, NOTE)):
            rows.extend(grid_rows_shown([entry]))
            continue
        row.plan = data.get(names[PLAN], "")
        row.value = data.get(names[VALUE], "")
        row.estimated = data.get(names[ESTIMATED], "") != ""
        row.version = data.get(names["version"], "")
        row.plan_version = data.get(names["plan_version"], "")
        row.parsed_plan, plan_error = check_number(row.plan)
        row.parsed_value, value_error = check_number(row.value)
        row.note, note_error = check_note(data.get(names[NOTE], ""))
        for cell, error in ((PLAN, plan_error), (VALUE, value_error), (NOTE, note_error)):
            if error:
                row.errors[cell] = error
        if not row.value.strip() and entry.manual is None and (row.estimated or row.note):
            row.errors.setdefault(VALUE, str(MSG_NEEDS_VALUE))
        rows.append(row)
    return rows


class _Refused(Exception):
    """Raised inside the transaction to roll every row back."""


def grid_save(*, unit: Unit, key: PeriodKey, rows: list[GridRow], by: Actor) -> int:
    """Write the rows whose cells changed; returns how many values were written.

    Refused as a whole (ValidationError naming who locked it and when) for a locked
    unit-period. A service's refusal of one row (someone else changed it, a unit not valid
    in the period …) is put in that row's cell and nothing at all is written; returns 0
    then, with the messages in ``rows``.
    """
    changed = [row for row in rows if not row.errors and (row.value_changed or row.plan_changed)]
    if not changed or any(row.errors for row in rows):
        return 0
    written = 0
    try:
        with transaction.atomic():
            period = period_get(key)
            refuse_if_locked(unit, period)
            for row in changed:
                for cell, changed_here, save in (
                    (VALUE, row.value_changed, lambda r: _save_result(unit, period, r, by)),
                    (PLAN, row.plan_changed, lambda r: _save_plan(unit, key.year, r, by)),
                ):
                    if not changed_here:
                        continue
                    try:
                        save(row)
                        written += 1
                    except ValidationError as error:
                        row.errors[cell] = " ".join(error.messages)
            if any(row.errors for row in rows):
                raise _Refused
    except _Refused:
        return 0
    return written


def _save_result(unit: Unit, period: Period, row: GridRow, by: Actor) -> None:
    manual = row.entry.manual
    version = int(row.version) if row.version.isdigit() else None
    if manual is None:
        result_create(
            unit=unit, indicator=row.entry.row.indicator, period=period, value=row.parsed_value,
            estimated=row.estimated, note=row.note, by=by, provenance=Result.Provenance.MANUAL,
        )
    elif row.parsed_value is None:
        result_delete(result=lock(manual, version), by=by)
    else:
        result_update(
            result=manual, by=by, expected_version=version, value=row.parsed_value,
            estimated=row.estimated, note=row.note,
        )


def _save_plan(unit: Unit, year: int, row: GridRow, by: Actor) -> None:
    """The unit's own yearly plan for ``year``: plans handed down keep their sources."""
    plan = row.entry.plan
    version = int(row.plan_version) if row.plan_version.isdigit() else None
    if plan is None:
        target_create(
            indicator=row.entry.row.indicator, unit=unit,
            period=period_get(PeriodKey(Period.Kind.YEAR, year)), value=row.parsed_plan,
            source=Target.Source.YEARLY_PLAN, by=by,
        )
    elif row.parsed_plan is None:
        target_delete(target=lock(plan, version), by=by)
    else:
        target_update(target=plan, by=by, expected_version=version, value=row.parsed_plan)

