"""The accent-free text kept beside names for diacritic-insensitive search (``thu ngan sach``)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q

from tiendo.core.vn import fold

# Between two parts, so that a phrase never runs from a name into a synonym.
_SEPARATOR = " | "


def search_text(parts: Iterable[str | None], *, max_length: int) -> str:
    """The folded parts (name, synonyms, code …), each once, joined and cut to ``max_length``.

    Only a search aid: the stored names stay in NFC with their marks (style.md).
    """
    seen: list[str] = []
    for part in parts:
        folded = search_query(part or "")
        if folded and folded not in seen:
            seen.append(folded)
    return _SEPARATOR.join(seen)[:max_length]


def search_query(text: str) -> str:
    """The folded form of what a user typed, to match with ``search_text__contains``."""
    return " ".join(fold(text).split())


def search_q(text: str, *, field: str = "search_text") -> Q:
    """Rows whose accent-free text holds every word of ``text``, in any order
    (``son bac`` finds ``Huyện Bắc Sơn``)."""
    condition = Q()
    for word in search_query(text).split():
        condition &= Q(**{f"{field}__contains": word})
    return condition
