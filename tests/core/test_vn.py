"""Diacritic folding for search, dictionary order, dates and roman numerals."""

from __future__ import annotations

import datetime as dt

import pytest

from tiendo.core.vn import fold, format_date, int_to_roman, sort_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu ngân sách", "thu ngan sach"),
        ("Bắc Sơn", "bac son"),
        ("Đức Thọ", "duc tho"),
        ("ĐẢNG ỦY", "dang uy"),
        ("Hồng Lĩnh", "hong linh"),
    ],
)
def test_fold(text, expected) -> None:
    assert fold(text) == expected


def test_sort_key_follows_the_vietnamese_alphabet() -> None:
    words = ["Đức Thọ", "Bắc Sơn", "Ba Vì", "Bà Rịa", "Dương", "Ân", "An", "Ăn", "Ơn", "Ôn", "On", "ưng", "ung"]
    assert sorted(words, key=sort_key) == [
        "An", "Ăn", "Ân", "Ba Vì", "Bà Rịa", "Bắc Sơn", "Dương", "Đức Thọ", "On", "Ôn", "Ơn", "ung", "ưng",
    ]


@pytest.mark.parametrize(("number", "roman"), [(1, "I"), (4, "IV"), (9, "IX"), (17, "XVII"), (23, "XXIII"), (40, "XL")])
def test_int_to_roman(number, roman) -> None:
    assert int_to_roman(number) == roman


def test_int_to_roman_refuses_zero() -> None:
    with pytest.raises(ValueError):
        int_to_roman(0)


def test_format_date_is_day_month_year_without_padding() -> None:
    assert format_date(dt.date(2022, 9, 30)) == "30/9/2022"
    assert format_date(dt.date(2021, 7, 4)) == "4/7/2021"
    assert format_date(None) == ""
