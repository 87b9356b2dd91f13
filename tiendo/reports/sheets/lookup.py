"""Finding the unit, indicator and lock state a typed name or code stands for (reads only)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from tiendo.catalogue.models import Indicator
from tiendo.core.search import search_query
from tiendo.reports.sheets.messages import (
    MSG_INDICATOR_AMBIGUOUS,
    MSG_INDICATOR_UNKNOWN,
    MSG_UNIT_AMBIGUOUS,
    MSG_UNIT_NOT_IN_PERIOD,
    MSG_UNIT_UNKNOWN,
)
from tiendo.reports.sheets.values import CellValueError, cell_text, words
from tiendo.results.models import Period, ReportingStatus
from tiendo.results.periods import PeriodKey
from tiendo.units.models import Unit


def unit_valid_during(unit: Unit, start: dt.date, end: dt.date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= end) and (
        unit.valid_to is None or unit.valid_to >= start
    )


def unit_find(raw: object, *, start: dt.date | None = None, end: dt.date | None = None,
              period_text: str = "") -> Unit:
    """The unit whose code, name or short name (marks ignored) is ``raw``.

    With ``start``/``end``, only units valid some day of that span count. Raises
    ``CellValueError``: no such unit, several (name them by code instead), or one that
    exists but not in the period.
    """
    text = cell_text(raw)
    folded = words(text)
    if not folded:
        raise CellValueError(MSG_UNIT_UNKNOWN, text)
    candidates = list(
        Unit.objects.filter(Q(code=text) | Q(search_text__contains=search_query(text)))
        .select_related("parent")
    )
    by_code = [u for u in candidates if u.code and u.code == text]
    found = by_code or [
        u for u in candidates if folded in (words(u.name), words(u.short_name))
    ]
    if not found:
        raise CellValueError(MSG_UNIT_UNKNOWN, text)
    if start is not None and end is not None:
        valid = [u for u in found if unit_valid_during(u, start, end)]
        if not valid:
            raise CellValueError(MSG_UNIT_NOT_IN_PERIOD, text, period=period_text)
        found = valid
    if len(found) > 1:
        choices = ", ".join(f"{u.name} ({u.code or u.pk})" for u in found)
        raise CellValueError(MSG_UNIT_AMBIGUOUS, text, choices=choices)
    return found[0]


class IndicatorIndex:
    """The catalogue by code, and by name and synonym with marks ignored (one query)."""

    def __init__(self) -> None:
        self.by_code: dict[str, Indicator] = {}
        self.by_words: dict[str, list[Indicator]] = {}
        for indicator in Indicator.objects.all():
            self.by_code[indicator.code] = indicator
            for name in {words(indicator.name), *(words(s) for s in indicator.synonyms or [])}:
                bucket = self.by_words.setdefault(name, [])
                if indicator not in bucket:
                    bucket.append(indicator)

    def find(self, raw: object) -> Indicator:
        """Raises ``CellValueError`` for an unknown or ambiguous name."""
        text = cell_text(raw)
        if text in self.by_code:
            return self.by_code[text]
        found = self.by_words.get(words(text), [])
        if not found:
            raise CellValueError(MSG_INDICATOR_UNKNOWN, text)
        if len(found) > 1:
            choices = ", ".join(f"{i.name} ({i.code})" for i in found)
            raise CellValueError(MSG_INDICATOR_AMBIGUOUS, text, choices=choices)
        return found[0]


def is_locked(unit: Unit, key: PeriodKey) -> bool:
    """Whether the unit's report for the period was approved and locked."""
    return ReportingStatus.objects.filter(
        unit=unit, period__kind=key.kind, period__year=key.year, period__number=key.number,
        state=ReportingStatus.State.LOCKED,
    ).exists()


def period_find(key: PeriodKey) -> Period | None:
    return Period.objects.filter(kind=key.kind, year=key.year, number=key.number).first()
