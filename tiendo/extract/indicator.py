"""Indicator phrases: what a figure measures, in the text's own words.

The words before (or after) a number are trimmed of time phrases (``tính đến ngày 30/9``,
``9 tháng đầu năm``), connecting words (``Cụ thể``, ``trong đó``), trailing verbs
(``đạt``, ``ước đạt``) and, when long, cut at the first indicator head (``Kết quả thu
ngân sách`` → ``thu ngân sách``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from tiendo.extract.figure_rules import Rules
from tiendo.extract.numbers import roman_to_int
from tiendo.extract.phrases import PhraseSet, Tok

__all__ = ["Phrase", "clean", "is_time_number"]

PROPER_NAME_WORDS = 4  # of a place named before an indicator's head


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    start: int
    end: int
    words: int
    head: str | None  # the first indicator head in the phrase, lower case

    @property
    def has_head(self) -> bool:
        return self.head is not None


def is_time_number(toks: list[Tok], i: int, r: Rules) -> bool:
    """A date, a year or a period length (``9`` in ``9 tháng``): part of a time phrase."""
    num = toks[i].num
    if num is None:
        return False
    if num.kind in ("date", "time") or num.is_year or _ends_year_range(toks, i):
        return True
    if num.is_bare and r.time_lead.match_before(toks, i) is not None:
        return True
    verdict = r.after.match_at(toks, i + 1)
    return (
        num.is_bare
        and verdict is not None
        and verdict[0]
        and r.time_trail.match_at(toks, i + 1) is not None
    )


def _ends_year_range(toks: list[Tok], i: int) -> bool:
    """The second year of "2015-2020", which the number reader takes for a code's."""
    text = toks[i].text
    before = toks[i - 2].num if i >= 2 else None
    return (
        before is not None
        and before.is_year
        and toks[i - 1].text in ("-", "–")
        and len(text) == 4
        and text.isdigit()
        and 1900 <= int(text) <= 2100
    )


def clean(
    text: str,
    toks: list[Tok],
    a: int,
    b: int,
    r: Rules,
    *,
    drop_subject: bool = False,
    cut_at_head: bool = True,
) -> Phrase | None:
    """The indicator phrase in ``toks[a:b]``, or None when nothing meaningful is left."""
    idx = _without_time(toks, a, b, r)
    view = [toks[i] for i in idx]
    lo, hi = _trim(view, 0, len(view), r, drop_subject=drop_subject)
    head_at, head = _head(r.heads, r.not_heads, view, lo, hi)
    # "Thạch Hà thu hơn 569 tỷ đồng": a place's name before the head says whose it is.
    if cut_at_head and head_at > lo and not _proper_name(view, lo, head_at):
        before = r.head_prefixes.match_before(view, head_at, lo)
        lo = before[1] if before else head_at
    if hi - lo > r.indicator_words and head_at < 0:
        lo, hi = _trim(view, hi - r.indicator_words, hi, r, drop_subject=False)
    if hi > lo and view[hi - 1].kind == "p" and not _closes_quote(view, lo, hi - 1):
        hi -= 1  # the quote's opening was cut off with the words before the head
    if not any(t.kind == "w" for t in view[lo:hi]):
        return None
    kept = idx[lo:hi]
    after = kept[-1] + 1
    if after < len(toks) and toks[after].text == ")" and _opens_bracket(toks, kept):
        kept = [*kept, after]  # "Chỉ số giá tiêu dùng (CPI) bình quân": the short name whole
    return Phrase(
        text=_join(text, toks, kept),
        start=toks[kept[0]].start,
        end=toks[kept[-1]].end,
        words=sum(toks[i].kind == "w" for i in kept),
        head=head,
    )


def _proper_name(toks: list[Tok], lo: int, hi: int) -> bool:
    return 2 <= hi - lo <= PROPER_NAME_WORDS and all(
        t.kind == "w" and t.text[:1].isupper() and t.text[1:].islower() for t in toks[lo:hi]
    )


def _opens_bracket(toks: list[Tok], kept: list[int]) -> bool:
    marks = [toks[i].text for i in kept if toks[i].text in "()"]
    return marks.count("(") > marks.count(")")


def _head(
    phrases: PhraseSet[None], not_heads: PhraseSet[None], toks: list[Tok], lo: int, hi: int
) -> tuple[int, str | None]:
    """Where the first phrase of ``phrases`` starts in ``toks[lo:hi]``, and its words."""
    for i in range(lo, hi):
        if not_heads.match_at(toks, i, hi) is not None:
            continue
        found = phrases.match_at(toks, i, hi)
        if found is not None:
            return i, " ".join(t.low for t in toks[i : found[1]])
    return -1, None


