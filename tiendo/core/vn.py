"""Vietnamese presentation: numbers, percentages, dates, roman numerals, folding and sort order.

Number formatting lives in the Django-free ``tiendo.extract.vnformat`` and is re-exported here.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from tiendo.extract.vnformat import format_amount, format_change, format_number, format_percent

__all__ = [
    "fold", "format_amount", "format_change", "format_date", "format_number", "format_percent",
    "int_to_roman", "sort_key",
]

_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]

# The alphabet's order, then the tones' order (ngang, huyền, hỏi, ngã, sắc, nặng) as the
# second key: the order of Vietnamese dictionaries and of the official unit lists.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_BASE_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_MARKED_VOWELS = {
    ("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư",
}


def int_to_roman(number: int) -> str:
    """``23`` → ``XXIII`` (terms are numbered in roman numerals)."""
    if number <= 0:
        raise ValueError(f"no roman numeral for {number}")
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def format_date(day: dt.date | None) -> str:
    """``2022-09-30`` → ``30/9/2022``, the way reports write dates."""
    return "" if day is None else f"{day.day}/{day.month}/{day.year}"


def fold(text: str) -> str:
    """Lower case without tone or vowel marks, ``đ`` as ``d``: for diacritic-insensitive search only."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def sort_key(text: str) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    """A key that sorts Vietnamese in dictionary order: word by word, letters first, then tones.

    ``Ba Vì`` < ``Bà Rịa`` < ``Bắc Sơn``; ``D`` < ``Đ``; ``O`` < ``Ô`` < ``Ơ``.
    """
    key = []
    for word in unicodedata.normalize("NFC", text.lower()).split():
        letters: list[int] = []
        tones: list[int] = []
        for ch in word:
            base, tone = _split_letter(ch)
            letters.append(_BASE_RANK.get(base, 100 + ord(base)))
            tones.append(tone)
        key.append((tuple(letters), tuple(tones)))
    return tuple(key)


def _split_letter(ch: str) -> tuple[str, int]:
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    tone = 0
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        else:
            base = _MARKED_VOWELS.get((base, mark), base)
    return base, tone
