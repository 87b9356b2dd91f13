"""The grammar of names in the text: words with spans, titles, organisations, personal names.

Shared by ``people`` (officials and their titles), ``meeting`` (the organizer, the chair)
and ``documents`` (the issuer). A phrase is parsed word by word from a position, so
every parse is linear in the words it reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain
from typing import NamedTuple

from tiendo.extract.rules import load_rules
from tiendo.extract.text import syllable_key

# An underscore joins no word ("Tráng_Bí thư"); an apostrophe joins a Central Highlands name's
# prefix to the rest, a space after it too when the prefix is one capital ("H’ Đớt").
_WORD = re.compile(r"[^\W_]+(?:['’](?:(?<=\b[A-ZĐ]['’]) )?[^\W_]+)?")
_WORD_SPLIT = re.compile(rf"({_WORD.pattern})")
_new_tuple = tuple.__new__


class Word(NamedTuple):
    text: str
    start: int
    end: int
    key: str  # the syllable key: lower case, tone mark placed alike


class Words:
    """The words of a text with their spans, and what lies between neighbours.

    Built once per text and shared by every rule module. The words are kept as parallel
    plain lists (starts, ends, keys) and a ``Word`` is made only when asked for: millions
    of tuples or strings alive at once would make every full garbage collection walk them
    all, which grows faster than the text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Splitting at the words gives the gaps and the words in turn, so the running sum of
        # their lengths holds every span: no match object and no Python loop per word.
        parts = _WORD_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        texts = parts[1::2]
        self.keys = list(map(syllable_key, texts))
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        self._n = len(texts)
        self._places: frozenset[str] | None = None
        self._candidates: dict[PhraseSet, list[int]] = {}
        self._positions: dict[str, list[int]] | None = None

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, index: int) -> Word:
        start, end = self.starts[index], self.ends[index]
        # tuple.__new__ skips the keyword handling of the NamedTuple's own constructor,
        # a Python call of its own on a path taken for most words the rules look at.
        return _new_tuple(Word, (self.text[start:end], start, end, self.keys[index]))

    def texts(self, start: int, stop: int) -> list[str]:
        """The texts of the words from index ``start`` up to (not including) ``stop``."""
        text, starts, ends = self.text, self.starts, self.ends
        return [text[starts[i] : ends[i]] for i in range(max(start, 0), min(stop, self._n))]

    def index_at(self, offset: int) -> int | None:
        """The index of the word that starts exactly at ``offset``."""
        i = bisect_left(self.starts, offset)
        return i if i < self._n and self.starts[i] == offset else None

    def first_from(self, offset: int) -> int:
        """The index of the first word starting at or after ``offset`` (``len`` if none)."""
        return bisect_left(self.starts, offset)

    def gap(self, index: int) -> str:
        """The characters between word ``index - 1`` and word ``index``."""
        if index <= 0 or index >= self._n:
            return ""
        return self.text[self.ends[index - 1] : self.starts[index]]

    def joined(self, index: int) -> bool:
        """Word ``index`` follows the previous one after spaces only, on the same line."""
        if index <= 0 or index >= self._n:
            return False
        a, b = self.ends[index - 1], self.starts[index]
        if b - a == 1:
            return self.text[a] in " \t\u00a0"
        gap = self.text[a:b]
        return gap != "" and gap.isspace() and "\n" not in gap

    def match(self, index: int, phrase: tuple[str, ...], commas: bool = False) -> bool:
        """The words from ``index`` spell ``phrase`` (syllable keys), joined by spaces
        (or also by commas, with ``commas``)."""
        n = len(phrase)
        if index + n > self._n or tuple(self.keys[index : index + n]) != phrase:
            return False
        return self.spaced(index, n, commas)

    def spaced(self, index: int, n: int, commas: bool = False, slashes: bool = False) -> bool:
        """The ``n`` words from ``index`` are joined by spaces (or also by commas, with
        ``commas``, or by a slash, with ``slashes``): the gaps of ``match``, once the keys
        agree."""
        for k in range(index + 1, index + n):
            if self.joined(k):
                continue
            gap = self.gap(k).strip()
            if not ((commas and gap == ",") or (slashes and gap == "/")):
                return False
        return True

    def candidates(self, phrases: PhraseSet) -> list[int]:
        """The indices of the words whose key starts some phrase of ``phrases``, in order
        (computed once per text and phrase set)."""
        found = self._candidates.get(phrases)
        if found is None:
            found = self.indices_of(phrases.by_first.keys())
            self._candidates[phrases] = found
        return found

    def indices_of(self, keys: AbstractSet[str]) -> list[int]:
        """The indices of the words whose key is in ``keys``, in order."""
        where = self.positions()
        lists = [where[key] for key in where.keys() & keys]
        return lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))

    def positions(self) -> dict[str, list[int]]:
        """The indices of the words under each key, in order (computed once per text)."""
        if self._positions is None:
            where: defaultdict[str, list[int]] = defaultdict(list)
            for i, key in enumerate(self.keys):
                where[key].append(i)
            self._positions = dict(where)
        return self._positions

    def places(self) -> frozenset[str]:
        """Two-syllable place names as the text writes them after a lower-case level word
        (``huyện Nông Sơn``), as syllable keys: such a run names a place, not a person."""
        if self._places is None:
            self._places = frozenset(_find_places(self)) | lexicon().known_places
        return self._places


