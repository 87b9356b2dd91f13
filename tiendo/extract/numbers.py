"""The Vietnamese number grammar: numerals, scale words, currencies, percentages, ratios.

``.`` groups thousands and ``,`` is the decimal mark (``5.738,9``); scale words multiply
(``1.584 tỷ``, ``2.010 triệu USD``, ``1 tỷ 200 triệu``). A numeral that breaks the
convention (``60,6,2``, ``6.5``) is reported with a warning and no value, never
repaired. Dates, times and codes (``30/9``, ``08:59``, ``62-NQ/TU``, ``COVID-19``) are
found too, tagged by ``kind``, so that a caller never mistakes them for quantities.

Every scan here is a single left-to-right pass with bounded look-around, so the time is
linear in the text whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Literal, NamedTuple

from tiendo.extract.lexicon import load

__all__ = [
    "MalformedNumber",
    "NumberToken",
    "find_numbers",
    "number_word",
    "parse_number",
    "roman_to_int",
]

Kind = Literal["number", "ratio", "date", "time", "code"]


class MalformedNumber(ValueError):
    """A numeral that does not follow the Vietnamese convention; ``text`` is the offender."""

    def __init__(self, text: str) -> None:
        super().__init__(f"malformed number {text!r}")
        self.text = text


class NumberToken(NamedTuple):
    """One numeral in a text with the words that belong to it.

    ``span`` covers the numeral and its scale, currency and percent words
    (``404 tỷ đồng``, ``51,8%``); ``value`` is fully scaled and ``None`` when the
    numeral is malformed (then ``warning`` says why) or is not a quantity
    (``kind`` date, time or code). For ``X/Y`` (``kind`` ratio) ``value`` is X and
    ``whole`` is Y. A named tuple: one is built per numeral, and that is the hot path.
    """

    value: float | None
    span: tuple[int, int]
    text: str
    kind: Kind = "number"
    scale: int = 0
    currency: str | None = None
    is_percent: bool = False
    whole: float | None = None
    qualifier: str | None = None
    qualifier_span: tuple[int, int] | None = None
    malformed: bool = False
    warning: str | None = None

    @property
    def is_bare(self) -> bool:
        """A plain numeral: no scale word, currency or percent sign."""
        return not (self.scale or self.currency or self.is_percent)

    @property
    def is_year(self) -> bool:
        """Four plain digits in 1900–2100: a year (quantities that size are written ``2.025``)."""
        return (
            self.kind == "number"
            and self.is_bare
            and len(self.text) == 4
            and self.text.isdigit()
            and 1900 <= int(self.text) <= 2100
        )


# A time, or a numeral: digits with single . or , between them, chained by / (ratio, date).
# Each repetition starts with a digit or a separator followed by a digit, so the pattern
# cannot backtrack more than a character. The first digit stands before the alternatives
# (``\d{1,2}`` is ``\d\d?``): a pattern that opens with a character class lets the search
# skip the text between numbers in one tight loop instead of trying both branches at
# every character.
_NUMERAL_BODY = r"\d(?:[.,]?\d)*"
_NUMERAL = re.compile(rf"\d(?:\d?(?::\d\d){{1,2}}(?!\d)|(?:[.,]?\d)*(?:/{_NUMERAL_BODY})*)")
# A decimal mark with no digit after it, right before the percent sign ("8,%").
_DANGLING_MARK = re.compile(r"[.,]%")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_NUMERAL_PLAIN = re.compile(r"\d(?:[.,]?\d)*(?![\d/])")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})\.(\d{4})")
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# One word after up to three blanks: letters (with an inner hyphen, "đô-la") or a percent sign.
_WORD_AFTER = re.compile(r"[ \t\u00a0]{0,3}([^\W\d_]+(?:-[^\W\d_]+)?|%)")
_BLANKS = " \t\u00a0"
THOUSAND = 3  # the scale power of "nghìn", "ngàn"
THOUSAND_UNITS = 10**THOUSAND
# Between the numbers of "17.919 con/14.066 con": the noun, a slash; and the noun after.
# The unit may be typed glued to its number ("59.835ha/62.251ha").
_UNIT_SLASH = re.compile(r"[ \t\u00a0]{0,3}([^\W\d_]+(?: [^\W\d_]+)?)[ \t\u00a0]*/[ \t\u00a0]*")
_UNIT_AFTER = re.compile(r"[ \t\u00a0]{0,3}([^\W\d_]+(?: [^\W\d_]+)?)")
_MAX_WORD = 12  # longest word looked at when reading words backwards
_SPELLED_WORDS = 5  # number words read before a scale word ("một trăm hai mươi lăm tỷ")
_LAST_GLUED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)$")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]{1,3}$")


@dataclass(frozen=True, slots=True)
class _Grammar:
    scales: dict[str, int]
    currencies: dict[tuple[str, ...], str]
    percent_words: dict[tuple[str, ...], str]
    qualifiers: dict[tuple[str, ...], str]
    qualifier_ends: frozenset[str]
    digits: dict[str, int]
    ten: str
    tens: str
    hundred: str
    zero_links: frozenset[str]
    after_tens_only: frozenset[str]
    date_before: frozenset[str]
    date_after: frozenset[str]
    max_digits: int
    longest_phrase: int
    glued_units: frozenset[str]
    glued_verbs: frozenset[str]
    slash_plans: frozenset[str]
    # The word lists above compiled into patterns, each read in one regex call.
    scale_word: re.Pattern[str]
    not_scale: re.Pattern[str]
    scale_spellings: tuple[str, ...]
    scaled_tail: re.Pattern[str]
    currency: re.Pattern[str]
    percent: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    lex = load("numbers")

    def phrases(words: dict[str, str] | list[str]) -> dict[tuple[str, ...], str]:
        items = words.items() if isinstance(words, dict) else ((w, w) for w in words)
        return {tuple(k.lower().split()): v for k, v in items}

    # A phrase that is not a currency maps to "" so the longest match rules it out.
    currencies = {**phrases(lex["currencies"]), **dict.fromkeys(phrases(lex["not_currencies"]), "")}
    qualifiers = phrases(lex["qualifiers"])
    percent = dict.fromkeys(phrases(lex["percent_words"]), "%")
    longest = max(len(p) for p in (*currencies, *qualifiers, *percent))
    scales = [tuple(k.lower().split()) for k in lex["scales"]]
    scale_word = _after_pattern(scales)
    return _Grammar(
        scales={k.lower(): v for k, v in lex["scales"].items()},
        currencies=currencies,
        percent_words=percent,
        qualifiers=qualifiers,
        qualifier_ends=frozenset(q[-1] for q in qualifiers),
        digits=lex["digits"],
        ten=lex["ten_word"],
        tens=lex["tens_word"],
        hundred=lex["hundred_word"],
        zero_links=frozenset(lex["zero_links"]),
        after_tens_only=frozenset(lex["unit_only_after_tens"]),
        date_before=frozenset(lex["date_cues_before"]),
        date_after=frozenset(lex["date_cues_after"]),
        max_digits=lex["max_digits"],
        longest_phrase=longest,
        glued_units=frozenset(w.lower() for w in lex["glued_units"]),
        glued_verbs=frozenset(w.lower() for w in lex["glued_verbs"]),
        # The word right after the slash is enough to tell a plan from a code's letters.
        slash_plans=frozenset(w.split()[0].lower() for w in lex["slash_plans"]),
        scale_word=re.compile(scale_word, re.IGNORECASE),
        not_scale=re.compile(
            _after_pattern(tuple(w.lower().split()) for w in lex["not_scales"]), re.IGNORECASE
        ),
        scale_spellings=tuple(
            {v for w in lex["scales"] for v in (w.lower(), w.lower().capitalize())}
        ),
        # A blank, a numeral, then a scale word: the only start of "1 tỷ 200 triệu"'s tail.
        scaled_tail=re.compile(rf" ({_NUMERAL_BODY})(?={scale_word})", re.IGNORECASE),
        currency=re.compile(_after_pattern(currencies), re.IGNORECASE),
        percent=re.compile(_after_pattern(percent), re.IGNORECASE),
    )


def _after_pattern(phrases: Iterable[tuple[str, ...]]) -> str:
    """A pattern for any of ``phrases`` after up to three blanks, longest first.

    Words are whole words as ``_WORD_AFTER`` reads them (a letter or an inner hyphen and a
    letter after one ends nothing); the words of a phrase stand one to three blanks apart.
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), -len(" ".join(p))))
    alternatives = "|".join(
        f"[{_BLANKS}]{{1,3}}".join(re.escape(w) for w in phrase) for phrase in ordered
    )
    # A sign ends itself: "91,1%KH" is a percentage that a plan's letters follow.
    return rf"[{_BLANKS}]{{0,3}}({alternatives})(?:(?<=[^\w\s])|(?![^\W\d_]|-[^\W\d_]))"


