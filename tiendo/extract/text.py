"""Text primitives: NFC normalisation, syllables, lines, sentences and clauses with spans.

NFC is the only transformation ever applied to the input, so every span computed
here indexes the text the contract talks about. Everything is a single left-to-right
scan: no regular expression with nested repetition, so a 1 MB line costs 1 MB of work.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, islice
from typing import NamedTuple

from tiendo.extract.rules import load_rules

# The tone marks: the old (``hoà``, ``uỷ``) and new (``hòa``, ``ủy``) spellings put the same
# mark on different vowels, so a comparison key moves it to the end of the syllable.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")

# Sentence ends: a full stop, question or exclamation mark, or an ellipsis.
_ENDERS = frozenset(".!?…")
_ENDER = re.compile("[.!?…]")
# What may sit between an ender and the next sentence's first letter.
_OPENERS = frozenset("\"'“‘(«[–—-•*")
_CLOSERS = frozenset("\"'”’)»]")


# A tuple, not a frozen dataclass: the engine makes one for each sentence, line and clause it
# reads, and a frozen dataclass sets each field through object.__setattr__.
class Segment(NamedTuple):
    """A piece of the text with its ``[start, end)`` span."""

    text: str
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


# Some sites type the Icelandic eth ("HÐND", U+00D0) for the Vietnamese "Đ" (U+0110): the
# same glyph, one character for one, so spans keep their offsets.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def nfc(text: str) -> str:
    """The contract's normal form (with the eth read as "Đ"); spans index this string."""
    text = unicodedata.normalize("NFC", text)
    # translate walks a text with Vietnamese letters character by character, a twentieth of
    # the engine's time; the eth is rare, and looking for it is a scan of the text's memory.
    if "\u00d0" in text or "\u00f0" in text:
        return text.translate(_ETH)
    return text


# A line break between a word (or a comma) and the next word: where a hard-wrapped text
# (a PDF's text layer, a copied page) may have broken a sentence.
_BREAK_AFTER = re.compile(r"[ \t]*(?=\w)")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
# A page's posting stamp on its own line under a headline, date first ("27/08/2025 15:49 GMT
# +7") or time first ("22:29 - 02/04/2018"): no part of the headline above it.
_DATE_LINE = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[ \t]*(?:\d{1,2}:\d{2}|$)"
    r"|\d{1,2}:\d{2}[ \t]*[-–|,]?[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}",
    re.M,
)
_ADDRESS = re.compile(r"https?:|www\.", re.I)
# What may stand before a heading on its line ("II.", "2.", "b)", "*"), and at most how long.
_HEADING_MARK = re.compile(r"\s*(?:(?:[IVX]{1,4}|\d{1,2}|[a-zđA-ZĐ])[.)]|[-+•*])?\s*")
_MARK_CHARS = 8
_LINE_END = re.compile(r"[ \t:]*+(?:\n|$)")
# A line that opens a lettered item ("a) Tập trung …", "b. Nâng cao …"): its own line.
_LETTERED = re.compile(r"[a-zđ][.)]\s+(\S)")


def unwrap(text: str) -> str:
    """``text`` with each line break that falls inside a sentence made a space ("Đồng chí
    Nguyễn Văn A - Chủ\ntịch UBND xã"): the next line goes on in lower case, or with a number
    after a word in lower case ("tiêu chí\n18.3") that does not open a numbered item. The rows
    of a table stay lines. Only line breaks change, so spans are the same."""
    chars: list[str] | None = None
    # Line breaks are few: each is found with str.find and judged by the words around it.
    at = text.find("\n")
    while at >= 0:
        end = at
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        after = _BREAK_AFTER.match(text, at + 1)
        last = text[end - 1] if end else ""
        if after is not None and after.end() < len(text) and (last.isalnum() or last == ","):
            nxt, pos = text[after.end()], after.end()
            if (
                (nxt.islower() and not _ADDRESS.match(text, pos) and not _lettered(text, pos))
                or (
                    nxt.isdigit()
                    and (_ends_lower_word(text, end) or _ends_number_head(text, end))
                    and not _NUMBERED.match(text, pos)
                    and not _DATE_LINE.match(text, pos)
                )
            ) and not _in_table(text, at):
                chars = chars if chars is not None else list(text)
                chars[at] = " "
        at = text.find("\n", at + 1)
    return text if chars is None else "".join(chars)


def ends_line(text: str, pos: int) -> bool:
    """Nothing but blanks or a colon stands between ``pos`` and the end of its line."""
    return _LINE_END.match(text, pos) is not None


