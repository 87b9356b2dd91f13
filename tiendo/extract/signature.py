"""The signature that closes an official report: who signed it, and in what office.

::

    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    (Đã ký)
    Nguyễn Công Trưởng

The signer is a person with a title ("Bí thư" and the organ that issued the report), not
the by-line of a writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tiendo.extract.names import PhraseSet, Words, bare_name, lexicon
from tiendo.extract.rules import load_rules
from tiendo.extract.text import Segment, lines, text_key

_BRACKETS = "()[] "


@dataclass(frozen=True)
class Signature:
    """Where the block starts (the line on whose behalf, or the office), the name, the office
    as the title lexicon writes it ("Phó Chủ tịch"), and whether the block closes the text (an
    appendix may follow it)."""

    start: int
    name: Segment
    office: str
    closing: bool


@dataclass(frozen=True)
class _Rules:
    on_behalf: re.Pattern[str]
    signed_marks: frozenset[str]
    lines_after_name: int
    offices: dict[str, str]  # the key of each title head → the head as written in the lexicon
    organ_phrases: PhraseSet
    level_phrases: PhraseSet
    # the key of each organ's phrase and each level → how a sentence writes it
    forms: dict[str, str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_rules(
        "signatures",
        {
            "on_behalf": "list[str]",
            "signed_marks": "list[str]",
            "lines_after_name": "int",
            "organ_forms": "list[str]",
        },
    )
    marks = sorted({m.rstrip(".") for m in data["on_behalf"]}, key=len, reverse=True)
    lex = lexicon()
    return _Rules(
        on_behalf=re.compile(rf"(?:{'|'.join(map(re.escape, marks))})\.?\s*(?=\S)"),
        signed_marks=frozenset(text_key(mark) for mark in data["signed_marks"]),
        lines_after_name=data["lines_after_name"],
        offices={text_key(head): head for head in lex.head_forms},
        organ_phrases=PhraseSet(data["organ_forms"]),
        level_phrases=lex.levels,
        forms={text_key(form): form for form in (*lex.level_forms, *data["organ_forms"])},
    )


def find_signature(text: str, all_lines: list[Segment] | None = None) -> Signature | None:
    """The signature block of ``text`` (whose lines the caller may have read already): the
    last one under a line on whose behalf, wherever it stands, or else an office and a name
    among the last lines."""
    rules = _rules()
    all_lines = lines(text) if all_lines is None else all_lines
    last = len(all_lines) - 1
    for k in range(last, -1, -1):
        line = all_lines[k].text
        on_behalf = rules.on_behalf.match(line)
        if on_behalf is not None and line[on_behalf.end() :].isupper():
            found = _block(all_lines, k + 1, all_lines[k].start, rules)
            if found is not None:
                return found
    for k in range(max(0, last - rules.lines_after_name - 1), last):
        found = _block(all_lines, k, all_lines[k].start, rules)
        if found is not None and found.closing:
            return found
    return None


def _block(all_lines: list[Segment], k: int, start: int, rules: _Rules) -> Signature | None:
    """The office in capitals at line ``k``, then (signed marks passed over) the name."""
    if k >= len(all_lines) or not all_lines[k].text.isupper():
        return None
    office = rules.offices.get(text_key(all_lines[k].text))
    if office is None:
        return None
    n = k + 1
    while n < len(all_lines) and text_key(all_lines[n].text.strip(_BRACKETS)) in rules.signed_marks:
        n += 1
    if n >= len(all_lines):
        return None
    name = all_lines[n]
    words = Words(name.text)
    if len(words) < 2 or bare_name(words, 0) != len(words):
        return None
    after = all_lines[n + 1 :]
    closing = len(after) <= rules.lines_after_name and not any("\t" in seg.text for seg in after)
    return Signature(start=start, name=name, office=office, closing=closing)


def signer_title(office: str, organ: str | None) -> str:
    """The signer's title: the office, then the organ that issued the report written as in
    a sentence ("Bí thư" + "THÀNH ỦY LẠNG SƠN" → "Bí thư Thành ủy Lạng Sơn")."""
    return f"{office} {organ_in_words(organ)}" if organ else office


def organ_in_words(organ: str) -> str:
    """An organ's name in capitals as a sentence writes it: the lexicon's phrases as there,
    the levels of places in lower case, the place's own name capitalised."""
    rules = _rules()
    words = Words(organ)
    out: list[str] = []
    i = 0
    while i < len(words):
        # a level only after the organ's first word ("Xã" first is a place's own name)
        n = rules.organ_phrases.longest_at(words, i) or (rules.level_phrases.longest_at(words, i) if out else 0)
        if n:
            out.append(rules.forms[text_key(organ[words.starts[i] : words.ends[i + n - 1]])])
            i += n
        else:
            out.append(words[i].text.capitalize())
            i += 1
    return " ".join(out)
