"""Reads for key tasks, meetings, recommendations and shortcomings.

Every selector returns a queryset already joined for display (a fixed number of
queries whatever the number of rows) and computes statuses and counts in SQL.
Selectors that depend on the date take ``today`` so that tests and reports can fix it.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.catalogue.models import Document
from tiendo.results.models import Period, Target
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_subtree
from tiendo.work.models import (
    KeyTask,
    Meeting,
    Person,
    ProgressNote,
    Recommendation,
    Shortcoming,
)


class BoardStatus(models.TextChoices):
    """Where a task stands on the board: its stored status read against its deadline."""

    OVERDUE = "overdue", _("Quá hạn")
    NOT_STARTED = "not_started", _("Chưa triển khai")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    DONE_ON_TIME = "done_on_time", _("Hoàn thành đúng hạn")
    DONE_LATE = "done_late", _("Hoàn thành chậm")
    CANCELLED = "cancelled", _("Dừng thực hiện")


def board_status(today: dt.date) -> Case:
    """The SQL expression of a task's ``BoardStatus`` on ``today``.

    A task done without a completion date, or with no deadline, counts as done on
    time; a task with no deadline is never overdue.
    """
    done, cancelled = KeyTask.Status.DONE, KeyTask.Status.CANCELLED
    return Case(
        When(status=done, completed_on__gt=F("deadline"), then=Value(BoardStatus.DONE_LATE)),
        When(status=done, then=Value(BoardStatus.DONE_ON_TIME)),
        When(status=cancelled, then=Value(BoardStatus.CANCELLED)),
        When(deadline__lt=today, then=Value(BoardStatus.OVERDUE)),
        When(status=KeyTask.Status.IN_PROGRESS, then=Value(BoardStatus.IN_PROGRESS)),
        default=Value(BoardStatus.NOT_STARTED),
        output_field=models.CharField(),
    )


def overdue_q(today: dt.date) -> Q:
    """Tasks neither done nor cancelled whose deadline has passed."""
    return Q(deadline__lt=today) & ~Q(status__in=[KeyTask.Status.DONE, KeyTask.Status.CANCELLED])


def key_task_annotated(today: dt.date | None = None) -> models.QuerySet[KeyTask]:
    """All tasks with ``board_status``, ``latest_percent`` and ``latest_note_on`` computed in SQL."""
    today = today or timezone.localdate()
    latest = ProgressNote.objects.filter(task=OuterRef("pk")).order_by("-date", "-id")
    return KeyTask.objects.annotate(
        board_status=board_status(today),
        latest_percent=Subquery(latest.filter(percent__isnull=False).values("percent")[:1]),
        latest_note_on=Subquery(latest.values("date")[:1]),
    )


def key_task_board(
    *,
    unit: Unit | None = None,
    lead_unit: Unit | None = None,
    period: Period | None = None,
    status: str | None = None,
    today: dt.date | None = None,
) -> models.QuerySet[KeyTask]:
    """The task board: tasks set by ``unit`` or any unit below it, overdue ones first.

    ``status`` is a ``BoardStatus`` value. Within a status group the nearest deadline
    comes first and tasks without a deadline come last. Two queries: the tasks with
    their units, period and meeting, then the coordinating units.
    """
    tasks = key_task_annotated(today)
    if unit is not None:
        tasks = tasks.filter(unit__in=unit_subtree(unit=unit))
    if lead_unit is not None:
        tasks = tasks.filter(lead_unit=lead_unit)
    if period is not None:
        tasks = tasks.filter(period=period)
    if status:
        tasks = tasks.filter(board_status=status)
    return (
        tasks.annotate(
            overdue_first=Case(
                When(board_status=BoardStatus.OVERDUE, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .select_related("unit", "lead_unit", "period", "meeting__unit")
        .prefetch_related("coordinating_units")
        .order_by("overdue_first", F("deadline").asc(nulls_last=True), "id")
    )


def key_task_board_counts(
    *, unit: Unit | None = None, period: Period | None = None, today: dt.date | None = None
) -> dict[str, int]:
    """``{board status: number of tasks}`` for the board's filters, every status present (0 if none)."""
    tasks = key_task_annotated(today)
    if unit is not None:
        tasks = tasks.filter(unit__in=unit_subtree(unit=unit))
    if period is not None:
        tasks = tasks.filter(period=period)
    rows = tasks.order_by().values("board_status").annotate(n=Count("pk"))
    counts = {status.value: 0 for status in BoardStatus}
    counts.update({row["board_status"]: row["n"] for row in rows})
    return counts


