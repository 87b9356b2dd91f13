"""Projection to year end: what pace the remaining months need, and whether past years reached it.

After ``9 tháng`` a unit has 404 of a 450 plan: the last 3 months must bring 46, 10.2% of
the plan. In past years the same 3 months brought on average a share ``s`` of the year
(``(year − 9 months) / year``); the plan is within reach when 10.2% ≤ ``s``, and at the
past years' rhythm the year ends near ``404 / (1 − s)``.

Past figures come from each past year's ``9 tháng`` and year results, or, where one of
them is missing, from that year's monthly results summed in SQL. Units merged into the
unit count with their share, so a commune created in 2025 has the history of its parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Case, Count, DecimalField, F, Q, Sum, Value, When
from django.utils.translation import gettext_lazy as _

from tiendo.catalogue.models import Indicator
from tiendo.core.errors import refuse
from tiendo.results.computations import HUNDRED, PERCENT_PLACES, quantize
from tiendo.results.models import Period, Target
from tiendo.results.periods import months_elapsed_in_year
from tiendo.results.selectors import current_results, dashboard_rows, predecessor_shares
from tiendo.units.models import Unit

MSG_PROJECTION_PERIOD = _(
    "Không dự báo được cho kỳ “%(value)s”: chỉ dự báo từ số lũy kế từ đầu năm (6 tháng, 9 tháng …)."
)
DEFAULT_PAST_YEARS = 3
_VALUE = DecimalField(max_digits=30, decimal_places=6)


@dataclass(frozen=True)
class PastYear:
    """One past year: the cumulative figure at the same point, the whole year, and the share
    of the year the remaining months brought (percent)."""

    year: int
    to_date: Decimal
    whole_year: Decimal
    remaining_share_pct: Decimal


@dataclass(frozen=True)
class Projection:
    """Where a cumulative figure is heading by year end. Percentages have 4 decimals."""

    value: Decimal | None
    target: Decimal | None
    months_elapsed: int
    months_remaining: int
    needed: Decimal | None
    monthly_pace_so_far: Decimal | None
    monthly_pace_needed: Decimal | None
    needed_share_pct: Decimal | None
    past_share_pct: Decimal | None
    past_years: tuple[PastYear, ...]
    projected: Decimal | None
    reachable: bool | None


def projection_for(
    *, unit: Unit, indicator: Indicator, period: Period, years: int = DEFAULT_PAST_YEARS
) -> Projection:
    """Project ``unit``'s cumulative ``indicator`` from ``period`` to year end, in five queries
    (the value and target as ``dashboard_rows`` judges them, the predecessors' shares, the
    past years summed in SQL).

    ``period`` is a cumulative one (``ytd`` or ``year``; after a year nothing remains).
    ``years`` past years are looked at; those lacking either figure are skipped.
    ``reachable`` compares the share the remaining months must bring with the past years'
    average (None without a target or a usable past year); for a ceiling (≤) target the
    projection must stay at or below it. Raises ValidationError on ``period`` otherwise.
    """
    if period.kind not in (Period.Kind.YTD, Period.Kind.YEAR):
        raise refuse("period", MSG_PROJECTION_PERIOD, value=str(period))
    elapsed = months_elapsed_in_year(period)
    remaining = 12 - elapsed
    shares = predecessor_shares(unit)
    [row] = dashboard_rows(unit=unit, period=period, indicators=[indicator], with_data_only=False)
    value, target = row.value, row.target_value
    past = _past_years(unit, indicator, period.year, elapsed, years, shares)
    past_share = (
        quantize(sum((p.remaining_share_pct for p in past), Decimal(0)) / len(past), PERCENT_PLACES)
        if past else None
    )
    needed = target - value if target is not None and value is not None else None
    needed_share = (
        quantize(needed * HUNDRED / target, PERCENT_PLACES) if needed is not None and target else None
    )
    projected = None
    if value is not None and past_share is not None and past_share < HUNDRED:
        projected = quantize(value * HUNDRED / (HUNDRED - past_share), 2)
    reachable = None
    if projected is not None and target is not None:
        at_most = row.target_comparator == Target.Comparator.AT_MOST
        reachable = projected <= target if at_most else projected >= target
    return Projection(
        value=value,
        target=target,
        months_elapsed=elapsed,
        months_remaining=remaining,
        needed=needed,
        monthly_pace_so_far=quantize(value / elapsed, 4) if value is not None else None,
        monthly_pace_needed=quantize(needed / remaining, 4) if needed is not None and remaining else None,
        needed_share_pct=needed_share,
        past_share_pct=past_share,
        past_years=tuple(past),
        projected=projected,
        reachable=reachable,
    )


def _past_years(
    unit: Unit, indicator: Indicator, year: int, elapsed: int, count: int,
    predecessors: dict[int, Decimal],
) -> list[PastYear]:
    """The past years' figures of the unit and its predecessors, aggregated by year in one query."""
    shares = {unit.pk: Decimal(1), **predecessors}
    weighted = Case(
        *(When(unit_id=pk, then=F("value") * Value(share)) for pk, share in shares.items()),
        output_field=_VALUE,
    )
    months_to_date = Q(period__kind=Period.Kind.MONTH, period__number__lte=elapsed)
    rows = (
        current_results()
        .filter(unit_id__in=shares, indicator=indicator, period__year__in=range(year - count, year))
        .values("period__year")
        .annotate(
            to_date=Sum(weighted, filter=Q(period__kind=Period.Kind.YTD, period__number=elapsed)),
            whole_year=Sum(weighted, filter=Q(period__kind=Period.Kind.YEAR)),
            months_to_date=Sum(weighted, filter=months_to_date),
            months_all=Sum(weighted, filter=Q(period__kind=Period.Kind.MONTH)),
            n_to_date=Count("period", filter=months_to_date, distinct=True),
            n_all=Count("period", filter=Q(period__kind=Period.Kind.MONTH), distinct=True),
        )
        .order_by("period__year")
    )
    past = []
    for row in rows:
        to_date = row["to_date"] if row["to_date"] is not None else (
            row["months_to_date"] if row["n_to_date"] == elapsed else None
        )
        whole = row["whole_year"] if row["whole_year"] is not None else (
            row["months_all"] if row["n_all"] == 12 else None
        )
        if elapsed == 12:
            to_date = whole
        if to_date is None or not whole:
            continue
        to_date, whole = Decimal(to_date), Decimal(whole)
        past.append(PastYear(
            year=row["period__year"], to_date=to_date, whole_year=whole,
            remaining_share_pct=quantize((whole - to_date) * HUNDRED / whole, PERCENT_PLACES),
        ))
    return past
