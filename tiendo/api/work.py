"""Key tasks and their progress notes, meetings, people, recommendations and shortcomings."""

from typing import Any

from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiendo.accounts.access import Permission, access_unit, visible_units
from tiendo.api.errors import READ_ERRORS, WRITE_ERRORS
from tiendo.api.pagination import Page
from tiendo.api.permissions import EDIT, VIEW
from tiendo.api.schemas import (
    KeyTaskDetailOut,
    KeyTaskOut,
    MeetingOut,
    PersonOut,
    ProgressNoteOut,
    RecommendationOut,
    ShortcomingOut,
)
from tiendo.api.scope import UnitScope, get_seen, listed, require, require_edit, seen
from tiendo.api.types import Day, Id, Percent, PeriodCode, SearchText, SmallCount, Version, bounded
from tiendo.api.writes import (
    attempt,
    changes_of,
    current_of,
    in_period,
    period_of,
    reference,
    references,
)
from tiendo.catalogue.models import Document
from tiendo.core.models import Field
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, Person, ProgressNote, Recommendation, Shortcoming
from tiendo.work.selectors import BoardStatus, key_task_annotated
from tiendo.work.services import (
    key_task_add_note,
    key_task_complete,
    key_task_create,
    key_task_update,
    meeting_create,
    meeting_update,
    recommendation_answer,
    recommendation_create,
    recommendation_update,
    shortcoming_create,
    shortcoming_delete,
    shortcoming_update,
)

router = Router(tags=[_("Nhiệm vụ, hội nghị, kiến nghị, hạn chế")])


class UnitPeriodFilter(UnitScope):
    period: PeriodCode | None = None


# ---------------------------------------------------------------- key tasks


def _tasks() -> Any:
    return key_task_annotated().select_related("period").prefetch_related("coordinating_units")


class TaskFilter(UnitPeriodFilter):
    status: KeyTask.Status | None = None
    board_status: BoardStatus | None = None
    lead_unit: Id | None = None


