"""Reads for targets and results, and the unit dashboard's judged rows (capability 5).

Which result counts: of a unit × indicator × period's results (one per provenance), the
latest approved (or locked) one, else the latest (``CURRENT_ORDER``).

Which target applies to a period: the target set for the period's year, a budget
estimate before a yearly plan before a resolution's yearly figure; failing those, the
target of a term covering that year. A term period takes the target of that term.

Lineage: for an additive (``sum``) indicator a unit's value also counts the results of
the units merged or split into it (times the succession's share), so a commune created
on 1/7/2025 shows the whole of 2025 and can be compared with 2024. A predecessor that
ended before the period did contributes its latest cumulative figure of that year
(``6 tháng`` for a commune merged on 1 July). One generation of lineage is followed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import (
    Case,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)

from tiendo.catalogue.models import Document, Indicator
from tiendo.results import computations
from tiendo.results.computations import MET_OR_EXCEEDED, Judgement, MetCount
from tiendo.results.models import Period, ReportingStatus, Result, Target
from tiendo.results.periods import PeriodKey, dates, same_period_last_year
from tiendo.units.models import Succession, Unit

APPROVED = (Result.Status.APPROVED, Result.Status.LOCKED)
CUMULATIVE = (Period.Kind.YTD, Period.Kind.YEAR)
CURRENT_ORDER: tuple[Any, ...] = (
    Case(When(status__in=APPROVED, then=Value(0)), default=Value(1), output_field=IntegerField()),
    "-updated_at",
    "-id",
)
TARGET_PRECEDENCE = Case(
    When(period__kind=Period.Kind.YEAR, source=Target.Source.BUDGET_ESTIMATE, then=Value(0)),
    When(period__kind=Period.Kind.YEAR, source=Target.Source.YEARLY_PLAN, then=Value(1)),
    When(period__kind=Period.Kind.YEAR, then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)
# The applicable target first among those of ``target_applies_q``.
TARGET_ORDER: tuple[Any, ...] = (TARGET_PRECEDENCE, "period__year", "-id")


@dataclass(frozen=True)
class Span:
    """A period named by its fields and dates, whether or not its row exists yet."""

    kind: str
    year: int
    number: int
    start: dt.date
    end: dt.date

    @classmethod
    def of(cls, period: Period | PeriodKey) -> Span:
        if isinstance(period, Period):
            return cls(period.kind, period.year, period.number, period.start, period.end)
        start, end = dates(period)
        return cls(period.kind, period.year, period.number, start, end)

    def q(self, prefix: str = "period__") -> Q:
        return Q(**{f"{prefix}kind": self.kind, f"{prefix}year": self.year,
                    f"{prefix}number": self.number})


# ---------------------------------------------------------------- plain reads


def result_list(
    *, unit: Unit | None = None, period: Period | None = None, indicator: Indicator | None = None
) -> QuerySet[Result]:
    """Results with unit, indicator and period joined, current ones first within each group."""
    results = Result.objects.select_related("unit", "indicator", "period", "created_by")
    if unit is not None:
        results = results.filter(unit=unit)
    if period is not None:
        results = results.filter(period=period)
    if indicator is not None:
        results = results.filter(indicator=indicator)
    return results.order_by("indicator__field", "indicator__sort_order", "indicator_id", *CURRENT_ORDER)


def current_results() -> QuerySet[Result]:
    """Only the result that counts for each unit × indicator × period (see module docstring)."""
    return Result.objects.filter(is_current_q())


def is_current_q() -> Q:
    same = (
        Result.objects.filter(
            unit=OuterRef("unit"), indicator=OuterRef("indicator"), period=OuterRef("period")
        ).order_by(*CURRENT_ORDER).values("pk")[:1]
    )
    return Q(pk=Subquery(same))


def result_current(*, unit: Unit, indicator: Indicator, period: Period | PeriodKey) -> Result | None:
    """The result that counts for the unit, indicator and period (own results only), or None."""
    return (
        Result.objects.filter(Span.of(period).q(), unit=unit, indicator=indicator)
        .select_related("period").order_by(*CURRENT_ORDER).first()
    )


def target_list(*, unit: Unit | None = None, period: Period | None = None) -> QuerySet[Target]:
    targets = Target.objects.select_related("indicator", "unit", "period", "document", "term")
    if unit is not None:
        targets = targets.filter(unit=unit)
    if period is not None:
        targets = targets.filter(period=period)
    return targets


def target_applicable(
    *, unit: Unit, indicator: Indicator, period: Period | PeriodKey
) -> Target | None:
    """The target that applies to ``period`` (see module docstring), or None."""
    return (
        Target.objects.filter(target_applies_q(Span.of(period)), unit=unit, indicator=indicator)
        .select_related("period", "document").order_by(*TARGET_ORDER).first()
    )


def reporting_status_get(*, unit: Unit, period: Period) -> ReportingStatus | None:
    """The unit-period's status row with who changed it; None means still open."""
    return (
        ReportingStatus.objects.filter(unit=unit, period=period).select_related("changed_by").first()
    )


