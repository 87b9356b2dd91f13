"""Words of a sentence and lexicon phrases matched against them.

A sentence becomes a list of ``Tok``: words, punctuation marks and whole numbers (a
``NumberToken`` with its scale and currency words). Lexicon phrases are tokenised the
same way and matched word by word, case-insensitively; ``#`` in a phrase matches any
number. Matching looks at most as many tokens as the longest phrase, so it is O(1) per
position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import attrgetter
from typing import Any, Generic, Literal, NamedTuple, TypeVar

from tiendo.extract.numbers import NumberToken, find_numbers

__all__ = ["PhraseSet", "Tok", "sentences", "tokenize"]

V = TypeVar("V")

_PIECE = re.compile(r"[^\W\d_]+|\d+|\S")
# The same pieces for the tokenizer, the first group a word or number, the second a mark.
_TOKEN = re.compile(r"([^\W\d_]+|\d+)|(\S)")
# A line break, or a run of ".!?". Written to open with one character class, which lets a
# search skip the text between sentence ends in one tight loop; the run goes on only after a
# mark, never after the line break.
_SENTENCE_END = re.compile(r"[\n.!?](?:(?<=[.!?])[.!?]*)?")
_ANY = "#"
_LOW = attrgetter("low")
_MISSING: Any = object()  # no value of a phrase is this one


class Tok(NamedTuple):
    """A word (``w``), a punctuation mark (``p``) or a number with its words (``n``)."""

    text: str
    low: str
    start: int
    end: int
    kind: Literal["w", "p", "n"]
    num: NumberToken | None = None


def tokenize(
    text: str, start: int = 0, end: int | None = None, numbers: Sequence[NumberToken] | None = None
) -> list[Tok]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    ``numbers`` are the numbers of that stretch when the caller has found them already
    (``find_numbers`` over the whole text, spans into it).
    """
    stop = len(text) if end is None else end
    if numbers is None:
        numbers = [_shift(n, start) for n in find_numbers(text[start:stop])]
    toks: list[Tok] = []
    pos = start
    for number in numbers:
        a, b = number.span
        toks.extend(_pieces(text, pos, a))
        raw = text[a:b]
        toks.append(Tok(raw, raw.lower(), a, b, "n", number))
        pos = b
    toks.extend(_pieces(text, pos, stop))
    return toks


def _pieces(text: str, a: int, b: int) -> list[Tok]:
    # The hot loop of the figure finder: one regex split, one lower() for the whole stretch
    # (sliced per token when lower-casing keeps the length, as it does for Vietnamese), and
    # tuples built without NamedTuple's keyword handling.
    stretch = text[a:b]
    low = stretch.lower()
    new = tuple.__new__
    if len(low) != b - a:
        return [
            new(Tok, (w, w.lower(), m.start(), m.end(), "w" if m.lastindex == 1 else "p", None))
            for m in _TOKEN.finditer(text, a, b)
            for w in (m.group(),)
        ]
    # Split at the tokens: blanks, then a word or a mark, in turn. The spans follow from the
    # lengths, with no match object per token.
    parts = _TOKEN.split(stretch)
    toks: list[Tok] = []
    i = len(parts[0])
    for k in range(1, len(parts), 3):
        word = parts[k]
        if word is None:
            toks.append(new(Tok, (parts[k + 1], low[i], a + i, a + i + 1, "p", None)))
            i += 1
        else:
            j = i + len(word)
            toks.append(new(Tok, (word, low[i:j], a + i, a + j, "w", None)))
            i = j
        i += len(parts[k + 2])
    return toks


def _shift(number: NumberToken, offset: int) -> NumberToken:
    if not offset:
        return number
    q = number.qualifier_span
    return number._replace(
        span=(number.span[0] + offset, number.span[1] + offset),
        qualifier_span=(q[0] + offset, q[1] + offset) if q else None,
    )


def sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each sentence: ends at a line break, or at ``.!?`` before a capital.

    A full stop after an abbreviation (``TP.``) or between digits does not end a sentence.
    """
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group() != "\n" and not _ends_sentence(text, m.start(), end, abbreviations):
            continue
        if end > start:
            yield start, end
        start = end
    if start < len(text):
        yield start, len(text)


def _ends_sentence(text: str, dot: int, after: int, abbreviations: frozenset[str]) -> bool:
    i = after
    while i < len(text) and i - after < 3 and text[i] in " \t\u00a0":
        i += 1
    if i >= len(text):
        return True
    nxt = text[i]
    if not (nxt.isupper() or nxt in "\"“(‘'" or nxt == "\n"):
        return False
    j = dot
    while j > 0 and dot - j < 6 and text[j - 1].isalpha():
        j -= 1
    return text[j:dot] not in abbreviations


# The new placement of a tone mark on "oa", "oe", "uy" (on the first vowel) and the old one
# (on the second), a syllable at a time: "hòa" ↔ "hoà", "thủy" ↔ "thuỷ".
_OLD_TONE = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_NEW_PLACEMENT = re.compile("|".join(_OLD_TONE))


def _old_tones(word: str) -> str:
    return _NEW_PLACEMENT.sub(lambda m: _OLD_TONE[m.group()], word)


class PhraseSet(Generic[V]):
    """Lexicon phrases, each with a value, matched against token lists."""

    def __init__(self, phrases: Mapping[str, V] | Iterable[str], default: V | None = None) -> None:
        items = phrases.items() if isinstance(phrases, Mapping) else ((p, default) for p in phrases)
        self._map: dict[tuple[str, ...], V] = {}
        # The longest phrase starting (ending) with each word: most tokens start none, so
        # a lookup is usually one dict probe.
        self._starts: dict[str, int] = {}
        self._ends: dict[str, int] = {}
        for phrase, value in items:
            written = tuple(m.group().lower() for m in _PIECE.finditer(phrase))
            # Sites still place tone marks the old way ("luỹ kế" for "lũy kế", "hoà" for
            # "hòa"): each phrase matches both spellings.
            for key in {written, tuple(_old_tones(w) for w in written)}:
                self._map[key] = value  # type: ignore[assignment]
                self._starts[key[0]] = max(self._starts.get(key[0], 0), len(key))
                self._ends[key[-1]] = max(self._ends.get(key[-1], 0), len(key))
        # Only sets with a "#" phrase need the second, number-blind lookup.
        self._wild = any(_ANY in key for key in self._map)

    def may_start(self, tok: Tok) -> bool:
        """Whether some phrase starts with ``tok``: a cheap test before ``match_at``."""
        return tok.low in self._starts or (tok.kind == "n" and _ANY in self._starts)

    def may_end(self, tok: Tok) -> bool:
        """Whether some phrase ends with ``tok``: a cheap test before ``match_before``."""
        return tok.low in self._ends or (tok.kind == "n" and _ANY in self._ends)

    def match_at(
        self, toks: Sequence[Tok], i: int, stop: int | None = None
    ) -> tuple[V, int] | None:
        """The longest phrase starting at ``toks[i]``: its value and the index after it."""
        if i >= len(toks):
            return None
        longest = self._reach(self._starts, toks[i])
        if not longest:
            return None
        end = min(len(toks) if stop is None else stop, i + longest)
        if end - i == 1:
            found = self._get(toks, i, end)
            return None if found is None else (found[0], end)
        # The keys of every candidate length are prefixes of one tuple of lower-case words.
        lows = tuple([t.low for t in toks[i:end]])
        get = self._map.get
        for j in range(end, i, -1):
            value = get(lows[: j - i], _MISSING)
            if value is not _MISSING:
                return value, j  # type: ignore[return-value]
            if self._wild:
                wild = self._get_wild(toks, i, j)
                if wild is not None:
                    return wild[0], j
        return None

    def match_before(self, toks: Sequence[Tok], i: int, start: int = 0) -> tuple[V, int] | None:
        """The longest phrase ending just before ``toks[i]``: its value and its first index."""
        if i <= start or i > len(toks):
            return None
        reach = self._reach(self._ends, toks[i - 1])
        if not reach:
            return None
        for j in range(max(start, i - reach), i):
            found = self._get(toks, j, i)
            if found is not None:
                return found[0], j
        return None

    def _reach(self, index: dict[str, int], tok: Tok) -> int:
        reach = index.get(tok.low, 0)
        return max(reach, index.get(_ANY, 0)) if self._wild and tok.kind == "n" else reach

    def _get(self, toks: Sequence[Tok], a: int, b: int) -> tuple[V] | None:
        """The value of the phrase ``toks[a:b]``, in a 1-tuple (a value may be None)."""
        if b - a == 1:
            key: tuple[str, ...] = (toks[a].low,)
        else:
            key = tuple([toks[k].low for k in range(a, b)])
        found = self._map.get(key, _MISSING)
        if found is not _MISSING:
            return (found,)  # type: ignore[return-value]
        return self._get_wild(toks, a, b) if self._wild else None

    def _get_wild(self, toks: Sequence[Tok], a: int, b: int) -> tuple[V] | None:
        """``_get``'s second lookup: numbers in ``toks[a:b]`` read as ``#``."""
        if not any(toks[k].kind == "n" for k in range(a, b)):
            return None
        key = tuple([_ANY if toks[k].kind == "n" else toks[k].low for k in range(a, b)])
        found = self._map.get(key, _MISSING)
        if found is not _MISSING:
            return (found,)  # type: ignore[return-value]
        return None

    def find(self, toks: Sequence[Tok], start: int = 0, end: int | None = None) -> int:
        """The index of the first token in ``toks[start:end]`` where a phrase starts, or -1."""
        stop = len(toks) if end is None else end
        starts, wild = self._starts, _ANY in self._starts
        # Most stretches hold no word that starts a phrase: one set test in C tells.
        if not wild and starts.keys().isdisjoint(map(_LOW, toks[start:stop])):
            return -1
        for i in range(start, stop):
            tok = toks[i]
            if (tok.low in starts or (wild and tok.kind == "n")) and self.match_at(
                toks, i, stop
            ) is not None:
                return i
        return -1

    def occurs(self, toks: Sequence[Tok], start: int = 0, end: int | None = None) -> bool:
        return self.find(toks, start, end) >= 0
