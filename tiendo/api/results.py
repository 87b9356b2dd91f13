"""Targets, results and where each unit's report for a period stands."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiendo.accounts.access import Permission, access_unit
from tiendo.api.errors import READ_ERRORS, WRITE_ERRORS
from tiendo.api.pagination import Page
from tiendo.api.permissions import EDIT, VIEW
from tiendo.api.schemas import ReportingStatusOut, ResultOut, TargetOut
from tiendo.api.scope import UnitScope, get_seen, listed, require, require_edit
from tiendo.api.types import Amount, Id, PeriodCode, Position, Version, bounded
from tiendo.api.writes import (
    attempt,
    changes_of,
    current_of,
    in_period,
    period_of,
    reference,
)
from tiendo.catalogue.models import Document, Indicator
from tiendo.catalogue.selectors import indicator_list
from tiendo.results.models import ReportingStatus, Result, Target
from tiendo.results.selectors import result_list, target_list
from tiendo.results.services import (
    result_create,
    result_delete,
    result_update,
    target_create,
    target_delete,
    target_update,
)

router = Router(tags=[_("Chỉ tiêu kế hoạch, kết quả")])


class DataFilter(UnitScope):
    indicator: Id | None = None
    period: PeriodCode | None = None


def _filtered(request: HttpRequest, queryset: object, filters: DataFilter) -> object:
    rows = listed(request.user, queryset, filters, "unit")  # type: ignore[arg-type]
    if filters.indicator is not None:
        rows = rows.filter(indicator_id=filters.indicator)
    return in_period(rows, filters.period, "period")


# ---------------------------------------------------------------- targets


@router.get("/targets", response={200: list[TargetOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def target_index(request: HttpRequest, filters: Query[DataFilter]) -> object:
    return _filtered(request, target_list(), filters).order_by("unit_id", "indicator_id", "-period__end", "id")


@router.get("/targets/{target_id}", response={200: TargetOut, **READ_ERRORS}, openapi_extra=VIEW)
def target_detail(request: HttpRequest, target_id: Id) -> object:
    return get_seen(request.user, target_list(), target_id, "unit")


class TargetIn(Schema):
    unit: Id
    indicator: Id
    period: PeriodCode
    value: Amount
    source: Target.Source
    comparator: Target.Comparator = Target.Comparator.AT_LEAST
    uom: bounded(60) | None = None
    document: Id | None = None
    derived: bool = False
    note: bounded(300) = ""


class TargetPatch(Schema):
    version: Version
    value: Amount | None = None
    comparator: Target.Comparator | None = None
    uom: bounded(60) | None = None
    document: Id | None = None
    derived: bool | None = None
    note: bounded(300) | None = None


@router.post("/targets", response={201: TargetOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def target_add(request: HttpRequest, payload: TargetIn) -> object:
    unit = access_unit(request.user, payload.unit)
    require(request.user, Permission.EDIT, unit)
    indicator = reference(indicator_list(), payload.indicator, "indicator")
    document = reference(Document.objects.all(), payload.document, "document")
    assert indicator is not None
    target = target_create(
        indicator=indicator, unit=unit, period=period_of(payload.period), value=payload.value,
        source=payload.source, comparator=payload.comparator, uom=payload.uom, document=document,
        derived=payload.derived, note=payload.note, by=request.user,
    )
    return 201, target


@router.patch("/targets/{target_id}", response={200: TargetOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def target_change(request: HttpRequest, target_id: Id, payload: TargetPatch) -> object:
    target = get_seen(request.user, target_list(), target_id, "unit")
    require(request.user, Permission.EDIT, target.unit)
    changes = changes_of(payload, nullable=("document",))
    if "document" in changes:
        changes["document"] = reference(Document.objects.all(), changes["document"], "document")
    return attempt(
        lambda: target_update(target=target, by=request.user, expected_version=payload.version, **changes),
        current=current_of(TargetOut, target_list(), target.pk),
    )


@router.delete("/targets/{target_id}", response={204: None, **WRITE_ERRORS}, openapi_extra=EDIT)
def target_remove(request: HttpRequest, target_id: Id) -> object:
    target = get_seen(request.user, target_list(), target_id, "unit")
    require(request.user, Permission.EDIT, target.unit)
    target_delete(target=target, by=request.user)
    return 204, None


# ---------------------------------------------------------------- results


class ResultFilter(DataFilter):
    status: Result.Status | None = None
    provenance: Result.Provenance | None = None


@router.get("/results", response={200: list[ResultOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def result_index(request: HttpRequest, filters: Query[ResultFilter]) -> object:
    results = _filtered(request, result_list(), filters)
    if filters.status:
        results = results.filter(status=filters.status)
    if filters.provenance:
        results = results.filter(provenance=filters.provenance)
    return results.order_by("unit_id", "indicator_id", "-period__end", "id")


@router.get("/results/{result_id}", response={200: ResultOut, **READ_ERRORS}, openapi_extra=VIEW)
def result_detail(request: HttpRequest, result_id: Id) -> object:
    return get_seen(request.user, result_list(), result_id, "unit")


class ResultIn(Schema):
    unit: Id
    indicator: Id
    period: PeriodCode
    value: Amount
    estimated: bool = False
    derived: bool = False
    provenance: Result.Provenance = Result.Provenance.MANUAL
    source_label: bounded(300) = ""
    source_url: bounded(500) = ""
    source_ref: bounded(200) = ""
    evidence: bounded(20000) = ""
    evidence_start: Position | None = None
    evidence_end: Position | None = None
    note: bounded(500) = ""


class ResultPatch(Schema):
    version: Version
    value: Amount | None = None
    estimated: bool | None = None
    derived: bool | None = None
    source_label: bounded(300) | None = None
    source_url: bounded(500) | None = None
    source_ref: bounded(200) | None = None
    evidence: bounded(20000) | None = None
    evidence_start: Position | None = None
    evidence_end: Position | None = None
    note: bounded(500) | None = None


@router.post("/results", response={201: ResultOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def result_add(request: HttpRequest, payload: ResultIn) -> object:
    unit = access_unit(request.user, payload.unit)
    period = period_of(payload.period)
    require_edit(request.user, unit, period)
    indicator = reference(indicator_list(), payload.indicator, "indicator")
    assert isinstance(indicator, Indicator)
    fields = payload.dict(exclude={"unit", "indicator", "period", "value"})
    result = attempt(
        lambda: result_create(unit=unit, indicator=indicator, period=period, value=payload.value,
                              by=request.user, **fields),
        unit=unit, period=period,
    )
    return 201, result_list().get(pk=result.pk)


@router.patch("/results/{result_id}", response={200: ResultOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def result_change(request: HttpRequest, result_id: Id, payload: ResultPatch) -> object:
    result = get_seen(request.user, result_list(), result_id, "unit")
    require_edit(request.user, result.unit, result.period)
    changes = changes_of(payload, nullable=("evidence_start", "evidence_end"))
    attempt(
        lambda: result_update(result=result, by=request.user, expected_version=payload.version, **changes),
        current=current_of(ResultOut, result_list(), result.pk), unit=result.unit, period=result.period,
    )
    return result_list().get(pk=result.pk)


@router.delete("/results/{result_id}", response={204: None, **WRITE_ERRORS}, openapi_extra=EDIT)
def result_remove(request: HttpRequest, result_id: Id) -> object:
    result = get_seen(request.user, result_list(), result_id, "unit")
    require_edit(request.user, result.unit, result.period)
    attempt(lambda: result_delete(result=result, by=request.user), unit=result.unit, period=result.period)
    return 204, None


# ---------------------------------------------------------------- reporting status


class StatusFilter(UnitScope):
    period: PeriodCode | None = None
    state: ReportingStatus.State | None = None


@router.get("/reporting-statuses", response={200: list[ReportingStatusOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def reporting_status_index(request: HttpRequest, filters: Query[StatusFilter]) -> object:
    """Only the unit-periods whose report moved at least once: the others are open."""
    statuses = listed(
        request.user, ReportingStatus.objects.select_related("period", "changed_by"), filters, "unit"
    )
    statuses = in_period(statuses, filters.period, "period")
    if filters.state:
        statuses = statuses.filter(state=filters.state)
    return statuses.order_by("unit_id", "-period__end", "id")