def target_applies_q(span: Span) -> Q:
    """The targets that may apply to ``span`` (``TARGET_ORDER`` picks one): a term's own, or
    for any other period those of its year (see ``_covering_year_q``)."""
    if span.kind == Period.Kind.TERM:
        return span.q()
    return _covering_year_q(span.year)


def _covering_year_q(year: int | OuterRef) -> Q:
    """Targets set for ``year`` itself or for a term covering it; ``year`` may be an OuterRef."""
    return Q(period__kind=Period.Kind.YEAR, period__year=year) | Q(
        period__kind=Period.Kind.TERM, period__year__lte=year, period__number__gte=year
    )


# ---------------------------------------------------------------- value expressions


def contribution_q(span: Span) -> Q:
    """The result rows a unit contributes to ``span``: its own for that period while it lived
    through the period's end; else, for a cumulative period, its latest cumulative figure of
    that year ending by the period's end (the months it existed)."""
    if span.kind not in CUMULATIVE:
        return span.q()
    lived_through = Q(unit__valid_to__isnull=True) | Q(unit__valid_to__gte=span.end)
    latest = (
        Result.objects.filter(
            unit=OuterRef("unit"), indicator=OuterRef("indicator"), period__year=span.year,
            period__kind__in=CUMULATIVE, period__end__lte=span.end,
        ).order_by("-period__end").values("period_id")[:1]
    )
    # The subquery last, after a test that is false (not NULL) for a unit still valid: Q
    # sorts keyword arguments, and the database stops an AND only at a false term.
    ended = Q(
        unit__valid_to__isnull=False, unit__valid_to__lt=span.end, period__year=span.year, period__kind__in=CUMULATIVE,
        period__end__lte=span.end,
    ) & Q(period_id=Subquery(latest))
    return (span.q() & lived_through) | ended


def predecessor_shares(unit: Unit) -> dict[int, Decimal]:
    """The units whose additive results count as ``unit``'s, with the share each brings.

    ``projection_for`` weights the past years' sums in SQL with these literal shares.
    """
    return dict(
        Succession.objects.filter(successor=unit, share__gt=0).values_list("predecessor_id", "share")
    )


# ---------------------------------------------------------------- the dashboard
#
# The raw results, targets and lineage links in a fixed number of plain queries, then the
# rules of ``computations.py`` row by row in Python: the rows are bounded (one per
# indicator, or one per result of an admin page). Judging in SQL instead made Django
# inline every annotation it referred to (172 subplans, 4 s on PostgreSQL for a unit with
# predecessors). Sums over many rows (roll-up, past years) stay in SQL.


