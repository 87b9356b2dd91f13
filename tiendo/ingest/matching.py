"""Proposals for an extracted item: its unit, its periods and its catalogue indicator, each
with a confidence from 0 to 1.

Unit: the meeting's organizer with its body (``Ban Thường vụ``) and kind word (``Thành ủy``,
``Huyện ủy``, ``Đảng ủy xã``, ``UBND``; ``lexicon.toml``) taken off, the rest compared with
the short names of units of that administrative type valid in the period. Indicator: a name
or synonym equal to the text first, then rapidfuzz on the text folded to lower case with its
accents, and only then without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from tiendo.catalogue.models import Indicator
from tiendo.core.vn import fold
from tiendo.ingest.lexicon import KindWords, lexicon
from tiendo.results.models import Period
from tiendo.results.periods import PeriodKey
from tiendo.units.models import Unit
from tiendo.units.selectors import valid_during_q

EXACT = 1.0
NAME_AND_KIND = 0.95
NAME_IN_TEXT = 0.6
FUZZY_UNIT_WEIGHT = 0.8


@dataclass(frozen=True)
class Match:
    """A proposed object (by id), how it was found and how sure the proposal is."""

    id: int
    label: str
    confidence: float
    how: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "confidence": round(self.confidence, 2),
                "how": self.how}


def lower(text: str) -> str:
    """Lower case, spaces collapsed, accents kept."""
    return " ".join(text.casefold().split())


# ---------------------------------------------------------------- unit


def split_organizer(organizer: str) -> tuple[KindWords | None, str]:
    """``Ban Thường vụ Thành ủy Lạng Sơn`` → (the city kind, ``Lạng Sơn``)."""
    rest = " ".join(organizer.split())
    words = lexicon()
    for prefix in words.organ_prefixes:
        if rest.casefold().startswith(prefix + " "):
            rest = rest[len(prefix):].strip()
            break
    for word, kind in words.kind_words():
        if rest.casefold() == word or rest.casefold().startswith(word + " "):
            return kind, rest[len(word):].strip()
    return None, rest


def match_unit(organizer: str | None, *, period: Period | None, text: str = "") -> Match | None:
    """The unit that organised the meeting, valid during ``period`` when one is known."""
    if not organizer:
        return None
    kind, name = split_organizer(organizer)
    units = Unit.objects.all()
    if period is not None:
        units = units.filter(valid_during_q(period.start, period.end))
    if kind is not None:
        units = units.filter(admin_type__in=kind.admin_types)
    candidates = list(units.values_list("pk", "name", "short_name"))
    if not candidates:
        return None
    if name:
        wanted = lower(name)
        exact = [c for c in candidates if lower(c[2]) == wanted or lower(c[1]) == wanted]
        if len(exact) == 1:
            return Match(exact[0][0], exact[0][1], NAME_AND_KIND if kind else NAME_IN_TEXT, "name")
        pool = exact or candidates
        best = process.extractOne(wanted, {c[0]: lower(c[2]) for c in pool}, scorer=fuzz.ratio)
        if best and best[1] >= lexicon().unit_fuzzy_floor:
            unit = next(c for c in pool if c[0] == best[2])
            return Match(unit[0], unit[1], best[1] / 100 * FUZZY_UNIT_WEIGHT, "fuzzy")
        return None
    if kind is None:
        return None
    # "Ban thường vụ Thị ủy" names no place: the unit of that kind whose name the text uses.
    folded = lower(text)
    named = [c for c in candidates if re.search(rf"\b{re.escape(lower(c[2]))}\b", folded)]
    if len(named) == 1:
        return Match(named[0][0], named[0][1], NAME_IN_TEXT, "text")
    return None


# ---------------------------------------------------------------- periods


def review_period_key(review: dict[str, Any] | None) -> PeriodKey | None:
    """``{"months": 9, "year": 2022}`` → 2022-9M; a quarter → 2022-Q3; 12 months → the year."""
    if not review or not review.get("year"):
        return None
    year = int(review["year"])
    if review.get("quarter"):
        return PeriodKey(Period.Kind.QUARTER, year, int(review["quarter"]))
    months = review.get("months")
    if months is None or months == 12:
        return PeriodKey(Period.Kind.YEAR, year)
    return PeriodKey(Period.Kind.YTD, year, int(months))


def plan_period_key(plan: dict[str, Any] | None, review: PeriodKey | None) -> PeriodKey | None:
    """The period the tasks are set for: a quarter as given; ``3 tháng cuối năm`` after nine
    months is the fourth quarter; any other stretch of months is the rest of the year, which
    has no period of its own, so the year."""
    if not plan or not plan.get("year"):
        return None
    year = int(plan["year"])
    if plan.get("quarter"):
        return PeriodKey(Period.Kind.QUARTER, year, int(plan["quarter"]))
    months = plan.get("months")
    if months == 3 and review is not None and review.kind == Period.Kind.YTD and review.number == 9:
        return PeriodKey(Period.Kind.QUARTER, year, 4)
    return PeriodKey(Period.Kind.YEAR, year)


# ---------------------------------------------------------------- indicator


def _shared_words_scorer(share: float) -> Callable[..., float]:
    """``token_set_ratio``, for two phrases that share at least ``share`` of the words of the
    shorter one, else 0: "chỉ tiêu đang thực hiện" and the synonym "chỉ tiêu đạt" share two
    words of three, and the predicate that tells them apart is not among them."""

    def score(a: str, b: str, **kwargs: Any) -> float:
        first, second = set(a.split()), set(b.split())
        shorter = min(len(first), len(second))
        if not shorter or len(first & second) < share * shorter:
            return 0.0
        return fuzz.token_set_ratio(a, b, **kwargs)

    return score


@dataclass(frozen=True)
class Catalogue:
    """The indicators' names and synonyms, prepared once for matching many figures."""

    labels: dict[int, str]
    uoms: dict[int, str]
    exact: dict[str, int]
    accented: dict[tuple[int, int], str]
    folded: dict[tuple[int, int], str]

    @classmethod
    def load(cls) -> Catalogue:
        labels: dict[int, str] = {}
        uoms: dict[int, str] = {}
        exact: dict[str, int] = {}
        accented: dict[tuple[int, int], str] = {}
        folded: dict[tuple[int, int], str] = {}
        for pk, name, uom, synonyms in Indicator.objects.values_list("pk", "name", "uom", "synonyms"):
            labels[pk] = f"{name} ({uom})"
            uoms[pk] = uom
            # Synonyms first: they are the names texts use.
            for n, phrase in enumerate([*(synonyms or []), name]):
                exact.setdefault(lower(phrase), pk)
                accented[(pk, n)] = lower(phrase)
                folded[(pk, n)] = fold(lower(phrase))
        return cls(labels, uoms, exact, accented, folded)

    def match(self, phrase: str, fits: Callable[[str], bool] = lambda uom: True) -> Match | None:
        """The indicator named ``phrase``; fuzzy matches only among indicators whose unit of
        measure ``fits`` the figure (28 doanh nghiệp is not a number of tỷ đồng)."""
        wanted = lower(phrase)
        if wanted in self.exact:
            pk = self.exact[wanted]
            return Match(pk, self.labels[pk], EXACT, "synonym")
        words = lexicon()
        accented = {k: v for k, v in self.accented.items() if fits(self.uoms[k[0]])}
        folded = {k: v for k, v in self.folded.items() if fits(self.uoms[k[0]])}
        scorer = _shared_words_scorer(words.fuzzy_shared_words)
        best = process.extractOne(wanted, accented, scorer=scorer)
        if best and best[1] >= words.fuzzy_floor:
            pk = best[2][0]
            return Match(pk, self.labels[pk], best[1] / 100, "fuzzy")
        best = process.extractOne(fold(wanted), folded, scorer=scorer)
        if best and best[1] * words.accent_free_weight >= words.fuzzy_floor:
            pk = best[2][0]
            return Match(pk, self.labels[pk], best[1] / 100 * words.accent_free_weight, "accent_free")
        return None
