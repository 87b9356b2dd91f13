"""Read what a review report says about a unit and period, through the apps' selectors only."""

from __future__ import annotations

import datetime as dt

from tiendo.core.vn import fold
from tiendo.reports.review.phrasing import phrasing
from tiendo.reports.review.structure import (
    IndicatorLine,
    PeriodInfo,
    ReviewData,
    ShortcomingLine,
    TaskLine,
    UnitInfo,
)
from tiendo.results.models import Period
from tiendo.results.periods import dates, key_of
from tiendo.results.selectors import dashboard_rows, met_count_of, target_list
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask
from tiendo.work.selectors import key_task_board, meeting_list_for_unit, shortcoming_list


def unit_info(unit: Unit) -> UnitInfo:
    return UnitInfo(unit.name, unit.short_name, unit.admin_type, unit.level, unit.kind)


def review_gather(*, unit: Unit, period: Period, today: dt.date | None = None) -> ReviewData:
    """The facts of the report: judged indicator rows, ``N/M chỉ tiêu đạt``, key tasks set
    for the period and for the rest of the year, shortcomings, and the signer (the chair of
    the review meeting when the chair's title is one of ``signer_titles``)."""
    rows = sorted(
        dashboard_rows(unit=unit, period=period),
        key=lambda row: (row.indicator.field, row.indicator.sort_order, row.indicator.name),
    )
    target_ids = [row.target_id for row in rows if row.target_id]
    targets = {
        t.pk: t for t in target_list().filter(pk__in=target_ids).select_related("assigned_by")
    }
    lines = []
    for row in rows:
        target = targets.get(row.target_id)
        indicator = row.indicator
        lines.append(IndicatorLine(
            code=indicator.code, name=indicator.name, uom=indicator.uom, field=indicator.field,
            direction=indicator.direction,
            value=row.value, estimated=row.value_estimated, target=row.target_value,
            comparator=row.target_comparator, source=row.target_source,
            assigner=unit_info(target.assigned_by) if target and target.assigned_by else None,
            document=target.document.number_symbol if target and target.document else "",
            last_value=row.last_value, pct_of_plan=row.pct_of_plan,
            yoy_pct=row.yoy_pct, yoy_abs=row.yoy_abs, status=row.status,
            is_sample=row.is_sample,
        ))
    counts = met_count_of(rows)
    review, upcoming = _tasks(unit, period, today)
    shortcomings = tuple(
        ShortcomingLine(s.text, s.cause, s.cause_kind, s.field)
        for s in shortcoming_list(unit=unit, period=period)
    )
    parent = unit.parent
    return ReviewData(
        unit=unit_info(unit),
        parent=unit_info(parent) if parent is not None else None,
        period=PeriodInfo(period.kind, period.year, period.number, period.end),
        lines=tuple(lines), met=counts.met, total=counts.total,
        without_value=counts.without_value,
        tasks_review=review, tasks_next=upcoming, shortcomings=shortcomings,
        signer=_signer(unit, period, today),
    )


def _tasks(
    unit: Unit, period: Period, today: dt.date | None
) -> tuple[tuple[TaskLine, ...], tuple[TaskLine, ...]]:
    """Tasks the unit set for a period within the reviewed one (done or not), and tasks set
    for the periods after it, up to the end of the next year."""
    start, end = period.start, period.end
    horizon = dt.date(end.year + 1, 12, 31)
    review: list[TaskLine] = []
    upcoming: list[TaskLine] = []
    board = key_task_board(unit=unit, today=today or end).filter(unit=unit, period__isnull=False)
    for task in board.filter(period__start__gte=_year_start(period), period__end__lte=horizon):
        line = TaskLine(
            title=task.title, status=task.status, status_label=task.get_status_display(),
            field=task.field, lead=task.lead_unit.name if task.lead_unit else "",
        )
        if task.period.start > end:
            upcoming.append(line)
        elif task.period.start >= start or task.period.end <= end:
            review.append(line)
    review.sort(key=lambda t: t.status != KeyTask.Status.DONE)
    return tuple(review), tuple(upcoming)


def _year_start(period: Period) -> dt.date:
    return dates(key_of(period))[0].replace(month=1, day=1)


def _signer(unit: Unit, period: Period, today: dt.date | None) -> str:
    titles = [fold(t) for t in phrasing()["party"]["signer_titles"] + phrasing()["state"]["signer_titles"]]
    for meeting in meeting_list_for_unit(unit=unit, period=period, today=today or period.end):
        chair_title = fold(meeting.chair_title)
        if meeting.chair and any(chair_title.startswith(t) for t in titles):
            return meeting.chair.name
    return ""