def parse_number(s: str) -> float:
    """The value of one Vietnamese-written number: ``"5.738,9"`` → 5738.9.

    Scale words, a currency and a percent sign may follow (``"404 tỷ đồng"`` → 4.04e11,
    ``"51,8%"`` → 51.8). Raises ``MalformedNumber`` for anything else, including a
    numeral that breaks the convention (``"60,6,2"``).
    """
    text = s.strip()
    tokens = find_numbers(text)
    if len(tokens) != 1 or tokens[0].span != (0, len(text)) or tokens[0].kind != "number":
        raise MalformedNumber(text)
    if tokens[0].value is None:
        raise MalformedNumber(tokens[0].text)
    return tokens[0].value


def find_numbers(text: str) -> list[NumberToken]:
    """Every numeral in ``text`` in order, quantities and non-quantities alike."""
    g = _grammar()
    tokens: list[NumberToken] = []
    pos = 0
    while True:
        m = _NUMERAL.search(text, pos)
        if m is None:
            break
        token = _read_token(text, m, g)
        pos = token.span[1]
        if tokens and _run_together(text, tokens[-1], token):
            token = _joined(tokens.pop(), token, text)
        elif tokens and (thousands := _thousands_of(text, tokens[-1], token)) is not None:
            tokens.pop()
            token = thousands
        elif tokens and (
            (ratio := _unit_ratio(text, tokens[-1], token)) is not None
            or (ratio := _scaled_ratio(text, tokens[-1], token)) is not None
        ):
            tokens.pop()
            token = ratio
        tokens.append(token)
    spelled = _spelled_amounts(text, g)
    return sorted([*tokens, *spelled], key=lambda t: t.span[0]) if spelled else tokens


