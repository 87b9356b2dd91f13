"""Sample monthly series: deterministic, seasonal, growing, and exact where a figure is known.

Pure arithmetic on Decimals; no database. ``monthly_values`` gives twelve values per year
whose running sums hit every anchor exactly (``sum of January–September 2022 = 404``),
so the cumulative results computed from the months agree with the reported figures.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

# The wobble around the seasonal profile: ±6%, seeded by unit, indicator and year so that
# every run of the demo produces the same numbers.
_WOBBLE = 0.06


@dataclass(frozen=True)
class MonthlySpec:
    key: str
    profile: Sequence[Decimal]
    base: Decimal
    growth: Decimal
    decimals: int
    # (year, months since January) → the running sum those months must reach.
    anchors: Mapping[tuple[int, int], Decimal] = field(default_factory=dict)


def monthly_values(spec: MonthlySpec, years: Sequence[int]) -> dict[int, list[Decimal]]:
    """Twelve values per year, rounded to ``spec.decimals`` and never negative."""
    weights = _normalised(spec.profile)
    out: dict[int, list[Decimal]] = {}
    for index, year in enumerate(years):
        wobble = random.Random(f"{spec.key}:{year}")
        total = spec.base * (1 + spec.growth) ** index
        raw = [
            total * weight * Decimal(str(round(1 + wobble.uniform(-_WOBBLE, _WOBBLE), 4)))
            for weight in weights
        ]
        anchors = {months: value for (y, months), value in spec.anchors.items() if y == year}
        out[year] = _fit(raw, anchors, spec.decimals)
    return out


def running_sum(values: Sequence[Decimal], months: int) -> Decimal:
    """The cumulative value of the first ``months`` months (``9`` → January to September)."""
    return sum(values[:months], Decimal(0))


def _normalised(profile: Sequence[Decimal]) -> list[Decimal]:
    if len(profile) != 12:
        raise ValueError(f"a seasonal profile has 12 weights, not {len(profile)}")
    total = sum(profile, Decimal(0))
    return [weight / total for weight in profile]


def _fit(raw: list[Decimal], anchors: Mapping[int, Decimal], decimals: int) -> list[Decimal]:
    """Scale each stretch of months between anchors to reach the anchor, then round so the
    running sums still hit the anchors exactly; months after the last anchor keep its scale."""
    scaled = list(raw)
    start, factor = 0, Decimal(1)
    for months in sorted(anchors):
        stretch = sum(raw[start:months], Decimal(0))
        reached = sum(scaled[:start], Decimal(0))
        factor = (anchors[months] - reached) / stretch if stretch else Decimal(1)
        for month in range(start, months):
            scaled[month] = raw[month] * factor
        start = months
    for month in range(start, 12):
        scaled[month] = raw[month] * factor
    unit = Decimal(1).scaleb(-decimals)
    rounded = [max(value, Decimal(0)).quantize(unit, rounding=ROUND_HALF_UP) for value in scaled]
    start = 0
    for months in sorted(anchors):
        _settle(rounded, start, months, anchors[months] - sum(rounded[:start], Decimal(0)), unit)
        start = months
    return rounded


def _settle(values: list[Decimal], start: int, end: int, wanted: Decimal, unit: Decimal) -> None:
    """Move the rounding remainder of months ``start..end`` onto its largest months."""
    remainder = wanted - sum(values[start:end], Decimal(0))
    step = unit if remainder > 0 else -unit
    while remainder != 0:
        month = max(range(start, end), key=lambda m: values[m])
        if values[month] + step < 0:
            raise ValueError("an anchor below zero cannot be reached")
        values[month] += step
        remainder -= step