def _find_places(words: Words) -> set[str]:
    levels = lexicon().levels
    out: set[str] = set()
    for i in range(words._n):
        if words.keys[i] not in levels.by_first:
            continue
        n = levels.longest_at(words, i)
        # "Thành phố Hà Tĩnh": a capitalised level whose second syllable is lower case.
        if not n or not (words[i].text.islower() or words[i + n - 1].text.islower()):
            continue
        j = i + n
        k = j
        while k < words._n and k - j < 4 and words.joined(k) and is_name_syllable(words[k].text):
            k += 1
        # Only two-syllable runs: "thành phố Nguyễn Văn A" is the city's official, not a
        # place, and family names hardly ever begin a longer place name.
        if k - j == 2 and not _holder_after_title(words, i, j):
            out.add(" ".join(words.keys[j:k]))
    return out


_APPOSITION_MARKS = (",", "-", "–", "—")
MAX_NAME_WORDS = 4  # of a personal name with no word of address
_CAMEL_NAME_CHARS = 4  # at least, in a name's syllable with two capitals ("AJun"; "UB" is none)
TITLE_REACH = 6  # words between a title's head and the level word that ends it


def _holder_after_title(words: Words, level: int, run: int) -> bool:
    """ "Phó Chủ tịch UBND tỉnh Nguyễn Chín đến dự": the level ends a title that opens its
    clause and a family name follows, so the two syllables name its holder. A title in
    apposition ("ông A, Chủ tịch UBND quận Hoàng Mai") has its holder already: a place."""
    lex = lexicon()
    if words.keys[run] not in lex.surnames:
        return False
    for k in range(level - 1, max(-1, level - TITLE_REACH), -1):
        if lex.heads.longest_at(words, k):
            # "ông A, Chủ tịch UBND quận B", "ông A – Phó Chủ tịch UBND tỉnh Đồng Tháp": the
            # holder stands before the title.
            return not any(mark in words.gap(k) for mark in _APPOSITION_MARKS)
        if not words.joined(k):
            return False
    return False


def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(syllable_key(w) for w in _WORD.findall(phrase))


class PhraseSet:
    """Phrases looked up by their first word's key, longest first."""

    def __init__(self, phrases: list[str], commas: bool = False, slashes: bool = False) -> None:
        self.commas = commas
        self.slashes = slashes
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            keys = phrase_keys(phrase)
            if keys:
                self.by_first.setdefault(keys[0], []).append(keys)
        for options in self.by_first.values():
            options.sort(key=len, reverse=True)
        # The same options as lengths and the keys after the first, which ``longest_at``
        # compares with a slice of the text's keys in one step.
        self._rests: dict[str, list[tuple[int, list[str]]]] = {
            first: [(len(keys), list(keys[1:])) for keys in options]
            for first, options in self.by_first.items()
        }

    def find(self, words: Words, index: int, end: int) -> tuple[int, int] | None:
        """The first phrase starting at word ``index`` or later, before offset ``end``:
        ``(word index, length)``. Words whose key starts no phrase cost one set lookup."""
        starts = words.starts
        candidates = words.candidates(self)
        for k in range(bisect_left(candidates, index), len(candidates)):
            i = candidates[k]
            if starts[i] >= end:
                break
            n = self.longest_at(words, i)
            if n:
                return i, n
        return None

    def ends_before(self, words: Words, index: int, lengths: tuple[int, ...] = (1, 2)) -> bool:
        """A phrase whose longest match is one of ``lengths`` words long ends right before word
        ``index``."""
        return any(self.longest_at(words, index - n) == n for n in lengths)

    def longest_at(self, words: Words, index: int) -> int:
        """How many words of the longest phrase that starts at ``index`` (0 if none)."""
        keys = words.keys
        # No phrase starts before the first word: a negative index would read from the end.
        if not 0 <= index < words._n:
            return 0
        options = self._rests.get(keys[index])
        if options is None:
            return 0
        for n, rest in options:
            if n == 1 or (
                keys[index + 1 : index + n] == rest
                and words.spaced(index, n, self.commas, self.slashes)
            ):
                return n
        return 0


