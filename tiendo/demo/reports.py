"""The five articles of ``reports.toml``: meetings, people, documents, key tasks,
shortcomings, recommendations and figures. One audit row per article, on its meeting.

Objects are validated with the domain's own checks (``tiendo.work.services``) but written
here, so that the demo files one audit row per article rather than one per object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.demo.batches import Batch
from tiendo.demo.catalogue import documents_ensure
from tiendo.demo.figures import Provenance, figure_ensure
from tiendo.demo.files import read
from tiendo.results.models import Period
from tiendo.results.periods import period_get
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, Person, Recommendation, Shortcoming
from tiendo.work.services import (
    key_task_check,
    key_task_search_text,
    meeting_check,
    recommendation_check,
    shortcoming_check,
)


@dataclass(frozen=True)
class Catalogue:
    """What the articles refer to, by data-file key."""

    units: dict[str, Unit]
    terms: dict[str, Term]
    indicators: dict[str, Indicator]


def reports_ensure(catalogue: Catalogue) -> int:
    """Every article's facts, created where missing; returns how many rows were created."""
    created = 0
    for spec in read("reports")["report"]:
        batch = Batch(f"bài {spec['article']}")
        meeting = _report(spec, catalogue, batch)
        batch.record(anchor=meeting)
        created += batch.created.total()
    return created


def _report(spec: dict[str, Any], catalogue: Catalogue, batch: Batch) -> Meeting:
    unit = catalogue.units[spec["unit"]]
    authors = ", ".join(spec.get("authors", []))
    provenance = Provenance(
        label=f"{spec['source']}; {authors}" if authors else spec["source"], url=spec["source_url"]
    )
    people = {
        person["name"]: _person(person, catalogue.units[person["unit"]], batch)
        for person in spec.get("person", [])
    }
    documents = documents_ensure(
        spec.get("document", []), units=catalogue.units, terms=catalogue.terms,
        source_label=provenance.label, batch=batch,
    )
    adopted = [documents[d.get("number_symbol") or d["title"]] for d in spec.get("document", [])
               if d.get("adopted")]
    meeting = _meeting(spec["meeting"], unit, people, adopted, catalogue, provenance, batch)
    plan, review = meeting.plan_period, meeting.review_period
    assert plan is not None and review is not None
    for task in spec.get("task", []):
        _task(task, meeting, plan, provenance, batch)
    for item in spec.get("shortcoming", []):
        _shortcoming(item, meeting, review, provenance, batch)
    for item in spec.get("recommendation", []):
        _recommendation(item, meeting, catalogue.units[item["to"]], batch)
    for figure in spec.get("figure", []):
        figure_ensure(
            figure,
            unit=unit,
            indicator=catalogue.indicators[figure["indicator"]],
            assigned_by=catalogue.units[figure["assigned_by"]] if "assigned_by" in figure else None,
            document=documents[figure["document"]] if "document" in figure else None,
            provenance=provenance,
            batch=batch,
        )
    return meeting


def _person(spec: dict[str, Any], unit: Unit, batch: Batch) -> Person:
    person = Person.objects.filter(name=spec["name"], unit=unit).first()
    if person is None:
        person = Person.objects.create(name=spec["name"], unit=unit, titles=list(spec["titles"]))
        batch.count("person")
    return person


def _meeting(
    spec: dict[str, Any],
    unit: Unit,
    people: dict[str, Person],
    adopted: list[Document],
    catalogue: Catalogue,
    provenance: Provenance,
    batch: Batch,
) -> Meeting:
    review = period_get(spec["review"])
    meeting = Meeting.objects.filter(unit=unit, kind=spec["kind"], review_period=review).first()
    if meeting is not None:
        return meeting
    meeting = Meeting(
        unit=unit,
        organizer_name=spec["organizer"],
        kind=spec["kind"],
        session=spec.get("session"),
        extended=spec["extended"],
        term=catalogue.terms[spec["term"]] if "term" in spec else None,
        date=spec.get("date"),
        review_period=review,
        plan_period=period_get(spec["plan"]),
        chair=people[spec["chair"]] if "chair" in spec else None,
        chair_title=spec.get("chair_title", ""),
        visitor=catalogue.units[spec["visitor"]] if "visitor" in spec else None,
        conclusions=spec.get("conclusions", ""),
        source_label=provenance.label,
        source_url=provenance.url,
    )
    meeting_check(meeting)
    meeting.save()
    meeting.attendees.set([people[name] for name in [spec.get("chair"), *spec.get("attendees", [])]
                           if name])
    meeting.documents.set(adopted)
    batch.count("meeting")
    return meeting


def _task(
    spec: dict[str, Any], meeting: Meeting, plan: Period, provenance: Provenance, batch: Batch
) -> None:
    if KeyTask.objects.filter(meeting=meeting, title=spec["title"]).exists():
        return
    # The articles name no lead unit and no later progress: the committee itself sets and
    # leads each task, due at the end of the period planned.
    task = KeyTask(
        title=spec["title"], unit=meeting.unit, field=spec["field"], period=plan,
        deadline=plan.end, meeting=meeting, source_label=provenance.label,
    )
    task.search_text = key_task_search_text(task)
    key_task_check(task)
    task.save()
    batch.count("key_task")


def _shortcoming(
    spec: dict[str, Any], meeting: Meeting, review: Period, provenance: Provenance, batch: Batch
) -> None:
    unit = meeting.unit
    if Shortcoming.objects.filter(unit=unit, period=review, text=spec["text"]).exists():
        return
    shortcoming = Shortcoming(
        unit=unit, period=review, field=spec["field"], text=spec["text"], meeting=meeting,
        source_label=provenance.label,
    )
    shortcoming_check(shortcoming)
    shortcoming.save()
    batch.count("shortcoming")


def _recommendation(spec: dict[str, Any], meeting: Meeting, to_unit: Unit, batch: Batch) -> None:
    if Recommendation.objects.filter(meeting=meeting, topic=spec["topic"]).exists():
        return
    recommendation = Recommendation(
        from_unit=meeting.unit, to_unit=to_unit, meeting=meeting, topic=spec["topic"],
        text=spec["text"], answer=spec["answer"], answered_on=meeting.date, status=spec["status"],
    )
    recommendation_check(recommendation)
    recommendation.save()
    batch.count("recommendation")
