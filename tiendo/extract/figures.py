"""Figures: the quantitative results a review report states, with their comparisons.

Each sentence that holds a digit is read in two passes. The first gives every number a
role from the words right around it: a ``value`` (``864 tỷ đồng``), a ``ratio``
(``16/25 chỉ tiêu``), a share of a ``plan`` (``bằng 63,1% kế hoạch năm``), a change
against the same period (``yoy``: ``tăng 7,2%``, ``yoy_abs``: ``tăng 04 DN``), a bare
percentage (``pct``, placed by what it follows), or none (dates, periods, document
numbers, ranks, targets). The second pass walks the roles in order: a role with its own
indicator phrase starts a figure; a comparison with none attaches to the figure before it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple

from tiendo.extract.figure_rules import Rules, rules
from tiendo.extract.indicator import Phrase, clean, is_time_number
from tiendo.extract.numbers import NumberToken, find_numbers
from tiendo.extract.phrases import Tok, sentences, tokenize
from tiendo.extract.record import Figure

__all__ = ["find_figures"]

RoleKind = Literal["value", "ratio", "plan", "plan_parts", "yoy", "yoy_abs", "pct", "from"]
UnitClass = Literal["percent", "money", "counted", "measure"]

_PERCENT_WARNING_OVER = 1000.0
_DEDUPE_WINDOW = 20
# Two wordings of one indicator share this share of the shorter one's words, when it has so many.
_NEAR_WORDS, _NEAR_SHARE = 4, 0.75
_TEASER_REACH = 6000  # characters after a teaser within which the body restates it
_ROUNDING = 0.05  # how far a headline's qualified amount may be from the body's it rounds
_STANDARD_GAP = 5  # words between a count and the full score its units reached
_HEADING_CHARS = 250
_BRACKET_REACH = 16  # tokens searched back from a number for the bracket it stands in
_NOT_A_DATE = 10_000  # the smallest number after "năm" that cannot be a year
_RATE_BRACKET_TOKENS = 5  # inside "(đạt 50%)" between a count and what it describes
_BAND_TOKENS = 8  # between a count and the bound percentage of its band ("đạt từ 70 đến dưới")
_PLAN_COLON_REACH = 12  # tokens from a plan word to the colon of the list it introduces
_OWNER_TOKENS = 12  # at most, in the name of a unit that has counts ("Đảng bộ xã A có …")
_BARE_SHARE_MAX = 300  # at most, a bare number read as a share of the plan named after it
_MAP_SCALE = 500  # a ratio 1/N with N this large or more is a map's scale
_DAYS, _MONTHS = 31, 12  # a ratio day/month with the day above the month is a date
_PLAN_BEFORE_REACH = 8  # tokens searched back from a cue for "so <plan>"
_LABEL_TOKENS = 6  # at most, from a bound in a count's label to the colon after the label
_LIST_TAIL_WORDS = 2  # at most, in the last item of a list that a longer first item heads
_LIST_MIDDLE_WORDS = 5  # at most, in a longer item inside a list read back for its head
_WORD = re.compile(r"\w+")
_LA = "là"
_VOI = "với"
_MUC = "mức"
_TENSE = re.compile(r"(?<!\w)(?:đã|vừa|đang)(?!\w)", re.I)


class _Role(NamedTuple):
    kind: RoleKind
    idx: int  # the number's token
    first: int  # first token of the role: its cue or qualifier
    last: int  # index after the last token the role consumed (unit, plan, baseline)
    amount: float | None  # the fact's number, already converted (vượt 10% → 110)
    num: NumberToken
    cue: str | None
    plan: str | None = None
    unit: str | None = None
    unit_class: UnitClass | None = None
    unit_end: int = 0


@dataclass(slots=True)
class _Draft:
    indicator: str
    start: int
    end: int
    value: float | None = None
    unit: str | None = None
    unit_class: UnitClass | None = None
    qualifier: str | None = None
    estimated: bool = False
    pct_of_plan: float | None = None
    plan: str | None = None
    yoy_pct: float | None = None
    yoy_abs: float | None = None
    part: float | None = None
    whole: float | None = None
    warnings: list[str] = field(default_factory=list)
    heading: bool = False  # stated in a headline-like line, which restates the body
    # The verb of a change in a count that names no baseline ("giảm 91 hộ nghèo"): measured
    # against a plan, it is the amount achieved.
    bare_change: str | None = None

    def facts(self) -> dict[str, float]:
        named = {
            "value": self.value,
            "pct_of_plan": self.pct_of_plan,
            "yoy_pct": self.yoy_pct,
            "yoy_abs": self.yoy_abs,
            "part": self.part,
            "whole": self.whole,
        }
        return {k: v for k, v in named.items() if v is not None}

    def figure(self) -> Figure:
        return Figure(
            indicator=self.indicator,
            value=self.value,
            unit=self.unit,
            qualifier=self.qualifier,  # type: ignore[arg-type]
            estimated=self.estimated,
            pct_of_plan=self.pct_of_plan,
            plan=self.plan,
            yoy_pct=self.yoy_pct,
            yoy_abs=self.yoy_abs,
            part=self.part,
            whole=self.whole,
            span=(self.start, self.end),
            warning="; ".join(dict.fromkeys(self.warnings)) or None,
        )


def find_figures(text: str) -> list[Figure]:
    """Every quantitative result stated in ``text`` (NFC), in order, repeats removed."""
    r = rules()
    numbers = find_numbers(text)
    drafts: list[_Draft] = []
    k = 0
    after_plan = False  # the sentence before, in the same paragraph, ended on a share of plan
    for start, end in sentences(text, r.abbreviations):
        first = k
        while k < len(numbers) and numbers[k].span[0] < end:
            k += 1
        # A sentence whose numbers are all dates, times, codes or years gives no role, so
        # no figure: it is not tokenised at all.
        toks = (
            tokenize(text, start, end, numbers[first:k])
            if any(map(_may_measure, numbers[first:k])) and not _is_slug(text, start, end, r)
            else []
        )
        # A sentence naming who attended counts guests, no results.
        if toks and r.attendance.match_at(toks, 0) is None:
            sentence = _Sentence(text, toks, r, after_plan)
            found = _targets_met(toks, sentence.drafts(), r)
            after_plan = bool(found) and found[-1].pct_of_plan is not None
            if found and _is_heading(text, start):
                for draft in found:
                    draft.heading = True
            for draft in found:
                # "Tính chung quý I, chỉ số này tăng 11,89%": the indicator said before
                if drafts and draft.indicator.lower() in r.anaphora:
                    draft.indicator = drafts[-1].indicator
                drafts.append(draft)
        if text[start:end].endswith("\n"):
            after_plan = False  # the run ends with its paragraph
    return [_name_measure(d, r).figure() for d in _dedupe(drafts)]


def _name_measure(draft: _Draft, r: Rules) -> _Draft:
    """ "trên 5,7 nghìn ha lạc": an amount of area whose indicator names only the crop is
    the crop's area ("diện tích lạc")."""
    quantity = r.measured_as.get((draft.unit or "").lower()) if draft.value is not None else None
    if quantity is not None and quantity not in draft.indicator.lower():
        draft.indicator = f"{quantity} {_lower_first(draft.indicator)}"
    return draft


def _is_year(tok: Tok) -> bool:
    return tok.num is not None and tok.num.is_year


def _may_measure(num: NumberToken) -> bool:
    """Whether a number can take a role at all (``_Sentence._classify`` rules out the rest)."""
    return num.kind not in ("date", "time", "code") and not num.is_year


def _is_slug(text: str, start: int, end: int, r: Rules) -> bool:
    """Words in one case without a diacritic: a URL's slug, or a caption typed without its
    marks ("KHAI MAC KY HOP THU 7 HDND …"), not a sentence."""
    sentence = text[start:end]
    return (
        sentence.isascii()
        and sentence in (sentence.lower(), sentence.upper())
        and len(sentence.split()) >= r.slug_words
    )


