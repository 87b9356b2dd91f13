"""Calendar dates as reports write them: ``30/9/2022``, ``14/7``, ``28-9``, ``19 – 4``,
``ngày 29 tháng 5 năm 2013``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

# Day and month with an optional four-digit year; the look-arounds keep it off longer numbers
# (``1.584``, ``62-NQ/TU``) and the separators are single characters, so no backtracking. A
# missing space after "ngày" still leaves a date ("ngày27/4/2018"). Each pattern opens on a
# digit and looks behind it from there: a search then skips to the next digit in one tight
# loop, where a look-behind first would be tried at every character.
_NUMERIC = re.compile(
    r"(\d(?:(?<![\w/.,-]\d)|(?<=[nN]gày\d))\d?)\s?([/.\-–])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?(?![\w/%]|[.,-]\d)"
)
# "26 - 28/6/2017", "26-28/6", "ngày 10 và 11/7", "12 đến 13/12/2019": two days, then the month
# (and year) they share.
_RANGE = re.compile(
    r"(\d(?<![\w/.,-]\d)\d?)(?:\s?[-–]\s?|\s+(?:và|đến|tới)\s+)(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?(\3)\s?(\d{4}))?(?![\w/]|[.,-]\d)"
)
# "Trong các ngày 19, 20/12": days listed with a comma, after "ngày" only (elsewhere "3, 12/15"
# is a count and a ratio).
_DAY_LIST = re.compile(
    r"(\d(?<=ngày \d)\d?),\s?\d{1,2}\s?([/.-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?(?![\w/]|[.,-]\d)",
    re.I,
)
# "ngày 29 tháng 5 năm 2013"; "Ngày 12 và 13 tháng 01 năm 2021" is its first day.
_WORDY = re.compile(
    r"ngày\s+(\d{1,2})(?:\s?[-–]\s?\d{1,2}|\s+(?:và|đến|tới)\s+\d{1,2})?\s+tháng\s+(\d{1,2})"
    r"(?:\s+năm\s+(\d{4}))?",
    re.I,
)


# "quý III", "quý 2/2021", "quý I năm 2024": a quarter (group 1) and perhaps its year (2).
QUARTER = re.compile(
    r"\bqu[ýí]\s+(IV|I{1,3}|[1-4])(?![\w])(?:\s*(?:[/.-]|,?\s*năm)\s*((?:19|20)\d\d)\b)?", re.I
)
_QUARTER_NUMERALS = {"I": 1, "II": 2, "III": 3, "IV": 4}


def quarter_of(match: re.Match[str]) -> int:
    """The quarter a ``QUARTER`` match names: "II" → 2, "3" → 3."""
    numeral = match.group(1)
    return int(numeral) if numeral.isdigit() else _QUARTER_NUMERALS[numeral.upper()]


@dataclass(frozen=True)
class DateMention:
    day: int
    month: int
    year: int | None
    start: int
    end: int

    def iso(self, year: int | None = None) -> str | None:
        """``YYYY-MM-DD`` with the stated year, else ``year``; None if neither or invalid."""
        use = self.year or year
        if use is None:
            return None
        try:
            return dt.date(use, self.month, self.day).isoformat()
        except ValueError:
            return None


def find_dates(
    text: str, start: int = 0, end: int | None = None, short_dots: bool = False
) -> Iterator[DateMention]:
    """Dates in ``text[start:end]``, in order. A dot separates only a full ``dd.mm.yyyy``,
    or, with ``short_dots`` (where a cue such as "Sáng" already says a date follows), a
    ``dd.mm`` too. A range ``26 - 28/6/2017`` is its first day."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    for m in _WORDY.finditer(text, start, end):
        found.append(_mention(m.group(1), m.group(2), m.group(3), m.start(1), m.end()))
    for m in _RANGE.finditer(text, start, end):
        found.append(_mention(m.group(1), m.group(4), m.group(6), m.start(), m.end()))
    for m in _DAY_LIST.finditer(text, start, end):
        found.append(_mention(m.group(1), m.group(3), m.group(4), m.start(), m.end()))
    for m in _NUMERIC.finditer(text, start, end):
        if m.group(2) == "." and not m.group(4) and not short_dots:
            continue
        found.append(_mention(m.group(1), m.group(3), m.group(4), m.start(), m.end()))
    found.sort(key=lambda d: (d.start, -d.end))
    last_end = -1
    for mention in found:
        if mention.start < last_end:
            continue  # the second day of a range
        last_end = mention.end
        if 1 <= mention.day <= 31 and 1 <= mention.month <= 12:
            yield mention


def _mention(day: str, month: str, year: str | None, start: int, end: int) -> DateMention:
    return DateMention(int(day), int(month), int(year) if year else None, start, end)


def date_after(text: str, pos: int, limit: int = 40) -> DateMention | None:
    """A date that starts within a few characters after ``pos`` (``, ngày 29/5/2013``)."""
    window_end = min(len(text), pos + limit)
    for mention in find_dates(text, pos, window_end):
        between = text[pos : mention.start].strip(" ,(")
        if between.lower() in ("", "ngày", "ban hành ngày", "ký ngày"):
            return mention
        return None
    return None
