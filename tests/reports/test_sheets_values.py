"""Reading typed cells: numbers, the estimate mark, period names, header guesses."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tiendo.reports.sheets.values import (
    CellValueError,
    guess_mapping,
    parse_mark,
    parse_period,
    parse_value,
)
from tiendo.results.periods import PeriodKey


@pytest.mark.parametrize(("raw", "expected"), [
    (404, Decimal(404)),
    (12.5, Decimal("12.5")),
    (0.1 + 0.2, Decimal("0.3")),
    (Decimal("7"), Decimal(7)),
    ("5.738,9", Decimal("5738.9")),
    (" 1.234.567 ", Decimal(1234567)),
    ("0,5", Decimal("0.5")),
    ("-2,5", Decimal("-2.5")),
    ("51,8%", Decimal("51.8")),
    ("404", Decimal(404)),
])
def test_numbers_accepted(raw, expected):
    assert parse_value(raw) == expected


@pytest.mark.parametrize(("raw", "message"), [
    ("4,04,1", "“4,04,1” không phải là số (viết theo kiểu 5.738,9)"),
    ("5738.9", "“5738.9” không phải là số (viết theo kiểu 5.738,9)"),
    ("6.5", "“6.5” không phải là số (viết theo kiểu 5.738,9)"),
    ("12 tỷ", "“12 tỷ” không phải là số (viết theo kiểu 5.738,9)"),
    ("khoảng 40", "“khoảng 40” không phải là số (viết theo kiểu 5.738,9)"),
    ("1e5", "“1e5” không phải là số (viết theo kiểu 5.738,9)"),
    (True, "“True” không phải là số (viết theo kiểu 5.738,9)"),
    (1e30, "“1e+30” quá lớn"),
])
def test_numbers_refused(raw, message):
    with pytest.raises(CellValueError) as caught:
        parse_value(raw)
    assert caught.value.render() == message


@pytest.mark.parametrize(("raw", "expected"), [
    ("x", True), ("X", True), (" x ", True), ("có", True), ("ước tính", True), ("✓", True),
    (1, True), (True, True), (None, False), ("", False), ("không", False), (0, False),
])
def test_estimate_mark(raw, expected):
    assert parse_mark(raw) is expected


def test_estimate_mark_refused():
    with pytest.raises(CellValueError) as caught:
        parse_mark("có lẽ")
    assert caught.value.render() == (
        "“có lẽ” không hợp lệ: ghi “x” nếu là số ước tính, để trống nếu không"
    )


@pytest.mark.parametrize(("raw", "expected"), [
    ("2023-9M", PeriodKey("ytd", 2023, 9)),
    ("9 tháng 2023", PeriodKey("ytd", 2023, 9)),
    ("9 tháng đầu năm 2023", PeriodKey("ytd", 2023, 9)),
    ("6 thang nam 2023", PeriodKey("ytd", 2023, 6)),
    ("12 tháng 2023", PeriodKey("year", 2023)),
    ("Quý III/2023", PeriodKey("quarter", 2023, 3)),
    ("quy 3 nam 2023", PeriodKey("quarter", 2023, 3)),
    ("Tháng 5/2023", PeriodKey("month", 2023, 5)),
    ("Năm 2023", PeriodKey("year", 2023)),
    (2023, PeriodKey("year", 2023)),
    ("Nhiệm kỳ 2020–2025", PeriodKey("term", 2020, 2025)),
])
def test_periods_by_code_or_vietnamese_name(raw, expected):
    assert parse_period(raw) == expected


@pytest.mark.parametrize("raw", ["9 tháng", "Quý V/2023", "Tháng 13/2023", "hôm qua", ""])
def test_periods_refused(raw):
    with pytest.raises(CellValueError) as caught:
        parse_period(raw)
    assert caught.value.render().startswith(f"“{raw}” không phải là kỳ báo cáo")


@pytest.mark.parametrize(("headers", "expected"), [
    (
        ["Đơn vị", "Chỉ tiêu", "Kỳ báo cáo", "Giá trị", "Ước tính (x)", "Ghi chú"],
        {"Đơn vị": "unit", "Chỉ tiêu": "indicator", "Kỳ báo cáo": "period", "Giá trị": "value",
         "Ước tính (x)": "estimated", "Ghi chú": "note"},
    ),
    (
        ["STT", "Tên đơn vị", "Mã chỉ tiêu", "Đơn vị tính", "Kỳ", "Thực hiện"],
        {"Tên đơn vị": "unit", "Mã chỉ tiêu": "indicator", "Kỳ": "period", "Thực hiện": "value"},
    ),
    (
        ["DIA PHUONG", "chi tieu", "thoi gian", "so lieu"],
        {"DIA PHUONG": "unit", "chi tieu": "indicator", "thoi gian": "period", "so lieu": "value"},
    ),
    (["Đơn vị", "Địa phương", "Số liệu", "Kết quả"], {"Đơn vị": "unit", "Số liệu": "value"}),
    (["Cột A", "Đơn vị tính", ""], {}),
])
def test_header_guesses(headers, expected):
    assert guess_mapping(headers) == expected