def is_name_syllable(word: str) -> bool:
    """``Trần``, ``Sỹ``, ``H'Hen``, ``H’đơt``, ``AJun``: an upper-case letter, then lower
    case."""
    if len(word) > 2 and word[1] in "'’":
        # "H'Hen", "H’Yim", "H’ Đớt", "H’đơt": a Central Highlands prefix
        rest = word[2:].lstrip()
        return word[0].isupper() and rest.isalpha() and (rest.islower() or is_name_syllable(rest))
    if len(word) >= _CAMEL_NAME_CHARS and word[:2].isupper() and word[2:].islower():
        return True  # "Y Săn AJun": a Central Highlands syllable in two capitals
    return word[:1].isupper() and (len(word) == 1 or not any(ch.isupper() for ch in word[1:3]))


def is_capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


@dataclass(frozen=True)
class Lexicon:
    heads: PhraseSet
    head_forms: tuple[str, ...]  # the heads as written, for an office read in capitals
    lower_heads: PhraseSet
    org_words: PhraseSet
    org_compounds: PhraseSet
    committee_names: PhraseSet
    sector_names: PhraseSet
    sector_heads: tuple[tuple[str, ...], ...]
    comma_orgs: PhraseSet
    honorifics: PhraseSet
    list_honorifics: PhraseSet
    surnames: frozenset[str]
    not_name_starts: frozenset[str]
    lower_middle_names: frozenset[str]
    long_name_starts: frozenset[str]
    known_places: frozenset[str]
    byline_prefixes: tuple[str, ...]
    outlets: frozenset[str]
    affiliations: PhraseSet
    levels: PhraseSet
    level_forms: tuple[str, ...]
    list_title_before: PhraseSet
    elected_as: PhraseSet
    role_heads: PhraseSet
    org_stops: frozenset[str]
    org_breaks: PhraseSet
    org_periods: frozenset[str]
    org_times: frozenset[str]
    not_org_after_and: PhraseSet
    organ_starts: PhraseSet
    abbreviated_levels: frozenset[str]
    abbreviated_offices: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles = load_rules(
        "titles",
        {
            "heads": "list[str]",
            "lower_heads": "list[str]",
            "org_words": "list[str]",
            "comma_orgs": "list[str]",
            "org_compounds": "list[str]",
            "committee_names": "list[str]",
            "sector_names": "list[str]",
            "sector_heads": "list[str]",
            "role_heads": "list[str]",
            "org_stops": "list[str]",
            "org_breaks": "list[str]",
            "org_periods": "list[str]",
            "org_times": "list[str]",
            "not_org_after_and": "list[str]",
            "organ_starts": "list[str]",
            "abbreviated_levels": "list[str]",
            "abbreviated_offices": "list[str]",
        },
    )
    people = load_rules(
        "people",
        {
            "honorifics": "list[str]",
            "list_honorifics": "list[str]",
            "surnames": "list[str]",
            "not_name_starts": "list[str]",
            "lower_middle_names": "list[str]",
            "long_name_starts": "list[str]",
            "known_places": "list[str]",
            "byline_prefixes": "list[str]",
            "outlet_words": "list[str]",
            "byline_affiliations": "list[str]",
            "place_levels": "list[str]",
            "list_title_before": "list[str]",
            "elected_as": "list[str]",
        },
    )
    return Lexicon(
        heads=PhraseSet(titles["heads"]),
        head_forms=tuple(titles["heads"]),
        lower_heads=PhraseSet(titles["lower_heads"]),
        org_words=PhraseSet(titles["org_words"]),
        org_compounds=PhraseSet(titles["org_compounds"]),
        committee_names=PhraseSet(titles["committee_names"]),
        sector_names=PhraseSet(titles["sector_names"]),
        sector_heads=tuple(phrase_keys(h) for h in titles["sector_heads"]),
        comma_orgs=PhraseSet(titles["comma_orgs"], commas=True),
        # "đ/c" for "đồng chí": its two letters are joined by a slash
        honorifics=PhraseSet(people["honorifics"], slashes=True),
        list_honorifics=PhraseSet(people["list_honorifics"], commas=True, slashes=True),
        surnames=frozenset(syllable_key(s) for s in people["surnames"]),
        not_name_starts=frozenset(syllable_key(s) for s in people["not_name_starts"]),
        lower_middle_names=frozenset(syllable_key(s) for s in people["lower_middle_names"]),
        long_name_starts=frozenset(syllable_key(s) for s in people["long_name_starts"]),
        known_places=frozenset(" ".join(phrase_keys(s)) for s in people["known_places"]),
        byline_prefixes=tuple(sorted(people["byline_prefixes"], key=len, reverse=True)),
        outlets=frozenset(syllable_key(w) for w in people["outlet_words"]),
        affiliations=PhraseSet(people["byline_affiliations"]),
        levels=PhraseSet(people["place_levels"]),
        level_forms=tuple(people["place_levels"]),
        list_title_before=PhraseSet(people["list_title_before"]),
        elected_as=PhraseSet(people["elected_as"]),
        role_heads=PhraseSet(titles["role_heads"]),
        org_stops=frozenset(syllable_key(w) for w in titles["org_stops"]),
        org_breaks=PhraseSet(titles["org_breaks"]),
        org_periods=frozenset(syllable_key(w) for w in titles["org_periods"]),
        org_times=frozenset(syllable_key(w) for w in titles["org_times"]),
        not_org_after_and=PhraseSet(titles["not_org_after_and"]),
        organ_starts=PhraseSet(titles["organ_starts"]),
        abbreviated_levels=frozenset(syllable_key(w) for w in titles["abbreviated_levels"]),
        abbreviated_offices=frozenset(syllable_key(w) for w in titles["abbreviated_offices"]),
    )