def overdue_count_by_unit(
    *, within: Unit | None = None, today: dt.date | None = None
) -> models.QuerySet[Unit]:
    """Units with overdue tasks, annotated ``overdue``, the most overdue first.

    A task counts against its lead unit, or against the unit that set it when it has
    no lead unit. ``within`` limits the answer to that unit's subtree.
    """
    today = today or timezone.localdate()
    overdue = KeyTask.objects.filter(overdue_q(today)).annotate(
        responsible=Coalesce("lead_unit", "unit")
    )
    per_unit = (
        overdue.filter(responsible=OuterRef("pk"))
        .order_by()
        .values("responsible")
        .annotate(n=Count("pk"))
        .values("n")
    )
    units = Unit.objects.filter(pk__in=overdue.values("responsible"))
    if within is not None:
        units = units.filter(pk__in=unit_subtree(unit=within))
    return (
        units.annotate(overdue=Subquery(per_unit, output_field=IntegerField()))
        .select_related("parent")
        .order_by("-overdue", "name")
    )


def meeting_list_for_unit(
    *, unit: Unit, period: Period | None = None, today: dt.date | None = None
) -> models.QuerySet[Meeting]:
    """The meetings of ``unit``, newest first, each with its tasks (board-annotated),
    attendees and adopted documents prefetched: four queries in all.

    ``period`` keeps meetings that reviewed it or planned for it.
    """
    meetings = Meeting.objects.filter(unit=unit)
    if period is not None:
        meetings = meetings.filter(Q(review_period=period) | Q(plan_period=period))
    tasks = (
        key_task_annotated(today)
        .select_related("lead_unit")
        .order_by(F("deadline").asc(nulls_last=True), "id")
    )
    return (
        meetings.select_related("unit", "chair", "term", "review_period", "plan_period", "visitor")
        .prefetch_related(Prefetch("tasks", queryset=tasks), "attendees", "documents")
        .order_by(F("date").desc(nulls_last=True), "-id")
    )


def recommendation_open_list(
    *, from_unit: Unit | None = None, to_unit: Unit | None = None
) -> models.QuerySet[Recommendation]:
    """Recommendations not yet answered, oldest first, with their units and meeting."""
    recommendations = Recommendation.objects.filter(status=Recommendation.Status.OPEN)
    if from_unit is not None:
        recommendations = recommendations.filter(from_unit=from_unit)
    if to_unit is not None:
        recommendations = recommendations.filter(to_unit=to_unit)
    return recommendations.select_related("from_unit", "to_unit", "meeting").order_by("id")


def recommendation_open_count_by_unit(*, within: Unit | None = None) -> models.QuerySet[Unit]:
    """Units that sent recommendations still open, annotated ``open_recommendations``, most first."""
    open_status = Recommendation.Status.OPEN
    units = Unit.objects.filter(recommendations_made__status=open_status)
    if within is not None:
        units = units.filter(pk__in=unit_subtree(unit=within))
    return (
        units.annotate(open_recommendations=Count("recommendations_made"))
        .select_related("parent")
        .order_by("-open_recommendations", "name")
    )


