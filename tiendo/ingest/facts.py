"""What a figure item says once the reviewer's corrections are applied: the indicator, the
unit and period it is for, its value in the indicator's unit of measure, and the plan and
last-year facts attached to it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from tiendo.catalogue.models import Indicator
from tiendo.ingest.items import ROLE_RESULT, convert, plan_source
from tiendo.results.models import Period
from tiendo.results.periods import period_get
from tiendo.units.models import Unit


@dataclass(frozen=True)
class FigureFacts:
    indicator: Indicator | None
    unit: Unit | None
    period: Period | None
    value: Decimal | None
    role: str
    estimated: bool
    pct_of_plan: Decimal | None
    plan_source: str
    plan_phrase: str
    yoy_pct: Decimal | None
    yoy_abs: Decimal | None
    part: Decimal | None
    whole: Decimal | None
    raw_unit: str | None

    @property
    def complete(self) -> bool:
        return None not in (self.indicator, self.unit, self.period, self.value)


def decimal_or_none(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value).replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return None


def figure_facts(
    item: dict[str, Any], *, indicators: dict[int, Indicator], units: dict[int, Unit],
    unit: Unit | None, period: Period | None,
) -> FigureFacts:
    """The figure's facts: the extractor's, with the reviewer's corrections over them."""
    data, fix = item["data"], item["correction"]
    proposed = (item["proposal"].get("indicator") or {}).get("id")
    indicator = indicators.get(int(fix.get("indicator") or proposed or 0))
    if fix.get("unit"):
        unit = units.get(int(fix["unit"]), unit)
    if fix.get("period"):
        period = period_get(fix["period"])
    # A corrected unit of measure is the unit the text's number is in (the extractor misread it).
    raw_unit = fix.get("uom") or data.get("unit")
    uom = indicator.uom if indicator else (raw_unit or "")
    value = decimal_or_none(fix["value"]) if fix.get("value") not in (None, "") else convert(
        data.get("value"), raw_unit, uom
    )
    if value is None and data.get("part") is not None and not fix.get("value"):
        # "57/110 công trình, đạt 51,8%": the count is the indicator's value, not the share.
        value = decimal_or_none(data["part"])
    return FigureFacts(
        indicator=indicator,
        unit=unit,
        period=period,
        value=value,
        role=fix.get("role") or ROLE_RESULT,
        estimated=bool(data.get("estimated")),
        pct_of_plan=decimal_or_none(data.get("pct_of_plan")),
        plan_source=plan_source(data.get("plan")),
        plan_phrase=data.get("plan") or "",
        yoy_pct=decimal_or_none(data.get("yoy_pct")),
        yoy_abs=convert(data.get("yoy_abs"), raw_unit, uom),
        part=decimal_or_none(data.get("part")),
        whole=decimal_or_none(data.get("whole")),
        raw_unit=raw_unit,
    )
