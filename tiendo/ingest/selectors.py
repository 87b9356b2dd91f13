"""Reads for the ingest pages: uploads one may see, a review's text cut into highlighted
pieces, and its items grouped with their warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet

from tiendo.ingest.checks import warning_text
from tiendo.ingest.describe import describe_meeting
from tiendo.ingest.items import KINDS, effective_confidence, is_high_confidence, item_by_key
from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.models import Review, Upload
from tiendo.units.models import Unit


def upload_list(*, user: Any, units: QuerySet[Unit], limit: int = 20) -> list[Upload]:
    """The latest uploads of ``user``, and those whose review is for a unit in ``units``."""
    return list(
        Upload.objects.filter(Q(uploaded_by=user) | Q(review__unit__in=units))
        .select_related("review", "uploaded_by").distinct().order_by("-uploaded_at")[:limit]
    )


def uploads_by_id(ids: list[int], *, user: Any, units: QuerySet[Unit]) -> list[Upload]:
    return list(
        Upload.objects.filter(Q(uploaded_by=user) | Q(review__unit__in=units), pk__in=ids)
        .select_related("review").distinct().order_by("pk")
    )


@dataclass
class Piece:
    """A run of the text: plain, or the span of an item (``key``, ``kind``); ``anchors`` are
    the items (overlapped by another) whose span starts inside it."""

    text: str
    key: str = ""
    kind: str = ""
    decision: str = ""
    anchors: list[str] = field(default_factory=list)


def highlighted(text: str, items: list[dict[str, Any]]) -> list[Piece]:
    """The text cut at the items' spans. Where spans overlap, the first to start is marked
    and the others get an anchor at their start, so that every item can be scrolled to."""
    marked: list[dict[str, Any]] = []
    anchored: dict[int, list[str]] = {}
    end = -1
    for item in sorted(items, key=lambda i: (i["span"][0], -i["span"][1])):
        start, stop = item["span"]
        if stop <= start:
            anchored.setdefault(max(start, 0), []).append(item["key"])
        elif start >= end:
            marked.append(item)
            end = stop
        else:
            anchored.setdefault(start, []).append(item["key"])
    pieces: list[Piece] = []
    cursor = 0

    def plain(upto: int) -> None:
        nonlocal cursor
        points = sorted(p for p in anchored if cursor <= p < upto)
        for point in points:
            if point > cursor:
                pieces.append(Piece(text[cursor:point]))
                cursor = point
            pieces.append(Piece("", anchors=anchored.pop(point)))
        if upto > cursor:
            pieces.append(Piece(text[cursor:upto]))
            cursor = upto

    for item in marked:
        start, stop = item["span"]
        plain(start)
        inner = sorted(p for p in anchored if start < p < stop)
        pieces.append(Piece(text[start:stop], key=item["key"], kind=item["kind"],
                            decision=item["decision"], anchors=[k for p in inner for k in anchored.pop(p)]))
        cursor = stop
    plain(len(text))
    for keys in anchored.values():
        pieces.append(Piece("", anchors=keys))
    return pieces


@dataclass(frozen=True)
class ItemView:
    item: dict[str, Any]
    confidence: float
    high: bool
    warnings: list[str]
    describe: str


def item_description(item: dict[str, Any]) -> str:
    """The item in plain words: the meeting's built now, in the active language."""
    return describe_meeting(item["data"]) if item["kind"] == "meeting" else item["describe"]


def review_groups(review: Review) -> list[tuple[str, list[ItemView]]]:
    """The items by kind, in the screen's order, each with its confidence and warnings."""
    by_key: dict[str, list[str]] = {}
    for warning in review.warnings:
        by_key.setdefault(warning["key"], []).append(warning_text(warning))
    groups: dict[str, list[ItemView]] = {kind: [] for kind in KINDS}
    for item in review.items:
        groups[item["kind"]].append(ItemView(
            item, effective_confidence(item, review.unit_confidence),
            is_high_confidence(item, review.unit_confidence), by_key.get(item["key"], []),
            item_description(item),
        ))
    return [(kind, views) for kind, views in groups.items() if views]


def review_warnings(review: Review) -> list[tuple[str, str]]:
    """Every warning as (item key, text), in the order of the items."""
    order = {item["key"]: n for n, item in enumerate(review.items)}
    ranked = sorted(review.warnings, key=lambda w: order.get(w["key"], -1))
    return [(w["key"], warning_text(w)) for w in ranked]


def review_counts(review: Review) -> dict[str, int]:
    counts = {"pending": 0, "accepted": 0, "rejected": 0}
    for item in review.items:
        counts[item["decision"]] += 1
    return counts


@dataclass(frozen=True)
class Sentence:
    """The text around one item's sentence: ``before`` it, the sentence cut at the item's
    span (``lead``, ``span``, ``tail``), and ``after`` it."""

    before: str
    lead: str
    span: str
    tail: str
    after: str


def sentence_of(review: Review, key: str) -> Sentence | None:
    """The text with the sentence of item ``key`` singled out (None for an unknown key)."""
    item = item_by_key(review.items, key)
    if item is None:
        return None
    text = review.text
    s0, s1 = item["sentence"]
    start, end = max(item["span"][0], s0), min(item["span"][1], s1)
    if end <= start:
        start = end = s0
    return Sentence(text[:s0], text[s0:start], text[start:end], text[end:s1], text[s1:])


@dataclass(frozen=True)
class UnitDoubt:
    """Why "accept all" waits: the review's unit is unknown or only guessed (an organizer
    like "Ban thường vụ Thị ủy" names no place), or its period is unknown. ``key`` is the
    meeting item whose correction settles it."""

    key: str
    organizer: str
    guess: Unit | None
    confidence: float
    period_missing: bool


def unit_doubt(review: Review) -> UnitDoubt | None:
    """None when the review's unit and period are sure enough for "accept all"."""
    if review.unit_id is not None and review.unit_confidence >= lexicon().high:
        return None
    meeting = next((item for item in review.items if item["kind"] == "meeting"), None)
    return UnitDoubt(
        key=meeting["key"] if meeting else "",
        organizer=(review.record.get("meeting") or {}).get("organizer") or "",
        guess=review.unit, confidence=review.unit_confidence,
        period_missing=review.review_period_id is None,
    )
