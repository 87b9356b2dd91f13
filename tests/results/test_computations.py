"""The pure arithmetic of capability 5, on the dev corpus's own figures."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tiendo.core.vn import format_percent
from tiendo.results.computations import (
    AT_LEAST,
    AT_MOST,
    EQUAL,
    HIGHER,
    LOWER,
    Judgement,
    MetCount,
    implied_last_year,
    implied_plan,
    judge,
    pct_of,
    pct_of_plan,
    yoy_abs,
    yoy_pct,
)


@pytest.mark.parametrize(
    ("value", "base", "expected", "shown"),
    [
        (D("404"), D("367.3"), D("109.9918"), "110,0%"),  # langson-city-2022-9m: vượt 10% dự toán
        (D("5738.9"), D("5835.18"), D("98.3500"), "98,4%"),  # langson-province-2021-6m: 98,35%
        (D("1"), D("3"), D("33.3333"), "33,3%"),
        (D("40400"), D("400"), D("10100.0000"), "10.100,0%"),
        (D("5"), D("0"), None, ""),
        (None, D("5"), None, ""),
    ],
)
def test_pct_of(value, base, expected, shown) -> None:
    assert pct_of(value, base) == expected
    assert format_percent(pct_of(value, base), 1) == shown


@pytest.mark.parametrize(
    ("comparator", "direction", "expected"),
    [
        (AT_LEAST, HIGHER, D("109.9918")),
        (EQUAL, HIGHER, D("109.9918")),
        (AT_MOST, LOWER, None),  # a ceiling: Đạt / Không đạt only (domain-vn §3.3)
        (EQUAL, LOWER, None),
    ],
)
def test_pct_of_plan_only_where_it_means_something(comparator, direction, expected) -> None:
    assert pct_of_plan(D("404"), D("367.3"), comparator=comparator, direction=direction) == expected


@pytest.mark.parametrize(
    ("value", "last", "pct", "absolute"),
    [
        (D("404"), D("331.15"), D("21.9991"), D("72.85")),  # tăng 22% so với cùng kỳ
        (D("2.5"), D("3.1"), D("-19.3548"), D("-0.6")),
        (D("10"), D("0"), None, D("10")),
        (D("10"), None, None, None),
    ],
)
def test_yoy(value, last, pct, absolute) -> None:
    assert yoy_pct(value, last) == pct
    assert yoy_abs(value, last) == absolute


@pytest.mark.parametrize(
    ("value", "pct", "plan"),
    [
        (D("404"), D("110"), D("367.27")),  # 404 / 1.10
        (D("5738.9"), D("98.35"), D("5835.18")),
        (D("2010"), D("65.26"), D("3079.99")),  # kim ngạch 2.010 triệu USD, 65,26% kế hoạch
    ],
)
def test_implied_plan(value, pct, plan) -> None:
    assert implied_plan(value, pct) == plan


def test_implied_plan_from_zero_percent_is_an_error() -> None:
    with pytest.raises(ValueError):
        implied_plan(D("404"), D("0"))


@pytest.mark.parametrize(
    ("value", "kwargs", "last"),
    [
        (D("404"), {"yoy_pct": D("22")}, D("331.15")),
        (D("96"), {"yoy_pct": D("-4")}, D("100.00")),
        (D("404"), {"yoy_abs": D("4")}, D("400.00")),
    ],
)
def test_implied_last_year(value, kwargs, last) -> None:
    assert implied_last_year(value, **kwargs) == last


@pytest.mark.parametrize(
    "kwargs", [{}, {"yoy_pct": D("1"), "yoy_abs": D("1")}, {"yoy_pct": D("-100")}]
)
def test_implied_last_year_refuses_what_implies_nothing(kwargs) -> None:
    with pytest.raises(ValueError):
        implied_last_year(D("404"), **kwargs)


@pytest.mark.parametrize(
    ("value", "target", "comparator", "direction", "partial", "expected"),
    [
        ("404", "367.3", AT_LEAST, HIGHER, True, Judgement.EXCEEDED),
        ("367.3", "367.3", AT_LEAST, HIGHER, False, Judgement.MET),
        ("300", "367.3", AT_LEAST, HIGHER, False, Judgement.NOT_MET),
        ("300", "367.3", AT_LEAST, HIGHER, True, Judgement.IN_PROGRESS),  # 6 tháng, 98,35%
        # tỷ lệ hộ nghèo ≤ 3%: lower is better, a ceiling is met or not, never exceeded
        ("2.5", "3", AT_MOST, LOWER, False, Judgement.MET),
        ("3", "3", AT_MOST, LOWER, False, Judgement.MET),
        ("3.2", "3", AT_MOST, LOWER, False, Judgement.NOT_MET),
        ("3.2", "3", AT_MOST, LOWER, True, Judgement.NOT_MET),
        # a point target judged by direction
        ("2.5", "3", EQUAL, LOWER, False, Judgement.EXCEEDED),
        ("3.5", "3", EQUAL, LOWER, False, Judgement.NOT_MET),
        ("100", "100", EQUAL, HIGHER, False, Judgement.MET),
        ("99", "100", EQUAL, HIGHER, False, Judgement.NOT_MET),
        (None, "100", AT_LEAST, HIGHER, False, None),
        ("99", None, AT_LEAST, HIGHER, False, None),
    ],
)
def test_judge(value, target, comparator, direction, partial, expected) -> None:
    value = D(value) if value is not None else None
    target = D(target) if target is not None else None
    assert judge(value, target, comparator=comparator, direction=direction, partial=partial) == expected


def test_met_count_label() -> None:
    assert MetCount(16, 25).label == "16/25 chỉ tiêu đạt"
