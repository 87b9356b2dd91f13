"""Period codes, dates under both calendars, and the calendar arithmetic, as tables."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from tiendo.results.models import Period
from tiendo.results.periods import (
    MSG_BAD_CODE,
    Calendar,
    PeriodKey,
    dates,
    months_covered,
    months_elapsed_in_year,
    months_remaining,
    parse_code,
    period_get,
    period_label,
    same_period_last_year,
    year_key,
)

K = Period.Kind


@pytest.mark.parametrize(
    ("code", "key", "label"),
    [
        ("2022-M05", PeriodKey(K.MONTH, 2022, 5), "Tháng 5/2022"),
        ("2022-M5", PeriodKey(K.MONTH, 2022, 5), "Tháng 5/2022"),
        ("2022-Q3", PeriodKey(K.QUARTER, 2022, 3), "Quý III/2022"),
        ("2022-9M", PeriodKey(K.YTD, 2022, 9), "9 tháng đầu năm 2022"),
        ("2021-6M", PeriodKey(K.YTD, 2021, 6), "6 tháng đầu năm 2021"),
        ("2022-12M", PeriodKey(K.YEAR, 2022), "Năm 2022"),
        ("2022", PeriodKey(K.YEAR, 2022), "Năm 2022"),
        ("2020-2025", PeriodKey(K.TERM, 2020, 2025), "Nhiệm kỳ 2020–2025"),
        (" 2017-9M ", PeriodKey(K.YTD, 2017, 9), "9 tháng đầu năm 2017"),
    ],
)
def test_parse_code(code, key, label) -> None:
    assert parse_code(code) == key
    assert period_label(key) == label


@pytest.mark.parametrize(
    "key", [PeriodKey(K.MONTH, 2022, 5), PeriodKey(K.QUARTER, 2022, 3), PeriodKey(K.YTD, 2022, 9),
            PeriodKey(K.YEAR, 2022), PeriodKey(K.TERM, 2020, 2025)],
)
def test_code_round_trips(key) -> None:
    assert parse_code(key.code) == key


@pytest.mark.parametrize("code", ["2022-M13", "2022-M0", "2022-Q5", "2022-0M", "2022-13M",
                                  "2025-2020", "2025-2025", "22-9M", "9 tháng 2022", ""])
def test_bad_codes_refused_naming_the_value(code) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_code(code)
    assert caught.value.message_dict == {"period": [MSG_BAD_CODE % {"value": code}]}


@pytest.mark.parametrize(
    ("code", "calendar", "start", "end"),
    [
        ("2022-9M", Calendar.CALENDAR, dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
        ("2022-M02", Calendar.CALENDAR, dt.date(2022, 2, 1), dt.date(2022, 2, 28)),
        ("2024-M02", Calendar.CALENDAR, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2022-Q2", Calendar.CALENDAR, dt.date(2022, 4, 1), dt.date(2022, 6, 30)),
        ("2022", Calendar.CALENDAR, dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("2020-2025", Calendar.CALENDAR, dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
        # Nghị định 09/2019: 15th of the month before → 14th of the last month
        ("2022-6M", Calendar.DECREE_09, dt.date(2021, 12, 15), dt.date(2022, 6, 14)),
        ("2022-9M", Calendar.DECREE_09, dt.date(2021, 12, 15), dt.date(2022, 9, 14)),
        ("2022", Calendar.DECREE_09, dt.date(2021, 12, 15), dt.date(2022, 12, 14)),
        ("2022-Q3", Calendar.DECREE_09, dt.date(2022, 6, 15), dt.date(2022, 9, 14)),
        ("2022-M05", Calendar.DECREE_09, dt.date(2022, 4, 15), dt.date(2022, 5, 14)),
        ("2022-M01", Calendar.DECREE_09, dt.date(2021, 12, 15), dt.date(2022, 1, 14)),
    ],
)
def test_dates(code, calendar, start, end) -> None:
    assert dates(parse_code(code), calendar) == (start, end)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "last_year", "covered", "elapsed", "remaining", "year"),
    [
        ("2022-9M", "2021-9M", 9, 9, 3, "2022"),
        ("2021-6M", "2020-6M", 6, 6, 6, "2021"),
        ("2022-Q2", "2021-Q2", 3, 6, 6, "2022"),
        ("2022-M05", "2021-M05", 1, 5, 7, "2022"),
        ("2022", "2021", 12, 12, 0, "2022"),
        ("2020-2025", "2015-2020", 12, 12, 0, "2025"),
    ],
)
def test_calendar_arithmetic(code, last_year, covered, elapsed, remaining, year) -> None:
    period = period_get(code)
    assert same_period_last_year(period).code == last_year
    assert months_covered(period) == covered
    assert months_elapsed_in_year(period) == elapsed
    assert months_remaining(period) == remaining
    assert year_key(period).code == year


@pytest.mark.django_db
def test_period_get_creates_once_with_calendar_dates() -> None:
    first = period_get("2022-9M")
    again = period_get(PeriodKey(K.YTD, 2022, 9))
    assert first.pk == again.pk
    assert (first.start, first.end) == (dt.date(2022, 1, 1), dt.date(2022, 9, 30))
    assert Period.objects.count() == 1
    assert str(first) == "9 tháng đầu năm 2022"