def _is_heading(text: str, start: int) -> bool:
    """A short line of its own with no closing full stop: a headline or a sub-heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)  # a sentence never runs past a line break
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not 0 < len(line) <= _HEADING_CHARS:
        return False
    # A teaser under the headline trails off in an ellipsis, one sentence long.
    teaser = line.endswith("…") and ". " not in line
    return teaser or line[-1] not in ".:;…"


def _pct_of_plan(x: float | None, cue: str | None) -> float | None:
    if x is None:
        return None
    if cue in ("exceed", "up"):
        return 100.0 + x
    if cue == "down":
        return 100.0 - x
    return x


def _change(x: float | None, cue: str | None) -> float | None:
    """A change against the same period: ``tăng 22%`` → 22, ``bằng 118,73%`` → 18.73."""
    if x is None:
        return None
    if cue in ("up", "exceed"):
        return x
    if cue == "down":
        return -x
    if x < 0:
        return x  # "tăng trưởng âm 3,61% so với cùng kỳ": the fall itself, not a level
    return round(x - 100.0, 10)


# At most this many tokens in an item of a list of sectors ("thương mại, dịch vụ").
_LIST_ITEM_TOKENS = 3
_SAME_BEFORE_REACH = 7  # tokens of "so với cùng kỳ năm trước" before a cue
_ENUMERATED_WORDS = 4  # words of an item in a list that describes what a number counts
_PLAN_TAIL_WORDS = 6  # words after a plan's name before the bracket that gives its size
_EQUIVALENCE_REACH = 5  # tokens between a change in percent and the amount restating it
_EQUIVALENCE_MARKS = frozenset({",", "-", "–", "—", "("})
_QUOTES = frozenset('“”"«»')
_DASHES = frozenset("-–—")
_NAMED_AGAIN_REACH = 30  # tokens back to the count whose unit a bare scale may keep
_OPENING_QUOTES = frozenset('“"«')
_OPENING_ONLY = frozenset("“«")


class _Sentence:
    def __init__(self, text: str, toks: list[Tok], r: Rules, after_plan: bool = False) -> None:
        self.text = text
        self.toks = toks
        self.r = r
        # "A đạt 120% kế hoạch. B đạt 175%.": the run of shares of plan goes on across the
        # sentences of a paragraph.
        self.after_plan = after_plan
        # Where the sentence says the meeting is held ("tổ chức kỳ họp"), or -1.
        self.meeting_at = r.meeting_verbs.find(toks)
        self._earlier: _Role | None = None  # the role before the previous one
        self._currencies: dict[int, list[int]] | None = None  # amounts naming one, by scale
        self._tok_starts: list[int] | None = None  # for finding a phrase's first token
        self._count_heads: list[int] | None = None  # tokens that may start "tổng số" and the like
        self._segments: dict[tuple[int, int], int] = {}  # clause starts found, by token and floor
        # Where a list introduced by a plan ends its colon ("vượt kế hoạch năm 2019 như: A đạt
        # 101,8%; B đạt 92,7%"), or -1: the bare percentages after it are shares of that plan.
        # Looked for when a bare percentage first needs it.
        self._plan_colon_at: int | None = None
        self.bands: list[int] = []  # numbers that name the band counted units reached
        # Each named unit's "có" (its name) and each semicolon (None), found when first needed.
        self._owners: list[tuple[int, str | None]] | None = None
        self.roles = list(self._roles())
        self.role_starts = {role.first for role in self.roles}
        self.role_numbers = {role.idx for role in self.roles}
        self.opens_estimate = bool(toks) and self.r.estimated.match_at(toks, 0) is not None

    # First pass: a role for each number.

    def _roles(self) -> Iterator[_Role]:
        # From a target phrase to the end of the sentence, numbers are no results.
        target = self._target_start()
        previous: _Role | None = None
        wholes: set[int] = set()  # numbers already taken as a part's whole
        for i, tok in enumerate(self.toks if target < 0 else self.toks[:target]):
            if tok.kind == "n" and i not in wholes:
                rank_whole = self._whole_index(i)
                verdict = (
                    self.r.before.match_before(self.toks, i) if rank_whole is not None else None
                )
                if rank_whole is not None and verdict is not None and verdict[0]:
                    wholes.add(rank_whole)  # "đứng thứ 2 trên tổng số 63 tỉnh": a rank
                    continue
                whole = self._whole_after(i)
                if whole is not None:
                    wholes.add(whole.idx)
                    self._earlier, previous = previous, whole
                    yield whole
                    continue
                role = self._classify(i, previous)
                if role is not None:
                    self._earlier, previous = previous, role
                    yield role

    def _whole_after(self, i: int) -> _Role | None:
        """ "đã có 10 trong tổng số 12 Chi cục Thuế cấp huyện vượt dự toán": a bare number, a
        whole link and a bare number are a part of a whole, whatever they count."""
        toks, num = self.toks, self.toks[i].num
        if num is None or not num.is_bare or num.kind != "number" or num.value is None:
            return None
        k = self._whole_index(i)
        if k is None:
            return None
        whole = toks[k].num
        if whole is None or not whole.is_bare or whole.value is None or whole.value < num.value:
            return None
        unit, unit_class, unit_end = self._unit(k)
        pair = num._replace(kind="ratio", whole=whole.value)
        # The role's number is the whole's token: what they count is named after it.
        return _Role(
            "ratio", k, i, unit_end, num.value, pair, None, None, unit, unit_class, unit_end
        )

    def _whole_index(self, i: int) -> int | None:
        """The token of the whole after number ``i`` and a whole link ("trong tổng số 12")."""
        toks = self.toks
        found = self.r.whole_links.match_at(toks, i + 1)
        if found is None or found[1] >= len(toks) or toks[found[1]].kind != "n":
            return None
        return found[1]

    def _plan_colon(self) -> int:
        """The colon of a list a plan introduces ("vượt kế hoạch năm 2026 như: …"), or -1; a
        plan named far before the colon ("mục tiêu, nhiệm vụ … kết quả đạt được như:")
        introduces nothing."""
        if self._plan_colon_at is None:
            toks = self.toks
            colon = next((k for k, t in enumerate(toks) if t.text == ":"), -1)
            plan = self.r.plans.find(toks, max(0, colon - _PLAN_COLON_REACH), colon)
            self._plan_colon_at = colon if colon >= 0 and plan >= 0 else -1
        return self._plan_colon_at

    def _share_of_plan(self, i: int, first: int, cue: str | None) -> bool:
        """A bare percentage that is a share of a plan the sentence does not name after it:
        in a list a plan introduces, or after an amount never stated in percent ("thu ngân
        sách đạt 58%", "thu ngân sách đạt tỷ lệ 111%")."""
        if cue not in ("reach", "level", None):
            return False
        if self.r.share_verbs.match_at(self.toks, first) is not None:
            return False  # "như: dịch vụ chiếm 55,4%, …": a share of the economy, not of a plan
        seg = self._segment_start(first, 0)
        clause = self.toks[seg:first]
        if 0 <= self._plan_colon() < first:
            # "Một số chỉ tiêu chính như: Tốc độ tăng trưởng kinh tế đạt 14,5%": a rate's
            # percentage is its level, even in such a list; "…; 100% Chỉ huy trưởng là đảng
            # viên": with no cue, a share of the noun after it; "hộ nghèo giảm còn 6,25%": a
            # level reached is the level itself
            return (
                cue != "level"
                and not self.r.rate_heads.occurs(clause)
                and not (cue is None and self._noun_after(i))
            )
        if cue is None or self.r.average_words.occurs(clause):
            return False
        return self.r.amount_heads.occurs(clause) and not self.r.rate_heads.occurs(clause)

    def _in_quoted_name(self, i: int) -> bool:
        """``toks[i]`` lies inside a short quotation: a name such as “Chi hội 5 không 3 sạch”."""
        toks, reach = self.toks, self.r.name_quote_words
        back = range(i - 1, max(i - reach, 0) - 1, -1)
        opening = next((j for j in back if toks[j].text in _QUOTES), None)
        if opening is None or toks[opening].text not in _OPENING_QUOTES:
            return False
        ahead = range(i + 1, min(opening + reach + 1, len(toks)))
        closing = next((j for j in ahead if toks[j].text in _QUOTES), None)
        return closing is not None and toks[closing].text not in _OPENING_ONLY

    def _qualifies_head(self, i: int) -> bool:
        """ "Tổng dư nợ 9 chương trình cho vay đạt 215 tỷ đồng": a count right after a noun
        head, with the clause's own amount a few words after it, says which the indicator
        covers."""
        toks, r = self.toks, self.r
        head = r.heads.match_before(toks, i)
        if head is None:
            return False
        words = " ".join(t.low for t in toks[head[1] : i])
        if words in r.verbal_heads or words in r.count_heads or words in r.generic_heads:
            return False
        if self._unit(i)[1] in ("money", "measure"):
            return False  # "đạt tổng sản lượng 46.150 tấn bằng 98,97%": the head's own amount
        for tok in toks[i + 1 : i + 1 + r.trailing_words]:
            if tok.kind == "p" and tok.text in r.boundaries:
                return False
            if tok.kind == "n":
                return True
        return False

    def _target_start(self) -> int:
        """Where the first target phrase starts, or -1; "phấn đấu của …" is a noun, "đã phấn
        đấu" past."""
        toks, targets = self.toks, self.r.targets
        i = targets.find(toks)
        while i >= 0:
            found = targets.match_at(toks, i)
            # "bằng 44,1% so với chỉ tiêu phấn đấu và tăng …": the plan's name, no target
            named = self.r.plans.match_before(toks, i) is not None
            if found is not None and found[0] and not named:
                return i
            i = targets.find(toks, i + 1 if found is None else found[1])
        return -1

    def _in_range(self, i: int) -> bool:
        """Number ``i`` is an end of a range: two numbers joined by a dash ("7,3 – 7,8%",
        "15-20 triệu đồng"), the first bare."""
        return self._range_from(i) or (i >= 2 and self._range_from(i - 2))

    def _range_from(self, k: int) -> bool:
        """A bare number at ``k``, a dash, and a number after it."""
        toks = self.toks
        if k + 2 >= len(toks) or toks[k + 1].text not in _DASHES:
            return False
        first, second = toks[k].num, toks[k + 2].num
        return (
            first is not None
            and second is not None
            and first.kind == "number"
            and first.is_bare
            and second.kind in ("number", "code")  # "15-20" reads its end as a code
        )

    def _classify(self, i: int, previous: _Role | None) -> _Role | None:
        toks, r = self.toks, self.r
        num = toks[i].num
        assert num is not None
        if not _may_measure(num):
            return None
        if r.thresholds.match_at(toks, i + 1) is not None:
            return None
        if self._in_range(i):
            return None  # "bình quân đạt 7,3 – 7,8%/năm": a range, no one amount; never a guess
        # Only "1 ha" is a unit area: the phrases are looked up for a one alone.
        if num.value == 1 and any(
            r.denominators.match_at(toks, k) for k in range(max(0, i - 2), i)
        ):
            return None
        counting = num.kind == "ratio" or num.is_bare
        if num.is_bare and (self._in_quoted_name(i) or self._qualifies_head(i)):
            return None
        if num.kind == "ratio" and num.value == 1 and (num.whole or 0) >= _MAP_SCALE:
            return None  # "quy hoạch chung … tỷ lệ 1/10000": a map's scale
        if num.kind == "ratio" and _day_and_month(num):
            return None  # "trao Huy hiệu Đảng đợt 03/2 và 19/5": a day and month, no part
        if num.is_bare and num.value == 1 and r.one_as_some.match_at(toks, i + 1) is not None:
            return None  # "thảo luận 1 số vấn đề": "một số" (some) typed with the digit
        # The words that make a numeral a month, a rank or a document number only rule out a
        # bare numeral: in "9 tháng 15,2 tỷ đồng" the amount follows the period.
        if counting:
            verdict = r.before.match_before(toks, i)
            if verdict is not None and verdict[0] and not self._past_calendar(i, verdict[1]):
                return None
        q = self._qualifier_start(i)
        cue, first = self._cue(i, q, num)
        if cue == "to" or (counting and cue is None and i < self.meeting_at):
            return None
        if cue in ("up", "down") and self._baseline_level(first):
            return None  # "thấp hơn so với mức tăng 7,24% cùng kỳ": the baseline's own rate
        # "tăng 4,2 lần so với cùng kỳ": a rise by a multiple is the multiple
        if cue == "times" or (cue == "up" and i + 1 < len(toks) and toks[i + 1].low == "lần"):
            return self._multiple(i, first, num)
        if cue in (None, "equal") and self._change_in_percent(i, q, previous):
            # "tăng 140.644 triệu đồng (13,31%) so với cùng kỳ", "giảm 216 vụ, tương đương 35%":
            # the same change in percent
            assert previous is not None
            said = i if toks[i - 1].text == "(" else previous.last + 1
            return _Role("yoy", i, said, i + 1, _change(num.value, previous.cue), num, previous.cue)
        if counting:
            verdict = r.after.match_at(toks, i + 1)
            if verdict is not None and verdict[0]:
                return None
        if (cue is None and self._planned(q)) or self._bracketed_baseline(i):
            return None
        if self._plan_size(i, previous):
            if num.kind == "ratio" and num.value is not None and num.whole is not None:
                # "đạt 61,6% kế hoạch (792,9 tỷ/1.287,4 tỷ đồng)": the amount over the plan's
                return _Role("plan_parts", i, i, i + 1, num.value, num, None)
            return None
        if cue in (None, "level") and not num.is_percent and self._assigned(q):
            return None
        unit, unit_class, unit_end = self._unit(i)
        x = num.value
        if x is not None and num.is_percent and r.negative_signs.match_before(toks, q):
            x = -x  # "tăng trưởng kinh tế âm 0,8%"
        decimal = num.kind == "number" and "," in num.text
        if decimal and num.is_bare and cue in ("reach", "equal") and (x or 0) <= _BARE_SHARE_MAX:
            # "đạt 55,3 kế hoạch": the percent sign left out before the plan.
            bare_plan = self._plan(i + 1)
            if bare_plan is not None:
                return _Role("plan", i, first, bare_plan[1], x, num, cue, bare_plan[0])
        k = self._slash_plan(i)
        if k is not None:
            # "90.000/KH 150.000 tấn": the amount takes the unit and scale of the plan after it.
            unit, unit_class, unit_end = self._unit(k)
            plan_number = toks[k].num
            scale = plan_number.scale if plan_number else 0
            if x is not None and num.is_bare and scale:
                x *= 10.0**scale
        if self._band(i, previous):
            self.bands.append(i)
            return None
        if self._label_bound(i):
            return None
        if self._where_counted(i, previous, unit, unit_class):
            return None
        if cue == "from":
            return _Role("from", i, first, unit_end, None, num, cue)
        # A value keeps its verb in the phrase before it ("đã hoàn thành 23 công trình");
        # light verbs such as "đạt" are trimmed from that phrase later.
        keep = first if cue == "level" else q
        full_score = num.kind == "ratio" and num.value is not None and num.value == num.whole
        criteria = num.is_bare and unit is not None and self.r.standard_units.match_at(toks, i + 1)
        if (full_score or criteria) and self._standard(i, previous):
            return None
        if num.kind == "ratio":
            return _Role(
                "ratio", i, keep, unit_end, num.value, num, cue, None, unit, unit_class, unit_end
            )
        link = r.links.match_at(toks, unit_end)
        after = link[1] if link else unit_end
        plan = self._plan(after) if link or num.is_percent else None
        same = r.same_period.match_at(toks, after) if link else None
        if same is None and num.is_percent and link is None:
            same = r.bare_same_period.match_at(toks, after)  # "bằng 60,9% cùng kỳ", "95% SVCK"
        other = r.other_baselines.match_at(toks, after) if link else None
        if same is None and link and after < len(toks) and _is_year(toks[after]):
            same, other = (None, after + 1), None  # "tăng 13,4% so với 2012": "năm" left out
        if num.is_percent:
            if cue is None:
                cue = self._shared_cue(previous, first)
            elif cue == "exceed" and r.reached_and.match_before(toks, first) is not None:
                cue = "reach"  # "đạt và vượt 112% kế hoạch": the share itself
            baseline = (
                self._same_before(first) if cue in ("reach", "equal", "up", "down", None) else None
            )
            if baseline is not None:
                # "so với cùng kỳ đạt 105%", "SCK đạt 167%", "so cùng kỳ tăng 5%": the baseline
                # said before the cue
                return _Role("yoy", i, baseline, i + 1, _change(x, cue), num, cue)
            if plan is not None:
                return _Role("plan", i, first, plan[1], _pct_of_plan(x, cue), num, cue, plan[0])
            named = self._plan_before(first) if cue in ("reach", "equal", None) else None
            if named is not None:
                return _Role("plan", i, named[1], i + 1, _pct_of_plan(x, cue), num, cue, named[0])
            # "tốc độ tăng trưởng GRDP ước tăng 8,62%": the growth rate is the indicator, so
            # the rise it states is the rate's level, not a change of it.
            # "duy trì tốc độ tăng trưởng 9,38% so cùng kỳ": the rate named, no cue of its own
            rises = cue == "up" or (cue in ("reach", None) and same is not None)
            growth = self._growth_reaches(first) if rises else None
            if growth == "rate":
                cue = "level"
            elif growth == "grew" and cue == "reach":
                cue = "up"  # "GRDP tăng trưởng đạt 9,18% so với cùng kỳ": the rise itself
            if same is not None and cue != "level":
                return _Role("yoy", i, first, same[1], _change(x, cue), num, cue)
            if other is not None:
                return _Role("from", i, first, other[1], None, num, cue)
            if cue in ("up", "down"):
                return _Role("yoy", i, first, i + 1, _change(x, cue), num, cue)
            if cue == "exceed":
                exceeded = self._plan_exceeded(first, q)
                return _Role("plan", i, first, i + 1, _pct_of_plan(x, cue), num, cue, exceeded)
            run = self._run(previous, i, first, cue)
            if run == "plan" or (run is None and self._share_of_plan(i, first, cue)):
                return _Role("plan", i, first, i + 1, x, num, cue)
            if run in ("up", "down"):
                return _Role("yoy", i, first, i + 1, _change(x, run), num, run)
            return _Role("pct", i, first, i + 1, x, num, cue, None, "%", "percent", i + 1)
        if cue is None and same is not None and unit_class == "counted":
            # "bắt giữ 25 vụ/31 đối tượng, tăng 4 vụ, 6 đối tượng so với cùng kỳ": each count
            # of the pair changed
            cue = self._shared_cue(previous, first, (",", "và"))
        if cue in ("up", "down"):
            if other is not None:
                return _Role("from", i, first, other[1], None, num, cue)
            if plan is not None:
                return None
            if same is None and unit_class == "counted" and r.achieved.match_at(toks, first):
                # "toàn tỉnh giảm được 1.835 hộ nghèo": what was achieved, no change measured
                return _Role("value", i, first, unit_end, x, num, "reach", None, unit, unit_class, unit_end)
            amount = None if x is None else (x if cue == "up" else -x)
            last = same[1] if same is not None else unit_end
            return _Role(
                "yoy_abs", i, first, last, amount, num, cue, None, unit, unit_class, unit_end
            )
        if previous is not None and self._restates_change(previous, i):
            # "giảm 3,44% - tương đương 3.030 người": the same change, as an amount.
            amount = None if x is None or not previous.amount else math.copysign(x, previous.amount)
            return _Role(
                "yoy_abs", i, first, unit_end, amount, num, cue, None, unit, unit_class, unit_end
            )
        # "giá trị sản xuất bằng 35 tỷ đồng": "bằng" before an amount with its unit says what
        # it is; before a bare numeral it compares.
        if (cue == "equal" and unit_class is None) or (cue == "exceed" and link is not None):
            return None
        if cue == "exceed" and self._excess_of(previous, first, unit_class):
            return None  # "đạt 50 triệu đồng/người, vượt 9 triệu đồng": beyond the plan
        if unit_class is None and cue not in ("reach", "level"):
            return None
        return _Role("value", i, keep, unit_end, x, num, cue, None, unit, unit_class, unit_end)

    def _change_in_percent(self, i: int, q: int, previous: _Role | None) -> bool:
        """A bare percentage right after a change stated as an amount: in brackets, or after
        a comma and words that restate it ("giảm 24 người, tỷ lệ giảm 11%")."""
        toks = self.toks
        num = toks[i].num
        if (
            previous is None
            or previous.kind != "yoy_abs"
            or previous.cue not in ("up", "down")
            or num is None
            or not num.is_percent
        ):
            return False
        if i >= 1 and toks[i - 1].text == "(" and previous.last >= i - 1:
            return i + 1 < len(toks) and toks[i + 1].text == ")"
        k = previous.last
        if k >= q or toks[k].text != ",":
            return False
        found = self.r.percent_restatements.match_at(toks, k + 1, q)
        return found is not None and found[1] == q

    def _past_calendar(self, i: int, start: int) -> bool:
        """The word before number ``i`` names a day, month or year, and the number is too long
        to be one ("6 tháng đầu năm 19484 ha"): the period's quantity."""
        num = self.toks[i].num
        return (
            num is not None
            and (num.value or 0) >= _NOT_A_DATE
            and self.r.calendar_words.match_at(self.toks, start) is not None
        )

    def _excess_of(self, previous: _Role | None, first: int, unit_class: UnitClass | None) -> bool:
        """An amount "vượt" right after the value it exceeds, in the same unit: how far the
        value passed its plan, which the contract has no field for."""
        if previous is None or previous.kind != "value" or previous.unit_class != unit_class:
            return False
        between = self.toks[previous.last : first]
        k = 0
        while k + 1 < len(between) and between[k].text == "/":
            k += 2  # the rest of a rate's unit ("đồng/ người/năm")
        return k < len(between) and all(t.text in (",", "(") for t in between[k:])

    def _restates_change(self, previous: _Role, i: int) -> bool:
        """Between a change in percent and the number at ``i`` stand only an equivalence
        ("tương đương", "tương ứng", "với") and marks."""
        if previous.kind != "yoy" or i - previous.last > _EQUIVALENCE_REACH:
            return False
        between = self.toks[previous.last : i]
        marks = [t for t in between if t.kind == "p"]
        if any(t.text not in _EQUIVALENCE_MARKS for t in marks):
            return False
        words = [t for t in between if t.kind != "p"]
        if not words:
            return False
        found = self.r.change_equivalents.match_at(words, 0)
        if found is None and not marks:
            # "với" only right after the change: "tăng 3%, với 1.200 con" may give the total.
            found = self.r.tight_equivalents.match_at(words, 0)
        return found is not None and found[1] == len(words)

    def _band(self, i: int, previous: _Role | None) -> bool:
        """ "17/53 chỉ tiêu đạt từ 70 đến dưới 100%", "10 chỉ tiêu đạt trên 90%": right after a
        count, numbers with a bound name the band the counted units reached, no figure of
        their own."""
        if previous is None or previous.kind not in ("ratio", "value"):
            return False
        if previous.unit_class != "counted":
            return False
        between = self.toks[previous.unit_end : i]
        if not 0 < len(between) <= _BAND_TOKENS or any(t.kind == "p" for t in between):
            return False
        # The words between are band phrases only, one of them a bound.
        words = [t for t in between if t.kind == "w"]
        k, bounded = 0, False
        while k < len(words):
            found = self.r.band.match_at(words, k)
            if found is None:
                return False
            bounded, k = bounded or found[0], found[1]
        return bounded

    def _label_bound(self, i: int) -> bool:
        """ "tàu cá có chiều dài dưới 6m: 271 chiếc", "từ 6 đến dưới 12m: 912 chiếc": a bound
        in the label of the count that follows its colon."""
        toks = self.toks
        found = self.r.band.match_before(toks, i)
        if found is None or not found[0]:
            return False
        for k in range(i + 1, min(i + 1 + _LABEL_TOKENS, len(toks))):
            if toks[k].text == ":":
                return k + 1 < len(toks) and toks[k + 1].kind == "n"
            if toks[k].kind == "p":
                return False
        return False

    def _where_counted(
        self, i: int, previous: _Role | None, unit: str | None, unit_class: UnitClass | None
    ) -> bool:
        """ "36 hộ/9 xã": a count of places right after a count and a slash says where the
        counted units lie."""
        if previous is None or previous.kind != "value" or previous.unit_class != "counted":
            return False
        if unit_class != "counted" or unit == previous.unit or previous.unit_end != i - 1:
            return False
        return (
            self.toks[i - 1].text == "/"
            and self.r.place_units.match_at(self.toks, i + 1) is not None
        )

    def _standard(self, i: int, previous: _Role | None) -> bool:
        """``34/45 xã đạt 19/19 tiêu chí``, ``56.538 hộ đạt 8 tiêu chí``: a full score or a
        number of criteria right after a count says what the counted units reached (the
        standard), no figure of its own."""
        if previous is None:
            return False
        if previous.unit_class != "counted" or not 0 < i - previous.unit_end <= _STANDARD_GAP:
            return False
        between = self.toks[previous.unit_end : i]
        # "đạt 9/9 tiêu chí A và 4/9 tiêu chí B": a link before it makes it a count of its own
        return not any(t.kind in ("p", "n") for t in between) and not self._linked_count(i - 1)

    def _cue(self, i: int, q: int, num: NumberToken) -> tuple[str | None, int]:
        """The comparison cue before the number (or its qualifier), and where it starts."""
        toks, r = self.toks, self.r
        respective = r.respective.match_before(toks, q)
        if respective is not None:
            # "tăng lần lượt 12% và 15%": the cue stands before "lần lượt"
            found = r.cues.match_before(toks, respective[1])
        else:
            found = r.cues.match_before(toks, i) or (
                r.cues.match_before(toks, q) if q < i else None
            )
        if found is not None and r.not_cues.match_before(toks, q) is not None:
            found = None  # "bàn giao mặt bằng 4 dự án": the cue's word ends a noun
        if found is None and q > 0 and toks[q - 1].text in (":", "("):
            # "công nghiệp tăng: 5,1%", "kinh tế tăng trưởng khá (7,2%)": a colon or an
            # opening bracket between the cue and its number.
            found = r.cues.match_before(toks, q - 1)
        if found is None and q < i:
            # "vượt trên 10%": the cue opens the qualifier itself.
            inner = r.cues.match_at(toks, q, i)
            found = (inner[0], q) if inner is not None else None
        if found is None and num.is_percent:
            found = r.cue_variants.match_before(toks, q)
        if found is None and num.is_percent:
            found = self._exceeded_plan(q)
        if found is not None and found[0] == "to" and self._rate_reaches(found[1]):
            return "level", found[1]
        if (
            found is not None
            and found[0] in ("up", "down")
            and r.rate_heads.match_before(toks, found[1]) is not None
        ):
            # "tốc độ tăng trưởng 6,5%": the cue ends the name of a rate, whose level it is.
            return None, q
        return found if found is not None else (None, q)

    def _same_before(self, first: int) -> int | None:
        """Where "so với cùng kỳ" (or "SCK") ends right before the cue at ``first`` starts."""
        toks, r = self.toks, self.r
        for k in range(first - 1, max(-1, first - _SAME_BEFORE_REACH), -1):
            link = r.links.match_at(toks, k, first)
            same = r.same_period.match_at(toks, link[1], first) if link is not None else None
            if same is None:
                same = r.bare_same_abbreviations.match_at(toks, k, first)
            if same is not None and same[1] == first:
                return k
        return None

    def _exceeded_plan(self, q: int) -> tuple[str, int] | None:
        """ "vượt dự toán tỉnh giao 12%": the plan named between "vượt" and its number; the
        cue and where it starts."""
        for k in range(q - 2, max(-1, q - _PLAN_BEFORE_REACH), -1):
            if self._plan_exceeded(k, q) is not None:
                return "exceed", k
        return None

    def _plan_exceeded(self, k: int, q: int) -> str | None:
        """The plan's name when ``toks[k]`` opens "vượt" and a plan that ends at ``q``."""
        cue = self.r.cues.match_at(self.toks, k, q)
        if cue is None or cue[0] != "exceed":
            return None
        # the cue may hold the plan's first words ("vượt kế hoạch", "vượt dự toán")
        for start in dict.fromkeys((cue[1], k + 1)):
            plan = self._plan(start) if start < q else None
            if plan is not None and plan[1] == q:
                return plan[0]
        return None

    def _baseline_level(self, cue: int) -> bool:
        """The cue at ``cue`` names a rate ("mức tăng") right after a comparative."""
        return (
            self.toks[cue].low == _MUC
            and self.r.comparatives.match_before(self.toks, cue) is not None
        )

    def _rate_reaches(self, cue: int) -> bool:
        """ "tốc độ tăng trưởng kinh tế của tỉnh đến 11,7%": after a rate and no number of its
        own, "đến" says the level reached, not the end of a range."""
        start = self._segment_start(cue, 0)
        clause = self.toks[start:cue]
        # A percentage or an amount before it ("từ 5,2% đến 3,8%") opens a range; a bare
        # numeral ("6 tháng qua") is a period.
        opened = any(
            t.low == "từ" or (t.kind == "n" and t.num is not None and not t.num.is_bare)
            for t in clause
        )
        return not opened and self.r.rate_heads.occurs(clause)

    def _growth_reaches(self, cue: int) -> str | None:
        """ "tốc độ tăng trưởng kinh tế đạt 7,1% so với cùng kỳ": the clause names a growth rate
        (a bracketed short name inside it, "tổng sản phẩm (GRDP)", does not end the clause):
        "rate"; "Tổng sản phẩm GRDP tăng trưởng đạt 9,18%": an amount that grew, "grew"."""
        start = self._segment_start(cue, 0)
        while start >= 2 and self.toks[start - 1].text == ")":
            opening = self._opening_bracket(start - 1, 0)
            if opening is None:
                break
            start = self._segment_start(opening, 0)
        # "Tốc độ tăng trưởng ngành thương mại, dịch vụ tăng 4,4%": a short item after a comma
        # goes on a list of sectors whose head is before it, unless that clause has a number.
        # Each item is short ("tốc độ tăng trưởng dịch vụ, thương mại, du lịch ước tăng 16,3%").
        item_end = cue
        while start >= 1 and self.toks[start - 1].text == "," and item_end - start <= _LIST_ITEM_TOKENS:
            before = self._segment_start(start - 1, 0)
            if any(t.kind == "n" for t in self.toks[before : start - 1]):
                break
            item_end, start = start - 1, before
        clause = self.toks[start:cue]
        growth = self.r.growth_heads.find(clause)
        if growth < 0:
            return None
        # an amount or index named before the growth word grew by the number; "tốc độ tăng
        # trưởng GRDP đạt …" names the rate first
        return "grew" if self.r.growth_subjects.occurs(clause, 0, growth) else "rate"

    def _multiple(self, i: int, first: int, num: NumberToken) -> _Role | None:
        """``gấp 1,5 lần cùng kỳ`` (a change of +50%) or ``gấp 2 lần kế hoạch`` (200%)."""
        toks, r = self.toks, self.r
        x = num.value
        if x is None or not num.is_bare or i + 1 >= len(toks) or toks[i + 1].low != "lần":
            return None
        link = r.links.match_at(toks, i + 2)
        after = link[1] if link else i + 2
        same = r.same_period.match_at(toks, after)
        if same is not None:
            return _Role("yoy", i, first, same[1], round((x - 1.0) * 100.0, 10), num, "times")
        plan = self._plan(after)
        if plan is not None:
            return _Role("plan", i, first, plan[1], round(x * 100.0, 10), num, "times", plan[0])
        return None

    def _planned(self, q: int) -> bool:
        """``(kế hoạch 7%)``, ``/KH 4,5%``: a planned amount stated beside a result, no fact."""
        toks, r = self.toks, self.r
        k = q - 1 if q > 0 and toks[q - 1].text == ":" else q
        suffix = r.plan_suffixes.match_before(toks, k)
        if suffix is not None:
            k = suffix[1]
        found = r.plans.match_before(toks, k)
        if found is None:
            return False
        j = found[1]
        return j == 0 or toks[j - 1].kind == "p" or r.links.match_before(toks, j) is not None

    def _bracketed_baseline(self, i: int) -> bool:
        """ "(kế hoạch năm Bộ Tài chính giao là 6.000 tỷ đồng)", "(cùng kỳ đạt 3.295 tỷ đồng)":
        an amount in brackets that open on a plan or on the same period, or that follow the
        peers compared with, is what the figure before them is measured against, no result."""
        toks, r = self.toks, self.r
        for j in range(i - 1, max(-1, i - _BRACKET_REACH), -1):
            if toks[j].text == ")":
                return False
            if toks[j].text == "(":
                return (
                    r.plans.match_at(toks, j + 1) is not None
                    or r.same_period.match_at(toks, j + 1) is not None
                    # "gấp 2,95 lần bình quân chung cả nước (4,48%)": the peer's own figure
                    or r.comparators.match_before(toks, j) is not None
                )
        return False

    def _assigned(self, q: int) -> bool:
        """The clause before the amount names the plan assigned ("được giao dự toán thu …")."""
        seg = self._segment_start(q, 0)
        return self.r.assigned.find(self.toks, seg, q) >= 0

    def _plan_size(self, i: int, previous: _Role | None) -> bool:
        """ "đạt 41% kế hoạch giao Trung tâm (1.746,4 tỷ đồng)", "thấp hơn 0,4% so với chỉ tiêu
        tỉnh giao (35,5%)": the plan's own size in brackets right after the comparison."""
        if previous is None or previous.kind != "plan" or i == 0 or self.toks[i - 1].text != "(":
            return False
        between = self.toks[previous.last : i - 1]
        return len(between) <= _PLAN_TAIL_WORDS and all(t.kind == "w" for t in between)

    def _slash_plan(self, i: int) -> int | None:
        """In ``90.000/KH 150.000 tấn``, the index of the plan's number."""
        toks = self.toks
        if i + 2 >= len(toks) or toks[i + 1].text != "/":
            return None
        found = self.r.plans.match_at(toks, i + 2)
        if found is None or found[1] >= len(toks) or toks[found[1]].kind != "n":
            return None
        return found[1]

    def _run(self, previous: _Role | None, i: int, first: int, cue: str | None) -> str | None:
        """The comparison a bare percentage continues in a list of items.

        ``A đạt 45% kế hoạch; B đạt 52%``: B's share is of a plan too ("plan").
        ``công nghiệp tăng 5,1%, dịch vụ 6,2%``: the service sector grew ("up"/"down").
        A rate (``tỷ lệ``, ``tốc độ``) among the item's words keeps its own value.
        """
        if self._share_of_after(i):
            return None  # "huấn luyện đạt 97% quân số": a share of the troops
        if previous is None:
            if not self.after_plan or cue not in ("reach", "equal"):
                return None
            return None if self.r.rate_heads.occurs(self.toks[:first]) else "plan"
        if previous.kind not in ("plan", "yoy"):
            return None
        between = self.toks[previous.last : first]
        if not between or between[0].text not in (",", ";"):
            return None
        if any(t.kind == "n" for t in between) or self.r.rate_heads.occurs(between):
            return None
        words = sum(t.kind == "w" for t in between)
        if (
            previous.kind == "yoy"
            and cue in ("reach", "equal")
            and self._closes_plan_item(previous)
        ):
            # "A đạt 66% kế hoạch, tăng 2% so với cùng kỳ; B đạt 74%, tăng 8%": B's share is of
            # the plan too, the change after A's share no matter.
            return "plan"
        if previous.kind == "plan":
            if cue in ("reach", "equal"):
                return "plan"
            # "…, đạt 119,41% chỉ tiêu nghị quyết; 100% chi bộ … hoàn thành tốt nhiệm vụ",
            # "…; đã xây dựng gần 50% cán bộ thôn là đảng viên": with no cue, the percentage
            # is a share of the noun after it.
            labelled = cue is None and words <= self.r.label_words
            return "plan" if labelled and not self._noun_after(i) else None
        # "…, tăng 5% so với cùng kỳ; 94,7% số hộ …": a percentage with no item's name before
        # it names its own noun after it.
        if cue is None and 0 < words <= self.r.label_words and previous.cue in ("up", "down"):
            return previous.cue
        return None

    def _share_of_after(self, i: int) -> bool:
        """What number ``i`` is a share of follows it ("quân số", "số hộ")."""
        return self.r.share_of.match_at(self.toks, i + 1) is not None

    def _noun_after(self, i: int) -> bool:
        """A word follows number ``i``: with no cue, a percentage is a share of that noun."""
        return i + 1 < len(self.toks) and self.toks[i + 1].kind == "w"

    def _shared_cue(
        self, previous: _Role | None, first: int, joins: tuple[str, ...] = ("và",)
    ) -> str | None:
        """ "tăng 1,9% so với kế hoạch và 4,86% so với năm 2017": a bare number joined by one
        of ``joins`` to a change shares its verb."""
        if previous is None or previous.cue not in ("up", "down"):
            return None
        between = self.toks[previous.last : first]
        return previous.cue if len(between) == 1 and between[0].low in joins else None

    def _closes_plan_item(self, previous: _Role) -> bool:
        """``previous`` follows a share of a plan in the same item, only its cue between."""
        earlier = self._earlier
        if earlier is None or earlier.kind != "plan":
            return False
        return not any(t.kind in ("w", "n") for t in self.toks[earlier.last : previous.first])

    def _qualifier_start(self, i: int) -> int:
        number = self.toks[i].num
        span = number.qualifier_span if number else None
        j = i
        if span is not None:
            while j > 0 and self.toks[j - 1].start >= span[0]:
                j -= 1
        return j

    def _unit(self, i: int) -> tuple[str | None, UnitClass | None, int]:
        named = self._named_unit(i)
        if named is not None:
            return named
        num = self.toks[i].num
        assert num is not None
        j = i + 1
        if num.scale:
            # "xuất khẩu đạt 890 triệu USD …; nhập khẩu đạt 160 triệu": a parallel amount on the
            # same scale keeps the currency of the one before it; "kết nạp 3 nghìn hội viên,
            # nâng tổng số hội viên lên 230 nghìn": a count named again keeps its unit; else dong.
            currency = self._currency_before(i, num.scale)
            if currency is None:
                counted = self._count_named_again(i, num.scale) or self._total_counted(i)
                if counted is not None:
                    return counted, "counted", j
            return currency or self.r.bare_scale_currency, "money", j
        return None, None, j

    def _named_unit(self, i: int) -> tuple[str, UnitClass, int] | None:
        """The unit written with number ``i`` (a percent sign, a currency, a unit's word)."""
        toks, r = self.toks, self.r
        num = toks[i].num
        assert num is not None
        j = i + 1
        if num.is_percent:
            return "%", "percent", j
        if num.currency:
            return num.currency, "money", j
        found = r.units.match_at(toks, j)
        if found is not None:
            unit = self.text[toks[j].start : toks[found[1] - 1].end]
            return unit, "counted" if found[0] == "counted" else "measure", found[1]
        if j < len(toks) and self._unit_like(j):
            return toks[j].text, "counted", j + 1
        return None

    def _count_named_again(self, i: int, scale: int) -> str | None:
        """The counted unit of the last number on ``scale`` before ``toks[i]`` (a few words
        back at most), when the words between name it again."""
        for k in range(i - 1, max(-1, i - _NAMED_AGAIN_REACH), -1):
            num = self.toks[k].num
            if num is None or num.scale != scale or num.currency:
                continue
            named = self._named_unit(k)
            between = self.text[self.toks[k].end : self.toks[i].start]
            if named is None or named[1] != "counted":
                return None
            return named[0] if f" {named[0]} " in f" {between} " else None
        return None

    def _total_counted(self, i: int) -> str | None:
        """ "nâng tổng số đảng viên của khối lên gần 6 ngàn": the counted unit a total names
        in the clause before a bare scale."""
        toks, r = self.toks, self.r
        if self._count_heads is None:
            may = r.count_head_phrases.may_start
            self._count_heads = [k for k, tok in enumerate(toks) if may(tok)]
        found_at = self._count_heads
        for at in range(bisect_left(found_at, self._segment_start(i, 0)), len(found_at)):
            k = found_at[at]
            if k >= i:
                break
            head = r.count_head_phrases.match_at(toks, k, i)
            if head is None:
                continue
            found = r.units.match_at(toks, head[1], i)
            if found is not None and found[0] == "counted":
                return self.text[toks[head[1]].start : toks[found[1] - 1].end]
        return None

    def _currency_before(self, i: int, scale: int) -> str | None:
        """The currency of the last amount on ``scale`` before ``toks[i]`` that names one."""
        if self._currencies is None:
            self._currencies = {}
            for k, tok in enumerate(self.toks):
                if tok.num is not None and tok.num.currency:
                    self._currencies.setdefault(tok.num.scale, []).append(k)
        found = self._currencies.get(scale, [])
        at = bisect_left(found, i)
        return self.toks[found[at - 1]].num.currency if at else None  # type: ignore[union-attr]

    def _unit_like(self, j: int) -> bool:
        tok = self.toks[j]
        if tok.kind != "w" or self.r.not_units.match_at(self.toks, j) is not None:
            return False
        if self.r.cues.match_at(self.toks, j) is not None:
            return False
        return tok.text.islower() or (tok.text.isupper() and len(tok.text) <= 5)

    def _plan_before(self, first: int) -> tuple[str, int] | None:
        """``so dự toán giao đạt 42%``: the plan named between a comparison link and the cue;
        the plan and where the link starts."""
        for k in range(first - 1, max(-1, first - _PLAN_BEFORE_REACH), -1):
            link = self.r.links.match_at(self.toks, k)
            if link is None:
                continue
            plan = self._plan(link[1])
            return (plan[0], k) if plan is not None and plan[1] == first else None
        return None

    def _plan(self, j: int) -> tuple[str, int] | None:
        found = self.r.plans.match_at(self.toks, j)
        if found is None:
            return None
        end = found[1]
        for _ in range(2):
            suffix = self.r.plan_suffixes.match_at(self.toks, end)
            if suffix is None:
                break
            end = suffix[1]
        return self.text[self.toks[j].start : self.toks[end - 1].end], end

    # Second pass: roles into figures.

    def drafts(self) -> list[_Draft]:
        out: list[_Draft] = []
        current: _Draft | None = None
        carry: str | None = None  # the verb a list of counted things shares
        prev_end = 0
        last: _Draft | None = None  # the figure before, across a ";"
        whole: _Draft | None = None  # the count that opened the sentence as a whole
        opened: tuple[_Role, _Draft] | None = None  # a "từ X" waiting for its level
        runs = self._respective_runs()
        deferred: dict[int, list[_Role]] = {}  # a run's roles, by where its "lần lượt" starts
        for role in self.roles:
            run = runs.get(role.idx)
            if run is not None:
                deferred.setdefault(run, []).append(role)
                prev_end = max(prev_end, role.last)
                continue
            seg = self._segment_start(role.first, prev_end)
            pre = self._pre(seg, role.first, prev_end)
            if pre is None and role.kind in ("plan", "yoy", "pct"):
                pre = self._bracket_owner(seg, role.first, prev_end)
            elif pre is not None and self._rate_of_part(role, pre, current, prev_end):
                pre = None  # the part of a whole takes its rate as its value
            # "…, bằng 74% dự toán Trung ương giao; bằng 73,7% dự toán tỉnh giao": a comparison
            # with no noun of its own goes on with the figure before the ";".
            goes_on = pre is None and role.kind in ("plan", "yoy")
            if not goes_on and any(t.text == ";" for t in self.toks[prev_end : role.first]):
                current, carry = None, None
            if pre is not None and last is not None:
                pre = self._share_of_last(seg, pre, last) or self._measure_of_last(pre, last) or pre
            if pre is None and last is not None and role.kind in ("yoy", "plan", "pct"):
                pre = self._average(seg, role.first, last)
            if last is not None and role.kind in ("value", "pct"):
                # "…; năm 2023 đạt 13,45%": a period's own clause, the figure before's measure
                pre = self._period_total(seg, role.first, last) or pre
            if pre is None and role.cue == "level" and self._inherited(seg, prev_end) is None:
                # "Năm 2020 đạt mức tăng trưởng 4,24%": no subject at all, the rate names itself
                pre = self._rate_reached(role.first, None)
            estimated = self.r.estimated.occurs(self.toks, seg, role.idx) or self.opens_estimate
            if role.kind == "from":
                # "giảm từ 5,2% xuống còn 3,8%", "giảm 1,2% so với đầu năm, còn 2,8%": no fact,
                # but the subject waits for the level that follows ("Chỉ số giá (CPI) tháng 6
                # tăng 0,5% so với tháng trước, tăng 3,5% so với cùng kỳ").
                pre = pre or self._inherited(seg, prev_end)
                if pre is not None:
                    current = self._draft(pre.text, role, pre)
                    out.append(current)
                    opened = (role, current)
            elif role.kind == "value" and self._level_after_from(role, opened, current, prev_end):
                # "tăng từ 45,8 triệu đồng lên mức 58,6 triệu đồng": the level reached
                assert current is not None
                self._take_amount(role, current)
            elif role.kind == "value" and self._level_after_change(role, current, pre):
                # "Số hộ nghèo giảm 120 hộ, còn 850 hộ": the level the change left
                assert current is not None
                self._take_amount(role, current)
                current.end = max(current.end, self.toks[role.last - 1].end)
            elif role.kind == "value" and self._restates(role, current, prev_end):
                assert current is not None
                self._take_amount(role, current)
                current.estimated = current.estimated or estimated
            elif role.kind == "value" and self._of_whole(role, current, prev_end):
                assert current is not None
                current.part, current.whole, current.value = current.value, role.amount, None
            elif (
                role.kind == "value"
                and role.cue == "equal"
                and current is not None
                and current.value is not None
            ):
                pass  # "đạt 20.000 tấn, bằng 18.500 tấn của năm trước": what it is compared with
            elif role.kind in ("value", "ratio"):
                made = self._new_value(role, seg, prev_end, pre, carry)
                if made is not None:
                    draft, carry = made
                    draft.estimated = estimated
                    out.append(draft)
                    current = draft
                    if whole is not None and _counts_same(whole, draft):
                        draft.part, draft.whole, draft.value = draft.value, whole.value, None
                        if whole in out:
                            out.remove(whole)  # the whole is stated for its parts only
                    elif whole is not None and _states_whole(whole, draft) and whole in out:
                        out.remove(whole)  # "trong tổng số 13 chỉ tiêu, có 12/13 chỉ tiêu …"
                    elif self._opens_whole(role):
                        whole = draft
                    if role.unit_class == "counted":
                        prev_end = max(prev_end, self._tail_end(role.idx + 1))
            elif (owner := self._change_owner(role, current, pre, out)) is not None:
                # "426 vụ …, làm 207 người chết và 335 người bị thương (… giảm 70 vụ, giảm 44
                # người chết …)": each change goes to the count of its own noun
                self._attach(role, owner)
                prev_end = max(prev_end, self._tail_end(role.idx + 1))
            elif (listed := self._counted_change(role, current, pre)) is not None:
                out.append(listed)
                current = listed
                prev_end = max(prev_end, self._tail_end(role.idx + 1))
            else:
                compared = self._comparison(role, current, seg, prev_end, pre)
                if compared is not None and compared is not current:
                    compared.estimated = estimated
                    out.append(compared)
                    current = compared
            prev_end = max(prev_end, role.last)
            last = current or last
        for run, roles in deferred.items():
            self._distribute(run, roles, out)
        kept = [d for d in out if d.facts() or d.warnings]
        self._name_sectors(kept)
        return kept

    def _respective_runs(self) -> dict[int, int]:
        """The numbers of each run after "lần lượt" ("tăng lần lượt 12% và 15%", "lần lượt
        đạt 95% và 102%"): number token → the run's "lần lượt" token. A run is two numbers or
        more, joined by commas and "và", the first close after the words."""
        toks, r = self.toks, self.r
        runs: dict[int, int] = {}
        k = r.respective.find(toks)
        while k >= 0:
            found = r.respective.match_at(toks, k)
            assert found is not None
            j = found[1]
            cue = r.cues.match_at(toks, j)
            j = cue[1] if cue is not None else j
            numbers: list[int] = []
            while j < len(toks) and toks[j].kind == "n":
                numbers.append(j)
                j += 1
                while j < len(toks) and toks[j].kind != "n" and toks[j].low not in (",", "và"):
                    if toks[j].kind == "w" and self._unit(numbers[-1])[2] <= j:
                        break  # a word past the number's unit ends the run
                    j += 1
                if j < len(toks) and toks[j].low in (",", "và"):
                    j += 1
                else:
                    break
            if len(numbers) >= 2:
                runs.update(dict.fromkeys(numbers, k))
            k = r.respective.find(toks, k + 1)
        return runs

    def _distribute(self, run: int, roles: list[_Role], out: list[_Draft]) -> None:
        """The run's numbers go, in order, to as many figures stated before "lần lượt", or to
        the subjects listed before it ("Thu ngân sách và chi ngân sách lần lượt đạt 95% và
        88% dự toán"). What the last number is compared with is the run's: the plan or the
        same period is named once, after it."""
        roles = self._as_last(roles)
        before = [d for d in out if d.start < self.toks[run].start]
        targets = before[-len(roles) :] if len(before) >= len(roles) else self._listed(run, roles)
        for role, draft in zip(roles, targets, strict=False):
            if draft.value is None and draft.part is None and role.kind in ("value", "pct"):
                self._take_amount(role, draft)
            elif not self._attach(role, draft):
                continue
            draft.end = max(draft.end, self.toks[role.last - 1].end)
            if draft not in out:
                out.append(draft)

    @staticmethod
    def _as_last(roles: list[_Role]) -> list[_Role]:
        """The run's numbers compared as one of them says: as the last, with the plan or the
        same period named once after it ("lần lượt đạt 95% và 102% kế hoạch", "bằng lần lượt
        101% và 98% so với cùng kỳ"); or changed as the first, whose verb they share
        ("lần lượt tăng 12 vụ và 20 đối tượng")."""
        first, last = roles[0], roles[-1]
        out = []
        for role in roles:
            x = role.num.value
            if x is None:
                out.append(role)
            elif (
                role is not last
                and last.kind == "plan"
                and role.kind in ("pct", "plan")
                and role.plan is None
            ):
                out.append(role._replace(kind="plan", plan=last.plan))
            elif role is not last and last.kind == "yoy" and role.kind == "pct":
                out.append(role._replace(kind="yoy", amount=_change(x, last.cue)))
            elif (
                role is not first
                and first.kind == "yoy_abs"
                and role.kind == "value"
                and first.cue in ("up", "down")
            ):
                out.append(role._replace(kind="yoy_abs", amount=x if first.cue == "up" else -x))
            else:
                out.append(role)
        return out

    def _listed(self, run: int, roles: list[_Role]) -> list[_Draft]:
        """One figure for each subject listed before "lần lượt", when there are as many as
        numbers after it ("Tỷ lệ hộ nghèo, hộ cận nghèo lần lượt là …")."""
        toks = self.toks
        # The list runs back past its commas to the clause's start.
        seg = run
        while seg > 0 and toks[seg - 1].kind != "n" and toks[seg - 1].text not in ";:.()":
            seg -= 1
        items: list[tuple[int, int]] = []
        start = seg
        for k in range(seg, run + 1):
            if k == run or toks[k].low in (",", "và"):
                items.append((start, k))
                start = k + 1
        phrases = [clean(self.text, toks, a, b, self.r) for a, b in items if a < b]
        if len(phrases) != len(roles) or any(p is None for p in phrases):
            return []
        return [self._draft(p.text, role, p) for p, role in zip(phrases, roles, strict=True) if p]

    def _average(self, seg: int, first: int, last: _Draft) -> Phrase | None:
        """ "bình quân 6 tháng tăng 3,68%": the average of the figure before over a period."""
        found = self.r.averages.match_at(self.toks, seg, first)
        if found is None or found[1] == first:
            return None
        start, end = self.toks[seg].start, self.toks[first - 1].end
        text = f"{last.indicator} {' '.join(self.text[start:end].split())}"
        return Phrase(text, start, end, len(text.split()), None)

    def _period_total(self, seg: int, first: int, last: _Draft) -> Phrase | None:
        """ "…, lũy kế 10 tháng đầu năm đạt 131 tỷ đồng", "…, cả năm ước đạt 25.131 tỷ đồng", "…
        đạt 1,4 tỷ đồng, lũy kế đạt 35,3 tỷ đồng": a clause of only a period, or only "lũy kế",
        states the figure before it summed over the period. Its indicator is that figure's,
        with "lũy kế" when the clause says so."""
        toks, r = self.toks, self.r
        found = r.averages.match_at(toks, seg, first)
        k = seg if found is None else found[1]
        estimate = r.estimated.match_at(toks, k, first)  # "ước thực hiện đến ngày 31/12 đạt …"
        k = k if estimate is None else estimate[1]
        lead = r.time_lead.match_at(toks, k, first)
        if lead is not None and lead[1] < first and is_time_number(toks, lead[1], r):
            k = lead[1]
        named = r.time_phrases.match_at(toks, k, first) if k < first else None
        if named is not None:  # "cả năm", "từ đầu năm"
            end = named[1]
        elif k < first and is_time_number(toks, k, r):
            trail = r.time_trail.match_at(toks, k + 1, first)
            end = k + 1 if trail is None else trail[1]
        elif found is not None and found[1] > seg:
            end = found[1]  # "lũy kế" alone, perhaps with its verb: "lũy kế đạt"
        else:
            return None
        if end < first and is_time_number(toks, end, r):
            end += 1  # the year: "10 tháng đầu năm 2019"
        if clean(self.text, toks, end, first, r) is not None:
            return None  # the clause names something of its own
        start = toks[seg].start
        text = last.indicator
        if found is not None:
            text += " " + " ".join(self.text[start : toks[k - 1].end].split())
        return Phrase(text, start, toks[end - 1].end, len(text.split()), None)

    def _name_sectors(self, drafts: list[_Draft]) -> None:
        """ "trong đó, ngành du lịch tiếp tục phát triển, giá trị sản xuất ước đạt …": a bare
        measure after a sector named in its clause run is that sector's measure."""
        sectors = self._sectors() if drafts else []
        for draft in drafts if sectors else ():
            for name_end, name, run_end in reversed(sectors):
                if name_end <= draft.start < run_end:
                    if self._is_bare(draft.indicator):
                        draft.indicator = f"{draft.indicator} {name}"
                    break

    def _sectors(self) -> list[tuple[int, str, int]]:
        """Each sector named after an opener: where its name ends, the name, and where its
        clause run ends (the next ";" or the sentence's end)."""
        toks, r = self.toks, self.r
        found: list[tuple[int, str, int]] = []
        if not r.sector_words.occurs(toks):
            return found
        i = -1
        while (i := r.sector_openers.find(toks, i + 1)) >= 0:
            opener = r.sector_openers.match_at(toks, i)
            assert opener is not None
            j = opener[1] + (opener[1] < len(toks) and toks[opener[1]].text == ",")
            word = r.sector_words.match_at(toks, j)
            if word is None:
                continue
            k = word[1]
            while k < len(toks) and k - j < r.indicator_words:
                t = toks[k]
                if t.kind == "n" or (t.kind == "p" and t.text in r.boundaries):
                    break
                if r.sector_ends.may_start(t) and r.sector_ends.match_at(toks, k) is not None:
                    break
                k += 1
            if k == word[1]:
                continue
            run_end = next((t.start for t in toks[k:] if t.text == ";"), toks[-1].end + 1)
            name = " ".join(self.text[toks[j].start : toks[k - 1].end].split())
            found.append((toks[k - 1].end, name, run_end))
        return found

    def _share_owner(self, seg: int, pre: Phrase) -> Phrase | None:
        """ "dịch vụ chiếm tỷ trọng 59,25%": a bare share after "chiếm" is the share of the
        subject before the verb ("tỷ trọng dịch vụ")."""
        k = next((j for j in range(seg, len(self.toks)) if self.toks[j].start >= pre.start), None)
        if k is None or k - 1 <= seg or not self._is_bare(pre.text):
            return None
        found = self.r.share_verbs.match_before(self.toks, k, seg)
        if found is None:
            return None
        owner = clean(self.text, self.toks, seg, found[1], self.r, cut_at_head=False)
        if owner is None:
            return None
        text = f"{pre.text} {_lower_first(owner.text)}"
        return Phrase(text, owner.start, pre.end, pre.words + owner.words, pre.head)

    def _rate_reached(self, first: int, pre: Phrase | None) -> Phrase | None:
        """ "huyện A đạt tốc độ tăng trưởng 13%": the rate the cue names, of the subject before
        it ("tốc độ tăng trưởng huyện A"), when the subject names no measure of its own; with
        no subject ("Năm 2020 đạt mức tăng trưởng 4,24%"), the rate alone."""
        if pre is not None and pre.has_head:
            return None
        toks = self.toks
        cue = self.r.cues.match_at(toks, first)
        if cue is None or cue[0] != "level":
            return None
        rate = self.r.growth_heads.find(toks, first + 1, cue[1])
        if rate < 0:
            return None
        named = " ".join(t.text for t in toks[rate : cue[1]])
        if pre is None:
            return Phrase(
                named, toks[rate].start, toks[cue[1] - 1].end, cue[1] - rate, named.lower()
            )
        text = f"{named} {_lower_first(pre.text)}"
        return Phrase(text, pre.start, pre.end, pre.words + cue[1] - rate, named.lower())

    def _share_of_last(self, seg: int, pre: Phrase, last: _Draft) -> Phrase | None:
        """ "giá trị ngành thủy sản đạt 1.977 tỷ đồng, chiếm tỷ trọng 74,77%": a bare share
        whose clause opens on "chiếm" is the share of the figure before it."""
        found = self.r.share_verbs.match_at(self.toks, seg)
        if found is None or not self._is_bare(pre.text) or self.toks[found[1]].start != pre.start:
            return None
        if self._is_bare(last.indicator):
            return None  # a bare measure too: the sector named before owns both
        text = f"{pre.text} {_lower_first(last.indicator)}"
        return Phrase(text, pre.start, pre.end, len(text.split()), pre.head)

    def _measure_of_last(self, pre: Phrase, last: _Draft) -> Phrase | None:
        """ "41 dự án đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 595,5 triệu USD": a bare
        measure right after "với" measures what the figure before it counted."""
        before = self.text[max(0, pre.start - len(_VOI) - 2) : pre.start].rstrip().lower()
        if not before.endswith(_VOI) or before[: -len(_VOI)][-1:].isalpha():
            return None
        if not self._is_bare(pre.text):
            return None
        if self._is_bare(last.indicator):
            return None
        text = f"{pre.text} {_lower_first(last.indicator)}"
        return Phrase(text, pre.start, pre.end, len(text.split()), pre.head)

    def _is_bare(self, indicator: str) -> bool:
        """A measure and nothing else ("giá trị sản xuất", "tỷ trọng"): it names no owner."""
        itoks = tokenize(indicator)
        words = sum(t.kind == "w" for t in itoks)
        return words <= self.r.sector_bare_words and self.r.heads.match_at(itoks, 0) is not None

    def _restates(self, role: _Role, current: _Draft | None, floor: int) -> bool:
        """ "vốn đầu tư tăng 3,67% (12.640 tỷ đồng)", "giải ngân 18,1% (1.372 tỷ đồng)", "thu
        ngân sách tăng 15,3% so với cùng kỳ, ước thực hiện 1.507,2 tỷ đồng": an amount right
        after a figure that so far holds only a percentage, with at most a verb of reaching
        before it, is that figure's value."""
        if current is None or current.part is not None or role.unit_class is None:
            return False
        if not self._only_marks_and_reach(floor, role.first, role.unit_class != "counted"):
            return False
        if current.value is not None and current.unit_class != "percent":
            return False
        if current.unit_class == "percent" and (
            current.pct_of_plan is not None
            or self.r.rate_heads.occurs(self._indicator_toks(current))
            or self.r.share_verbs.occurs(self._indicator_toks(current))
        ):
            # a rate's level ("tỷ lệ hộ nghèo còn 3,2%, 1.200 hộ") or a share ("hộ nghèo chiếm
            # 29,72% (571 hộ)") stays its value
            return False
        return (
            current.value is not None
            or current.yoy_pct is not None
            or current.pct_of_plan is not None
        )

    def _short_name_at(self, close: int) -> bool:
        """``toks[close]`` closes a bracketed short name in capitals ("(HTND)")."""
        if close < 2 or self.toks[close - 2].text != "(":
            return False
        name = self.toks[close - 1]
        return name.kind == "w" and name.text.isupper() and len(name.text) > 1

    def _level_after_from(
        self,
        role: _Role,
        opened: tuple[_Role, _Draft] | None,
        current: _Draft | None,
        floor: int,
    ) -> bool:
        """``role`` is the level right after the amount a "từ" opened, in the same unit."""
        if opened is None or role.cue != "level" or role.first != floor:
            return False
        start, draft = opened
        same_unit = self._unit(start.idx)[1] == role.unit_class
        return draft is current and not draft.facts() and same_unit

    @staticmethod
    def _level_after_change(role: _Role, current: _Draft | None, pre: Phrase | None) -> bool:
        """``role`` is the level ("còn 850 hộ") a change of the figure before, in the same
        counted unit and with no level of its own yet, left; it names nothing of its own."""
        return (
            role.cue == "level"
            and role.unit_class == "counted"
            and pre is None
            and current is not None
            and current.yoy_abs is not None
            and current.value is None
            and current.part is None
            and bool(current.unit and role.unit and _share_word(current.unit, role.unit))
        )

    def _only_marks_and_reach(self, floor: int, first: int, tight: bool = False) -> bool:
        """Between ``floor`` and ``first``: a bracket or comma, then perhaps "ước" and a verb
        of reaching ("đạt", "thực hiện"); or, with ``tight``, "với" alone ("đạt 45,67% với
        trên 162 tỷ đồng": an amount, where a count would name a thing of its own)."""
        toks, j = self.toks, floor
        while j < first and toks[j].kind == "p" and toks[j].text in ("(", ","):
            j += 1
        if j == floor:
            link = self.r.tight_equivalents.match_at(toks, j, first) if tight else None
            return link is not None and link[1] == first
        estimate = self.r.estimated.match_at(toks, j, first)
        j = j if estimate is None else estimate[1]
        cue = self.r.cues.match_at(toks, j, first)
        if cue is not None and cue[0] in ("reach", "equal"):
            j = cue[1]  # "…, tương đương 5.919 tỷ đồng": the same figure as an amount
        return j == first

    def _of_whole(self, role: _Role, current: _Draft | None, floor: int) -> bool:
        """ "14 dự án … trong tổng số 39 dự án": a count of the same thing as the count before
        it, after a whole link, is that count's whole."""
        if current is None or current.value is None or role.unit_class != "counted":
            return False
        if current.unit_class != "counted" or current.part is not None:
            return False
        # "441 hộ nghèo trên tổng số 781 hộ": the whole may name its units more broadly.
        if current.unit is None or role.unit is None or not _share_word(current.unit, role.unit):
            return False
        k = self.r.whole_links.find(self.toks, floor, role.first)
        found = self.r.whole_links.match_at(self.toks, k, role.first) if k >= 0 else None
        return found is not None and found[1] == role.first

    def _opens_whole(self, role: _Role) -> bool:
        """ "Trong 19 chỉ tiêu chủ yếu, có 6 chỉ tiêu …": a count after a whole opener at the
        start of its clause, closed by a comma, is the whole of the counts that follow."""
        if role.kind != "value" or role.unit_class != "counted":
            return False
        found = self.r.whole_openers.match_before(self.toks, role.first)
        if found is None:
            return False
        j = found[1]
        if j > 0 and (
            self.toks[j - 1].kind != "p" or self.toks[j - 1].text not in self.r.boundaries
        ):
            return False
        # "trong 20 chỉ tiêu chủ yếu tại Nghị quyết … năm 2020, có 18 chỉ tiêu …": the clause
        # may name the document and year the counted units come from.
        for tok in self.toks[role.idx + 1 :]:
            if tok.kind == "n" and tok.num is not None and _may_measure(tok.num):
                return False
            if tok.kind == "p" and tok.text in self.r.boundaries:
                return tok.text == ","
        return False

    def _indicator_toks(self, draft: _Draft) -> list[Tok]:
        return [t for t in self.toks if draft.start <= t.start < draft.end]

    @staticmethod
    def _take_amount(role: _Role, draft: _Draft) -> None:
        """The amount becomes the value; a bare percentage it restates was a share of plan."""
        if draft.unit_class == "percent":
            draft.pct_of_plan, draft.value = draft.value, None
        draft.value, draft.unit, draft.unit_class = role.amount, role.unit, role.unit_class
        draft.qualifier = draft.qualifier or role.num.qualifier

    def _segment_start(self, first: int, floor: int) -> int:
        """Where the clause holding ``toks[first]`` starts: after a boundary mark or stop word.
        Asked a few times for each number, so each answer is kept."""
        key = (first, floor)
        found = self._segments.get(key)
        if found is None:
            found = self._segments[key] = self._walk_to_segment_start(first, floor)
        return found

    def _walk_to_segment_start(self, first: int, floor: int) -> int:
        k = first - 1
        lowest = max(floor, first - self.r.pre_words)
        while k >= lowest:
            tok = self.toks[k]
            if tok.text == ")" and k < first - 1 and self._short_name_at(k):
                k -= 3  # "Quỹ Hỗ trợ nông dân (HTND) toàn tỉnh": a short name inside the phrase
                continue
            quoted = tok.text in _QUOTES
            opening = self._quoted_name_start(k, lowest) if quoted else None
            if opening is not None:
                k = opening - 1  # "Quỹ “Vì người nghèo” vận động được …": a name inside it
                continue
            if tok.kind == "p" and tok.text in self.r.boundaries:
                return k + 1
            if tok.kind == "w" and self.r.trailing_stops.may_end(tok):
                stop = self.r.trailing_stops.match_before(self.toks, k + 1, lowest)
                if stop is not None:
                    return stop[1]
            k -= 1
        return lowest

    def _rate_of_part(
        self, role: _Role, pre: Phrase, current: _Draft | None, floor: int
    ) -> bool:
        """ "57/110 công trình hoàn thành (tỷ lệ 51,8%)", "…, tỷ lệ 51,8%": a bare rate right
        after a part of a whole, only a mark between, is that figure's value in percent, as
        "đạt 51,8%" there is."""
        if role.kind != "pct" or current is None or current.part is None or current.value is not None:
            return False
        between = self.toks[floor : role.first]
        marks = [t for t in between if t.kind == "p"]
        return (
            bool(marks)
            and all(t.text in ("(", ",") for t in marks)
            and all(t.kind == "p" or t.start >= pre.start for t in between)
            and self._only_a_measure(pre.text)
        )

    def _only_a_measure(self, indicator: str) -> bool:
        """The phrase is a measure's head alone ("tỷ lệ"), naming nothing it measures."""
        itoks = tokenize(indicator)
        head = self.r.heads.match_at(itoks, 0)
        return head is not None and head[1] == len(itoks)

    def _bracket_owner(self, seg: int, first: int, floor: int) -> Phrase | None:
        """ "… là: thu từ khu vực ngoài quốc doanh (đạt 105,8% dự toán), phí, lệ phí (đạt 230,4%
        dự toán)": a comparison that opens a bracket, after a clause of its own that states no
        figure, measures what that clause names; right after a figure ("đạt 5 tỷ đồng (bằng 105%
        dự toán)") it is that figure's."""
        if seg != first or seg < 1 or self.toks[seg - 1].text != "(":
            return None
        start = self._segment_start(seg - 1, floor)
        opened = self.toks[start - 1] if start > floor and start > 0 else None
        if opened is None or opened.kind != "p" or opened.text not in self.r.boundaries:
            return None  # no mark parts the clause from the figure before it
        return self._pre(start, seg - 1, floor)

    def _pre(self, seg: int, first: int, floor: int, *, counted: bool = False) -> Phrase | None:
        """The indicator phrase before a number; the tail of a comma list takes its head.

        ``Giá trị sản xuất nông, lâm, thủy sản ước đạt ...``: the words after the last comma
        name no indicator, so the list is read back to the segment that holds its head
        (or, before a counted number, to where the list of short items starts).
        """
        options = {"drop_subject": counted, "cut_at_head": not counted}
        pre = clean(self.text, self.toks, seg, first, self.r, **options)
        if pre is not None and not counted:
            pre = self._share_owner(seg, pre) or self._rate_reached(first, pre) or pre
        if (pre is None or pre.text.lower() in self.r.generic_heads) and self._stop_at(seg):
            # "Ngành công nghiệp phát triển với mức tăng 9%": "mức" names nothing; the
            # subject is the clause before the stop word.
            a = self._segment_start(seg, floor)
            before = clean(self.text, self.toks, a, seg, self.r, **options) if a < seg else None
            if before is not None:
                return before
        if pre is not None and pre.text.lower() in self.r.spending_heads and self._stop_at(seg):
            # The clause may be the description of the count before it ("2.000 hộ được hỗ trợ
            # … với tổng kinh phí"): read back past that figure, to its number.
            a = self._spent_start(seg)
            spent = clean(self.text, self.toks, a, seg, self.r, **options) if a < seg else None
            if spent is not None:
                text = f"{pre.text} {_lower_first(spent.text)}"
                return Phrase(text, spent.start, pre.end, pre.words + spent.words, pre.head)
        if pre is not None and pre.head is not None and self._elided_before(seg, pre.head):
            # "Tổng kim ngạch xuất, nhập khẩu đạt …": the word before the comma shares the
            # head's last word ("xuất [khẩu]"), so the pair is one indicator.
            a = self._segment_start(seg - 1, floor)
            item = (
                clean(self.text, self.toks, a, seg - 1, self.r, **options) if a < seg - 1 else None
            )
            if item is not None:
                joined = " ".join(self.text[item.start : pre.end].split())
                return Phrase(
                    joined, item.start, pre.end, len(joined.split()), item.head or pre.head
                )
        if pre is not None and self._sector_elided(seg):
            # "ngành nông, lâm nghiệp và thủy sản đạt …": "nông [nghiệp]" before the comma
            a = self._segment_start(seg - 1, floor)
            item = (
                clean(self.text, self.toks, a, seg - 1, self.r, **options) if a < seg - 1 else None
            )
            if item is not None and item.has_head:
                joined = " ".join(self.text[item.start : pre.end].split())
                return Phrase(joined, item.start, pre.end, len(joined.split()), item.head)
        if pre is None or pre.has_head or self._item_words(pre) > self.r.short_pre:
            return pre
        noted = self._before_note(seg, floor, pre, options)
        if noted is not None:
            return noted
        start, earliest, before_middle, passed = seg, None, None, False
        for _ in range(self.r.list_items):
            if start == 0 or self.toks[start - 1].text != ",":
                break
            a = self._segment_start(start - 1, floor)
            cut_short = a > 0 and self.toks[a - 1].kind != "p"  # by a number's clause, not a comma
            if cut_short or any(t.kind == "n" for t in self.toks[a : start - 1]):
                break
            item = clean(self.text, self.toks, a, start - 1, self.r, **options)
            if item is None:
                break
            if item.has_head:
                earliest = item
                break
            if item.words > self.r.short_pre:
                # "lĩnh vực thương mại, dịch vụ đạt …": a longer first item of a clause
                # still heads a list whose last item is a word or two.
                opens = self._opens_clause(a, floor, options)
                if opens and pre.words <= _LIST_TAIL_WORDS and item.words <= self.r.indicator_words:
                    earliest = item
                    break
                if opens or passed or item.words > _LIST_MIDDLE_WORDS:
                    break
                # "Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp, xây dựng đạt …": a longer
                # item inside the list, read past only when a head stands further back.
                before_middle, passed, start = earliest, True, a
                continue
            earliest, start = item, a
        if passed and (earliest is None or not earliest.has_head):
            earliest = before_middle
        if earliest is None:
            return pre
        joined = " ".join(self.text[earliest.start : pre.end].split())
        words = len(joined.split())
        return Phrase(joined, earliest.start, pre.end, words, earliest.head or pre.head)

    def _opens_clause(self, a: int, floor: int, options: dict[str, bool]) -> bool:
        """The segment at ``a`` opens its clause: nothing before it, or only a connector or a
        time before its comma ("Trong đó, các ngành dịch vụ, thương mại đạt …")."""
        if a == 0 or self.toks[a - 1].text != ",":
            return True
        before = self._segment_start(a - 1, floor)
        return clean(self.text, self.toks, before, a - 1, self.r, **options) is None

    def _elided_before(self, seg: int, head: str) -> bool:
        """A comma and one word before ``seg`` that, with the head's words after its first,
        make a head too ("xuất, nhập khẩu", "thu, chi ngân sách")."""
        toks = self.toks
        if seg < 2 or toks[seg - 1].text != "," or toks[seg - 2].kind != "w":
            return False
        rest = head.split()[1:]
        if not rest:
            return False
        pair = tokenize(" ".join([toks[seg - 2].low, *rest]))
        found = self.r.heads.match_at(pair, 0)
        return found is not None and found[1] == len(pair)

    def _sector_elided(self, seg: int) -> bool:
        """A comma before ``seg`` between a sector's first syllable and another sector whose
        second syllable completes it ("nông, lâm nghiệp", "nông lâm, thủy sản")."""
        toks = self.toks
        if seg < 2 or seg + 1 >= len(toks) or toks[seg - 1].text != ",":
            return False
        second = toks[seg + 1].low
        compounds = self.r.sector_compounds
        return (
            toks[seg - 2].kind == "w"
            and f"{toks[seg].low} {second}" in compounds
            and f"{toks[seg - 2].low} {second}" in compounds
        )

    def _item_words(self, pre: Phrase) -> int:
        """The words of a list's last item, without those describing the whole list."""
        text = f" {pre.text.lower()} "
        cut = min((text.find(w) for w in self.r.list_tail_links if w in text), default=-1)
        return len(text[:cut].split()) if cut > 0 else pre.words

    def _before_note(
        self, seg: int, floor: int, pre: Phrase, options: dict[str, bool]
    ) -> Phrase | None:
        """``Tổng giá trị sản xuất (giá so sánh 2010) trên địa bàn đạt …``: a bracketed note
        with a number in it splits the indicator; its head is the phrase before the note."""
        if seg == 0 or self.toks[seg - 1].text != ")":
            return None
        opening = self._opening_bracket(seg - 1, floor)
        if opening is None:
            return None
        a = self._segment_start(opening, floor)
        head = clean(self.text, self.toks, a, opening, self.r, **options) if a < opening else None
        if head is None or not head.has_head:
            return None
        joined = " ".join(self.text[head.start : pre.end].split())
        return Phrase(joined, head.start, pre.end, len(joined.split()), head.head)

    def _stop_at(self, k: int) -> bool:
        """Whether a clause starts at ``toks[k]`` by a stop word (``với``, ``trong đó``)."""
        stops = self.r.trailing_stops
        return (
            k < len(self.toks)
            and stops.may_start(self.toks[k])
            and (stops.match_at(self.toks, k) is not None)
        )

    def _inherited(self, seg: int, floor: int) -> Phrase | None:
        """The subject of a clause with none: the phrase before the bracket or comma.

        After a closing bracket the subject is the phrase before the bracket, with the
        bracket kept when it only names the subject again (``Tổng sản phẩm (GRDP)``).
        """
        k = seg - 1
        if k < max(floor, 1):
            return None
        # "Về kim ngạch xuất khẩu (không tính …), lũy kế 4 tháng …": the bracket, then the comma
        if self.toks[k].text == "," and k - 1 >= max(floor, 1) and self.toks[k - 1].text == ")":
            k -= 1
        closing: int | None = None
        if self.toks[k].text == ")":
            opening = self._opening_bracket(k, floor)
            if opening is None:
                return None
            if not any(t.kind == "n" for t in self.toks[opening + 1 : k]):
                closing = self.toks[k].end
            k = opening
        elif self.toks[k].text not in ("(", ",", ":"):
            return None
        a = self._segment_start(k, floor)
        a, k = self._compared_subject(a, k, floor)
        # Read back as before a number: "Giá trị sản xuất công nghiệp, xây dựng: 6.890 tỷ"
        # names the list's head before its last item.
        phrase = self._pre(a, k, floor)
        if phrase is None or not (phrase.has_head or phrase.words <= self.r.inherit_words):
            return None
        if closing is not None:
            text = " ".join(self.text[phrase.start : closing].split())
            return Phrase(text, phrase.start, closing, phrase.words, phrase.head)
        return phrase

    def _compared_subject(self, a: int, k: int, floor: int) -> tuple[int, int]:
        """ "Tổng mức bán lẻ hàng hóa tăng cao so với cùng kỳ, ước đạt …": a clause from ``a``
        that only names the baseline after "so với"; the subject is before the cue of its
        comparison. Else ``(a, k)``."""
        if self.r.links.match_at(self.toks, a, k) is None:
            return a, k
        cue = self.r.cues.match_before(self.toks, a, floor)
        if cue is None:
            return a, k
        b = self._segment_start(cue[1], floor)
        return (b, cue[1]) if b < cue[1] else (a, k)

    def _opening_bracket(self, k: int, floor: int) -> int | None:
        j = k - 1
        while j >= max(floor, k - self.r.pre_words):
            if self.toks[j].text == "(":
                return j
            if self.toks[j].text == ")":
                return None
            j -= 1
        return None

    def _tail(self, start: int) -> Phrase | None:
        """The noun phrase after a number, up to the next clause, number or stop word."""
        k = self._tail_end(start)
        if k == start or self.toks[start].kind == "p":
            return None
        if self.r.links.match_at(self.toks, start) is not None:
            return None  # "… 10,5% so với cùng kỳ": the words after name the baseline
        close = next(
            (self._rate_bracket(j, k) for j in range(start, k) if self.toks[j].text == "("), None
        )
        if close is not None:
            # "9/18 xã (đạt 50%) đạt chuẩn nông thôn mới": the description, less the rate
            found = clean(self.text, self.toks, start, k, self.r, cut_at_head=False)
            if found is None:
                return None
            opening = next(j for j in range(close, start, -1) if self.toks[j].text == "(")
            inside = self.text[self.toks[opening].start : self.toks[close].end]
            return replace(found, text=" ".join(found.text.replace(inside, " ").split()))
        band = [b for b in self.bands if start < b < k]
        if band:
            # "10 chỉ tiêu đạt trên 90%": the band is what the counted units have in common,
            # kept as written.
            first, last = self.toks[start], self.toks[band[-1]]
            words = sum(t.kind == "w" for t in self.toks[start : band[-1]])
            return Phrase(self.text[first.start : last.end], first.start, last.end, words, None)
        return clean(self.text, self.toks, start, k, self.r, cut_at_head=False)

    def _tail_end(self, start: int) -> int:
        # A unit may hold a comma ("công trình, phần việc thanh niên"): the tail starts past it.
        unit = self.r.units.match_at(self.toks, start)
        k = start if unit is None else unit[1]
        limit = min(len(self.toks), start + self.r.trailing_words)
        # any counted noun may head a list of kinds counted together
        first = unit or self.r.coordinate_units.match_at(self.toks, start, limit)
        listed = None if first is None else first[1]
        while k < limit:
            tok = self.toks[k]
            if tok.text == "," and k == listed:
                # "29 cơ quan, đơn vị đạt …": a second kind counted by the same number
                found = self.r.coordinate_units.match_at(self.toks, k + 1, limit)
                more = None if found is None else found[1]
                # "7 chi bộ, Đảng bộ xã Phú Hòa có …": a capital opens a name, no second kind;
                # a short name in capitals ("TDP") is still a kind
                after = self.toks[k + 1].text if more is not None else ""
                # "5 mô hình, tổ chức 10 lớp": a verb with its own count, no second kind
                counts = more is not None and more < limit and self.toks[more].kind == "n"
                if more is not None and (after[:1].islower() or after.isupper()) and not counts:
                    k = listed = more
                    continue
            close = self._rate_bracket(k, limit) if k > start else None
            if close is None and k > start:
                close = self._quoted_name_end(k, limit)
            if close is not None:
                k = close + 1
                continue
            if (
                tok.kind == "p"
                and tok.text in self.r.boundaries
                and (tok.text != "," or not self._continues(k + 1, limit))
            ):
                listed_end = self._enumeration_end(k + 1, limit) if tok.text == "," else None
                if listed_end is None:
                    break
                k = listed_end
                continue
            if k in self.role_starts or (k > start and k in self.role_numbers):
                break
            if tok.text == "/" and k > start and k + 1 < limit and self.toks[k + 1].kind == "n":
                break  # "36 hộ/9 xã", "12.450 học sinh/415 lớp": another count follows
            stops = self.r.trailing_stops
            if k > start and stops.may_start(tok) and stops.match_at(self.toks, k) is not None:
                break
            k += 1
        return k

    def _quoted_name_end(self, k: int, limit: int) -> int | None:
        """ "hộ đạt danh hiệu “Sản xuất kinh doanh giỏi” các cấp": a quoted name at ``k``, no
        number or mark inside, is words of the description; the index of its closing quote."""
        toks = self.toks
        if toks[k].text not in _OPENING_QUOTES:
            return None
        for j in range(k + 1, min(limit, k + self.r.name_quote_words + 1)):
            if toks[j].text in _QUOTES:
                return j if j > k + 1 and toks[j].text not in _OPENING_ONLY else None
            if toks[j].kind != "w":
                return None
        return None

    def _quoted_name_start(self, k: int, lowest: int) -> int | None:
        """The opening quote of a quoted name that closes at ``toks[k]``, words only inside."""
        toks = self.toks
        if toks[k].text not in _QUOTES or toks[k].text in _OPENING_ONLY:
            return None
        for j in range(k - 1, max(lowest, k - self.r.name_quote_words - 1) - 1, -1):
            if toks[j].text in _QUOTES:
                return j if j < k - 1 and toks[j].text in _OPENING_QUOTES else None
            if toks[j].kind != "w":
                return None
        return None

    def _rate_bracket(self, k: int, limit: int) -> int | None:
        """ "9/18 xã (đạt 50%) đạt chuẩn": a bracket at ``k`` holding only the count's rate,
        words going on after it; the index of its ")"."""
        toks = self.toks
        if toks[k].text != "(":
            return None
        for j in range(k + 1, min(limit, k + _RATE_BRACKET_TOKENS + 1)):
            if toks[j].text == ")":
                rate = any(t.num is not None and t.num.is_percent for t in toks[k + 1 : j])
                return j if rate and j + 1 < limit and toks[j + 1].kind == "w" else None
            if toks[j].kind == "p":
                return None
        return None

    def _continues(self, k: int, limit: int) -> bool:
        """``15/20 chỉ tiêu đảm bảo tiến độ, đạt và vượt kế hoạch``: after the comma the same
        description goes on (a shared verb, no number of its own up to the clause end)."""
        found = self.r.tail_continuations.match_at(self.toks, k, limit)
        if found is None:
            return False
        for tok in self.toks[found[1] : limit]:
            if tok.kind == "n":
                return False
            if tok.kind == "p" and tok.text in self.r.boundaries:
                break
        return True

    def _enumeration_end(self, k: int, limit: int) -> int | None:
        """ "7 đối tượng mua bán, vận chuyển, tàng trữ trái phép chất ma túy": after the comma,
        short items joined by commas and a last one, no number among them, go on describing
        what was counted; where they end, ``limit`` at most (the clause's end may lie a
        little past it)."""
        toks, r = self.toks, self.r
        shorts, words, end = 0, 0, len(toks)
        reach = min(len(toks), limit + _ENUMERATED_WORDS * 2)
        for j in range(k, reach):
            tok = toks[j]
            if tok.kind == "n":
                return None
            if tok.kind == "w":
                if words == 0 and r.fillers.match_at(toks, j) is not None:
                    return None  # "…, ngoài ra cũng ảnh hưởng …": a clause of its own
                words += 1
            elif tok.text == ",":
                if not 0 < words <= _ENUMERATED_WORDS:
                    return None
                shorts, words = shorts + 1, 0
            elif tok.text in r.boundaries:
                end = j
                break
        # the list ends its clause within reach
        closed = end < reach or reach == len(toks)
        return min(end, limit) if closed and shorts > 0 and words > 0 else None

    def _new_value(
        self, role: _Role, seg: int, floor: int, pre: Phrase | None, carry: str | None
    ) -> tuple[_Draft, str | None] | None:
        found = self._value_indicator(role, seg, floor, pre, carry)
        if found is None:
            inherited = self._inherited(seg, floor) or self._spent_on(role)
            if inherited is None:
                return None
            found = (inherited.text, inherited.start, inherited.end, None)
        indicator, start, end, carry_next = found
        owner = self._owner(role.first) if role.unit_class == "counted" else None
        if owner is not None and owner.lower() not in indicator.lower():
            indicator = f"{indicator} {owner}"
        num = role.num
        draft = self._draft(indicator, role, None)
        draft.start, draft.end = min(draft.start, start), max(draft.end, end)
        draft.unit, draft.unit_class = role.unit, role.unit_class
        if role.kind == "ratio":
            draft.part, draft.whole = num.value, num.whole
        else:
            draft.value = role.amount
        after_copula = role.idx > 0 and self.toks[role.idx - 1].low == _LA
        if draft.unit is None and after_copula and num.is_bare and _whole_number(num):
            # "tổng số đảng viên là 3.193", "đảng bộ cơ sở là 28": the noun counts itself.
            counted = self._counted_noun(indicator)
            if counted is not None:
                draft.unit, draft.unit_class = counted, "counted"
        draft.qualifier = num.qualifier
        return draft, carry_next

    def _counted_noun(self, indicator: str) -> str | None:
        """The noun an indicator counts, less "tổng số", "số"; None for a measure's name
        ("tỷ lệ", "thu ngân sách", "giá trị sản xuất")."""
        low = indicator.lower()
        prefix = next((h for h in self.r.count_heads if low.startswith(f"{h} ")), "")
        noun = indicator[len(prefix) :].strip()
        toks = tokenize(noun)
        if not toks or self.r.rate_heads.match_at(toks, 0):
            return None
        head = self.r.heads.match_at(toks, 0)
        unit = self.r.units.match_at(toks, 0)
        # "chi bộ" is a counted noun, though its first word is the head "chi" (spending).
        if head is not None and (unit is None or unit[0] != "counted" or unit[1] <= head[1]):
            return None
        return noun

    def _value_indicator(
        self, role: _Role, seg: int, floor: int, pre: Phrase | None, carry: str | None
    ) -> tuple[str, int, int, str | None] | None:
        """The indicator of a value, its extent, and the verb later items of a list share."""
        if role.unit_class == "counted" or (role.kind == "ratio" and role.unit_class is None):
            own = self._pre(seg, role.first, floor, counted=True)
            if own is None and seg == role.first and seg > 0 and self.toks[seg - 1].text == ":":
                # "Tổng số hộ kinh doanh: 3.500 hộ": the label before the colon names the count.
                own = self._inherited(seg, floor)
                after = self._tail(role.idx + 1)
                if own is not None and (after is None or after.text == role.unit):
                    # "… dưới 6m: 271 chiếc;": nothing but the unit after the count describes it
                    return own.text, own.start, own.end, None
            tail = self._tail(role.idx + 1)
            if own is not None and tail is not None and own.text.lower() in self.r.count_heads:
                # "có tổng số 599 dự án đầu tư": the total, then the noun it counts
                return f"{own.text} {tail.text}", own.start, tail.end, None
            if own is not None and (tail is None or self._names_count(own, role)):
                return own.text, own.start, own.end, None
            if tail is None:
                return None
            verb, shared = carry, carry
            if own is not None and own.words <= self.r.verb_words:
                verb = shared = own.text
            elif own is None and role.kind == "ratio" and role.cue in ("reach", "exceed"):
                # "Hội Nông dân xã đạt và vượt 15/20 chỉ tiêu": the verb names what the part did.
                verb = self._ratio_verb(role)
            elif own is not None:
                # The verb after a long agent names this count only: later items of the list
                # carry their own description, unless a count link joins the next count to it
                # ("420 vụ với 615 đối tượng", "759 tổ chức đảng và 2.075 đảng viên").
                verb = self._verb_after_agent(own)
                shared = verb if self._linked_count(role.unit_end) else None
            text = f"{tail.text} {_lower_first(verb)}" if verb else tail.text
            start = own.start if own is not None and verb else tail.start
            return text, start, tail.end, shared
        obj = self._tail(role.unit_end) if role.unit_class in ("money", "measure") else None
        if pre is not None and obj is not None and not pre.has_head:
            pre = clean(self.text, self.toks, seg, role.first, self.r, drop_subject=True)
        if pre is not None:
            # "giải ngân 185,6 tỷ đồng vốn đầu tư công": a head that is a verb names the
            # measure with its object, said after the amount
            verbal = pre.head is not None and pre.head in self.r.verbal_heads
            if obj is not None and (not pre.has_head or verbal):
                if role.unit_class == "measure":
                    return f"{obj.text} {_lower_first(pre.text)}", pre.start, obj.end, None
                return f"{pre.text} {obj.text}", pre.start, obj.end, None
            return pre.text, pre.start, pre.end, None
        if obj is not None:
            return obj.text, obj.start, obj.end, None
        return None

    def _owner(self, first: int) -> str | None:
        """ "Đảng bộ xã Sơn Tân có 78 đảng viên thuộc 5 chi bộ": the named unit that has the
        counts after it in the sentence, up to a semicolon or the next such unit."""
        if self._owners is None:
            self._owners = self._find_owners()
        k = bisect_left(self._owners, (first + 1,)) - 1
        return self._owners[k][1] if k >= 0 else None

    def _find_owners(self) -> list[tuple[int, str | None]]:
        """Where each named unit's "có" (or "đạt") stands, and where a semicolon ends the last
        one."""
        toks = self.toks
        found: list[tuple[int, str | None]] = []
        for k, tok in enumerate(toks):
            if tok.text == ";":
                found.append((k, None))
            elif tok.low in self.r.owner_verbs and k > 0:
                owner = self._owner_before(k)
                if owner is not None:
                    found.append((k, owner))
        return found

    def _owner_before(self, k: int) -> str | None:
        toks = self.toks
        start = self._clause_start(k)
        # A name is two capitalised syllables at least: "Đã có …" opens with a verb.
        j, named = start, 0
        while j < k:
            found = self.r.subjects.match_at(toks, j, k)
            if found is not None:
                j = found[1]
            elif toks[j].kind == "w" and toks[j].text[:1].isupper():
                j, named = j + 1, named + 1
            else:
                break
        return self.text[toks[start].start : toks[k - 1].end] if j == k and named >= 2 else None

    def _clause_start(self, k: int) -> int:
        """The first token after the boundary mark before ``toks[k]``, a unit's name's length
        back at most (past leading fillers)."""
        j, lowest = k, max(0, k - _OWNER_TOKENS)
        while j > lowest and not (
            self.toks[j - 1].kind == "p" and self.toks[j - 1].text in self.r.boundaries
        ):
            j -= 1
        found = self.r.fillers.match_at(self.toks, j, k)
        return found[1] if found is not None else j

    def _spent_on(self, role: _Role) -> Phrase | None:
        """A sum with nothing of its own before it ("208 căn nhà … trị giá trên 6 tỷ đồng",
        "đóng góp Quỹ “Vì người nghèo” được trên 10 tỷ đồng"): the words since the number
        before it, or since the sentence start, say what it was raised or spent for."""
        if role.unit_class != "money":
            return None
        start = next((k + 1 for k in range(role.first - 1, -1, -1) if self.toks[k].kind == "n"), 0)
        if start >= role.first:
            return None
        phrase = clean(self.text, self.toks, start, role.first, self.r, cut_at_head=False)
        if phrase is not None and phrase.text.count("“") > phrase.text.count("”"):
            closing = self.text.find("”", phrase.end, phrase.end + 2)
            if closing >= 0:  # the name in quotation marks keeps its closing mark
                text = self.text[phrase.start : closing + 1]
                return Phrase(text, phrase.start, closing + 1, phrase.words, phrase.head)
        return phrase

    def _spent_start(self, seg: int) -> int:
        """Where the description of the count before a spending clause starts: after that
        count's number, even past a comma inside its unit ("công trình, phần việc")."""
        a = self._segment_start(seg, 0)
        numbers = [k for k in range(a, seg) if self.toks[k].kind == "n"]
        if numbers:
            return numbers[-1] + 1
        if a > 1 and self.toks[a - 1].text == ",":
            back = next((k for k in range(a - 2, -1, -1) if self.toks[k].kind == "n"), -1)
            unit = self.r.units.match_at(self.toks, back + 1) if back >= 0 else None
            if unit is not None and unit[1] > a - 1:
                return back + 1
        return a

    def _linked_count(self, k: int) -> bool:
        found = self.r.count_links.match_at(self.toks, k)
        return found is not None and found[1] < len(self.toks) and self.toks[found[1]].kind == "n"

    def _ratio_verb(self, role: _Role) -> str | None:
        """The cue before a ratio, with the cue it is paired with ("đạt và vượt")."""
        toks, k = self.toks, role.first
        if k >= role.idx:
            return None
        if k >= 2 and toks[k - 1].low == "và" and self.r.cues.match_at(toks, k - 2) is not None:
            k -= 2
        return self.text[toks[k].start : toks[role.idx - 1].end]

    def _verb_after_agent(self, own: Phrase) -> str | None:
        """ "Lực lượng Công an đã điều tra, làm rõ 828 vụ": past the agent and its tense marker,
        the verb phrase that says what the counted things underwent."""
        cut = max((m.end() for m in _TENSE.finditer(own.text)), default=-1)
        if cut < 0:
            # no tense marker parts an agent from its verb: the phrase is the verb's, whole
            return own.text if own.words <= self.r.bare_verb_words else None
        verb = own.text[cut:].strip(" ,")
        return verb if verb and len(verb.split()) <= self.r.verb_words else None

    def _names_count(self, own: Phrase, role: _Role) -> bool:
        """``Số doanh nghiệp thành lập mới là 28``: the phrase before already names the count."""
        words = own.text.lower()
        if role.unit and f" {role.unit.lower()} " in f" {words} ":
            return True
        if own.head is not None and own.head not in self.r.verbal_heads:
            return True
        return any(words.startswith(f"{noun} ") for noun in self.r.count_heads)

    def _comparison(
        self, role: _Role, current: _Draft | None, seg: int, floor: int, pre: Phrase | None
    ) -> _Draft | None:
        if pre is None and current is not None and self._attach(role, current):
            current.end = max(current.end, self.toks[role.last - 1].end)
            return current
        if role.kind == "plan_parts":
            return None  # the plan's parts belong to no other figure
        if pre is None and current is not None and role.kind == "plan":
            draft = self._draft(current.indicator, role, None)
            draft.start = self.toks[role.first].start
        else:
            phrase = self._subject(role, current, seg, floor, pre)
            if phrase is None:
                return None
            draft = self._draft(phrase.text, role, phrase)
        if role.kind == "pct":
            draft.value, draft.unit, draft.unit_class = role.amount, "%", "percent"
            draft.qualifier = role.num.qualifier
        else:
            self._attach(role, draft)
        return draft

    def _change_owner(
        self, role: _Role, current: _Draft | None, pre: Phrase | None, out: list[_Draft]
    ) -> _Draft | None:
        """The earlier count of the same noun that a change in a counted unit belongs to, when
        the figure just before counts something else or already has its change."""
        if role.kind != "yoy_abs" or role.unit_class != "counted" or not role.unit:
            return None
        # inside the bracket of changes, words before a change are the last count's noun
        if pre is not None and (current is None or not self._in_bracket(role.idx)):
            return None
        tail = self._tail(role.idx + 1)
        named = _words_of(tail.text) if tail is not None else set()
        if (
            current is not None
            and current.yoy_abs is None
            and current.unit
            and _share_word(current.unit, role.unit)
            and named <= _words_of(current.indicator)
        ):
            return None if pre is None else current
        for draft in reversed(out):
            if (
                draft.yoy_abs is None
                and draft.value is not None
                and draft.unit
                and _share_word(draft.unit, role.unit)
                and named <= _words_of(draft.indicator)
            ):
                return draft
        return None

    def _counted_change(
        self, role: _Role, current: _Draft | None, pre: Phrase | None
    ) -> _Draft | None:
        """ "giảm 5 vụ, giảm 3 người chết, giảm 7 người bị thương": a change counted in a noun
        described after it, with no subject of its own, where the figure before has its change
        already or counts another noun, is a figure of what it counts ("người chết")."""
        if role.kind != "yoy_abs" or role.unit_class != "counted" or not role.unit:
            return None
        if pre is not None or current is None:
            return None
        if current.yoy_abs is None and current.unit and _share_word(current.unit, role.unit):
            return None
        tail = self._tail(role.idx + 1)
        if tail is None or tail.text.lower() == role.unit.lower():
            return None
        draft = self._draft(tail.text, role, None)
        self._attach(role, draft)
        draft.end = max(draft.end, tail.end)
        return draft

    def _in_bracket(self, i: int) -> bool:
        """``toks[i]`` stands inside a bracket opened in the sentence."""
        for tok in reversed(self.toks[max(0, i - _BRACKET_REACH) : i]):
            if tok.text == ")":
                return False
            if tok.text == "(":
                return True
        return False

    def _subject(
        self, role: _Role, current: _Draft | None, seg: int, floor: int, pre: Phrase | None
    ) -> Phrase | None:
        """The indicator of a comparison that starts a figure of its own."""
        if role.kind == "plan" and pre is not None and self._only_subject(pre):
            pre = None  # "Thành phố đã hoàn thành 100% chỉ tiêu giao quân": named after the plan
        if role.kind == "pct":
            # "toàn thành phố có 100% xã đạt chuẩn": a share of the noun after it.
            if pre is not None:
                if pre.has_head:
                    return pre
                tail = self._tail(role.idx + 1)
                if tail is not None and role.cue == "reach" and self._share_of_after(role.idx):
                    # "huấn luyện dân quân đạt 99% quân số": what was done, of whom
                    words = pre.words + tail.words
                    return Phrase(f"{pre.text} {tail.text}", pre.start, tail.end, words, None)
                return tail or pre
            existential = self.r.existential_cues.match_at(self.toks, role.first) is not None
            if current is not None and not existential:
                # "8.500 hộ nghèo, chiếm 4,2%": a share of what the figure before counts.
                return Phrase(current.indicator, current.start, current.end, 1, None)
            # "có 92% cử tri hài lòng": a share of the noun after it; "…, đạt 91,6% vượt chỉ
            # tiêu": words that compare name no noun, the clause before the comma does.
            tail = self._tail(role.idx + 1)
            if tail is not None and self.r.cues.match_at(self.toks, role.idx + 1) is None:
                return tail
        if pre is not None:
            return pre
        if role.kind == "plan":
            # "hoàn thành 100% kế hoạch giao quân": the words after the plan name it.
            tail = self._tail(role.idx + 1)
            if tail is not None and tail.end > self.toks[role.last - 1].end:
                return tail
        inherited = self._inherited(seg, floor)
        if inherited is not None or role.kind != "pct":
            return inherited
        return self._tail(role.idx + 1)

    def _only_subject(self, phrase: Phrase) -> bool:
        """The phrase is who acts ("Thành phố", "Toàn huyện"), naming nothing measured."""
        if self._tok_starts is None:
            self._tok_starts = [t.start for t in self.toks]
        i = bisect_left(self._tok_starts, phrase.start)
        found = self.r.subjects.match_at(self.toks, i) if i < len(self.toks) else None
        return found is not None and self.toks[found[1] - 1].end >= phrase.end

    def _attach(self, role: _Role, draft: _Draft) -> bool:
        """Put a comparison on ``draft`` when its slot is free; False when it cannot go there."""
        if role.kind == "plan":
            if draft.pct_of_plan is not None or draft.plan is not None:
                return False
            draft.pct_of_plan, draft.plan = role.amount, role.plan
            if draft.bare_change and draft.value is None and draft.yoy_abs is not None:
                # "giảm 91 hộ nghèo, đạt 182% so với kế hoạch": the reduction achieved
                draft.value, draft.yoy_abs = abs(draft.yoy_abs), None
                if draft.unit and draft.unit.lower() not in draft.indicator.lower():
                    draft.indicator = f"{draft.indicator} {draft.bare_change} {draft.unit}"
        elif role.kind == "plan_parts":
            if draft.pct_of_plan is None or draft.part is not None:
                return False
            draft.part, draft.whole = role.num.value, role.num.whole
        elif role.kind == "yoy":
            if draft.yoy_pct is not None:
                return False
            draft.yoy_pct = role.amount
        elif role.kind == "yoy_abs":
            if draft.yoy_abs is not None:
                return False
            draft.yoy_abs = role.amount
            draft.unit = draft.unit or role.unit
            if role.last == role.unit_end and role.unit_class == "counted":
                draft.bare_change = self.toks[role.first].text
        elif not self._attach_pct(role, draft):
            return False
        if role.num.warning:
            draft.warnings.append(role.num.warning)
        return True

    def _attach_pct(self, role: _Role, draft: _Draft) -> bool:
        """A bare ``đạt X%`` after a figure: the rate of a ratio, or a share of an unnamed plan."""
        if draft.value is None and (draft.part is not None or role.cue == "level"):
            draft.value, draft.unit, draft.unit_class = role.amount, "%", "percent"
            return True
        # "giải ngân hơn 1.039 tỷ đồng, đạt tỷ lệ 96,2%": an amount of money or a measure has
        # no share of its own units, so the rate it reaches is of its plan; what it makes up
        # of a total ("chiếm 0,16%/tổng dư nợ") is its share
        level_of_amount = (
            role.cue == "level"
            and draft.unit_class in ("money", "measure")
            and self.r.share_verbs.match_at(self.toks, role.first) is None
        )
        if (
            draft.value is not None
            and draft.unit_class != "percent"
            and draft.pct_of_plan is None
            and (role.cue in ("reach", "equal", None) or level_of_amount)
            and not self._share_of_count(role, draft)
        ):
            draft.pct_of_plan = role.amount
            return True
        return False

    @staticmethod
    def _share_of_count(role: _Role, draft: _Draft) -> bool:
        """``12 đảng viên hoàn thành xuất sắc nhiệm vụ, bằng 11,2%``: outside a run of plan
        comparisons, a bare percentage of at most 100 after a count is the counted units'
        share, a figure of its own; over 100 it can only be a share of a plan."""
        return draft.unit_class == "counted" and role.amount is not None and role.amount <= 100

    def _draft(self, indicator: str, role: _Role, phrase: Phrase | None) -> _Draft:
        start = self.toks[role.first].start
        if phrase is not None:
            start = min(start, phrase.start)
        draft = _Draft(indicator, start, self.toks[role.last - 1].end)
        if role.num.warning:
            draft.warnings.append(role.num.warning)
        if (
            role.num.is_percent
            and role.num.value is not None
            and role.num.value > _PERCENT_WARNING_OVER
        ):
            draft.warnings.append(f"percent over 1000 '{role.num.text}'")
        return draft


def _day_and_month(num: NumberToken) -> bool:
    """``19/5``: more parts than the whole, a day and a month, so a date."""
    part, whole = num.value, num.whole
    return (
        part is not None
        and whole is not None
        and part.is_integer()
        and whole.is_integer()
        and whole < part <= _DAYS
        and 1 <= whole <= _MONTHS
    )


def _whole_number(num: NumberToken) -> bool:
    return num.value is not None and float(num.value).is_integer()


def _lower_first(words: str) -> str:
    first, *rest = words.split(" ", 2)
    if rest and rest[0][:1].isupper():
        return words  # a name ("Hồng Thủy có 266 hộ") keeps its capitals
    if first[:1].isupper() and first[1:].islower():
        return words[:1].lower() + words[1:]
    return words


def _targets_met(toks: list[Tok], found: list[_Draft], r: Rules) -> list[_Draft]:
    """ "đề ra 19 chỉ tiêu, thì có 15 chỉ tiêu đạt và vượt kế hoạch": the targets set and how
    many were met are one figure, the part of its whole."""
    out: list[_Draft] = []
    starts: list[int] = []  # the tokens' offsets, listed once a pair of counts needs them
    for draft in found:
        whole = out[-1] if out else None
        if whole is not None and _counts_targets(whole, draft, r):
            starts = starts or [t.start for t in toks]
            if _meets_targets(toks, starts, whole, draft, r):
                draft.part, draft.whole, draft.value = draft.value, whole.value, None
                out[-1] = draft
                continue
        out.append(draft)
    return out


def _counts_targets(whole: _Draft, part: _Draft, r: Rules) -> bool:
    """Both figures only count targets, the second no more than the first."""
    counts = whole.facts(), part.facts()
    if any(set(c) != {"value"} for c in counts) or counts[1]["value"] > counts[0]["value"]:
        return False
    return all(d.unit and d.unit.lower() in r.target_units for d in (whole, part))


def _meets_targets(
    toks: list[Tok], starts: list[int], whole: _Draft, part: _Draft, r: Rules
) -> bool:
    """A link and a verb of meeting them between the two counts, none in the first."""
    i, j, k = (bisect_left(starts, at) for at in (whole.start, whole.end, part.end))
    between = (toks, j, k)
    return (
        r.target_links.occurs(*between)
        and r.target_verbs.occurs(*between)
        and not r.target_verbs.occurs(toks, i, j)
    )


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """A statement repeated (headline and lead, a copied paragraph) is kept once, fullest first.

    Two statements in the body are one when they measure the same amount; a headline's
    statement is one with any body statement that shares its facts and a word of its
    indicator, and the body's wording is kept (the contract reports it at its first full
    occurrence in the body).
    """
    kept: list[_Draft] = []
    by_amount: dict[tuple[float | None, float | None, float | None], list[int]] = {}
    by_fact: dict[tuple[str, float], list[int]] = {}

    def index(k: int, draft: _Draft, facts: dict[str, float]) -> None:
        by_amount.setdefault((draft.value, draft.part, draft.whole), []).append(k)
        for fact in facts.items():
            by_fact.setdefault(fact, []).append(k)

    for draft in drafts:
        facts = draft.facts()
        candidates = by_amount.get((draft.value, draft.part, draft.whole), [])[-_DEDUPE_WINDOW:]
        across = [k for f in facts.items() for k in by_fact.get(f, [])[-_DEDUPE_WINDOW:]]
        for k in dict.fromkeys([*candidates, *across]):
            other = kept[k]
            restated = other.heading != draft.heading
            if k not in candidates and not restated:
                continue
            if not _same_indicator(other.indicator, draft.indicator) and not (
                restated and (_share_word(other.indicator, draft.indicator) or _distinctive(facts))
            ):
                continue
            theirs = other.facts()
            if _subsumes(theirs, facts) and not (theirs == facts and other.heading):
                break
            if _subsumes(facts, theirs):
                kept[k] = draft
                index(k, draft, facts)
                break
        else:
            kept.append(draft)
            index(len(kept) - 1, draft, facts)
    kept.sort(key=lambda d: d.start)
    body = [d for d in kept if not d.heading]
    starts = [d.start for d in body]
    # A teaser restating part of a figure the body states in full soon after it (its amount
    # already merged into that figure from the headline) goes too.
    return [
        d
        for d in kept
        if not d.heading
        or not any(
            (_subsumes(b.facts(), d.facts()) or _rounds(d, b))
            and _share_word(b.indicator, d.indicator)
            for b in body[
                bisect_left(starts, d.start) : bisect_left(starts, d.start + _TEASER_REACH)
            ]
        )
    ]


def _rounds(heading: _Draft, body: _Draft) -> bool:
    """A headline's amount rounds the body's ("hơn 16.500 tỷ đồng" for 16.551,8 tỷ), or its
    share of plan does ("đạt hơn 600% dự toán" for 608%): same unit, within a twentieth, on
    the side its qualifier says."""
    if heading.value is None and heading.unit is None:
        # a share of plan keeps no qualifier: a round number in the headline will do
        a, b = heading.pct_of_plan, body.pct_of_plan
        return a is not None and b is not None and a % 10 == 0 and abs(b - a) <= _ROUNDING * b
    a, b = heading.value, body.value
    if a is None or b is None or heading.unit != body.unit or heading.qualifier is None:
        return False
    if (heading.qualifier == "more_than" and b < a) or (heading.qualifier == "almost" and b > a):
        return False
    return abs(b - a) <= _ROUNDING * abs(b)


def _counts_same(whole: _Draft, draft: _Draft) -> bool:
    """``draft`` counts, as a plain value, the thing ``whole`` counts."""
    return draft.unit_class == "counted" and draft.value is not None and draft.unit == whole.unit


def _states_whole(whole: _Draft, draft: _Draft) -> bool:
    """``draft`` is a ratio of the thing ``whole`` counts, over ``whole``'s number."""
    return draft.part is not None and draft.whole == whole.value and draft.unit == whole.unit


def _distinctive(facts: dict[str, float]) -> bool:
    """Facts no other statement of the article is likely to share by chance: a fraction or a
    number past a hundred ("Lào Cai ước tăng trưởng 8,5%" in a headline restates "GRDP của
    tỉnh ước tăng 8,5%", though the two name it differently); a round "tăng 10%" may be two."""
    return any(not float(x).is_integer() or abs(x) > 100 for x in facts.values())


def _words_of(text: str) -> set[str]:
    """The words of a phrase in lower case, brackets and marks aside."""
    return set(_WORD.findall(text.lower()))


def _share_word(a: str, b: str) -> bool:
    """Whether two indicators share a word, brackets and marks aside ("GRDP", "(GRDP)")."""
    return not _words_of(a).isdisjoint(_words_of(b))


def _subsumes(big: dict[str, float], small: dict[str, float]) -> bool:
    return bool(small) and all(big.get(k) == v for k, v in small.items())


def _same_indicator(a: str, b: str) -> bool:
    """One wording holds the other, or nearly ("chỉ tiêu phát triển về kinh tế - xã hội đạt
    và vượt" and "chỉ tiêu phát triển kinh tế- xã hội hoàn thành")."""
    sa, sb = _words_of(a), _words_of(b)
    shorter = min(len(sa), len(sb))
    return (
        sa <= sb or sb <= sa or (shorter >= _NEAR_WORDS and len(sa & sb) >= _NEAR_SHARE * shorter)
    )