def heading_mark_before(text: str, start: int) -> str | None:
    """The heading's mark ("II", "1", "" for none) between the start of the line and
    ``start``, or None when other words stand there. Only a mark's few characters are searched
    back, so that many short pieces of one long line cost no more than the line."""
    reach = max(0, start - _MARK_CHARS)
    line_start = text.rfind("\n", reach, start) + 1
    if not line_start and reach:
        return None
    mark = _HEADING_MARK.fullmatch(text, line_start, start)
    return mark.group().strip(" .)\t") if mark is not None else None


def _lettered(text: str, pos: int) -> bool:
    item = _LETTERED.match(text, pos)
    return item is not None and item.group(1).isupper()


def _in_table(text: str, at: int) -> bool:
    """The line break at ``at`` ends or opens a table's row: a line with a tab between its
    cells (an indenting tab at a line's start is no cell)."""
    before = text[text.rfind("\n", 0, at) + 1 : at].strip()
    after_end = text.find("\n", at + 1)
    after = text[at + 1 : after_end if after_end >= 0 else len(text)].strip()
    return "\t" in before or "\t" in after


def _ends_number_head(text: str, end: int) -> bool:
    """The word before ``end`` takes a number after it ("NĂM", "quý"), whatever its case."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower() in _segmentation()["number_heads"]


def _ends_lower_word(text: str, end: int) -> bool:
    """The word before ``end`` is in lower case ("tiêu chí", not a name such as "Hải Đăng")."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start < end and text[start].islower()


@lru_cache(maxsize=65536)
def syllable_key(word: str) -> str:
    """A comparison key for one syllable: lower case, tone mark moved to the end.

    ``Uỷ`` and ``ủy`` give the same key; ``năm`` and ``nấm`` do not.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base) + tone


def syllables(text: str) -> list[str]:
    """The comparison keys of the words of ``text`` (punctuation dropped)."""
    return [syllable_key(w) for w in _WORD.findall(nfc(text))]


def text_key(text: str) -> str:
    """A key under which two spellings of the same phrase compare equal."""
    return " ".join(syllables(text))


def overlap(a: str, b: str) -> float:
    """Syllable overlap: ``|common syllables| / max(len(a), len(b))`` over syllable multisets."""
    sa, sb = Counter(syllables(a)), Counter(syllables(b))
    longest = max(sum(sa.values()), sum(sb.values()))
    if longest == 0:
        return 0.0
    return sum((sa & sb).values()) / longest


def squash(text: str) -> str:
    """Runs of whitespace (including no-break spaces) as one space, ends trimmed."""
    return _SPACE.sub(" ", text).strip()


def strip_span(text: str, start: int, end: int, chars: str = "") -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace and the given punctuation at both ends."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


def lines(text: str) -> list[Segment]:
    """The non-blank lines of ``text``, trimmed, with their spans."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = strip_span(text, pos, pos + len(raw))
        if start < end:
            out.append(Segment(text[start:end], start, end))
        pos += len(raw) + 1
    return out


_HEAD_CHARS = 16  # characters searched back for the word before a numeral ("giai đoạn")


@lru_cache(maxsize=1)
def _segmentation() -> dict[str, frozenset[str]]:
    data = load_rules(
        "segmentation",
        {"abbreviations": "list[str]", "numeral_heads": "list[str]", "number_heads": "list[str]"},
    )
    return {key: frozenset(words) for key, words in data.items()}


def _abbreviations() -> frozenset[str]:
    return _segmentation()["abbreviations"]


def _numeral_after_head(text: str, index: int, floor: int) -> bool:
    """The capital before ``index`` follows a word that numbers ("quý I"): a numeral."""
    before = text[max(floor, index - 1 - _HEAD_CHARS) : index - 1].rstrip()
    head = before.rsplit(None, 1)[-1].lower() if before else ""
    return head in _segmentation()["numeral_heads"]


def is_abbreviation(word: str) -> bool:
    """A word whose full stop does not end a sentence ("TP" of "TP. Hải Phòng")."""
    return word in _abbreviations()


def _word_before(text: str, index: int, floor: int) -> str:
    start = index
    while start > floor and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:index]


def _run_end(text: str, i: int, end: int) -> int:
    """Past the enders, slashes and closers that follow the ender at ``i``."""
    j = i + 1
    while j < end and (text[j] in _ENDERS or text[j] == "/" or text[j] in _CLOSERS):
        j += 1
    return j


