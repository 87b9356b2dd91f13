"""Reads for the indicator page: one unit's series over periods of the same kind, and its
children compared for one period, each value with the result it comes from.

A value is what ``dashboard_rows`` shows for that unit and period: the unit's own current
result plus, for an additive indicator, what the units merged or split into it bring
(``selectors`` module docstring), so a commune created in 2025 has a series going back
through its predecessors' years. The children's values come from
``rollup.children_ranking`` (lineage included). Every read is a fixed number of queries
whatever the number of periods or children.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q, QuerySet

from tiendo.catalogue.models import Indicator
from tiendo.results.models import Period, Result, Target
from tiendo.results.rollup import children_ranking, rollup_rows
from tiendo.results.selectors import (
    CUMULATIVE,
    Facts,
    Link,
    Span,
    current_results,
    lineage_links,
    target_applies,
    target_applies_q,
    target_precedence_key,
)
from tiendo.units.models import Unit


@dataclass(frozen=True)
class SeriesPoint:
    """One period of the series: the unit's own current result (None: not reported), the
    value (own plus ``lineage_value``, what its predecessors bring; None: nobody reported)
    and the target that applies to it (None: no target)."""

    period: Period
    result: Result | None
    target: Target | None
    value: Decimal | None
    lineage_value: Decimal | None = None

    @property
    def target_value(self) -> Decimal | None:
        return self.target.value if self.target else None


@dataclass(frozen=True)
class ChildRow:
    """A child unit's value for the period, its rank (1 = best) and the result behind it
    (None when the value comes only from units merged into it)."""

    unit: Unit
    value: Decimal
    rank: int
    result: Result | None


@dataclass(frozen=True)
class ChildComparison:
    """The children ranked best first, the parent's value rolled up from them (a sum, a
    mean or a weighted mean by the indicator's aggregation; None for ``none``) and how many
    children reported out of those expected."""

    rows: list[ChildRow]
    rolled_value: Decimal | None
    units_reporting: int
    units_expected: int


def series_periods_q(period: Period) -> Q:
    """The periods comparable with ``period`` (prefix ``period__``): the same cumulative
    months each year for ``9 tháng``, every month for a month, every quarter for a quarter,
    every year for a year, every term for a term."""
    if period.kind == Period.Kind.YTD:
        return Q(period__kind=period.kind, period__number=period.number)
    return Q(period__kind=period.kind)


def in_series(candidate: Period, period: Period) -> bool:
    """``series_periods_q`` for one period."""
    return candidate.kind == period.kind and (
        period.kind != Period.Kind.YTD or candidate.number == period.number
    )


def _links(unit: Unit, indicator: Indicator) -> list[Link]:
    """The unit's predecessors that count for ``indicator``: only an additive one has lineage."""
    if indicator.aggregation != Indicator.Aggregation.SUM:
        return []
    return lineage_links({unit.pk})[unit.pk]


def _series_facts(
    unit: Unit, indicator: Indicator, period: Period
) -> tuple[Facts, list[Link], dict[int, Period]]:
    """The current results behind the series (the unit's and, for an additive indicator,
    its predecessors', with the cumulative figures an ended predecessor contributes), the
    lineage links, and the series' periods by id; two queries."""
    links = _links(unit, indicator)
    wanted = Q(unit=unit) & series_periods_q(period)
    if links:
        wanted |= Q(unit_id__in=[pk for pk, _share, _end in links]) & (
            series_periods_q(period) | Q(period__kind__in=CUMULATIVE)
        )
    results = list(
        Result.objects.filter(wanted, indicator=indicator).select_related("period", "created_by")
    )
    periods = {r.period_id: r.period for r in results if in_series(r.period, period)}
    periods.setdefault(period.pk, period)
    return Facts(results), links, periods


def indicator_series(*, unit: Unit, indicator: Indicator, period: Period) -> list[SeriesPoint]:
    """The unit's series of periods of ``period``'s kind (``series_periods_q``), oldest
    first, lineage included (module docstring), in three queries whatever the number of
    periods.

    A point exists for each period the unit or a predecessor reported, and for ``period``
    itself even when nobody reported. Each point's own result has ``created_by`` loaded;
    its target is the one that applies (``selectors.target_applicable``).
    """
    facts, links, periods = _series_facts(unit, indicator, period)
    spans = {pk: Span.of(p) for pk, p in periods.items()}
    applicable = Q(pk__in=[])
    for span in spans.values():
        applicable |= target_applies_q(span)
    targets = list(
        Target.objects.filter(applicable, unit=unit, indicator=indicator).select_related("period")
    )
    points = []
    for pk, p in sorted(periods.items(), key=lambda item: (item[1].start, item[1].end)):
        candidates = [t for t in targets if target_applies(spans[pk], t.period)]
        own, lineage, value = facts.value(unit.pk, indicator, spans[pk], links)
        points.append(SeriesPoint(
            period=p, result=own, target=min(candidates, key=target_precedence_key, default=None),
            value=value, lineage_value=lineage,
        ))
    return points


def indicator_latest_period(*, unit: Unit, indicator: Indicator) -> Period | None:
    """The latest period (not a term) the unit, or a unit merged or split into it, reported
    ``indicator`` for (predecessors only for an additive indicator): where the indicator
    page opens."""
    units = [unit.pk, *(pk for pk, _share, _end in _links(unit, indicator))]
    return (
        Period.objects.filter(results__unit_id__in=units, results__indicator=indicator)
        .exclude(kind=Period.Kind.TERM).order_by("-end", "start").first()
    )


def children_compared(*, parent: Unit, indicator: Indicator, period: Period) -> ChildComparison:
    """``children_ranking`` with each child's current own result, and the roll-up of the
    parent from its children (``rollup_rows``), in three queries whatever the number of
    children."""
    ranked = list(children_ranking(parent=parent, indicator=indicator, period=period))
    results: QuerySet[Result] = (
        current_results().filter(Span.of(period).q(), indicator=indicator,
                                 unit_id__in=[unit.pk for unit in ranked])
        .select_related("created_by")
    ) if ranked else Result.objects.none()
    by_unit = {result.unit_id: result for result in results}
    rolled = next(iter(rollup_rows(
        parent=parent, period=period, indicators=[indicator],
        with_data_only=False,
    )), None)
    return ChildComparison(
        rows=[ChildRow(unit=u, value=u.value, rank=u.rank, result=by_unit.get(u.pk)) for u in ranked],
        rolled_value=rolled.rolled_value if rolled else None,
        units_reporting=rolled.units_reporting if rolled else 0,
        units_expected=rolled.units_expected if rolled else 0,
    )
