"""The SAMPLE series of ``series.toml`` as results and targets marked ``is_sample``.

Monthly results, the 6-month, 9-month and year results summed from them, yearly levels,
and yearly targets. Real figures win: their months are fitted to them (``series.py``)
and no sample result or target is written in a cell that holds a real one. Bulk inserts,
one audit row per unit.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tiendo.catalogue.models import Indicator
from tiendo.demo.batches import Batch
from tiendo.demo.figures import comparator_for
from tiendo.demo.files import read
from tiendo.demo.series import MonthlySpec, monthly_values, running_sum
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import PeriodKey, parse_code, period_get
from tiendo.units.models import Unit

# The cumulative periods a review report quotes: 6 tháng, 9 tháng, cả năm.
CUMULATIVE_MONTHS = (6, 9, 12)
_BATCH_SIZE = 500


class _Periods:
    """The demo years' periods, fetched once (``period_get`` creates missing ones)."""

    def __init__(self, years: list[int]) -> None:
        self._by_key: dict[PeriodKey, Period] = {}
        for year in years:
            for month in range(1, 13):
                self._get(PeriodKey(Period.Kind.MONTH, year, month))
            for months in CUMULATIVE_MONTHS:
                self._get(self.cumulative_key(year, months))

    @staticmethod
    def cumulative_key(year: int, months: int) -> PeriodKey:
        if months == 12:
            return PeriodKey(Period.Kind.YEAR, year)
        return PeriodKey(Period.Kind.YTD, year, months)

    def _get(self, key: PeriodKey) -> Period:
        if key not in self._by_key:
            self._by_key[key] = period_get(key)
        return self._by_key[key]

    def month(self, year: int, month: int) -> Period:
        return self._get(PeriodKey(Period.Kind.MONTH, year, month))

    def cumulative(self, year: int, months: int) -> Period:
        return self._get(self.cumulative_key(year, months))


def samples_ensure(units: dict[str, Unit], indicators: dict[str, Indicator]) -> int:
    """Write the missing sample results and targets; returns how many rows were created."""
    data = read("series")
    years: list[int] = list(data["years"])
    periods = _Periods(years)
    plan_source = {
        code: Target.Source.BUDGET_ESTIMATE for code in data["budget_estimate_indicators"]
    }
    by_unit: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for kind in ("monthly", "yearly"):
        for spec in data[kind]:
            by_unit[spec["unit"]].append((kind, spec))

    created = 0
    for key, specs in by_unit.items():
        unit = units[key]
        writer = _UnitWriter(unit, data["source_label"])
        for kind, spec in specs:
            indicator = indicators[spec["indicator"]]
            source = plan_source.get(spec["indicator"], Target.Source.YEARLY_PLAN)
            if kind == "monthly":
                writer.monthly(spec, indicator, data["profile"][spec["profile"]], years, periods, source)
            else:
                writer.yearly(spec, indicator, years, periods, source)
        created += writer.save()
    return created


class _UnitWriter:
    """Collects one unit's sample rows, skipping cells already filled, then bulk-inserts them."""

    def __init__(self, unit: Unit, source_label: str) -> None:
        self.unit = unit
        self.source_label = source_label
        self.results: list[Result] = []
        self.targets: list[Target] = []
        results = Result.objects.filter(unit=unit)
        # Cells holding any result (real, or sample from an earlier load) get no sample result.
        self.filled = set(results.values_list("indicator_id", "period_id"))
        self.real_values = {
            (indicator, period): value
            for indicator, period, value in results.filter(is_sample=False).values_list(
                "indicator_id", "period_id", "value"
            )
        }
        self.planned = set(Target.objects.filter(unit=unit).values_list("indicator_id", "period_id"))

    def monthly(
        self,
        spec: dict[str, Any],
        indicator: Indicator,
        profile: list[Decimal],
        years: list[int],
        periods: _Periods,
        source: str,
    ) -> None:
        anchors = {self._anchor_key(code): Decimal(value) for code, value in spec.get("anchors", {}).items()}
        for year in years:
            for months in CUMULATIVE_MONTHS:
                period = periods.cumulative(year, months)
                real = self.real_values.get((indicator.pk, period.pk))
                if real is not None:
                    anchors[(year, months)] = real
        series = monthly_values(
            MonthlySpec(
                key=f"{self.unit.code}:{indicator.code}",
                profile=[Decimal(weight) for weight in profile],
                base=Decimal(spec["base"]),
                growth=Decimal(spec["growth"]),
                decimals=spec["decimals"],
                anchors=anchors,
            ),
            years,
        )
        explicit = {int(year): Decimal(value) for year, value in spec.get("targets", {}).items()}
        for index, year in enumerate(years):
            values = series[year]
            for month, value in enumerate(values, start=1):
                self._result(indicator, periods.month(year, month), value)
            for months in CUMULATIVE_MONTHS:
                self._result(indicator, periods.cumulative(year, months), running_sum(values, months))
            total = running_sum(values, 12)
            unit_step = Decimal(1).scaleb(-spec["decimals"])
            plan = explicit.get(year) or (total * Decimal(spec["plan_ratio"][index])).quantize(
                unit_step, rounding=ROUND_HALF_UP
            )
            self._target(indicator, periods.cumulative(year, 12), plan, source)

    def yearly(
        self,
        spec: dict[str, Any],
        indicator: Indicator,
        years: list[int],
        periods: _Periods,
        source: str,
    ) -> None:
        plans = spec.get("plans", [])
        for index, year in enumerate(years):
            period = periods.cumulative(year, 12)
            self._result(indicator, period, Decimal(spec["values"][index]))
            if plans:
                self._target(indicator, period, Decimal(plans[index]), source)

    def save(self) -> int:
        batch = Batch("số liệu mẫu")
        batch.count("result", len(Result.objects.bulk_create(self.results, batch_size=_BATCH_SIZE)))
        batch.count("target", len(Target.objects.bulk_create(self.targets, batch_size=_BATCH_SIZE)))
        batch.record(anchor=self.unit)
        return batch.created.total()

    @staticmethod
    def _anchor_key(code: str) -> tuple[int, int]:
        key = parse_code(code)
        return key.year, 12 if key.kind == Period.Kind.YEAR else key.number

    def _result(self, indicator: Indicator, period: Period, value: Decimal) -> None:
        if (indicator.pk, period.pk) in self.filled:
            return
        self.filled.add((indicator.pk, period.pk))
        self.results.append(Result(
            unit=self.unit, indicator=indicator, period=period, value=value,
            provenance=Result.Provenance.SYNTHETIC, status=Result.Status.APPROVED,
            source_label=self.source_label, is_sample=True,
        ))

    def _target(self, indicator: Indicator, period: Period, value: Decimal, source: str) -> None:
        # A real target of any source for the year wins over a sample one.
        if (indicator.pk, period.pk) in self.planned:
            return
        self.planned.add((indicator.pk, period.pk))
        assigned_by = self.unit.parent if source == Target.Source.BUDGET_ESTIMATE else None
        self.targets.append(Target(
            unit=self.unit, indicator=indicator, period=period, value=value, uom=indicator.uom,
            comparator=comparator_for(indicator), source=source, assigned_by=assigned_by,
            note=self.source_label, is_sample=True,
        ))
