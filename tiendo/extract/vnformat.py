"""Writing numbers the Vietnamese way: ``5.738,9``, ``98,35%``, ``404 tỷ đồng``.

The inverse of ``numbers.parse_number``; the web pages and reports use it too.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# Amounts are written with the largest scale word that keeps the number at or above
# one, the way reports do (``404 tỷ đồng``, ``500 triệu đồng``); dollars stay in
# ``triệu USD`` up to a hundred billion (``2.010 triệu USD``).
_SCALES = {
    "VND": ((Decimal(10) ** 9, "tỷ đồng"), (Decimal(10) ** 6, "triệu đồng"), (Decimal(1), "đồng")),
    "USD": ((Decimal(10) ** 11, "tỷ USD"), (Decimal(10) ** 6, "triệu USD"), (Decimal(1), "USD")),
}


def format_number(value: float | Decimal | int | None, decimals: int | None = None) -> str:
    """``5738.9`` → ``5.738,9``: dot groups thousands, comma marks decimals.

    With ``decimals`` None, trailing zeros are dropped (at most 2 decimals shown).
    """
    if value is None:
        return ""
    number = Decimal(str(value))
    places = 2 if decimals is None else decimals
    number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, frac = f"{abs(number):f}".partition(".")
    if decimals is None:
        frac = frac.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ".".join(groups)
    return f"{sign}{text},{frac}" if frac else f"{sign}{text}"


def format_percent(value: float | Decimal | None, decimals: int | None = None) -> str:
    """``98.35`` → ``98,35%``."""
    return "" if value is None else f"{format_number(value, decimals)}%"


def format_change(value: float | Decimal | None, decimals: int | None = None) -> str:
    """A signed change: ``22`` → ``+22%``, ``-3.5`` → ``-3,5%``."""
    if value is None:
        return ""
    sign = "+" if Decimal(str(value)) > 0 else ""
    return f"{sign}{format_percent(value, decimals)}"


def format_amount(value: float | Decimal | None, unit: str | None) -> str:
    """An amount with its unit: ``404e9, "VND"`` → ``404 tỷ đồng``; ``28, "doanh nghiệp"`` → ``28 doanh nghiệp``."""
    if value is None:
        return ""
    if unit in _SCALES:
        amount = Decimal(str(value))
        for size, words in _SCALES[unit]:
            if abs(amount) >= size or size == 1:
                return f"{format_number(amount / size)} {words}"
    if unit == "%":
        return format_percent(value)
    return f"{format_number(value)} {unit or ''}".rstrip()
