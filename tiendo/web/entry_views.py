"""The data-entry grid of one unit and period, and the check of one cell as it is typed.

Only accounts that may enter figures (``accounts.access.may_enter``) reach these pages;
the writes go through ``tiendo.web.entry.grid_save`` and the results services.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from tiendo.accounts.access import access_edit, access_unit_for_entry
from tiendo.catalogue.models import Indicator
from tiendo.core.models import Field
from tiendo.core.vn import format_amount
from tiendo.results.models import Period
from tiendo.results.periods import PeriodKey, dates, key_of, parse_code, period_label
from tiendo.results.selectors import (
    entry_rows,
    latest_period_with_data,
    met_count_of,
    periods_with_data,
)
from tiendo.results.services import refuse_if_locked
from tiendo.units.models import Unit
from tiendo.web.entry import (
    MSG_UNKNOWN_CELL,
    NOTE,
    PLAN,
    VALUE,
    GridRow,
    check_note,
    check_number,
    grid_rows_shown,
    grid_rows_typed,
    grid_save,
    parse_cell_name,
)

# The periods offered for entry each year: months, quarters, 6 and 9 months, the year.
_KEYS_OF_YEAR = (
    [(Period.Kind.MONTH, n) for n in range(1, 13)]
    + [(Period.Kind.QUARTER, n) for n in range(1, 5)]
    + [(Period.Kind.YTD, 6), (Period.Kind.YTD, 9), (Period.Kind.YEAR, 0)]
)


def _unsaved_period(key: PeriodKey) -> Period:
    """The period's row if it exists, else an unsaved one: a GET never creates periods."""
    found = Period.objects.filter(kind=key.kind, year=key.year, number=key.number).first()
    if found is not None:
        return found
    start, end = dates(key)
    return Period(kind=key.kind, year=key.year, number=key.number, start=start, end=end)


def _choices(unit: Unit, chosen: PeriodKey) -> list[dict[str, Any]]:
    """The picker's periods by year, latest year first: the years with data, this year, the chosen one."""
    years = {p.year for p in periods_with_data(unit=unit)} | {timezone.localdate().year, chosen.year}
    return [
        {"year": year, "periods": [
            {"code": PeriodKey(kind, year, number).code, "label": period_label(PeriodKey(kind, year, number))}
            for kind, number in _KEYS_OF_YEAR
        ]}
        for year in sorted(years, reverse=True)
    ]


def _lock_message(user: Any, unit: Unit, period: Period) -> str:
    """Why the unit-period cannot be edited now: who locked it and when (the service's own
    message), or that it waits for approval; "" when it is open."""
    if period.pk is None:
        return ""
    try:
        refuse_if_locked(unit, period)
        access_edit(user, unit, period)
    except ValidationError as error:
        return " ".join(error.messages)
    except PermissionDenied as error:
        return str(error)
    return ""


def _groups(rows: list[GridRow]) -> list[dict[str, Any]]:
    return [
        {"value": value, "label": label, "rows": in_field}
        for value, label in Field.choices
        if (in_field := [row for row in rows if row.entry.row.indicator.field == value])
    ]


@login_required
def entry_grid(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = access_unit_for_entry(request.user, unit_id)
    code = request.GET.get("ky", "").strip()
    bad_code = False
    try:
        key = parse_code(code) if code else None
    except ValidationError:
        key, bad_code = None, True
    if key is not None and key.kind == Period.Kind.TERM:
        # Results are reported for months, quarters and years; a term is judged from them.
        key, bad_code = None, True
    if key is None:
        latest = latest_period_with_data(unit=unit)
        key = key_of(latest) if latest else PeriodKey(Period.Kind.YEAR, timezone.localdate().year)
    period = _unsaved_period(key)
    entries = entry_rows(unit=unit, period=period)
    locked = _lock_message(request.user, unit, period)
    saved_problem = ""
    if request.method == "POST" and not locked:
        rows = grid_rows_typed(entries, request.POST)
        try:
            written = grid_save(unit=unit, key=key, rows=rows, by=request.user)
        except ValidationError as error:
            written, saved_problem = 0, " ".join(error.messages)
        if not saved_problem and not any(row.errors for row in rows):
            messages.success(request, ngettext(
                "Đã lưu %(count)d số liệu.", "Đã lưu %(count)d số liệu.", written
            ) % {"count": written} if written else _("Không có gì thay đổi."))
            return redirect(f"{reverse('web:entry_grid', args=[unit.pk])}?ky={key.code}")
    else:
        rows = grid_rows_shown(entries)
    problems = [
        {"row": row, "cell": cell, "message": message}
        for row in rows for cell, message in row.errors.items()
    ]
    context = {
        "unit": unit,
        "period": period,
        "code": key.code,
        "bad_code": bad_code,
        "choices": _choices(unit, key),
        "groups": _groups(rows),
        "score": met_count_of([entry.row for entry in entries]),
        "locked": locked or saved_problem,
        "problems": problems,
    }
    refused = bool(problems) or (request.method == "POST" and bool(context["locked"]))
    return render(request, "web/entry.html", context, status=400 if refused else 200)


@login_required
@require_GET
def entry_check(request: HttpRequest, unit_id: int) -> HttpResponse:
    """One cell checked as it is typed: its message (what is wrong, or how the number reads)."""
    access_unit_for_entry(request.user, unit_id)
    found = next(((name, parsed) for name in request.GET if (parsed := parse_cell_name(name))), None)
    if found is None:
        names = ", ".join(request.GET) or "—"
        return render(request, "web/_entry_message.html", {"error": MSG_UNKNOWN_CELL % {"value": names}})
    name, (indicator_id, cell) = found
    text = request.GET[name]
    error = reading = ""
    if cell == NOTE:
        _note, error = check_note(text)
    elif cell in (PLAN, VALUE):
        value, error = check_number(text)
        if value is not None:
            indicator = get_object_or_404(Indicator, pk=indicator_id)
            reading = format_amount(value, indicator.uom)
    return render(
        request, "web/_entry_message.html", {"error": error, "reading": reading},
    )