@dataclass
class DashboardRow:
    """One indicator for a unit and period, judged. Percentages have 4 decimals."""

    indicator: Indicator
    value: Decimal | None
    own_value: Decimal | None
    lineage_value: Decimal | None
    result: Result | None
    target: Target | None
    last_value: Decimal | None
    pct_of_plan: Decimal | None
    yoy_abs: Decimal | None
    yoy_pct: Decimal | None
    status: Judgement | None

    @property
    def value_estimated(self) -> bool:
        return bool(self.result and self.result.estimated)

    @property
    def value_derived(self) -> bool:
        return bool(self.result and self.result.derived)

    @property
    def is_sample(self) -> bool:
        """Shown with a ``mẫu`` badge: the value or the target is generated, not reported."""
        return bool((self.result and self.result.is_sample) or (self.target and self.target.is_sample))

    @property
    def target_id(self) -> int | None:
        return self.target.pk if self.target else None

    @property
    def target_value(self) -> Decimal | None:
        return self.target.value if self.target else None

    @property
    def target_comparator(self) -> str | None:
        return self.target.comparator if self.target else None

    @property
    def target_source(self) -> str | None:
        return self.target.source if self.target else None


def _current_key(status: str, updated_at: dt.datetime, pk: int) -> tuple[int, float, int]:
    """``CURRENT_ORDER`` as a sort key."""
    return (0 if status in APPROVED else 1, -updated_at.timestamp(), -pk)


def target_precedence_key(target: Target) -> tuple[int, int, int]:
    """``TARGET_ORDER`` as a sort key."""
    precedence = 3
    if target.period.kind == Period.Kind.YEAR:
        precedence = {Target.Source.BUDGET_ESTIMATE: 0, Target.Source.YEARLY_PLAN: 1}.get(
            target.source, 2
        )
    return (precedence, target.period.year, -target.pk)


def target_applies(span: Span, period: Period) -> bool:
    """``target_applies_q`` for one target's period."""
    if span.kind == Period.Kind.TERM:
        return (period.kind, period.year, period.number) == (span.kind, span.year, span.number)
    return (period.kind == Period.Kind.YEAR and period.year == span.year) or (
        period.kind == Period.Kind.TERM and period.year <= span.year <= period.number
    )


def _is_partial(span: Span, target: Target) -> bool:
    if span.kind == Period.Kind.TERM:
        return False
    if span.kind == Period.Kind.YEAR:
        return target.period.kind == Period.Kind.TERM
    return True


# A predecessor of a unit: its id, the share of its figures that counts, the day it ended.
Link = tuple[int, Decimal, dt.date | None]


class _Fact:
    """A current result as ``Facts`` keeps it: value and period at hand, the ``Result``
    object built only for the rows that show it (a province's dashboard reads ≈ 2,000
    results, mostly predecessors' figures of which only the value counts)."""

    __slots__ = ("_db", "_result", "_row", "period", "value")

    def __init__(self, value: Decimal, period: Period, result: Result | None = None,
                 row: tuple[Any, ...] = (), db: str = "") -> None:
        self.value = value
        self.period = period
        self._result = result
        self._row = row
        self._db = db

    @property
    def result(self) -> Result:
        if self._result is None:
            self._result = Result.from_db(self._db, _RESULT_FIELDS, self._row)
            self._result.period = self.period
        return self._result


# The database sorts by ``CURRENT_ORDER``; the two timestamps, parsed for every one of
# thousands of rows only to be sorted on, are left out (deferred on the few ``Result``
# objects built).
_RESULT_FIELDS = [
    field.attname for field in Result._meta.concrete_fields if field.attname not in ("created_at", "updated_at")
]
_PERIOD_FIELDS = [field.attname for field in Period._meta.concrete_fields]


