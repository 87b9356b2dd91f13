"""Named officials and their titles.

A mention is found in four shapes, tried in this order at each word:

1. a word of address, then a name and titles: ``đồng chí Trần Sỹ Thanh, Ủy viên Trung ương
   Đảng, Bí thư Tỉnh ủy``, or a title then the name: ``đồng chí Bí thư Tỉnh ủy Trần Sỹ Thanh``;
2. a plural word of address and a list: ``các đồng chí: A, Phó Bí thư…; B, Chủ tịch…``,
   or a plural title and its holders: ``các Phó Chủ tịch UBND huyện A, B và C``;
3. a title (or a stack of titles) then a name without address: ``Phó Bí thư Huyện ủy,
   Chủ tịch UBND huyện Nguyễn Văn A``;
4. a name that starts with a family name, then a comma and a title: ``Nguyễn Văn A, Giám đốc…``.

Mentions of one person are merged: each person once, at the first mention, with every
title in the order first seen (``Uỷ viên`` and ``Ủy viên`` are one title), less a title that
another one spells out in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from tiendo.extract.names import (
    Words,
    bare_name,
    is_role,
    lexicon,
    name_after_honorific,
    org_end,
    split_trailing_name,
    title_head_at,
)
from tiendo.extract.record import Person
from tiendo.extract.text import syllable_key, text_key

# A lower-case word that may precede a title ("nguyên Bí thư Tỉnh ủy": a former holder).
_TITLE_PREFIXES = frozenset({"nguyên", "tân"})
MAX_STACKED_TITLES = 4
LIST_ITEM_WORDS = 12  # at most, from a listed name to the ";" that ends its item
PLACE_AFTER_NAME_WORDS = 2  # syllables of a place ending a later title of a name said first
# What separates the holders listed after a plural title ("A- B, C và D").
_LIST_GAPS = frozenset({",", ";", "-", "–", "—"})
# What separates a name from its titles and one title from the next; an underscore typed for
# the dash ("Nguyễn Văn A_Bí thư Huyện ủy _Chủ tịch HĐND huyện") too.
_DASHES = frozenset({"-", "–", "_"})
_TITLE_MARKS = frozenset({",", *_DASHES})
_BORN = (syllable_key("sinh"), syllable_key("năm"))
_YEAR_DIGITS = 4


@dataclass
class Mention:
    """One mention of a person: the name, the titles given there, and the span."""

    name: str
    start: int
    end: int
    name_start: int
    name_end: int
    titles: list[str] = field(default_factory=list)


def find_mentions(text: str, words: Words | None = None) -> list[Mention]:
    """Every mention of a named official, left to right, not overlapping."""
    words = words or Words(text)
    lex = lexicon()
    mentions: list[Mention] = []
    starters = _starters()
    # Only a word of address, a title head or a family name can start a mention.
    candidates = words.indices_of(starters)
    addresses = _addresses()
    lower_heads = lex.lower_heads.by_first
    keys, starts = words.keys, words.starts
    i = 0
    for c in candidates:
        if c < i:
            continue  # inside the mention found last
        if keys[c] not in addresses and not text[starts[c]].isupper() and (
            keys[c] not in lower_heads or not title_head_at(words, c)
        ):
            continue  # a family name in lower case starts no mention, nor most lower-case heads
        i = c
        found: list[Mention] = []
        plural = lex.list_honorifics.longest_at(words, i)
        single = 0 if plural else lex.honorifics.longest_at(words, i)
        if plural:
            # "các đồng chí Phó Chủ tịch HĐND tỉnh: A, B": the title the names share first
            found = _list_after(words, i, i + plural) or _title_list(words, i, plural)
        elif lex.list_title_before.longest_at(words, i):
            found = _title_list(words, i)
        elif single and _is_address(words, i, single):
            mention = _after_honorific(words, i, i + single)
            found = [mention] if mention else []
        if not found:
            mention = _title_first(words, i, i) or _name_first(words, i)
            found = [mention] if mention else []
        if found:
            mentions.extend(found)
            i = words.first_from(found[-1].end)
    return mentions


@lru_cache(maxsize=1)
def _addresses() -> frozenset[str]:
    """The keys of the words that start a word of address (these may be in lower case)."""
    lex = lexicon()
    sets = (lex.list_honorifics, lex.honorifics, lex.list_title_before)
    return frozenset().union(*(set(p.by_first) for p in sets))


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """The keys of every word a mention can start with."""
    lex = lexicon()
    sets = (lex.list_honorifics, lex.honorifics, lex.list_title_before, lex.heads)
    return frozenset().union(lex.surnames, *(set(p.by_first) for p in sets))


def extract_people(text: str, words: Words | None = None) -> list[Person]:
    """People named in ``text``, each once, with all their titles."""
    return merge(find_mentions(text, words))


def merge(mentions: list[Mention]) -> list[Person]:
    people: dict[str, tuple[Mention, dict[str, str]]] = {}
    for mention in mentions:
        key = text_key(mention.name)
        _first, titles = people.setdefault(key, (mention, {}))
        for title in mention.titles:
            titles.setdefault(text_key(title), title)
    return [
        Person(name=first.name, titles=_fullest(titles), span=(first.start, first.end))
        for first, titles in people.values()
    ]


def _fullest(titles: dict[str, str]) -> list[str]:
    """The titles, less those another one spells out in full ("Phó Thủ tướng" beside "Phó
    Thủ tướng Chính phủ", "Chủ tịch HĐND xã" beside "Chủ tịch HĐND xã Thanh Ba")."""
    keys = list(titles)
    return [
        title
        for key, title in titles.items()
        if not any(other != key and other.startswith(key + " ") for other in keys)
    ]


def _is_address(words: Words, index: int, length: int) -> bool:
    """``Ông``/``Bà`` are also family names (``Ông Văn Dũng``); a word of address is followed
    by a name or a title, never glued to a given name only."""
    nxt = index + length
    return nxt < len(words) and words.joined(nxt)


def _after_honorific(words: Words, start_index: int, index: int) -> Mention | None:
    if title_head_at(words, index):
        return _title_first(words, start_index, index)
    n = name_after_honorific(words, index)
    if not n:
        return None
    return _with_titles(words, start_index, index, index + n)


def _title_first(words: Words, start_index: int, index: int) -> Mention | None:
    """``Bí thư Tỉnh ủy Trần Sỹ Thanh``: a title, then the name at the end of its phrase;
    titles stacked before the name (``Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện A Nguyễn
    Văn B``) all belong to it."""
    titles: list[str] = []
    while len(titles) < MAX_STACKED_TITLES:
        head = title_head_at(words, index)
        if not head:
            return None
        end = org_end(words, index + head)
        split = split_trailing_name(words, index + head, end)
        if split is not None:
            mention = _with_titles(words, start_index, split, end, titled=True)
            # "Chủ tịch UBND huyện Ông Mai Văn Huỳnh": the address is no part of the title
            title_end = split - (lexicon().honorifics.longest_at(words, split - 1) == 1)
            if not is_role(words, index, head, split):
                titles.append(words.text[words.starts[index] : words.ends[title_end - 1]])
            mention.titles[:0] = titles
            return mention
        if end >= len(words):
            return None
        gap = words.gap(end).strip()
        if (
            gap in ("-", "–", ",")
            and not title_head_at(words, end)
            and (n := bare_name(words, end))
        ):
            # "Bí thư Huyện ủy - Nguyễn Văn A chủ trì", "Phó Chủ tịch UBND tỉnh, Nguyễn Văn A
            # đã chủ trì": the title, a dash or a comma, then the name.
            mention = _with_titles(words, start_index, end, end + n, titled=True)
            if not is_role(words, index, head, end):
                titles.append(words.text[words.starts[index] : words.ends[end - 1]])
            mention.titles[:0] = titles
            return mention
        honorific = lexicon().honorifics.longest_at(words, end) if gap in ("", ",") else 0
        if honorific and (n := name_after_honorific(words, end + honorific)):
            # "Chủ tịch UBND tỉnh Lai Châu, ông Trần Tiến Dũng", "Chủ tịch UBND huyện ông Mai
            # Văn Huỳnh": the title, then the address.
            name_at = end + honorific
            mention = _with_titles(words, start_index, name_at, name_at + n, titled=True)
            if not is_role(words, index, head, end):
                titles.append(words.text[words.starts[index] : words.ends[end - 1]])
            mention.titles[:0] = titles
            return mention
        # "Ủy viên Bộ Chính trị - Chủ tịch Quốc hội Nguyễn Sinh Hùng": titles stacked with dashes.
        if gap != "," and not (gap in ("-", "–") and title_head_at(words, end)):
            return None
        if not is_role(words, index, head, end):
            titles.append(words.text[words.starts[index] : words.ends[end - 1]])
        index = end
    return None


def _name_first(words: Words, index: int) -> Mention | None:
    """``Nguyễn Văn A, Giám đốc Sở Tài chính``: a family name, a comma, a title."""
    n = bare_name(words, index)
    if not n or index + n >= len(words):
        return None
    if words.gap(index + n).strip() not in _TITLE_MARKS or not title_head_at(words, index + n):
        return None
    mention = _with_titles(words, index, index, index + n)
    if not mention.titles:
        return None
    # "Tại điểm cầu Bạc Liêu, Phó Chủ tịch UBND tỉnh - Vương Phương Nam chủ trì": the title
    # is the name's after the dash; the words before the comma are a place.
    after = words.first_from(mention.end)
    if after < len(words) and words.gap(after).strip() in _DASHES and bare_name(words, after):
        return None
    return mention


def _with_titles(
    words: Words, start_index: int, name_index: int, name_end: int, *, titled: bool = False
) -> Mention:
    """The mention of the name ``words[name_index:name_end]`` and the titles after it
    (``titled``: the name ended a title before it, so what follows may be the next person)."""
    text = words.text
    mention = Mention(
        name=text[words.starts[name_index] : words.ends[name_end - 1]],
        start=words.starts[start_index],
        end=words.ends[name_end - 1],
        name_start=words.starts[name_index],
        name_end=words.ends[name_end - 1],
    )
    # "ông A (sinh năm 1964), Thường vụ Tỉnh ủy": the titles follow the year of birth
    i = _past_birth(words, name_end)
    # "bà A tái đắc cử chức Chủ tịch Hội Nông dân huyện": the title won follows the verb
    elected = lexicon().elected_as.longest_at(words, i) if words.joined(i) else 0
    i += elected
    opening = i
    # "đ/c A – phó bí thư, chủ tịch UBND huyện": after the name's dash, titles in lower case
    lower = words.gap(name_end).strip() in _DASHES if name_end < len(words) else False
    while i < len(words) and (
        words.gap(i).strip() in _TITLE_MARKS
        # "ông A (Bí thư Huyện ủy Thạnh Trị)": the titles in brackets right after the name
        or (i == opening and (bool(elected) or _opens_titles(words.gap(i))))
        or (i == name_end and _title_without_comma(words, i))
        # "Tỉnh ủy viên/Bí thư Huyện ủy": two titles parted by a slash
        or (i > name_end and words.gap(i).strip() == "/" and bool(title_head_at(words, i)))
        # "Ủy viên BTV Trưởng Ban Dân vận": org_end stopped at a second head, comma left out
        or (
            i > name_end
            and words.joined(i)
            and words[i - 1].text.isupper()
            and title_head_at(words, i)
        )
    ):
        first = i
        if words[i].text in _TITLE_PREFIXES and i + 1 < len(words) and words.joined(i + 1):
            i += 1
        head = title_head_at(words, i, lower)
        if not head:
            break
        end = org_end(words, i + head)
        # "…, Chủ tịch UBND thành phố Nguyễn Văn A": a later title, or one after a name that
        # ended a title ("Chủ nhiệm A Nguyễn Văn B, Trưởng ban C Lê Văn D"), with the next
        # person's name; right after a name said first, the words that end its title are a
        # place ("ông A – Phó Chủ tịch UBND tỉnh Đồng Tháp").
        first_after_name = first == name_end and not titled
        split = None if first_after_name else split_trailing_name(words, i + head, end)
        # "Lê Văn Phúc, Uỷ viên …, Bí thư Thành uỷ Đồng Hới chủ trì": after a name said first,
        # two syllables ending a later title are its place; a next person has three at least
        if split is not None and (titled or end - split != PLACE_AFTER_NAME_WORDS):
            break
        if not is_role(words, i, head, end):
            mention.titles.append(text[words.starts[first] : words.ends[end - 1]])
        mention.end = words.ends[end - 1]
        i = end
    return mention


def _past_birth(words: Words, i: int) -> int:
    """After "(sinh năm 1964)" at word ``i``, the word after it; else ``i``."""
    if i + 3 < len(words) and words.gap(i).strip() == "(" and words.match(i, _BORN):
        year = words[i + 2].text
        if year.isdigit() and len(year) == _YEAR_DIGITS and words.gap(i + 3).lstrip()[:1] == ")":
            return i + 3
    return i


def _opens_titles(gap: str) -> bool:
    """The marks before the first title: a bracket opening, or one closing then a comma."""
    mark = gap.strip()
    return mark == "(" or (mark[:1] == ")" and mark[1:].strip() in _TITLE_MARKS)


def _title_without_comma(words: Words, i: int) -> bool:
    """``Nguyễn Văn A HUV- BT Đảng ủy``, ``Ông Nguyễn Bốn Phó Bí thư Tỉnh ủy``: a title right
    after the name with no comma, abbreviated or naming its body; a bare head so placed
    ("… Khoa Bí thư mới của chi bộ") is too easily the sentence going on."""
    if not words.joined(i):
        return False
    head = title_head_at(words, i)
    if not head:
        return False
    if words[i].text.isupper():
        return True
    return words[i].text[:1].isupper() and org_end(words, i + head) > i + head


def _title_list(words: Words, start_index: int, plural: int | None = None) -> list[Mention]:
    """``các Phó Chủ tịch UBND huyện Nguyễn Văn A, Trần Văn B và Lê C``: one title, several
    holders (the plural word and the title head may be in lower case); ``plural`` words of
    address before the title, if not a plural word of `list_title_before`."""
    lex = lexicon()
    if plural is None:
        plural = lex.list_title_before.longest_at(words, start_index)
    i = start_index + plural
    head = lex.heads.longest_at(words, i) if i < len(words) and words.joined(i) else 0
    if not head:
        return []
    end = org_end(words, i + head)
    split = split_trailing_name(words, i + head, end)
    title_end = split if split is not None else end
    title = words.text[words.starts[i] : words.ends[title_end - 1]]
    j = split if split is not None else end
    if split is None and not (j < len(words) and words.gap(j).strip() == ":"):
        return []  # neither a name ending the title nor a colon before the names
    out: list[Mention] = []
    while j < len(words):
        n = name_after_honorific(words, j)
        if not n or n > 4:
            break
        mention = _with_titles(words, start_index if not out else j, j, j + n)
        mention.titles.insert(0, title)
        out.append(mention)
        j += n
        if j >= len(words):
            break
        gap = words.gap(j).strip()
        if words[j].text == "và" and words.joined(j) and gap == "":
            j += 1
        elif gap not in _LIST_GAPS:
            break
    return out if len(out) > 1 or split is not None else []


def _next_item(words: Words, i: int) -> int:
    """The word after the next ";" of a list, within a few words and the sentence."""
    for k in range(i + 1, min(i + LIST_ITEM_WORDS, len(words))):
        gap = words.gap(k)
        if ";" in gap:
            return k
        if any(ch in gap for ch in ".\n:"):
            break
    return len(words)


def _list_after(words: Words, start_index: int, index: int) -> list[Mention]:
    """``các đồng chí: A, title; B, title và C, title`` (the first mention spans the address)."""
    out: list[Mention] = []
    i = index
    while i < len(words):
        n = name_after_honorific(words, i)
        if not n and out and words.gap(i).strip() == ",":
            # "A, Chi bộ Văn phòng UBND huyện; B, …": a unit, not a title, then the next item.
            i = _next_item(words, i)
            n = name_after_honorific(words, i) if i < len(words) else 0
        if not n:
            break
        mention = _with_titles(words, start_index if not out else i, i, i + n)
        out.append(mention)
        i = words.first_from(mention.end)
        if i >= len(words):
            break
        if words[i].text == "và" and words.joined(i) and words.gap(i).strip() == "":
            i += 1
        elif words.gap(i).strip() not in (";", ","):
            break
    return out
