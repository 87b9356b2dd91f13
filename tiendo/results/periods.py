"""Reporting periods: their codes, dates, labels and calendar arithmetic.

Codes, as typed on the command line and in sheets: ``2022-M05`` (month), ``2022-Q3``
(quarter), ``2022-9M`` (first nine months), ``2022`` (year), ``2020-2025`` (term).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from django.utils.translation import gettext as _

from tiendo.core.errors import refuse
from tiendo.core.vn import int_to_roman
from tiendo.results.models import Period

_CODE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:M(?P<month>\d{1,2})|Q(?P<quarter>[1-4])|(?P<ytd>\d{1,2})M|(?P<end>\d{4})))?$"
)

MSG_BAD_CODE = "Mã kỳ “%(value)s” không hợp lệ: dùng 2022-M05, 2022-Q3, 2022-9M, 2022 hoặc 2020-2025"


class Calendar(Enum):
    """How a period's dates are cut.

    ``CALENDAR`` is the calendar month (statistics, Party reports). ``DECREE_09`` is the
    State reporting cut-off of Nghị định 09/2019: from the 15th of the month before to
    the 14th of the last month (6 tháng = 15/12 of the year before → 14/6).
    """

    CALENDAR = "calendar"
    DECREE_09 = "decree09"


@dataclass(frozen=True)
class PeriodKey:
    kind: str
    year: int
    number: int = 0

    @property
    def code(self) -> str:
        match self.kind:
            case Period.Kind.MONTH:
                return f"{self.year}-M{self.number:02d}"
            case Period.Kind.QUARTER:
                return f"{self.year}-Q{self.number}"
            case Period.Kind.YTD:
                return f"{self.year}-{self.number}M"
            case Period.Kind.TERM:
                return f"{self.year}-{self.number}"
        return str(self.year)


def parse_code(code: str) -> PeriodKey:
    """``2022-9M`` → ``PeriodKey("ytd", 2022, 9)``; raises ValidationError on ``period``."""
    match = _CODE.match(code.strip())
    if not match:
        raise refuse("period", MSG_BAD_CODE, value=code)
    year = int(match["year"])
    if match["month"]:
        key = PeriodKey(Period.Kind.MONTH, year, int(match["month"]))
        if not 1 <= key.number <= 12:
            raise refuse("period", MSG_BAD_CODE, value=code)
        return key
    if match["quarter"]:
        return PeriodKey(Period.Kind.QUARTER, year, int(match["quarter"]))
    if match["ytd"]:
        months = int(match["ytd"])
        if months == 12:
            return PeriodKey(Period.Kind.YEAR, year)
        if not 1 <= months <= 11:
            raise refuse("period", MSG_BAD_CODE, value=code)
        return PeriodKey(Period.Kind.YTD, year, months)
    if match["end"]:
        end = int(match["end"])
        if end <= year:
            raise refuse("period", MSG_BAD_CODE, value=code)
        return PeriodKey(Period.Kind.TERM, year, end)
    return PeriodKey(Period.Kind.YEAR, year)


def first_and_last_month(key: PeriodKey) -> tuple[int, int]:
    """The calendar months a period spans within its (first) year."""
    match key.kind:
        case Period.Kind.MONTH:
            return key.number, key.number
        case Period.Kind.QUARTER:
            return 3 * key.number - 2, 3 * key.number
        case Period.Kind.YTD:
            return 1, key.number
    return 1, 12


def dates(key: PeriodKey, cutoff: Calendar = Calendar.CALENDAR) -> tuple[dt.date, dt.date]:
    """The first and last day of a period under the given reporting calendar."""
    if key.kind == Period.Kind.TERM:
        start_year, end_year = key.year, key.number
        first, last = 1, 12
    else:
        start_year = end_year = key.year
        first, last = first_and_last_month(key)
    if cutoff is Calendar.DECREE_09:
        start = dt.date(start_year - 1, 12, 15) if first == 1 else dt.date(start_year, first - 1, 15)
        return start, dt.date(end_year, last, 14)
    return dt.date(start_year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1])


def period_get(code_or_key: str | PeriodKey) -> Period:
    """The period for a code, created with its calendar dates the first time it is asked for."""
    key = parse_code(code_or_key) if isinstance(code_or_key, str) else code_or_key
    start, end = dates(key)
    period, _created = Period.objects.get_or_create(
        kind=key.kind, year=key.year, number=key.number, defaults={"start": start, "end": end}
    )
    return period


def key_of(period: Period) -> PeriodKey:
    return PeriodKey(period.kind, period.year, period.number)


def same_period_last_year(period: Period) -> PeriodKey:
    """``9 tháng 2022`` → ``9 tháng 2021``; a term → the term before, of the same length."""
    if period.kind == Period.Kind.TERM:
        length = period.number - period.year
        return PeriodKey(Period.Kind.TERM, period.year - length, period.year)
    return PeriodKey(period.kind, period.year - 1, period.number)


def months_covered(period: Period) -> int:
    first, last = first_and_last_month(key_of(period))
    return last - first + 1


def months_elapsed_in_year(period: Period) -> int:
    """How many months of its year a period has reached (9 for ``9 tháng``, 6 for ``quý II``)."""
    if period.kind == Period.Kind.TERM:
        return 12
    return first_and_last_month(key_of(period))[1]


def months_remaining(period: Period) -> int:
    """Months left in the year after the period ends (3 after ``9 tháng``)."""
    return 12 - months_elapsed_in_year(period)


def period_label(period: Period | PeriodKey) -> str:
    """The way a report names the period: ``9 tháng đầu năm 2022``, ``Quý III/2022``."""
    kind, year, number = period.kind, period.year, period.number
    match kind:
        case Period.Kind.MONTH:
            return _("Tháng %(month)s/%(year)s") % {"month": number, "year": year}
        case Period.Kind.QUARTER:
            return _("Quý %(quarter)s/%(year)s") % {"quarter": int_to_roman(number), "year": year}
        case Period.Kind.YTD:
            return _("%(months)s tháng đầu năm %(year)s") % {"months": number, "year": year}
        case Period.Kind.TERM:
            return _("Nhiệm kỳ %(start)s–%(end)s") % {"start": year, "end": number}
    return _("Năm %(year)s") % {"year": year}


def year_key(period: Period) -> PeriodKey:
    """The whole year a period belongs to (the year of its end for a term)."""
    if period.kind == Period.Kind.TERM:
        return PeriodKey(Period.Kind.YEAR, period.number)
    return PeriodKey(Period.Kind.YEAR, period.year)