def _spelled_amounts(text: str, g: _Grammar) -> list[NumberToken]:
    """Sums of money whose number is written in words before a scale word (``gần một
    nghìn tỷ đồng``, ``hai triệu USD``); a currency is required, so ``tỷ lệ`` or
    ``triệu tập`` after a number word never make one. Found from the scale words, which
    are rare, so the text is read once more only where one stands after a word."""
    out: list[NumberToken] = []
    # str.find per spelling: far faster than a regular expression over the whole text.
    found = []
    for word in g.scale_spellings:
        at = text.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = text.find(word, at + 1)
    for at, after in sorted(found):
        if (out and at < out[-1].span[1]) or (after < len(text) and text[after].isalpha()):
            continue
        # Only a scale word that stands alone after a word can follow a number word.
        k = at
        while k > 0 and at - k < 3 and text[k - 1] in _BLANKS:
            k -= 1
        if k == at or k == 0 or not text[k - 1].isalpha() or text[at - 1 : at].isalpha():
            continue
        before = _words_before(text, at, _SPELLED_WORDS)
        start = value = None
        for k in range(len(before)):
            number = number_word(" ".join(w for w, _ in before[k:]))
            if number:
                start, value = before[k][1], number
                break
        if start is None or value is None:
            continue
        scaled, end, scale, currency, percent = _words_after(text, at, value, g)
        if currency is None:
            continue
        qualifier, q_span = _qualifier(text, start, g)
        out.append(
            NumberToken(
                scaled,
                (start, end),
                text[start:end],
                "number",
                scale,
                currency,
                percent,
                None,
                qualifier,
                q_span,
            )
        )
    return out


