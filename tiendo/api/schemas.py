"""What the API answers: one schema per domain object, ids for relations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ninja import Schema

from tiendo.results.periods import key_of


def _username(user: Any) -> str | None:
    return user.get_username() if user is not None else None


def _code(period: Any) -> str | None:
    return key_of(period).code if period is not None else None


class UnitOut(Schema):
    id: int
    name: str
    short_name: str
    kind: str
    level: str
    admin_type: str
    parent_id: int | None
    code: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    is_sample: bool
    version: int


class SuccessionOut(Schema):
    id: int
    predecessor_id: int
    predecessor_name: str
    successor_id: int
    successor_name: str
    kind: str
    date: dt.date
    share: Decimal | None
    note: str

    @staticmethod
    def resolve_predecessor_name(obj: Any) -> str:
        return obj.predecessor.name

    @staticmethod
    def resolve_successor_name(obj: Any) -> str:
        return obj.successor.name


class UnitDetailOut(UnitOut):
    """A unit with its history: the units that went into it and those it went into."""

    predecessors: list[SuccessionOut]
    successors: list[SuccessionOut]


class IndicatorOut(Schema):
    id: int
    code: str
    name: str
    uom: str
    field: str
    direction: str
    aggregation: str
    weight_id: int | None
    synonyms: list[str]
    definition: str
    sort_order: int
    is_sample: bool
    version: int


class TermOut(Schema):
    id: int
    unit_id: int
    body: str
    number: int | None
    start_year: int
    end_year: int
    version: int


class DocumentOut(Schema):
    id: int
    kind: str
    number_symbol: str
    number: str
    kind_symbol: str
    style: str
    issuer_symbol: str
    date: dt.date | None
    issuer_id: int | None
    issuer_name: str
    title: str
    term_id: int | None
    source_label: str
    is_sample: bool
    version: int


class PeriodOut(Schema):
    id: int
    code: str
    label: str
    kind: str
    year: int
    number: int
    start: dt.date
    end: dt.date

    @staticmethod
    def resolve_code(obj: Any) -> str:
        return key_of(obj).code

    @staticmethod
    def resolve_label(obj: Any) -> str:
        return str(obj)


class TargetOut(Schema):
    id: int
    indicator_id: int
    unit_id: int
    period_id: int
    period_code: str
    term_id: int | None
    value: Decimal
    uom: str
    comparator: str
    source: str
    assigned_by_id: int | None
    document_id: int | None
    derived: bool
    note: str
    is_sample: bool
    version: int

    @staticmethod
    def resolve_period_code(obj: Any) -> str | None:
        return _code(obj.period)


class ResultOut(Schema):
    id: int
    indicator_id: int
    unit_id: int
    period_id: int
    period_code: str
    value: Decimal
    estimated: bool
    derived: bool
    provenance: str
    status: str
    source_label: str
    source_url: str
    source_ref: str
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    note: str
    created_by: str | None
    is_sample: bool
    version: int
    updated_at: dt.datetime

    @staticmethod
    def resolve_period_code(obj: Any) -> str | None:
        return _code(obj.period)

    @staticmethod
    def resolve_created_by(obj: Any) -> str | None:
        return _username(obj.created_by)


class ReportingStatusOut(Schema):
    id: int | None
    unit_id: int
    period_id: int
    period_code: str
    state: str
    changed_by: str | None
    changed_at: dt.datetime | None
    reason: str

    @staticmethod
    def resolve_period_code(obj: Any) -> str | None:
        return _code(obj.period)

    @staticmethod
    def resolve_changed_by(obj: Any) -> str | None:
        return _username(obj.changed_by)


class PersonOut(Schema):
    id: int
    name: str
    titles: list[str]
    unit_id: int | None
    is_sample: bool
    version: int


class ProgressNoteOut(Schema):
    id: int
    task_id: int
    date: dt.date
    text: str
    percent: int | None
    by: str | None
    created_at: dt.datetime

    @staticmethod
    def resolve_by(obj: Any) -> str | None:
        return _username(obj.by)


class KeyTaskOut(Schema):
    id: int
    title: str
    unit_id: int
    lead_unit_id: int | None
    coordinating_unit_ids: list[int]
    field: str
    period_id: int | None
    period_code: str | None
    deadline: dt.date | None
    status: str
    completed_on: dt.date | None
    meeting_id: int | None
    document_id: int | None
    carried_over_from_id: int | None
    source_label: str
    is_sample: bool
    version: int

    @staticmethod
    def resolve_coordinating_unit_ids(obj: Any) -> list[int]:
        return sorted(unit.pk for unit in obj.coordinating_units.all())

    @staticmethod
    def resolve_period_code(obj: Any) -> str | None:
        return _code(obj.period)


class KeyTaskDetailOut(KeyTaskOut):
    notes: list[ProgressNoteOut]

    @staticmethod
    def resolve_notes(obj: Any) -> list[Any]:
        return list(obj.notes.all())


class MeetingOut(Schema):
    id: int
    unit_id: int
    organizer_name: str
    kind: str
    session: int | None
    extended: bool
    term_id: int | None
    date: dt.date | None
    review_period_id: int | None
    plan_period_id: int | None
    chair_id: int | None
    chair_title: str
    visitor_id: int | None
    attendee_ids: list[int]
    document_ids: list[int]
    conclusions: str
    source_label: str
    source_url: str
    is_sample: bool
    version: int

    @staticmethod
    def resolve_attendee_ids(obj: Any) -> list[int]:
        return sorted(person.pk for person in obj.attendees.all())

    @staticmethod
    def resolve_document_ids(obj: Any) -> list[int]:
        return sorted(document.pk for document in obj.documents.all())


class RecommendationOut(Schema):
    id: int
    from_unit_id: int
    to_unit_id: int | None
    meeting_id: int | None
    topic: str
    text: str
    answer: str
    answered_on: dt.date | None
    status: str
    is_sample: bool
    version: int


class ShortcomingOut(Schema):
    id: int
    unit_id: int
    period_id: int
    period_code: str
    field: str
    text: str
    cause: str
    cause_kind: str
    meeting_id: int | None
    source_label: str
    is_sample: bool
    version: int

    @staticmethod
    def resolve_period_code(obj: Any) -> str | None:
        return _code(obj.period)


class AuditEntryOut(Schema):
    id: int
    at: dt.datetime
    actor: str | None
    action: str
    source: str
    object_type: str
    object_id: str
    object_repr: str
    unit_id: int | None
    changes: dict[str, Any]
    reason: str

    @staticmethod
    def resolve_actor(obj: Any) -> str | None:
        return _username(obj.actor)

    @staticmethod
    def resolve_object_type(obj: Any) -> str:
        return f"{obj.content_type.app_label}.{obj.content_type.model}"
