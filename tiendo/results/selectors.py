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
    Count,
    Expression,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)

from tiendo.catalogue.models import Document, Indicator
from tiendo.results.computations import MET_OR_EXCEEDED, Judgement, MetCount
from tiendo.results.judgement import (
    DECIMAL,
    judgement_expr,
    pct_of_expr,
    pct_of_plan_expr,
    sum_or_null,
    yoy_abs_expr,
    yoy_pct_expr,
)
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
# The applicable target first among those of ``_applies_to_q``.
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
        Target.objects.filter(_applies_to_q(Span.of(period)), unit=unit, indicator=indicator)
        .select_related("period", "document").order_by(*TARGET_ORDER).first()
    )


def reporting_status_get(*, unit: Unit, period: Period) -> ReportingStatus | None:
    """The unit-period's status row with who changed it; None means still open."""
    return (
        ReportingStatus.objects.filter(unit=unit, period=period).select_related("changed_by").first()
    )


def _applies_to_q(span: Span) -> Q:
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
    ended = Q(
        unit__valid_to__lt=span.end, period__year=span.year, period__kind__in=CUMULATIVE,
        period__end__lte=span.end, period_id=Subquery(latest),
    )
    return (span.q() & lived_through) | ended


def predecessor_shares(unit: Unit) -> dict[int, Decimal]:
    """The units whose additive results count as ``unit``'s, with the share each brings.

    Almost every unit has none, so callers ask once and skip the lineage expression.
    """
    return dict(
        Succession.objects.filter(successor=unit, share__gt=0).values_list("predecessor_id", "share")
    )


def value_annotations(
    unit: Unit, span: Span, *, name: str, indicator_ref: str, aggregation_ref: str,
    shares: dict[int, Decimal],
) -> dict[str, Expression]:
    """``own_<name>`` (the unit's current result), ``lineage_<name>`` (what the predecessors in
    ``shares`` bring, additive indicators only) and the result's flags, for the indicator at
    ``indicator_ref``."""
    own = Result.objects.filter(span.q(), unit=unit, indicator=OuterRef(indicator_ref)).order_by(
        *CURRENT_ORDER
    )
    lineage: Expression = Value(None, output_field=DECIMAL)
    if shares:
        weighted = Case(
            *(When(unit_id=pk, then=Value(share)) for pk, share in shares.items()),
            output_field=DECIMAL,
        )
        contributions = (
            Result.objects.filter(unit_id__in=list(shares), indicator=OuterRef(indicator_ref))
            .filter(contribution_q(span)).filter(is_current_q())
            .values("indicator")
            .annotate(total=Sum(F("value") * weighted, output_field=DECIMAL))
            .values("total")
        )
        lineage = Case(
            When(**{aggregation_ref: Indicator.Aggregation.SUM}, then=Subquery(contributions)),
            default=Value(None), output_field=DECIMAL,
        )
    return {
        f"own_{name}": Subquery(own.values("value")[:1], output_field=DECIMAL),
        f"lineage_{name}": lineage,
        f"{name}_result_id": Subquery(own.values("pk")[:1]),
        f"{name}_estimated": Subquery(own.values("estimated")[:1]),
        f"{name}_derived": Subquery(own.values("derived")[:1]),
        f"{name}_status": Subquery(own.values("status")[:1]),
    }


def _partial_q(span: Span) -> Q | bool:
    """Whether the period ends before the applicable target's (9 months against the year)."""
    if span.kind == Period.Kind.TERM:
        return False
    if span.kind == Period.Kind.YEAR:
        return Q(target_period_kind=Period.Kind.TERM)
    return True


# ---------------------------------------------------------------- the unit dashboard