def _read_token(text: str, m: re.Match[str], g: _Grammar) -> NumberToken:
    raw = m.group()
    start, end = m.span()
    kind = _kind(text, raw, start, end, g)
    if kind == "code" and end < len(text) and text[end].isalpha():
        # Letters glued to a numeral are a code ("1A", "5G") unless they are a scale, a
        # currency or a unit ("1.250ha").
        word = _WORD_AFTER.match(text, end)
        glued = word.group(1).lower() if word else ""
        if glued in g.scales or glued in g.glued_units or g.currencies.get((glued,)):
            kind = _kind(text, raw, start, end, g, glued_word=True)
    if kind in ("time", "code", "date"):
        return NumberToken(None, (start, end), raw, kind=kind)
    qualifier, q_span = _qualifier(text, start, g)
    if kind == "ratio":
        part_text, whole_text = raw.split("/")
        part, whole = _value(part_text, g), _value(whole_text, g)
        bad = part_text if part is None else whole_text if whole is None else None
        if bad is not None:
            part = whole = None
        # "36,91/404,52 tỷ đồng": the scale and the currency after the whole are the part's too.
        scale, after = _scale_words(text, end, g)
        currency = None
        if scale:
            currency, end = _phrase_after(text, after, g.currencies, g.currency)
            end = end if currency else after
            if part is not None and whole is not None:
                part, whole = part * 10**scale, whole * 10**scale
        return NumberToken(
            part,
            (start, end),
            raw,
            "ratio",
            scale,
            currency,
            whole=whole,
            qualifier=qualifier,
            qualifier_span=q_span,
            malformed=bad is not None,
            warning=bad and _warn(bad),
        )
    dangling = _DANGLING_MARK.match(text, end)
    if dangling is not None:
        # "tăng 8,% so với cùng kỳ": the decimals were lost; no value, never a guess
        end = dangling.end()
        return NumberToken(
            None,
            (start, end),
            text[start:end],
            is_percent=True,
            qualifier=qualifier,
            qualifier_span=q_span,
            malformed=True,
            warning=_warn(text[start:end]),
        )
    exact = _decimal(raw, g)
    value, end, scale, currency, percent = _words_after(text, end, exact, g)
    due = _whole_amount(text, end, currency, g) if exact is not None and currency else None
    if due is not None:
        # "chi trả 279,474 tỷ đồng/686,71 tỷ đồng": the amount paid out of the amount due
        return NumberToken(
            value,
            (start, due[1]),
            text[start : due[1]],
            "ratio",
            scale,
            currency,
            whole=due[0],
            qualifier=qualifier,
            qualifier_span=q_span,
        )
    return NumberToken(
        value,
        (start, end),
        raw,
        "number",
        scale,
        currency,
        percent,
        None,
        qualifier,
        q_span,
        malformed=exact is None,
        warning=None if exact is not None else _warn(raw),
    )


def _unit_ratio(text: str, first: NumberToken, second: NumberToken) -> NumberToken | None:
    """``17.919 con/14.066 con``: the same counted noun on both sides of a slash makes the
    two numbers one ratio, spanning both numbers."""
    if first.kind != "number" or not first.is_bare or first.value is None:
        return None
    m = _UNIT_SLASH.fullmatch(text, first.span[1], second.span[0])
    if m is None:
        return None
    unit = m.group(1)
    after = _UNIT_AFTER.match(text, second.span[1])
    if after is None or not (after.group(1) + " ").startswith(unit + " "):
        return None
    whole = _value(second.text, _grammar())
    if whole is None:
        return None
    raw = text[first.span[0] : second.span[1]]
    return NumberToken(
        first.value, (first.span[0], second.span[1]), raw, "ratio", whole=whole,
        qualifier=first.qualifier, qualifier_span=first.qualifier_span,
    )


def _scaled_ratio(text: str, first: NumberToken, second: NumberToken) -> NumberToken | None:
    """``61,7 tỷ/68,6 tỷ đồng``: an amount with its scale word, a slash, and an amount of the
    same scale with its currency are one ratio of sums of money."""
    if first.kind != "number" or second.kind != "number" or first.currency or first.is_percent:
        return None
    if not first.scale or first.scale != second.scale or second.currency is None:
        return None
    if text[first.span[1] : second.span[0]] != "/" or None in (first.value, second.value):
        return None
    return NumberToken(
        first.value, (first.span[0], second.span[1]), text[first.span[0] : second.span[1]],
        "ratio", scale=second.scale, currency=second.currency, whole=second.value,
        qualifier=first.qualifier, qualifier_span=first.qualifier_span,
    )


def _glued_verb(text: str, start: int, g: _Grammar) -> bool:
    """ "đạt3,02%": a verb of the genre glued to the numeral by a missing space."""
    m = _LAST_GLUED.search(text, max(0, start - _MAX_WORD), start)
    return m is not None and m.group(1).lower() in g.glued_verbs


