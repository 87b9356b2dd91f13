"""Read-only pages for a unit's work: the key task board and task page, meetings,
recommendations, shortcomings and documents. Each page gets its unit through
``accounts.access`` (404 outside the account's subtree), calls selectors and renders."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from tiendo.accounts.access import access_unit
from tiendo.results.models import Period
from tiendo.results.periods import key_of, parse_code
from tiendo.units.models import Unit
from tiendo.web.page_cache import cached_part
from tiendo.work.models import KeyTask, Recommendation
from tiendo.work.selectors import (
    BoardStatus,
    document_detail_list,
    document_list_for_unit,
    key_task_board,
    key_task_detail_list,
    key_task_lead_units,
    key_task_periods,
    meeting_detail_list,
    meeting_list_for_unit,
    meeting_periods,
    recommendation_list,
    recommendation_status_counts,
    shortcoming_list,
    shortcoming_periods,
)

# The board's groups in the order they are shown: what needs attention first.
BOARD_ORDER = [
    BoardStatus.OVERDUE, BoardStatus.NOT_STARTED, BoardStatus.IN_PROGRESS,
    BoardStatus.DONE_ON_TIME, BoardStatus.DONE_LATE, BoardStatus.CANCELLED,
]
# Cancelled tasks get a group only when there are some: the board is about the other five.
ALWAYS_SHOWN = set(BOARD_ORDER) - {BoardStatus.CANCELLED}
NO_MATCH = _("Không có mục nào khớp bộ lọc.")


@dataclass
class PeriodChoice:
    code: str
    label: str
    year: int
    period: Period


@dataclass
class StatusGroup:
    status: BoardStatus
    tasks: list[KeyTask]
    count: int


def _period_choices(periods: list[Period] | object) -> list[PeriodChoice]:
    return [PeriodChoice(key_of(p).code, str(p), p.year, p) for p in periods]


def _chosen_period(code: str, choices: list[PeriodChoice]) -> tuple[Period | None, bool]:
    """The period a ``ky`` code names among ``choices``; (None, True) when the code names none
    of them (malformed, or a period with nothing in it), so the page shows nothing, not everything."""
    if not code:
        return None, False
    try:
        code = parse_code(code).code
    except ValidationError:
        return None, True
    match = next((choice.period for choice in choices if choice.code == code), None)
    return match, match is None


def _chosen_unit(raw: str, units: list[Unit]) -> tuple[Unit | None, bool]:
    if not raw:
        return None, False
    match = next((unit for unit in units if str(unit.pk) == raw), None)
    return match, match is None


@login_required
def task_board(request: HttpRequest, unit_id: int) -> HttpResponse:
    """The key tasks of a unit by state; the board, the same for every reader of the unit,
    comes from ``cached_part`` until the data changes or the day does (tasks fall overdue)."""
    unit = access_unit(request.user, unit_id)
    code = request.GET.get("ky", "").strip()
    chosen_lead = request.GET.get("chu-tri", "").strip()
    chosen_status = request.GET.get("trang-thai", "")
    if chosen_status not in BoardStatus.values:
        chosen_status = ""
    table_only = bool(request.htmx and request.htmx.target == "task-board")

    def board() -> str:
        leads = list(key_task_lead_units(unit=unit))
        periods = _period_choices(key_task_periods(unit=unit))
        period, bad_period = _chosen_period(code, periods)
        lead, bad_lead = _chosen_unit(chosen_lead, leads)
        tasks = [] if bad_period or bad_lead else list(
            key_task_board(unit=unit, lead_unit=lead, period=period)
        )
        groups = []
        for status in BOARD_ORDER:
            in_status = [task for task in tasks if task.board_status == status]
            if not in_status and status not in ALWAYS_SHOWN:
                continue
            shown = in_status if chosen_status in ("", status) else []
            groups.append(StatusGroup(status, shown, len(in_status)))
        context = {
            "unit": unit,
            "groups": groups,
            "total": len(tasks),
            "shown": sum(len(group.tasks) for group in groups),
            "leads": leads,
            "periods": periods,
            "code": code,
            "chosen_lead": chosen_lead,
            "chosen_status": chosen_status,
            "filtered": bool(code or lead or bad_lead or chosen_status),
            "no_match": NO_MATCH,
        }
        template = "web/work_board_groups.html" if table_only else "web/_work_board_body.html"
        return render_to_string(template, context)

    inputs = [unit.pk, code, chosen_lead, chosen_status, table_only, timezone.localdate()]
    body = mark_safe(cached_part(request, "task-board", inputs, board))
    if table_only:
        return HttpResponse(body)
    return render(request, "web/work_board.html", {"unit": unit, "body": body})


@login_required
def task_detail(request: HttpRequest, unit_id: int, task_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    task = get_object_or_404(key_task_detail_list(within=unit), pk=task_id)
    return render(request, "web/work_task.html", {"unit": unit, "task": task})


@login_required
def meeting_list(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    periods = _period_choices(meeting_periods(unit=unit))
    code = request.GET.get("ky", "").strip()
    period, bad_period = _chosen_period(code, periods)
    meetings = [] if bad_period else list(meeting_list_for_unit(unit=unit, period=period))
    return render(
        request, "web/work_meetings.html",
        {"unit": unit, "meetings": meetings, "periods": periods, "code": code, "no_match": NO_MATCH},
    )


@login_required
def meeting_detail(request: HttpRequest, unit_id: int, meeting_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    meeting = get_object_or_404(meeting_detail_list(within=unit), pk=meeting_id)
    return render(request, "web/work_meeting.html", {"unit": unit, "meeting": meeting})


@login_required
def recommendations(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    chosen_status = request.GET.get("trang-thai", "")
    if chosen_status not in Recommendation.Status.values:
        chosen_status = ""
    counts = recommendation_status_counts(unit=unit)
    rows = list(recommendation_list(unit=unit, status=chosen_status or None))
    return render(
        request, "web/work_recommendations.html",
        {
            "unit": unit,
            "recommendations": rows,
            "statuses": [(s, counts[s.value]) for s in Recommendation.Status],
            "total": sum(counts.values()),
            "chosen_status": chosen_status,
            "no_match": NO_MATCH,
        },
    )


@login_required
def shortcomings(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    periods = _period_choices(shortcoming_periods(unit=unit))
    code = request.GET.get("ky", "").strip()
    period, bad_period = _chosen_period(code, periods)
    rows = [] if bad_period else list(shortcoming_list(unit=unit, period=period, subtree=True))
    return render(
        request, "web/work_shortcomings.html",
        {"unit": unit, "shortcomings": rows, "periods": periods, "code": code, "no_match": NO_MATCH},
    )


@login_required
def documents(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    return render(
        request, "web/work_documents.html",
        {"unit": unit, "documents": list(document_list_for_unit(unit=unit))},
    )


@login_required
def document_detail(request: HttpRequest, unit_id: int, document_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    document = get_object_or_404(document_detail_list(within=unit), pk=document_id)
    return render(request, "web/work_document.html", {"unit": unit, "document": document})