class Facts:
    """The current results of some units, by unit → indicator → (kind, year, number)."""

    def __init__(self, results: list[Result]) -> None:
        results.sort(key=lambda r: _current_key(r.status, r.updated_at, r.pk))
        self.current: dict[int, dict[int, dict[tuple[str, int, int], _Fact]]] = {}
        for result in results:
            self._keep(result.unit_id, result.indicator_id, _Fact(result.value, result.period, result))

    @classmethod
    def of(cls, results: QuerySet[Result]) -> Facts:
        """``Facts(list(results.select_related("period")))`` in the same single query,
        with one ``Period`` object per period and a ``Result`` object only when asked."""
        facts = cls([])
        at = {name: i for i, name in enumerate(_RESULT_FIELDS)}
        unit, indicator, value, period_id = at["unit_id"], at["indicator_id"], at["value"], at["period_id"]
        rows = results.order_by(*CURRENT_ORDER).values_list(
            *_RESULT_FIELDS, *(f"period__{name}" for name in _PERIOD_FIELDS[1:])
        )
        periods: dict[int, Period] = {}
        size = len(_RESULT_FIELDS)
        db = results.db
        for row in rows:
            period = periods.get(row[period_id])
            if period is None:
                period = periods[row[period_id]] = Period.from_db(db, _PERIOD_FIELDS, (row[period_id], *row[size:]))
            facts._keep(row[unit], row[indicator], _Fact(row[value], period, row=row[:size], db=db))
        return facts

    def _keep(self, unit_id: int, indicator_id: int, fact: _Fact) -> None:
        """The first fact of a unit, indicator and period is the current one (facts come in
        ``CURRENT_ORDER``)."""
        p = fact.period
        by_period = self.current.setdefault(unit_id, {}).setdefault(indicator_id, {})
        by_period.setdefault((p.kind, p.year, p.number), fact)

    def own(self, unit_id: int, indicator_id: int, span: Span) -> Result | None:
        fact = self.current.get(unit_id, {}).get(indicator_id, {}).get((span.kind, span.year, span.number))
        return fact.result if fact else None

    def contribution(
        self, unit_id: int, valid_to: dt.date | None, indicator_id: int, span: Span
    ) -> _Fact | None:
        """``contribution_q`` for one predecessor and indicator."""
        facts = self.current.get(unit_id, {}).get(indicator_id, {})
        if span.kind not in CUMULATIVE or valid_to is None or valid_to >= span.end:
            return facts.get((span.kind, span.year, span.number))
        candidates = [
            f for f in facts.values()
            if f.period.year == span.year and f.period.kind in CUMULATIVE and f.period.end <= span.end
        ]
        return max(candidates, key=lambda f: f.period.end, default=None)

    def value(
        self, unit_id: int, indicator: Indicator, span: Span,
        links: list[Link],
    ) -> tuple[Result | None, Decimal | None, Decimal | None]:
        """The own current result, the lineage sum (additive indicators) and their total."""
        own, lineage, total = self._parts(unit_id, indicator, span, links)
        return (own.result if own else None), lineage, total

    def total(self, unit_id: int, indicator: Indicator, span: Span, links: list[Link]) -> Decimal | None:
        """``value``'s total alone."""
        return self._parts(unit_id, indicator, span, links)[2]

    def _parts(
        self, unit_id: int, indicator: Indicator, span: Span, links: list[Link],
    ) -> tuple[_Fact | None, Decimal | None, Decimal | None]:
        own = self.current.get(unit_id, {}).get(indicator.pk, {}).get((span.kind, span.year, span.number))
        lineage = None
        if links and indicator.aggregation == Indicator.Aggregation.SUM:
            parts = [
                r.value * share for pk, share, valid_to in links
                if (r := self.contribution(pk, valid_to, indicator.pk, span)) is not None
            ]
            lineage = sum(parts, Decimal(0)) if parts else None
        present = [v for v in (own.value if own else None, lineage) if v is not None]
        return own, lineage, (sum(present, Decimal(0)) if present else None)


def lineage_links(unit_ids: set[int]) -> dict[int, list[Link]]:
    """For each of ``unit_ids``, its predecessors with a share as ``(id, share, valid_to)``
    (see ``predecessor_shares``), in one query."""
    links: dict[int, list[Link]] = {pk: [] for pk in unit_ids}
    for successor, predecessor, share, valid_to in Succession.objects.filter(
        successor_id__in=unit_ids, share__gt=0
    ).values_list("successor_id", "predecessor_id", "share", "predecessor__valid_to"):
        links[successor].append((predecessor, share, valid_to))
    return links


