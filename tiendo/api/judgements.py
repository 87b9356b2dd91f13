"""The computed judgements, read-only: the unit dashboard (percent of plan, change against
the same period last year, status), ``N/M chỉ tiêu đạt``, the roll-up of the children, their
ranking and the projection to year end. All come from ``results.selectors``, ``rollup`` and
``projection``; nothing is computed here."""

from decimal import Decimal
from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from pydantic import Field

from tiendo.accounts.access import access_unit
from tiendo.api.errors import ErrorOut
from tiendo.api.permissions import VIEW
from tiendo.api.schemas import PeriodOut
from tiendo.api.types import Id, PeriodCode
from tiendo.api.writes import period_find, reference
from tiendo.catalogue.models import Document
from tiendo.catalogue.selectors import indicator_list
from tiendo.results.computations import MetCount
from tiendo.results.models import Period, Target
from tiendo.results.projection import DEFAULT_PAST_YEARS, Projection, projection_for
from tiendo.results.rollup import children_ranking, rollup_rows
from tiendo.results.selectors import DashboardRow, dashboard_rows, met_count_of, targets_met_count

router = Router(tags=[_("Đánh giá (tính sẵn)")])
READ = {404: ErrorOut, 422: ErrorOut}


class MetCountOut(Schema):
    met: int
    total: int
    without_value: int
    label: str


class DashboardRowOut(Schema):
    indicator_id: int
    indicator_name: str
    uom: str
    value: Decimal | None
    own_value: Decimal | None
    lineage_value: Decimal | None
    estimated: bool
    is_sample: bool
    target_id: int | None
    target_value: Decimal | None
    target_comparator: str | None
    target_source: str | None
    last_value: Decimal | None
    pct_of_plan: Decimal | None
    yoy_abs: Decimal | None
    yoy_pct: Decimal | None
    status: str | None


class DashboardOut(Schema):
    unit_id: int
    period: PeriodOut
    met_count: MetCountOut
    rows: list[DashboardRowOut]


class RollupRowOut(Schema):
    indicator_id: int
    indicator_name: str
    uom: str
    aggregation: str
    value: Decimal | None
    units_reporting: int
    units_expected: int


class RankingRowOut(Schema):
    unit_id: int
    unit_name: str
    value: Decimal
    rank: int


def _met(count: MetCount) -> dict[str, Any]:
    return {"met": count.met, "total": count.total, "without_value": count.without_value,
            "label": str(count.label)}


def _row(row: DashboardRow) -> dict[str, Any]:
    return {
        "indicator_id": row.indicator.pk, "indicator_name": row.indicator.name, "uom": row.indicator.uom,
        "value": row.value, "own_value": row.own_value, "lineage_value": row.lineage_value,
        "estimated": row.value_estimated, "is_sample": row.is_sample, "target_id": row.target_id,
        "target_value": row.target_value, "target_comparator": row.target_comparator,
        "target_source": row.target_source, "last_value": row.last_value,
        "pct_of_plan": row.pct_of_plan, "yoy_abs": row.yoy_abs, "yoy_pct": row.yoy_pct,
        "status": row.status.value if row.status else None,
    }


def _period(code: str) -> Period:
    period = period_find(code)
    if period is None:
        raise Http404
    return period


class DashboardQuery(Schema):
    period: PeriodCode
    all_indicators: bool = Field(False, description="cả những chỉ tiêu chưa có số và chưa có kế hoạch")


@router.get("/units/{unit_id}/dashboard", response={200: DashboardOut, **READ}, openapi_extra=VIEW)
def dashboard(request: HttpRequest, unit_id: Id, query: Query[DashboardQuery]) -> object:
    unit = access_unit(request.user, unit_id)
    period = _period(query.period)
    rows = dashboard_rows(unit=unit, period=period, with_data_only=not query.all_indicators)
    return {"unit_id": unit.pk, "period": period, "met_count": _met(met_count_of(rows)),
            "rows": [_row(row) for row in rows]}


class MetCountQuery(Schema):
    period: PeriodCode
    document: Id | None = Field(None, description="chỉ các chỉ tiêu do văn bản này giao (nghị quyết)")
    source: Target.Source | None = None


@router.get("/units/{unit_id}/met-count", response={200: MetCountOut, **READ}, openapi_extra=VIEW)
def met_count(request: HttpRequest, unit_id: Id, query: Query[MetCountQuery]) -> object:
    unit = access_unit(request.user, unit_id)
    period = _period(query.period)
    document = reference(Document.objects.all(), query.document, "document")
    return _met(targets_met_count(unit=unit, period=period, document=document, source=query.source))


class RollupQuery(Schema):
    period: PeriodCode
    indicator: Id | None = None


@router.get("/units/{unit_id}/rollup", response={200: list[RollupRowOut], **READ}, openapi_extra=VIEW)
def rollup(request: HttpRequest, unit_id: Id, query: Query[RollupQuery]) -> object:
    unit = access_unit(request.user, unit_id)
    period = _period(query.period)
    indicators = indicator_list()
    if query.indicator is not None:
        indicators = indicators.filter(pk=query.indicator)
    return [
        {"indicator_id": row.pk, "indicator_name": row.name, "uom": row.uom,
         "aggregation": row.aggregation, "value": row.rolled_value,
         "units_reporting": row.units_reporting, "units_expected": row.units_expected}
        for row in rollup_rows(parent=unit, period=period, indicators=indicators)
    ]


class IndicatorPeriodQuery(Schema):
    indicator: Id
    period: PeriodCode


@router.get("/units/{unit_id}/ranking", response={200: list[RankingRowOut], **READ}, openapi_extra=VIEW)
def ranking(request: HttpRequest, unit_id: Id, query: Query[IndicatorPeriodQuery]) -> object:
    unit = access_unit(request.user, unit_id)
    period = _period(query.period)
    indicator = get_object_or_404(indicator_list(), pk=query.indicator)
    return [
        {"unit_id": child.pk, "unit_name": child.name, "value": child.value, "rank": child.rank}
        for child in children_ranking(parent=unit, indicator=indicator, period=period)
    ]


class ProjectionQuery(IndicatorPeriodQuery):
    years: int = Field(DEFAULT_PAST_YEARS, ge=1, le=20, description="số năm trước để so nhịp")


@router.get("/units/{unit_id}/projection", response={200: Projection, **READ}, openapi_extra=VIEW)
def projection(request: HttpRequest, unit_id: Id, query: Query[ProjectionQuery]) -> object:
    unit = access_unit(request.user, unit_id)
    period = _period(query.period)
    indicator = get_object_or_404(indicator_list(), pk=query.indicator)
    return projection_for(unit=unit, indicator=indicator, period=period, years=query.years)
