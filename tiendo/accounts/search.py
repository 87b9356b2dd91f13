"""Search across units, indicators, documents and key tasks, limited to what an account sees.

Matching ignores marks and case (``bac son`` finds ``Bắc Sơn``) through each model's
accent-free ``search_text``. Each kind runs one query whatever the number of rows: the
database returns the first ``CANDIDATES × limit`` matches in accent-free order, and those
are put in Vietnamese dictionary order (``core.vn.sort_key``) before the first ``limit``
are kept. The two orders differ only between names that are equal once the marks are
removed, so the kept rows are the right ones unless more than the window share a spelling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db.models import Model, QuerySet

from tiendo.accounts.access import visible_documents, visible_key_tasks, visible_units
from tiendo.catalogue.selectors import indicator_search
from tiendo.core.search import search_q, search_query
from tiendo.core.vn import sort_key
from tiendo.units.selectors import unit_search

# Fewer folded characters than this match too much to be useful (``a`` is in every name).
MIN_QUERY_LENGTH = 2
CANDIDATES = 4

M = TypeVar("M", bound=Model)


@dataclass
class Found:
    """What one kind of object matched: the first ``limit`` in Vietnamese order, and
    whether there were more."""

    items: list[Any] = field(default_factory=list)
    more: bool = False


@dataclass
class SearchResults:
    query: str
    units: Found = field(default_factory=Found)
    indicators: Found = field(default_factory=Found)
    documents: Found = field(default_factory=Found)
    tasks: Found = field(default_factory=Found)

    @property
    def empty(self) -> bool:
        return not (self.units.items or self.indicators.items or self.documents.items or self.tasks.items)


def search_visible(*, user: Any, query: str, limit: int) -> SearchResults:
    """What ``query`` matches among the objects ``user`` may see (``accounts.access``), at
    most ``limit`` of each kind, in Vietnamese alphabetical order; four queries (none for a
    query shorter than ``MIN_QUERY_LENGTH`` once folded, or an account that sees no unit).

    Indicators form a catalogue shared by every unit: an account that sees a unit sees them all.
    """
    results = SearchResults(query=" ".join(query.split()))
    folded = search_query(query)
    units = visible_units(user)
    if len(folded) < MIN_QUERY_LENGTH or not user.is_authenticated or units.query.is_empty():
        return results
    results.units = _first(
        unit_search(query=query).filter(pk__in=units.values("pk")), limit, lambda u: u.name,
    )
    results.indicators = _first(indicator_search(query=query), limit, lambda i: i.name)
    results.documents = _first(
        visible_documents(user).filter(search_q(query)).select_related("issuer"),
        limit, str,
    )
    results.tasks = _first(
        visible_key_tasks(user).filter(search_q(query)).select_related("unit"),
        limit, lambda t: t.title,
    )
    return results


def _first(rows: QuerySet[M], limit: int, name: Callable[[M], str]) -> Found:
    window = list(rows.order_by("search_text", "pk")[: limit * CANDIDATES + 1])
    ordered = sorted(window, key=lambda row: sort_key(name(row)))
    return Found(items=ordered[:limit], more=len(window) > limit)