def dashboard_rows_many(
    pairs: list[tuple[Unit, Period]], *, with_data_only: bool = True,
    indicators: list[Indicator] | None = None,
) -> dict[tuple[int, int], list[DashboardRow]]:
    """``dashboard_rows`` for many unit × period pairs in four queries (three with
    ``indicators`` given), keyed by ``(unit id, period id)``."""
    if not pairs:
        return {}
    unit_ids = {unit.pk for unit, _period in pairs}
    links = lineage_links(unit_ids)
    if indicators is None:
        indicators = list(Indicator.objects.all())
    spans = {
        period.pk: (Span.of(period), Span.of(same_period_last_year(period))) for _u, period in pairs
    }
    wanted = Q(pk__in=[])
    earlier = Q(pk__in=[])
    for span, last in spans.values():
        wanted |= span.q() | last.q()
        if span.kind in CUMULATIVE:
            earlier |= Q(period__year__in=(span.year, last.year), period__kind__in=CUMULATIVE)
    predecessor_ids = {pk for chain in links.values() for pk, _s, _v in chain}
    # Only a predecessor that ended before a period's end needs its other cumulative figures
    # of the year (``Facts.contribution``); fetching them for every unit read thousands of
    # rows for a province.
    latest_end = max(span.end for pair in spans.values() for span in pair)
    ended = {pk for chain in links.values() for pk, _s, valid_to in chain
             if valid_to is not None and valid_to < latest_end}
    facts = Facts.of(
        Result.objects.filter(
            wanted | (earlier & Q(unit_id__in=ended)), unit_id__in=unit_ids | predecessor_ids,
            indicator_id__in=[i.pk for i in indicators],
        )
    )
    applicable = Q(pk__in=[])
    for span, _last in spans.values():
        applicable |= target_applies_q(span)
    targets: dict[tuple[int, int], list[Target]] = {}
    for target in Target.objects.filter(
        applicable, unit_id__in=unit_ids, indicator_id__in=[i.pk for i in indicators]
    ).select_related("period", "document"):
        targets.setdefault((target.unit_id, target.indicator_id), []).append(target)

    answer: dict[tuple[int, int], list[DashboardRow]] = {}
    for unit, period in pairs:
        span, last = spans[period.pk]
        rows = []
        for indicator in indicators:
            result, lineage, value = facts.value(unit.pk, indicator, span, links[unit.pk])
            last_value = facts.total(unit.pk, indicator, last, links[unit.pk])
            candidates = [t for t in targets.get((unit.pk, indicator.pk), []) if target_applies(span, t.period)]
            target = min(candidates, key=target_precedence_key, default=None)
            if with_data_only and value is None and target is None:
                continue
            comparator = target.comparator if target else None
            rows.append(DashboardRow(
                indicator=indicator,
                value=value,
                own_value=result.value if result else None,
                lineage_value=lineage,
                result=result,
                target=target,
                last_value=last_value,
                pct_of_plan=computations.pct_of_plan(
                    value, target.value if target else None, comparator=comparator or "",
                    direction=indicator.direction,
                ),
                yoy_abs=computations.yoy_abs(value, last_value),
                yoy_pct=computations.yoy_pct(value, last_value),
                status=computations.judge(
                    value, target.value, comparator=target.comparator, direction=indicator.direction,
                    partial=_is_partial(span, target),
                ) if target else None,
            ))
        answer[(unit.pk, period.pk)] = rows
    return answer


def dashboard_rows(
    *, unit: Unit, period: Period, with_data_only: bool = True,
    indicators: list[Indicator] | None = None,
) -> list[DashboardRow]:
    """Every indicator's row for a unit and period, judged, in four queries whatever the
    number of indicators (three for given ``indicators``), in the catalogue's order.

    Each row's ``value`` is the unit's current result plus, for an additive indicator, what
    its predecessors bring (``own_value``, ``lineage_value``); ``target`` the applicable one;
    ``last_value`` the same period last year, lineage included; ``pct_of_plan`` (None for a
    ceiling or a lower-is-better indicator), ``yoy_abs``, ``yoy_pct`` (percent, 4 decimals)
    and ``status`` (None without value or target). ``with_data_only`` drops the indicators
    with neither a value nor a target.
    """
    return dashboard_rows_many(
        [(unit, period)], with_data_only=with_data_only, indicators=indicators
    )[(unit.pk, period.pk)]


