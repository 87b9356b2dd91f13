"""The computations of ``computations.py`` as SQL expressions, for selectors that judge many rows.

Ratios are computed in floating point and rounded to 4 decimals in SQL: SQLite would
otherwise divide two whole-number decimals as integers (40400 / 400 → 101, 1 / 3 → 0),
and PostgreSQL's numeric division would keep a different number of digits.
"""

from __future__ import annotations

from decimal import Decimal

from django.db.models import (
    Case,
    CharField,
    DecimalField,
    Expression,
    F,
    FloatField,
    Q,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, NullIf, Round

from tiendo.results.computations import (
    AT_MOST,
    EQUAL,
    LOWER,
    PERCENT_PLACES,
    Judgement,
)

DECIMAL = DecimalField(max_digits=30, decimal_places=6)
PERCENT = DecimalField(max_digits=30, decimal_places=PERCENT_PLACES)


def as_float(expression: Expression | str) -> Cast:
    return Cast(F(expression) if isinstance(expression, str) else expression, FloatField())


def ratio(numerator: Expression | str, denominator: Expression | str, *, scale: int = 1) -> Round:
    """``numerator × scale / denominator`` rounded to 4 decimals; NULL for a zero denominator."""
    value = as_float(numerator) * Value(float(scale)) / NullIf(as_float(denominator), Value(0.0))
    return Round(value, PERCENT_PLACES, output_field=PERCENT)


def pct_of_expr(value: str, base: str) -> Round:
    return ratio(value, base, scale=100)


def pct_of_plan_expr(value: str, target: str, comparator: str, direction: str) -> Case:
    """Percent of plan; NULL for a ceiling (≤) or a lower-is-better indicator."""
    return Case(
        When(Q(**{comparator: AT_MOST}) | Q(**{direction: LOWER}), then=Value(None)),
        default=pct_of_expr(value, target),
        output_field=PERCENT,
    )


def yoy_abs_expr(value: str, last: str) -> Expression:
    return Case(
        When(Q(**{f"{value}__isnull": True}) | Q(**{f"{last}__isnull": True}), then=Value(None)),
        default=F(value) - F(last),
        output_field=DECIMAL,
    )


def yoy_pct_expr(value: str, last: str) -> Round:
    return ratio(F(value) - F(last), last, scale=100)


def judgement_expr(
    value: str, target: str, comparator: str, direction: str, partial: Q | bool
) -> Case:
    """``computations.judge`` in SQL. ``partial``: a Q (or a constant) true where the period
    ends before the target's, so that falling short of a floor is ``in_progress``."""
    partial_q = partial if isinstance(partial, Q) else (Q(pk__isnull=False) if partial else Q(pk__isnull=True))
    ceiling = Q(**{comparator: AT_MOST})
    lower_point = Q(**{comparator: EQUAL, direction: LOWER})
    return Case(
        When(Q(**{f"{value}__isnull": True}) | Q(**{f"{target}__isnull": True}), then=Value(None)),
        When(ceiling & Q(**{f"{value}__lte": F(target)}), then=Value(Judgement.MET.value)),
        When(ceiling, then=Value(Judgement.NOT_MET.value)),
        When(lower_point & Q(**{f"{value}__lt": F(target)}), then=Value(Judgement.EXCEEDED.value)),
        When(lower_point & Q(**{value: F(target)}), then=Value(Judgement.MET.value)),
        When(lower_point, then=Value(Judgement.NOT_MET.value)),
        When(Q(**{f"{value}__gt": F(target)}), then=Value(Judgement.EXCEEDED.value)),
        When(Q(**{value: F(target)}), then=Value(Judgement.MET.value)),
        When(partial_q, then=Value(Judgement.IN_PROGRESS.value)),
        default=Value(Judgement.NOT_MET.value),
        output_field=CharField(),
    )


def sum_or_null(*parts: str) -> Case:
    """The sum of the named values, NULL only when all of them are NULL."""
    any_present = Q()
    for part in parts:
        any_present |= Q(**{f"{part}__isnull": False})
    total: Expression = Coalesce(F(parts[0]), Value(Decimal(0)), output_field=DECIMAL)
    for part in parts[1:]:
        total = total + Coalesce(F(part), Value(Decimal(0)), output_field=DECIMAL)
    return Case(When(any_present, then=total), default=Value(None), output_field=DECIMAL)


def rounded(expression: Expression) -> Round:
    """A floating-point expression rounded to 4 decimals, read back as a Decimal."""
    return Round(expression, PERCENT_PLACES, output_field=PERCENT)
