"""Reported figures as results and targets, with what they imply derived and marked so.

``vượt 10% dự toán tỉnh giao`` gives the year's budget estimate (404 ÷ 1,10 = 367,27);
``tăng 22% so với cùng kỳ`` gives last year's result for the same period (331,15). Both
are stored with ``derived = True`` and a note saying where they come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tiendo.catalogue.models import Document, Indicator
from tiendo.core.vn import format_number, format_percent
from tiendo.demo.batches import Batch
from tiendo.results.computations import implied_last_year, implied_plan
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import period_get, period_label, same_period_last_year, year_key
from tiendo.units.models import Unit

NOTE_MORE_THAN = "Báo cáo ghi đây là mức tối thiểu (“hơn”, “trên”)."
NOTE_PLAN_IMPLIED = "Suy ra từ báo cáo: %(value)s %(uom)s đạt %(pct)s %(plan)s."
NOTE_LAST_YEAR_PCT = "Suy ra từ báo cáo %(period)s: tăng %(pct)s so với cùng kỳ."
NOTE_LAST_YEAR_ABS = "Suy ra từ báo cáo %(period)s: tăng %(change)s %(uom)s so với cùng kỳ."
_QUALIFIER_NOTES = {"more_than": NOTE_MORE_THAN}


@dataclass(frozen=True)
class Provenance:
    """Where an article's figures were published."""

    label: str
    url: str


def comparator_for(indicator: Indicator) -> str:
    """A target is a floor when higher is better and a ceiling when lower is."""
    if indicator.direction == Indicator.Direction.LOWER:
        return Target.Comparator.AT_MOST
    return Target.Comparator.AT_LEAST


def figure_ensure(
    figure: dict[str, Any],
    *,
    unit: Unit,
    indicator: Indicator,
    assigned_by: Unit | None,
    document: Document | None,
    provenance: Provenance,
    batch: Batch,
) -> None:
    """The figure's result, the target it states or implies, and last year's implied result."""
    period = period_get(figure["period"])
    value = Decimal(figure["value"])
    notes = [_QUALIFIER_NOTES[figure["qualifier"]]] if "qualifier" in figure else []
    notes += [figure["note"]] if "note" in figure else []
    _result(unit, indicator, period, value, provenance, batch,
            estimated=figure.get("estimated", False), derived=False, note=" ".join(notes))

    year = period_get(year_key(period))
    if "pct_of_plan" in figure:
        pct = Decimal(figure["pct_of_plan"])
        note = NOTE_PLAN_IMPLIED % {
            "value": format_number(value), "uom": indicator.uom, "pct": format_percent(pct),
            "plan": str(Target.Source(figure["plan"]).label).lower(),
        }
        _target(unit, indicator, year, implied_plan(value, pct), figure["plan"], batch,
                assigned_by=assigned_by, document=document, derived=True, note=note)
    elif "plan_value" in figure:
        _target(unit, indicator, year, Decimal(figure["plan_value"]), figure["plan"], batch,
                assigned_by=assigned_by, document=document, derived=False, note=figure.get("note", ""))

    if "yoy_pct" in figure or "yoy_abs" in figure:
        yoy_pct = Decimal(figure["yoy_pct"]) if "yoy_pct" in figure else None
        yoy_abs = Decimal(figure["yoy_abs"]) if "yoy_abs" in figure else None
        shown = period_label(period)
        note = (
            NOTE_LAST_YEAR_PCT % {"period": shown, "pct": format_percent(yoy_pct)}
            if yoy_pct is not None
            else NOTE_LAST_YEAR_ABS % {"period": shown, "change": format_number(yoy_abs),
                                       "uom": indicator.uom}
        )
        last = implied_last_year(value, yoy_pct=yoy_pct, yoy_abs=yoy_abs)
        _result(unit, indicator, period_get(same_period_last_year(period)), last, provenance,
                batch, estimated=False, derived=True, note=note)


def _result(
    unit: Unit,
    indicator: Indicator,
    period: Period,
    value: Decimal,
    provenance: Provenance,
    batch: Batch,
    *,
    estimated: bool,
    derived: bool,
    note: str,
) -> None:
    existing = Result.objects.filter(
        unit=unit, indicator=indicator, period=period, provenance=Result.Provenance.MANUAL
    )
    if existing.exists():
        return
    Result.objects.create(
        unit=unit, indicator=indicator, period=period, value=value, estimated=estimated,
        derived=derived, provenance=Result.Provenance.MANUAL, status=Result.Status.APPROVED,
        source_label=provenance.label, source_url=provenance.url, note=note,
    )
    batch.count("result")


def _target(
    unit: Unit,
    indicator: Indicator,
    period: Period,
    value: Decimal,
    source: str,
    batch: Batch,
    *,
    assigned_by: Unit | None,
    document: Document | None,
    derived: bool,
    note: str,
) -> None:
    if Target.objects.filter(unit=unit, indicator=indicator, period=period, source=source).exists():
        return
    Target.objects.create(
        unit=unit, indicator=indicator, period=period, value=value, uom=indicator.uom,
        comparator=comparator_for(indicator), source=source, assigned_by=assigned_by,
        document=document, derived=derived, note=note,
    )
    batch.count("target")