def title_head_at(words: Words, index: int, lower: bool = False) -> int:
    """Length of the title head (``Bí thư``, ``Phó Chủ tịch``) at ``index``, capitalised, or 0;
    with ``lower``, in lower case too (a title said after a name and its dash: "đ/c A – phó bí
    thư, chủ tịch UBND huyện")."""
    if index >= len(words):
        return 0
    text, starts, ends = words.text, words.starts, words.ends
    if lower or text[starts[index]].isupper():
        return lexicon().heads.longest_at(words, index)
    # "phó Bí thư huyện ủy": a deputy's head keeps its capital on the office, not on "phó".
    deputy = words.keys[index] == _PHO and index + 1 < len(words) and text[starts[index + 1]].isupper()
    if deputy and text[starts[index] : ends[index]] == "phó":
        return lexicon().heads.longest_at(words, index)
    # "do chủ tịch UBND tỉnh Nguyễn Văn A": in lower case, one of `lower_heads` right before
    # its body's acronym.
    n = lexicon().lower_heads.longest_at(words, index)
    k = index + n
    acronym = n and k < len(words) and ends[k] - starts[k] > 1 and text[starts[k] : ends[k]].isupper()
    return n if acronym and words.joined(k) else 0


_BAN = syllable_key("ban")
_PHO = syllable_key("phó")


