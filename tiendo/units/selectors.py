"""Reads for units: the tree on a given date, lineage, search."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from tiendo.core.search import search_q
from tiendo.units.models import Succession, Unit

# Units nest at most central → province → district → commune → department.
_SUBTREE_DEPTH = 5


def valid_on_q(day: dt.date, prefix: str = "") -> Q:
    """Units valid on ``day``; ``prefix`` (``"unit__"``) filters a relation instead."""
    return (Q(**{f"{prefix}valid_from__isnull": True}) | Q(**{f"{prefix}valid_from__lte": day})) & (
        Q(**{f"{prefix}valid_to__isnull": True}) | Q(**{f"{prefix}valid_to__gte": day})
    )


def valid_during_q(start: dt.date, end: dt.date, prefix: str = "") -> Q:
    """Units valid on at least one day from ``start`` to ``end``."""
    return (Q(**{f"{prefix}valid_from__isnull": True}) | Q(**{f"{prefix}valid_from__lte": end})) & (
        Q(**{f"{prefix}valid_to__isnull": True}) | Q(**{f"{prefix}valid_to__gte": start})
    )


def unit_children(*, unit: Unit, on: dt.date) -> QuerySet[Unit]:
    """The units directly under ``unit`` that are valid on ``on``, in the model's order."""
    return Unit.objects.filter(valid_on_q(on), parent=unit)


def unit_children_during(*, unit: Unit, start: dt.date, end: dt.date) -> QuerySet[Unit]:
    """The units directly under ``unit`` valid on some day of ``start``..``end``.

    A commune merged mid-year is among them for that year: its months count there.
    """
    return Unit.objects.filter(valid_during_q(start, end), parent=unit)


def unit_subtree(*, unit: Unit) -> QuerySet[Unit]:
    """``unit`` and every unit below it, whatever their validity, as one query usable as a
    subquery (``filter(unit__in=unit_subtree(unit=province))``)."""
    condition = Q(pk=unit.pk)
    path = "parent"
    for _level in range(_SUBTREE_DEPTH):
        condition |= Q(**{path: unit.pk})
        path += "__parent"
    return Unit.objects.filter(condition)


def unit_ancestors(*, unit: Unit) -> list[Unit]:
    """The units above ``unit``, nearest first. One query per level (four levels at most)."""
    chain: list[Unit] = []
    seen = {unit.pk}
    current = unit.parent
    while current is not None and current.pk not in seen:
        chain.append(current)
        seen.add(current.pk)
        current = current.parent
    return chain


def unit_predecessors(*, unit: Unit) -> QuerySet[Succession]:
    """The lineage links into ``unit`` (the units merged or split into it), oldest first."""
    return (
        Succession.objects.filter(successor=unit).select_related("predecessor").order_by("date", "id")
    )


def unit_successors(*, unit: Unit) -> QuerySet[Succession]:
    """The lineage links out of ``unit`` (where it went), oldest first."""
    return Succession.objects.filter(predecessor=unit).select_related("successor").order_by("date", "id")


def unit_search(*, query: str, on: dt.date | None = None) -> QuerySet[Unit]:
    """Units whose name, short name or code hold every word of ``query``, marks ignored.

    ``bac son`` and ``son bac`` find ``Huyện Bắc Sơn``; ``on`` keeps only the units valid that day.
    """
    units = Unit.objects.filter(search_q(query)).select_related("parent")
    return units.filter(valid_on_q(on)) if on is not None else units
