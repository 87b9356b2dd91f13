"""Numbers written back the Vietnamese way, and a figure's facts described in words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tiendo.extract.describe import describe_figure
from tiendo.extract.numbers import parse_number
from tiendo.extract.record import Figure
from tiendo.extract.vnformat import format_amount, format_change, format_number, format_percent


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (5738.9, None, "5.738,9"),
        (404, None, "404"),
        (1584, None, "1.584"),
        (Decimal("98.35"), None, "98,35"),
        (0.5, None, "0,5"),
        (-1234567.891, 1, "-1.234.567,9"),
        (110, 1, "110,0"),
        (Decimal("367.265"), 2, "367,27"),
        (1000000, None, "1.000.000"),
        (0, None, "0"),
    ],
)
def test_format_number(value, decimals, expected) -> None:
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize("text", ["5.738,9", "1.584", "63,1", "1.000.000", "98,35", "404"])
def test_format_number_reads_back(text) -> None:
    assert format_number(parse_number(text)) == text


@pytest.mark.parametrize(
    ("function", "value", "expected"),
    [
        (format_percent, 98.35, "98,35%"),
        (format_percent, None, ""),
        (format_change, 22, "+22%"),
        (format_change, -3.5, "-3,5%"),
        (format_change, 0, "0%"),
    ],
)
def test_percent_and_change(function, value, expected) -> None:
    assert function(value) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (404e9, "VND", "404 tỷ đồng"),
        (5738.9e9, "VND", "5.738,9 tỷ đồng"),
        (500e6, "VND", "500 triệu đồng"),
        (25000, "VND", "25.000 đồng"),
        (2010e6, "USD", "2.010 triệu USD"),
        (28, "doanh nghiệp", "28 doanh nghiệp"),
        (99.99, "%", "99,99%"),
        (7, None, "7"),
    ],
)
def test_format_amount(value, unit, expected) -> None:
    assert format_amount(value, unit) == expected


def _figure(**facts) -> Figure:
    return Figure(indicator="x", span=(0, 1), **facts)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (
            {"value": 404e9, "unit": "VND", "qualifier": "more_than", "pct_of_plan": 110.0,
             "plan": "dự toán tỉnh giao", "yoy_pct": 22.0},
            "thực hiện hơn 404 tỷ đồng · 110% dự toán tỉnh giao · +22% so với cùng kỳ",
        ),
        (
            {"value": 864e9, "unit": "VND", "estimated": True, "pct_of_plan": 63.1,
             "plan": "kế hoạch năm", "yoy_pct": 7.2},
            "ước 864 tỷ đồng · 63,1% kế hoạch năm · +7,2% so với cùng kỳ",
        ),
        ({"part": 16, "whole": 25, "unit": "chỉ tiêu"}, "16/25 chỉ tiêu"),
        ({"pct_of_plan": 86.2, "plan": None, "yoy_pct": 45.0}, "86,2% kế hoạch · +45% so với cùng kỳ"),
        ({"value": 28, "unit": "doanh nghiệp", "yoy_abs": 4}, "thực hiện 28 doanh nghiệp · +4 doanh nghiệp so với cùng kỳ"),
        ({"value": 3.2, "unit": "%", "yoy_pct": -1.5}, "thực hiện 3,2% · -1,5% so với cùng kỳ"),
        (
            {"value": 1892e9, "unit": "VND", "plan": "kế hoạch năm", "warning": "malformed number '60,6,2'"},
            "thực hiện 1.892 tỷ đồng · cảnh báo: malformed number '60,6,2'",
        ),
    ],
)
def test_describe_figure(facts, expected) -> None:
    assert describe_figure(_figure(**facts)) == expected