@router.get("/tasks", response={200: list[KeyTaskOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def task_index(request: HttpRequest, filters: Query[TaskFilter]) -> object:
    tasks = listed(request.user, _tasks(), filters, "unit")
    tasks = in_period(tasks, filters.period, "period")
    if filters.status:
        tasks = tasks.filter(status=filters.status)
    if filters.board_status:
        tasks = tasks.filter(board_status=filters.board_status)
    if filters.lead_unit is not None:
        tasks = tasks.filter(lead_unit_id=filters.lead_unit)
    return tasks.order_by("deadline", "id")


@router.get("/tasks/{task_id}", response={200: KeyTaskDetailOut, **READ_ERRORS}, openapi_extra=VIEW)
def task_detail(request: HttpRequest, task_id: Id) -> object:
    notes = ProgressNote.objects.select_related("by").order_by("-date", "-id")
    return get_seen(request.user, _tasks().prefetch_related(Prefetch("notes", queryset=notes)),
                    task_id, "unit")


class TaskIn(Schema):
    unit: Id
    title: bounded(5000, min_length=1)
    lead_unit: Id | None = None
    coordinating_units: list[Id] = []
    field: Field | None = None
    period: PeriodCode | None = None
    deadline: Day | None = None
    status: KeyTask.Status = KeyTask.Status.NOT_STARTED
    completed_on: Day | None = None
    meeting: Id | None = None
    document: Id | None = None
    source_label: bounded(300) = ""


class TaskPatch(Schema):
    version: Version
    title: bounded(5000, min_length=1) | None = None
    lead_unit: Id | None = None
    coordinating_units: list[Id] | None = None
    field: Field | None = None
    deadline: Day | None = None
    status: KeyTask.Status | None = None
    completed_on: Day | None = None
    source_label: bounded(300) | None = None


def _task_refs(request: HttpRequest, changes: dict[str, Any]) -> dict[str, Any]:
    """The ids of a task's body replaced by the objects, each among what the account sees."""
    units = visible_units(request.user)
    if "lead_unit" in changes:
        changes["lead_unit"] = reference(units, changes["lead_unit"], "lead_unit")
    if "coordinating_units" in changes:
        changes["coordinating_units"] = references(units, changes["coordinating_units"], "coordinating_units")
    if "meeting" in changes:
        changes["meeting"] = reference(seen(request.user, Meeting.objects.all(), "unit"),
                                       changes["meeting"], "meeting")
    if "document" in changes:
        changes["document"] = reference(Document.objects.all(), changes["document"], "document")
    if changes.get("field") is None and "field" in changes:
        changes["field"] = ""
    return changes


@router.post("/tasks", response={201: KeyTaskOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def task_add(request: HttpRequest, payload: TaskIn) -> object:
    unit = access_unit(request.user, payload.unit)
    period = period_of(payload.period) if payload.period else None
    require_edit(request.user, unit, period)
    fields = _task_refs(request, payload.dict(exclude={"unit", "period"}))
    task = key_task_create(unit=unit, period=period, by=request.user, **fields)
    return 201, _tasks().get(pk=task.pk)


@router.patch("/tasks/{task_id}", response={200: KeyTaskOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def task_change(request: HttpRequest, task_id: Id, payload: TaskPatch) -> object:
    task = get_seen(request.user, _tasks(), task_id, "unit")
    require_edit(request.user, task.unit, task.period)
    changes = _task_refs(request, changes_of(
        payload, nullable=("lead_unit", "field", "deadline", "completed_on")
    ))
    attempt(
        lambda: key_task_update(task=task, by=request.user, expected_version=payload.version, **changes),
        current=current_of(KeyTaskOut, _tasks(), task.pk),
    )
    return _tasks().get(pk=task.pk)


class CompleteIn(Schema):
    version: Version | None = None
    completed_on: Day | None = None


@router.post("/tasks/{task_id}/complete", response={200: KeyTaskOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def task_complete(request: HttpRequest, task_id: Id, payload: CompleteIn) -> object:
    task = get_seen(request.user, _tasks(), task_id, "unit")
    require_edit(request.user, task.unit, task.period)
    attempt(
        lambda: key_task_complete(task=task, by=request.user, completed_on=payload.completed_on,
                                  expected_version=payload.version),
        current=current_of(KeyTaskOut, _tasks(), task.pk),
    )
    return _tasks().get(pk=task.pk)


@router.get("/tasks/{task_id}/notes", response={200: list[ProgressNoteOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def task_notes(request: HttpRequest, task_id: Id) -> object:
    task = get_seen(request.user, KeyTask.objects.all(), task_id, "unit")
    return task.notes.select_related("by").order_by("-date", "-id")


class NoteIn(Schema):
    text: bounded(5000, min_length=1)
    date: Day | None = None
    percent: Percent | None = None


@router.post("/tasks/{task_id}/notes", response={201: ProgressNoteOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def task_note_add(request: HttpRequest, task_id: Id, payload: NoteIn) -> object:
    task = get_seen(request.user, KeyTask.objects.select_related("unit", "period"), task_id, "unit")
    require_edit(request.user, task.unit, task.period)
    note = key_task_add_note(task=task, text=payload.text, date=payload.date, percent=payload.percent,
                             by=request.user)
    return 201, note


# ---------------------------------------------------------------- meetings


def _meetings() -> Any:
    return Meeting.objects.prefetch_related("attendees", "documents")


@router.get("/meetings", response={200: list[MeetingOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def meeting_index(request: HttpRequest, filters: Query[UnitPeriodFilter]) -> object:
    meetings = listed(request.user, _meetings(), filters, "unit")
    meetings = in_period(meetings, filters.period, "review_period", "plan_period")
    return meetings.order_by("-date", "-id")


@router.get("/meetings/{meeting_id}", response={200: MeetingOut, **READ_ERRORS}, openapi_extra=VIEW)
def meeting_detail(request: HttpRequest, meeting_id: Id) -> object:
    return get_seen(request.user, _meetings(), meeting_id, "unit")


class MeetingIn(Schema):
    unit: Id
    kind: Meeting.Kind
    date: Day | None = None
    organizer_name: bounded(200) = ""
    session: SmallCount | None = None
    extended: bool = False
    review_period: PeriodCode | None = None
    plan_period: PeriodCode | None = None
    chair: bounded(120) | None = None
    chair_title: bounded(200) = ""
    documents: list[Id] = []
    conclusions: bounded(20000) = ""
    source_label: bounded(300) = ""
    source_url: bounded(500) = ""


class MeetingPatch(Schema):
    version: Version
    kind: Meeting.Kind | None = None
    date: Day | None = None
    organizer_name: bounded(200) | None = None
    session: SmallCount | None = None
    extended: bool | None = None
    chair_title: bounded(200) | None = None
    conclusions: bounded(20000) | None = None
    source_label: bounded(300) | None = None
    source_url: bounded(500) | None = None


@router.post("/meetings", response={201: MeetingOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def meeting_add(request: HttpRequest, payload: MeetingIn) -> object:
    unit = access_unit(request.user, payload.unit)
    require(request.user, Permission.EDIT, unit)
    fields = payload.dict(exclude={"unit", "review_period", "plan_period", "documents"})
    meeting = meeting_create(
        unit=unit, by=request.user,
        review_period=period_of(payload.review_period, "review_period") if payload.review_period else None,
        plan_period=period_of(payload.plan_period, "plan_period") if payload.plan_period else None,
        documents=references(Document.objects.all(), payload.documents, "documents"),
        **fields,
    )
    return 201, _meetings().get(pk=meeting.pk)


@router.patch("/meetings/{meeting_id}", response={200: MeetingOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def meeting_change(request: HttpRequest, meeting_id: Id, payload: MeetingPatch) -> object:
    meeting = get_seen(request.user, Meeting.objects.select_related("unit"), meeting_id, "unit")
    require(request.user, Permission.EDIT, meeting.unit)
    changes = changes_of(payload, nullable=("date", "session"))
    attempt(
        lambda: meeting_update(meeting=meeting, by=request.user, expected_version=payload.version, **changes),
        current=current_of(MeetingOut, _meetings(), meeting.pk),
    )
    return _meetings().get(pk=meeting.pk)


# ---------------------------------------------------------------- people


class PersonFilter(UnitScope):
    q: SearchText | None = None


@router.get("/people", response={200: list[PersonOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def person_index(request: HttpRequest, filters: Query[PersonFilter]) -> object:
    people = listed(request.user, Person.objects.all(), filters, "unit")
    if filters.q:
        people = people.filter(name__icontains=filters.q.strip())
    return people.order_by("name", "id")


@router.get("/people/{person_id}", response={200: PersonOut, **READ_ERRORS}, openapi_extra=VIEW)
def person_detail(request: HttpRequest, person_id: Id) -> object:
    return get_seen(request.user, Person.objects.all(), person_id, "unit")


# ---------------------------------------------------------------- recommendations


class RecommendationFilter(UnitScope):
    status: Recommendation.Status | None = None


def _recommendations() -> Any:
    return Recommendation.objects.select_related("from_unit", "to_unit")


@router.get("/recommendations", response={200: list[RecommendationOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def recommendation_index(request: HttpRequest, filters: Query[RecommendationFilter]) -> object:
    rows = listed(request.user, _recommendations(), filters, "from_unit", "to_unit")
    if filters.status:
        rows = rows.filter(status=filters.status)
    return rows.order_by("status", "-id")


@router.get("/recommendations/{recommendation_id}", response={200: RecommendationOut, **READ_ERRORS},
            openapi_extra=VIEW)
def recommendation_detail(request: HttpRequest, recommendation_id: Id) -> object:
    return get_seen(request.user, _recommendations(), recommendation_id, "from_unit", "to_unit")


class RecommendationIn(Schema):
    from_unit: Id
    to_unit: Id | None = None
    meeting: Id | None = None
    topic: bounded(200) = ""
    text: bounded(20000, min_length=1)


class RecommendationPatch(Schema):
    version: Version
    topic: bounded(200) | None = None
    text: bounded(20000, min_length=1) | None = None


class AnswerIn(Schema):
    version: Version | None = None
    answer: bounded(20000)
    status: Recommendation.Status = Recommendation.Status.ANSWERED
    answered_on: Day | None = None


@router.post("/recommendations", response={201: RecommendationOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def recommendation_add(request: HttpRequest, payload: RecommendationIn) -> object:
    from_unit = access_unit(request.user, payload.from_unit)
    require(request.user, Permission.EDIT, from_unit)
    # The level above is usually out of the account's subtree: any unit may be addressed.
    to_unit = reference(Unit.objects.all(), payload.to_unit, "to_unit")
    meeting = reference(seen(request.user, Meeting.objects.all(), "unit"), payload.meeting, "meeting")
    recommendation = recommendation_create(
        from_unit=from_unit, to_unit=to_unit, meeting=meeting, topic=payload.topic, text=payload.text,
        by=request.user,
    )
    return 201, recommendation


@router.patch("/recommendations/{recommendation_id}", response={200: RecommendationOut, **WRITE_ERRORS},
              openapi_extra=EDIT)
def recommendation_change(request: HttpRequest, recommendation_id: Id, payload: RecommendationPatch) -> object:
    recommendation = get_seen(request.user, _recommendations(), recommendation_id, "from_unit", "to_unit")
    require(request.user, Permission.EDIT, recommendation.from_unit)
    changes = changes_of(payload)
    return attempt(
        lambda: recommendation_update(recommendation=recommendation, by=request.user,
                                      expected_version=payload.version, **changes),
        current=current_of(RecommendationOut, _recommendations(), recommendation.pk),
    )


@router.post("/recommendations/{recommendation_id}/answer", response={200: RecommendationOut, **WRITE_ERRORS},
             openapi_extra=EDIT)
def recommendation_reply(request: HttpRequest, recommendation_id: Id, payload: AnswerIn) -> object:
    recommendation = get_seen(request.user, _recommendations(), recommendation_id, "from_unit", "to_unit")
    require(request.user, Permission.EDIT, recommendation.to_unit or recommendation.from_unit)
    return attempt(
        lambda: recommendation_answer(
            recommendation=recommendation, answer=payload.answer, status=payload.status,
            answered_on=payload.answered_on, expected_version=payload.version, by=request.user,
        ),
        current=current_of(RecommendationOut, _recommendations(), recommendation.pk),
    )


# ---------------------------------------------------------------- shortcomings


def _shortcomings() -> Any:
    return Shortcoming.objects.select_related("unit", "period")


@router.get("/shortcomings", response={200: list[ShortcomingOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def shortcoming_index(request: HttpRequest, filters: Query[UnitPeriodFilter]) -> object:
    rows = listed(request.user, _shortcomings(), filters, "unit")
    rows = in_period(rows, filters.period, "period")
    return rows.order_by("unit_id", "-period__end", "id")


@router.get("/shortcomings/{shortcoming_id}", response={200: ShortcomingOut, **READ_ERRORS}, openapi_extra=VIEW)
def shortcoming_detail(request: HttpRequest, shortcoming_id: Id) -> object:
    return get_seen(request.user, _shortcomings(), shortcoming_id, "unit")


class ShortcomingIn(Schema):
    unit: Id
    period: PeriodCode
    text: bounded(20000, min_length=1)
    field: Field | None = None
    cause: bounded(20000) = ""
    cause_kind: Shortcoming.CauseKind | None = None
    meeting: Id | None = None
    source_label: bounded(300) = ""


class ShortcomingPatch(Schema):
    version: Version
    text: bounded(20000, min_length=1) | None = None
    field: Field | None = None
    cause: bounded(20000) | None = None
    cause_kind: Shortcoming.CauseKind | None = None
    source_label: bounded(300) | None = None


@router.post("/shortcomings", response={201: ShortcomingOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def shortcoming_add(request: HttpRequest, payload: ShortcomingIn) -> object:
    unit = access_unit(request.user, payload.unit)
    period = period_of(payload.period)
    require_edit(request.user, unit, period)
    meeting = reference(seen(request.user, Meeting.objects.all(), "unit"), payload.meeting, "meeting")
    shortcoming = shortcoming_create(
        unit=unit, period=period, text=payload.text, field=payload.field or "", cause=payload.cause,
        cause_kind=payload.cause_kind or "", meeting=meeting, source_label=payload.source_label,
        by=request.user,
    )
    return 201, shortcoming


@router.patch("/shortcomings/{shortcoming_id}", response={200: ShortcomingOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def shortcoming_change(request: HttpRequest, shortcoming_id: Id, payload: ShortcomingPatch) -> object:
    shortcoming = get_seen(request.user, _shortcomings(), shortcoming_id, "unit")
    require_edit(request.user, shortcoming.unit, shortcoming.period)
    changes = changes_of(payload, nullable=("field", "cause_kind"))
    for blankable in ("field", "cause_kind"):
        if blankable in changes and changes[blankable] is None:
            changes[blankable] = ""
    return attempt(
        lambda: shortcoming_update(shortcoming=shortcoming, by=request.user,
                                   expected_version=payload.version, **changes),
        current=current_of(ShortcomingOut, _shortcomings(), shortcoming.pk),
    )


@router.delete("/shortcomings/{shortcoming_id}", response={204: None, **WRITE_ERRORS}, openapi_extra=EDIT)
def shortcoming_remove(request: HttpRequest, shortcoming_id: Id) -> object:
    shortcoming = get_seen(request.user, _shortcomings(), shortcoming_id, "unit")
    require_edit(request.user, shortcoming.unit, shortcoming.period)
    shortcoming_delete(shortcoming=shortcoming, by=request.user)
    return 204, None
