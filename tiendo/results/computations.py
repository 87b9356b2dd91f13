"""The arithmetic of capability 5 as pure functions on Decimals: no database, no Django models.

These are the only statement of the rules: the selectors (``dashboard_rows``,
``targets_met_count``, ``results_judged_rows`` for the admin) fetch the rows and apply them
one row at a time; ingest uses them too (a plan implied by ``vượt 10% dự toán``, last
year's value implied by ``tăng 22% so với cùng kỳ``). Percentages are kept to 4 decimals; reports round them when shown.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from django.db import models
from django.utils.translation import gettext_lazy as _

PERCENT_PLACES = 4
HUNDRED = Decimal(100)

# The comparator and direction values, as stored on Target and Indicator (kept as plain
# strings so this module needs no model).
AT_LEAST, AT_MOST, EQUAL = "ge", "le", "eq"
HIGHER, LOWER = "higher", "lower"


class Judgement(models.TextChoices):
    """How a value stands against its target: the ``Đánh giá`` column of a report."""

    EXCEEDED = "exceeded", _("Vượt")
    MET = "met", _("Đạt")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    NOT_MET = "not_met", _("Chưa đạt")


MET_OR_EXCEEDED = (Judgement.MET, Judgement.EXCEEDED)


class MetCount(NamedTuple):
    """``met`` of ``total`` targets reached; ``without_value`` of them have no result yet."""

    met: int
    total: int
    without_value: int = 0

    @property
    def label(self) -> str:
        """``16/25 chỉ tiêu đạt``, as reports write it."""
        return _("%(met)s/%(total)s chỉ tiêu đạt") % {"met": self.met, "total": self.total}


def quantize(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct_of(value: Decimal | None, base: Decimal | None, places: int = PERCENT_PLACES) -> Decimal | None:
    """``value`` as a percent of ``base``: 404 of 367.3 → 109.9918. None without a base."""
    if value is None or base is None or base == 0:
        return None
    return quantize(value * HUNDRED / base, places)


def pct_of_plan(
    value: Decimal | None, target: Decimal | None, *, comparator: str, direction: str
) -> Decimal | None:
    """Percent of plan, or None where it means nothing: a ceiling (≤) or a lower-is-better target.

    domain-vn.md §3.3: for ``dưới 4%`` a report writes Đạt / Không đạt, not a percentage.
    """
    if comparator == AT_MOST or direction == LOWER:
        return None
    return pct_of(value, target)


def yoy_abs(value: Decimal | None, last: Decimal | None) -> Decimal | None:
    """The absolute change against the same period last year (``tăng 04 DN``)."""
    return None if value is None or last is None else value - last


def yoy_pct(value: Decimal | None, last: Decimal | None, places: int = PERCENT_PLACES) -> Decimal | None:
    """The signed percent change against the same period last year (``tăng 22%`` → 22)."""
    if value is None or last is None or last == 0:
        return None
    return quantize((value - last) * HUNDRED / last, places)


def implied_plan(value: Decimal, pct_of_plan: Decimal, places: int = 2) -> Decimal:
    """The plan a percentage implies: 404 at 110% (``vượt 10%``) → 367.27; 5738.9 at 98.35% → 5835.18.

    Raises ValueError for a zero percentage (no plan can be implied).
    """
    if pct_of_plan == 0:
        raise ValueError("a plan cannot be implied from 0%")
    return quantize(value * HUNDRED / pct_of_plan, places)


def implied_last_year(
    value: Decimal, *, yoy_pct: Decimal | None = None, yoy_abs: Decimal | None = None,
    places: int = 2,
) -> Decimal:
    """Last year's value a change implies: 404 after ``tăng 22%`` → 331.15; after ``tăng 4`` → 400.

    Give exactly one of ``yoy_pct`` and ``yoy_abs``; raises ValueError otherwise or for -100%.
    """
    if (yoy_pct is None) == (yoy_abs is None):
        raise ValueError("give exactly one of yoy_pct and yoy_abs")
    if yoy_abs is not None:
        return quantize(value - yoy_abs, places)
    assert yoy_pct is not None
    if yoy_pct == -HUNDRED:
        raise ValueError("a fall of 100% implies no last-year value")
    return quantize(value * HUNDRED / (HUNDRED + yoy_pct), places)


def judge(
    value: Decimal | None,
    target: Decimal | None,
    *,
    comparator: str,
    direction: str,
    partial: bool = False,
) -> Judgement | None:
    """Met, exceeded or not met, by the target's comparator and the indicator's direction.

    - ``≥`` (a floor), and ``=`` when higher is better: above → exceeded, equal → met.
    - ``≤`` (a ceiling): at or below → met, above → not met; a ceiling is never "exceeded".
    - ``=`` when lower is better: below → exceeded, equal → met.
    ``partial`` says the period ends before the target's does (9 months against the year):
    falling short of a floor is then ``in_progress``, not yet ``not_met``.
    None when the value or the target is missing.
    """
    if value is None or target is None:
        return None
    if comparator == AT_MOST:
        return Judgement.MET if value <= target else Judgement.NOT_MET
    if comparator == EQUAL and direction == LOWER:
        if value < target:
            return Judgement.EXCEEDED
        return Judgement.MET if value == target else Judgement.NOT_MET
    if value > target:
        return Judgement.EXCEEDED
    if value == target:
        return Judgement.MET
    return Judgement.IN_PROGRESS if partial else Judgement.NOT_MET