def _kind(
    text: str, raw: str, start: int, end: int, g: _Grammar, *, glued_word: bool = False
) -> Kind:
    if ":" in raw:
        return "time"
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if (before.isalpha() and not _glued_verb(text, start, g)) or before == "_":
        return "code"
    # "NQ/TU 12", "COVID-19" are codes; "học sinh/3.118 lớp" pairs two counts.
    if (
        before in "-/"
        and start >= 2
        and text[start - 2].isalnum()
        and not (before == "/" and text[start - 2].islower())
    ):
        return "code"
    # "Covid -19": a name's number after a stray space before its hyphen.
    if before == "-" and start >= 3 and text[start - 2] == " " and text[start - 3].isalpha():
        return "code"
    if (after.isalpha() and not glued_word) or (
        after in "-/" and after2.isalpha() and not _before_plan(text, end, after, g)
    ):
        return "code"
    if _DOTTED_DATE.fullmatch(raw) and _dotted_date_ok(raw):
        return "date"
    parts = raw.split("/")
    if len(parts) == 1:
        return "number"
    if len(parts) > 3 or not all(p.isdigit() for p in parts):
        return "code" if len(parts) > 2 else "ratio"
    nums = [int(p) for p in parts]
    if len(parts) == 3:
        return "date" if _is_day_month(nums[0], nums[1]) else "code"
    x, y = nums
    if len(parts[1]) == 4 and 1900 <= y <= 2100 and 1 <= x <= 12:
        return "date"
    if _is_day_month(x, y) and _looks_like_date(text, start, end, g):
        return "date"
    return "ratio"


# A day and month, then a dash, right before a number: it ends a range of days.
_RANGE_START = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}\s?[-–—]\s?$")
_RANGE_START_CHARS = 9


def _before_plan(text: str, end: int, after: str, g: _Grammar) -> bool:
    """``90.000/KH 150.000 tấn``: the slash compares an amount with a plan, no code."""
    if after != "/":
        return False
    word = _WORD_AFTER.match(text, end + 1)
    return word is not None and word.start(1) == end + 1 and word.group(1).lower() in g.slash_plans