def _without_time(toks: list[Tok], a: int, b: int, r: Rules) -> list[int]:
    drop = [False] * (b - a)
    i = a
    while i < b:
        found = r.time_phrases.match_at(toks, i, b)
        if found is not None:
            for k in range(i, found[1]):
                drop[k - a] = True
            i = found[1]
            continue
        if toks[i].low == "quý" and i + 1 < b and roman_to_int(toks[i + 1].text):
            drop[i - a] = drop[i + 1 - a] = True
            i += 2
            continue
        if toks[i].kind == "n" and is_time_number(toks, i, r):
            first, last = _time_extent(toks, i, a, b, r)
            for k in range(first, last):
                drop[k - a] = True
            i = last
            continue
        i += 1
    return [a + k for k, d in enumerate(drop) if not d]


def _time_extent(toks: list[Tok], i: int, a: int, b: int, r: Rules) -> tuple[int, int]:
    first = i
    while (lead := r.time_lead.match_before(toks, first, a)) is not None:
        average = r.average_words.match_before(toks, first, a)
        if average is not None and average[1] < lead[1]:
            break  # "trung bình hằng năm giai đoạn 2015-2020": the average keeps its "năm"
        first = lead[1]
    last = i + 1
    while last < b:
        trail = r.time_trail.match_at(toks, last, b)
        if trail is not None:
            last = trail[1]
        elif toks[last].kind == "n" and is_time_number(toks, last, r):
            last += 1
        else:
            break
    return first, last


def _trim(
    toks: list[Tok], start: int, end: int, r: Rules, *, drop_subject: bool
) -> tuple[int, int]:
    """Drop connecting words and subjects from the front, verbs and marks from the back."""
    front = (r.fillers, r.subjects) if drop_subject else (r.fillers,)
    changed = True
    while changed and start < end:
        changed = False
        if toks[start].kind != "w":
            start += 1
            changed = True
            continue
        for phrases in front:
            found = phrases.match_at(toks, start, end)
            if found is not None:
                start = found[1]
                if phrases is r.subjects:
                    start = _after_name(toks, start, end, r)
                changed = True
                break
    changed = True
    while changed and start < end:
        changed = False
        last = toks[end - 1]
        if (last.kind == "p" and not _closes_quote(toks, start, end - 1)) or (
            last.kind == "n" and last.num is not None and last.num.kind != "code"
        ):
            end -= 1
            changed = True
            continue
        # The longer of the two: "dự ước đạt" is an estimate, where "ước đạt" alone would
        # leave "dự" on the indicator.
        matches = [
            m
            for m in (
                r.light_verbs.match_before(toks, end, start),
                r.estimated.match_before(toks, end, start),
            )
            if m is not None
        ]
        found = min(matches, key=lambda m: m[1]) if matches else None
        if (
            found is not None
            and r.not_cues.match_before(toks, end, start) is None
            and r.kept_ends.match_before(toks, end, start) is None
            and not _ends_spending_head(toks, start, found[1], end, r)
        ):
            end = found[1]
            changed = True
    return start, end


def _closes_quote(toks: list[Tok], start: int, k: int) -> bool:
    """ "mô hình “Dân vận khéo”": the quote at ``k`` closes a name opened in the phrase."""
    return toks[k].text in '”"»' and any(t.text in '“"«' for t in toks[start:k])


def _ends_spending_head(toks: list[Tok], start: int, verb: int, end: int, r: Rules) -> bool:
    """ "tổng trị giá": the light verb from ``verb`` to the phrase's end completes a head of a
    sum that starts before it."""
    return any(
        " ".join(t.low for t in toks[k:end]) in r.spending_heads
        for k in range(max(start, verb - 2), verb)
    )


def _after_name(toks: list[Tok], start: int, end: int, r: Rules) -> int:
    """Past the capitalised name after a subject word (``huyện Bắc Sơn``), stopping where
    another subject begins (``Ban Thường vụ Huyện ủy``)."""
    while start < end:
        found = r.subjects.match_at(toks, start, end)
        if found is not None:
            start = found[1]
        elif toks[start].text[:1].isupper():
            start += 1
        else:
            break
    return start


def _join(text: str, toks: list[Tok], kept: list[int]) -> str:
    """The source text of the kept tokens: contiguous runs as written, gaps as one space."""
    runs: list[str] = []
    run_start = kept[0]
    for prev, cur in itertools.pairwise(kept):
        if cur != prev + 1:
            runs.append(text[toks[run_start].start : toks[prev].end])
            run_start = cur
    runs.append(text[toks[run_start].start : toks[kept[-1]].end])
    return " ".join(" ".join(run.split()) for run in runs)
