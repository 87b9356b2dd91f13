"""The marks Word draws before the paragraphs of its numbered and bulleted lists.

Word keeps a list's numbers out of the paragraph's text ("II.", "1.", "a)" come from the
numbering definitions), so a report read from DOCX would lose the marks its parts and items
are read by. These are drawn again: each list's counters are kept as Word keeps them, and each
level's pattern ("%1.", "%1.%2.", "%2)") is filled in its format (decimal, roman, letters).
A bullet reads as "-".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from docx.oxml.ns import qn

from tiendo.extract.numbers import int_to_roman

_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class _Level:
    fmt: str  # w:numFmt ("decimal", "upperRoman", "lowerLetter", "bullet", …)
    pattern: str  # w:lvlText ("%1.", "%1.%2.")
    start: int


class ListMarks:
    """The mark of each numbered paragraph, in document order (each call counts one)."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counter_of: dict[str, str] = {}  # a list's id → the counters it continues
        self._counts: dict[str, list[int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return  # a document with no lists
        abstract = {a.get(qn("w:abstractNumId")): _levels_of(a) for a in numbering.findall(qn("w:abstractNum"))}
        for num in numbering.findall(qn("w:num")):
            num_id, ref = num.get(qn("w:numId")), num.find(qn("w:abstractNumId"))
            abstract_id = ref.get(qn("w:val")) if ref is not None else None
            levels = dict(abstract.get(abstract_id, {}))
            overrides = num.findall(qn("w:lvlOverride"))
            for override in overrides:
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                lvl, start = override.find(qn("w:lvl")), override.find(qn("w:startOverride"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                if start is not None and ilvl in levels:
                    levels[ilvl] = replace(levels[ilvl], start=int(start.get(qn("w:val"), "1")))
            self._levels[num_id] = levels
            # Lists of one definition continue its numbers, unless one restarts them.
            self._counter_of[num_id] = num_id if overrides else f"abstract {abstract_id}"

    def text(self, paragraph: Any, alone: bool = False) -> str:
        """The paragraph's text after its mark, if it has one; with no text, the mark ``alone``
        (a table's numbered column, "STT") or nothing."""
        mark, text = self.mark(paragraph), paragraph.text
        if not mark:
            return text
        return f"{mark} {text}" if text.strip() else (mark if alone else text)

    def mark(self, paragraph: Any) -> str:
        """The mark drawn before ``paragraph`` ("" for none), counted."""
        found = _num_pr(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        level = self._levels.get(num_id, {}).get(ilvl)
        if level is None:
            return ""
        counts = self._counts.setdefault(self._counter_of[num_id], [0] * _LEVELS)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else level.start
        counts[ilvl + 1 :] = [0] * (_LEVELS - ilvl - 1)
        if level.fmt == "bullet":
            return "-"
        levels = self._levels[num_id]

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            at = levels.get(k)
            return _formatted(at.fmt, counts[k] or at.start) if at is not None else ""

        return _PLACEHOLDER.sub(number, level.pattern).strip()


def _levels_of(abstract: Any) -> dict[int, _Level]:
    return {int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in abstract.findall(qn("w:lvl"))}


def _level(lvl: Any) -> _Level:
    def value(tag: str, default: str) -> str:
        child = lvl.find(qn(tag))
        return child.get(qn("w:val"), default) if child is not None else default

    return _Level(value("w:numFmt", "decimal"), value("w:lvlText", ""), int(value("w:start", "1")))


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The list and level of ``paragraph``: its own, or its style's (a heading style numbered
    "I.", "II."), or None; list 0 is Word's "no list"."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = paragraph.style
    while num_pr is None and style is not None:
        style_pr = style.element.pPr
        num_pr = style_pr.numPr if style_pr is not None else None
        style = style.base_style
    if num_pr is None or num_pr.numId is None or num_pr.numId.val == 0:
        return None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return str(num_pr.numId.val), min(int(ilvl), _LEVELS - 1)


def _formatted(fmt: str, n: int) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = int_to_roman(n) or str(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        # Word goes on past "z" by doubling: "aa", "bb".
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