def _is_boundary(text: str, i: int, end: int, floor: int) -> int | None:
    """If the ender at ``i`` closes a sentence, the index just past it (and its closers)."""
    ch = text[i]
    if ch == "." and i + 1 < end and text[i + 1].isdigit() and i > floor and text[i - 1].isdigit():
        return None  # 1.584 groups thousands
    j = _run_end(text, i, end)
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return j
    while k < end and (text[k] in _OPENERS or text[k].isspace()):
        k += 1
    if k >= end:
        return j
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or _lower_after_stop(text, i, j, k, floor)):
        return None
    if ch == "." and j == i + 1:
        word = _word_before(text, i, floor)
        initial = len(word) == 1 and word.isupper() and not _numeral_after_head(text, i, floor)
        if word in _abbreviations() or initial:
            return None  # TP. Lạng Sơn, Nguyễn V. A
    if j == k and not (ch == "…" or text[i - 1 : i].isalpha() or text[i - 1 : i] in _CLOSERS):
        return None  # no space and no word before: not a sentence end
    return j


def _lower_after_stop(text: str, i: int, j: int, k: int, floor: int) -> bool:
    """ "… tăng so với năm 2022. có 2 chỉ tiêu không đạt …": a full stop, a space and a small
    letter after a year or a word; the next sentence typed without its capital."""
    if text[i] != "." or j != i + 1 or k == j or not text[k].isalpha():
        return False
    word = _word_before(text, i, floor)
    return len(word) >= 2 and word not in _abbreviations() and not word.isupper()


def sentences(
    text: str, start: int = 0, end: int | None = None, limit: int | None = None
) -> list[Segment]:
    """Sentences of ``text[start:end]`` with spans; a newline always ends a sentence. With
    ``limit``, the first so many only: the text after them is not read."""
    end = len(text) if end is None else end
    spans = _line_spans(text, start, end)
    return list(islice(chain.from_iterable(_sentences_of_line(text, *s) for s in spans), limit))


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = strip_span(text, pos, stop)
        if a < b:
            yield a, b
        pos = stop + 1


def _sentences_of_line(text: str, start: int, end: int) -> Iterator[Segment]:
    sent_start = start
    i = start
    while (m := _ENDER.search(text, i, end)) is not None:
        i = m.start()
        stop = _is_boundary(text, i, end, sent_start)
        if stop is not None:
            a, b = strip_span(text, sent_start, stop)
            if a < b:
                yield Segment(text[a:b], a, b)
            sent_start = stop
            i = stop
        else:
            # The enders after it see the same text ahead: none of them ends a sentence either
            # (read one by one, a run of 100 000 dots would be read 100 000 times).
            i = _run_end(text, i, end)
    a, b = strip_span(text, sent_start, end)
    if a < b:
        yield Segment(text[a:b], a, b)


def split_at(
    text: str, start: int, end: int, separators: str, limit: int | None = None
) -> list[Segment]:
    """Pieces of ``text[start:end]`` between any of the ``separators`` characters, trimmed;
    with ``limit``, the first so many only (the text after them is not read).

    Separators inside parentheses or quotes do not split.
    """
    out: list[Segment] = []
    depth = 0
    piece = start
    # Only brackets, quotes and separators matter: the search skips the letters between.
    for m in _split_marks(separators).finditer(text, start, end):
        ch = m.group()
        if ch in _SPLIT_OPEN:
            depth += 1
        elif ch in _SPLIT_CLOSE:
            depth -= 1 if depth else 0
        elif depth == 0:
            i = m.start()
            a, b = strip_span(text, piece, i)
            if a < b:
                out.append(Segment(text[a:b], a, b))
                if len(out) == limit:
                    return out
            piece = i + 1
    a, b = strip_span(text, piece, end)
    if a < b and len(out) != limit:
        out.append(Segment(text[a:b], a, b))
    return out


_SPLIT_OPEN = "(“«["
_SPLIT_CLOSE = ")”»]"


@lru_cache(maxsize=8)
def _split_marks(separators: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(_SPLIT_OPEN + _SPLIT_CLOSE + separators) + "]")


def sentence_at(text: str, index: int) -> Segment:
    """The sentence that holds ``text[index]`` (for reports that show evidence)."""
    line_start = text.rfind("\n", 0, index) + 1
    nl = text.find("\n", index)
    line_end = len(text) if nl < 0 else nl
    for sent in _sentences_of_line(text, *strip_span(text, line_start, line_end)):
        if sent.start <= index < sent.end or index < sent.start:
            return sent
    return Segment(text[line_start:line_end], line_start, line_end)


def is_capitalised(word: str) -> bool:
    """``Lạng``, ``HĐND`` (a first letter in upper case)."""
    return bool(word) and word[0].isupper()


def is_upper_word(word: str) -> bool:
    """``PHÙNG``, ``HĐND``: every letter in upper case, at least one letter."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)
