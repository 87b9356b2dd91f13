"""A unit's report for a period: where it stands, and submit → approve (lock) → send back or
unlock, through ``accounts.workflow`` (which checks the account's right)."""


import datetime as dt
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema
from pydantic import Field

from tiendo.accounts.access import (
    Permission,
    access_actions,
    access_unit,
    reporting_status_of,
    state_of,
)
from tiendo.accounts.workflow import (
    children_states,
    report_approve,
    report_return,
    report_submit,
    report_unlock,
)
from tiendo.api.errors import ErrorOut
from tiendo.api.permissions import VIEW, needs
from tiendo.api.types import Id, PeriodCode, bounded
from tiendo.api.writes import period_of
from tiendo.results.models import Period, ReportingStatus
from tiendo.results.periods import key_of
from tiendo.units.models import Unit

router = Router(tags=[_("Gửi duyệt, phê duyệt, khóa")])
ACT = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
PATH = "/units/{unit_id}/reports/{period}"


class ChildStateOut(Schema):
    unit_id: int
    unit_name: str
    state: str


class ReportOut(Schema):
    unit_id: int
    period_code: str
    state: str
    changed_by: str | None
    changed_at: dt.datetime | None
    reason: str
    actions: list[str] = Field(description="những thao tác tài khoản được làm lúc này")
    children: list[ChildStateOut]


def _report(request: HttpRequest, unit: Unit, period: Period) -> dict[str, Any]:
    status = reporting_status_of(unit, period)
    by = status.changed_by if status is not None else None
    return {
        "unit_id": unit.pk,
        "period_code": key_of(period).code,
        "state": state_of(status),
        "changed_by": by.get_username() if by is not None else None,
        "changed_at": status.changed_at if status is not None else None,
        "reason": status.reason if status is not None else "",
        "actions": sorted(access_actions(request.user, unit, period, status)),
        "children": [
            {"unit_id": child.unit.pk, "unit_name": child.unit.name, "state": child.state}
            for child in children_states(unit, period)
        ],
    }


@router.get(PATH, response={200: ReportOut, 404: ErrorOut, 422: ErrorOut}, openapi_extra=VIEW)
def report_status(request: HttpRequest, unit_id: Id, period: PeriodCode) -> object:
    unit = access_unit(request.user, unit_id)
    return _report(request, unit, period_of(period))


def _act(request: HttpRequest, unit_id: int, code: str, action: Callable[[Unit, Period], ReportingStatus]) -> object:
    unit = access_unit(request.user, unit_id)
    period = period_of(code)
    action(unit, period)  # refused: PermissionDenied, answered 403 with the rule
    return _report(request, unit, period)


class ReasonIn(Schema):
    reason: bounded(5000, min_length=1)


class ApproveIn(Schema):
    override_reason: bounded(5000) = Field("", description="lý do phê duyệt khi đơn vị trực thuộc chưa được duyệt")


@router.post(f"{PATH}/submit", response={200: ReportOut, **ACT}, openapi_extra=needs(Permission.SUBMIT))
def submit(request: HttpRequest, unit_id: Id, period: PeriodCode) -> object:
    return _act(request, unit_id, period, lambda u, p: report_submit(unit=u, period=p, by=request.user))


@router.post(f"{PATH}/approve", response={200: ReportOut, **ACT}, openapi_extra=needs(Permission.APPROVE))
def approve(request: HttpRequest, unit_id: Id, period: PeriodCode, payload: ApproveIn) -> object:
    return _act(request, unit_id, period, lambda u, p: report_approve(
        unit=u, period=p, by=request.user, override_reason=payload.override_reason))


@router.post(f"{PATH}/return", response={200: ReportOut, **ACT}, openapi_extra=needs(Permission.RETURN))
def send_back(request: HttpRequest, unit_id: Id, period: PeriodCode, payload: ReasonIn) -> object:
    return _act(request, unit_id, period, lambda u, p: report_return(
        unit=u, period=p, by=request.user, reason=payload.reason))


@router.post(f"{PATH}/unlock", response={200: ReportOut, **ACT}, openapi_extra=needs(Permission.UNLOCK))
def unlock(request: HttpRequest, unit_id: Id, period: PeriodCode, payload: ReasonIn) -> object:
    return _act(request, unit_id, period, lambda u, p: report_unlock(
        unit=u, period=p, by=request.user, reason=payload.reason))