def org_end(words: Words, index: int, limit: int | None = None, first: bool = False) -> int:
    """The index just past an organisation phrase that continues at ``index`` (or, with
    ``first``, starts there: then the word need not follow the previous one).

    It takes capitalised words and acronyms (``Tỉnh``, ``HĐND``, ``Lạng Sơn``), the words
    of ``org_compounds`` whose second syllable is lower case (``Đại biểu``), the
    lower-case ``org_words`` (``ủy``, ``tỉnh``, ``thành phố``), ``và`` between capitalised
    words and the comma-holding names of ``comma_orgs``; it stops at anything else, at
    punctuation and at a line break.
    """
    lex = lexicon()
    limit = len(words) if limit is None else min(limit, len(words))
    i = index
    while i < limit:
        if not words.joined(i) and not (first and i == index):
            gap = words.gap(i).strip()
            # "Bà Rịa - Vũng Tàu" is one place; "Nguyễn Văn A- Trần Văn B" two people.
            dash_join = (
                gap in ("-", "–")
                and is_capital(words[i].text)
                # "Phòng Giáo dục - Đào tạo": the word before closes a compound of the name
                and (is_capital(words[i - 1].text) or _closes_compound(words, i - 1))
                and (words.keys[i] not in lex.surnames or lex.org_compounds.longest_at(words, i))
                # "Huyện ủy viên- Bí thư Đảng ủy xã": two titles, not one place.
                and not lex.heads.longest_at(words, i)
            )
            # "Sở VH-TT&DL": an acronym in pieces.
            acronym_join = (
                words.gap(i) in ("-", "&") and words[i].text.isupper() and words[i - 1].text.isupper()
            )
            # "TP.HCM", "TP.TDM": an abbreviated city name joined by a dot; "TP. Nha Trang",
            # "TX.Phú Mỹ": an abbreviated level before the place's name.
            dot_join = words.gap(i).strip() == "." and (
                (words.gap(i) == "." and words[i].text.isupper() and words[i - 1].text.isupper())
                or (words.keys[i - 1] in lex.abbreviated_levels and is_capital(words[i].text))
                or (i == index and words.keys[i - 1] in lex.abbreviated_offices and is_capital(words[i].text))
            )
            if not (dash_join or dot_join or acronym_join):
                break
        if words.keys[i] in lex.org_stops or lex.org_breaks.longest_at(words, i):
            break
        if i > index and words.keys[i] in lex.org_times and i + 1 < limit and words[i + 1].text[:1].isdigit():
            break  # "… Tỉnh uỷ Nghệ An Sáng 16/11, tại TP. Vinh": the next sentence's time
        period = i + 1 < limit and words.keys[i + 1] in lex.org_periods
        if i > index and period and words.keys[i].isdigit():
            break  # "Đảng ủy Quân sự tỉnh 6 tháng đầu năm": the period after the body
        if i > index and words[i - 1].text.isupper() and lex.heads.longest_at(words, i):
            break  # "Ủy viên BTV Trưởng Ban Dân vận": a comma left out between two titles
        comma_org = lex.comma_orgs.longest_at(words, i)
        if comma_org:
            i += comma_org
            continue
        word = words[i].text
        # "Trưởng ban Vì sự tiến bộ của phụ nữ huyện": a committee's name after "ban", in
        # whatever case.
        committee = i > 0 and words.keys[i - 1] == _BAN and lex.committee_names.longest_at(words, i)
        # "Trung tâm y tế huyện", "Phòng giáo dục và đào tạo": a sector after its office's head
        if not committee and i > index and _after_sector_head(words, i, lex):
            committee = lex.sector_names.longest_at(words, i)
        if is_capital(word):
            # "Khối Các cơ quan tỉnh": a capital may open a phrase of lower-case name words too.
            i += max(
                1,
                lex.org_compounds.longest_at(words, i),
                lex.org_words.longest_at(words, i),
                committee or 0,
            )
            continue
        span = lex.org_words.longest_at(words, i) or committee
        if span:
            i += span
            continue
        if word == "và" and i + 1 < limit and words.joined(i + 1) and _org_after_and(words, i + 1):
            i += 1
            continue
        break
    # "Ban Thường vụ Tỉnh ủy và cán bộ chủ chốt": a "và" that nothing of the name follows
    return i - 1 if i > index and words[i - 1].text == "và" else i


def _after_sector_head(words: Words, i: int, lex: Lexicon) -> bool:
    return any(tuple(words.keys[max(0, i - len(h)) : i]) == h for h in lex.sector_heads)


def _closes_compound(words: Words, i: int) -> bool:
    """Word ``i`` ends a two-word compound of an organisation's name ("Giáo dục")."""
    return i >= 1 and lexicon().org_compounds.longest_at(words, i - 1) == 2