def met_count_of(rows: list[DashboardRow]) -> MetCount:
    """``targets_met_count`` (without a document or source) over rows already judged."""
    with_target = [row for row in rows if row.target is not None]
    return MetCount(
        sum(1 for row in with_target if row.status in MET_OR_EXCEEDED),
        len(with_target),
        sum(1 for row in with_target if row.value is None),
    )


def targets_met_count(
    *, unit: Unit, period: Period, document: Document | None = None, source: str | None = None
) -> MetCount:
    """``N/M chỉ tiêu đạt`` for a unit and period, in four queries (five with ``document``
    or ``source``) whatever the number of indicators.

    The target set is the targets of ``document`` (a resolution: ``16/25 chỉ tiêu đạt theo
    Nghị quyết 62-NQ/TU``) and/or of ``source`` that apply to the period's year or to a term
    covering it; without either, the target that applies to each indicator. ``met`` counts
    the targets met or exceeded; ``without_value`` those with no result yet (not met). Each
    target is judged against the value of ``dashboard_rows`` (lineage included).
    """
    rows = dashboard_rows(unit=unit, period=period)
    if document is None and source is None:
        return met_count_of(rows)
    span = Span.of(period)
    targets = Target.objects.filter(target_applies_q(span), unit=unit).select_related(
        "period", "indicator"
    )
    if document is not None:
        targets = targets.filter(document=document)
    if source is not None:
        targets = targets.filter(source=source)
    values = {row.indicator.pk: row.value for row in rows}
    met = total = without_value = 0
    for target in targets:
        value = values.get(target.indicator_id)
        total += 1
        without_value += value is None
        status = computations.judge(
            value, target.value, comparator=target.comparator,
            direction=target.indicator.direction, partial=_is_partial(span, target),
        )
        met += status in MET_OR_EXCEEDED
    return MetCount(met, total, without_value)


# ---------------------------------------------------------------- results one by one


@dataclass(frozen=True)
class JudgedResult:
    """One result against its target and the same period last year (computed, never typed)."""

    value: Decimal
    target: Target | None
    pct_of_plan: Decimal | None
    last_value: Decimal | None
    pct_of_last: Decimal | None
    yoy_abs: Decimal | None
    yoy_pct: Decimal | None
    status: Judgement | None


def results_judged_rows(results: list[Result]) -> dict[int, JudgedResult]:
    """Each of ``results`` judged on its own value (not the current one, nor lineage), by
    result id, in two queries whatever their number (none for no results).

    The target is the one that applies to the result's period (see the module docstring);
    ``last_value`` the current result of the same period last year (a term's for a term,
    own results only); ``pct_of_last`` the value as a percent of last year's. The results
    need their ``indicator`` and ``period`` loaded (``select_related``) to save queries.
    """
    results = [r for r in results if r.pk is not None]
    if not results:
        return {}
    spans = {r.period_id: (Span.of(r.period), Span.of(same_period_last_year(r.period))) for r in results}
    units = {r.unit_id for r in results}
    indicators = {r.indicator_id for r in results}
    applicable = Q(pk__in=[])
    last_periods = Q(pk__in=[])
    for span, last in spans.values():
        applicable |= target_applies_q(span)
        last_periods |= last.q()
    targets: dict[tuple[int, int], list[Target]] = {}
    for target in Target.objects.filter(
        applicable, unit_id__in=units, indicator_id__in=indicators
    ).select_related("period", "document"):
        targets.setdefault((target.unit_id, target.indicator_id), []).append(target)
    facts = Facts(list(
        Result.objects.filter(last_periods, unit_id__in=units, indicator_id__in=indicators)
        .select_related("period")
    ))
    answer = {}
    for result in results:
        span, last = spans[result.period_id]
        direction = result.indicator.direction
        candidates = [
            t for t in targets.get((result.unit_id, result.indicator_id), [])
            if target_applies(span, t.period)
        ]
        target = min(candidates, key=target_precedence_key, default=None)
        previous = facts.own(result.unit_id, result.indicator_id, last)
        last_value = previous.value if previous else None
        answer[result.pk] = JudgedResult(
            value=result.value,
            target=target,
            pct_of_plan=computations.pct_of_plan(
                result.value, target.value, comparator=target.comparator, direction=direction
            ) if target else None,
            last_value=last_value,
            pct_of_last=computations.pct_of(result.value, last_value),
            yoy_abs=computations.yoy_abs(result.value, last_value),
            yoy_pct=computations.yoy_pct(result.value, last_value),
            status=computations.judge(
                result.value, target.value, comparator=target.comparator, direction=direction,
                partial=_is_partial(span, target),
            ) if target else None,
        )
    return answer