def unit_period_rows(
    *, unit: Unit, period: Period, indicators: QuerySet[Indicator] | None = None,
    with_data_only: bool = True, shares: dict[int, Decimal] | None = None,
) -> QuerySet[Indicator]:
    """Every indicator's row for a unit and period, judged, in two queries.

    Each Indicator carries: ``value`` (own result plus lineage), ``own_value``,
    ``lineage_value``, ``value_result_id``, ``value_estimated``, ``value_derived``,
    ``value_status`` (the result's workflow status); ``target_id``, ``target_value``,
    ``target_comparator``, ``target_source``, ``target_period_kind``; ``last_value`` (same
    period last year, lineage included); ``pct_of_plan`` (None for a ceiling or a
    lower-is-better indicator), ``yoy_abs``, ``yoy_pct`` (percent, 4 decimals) and
    ``status`` (a ``Judgement`` value, None without value or target).
    ``with_data_only`` drops the indicators with neither a value nor a target. ``shares``
    (from ``predecessor_shares``) saves its query for a caller that already has them.
    """
    span = Span.of(period)
    last = Span.of(same_period_last_year(period))
    if shares is None:
        shares = predecessor_shares(unit)
    targets = (
        Target.objects.filter(_applies_to_q(span), unit=unit, indicator=OuterRef("pk"))
        .order_by(*TARGET_ORDER)
    )
    rows = (indicators if indicators is not None else Indicator.objects.all()).annotate(
        **value_annotations(unit, span, name="value", indicator_ref="pk",
                            aggregation_ref="aggregation", shares=shares),
        **value_annotations(unit, last, name="last", indicator_ref="pk",
                            aggregation_ref="aggregation", shares=shares),
        target_id=Subquery(targets.values("pk")[:1]),
        target_value=Subquery(targets.values("value")[:1], output_field=DECIMAL),
        target_comparator=Subquery(targets.values("comparator")[:1]),
        target_source=Subquery(targets.values("source")[:1]),
        target_period_kind=Subquery(targets.values("period__kind")[:1]),
    ).annotate(
        value=sum_or_null("own_value", "lineage_value"),
        last_value=sum_or_null("own_last", "lineage_last"),
    ).annotate(
        pct_of_plan=pct_of_plan_expr("value", "target_value", "target_comparator", "direction"),
        yoy_abs=yoy_abs_expr("value", "last_value"),
        yoy_pct=yoy_pct_expr("value", "last_value"),
        status=judgement_expr(
            "value", "target_value", "target_comparator", "direction", _partial_q(span)
        ),
    )
    if with_data_only:
        rows = rows.filter(Q(value__isnull=False) | Q(target_id__isnull=False))
    return rows


def targets_met_count(
    *, unit: Unit, period: Period, document: Document | None = None, source: str | None = None
) -> MetCount:
    """``N/M chỉ tiêu đạt`` for a unit and period, in two queries.

    The target set is the targets of ``document`` (a resolution: ``16/25 chỉ tiêu đạt theo
    Nghị quyết 62-NQ/TU``) and/or of ``source`` that apply to the period's year or to a term
    covering it; without either, the target that applies to each indicator. ``met`` counts
    the targets met or exceeded; ``without_value`` those with no result yet (not met).
    """
    if document is None and source is None:
        rows = unit_period_rows(unit=unit, period=period).filter(target_id__isnull=False)
        counts = rows.aggregate(
            met=Count("pk", filter=Q(status__in=MET_OR_EXCEEDED)),
            total=Count("pk"),
            without_value=Count("pk", filter=Q(value__isnull=True)),
        )
        return MetCount(counts["met"], counts["total"], counts["without_value"])
    span = Span.of(period)
    targets = Target.objects.filter(_applies_to_q(span), unit=unit)
    if document is not None:
        targets = targets.filter(document=document)
    if source is not None:
        targets = targets.filter(source=source)
    judged = targets.annotate(
        **value_annotations(
            unit, span, name="achieved", indicator_ref="indicator",
            aggregation_ref="indicator__aggregation", shares=predecessor_shares(unit),
        ),
        target_period_kind=F("period__kind"),
    ).annotate(
        achieved=sum_or_null("own_achieved", "lineage_achieved"),
    ).annotate(
        judged=judgement_expr(
            "achieved", "value", "comparator", "indicator__direction", _partial_q(span)
        ),
    )
    counts = judged.aggregate(
        met=Count("pk", filter=Q(judged__in=MET_OR_EXCEEDED)),
        total=Count("pk"),
        without_value=Count("pk", filter=Q(achieved__isnull=True)),
    )
    return MetCount(counts["met"], counts["total"], counts["without_value"])


# ---------------------------------------------------------------- results one by one