def _org_after_and(words: Words, i: int) -> bool:
    """``Kế hoạch và Đầu tư`` goes on; ``UBND tỉnh và Trần Thế Dũng`` starts another person."""
    lex = lexicon()
    if title_head_at(words, i) or lex.honorifics.longest_at(words, i):
        # "Chủ tịch UBND thành phố Nguyễn Văn A và Phó Bí thư …", "… TP. Vũng Tàu và Đại tá
        # Bùi Văn B": a second person
        return False
    if lex.not_org_after_and.longest_at(words, i):
        return False  # "Chỉ thị 39 của Ban Bí thư và Chiến lược …": a second document
    place_before = i >= 2 and words[i - 2].text[:1].isupper() and not words[i - 2].text.isupper()
    if place_before and lex.organ_starts.longest_at(words, i):
        return False  # "HĐND quận Cái Răng và HĐND huyện Vĩnh Thạnh": a second body
    if lex.org_compounds.longest_at(words, i):
        return True
    return is_capital(words[i].text) and words.keys[i] not in lex.surnames


def name_run(words: Words, index: int, limit: int = 5) -> int:
    """How many name-shaped words run from ``index`` (joined by spaces), capped at limit + 1."""
    n = 0
    while index + n < len(words) and n <= limit:
        w = words[index + n]
        # "Tôn thị Ngọc Hạnh": a middle name typed in lower case, a name syllable after it
        lower_middle = (
            n
            and w.key in lexicon().lower_middle_names
            and index + n + 1 < len(words)
            and words.joined(index + n + 1)
            and is_name_syllable(words[index + n + 1].text)
        )
        if not (is_name_syllable(w.text) or lower_middle) or (n and not words.joined(index + n)):
            break
        if n and (title_head_at(words, index + n) or words.keys[index + n] in lexicon().org_stops):
            break
        n += 1
    return n


def name_after_honorific(words: Words, index: int) -> int:
    """Length of the personal name at ``index`` after ``đồng chí``/``ông`` (0 if none)."""
    n = name_run(words, index)
    if n < 2 or n > 5 or words.keys[index] in lexicon().not_name_starts:
        return 0
    if title_head_at(words, index):
        return 0
    return n


def bare_name(words: Words, index: int) -> int:
    """Length of a name with no word of address: it must start with a family name (2–4 words)."""
    if index >= len(words) or words.keys[index] not in lexicon().surnames:
        return 0
    if title_head_at(words, index):
        return 0
    longest = _longest_name(words, index)
    n = name_run(words, index, limit=longest)
    return n if 2 <= n <= longest else 0


def _longest_name(words: Words, index: int) -> int:
    """Four words make the longest name, five a Central Highlands one ("Y Giang Gry Niê
    Knơng")."""
    return MAX_NAME_WORDS + (words.keys[index] in lexicon().long_name_starts)


def split_trailing_name(words: Words, start: int, end: int) -> int | None:
    """Where a personal name begins in ``words[start:end]``, the organisation phrase after a
    title head (``Tỉnh ủy Trần Sỹ Thanh``).

    The last run of name-shaped words is searched for the earliest family name that leaves
    a name of 2–4 words ending the phrase; the run before it stays a place (``Hà Tĩnh``).
    """
    run_start = end
    while (
        run_start > start
        and is_name_syllable(words[run_start - 1].text)
        and (run_start - 1 == start or words.joined(run_start - 1))
    ):
        run_start -= 1
    surnames = lexicon().surnames
    places = words.places()
    honorifics = lexicon().honorifics
    found = [
        i
        for i in range(max(run_start, end - MAX_NAME_WORDS - 1), end - 1)
        if words.keys[i] in surnames
        and end - i <= _longest_name(words, i)
        and " ".join(words.keys[i:end]) not in places
        # "Chủ tịch UBND huyện Ông Mai Văn Huỳnh": "Ông" addresses the name after it
        and not (
            honorifics.longest_at(words, i) == 1
            and end - i > 2
            and words.keys[i + 1] in surnames
        )
    ]
    # A place is two syllables at least: "Huyện ủy Xuân Lộc Viên Hồng Tiến" leaves "Xuân
    # Lộc", not "Xuân", before the name.
    return next((i for i in found if i - run_start != 1), found[0] if found else None)


def is_role(words: Words, index: int, head: int, end: int) -> bool:
    """A head of ``role_heads`` with no organisation after it (``Trưởng đoàn``) is a role."""
    return end == index + head and lexicon().role_heads.longest_at(words, index) >= head