def shortcoming_list(
    *, unit: Unit, period: Period | None = None, subtree: bool = False
) -> models.QuerySet[Shortcoming]:
    """Shortcomings of ``unit`` (and the units below it with ``subtree``), latest period first,
    then by field, in the order they were recorded."""
    shortcomings = Shortcoming.objects.filter(unit__in=unit_subtree(unit=unit) if subtree else [unit])
    if period is not None:
        shortcomings = shortcomings.filter(period=period)
    return shortcomings.select_related("unit", "period", "meeting").order_by(
        "-period__end", "period__start", "field", "id"
    )


def shortcoming_count_by_period(*, unit: Unit) -> models.QuerySet[Period]:
    """The periods in which ``unit`` has shortcomings, annotated ``shortcoming_count``, latest first."""
    return (
        Period.objects.filter(shortcomings__unit=unit)
        .annotate(shortcoming_count=Count("shortcomings"))
        .order_by("-end", "start")
    )


# Pages of the web app: a unit's tasks, meetings, recommendations, shortcomings and documents,
# each scoped to the unit and the units below it.


def key_task_lead_units(*, unit: Unit) -> models.QuerySet[Unit]:
    """The lead units of the tasks on ``unit``'s board, by name: the board's lead-unit filter."""
    tasks = KeyTask.objects.filter(unit__in=unit_subtree(unit=unit), lead_unit__isnull=False)
    return Unit.objects.filter(pk__in=tasks.values("lead_unit")).order_by("name")


def key_task_periods(*, unit: Unit) -> models.QuerySet[Period]:
    """The periods of the tasks on ``unit``'s board, latest first: the board's period filter."""
    tasks = KeyTask.objects.filter(unit__in=unit_subtree(unit=unit), period__isnull=False)
    return Period.objects.filter(pk__in=tasks.values("period")).order_by("-end", "start")


def key_task_detail_list(*, within: Unit, today: dt.date | None = None) -> models.QuerySet[KeyTask]:
    """Tasks set by ``within`` or a unit below it, joined for the task page: board-annotated, with
    the meeting or document that set them, where they were carried over from and to, and their
    progress notes newest first. Fetch one with ``get_object_or_404(…, pk=…)``: six queries."""
    notes = ProgressNote.objects.select_related("by").order_by("-date", "-id")
    carried_to = KeyTask.objects.select_related("period").order_by("id")
    return (
        key_task_annotated(today)
        .filter(unit__in=unit_subtree(unit=within))
        .select_related(
            "unit", "lead_unit", "period", "meeting__unit", "document__issuer",
            "carried_over_from__period",
        )
        .prefetch_related(
            "coordinating_units",
            Prefetch("notes", queryset=notes),
            Prefetch("carried_over_to", queryset=carried_to),
        )
    )


def meeting_periods(*, unit: Unit) -> models.QuerySet[Period]:
    """The periods ``unit``'s meetings reviewed or planned for, latest first."""
    meetings = Meeting.objects.filter(unit=unit)
    return Period.objects.filter(
        Q(pk__in=meetings.values("review_period")) | Q(pk__in=meetings.values("plan_period"))
    ).order_by("-end", "start")


def meeting_detail_list(*, within: Unit, today: dt.date | None = None) -> models.QuerySet[Meeting]:
    """Meetings of ``within`` or a unit below it, joined for the meeting page: attendees, adopted
    documents, the tasks set there (board-annotated, nearest deadline first), the recommendations
    raised and the shortcomings named there. Seven queries for one meeting."""
    tasks = (
        key_task_annotated(today)
        .select_related("lead_unit")
        .order_by(F("deadline").asc(nulls_last=True), "id")
    )
    return (
        Meeting.objects.filter(unit__in=unit_subtree(unit=within))
        .select_related(
            "unit", "chair", "term__unit", "review_period", "plan_period", "visitor",
        )
        .prefetch_related(
            Prefetch("attendees", queryset=Person.objects.order_by("name")),
            Prefetch("documents", queryset=Document.objects.select_related("issuer")),
            Prefetch("tasks", queryset=tasks),
            Prefetch(
                "recommendations",
                queryset=Recommendation.objects.select_related("from_unit", "to_unit").order_by("id"),
            ),
            Prefetch(
                "shortcomings",
                queryset=Shortcoming.objects.select_related("unit", "period").order_by("field", "id"),
            ),
        )
    )