def _is_day_month(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _dotted_date_ok(raw: str) -> bool:
    parts = [int(p) for p in raw.split(".")]
    return _is_day_month(parts[0], parts[1]) if len(parts) == 3 else 1 <= parts[0] <= 12


def _looks_like_date(text: str, start: int, end: int, g: _Grammar) -> bool:
    """``d/m`` is a date after a date word, before one, or when no noun follows it; so is
    the end of a range of days ("từ ngày 31/8 – 2/9")."""
    previous = _words_before(text, start, 1)
    if previous and previous[-1][0].lower() in g.date_before:
        return True
    if _RANGE_START.search(text, max(0, start - _RANGE_START_CHARS), start):
        return True
    word = _WORD_AFTER.match(text, end)
    if word is None or word.group(1) == "%":
        return True
    return word.group(1).lower() in g.date_after


def _value(raw: str, g: _Grammar) -> float | None:
    exact = _decimal(raw, g)
    return None if exact is None else float(exact)


def _decimal(raw: str, g: _Grammar) -> Decimal | int | None:
    """The exact value of a bare numeral, or None when it breaks the convention.

    Whole numbers stay ``int`` (exact, and much cheaper than ``Decimal``).
    """
    if raw.isdigit():
        return int(raw) if len(raw) <= g.max_digits else None
    # The numeral pattern allows only digits, "." and "," in a numeral.
    if len(raw) - raw.count(".") - raw.count(",") > g.max_digits:
        return None
    whole, _, decimals = raw.partition(",")
    if "," in decimals or "." in decimals:
        return None
    if "." in whole and not _GROUPED.fullmatch(whole):
        return None
    if raw.endswith(","):
        return None
    if not decimals:
        return int(whole.replace(".", ""))
    return Decimal(whole.replace(".", "") + "." + decimals)


def _warn(raw: str) -> str:
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    return f"malformed number '{shown}'"


def _words_after(
    text: str, end: int, exact: Decimal | int | None, g: _Grammar
) -> tuple[float | None, int, int, str | None, bool]:
    """Scale words, a smaller scaled number (``1 tỷ 200 triệu``), a currency or a percent sign.

    Returns the scaled value, the end of the words taken, the power of ten, the currency
    and whether the number is a percentage.
    """
    scale, end = _scale_words(text, end, g)
    if scale and exact is not None:
        exact, end = _scaled_tail(text, end, scale, exact * 10**scale, g)
    value = None if exact is None else float(exact)
    currency, after = _phrase_after(text, end, g.currencies, g.currency)
    if currency:
        return value, after, scale, currency, False
    if not scale:
        percent, after = _phrase_after(text, end, g.percent_words, g.percent)
        if percent is not None:
            return value, after, 0, None, True
    return value, end, scale, None, False


def _whole_amount(text: str, pos: int, currency: str, g: _Grammar) -> tuple[float, int] | None:
    """After an amount in ``currency``, "/" and a second amount in the same currency: its value
    and end ("279,474 tỷ đồng/686,71 tỷ đồng"); "đồng/người" is a rate, no whole."""
    if not text.startswith("/", pos):
        return None
    m = _NUMERAL_PLAIN.match(text, pos + 1)
    if m is None:
        return None
    exact = _decimal(m.group(), g)
    if exact is None:
        return None
    value, end, _scale, second, percent = _words_after(text, m.end(), exact, g)
    return (value, end) if second == currency and not percent and value is not None else None


def _scale_words(text: str, pos: int, g: _Grammar) -> tuple[int, int]:
    power = 0
    while (m := g.scale_word.match(text, pos)) is not None and not g.not_scale.match(text, pos):
        power += g.scales[m.group(1).lower()]
        pos = m.end()
    return power, pos


def _scaled_tail(
    text: str, pos: int, scale: int, value: Decimal | int, g: _Grammar
) -> tuple[Decimal | int, int]:
    """``1 tỷ 200 triệu``: a following numeral with a smaller scale adds to the value."""
    last = scale
    while True:
        m = g.scaled_tail.match(text, pos)
        if m is None:
            return value, pos
        part = _decimal(m.group(1), g)
        power, end = _scale_words(text, m.end(), g)
        if part is None or not power or power >= last:
            return value, pos
        value += part * 10**power
        last, pos = power, end


def _phrase_after(
    text: str, pos: int, phrases: dict[tuple[str, ...], str], pattern: re.Pattern[str]
) -> tuple[str | None, int]:
    """The longest phrase of ``phrases`` starting at ``pos`` (after blanks), and its end."""
    m = pattern.match(text, pos)
    if m is not None:
        return phrases[tuple(m.group(1).lower().split())], m.end()
    return None, pos


def _words_before(text: str, pos: int, n: int) -> list[tuple[str, int]]:
    """Up to ``n`` words (with their starts) just before ``pos``, blanks between them only.

    An opening bracket or quote right before ``pos`` is skipped: ``(14/7)`` reads the
    word before the bracket.
    """
    words: list[tuple[str, int]] = []
    i = pos
    while i > 0 and pos - i < 4 and text[i - 1] in '(“"' + _BLANKS:
        i -= 1
    while len(words) < n:
        j = i
        while j > 0 and i - j < _MAX_WORD and text[j - 1].isalpha():
            j -= 1
        if j == i or (j > 0 and text[j - 1].isalnum()):
            break
        words.append((text[j:i], j))
        k = j
        while k > 0 and j - k < 3 and text[k - 1] in _BLANKS:
            k -= 1
        if k == j:
            break
        i = k
    words.reverse()
    return words


def _qualifier(text: str, start: int, g: _Grammar) -> tuple[str | None, tuple[int, int] | None]:
    if not start or text[start - 1] not in _BLANKS:
        return None, None
    last = _LAST_WORD.search(text, max(0, start - _MAX_WORD - 4), start)
    if last is None or last.group(1).lower() not in g.qualifier_ends:
        return None, None
    words = _words_before(text, start, g.longest_phrase)
    for n in range(len(words), 0, -1):
        found = g.qualifiers.get(tuple(w.lower() for w, _ in words[-n:]))
        if found is not None:
            last_word, last_start = words[-1]
            return found, (words[-n][1], last_start + len(last_word))
    return None, None


def _run_together(text: str, previous: NumberToken, token: NumberToken) -> bool:
    """``0 68%``: a bare numeral, one space, a percentage: a number split by a typo. So is
    one whose mark has a space after it (``4, 94%``, ``3. 407, 5 tỷ đồng``): the part after
    the mark is a percentage, an amount, or after a dot a group of three digits."""
    if previous.kind != "number" or token.kind != "number" or not previous.is_bare:
        return False
    if previous.is_year:
        return False
    gap = text[previous.span[1] : token.span[0]]
    if gap == " ":
        return token.is_percent
    if gap not in (", ", ". "):
        return False
    thousands = gap == ". " and token.is_bare and len(token.text) == 3 and token.text.isdigit()
    # "sản lượng ước đạt 167, 2 tấn": the part after the mark carries a unit of measure
    unit = _WORD_AFTER.match(text, token.span[1])
    measured = unit is not None and unit.group(1).lower() in _grammar().glued_units
    return thousands or not token.is_bare or (gap == ", " and measured)


def _thousands_of(text: str, previous: NumberToken, token: NumberToken) -> NumberToken | None:
    """``3 ngàn 883 tỷ đồng``: thousands said before a larger scale count that scale's units
    (3.883 tỷ), one amount; before a bare numeral below a thousand (``3 nghìn 200 hộ``),
    they add to it."""
    if previous.scale != THOUSAND or previous.currency or previous.is_percent:
        return None
    if token.kind != "number" or token.value is None or token.is_percent:
        return None
    if previous.value is None or text[previous.span[1] : token.span[0]] != " ":
        return None
    larger = token.scale > THOUSAND
    if not larger and not (token.is_bare and token.text.isdigit()):
        return None
    units = 10**token.scale if larger else 1
    if token.value >= THOUSAND_UNITS * units or previous.value % THOUSAND_UNITS:
        return None
    return token._replace(
        value=(previous.value * units if larger else previous.value) + token.value,
        span=(previous.span[0], token.span[1]),
        text=text[previous.span[0] : token.span[0]] + token.text,
        qualifier=previous.qualifier,
        qualifier_span=previous.qualifier_span,
    )


def _joined(previous: NumberToken, token: NumberToken, text: str) -> NumberToken:
    raw = text[previous.span[0] : token.span[0]] + token.text
    return token._replace(
        value=None,
        span=(previous.span[0], token.span[1]),
        text=raw,
        qualifier=previous.qualifier,
        qualifier_span=previous.qualifier_span,
        malformed=True,
        warning=_warn(raw),
    )


def number_word(word: str) -> int | None:
    """The value of a number written in words: ``mười`` → 10, ``hai mươi mốt`` → 21.

    Also the forms used in ordinals (``tư`` in ``thứ tư`` → 4, ``nhất`` in ``thứ nhất`` → 1)
    and scale words (``hai nghìn`` → 2000). None when the words are not a number.
    """
    g = _grammar()
    words = word.lower().split()
    if not words:
        return None
    total = section = 0
    unit: int | None = None
    previous = ""
    for w in words:
        if w in g.digits:
            if unit is not None or (w in g.after_tens_only and previous not in (g.ten, g.tens)):
                return None
            unit = g.digits[w]
        elif w == g.ten:
            if unit is not None or section % 100:
                return None
            section += 10
        elif w == g.tens:
            if unit is None or unit < 2 or section % 100:
                return None
            section, unit = section + unit * 10, None
        elif w == g.hundred:
            if unit is None or section:
                return None
            section, unit = unit * 100, None
        elif w in g.zero_links:
            if previous != g.hundred:
                return None
        elif w in g.scales:
            section += unit or 0
            if not section:
                return None
            total, section, unit = total + section * 10 ** g.scales[w], 0, None
        else:
            return None
        previous = w
    return total + section + (unit or 0)


def int_to_roman(number: int) -> str | None:
    """``23`` → ``XXIII``; None outside 1–399 (terms, list marks)."""
    if not 0 < number < 400:
        return None
    out = []
    for value, letters in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def roman_to_int(s: str) -> int | None:
    """``"XXIII"`` → 23; None unless ``s`` is a well-formed roman numeral (either case)."""
    text = s.strip().upper()
    if not text or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = _ROMAN_VALUES[c]
        total += -v if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > v else v
    return total
