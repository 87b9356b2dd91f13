"""Reading what people type into cells: numbers, the estimate mark, period names, headers.

Pure functions; each raises ``CellValueError`` carrying a message constant and its value,
which the import turns into an error at the cell.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError

from tiendo.core.vn import fold
from tiendo.extract.numbers import MalformedNumber, parse_number, roman_to_int
from tiendo.reports.sheets.messages import (
    MSG_NOT_A_MARK,
    MSG_NOT_A_NUMBER,
    MSG_PERIOD_UNKNOWN,
    MSG_TOO_LARGE,
)
from tiendo.results.models import Period
from tiendo.results.periods import PeriodKey, parse_code

# Result.value and Target.value: 24 digits, 6 of them decimals.
_PLACES = Decimal("0.000001")
_MAX = Decimal(10) ** 18
# A bare Vietnamese numeral, perhaps signed and followed by a percent sign. Scale words
# (``404 tỷ``) are refused: the row's unit of measure fixes the scale.
_NUMERAL = re.compile(r"^[+\-−]?\s*\d[\d.,]*\s*%?$")
_MARK_YES = {"x", "(x)", "co", "uoc", "uoc tinh", "1", "true"}
_MARK_NO = {"", "khong", "0", "false", "-"}


class CellValueError(ValueError):
    """What is wrong with one cell: a message constant and the value to show in it."""

    def __init__(self, message: Any, value: Any, **params: Any) -> None:
        super().__init__(str(message))
        self.message = message
        self.params = {"value": value, **params}

    def render(self) -> str:
        return str(self.message) % self.params


def cell_text(raw: Any) -> str:
    """A cell's value as it would be shown back to the user in a message."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return str(raw).strip()


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse_value(raw: Any) -> Decimal:
    """A cell's number: a real number, or Vietnamese text (``5.738,9``, ``-2,5``, ``51,8%``).

    Rounded to the six decimals a value keeps (Excel's binary floats carry noise beyond).
    Raises ``CellValueError`` for text that is not such a number (``4,04,1``, ``5738.9``,
    ``404 tỷ``) and for a number too large to store.
    """
    if isinstance(raw, bool):
        raise CellValueError(MSG_NOT_A_NUMBER, cell_text(raw))
    if isinstance(raw, int | float | Decimal):
        value = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    else:
        text = cell_text(raw).replace("\u00a0", " ")
        if not _NUMERAL.match(text):
            raise CellValueError(MSG_NOT_A_NUMBER, text)
        negative = text[0] in "-−"
        digits = text.lstrip("+-− ")
        try:
            value = Decimal(repr(parse_number(digits)))
        except MalformedNumber:
            raise CellValueError(MSG_NOT_A_NUMBER, text) from None
        value = -value if negative else value
    try:
        value = value.quantize(_PLACES)
    except InvalidOperation:
        raise CellValueError(MSG_TOO_LARGE, cell_text(raw)) from None
    if abs(value) >= _MAX:
        raise CellValueError(MSG_TOO_LARGE, cell_text(raw))
    return value


def parse_mark(raw: Any) -> bool:
    """The ``Ước tính`` cell: ``x`` (or ``có``, ``1``, ✓) for an estimate, blank for not."""
    if isinstance(raw, bool):
        return raw
    text = cell_text(raw)
    if text in {"✓", "✔"}:
        return True
    folded = " ".join(fold(text).split())
    if folded in _MARK_YES:
        return True
    if folded in _MARK_NO:
        return False
    raise CellValueError(MSG_NOT_A_MARK, text)


def words(text: str) -> str:
    """Folded text with punctuation as spaces: ``Ước tính (x)`` → ``uoc tinh x``."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).replace("_", " ").split())


# ---------------------------------------------------------------- periods

_YTD = re.compile(r"^(\d{1,2}) thang(?: dau)?(?: nam)? (\d{4})$")
_QUARTER = re.compile(r"^quy ([ivx]+|\d)(?: nam)? (\d{4})$")
_MONTH = re.compile(r"^thang (\d{1,2})(?: nam)? (\d{4})$")
_YEAR = re.compile(r"^(?:ca )?(?:nam )?(\d{4})$")
_TERM = re.compile(r"^(?:nhiem ky )?(\d{4}) (\d{4})$")


def parse_period(raw: Any) -> PeriodKey:
    """A period written as a code (``2023-9M``) or named in Vietnamese.

    ``9 tháng 2023``, ``9 tháng đầu năm 2023``, ``Quý III/2023``, ``Quý 3 năm 2023``,
    ``Tháng 5/2023``, ``Năm 2023``, ``2023``, ``Nhiệm kỳ 2020–2025``. Raises ``CellValueError``.
    """
    text = cell_text(raw)
    try:
        return parse_code(text)
    except ValidationError:
        pass
    folded = words(text)
    try:
        if match := _YTD.match(folded):
            months, year = int(match[1]), int(match[2])
            return parse_code(f"{year}-{months}M")
        if match := _QUARTER.match(folded):
            token = match[1]
            number = int(token) if token.isdigit() else roman_to_int(token.upper())
            return parse_code(f"{match[2]}-Q{number}")
        if match := _MONTH.match(folded):
            return parse_code(f"{match[2]}-M{int(match[1]):02d}")
        if match := _YEAR.match(folded):
            return PeriodKey(Period.Kind.YEAR, int(match[1]))
        if match := _TERM.match(folded):
            return parse_code(f"{match[1]}-{match[2]}")
    except ValidationError:
        pass
    raise CellValueError(MSG_PERIOD_UNKNOWN, text)


# ---------------------------------------------------------------- headers

FIELDS = ("unit", "indicator", "period", "value", "estimated", "note")
REQUIRED_FIELDS = ("unit", "indicator", "period", "value")

# Folded header → field. Exact matches only: ``Đơn vị tính`` (the unit of measure) must
# not be taken for ``Đơn vị``.
HEADER_GUESSES: dict[str, str] = {
    **dict.fromkeys(
        ["don vi", "ten don vi", "ma don vi", "dia phuong", "dia ban", "xa", "huyen", "unit"],
        "unit",
    ),
    **dict.fromkeys(
        ["chi tieu", "ten chi tieu", "ma chi tieu", "noi dung", "indicator"], "indicator"
    ),
    **dict.fromkeys(["ky", "ky bao cao", "thoi gian", "thoi ky", "period"], "period"),
    **dict.fromkeys(
        ["gia tri", "thuc hien", "ket qua", "so lieu", "so thuc hien", "value"], "value"
    ),
    **dict.fromkeys(["uoc tinh", "uoc tinh x", "uoc", "la uoc tinh", "estimated"], "estimated"),
    **dict.fromkeys(["ghi chu", "note"], "note"),
}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """``{header: field}`` for the headers whose name says what they hold, marks ignored.

    Each field goes to its first matching header; the others are left unmapped.
    """
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = HEADER_GUESSES.get(words(header))
        if field and field not in taken:
            mapping[header] = field
            taken.add(field)
    return mapping