def judge_result(result: Result) -> JudgedResult:
    """``% kế hoạch``, ``% cùng kỳ`` and the judgement of one saved result, in two queries
    (``results_judged_rows`` for that result)."""
    return results_judged_rows([result])[result.pk]


def latest_period_with_data(*, unit: Unit) -> Period | None:
    """The latest period (not a term) the unit has results for; of periods ending the same
    day the longest (``9 tháng`` before ``quý III`` before ``tháng 9``)."""
    return (
        Period.objects.filter(results__unit=unit).exclude(kind=Period.Kind.TERM)
        .order_by("-end", "start").first()
    )


def periods_with_data(*, unit: Unit) -> QuerySet[Period]:
    """The periods (not terms) the unit has results for, latest first."""
    return (
        Period.objects.filter(results__unit=unit).exclude(kind=Period.Kind.TERM)
        .distinct().order_by("-end", "start")
    )


def latest_periods(units: QuerySet[Unit]) -> dict[int, Period]:
    """``latest_period_with_data`` for many units, in two queries."""
    latest = (
        Result.objects.filter(unit=OuterRef("pk")).exclude(period__kind=Period.Kind.TERM)
        .order_by("-period__end", "period__start").values("period_id")[:1]
    )
    ids = dict(units.annotate(latest=Subquery(latest)).values_list("pk", "latest"))
    periods = Period.objects.in_bulk({pk for pk in ids.values() if pk is not None})
    return {unit: periods[pk] for unit, pk in ids.items() if pk is not None}


# ---------------------------------------------------------------- the data-entry grid


@dataclass
class EntryRow:
    """One indicator of the data-entry grid: the dashboard's judged row (current own result,
    applicable target), the unit's typed-in result for the period and its yearly plan."""

    row: DashboardRow
    manual: Result | None
    plan: Target | None


def entry_rows(*, unit: Unit, period: Period) -> list[EntryRow]:
    """Every indicator of the catalogue for the unit's data-entry grid, in the catalogue's
    order, in six queries whatever the number of indicators.

    ``period`` may be unsaved (a period nobody reported for yet: only its kind, year and
    number are read). ``manual`` is the unit's ``Nhập tay`` result for the period; ``plan``
    its ``Kế hoạch năm`` target for the period's year.
    """
    rows = dashboard_rows(unit=unit, period=period, with_data_only=False)
    span = Span.of(period)
    manual = {
        result.indicator_id: result
        for result in Result.objects.filter(span.q(), unit=unit, provenance=Result.Provenance.MANUAL)
    }
    plans = {
        target.indicator_id: target
        for target in Target.objects.filter(
            unit=unit, period__kind=Period.Kind.YEAR, period__year=span.year,
            source=Target.Source.YEARLY_PLAN,
        )
    }
    return [
        EntryRow(row=row, manual=manual.get(row.indicator.pk), plan=plans.get(row.indicator.pk))
        for row in rows
    ]
