"""Tasks and shortcomings of a text that restate existing ones: the text's own wording is
matched against the tasks (of the plan period) and shortcomings (of the review period)
already recorded for the review's unit, so that accepting updates rather than duplicates."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.matching import lower
from tiendo.ingest.models import Review
from tiendo.work.models import KeyTask, Shortcoming


def propose_same(review: Review) -> None:
    """Set ``proposal["same"]`` (``{"id", "label", "confidence"}``) on each task and shortcoming
    item that restates an existing one; best pairs first, each existing one used once. What
    the review's own items created is no candidate (it is theirs)."""
    for kind, model, wording, period in (("task", KeyTask, "title", review.plan_period),
                                         ("shortcoming", Shortcoming, "text", review.review_period)):
        items = [item for item in review.items if item["kind"] == kind]
        for item in items:
            item["proposal"].pop("same", None)
        if not items or review.unit is None or period is None:
            continue
        own = [item["written"][kind] for item in items
               if item.get("undo", {}).get(kind, {}).get("created")]
        existing = dict(model.objects.filter(unit=review.unit, period=period).exclude(pk__in=own)
                        .values_list("pk", wording))
        _assign(items, existing)


def _assign(items: list[dict[str, Any]], existing: dict[int, str]) -> None:
    floor = lexicon().same_floor
    folded = {pk: lower(text) for pk, text in existing.items()}
    pairs = sorted(
        ((fuzz.token_set_ratio(lower(item["label"]), text), n, pk)
         for n, item in enumerate(items) for pk, text in folded.items()),
        key=lambda pair: (-pair[0], pair[1], pair[2]),
    )
    taken_items: set[int] = set()
    taken: set[int] = set()
    for score, n, pk in pairs:
        if score < floor:
            break
        if n in taken_items or pk in taken:
            continue
        taken_items.add(n)
        taken.add(pk)
        items[n]["proposal"]["same"] = {"id": pk, "label": existing[pk],
                                        "confidence": round(score / 100, 2)}