def recommendation_list(*, unit: Unit, status: str | None = None) -> models.QuerySet[Recommendation]:
    """Recommendations sent by ``unit`` or a unit below it, or sent to one of them, open ones
    first then newest first, with their units and meeting joined. ``status`` is a
    ``Recommendation.Status`` value."""
    units = unit_subtree(unit=unit)
    recommendations = Recommendation.objects.filter(Q(from_unit__in=units) | Q(to_unit__in=units))
    if status:
        recommendations = recommendations.filter(status=status)
    return recommendations.select_related("from_unit", "to_unit", "meeting__unit").order_by(
        Case(
            When(status=Recommendation.Status.OPEN, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
        "-id",
    )


def recommendation_status_counts(*, unit: Unit) -> dict[str, int]:
    """``{status: number}`` over ``recommendation_list(unit=…)``, every status present (0 if none)."""
    rows = (
        recommendation_list(unit=unit).order_by().values("status").annotate(n=Count("pk"))
    )
    counts = {status.value: 0 for status in Recommendation.Status}
    counts.update({row["status"]: row["n"] for row in rows})
    return counts


def shortcoming_periods(*, unit: Unit) -> models.QuerySet[Period]:
    """The periods with shortcomings of ``unit`` or a unit below it, latest first."""
    shortcomings = Shortcoming.objects.filter(unit__in=unit_subtree(unit=unit))
    return Period.objects.filter(pk__in=shortcomings.values("period")).order_by("-end", "start")


def documents_concerning_q(units: models.QuerySet[Unit]) -> Q:
    """Documents issued by one of ``units``, setting one of them a target or a task, or
    adopted at one of their meetings."""
    return (
        Q(issuer__in=units)
        | Q(pk__in=KeyTask.objects.filter(unit__in=units).values("document"))
        | Q(pk__in=Target.objects.filter(unit__in=units).values("document"))
        | Q(pk__in=Meeting.documents.through.objects.filter(meeting__unit__in=units).values("document"))
    )


def document_list_for_unit(*, unit: Unit, kind: str | None = None) -> models.QuerySet[Document]:
    """Documents that concern ``unit`` or a unit below it: issued by one of them, setting one of
    them a target or a task, or adopted at one of their meetings. Newest first, issuer joined."""
    documents = Document.objects.filter(documents_concerning_q(unit_subtree(unit=unit)))
    if kind:
        documents = documents.filter(kind=kind)
    return documents.select_related("issuer").order_by(F("date").desc(nulls_last=True), "number_symbol")


def document_detail_list(*, within: Unit, today: dt.date | None = None) -> models.QuerySet[Document]:
    """``document_list_for_unit`` joined for the document page: the targets and tasks it set
    for ``within`` and the units below it, and the meetings of those units that adopted it.
    Five queries for one document."""
    units = unit_subtree(unit=within)
    targets = (
        Target.objects.filter(unit__in=units)
        .select_related("indicator", "unit", "period")
        .order_by("-period__end", "indicator__field", "indicator__sort_order", "indicator__name", "unit__name")
    )
    tasks = (
        key_task_annotated(today)
        .filter(unit__in=units)
        .select_related("unit", "lead_unit", "period")
        .order_by(F("deadline").asc(nulls_last=True), "id")
    )
    meetings = Meeting.objects.filter(unit__in=units).select_related("unit").order_by("-date", "-id")
    return (
        Document.objects.filter(documents_concerning_q(units))
        .select_related("issuer", "term__unit")
        .prefetch_related(
            Prefetch("targets", queryset=targets),
            Prefetch("tasks", queryset=tasks),
            Prefetch("adopted_at", queryset=meetings),
        )
    )