def results_judged(results: QuerySet[Result]) -> QuerySet[Result]:
    """``results``, each judged on its own value (not the current one, nor lineage), in the
    same query whatever the number of rows.

    Each Result carries: ``target_id``, ``target_value``, ``target_comparator``,
    ``target_period_kind`` (the target that applies to the result's period, see the module
    docstring); ``last_value`` (the current result of the same period last year, a term's
    for a term, own results only); ``pct_of_plan`` (None for a ceiling or a lower-is-better
    indicator); ``pct_of_last`` (the value as a percent of last year's), ``yoy_abs``,
    ``yoy_pct``; ``judgement`` (a ``Judgement`` value, None without a target).
    """
    same = {"unit": OuterRef("unit"), "indicator": OuterRef("indicator")}
    is_term = Q(period__kind=Period.Kind.TERM)
    for_term = Target.objects.filter(period=OuterRef("period"), **same)
    for_year = Target.objects.filter(_covering_year_q(OuterRef("period__year")), **same)

    def target(column: str, output: Any = None) -> Case:
        def first(targets: QuerySet[Target]) -> Subquery:
            return Subquery(targets.order_by(*TARGET_ORDER).values(column)[:1], output_field=output)

        return Case(When(is_term, then=first(for_term)), default=first(for_year), output_field=output)

    # ``same_period_last_year`` in SQL: the term as long before a term, else a year earlier.
    year, number = OuterRef("period__year"), OuterRef("period__number")
    last_term = Result.objects.filter(
        period__kind=Period.Kind.TERM, period__year=2 * year - number, period__number=year, **same
    )
    last_other = Result.objects.filter(
        period__kind=OuterRef("period__kind"), period__year=year - 1, period__number=number, **same
    )

    def last(candidates: QuerySet[Result]) -> Subquery:
        ordered = candidates.order_by(*CURRENT_ORDER)
        return Subquery(ordered.values("value")[:1], output_field=DECIMAL)

    # ``_partial_q`` row by row: a period ending before its target's (9 months against the
    # year, a year against the term) is still in progress.
    partial = ~Q(period__kind__in=(Period.Kind.YEAR, Period.Kind.TERM)) | Q(
        period__kind=Period.Kind.YEAR, target_period_kind=Period.Kind.TERM
    )
    return results.annotate(
        target_id=target("pk"),
        target_value=target("value", DECIMAL),
        target_comparator=target("comparator"),
        target_period_kind=target("period__kind"),
        last_value=Case(When(is_term, then=last(last_term)), default=last(last_other),
                        output_field=DECIMAL),
    ).annotate(
        pct_of_plan=pct_of_plan_expr(
            "value", "target_value", "target_comparator", "indicator__direction"
        ),
        pct_of_last=pct_of_expr("value", "last_value"),
        yoy_abs=yoy_abs_expr("value", "last_value"),
        yoy_pct=yoy_pct_expr("value", "last_value"),
        judgement=judgement_expr(
            "value", "target_value", "target_comparator", "indicator__direction", partial
        ),
    )


@dataclass(frozen=True)
class JudgedResult:
    """One result against its target and the same period last year (computed, never typed)."""

    value: Decimal
    target: Target | None
    pct_of_plan: Decimal | None
    last_value: Decimal | None
    yoy_abs: Decimal | None
    yoy_pct: Decimal | None
    status: Judgement | None


def judge_result(result: Result) -> JudgedResult:
    """``% kế hoạch``, ``% cùng kỳ`` and the judgement of one saved result, in two queries
    (one without a target): ``results_judged`` for that row, then its target."""
    row = (
        results_judged(Result.objects.filter(pk=result.pk))
        .values("target_id", "pct_of_plan", "last_value", "yoy_abs", "yoy_pct", "judgement")
        .get()
    )
    target = None
    if row["target_id"] is not None:
        target = Target.objects.select_related("period", "document").get(pk=row["target_id"])
    return JudgedResult(
        value=result.value,
        target=target,
        pct_of_plan=row["pct_of_plan"],
        last_value=row["last_value"],
        yoy_abs=row["yoy_abs"],
        yoy_pct=row["yoy_pct"],
        status=Judgement(row["judgement"]) if row["judgement"] else None,
    )
