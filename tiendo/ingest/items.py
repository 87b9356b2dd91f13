"""The review's items: one per extracted fact, keyed by kind and span start, with the
sentence it stands in, a plain Vietnamese description and the matcher's proposals.

Items are plain dicts (kept in ``Review.items`` as JSON):
``{"key", "kind", "span", "sentence", "label", "describe", "data", "proposal",
"confidence", "correction", "decision", "written", "undo", "errors"}`` (``written`` and
``undo``: see ``tiendo.ingest.accept``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from tiendo.extract.describe import describe_figure
from tiendo.extract.record import Figure, Record
from tiendo.extract.text import sentence_at
from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.matching import Catalogue

KINDS = ("meeting", "figure", "document", "person", "task", "shortcoming")

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
ROLE_RESULT, ROLE_TARGET = "result", "target"
SAME_NEW = "new"


def build_items(record: Record, text: str) -> list[dict[str, Any]]:
    """Every item of ``record`` with its proposals; figures matched against the catalogue.

    An item's ``confidence`` is that of its own proposals (1 when it has none); the review's
    unit and period confidence caps it (``effective_confidence``).
    """
    catalogue = Catalogue.load()
    items: list[dict[str, Any]] = []
    if record.meeting is not None:
        meeting = record.meeting
        at = text.find(meeting.organizer) if meeting.organizer else -1
        span = (at, at + len(meeting.organizer or "")) if at >= 0 else (0, 0)
        # Described when shown (tiendo.ingest.describe), in the reader's language.
        items.append(_item("meeting", span, text, label=meeting.organizer or "",
                           data=meeting.to_json(), confidence=1.0))
    for figure in record.figures:
        match = catalogue.match(figure.indicator, lambda uom, f=figure: fits(f, uom))
        proposal: dict[str, Any] = {"indicator": match.to_json() if match else None}
        confidence = match.confidence if match else 0.0
        if figure.value is None and figure.part is None:
            confidence = 0.0
        items.append(_item("figure", figure.span, text, label=figure.indicator,
                           describe=describe_figure(figure), data=figure.to_json(),
                           proposal=proposal, confidence=confidence))
    for document in record.documents:
        label = " ".join(p for p in (document.kind, document.number, document.title) if p)
        items.append(_item("document", document.span, text, label=label,
                           describe=" · ".join(p for p in (document.date and _date(document.date),
                                                           document.issuer) if p),
                           data=document.to_json(), confidence=1.0))
    for person in record.people:
        items.append(_item("person", person.span, text, label=person.name,
                           describe=", ".join(person.titles), data=person.to_json(),
                           confidence=1.0))
    for kind, entries in (("task", record.tasks), ("shortcoming", record.shortcomings)):
        for entry in entries:
            items.append(_item(kind, entry.span, text, label=entry.text, data=entry.to_json(),
                               confidence=1.0))
    return items


def _date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(day)}/{int(month)}/{year}"


def _item(kind: str, span: tuple[int, int] | list[int], text: str, *, label: str,
          data: dict[str, Any], confidence: float, describe: str = "",
          proposal: dict[str, Any] | None = None) -> dict[str, Any]:
    start, end = int(span[0]), int(span[1])
    sentence = sentence_at(text, start) if text and start < len(text) else None
    return {
        "key": f"{kind}-{start}",
        "kind": kind,
        "span": [start, end],
        "sentence": [sentence.start, sentence.end] if sentence else [start, end],
        "label": label,
        "describe": describe,
        "data": data,
        "proposal": proposal or {},
        "confidence": round(confidence, 2),
        "correction": {},
        "decision": PENDING,
        "written": {},
        "undo": {},
        "errors": [],
    }


def effective_confidence(item: dict[str, Any], unit_confidence: float) -> float:
    """How sure the whole proposal is: a corrected item is sure; otherwise the item's own
    confidence, no more than the review's unit (every item is written for that unit) nor
    than its likeness to the existing task or shortcoming it is proposed to update."""
    if item["correction"]:
        return 1.0
    same = item["proposal"].get("same") or {}
    return min(float(item["confidence"]), unit_confidence, float(same.get("confidence", 1)))


def is_high_confidence(item: dict[str, Any], unit_confidence: float) -> bool:
    return effective_confidence(item, unit_confidence) >= lexicon().high


def same_as(item: dict[str, Any]) -> int | None:
    """The existing task or shortcoming this item stands for: the reviewer's choice
    (``correction["same"]``: an id, or ``new``), else the matcher's proposal."""
    chosen = item["correction"].get("same")
    if chosen is not None:
        return int(chosen) if chosen != SAME_NEW else None
    proposed = item["proposal"].get("same") or {}
    return int(proposed["id"]) if proposed.get("id") else None


def item_by_key(items: list[dict[str, Any]], key: str) -> dict[str, Any] | None:
    return next((item for item in items if item["key"] == key), None)



def fits(figure: Figure, uom: str) -> bool:
    """Whether a figure's number can be a value of an indicator measured in ``uom``."""
    if figure.value is not None and convert(figure.value, figure.unit, uom) is not None:
        return True
    return figure.part is not None and (figure.unit is None or figure.unit == "%"
                                        or figure.unit.casefold() == uom.casefold())


def convert(value: float | None, unit: str | None, uom: str) -> Decimal | None:
    """The extractor's value in the indicator's unit of measure (404e9 VND → 404 tỷ đồng);
    None when the two units do not convert."""
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    if unit is None or unit.casefold() == uom.casefold():
        return number
    for rule in lexicon().uoms:
        if rule.source == unit and rule.target.casefold() == uom.casefold():
            return (number * rule.factor).normalize()
    return None


def plan_source(plan: str | None) -> str:
    """``dự toán tỉnh giao`` → budget_estimate; ``kế hoạch năm`` → yearly_plan."""
    phrase = (plan or "").casefold()
    for word, source in lexicon().plans:
        if word in phrase:
            return source
    return "yearly_plan"
