"""The accent-free text kept beside names for diacritic-insensitive search (``thu ngan sach``)."""

from __future__ import annotations

from collections.abc import Iterable

from tiendo.core.vn import fold

# Between two parts, so that a phrase typed by a user never matches across a name and a synonym.
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
