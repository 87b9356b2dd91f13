"""Pages: each binds its input, gets unit-scoped objects through ``accounts.access``, calls
selectors and renders. No writes here."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from tiendo.accounts.access import access_unit, home_units
from tiendo.catalogue.models import Indicator
from tiendo.core.models import Field
from tiendo.results.computations import Judgement, MetCount
from tiendo.results.models import Period
from tiendo.results.periods import key_of, parse_code
from tiendo.results.projection import projection_for
from tiendo.results.selectors import (
    DashboardRow,
    dashboard_rows,
    dashboard_rows_many,
    latest_period_with_data,
    latest_periods,
    met_count_of,
    periods_with_data,
)
from tiendo.units.models import Unit
from tiendo.web.dashboard_display import NO_TARGET, NO_TARGET_LABEL, RowDisplay, row_displays
from tiendo.web.page_cache import cached_part
from tiendo.work.selectors import overdue_count_by_unit, recommendation_open_count_by_unit

STATUS_CHOICES = [*Judgement.choices, (NO_TARGET, NO_TARGET_LABEL)]
PERIOD_KINDS = [
    (Period.Kind.MONTH, _("Tháng")), (Period.Kind.QUARTER, _("Quý")),
    ("6M", _("6 tháng")), ("9M", _("9 tháng")), (Period.Kind.YEAR, _("Năm")),
]


@dataclass
class UnitCard:
    unit: Unit
    period: Period | None
    score: MetCount | None
    overdue: int
    open_recommendations: int


# Cards scored per page of the home page: each one judges every indicator of its unit.
HOME_PAGE_SIZE = 12


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The account's units (``home_units``), one page of them scored: a fixed number of
    queries and a page's worth of judging whatever the number of units."""
    today = timezone.localdate()
    page = Paginator(home_units(request.user, on=today), HOME_PAGE_SIZE).get_page(request.GET.get("trang"))
    units = list(page)
    cards = cached_part(request, "home-cards", [*(unit.pk for unit in units), today], lambda: _cards(units))
    return render(request, "web/home.html", {"cards": cards, "page": page, "today": today})


def _cards(units: list[Unit]) -> list[UnitCard]:
    """Each unit scored on its latest period, with its overdue tasks (as of today) and open
    recommendations."""
    ids = [unit.pk for unit in units]
    periods = latest_periods(Unit.objects.filter(pk__in=ids))
    rows = dashboard_rows_many([(unit, periods[unit.pk]) for unit in units if unit.pk in periods])
    overdue = dict(overdue_count_by_unit().filter(pk__in=ids).values_list("pk", "overdue"))
    recommendations = dict(
        recommendation_open_count_by_unit().filter(pk__in=ids).values_list("pk", "open_recommendations")
    )
    return [
        UnitCard(
            unit=unit,
            period=periods.get(unit.pk),
            score=met_count_of(rows[(unit.pk, periods[unit.pk].pk)]) if unit.pk in periods else None,
            overdue=overdue.get(unit.pk, 0),
            open_recommendations=recommendations.get(unit.pk, 0),
        )
        for unit in units
    ]


@dataclass
class FieldGroup:
    value: str
    label: str
    rows: list[RowDisplay]
    score: MetCount


def _status_of(row: DashboardRow) -> str:
    return row.status or NO_TARGET


@login_required
def unit_dashboard(request: HttpRequest, unit_id: int) -> HttpResponse:
    """A unit's indicators for a period. The scoreboard and the table, the costly part and
    the same for every reader, come from ``cached_part`` until the data changes."""
    unit = access_unit(request.user, unit_id)
    code = request.GET.get("ky", "").strip()
    bad_code = False
    try:
        period = _period_from_code(code) if code else cached_part(
            request, "latest-period", [unit.pk], lambda: latest_period_with_data(unit=unit)
        )
    except ValidationError:
        period, bad_code = None, True
    chosen_field = request.GET.get("linh-vuc", "")
    chosen_status = request.GET.get("trang-thai", "")
    code = code or (_code(period) if period else "")
    table_only = bool(request.htmx and request.htmx.target == "indicator-table")

    def body() -> str:
        rows = dashboard_rows(unit=unit, period=period)
        projects = period.kind == Period.Kind.YTD
        groups = []
        for value, label in Field.choices:
            in_field = [row for row in rows if row.indicator.field == value]
            if not in_field or chosen_field not in ("", value):
                continue
            shown = [row for row in in_field if chosen_status in ("", _status_of(row))]
            groups.append(FieldGroup(
                value, label, row_displays(shown, unit=unit, code=code, projects=projects),
                met_count_of(in_field),
            ))
        context = {
            "unit": unit, "period": period, "code": code, "score": met_count_of(rows), "groups": groups,
            "shown": sum(len(group.rows) for group in groups), "fields": Field.choices,
            "statuses": STATUS_CHOICES, "chosen_field": chosen_field, "chosen_status": chosen_status,
        }
        template = "web/_indicator_table.html" if table_only else "web/_dashboard_body.html"
        return render_to_string(template, context)

    # The printed page carries today's date.
    inputs = [unit.pk, period.pk if period else "", code, chosen_field, chosen_status, table_only,
              timezone.localdate()]
    html = mark_safe(cached_part(request, "dashboard", inputs, body)) if period else ""
    if table_only:
        return HttpResponse(html)
    periods = cached_part(request, "periods", [unit.pk], lambda: [
        {"code": key_of(p).code, "label": str(p), "year": p.year} for p in periods_with_data(unit=unit)
    ])
    return render(request, "web/dashboard.html", {
        "unit": unit, "period": period, "code": code, "bad_code": bad_code, "periods": periods, "body": html,
    })


def _code(period: Period) -> str:
    return key_of(period).code


def _period_from_code(code: str) -> Period | None:
    """The period a ``ky`` code names, None if nobody reported for it yet (never created
    by a GET); ValidationError for a malformed code."""
    key = parse_code(code)
    return Period.objects.filter(kind=key.kind, year=key.year, number=key.number).first()


@login_required
def projection_fragment(request: HttpRequest, unit_id: int, indicator_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    indicator = get_object_or_404(Indicator, pk=indicator_id)
    projection = None
    try:
        period = _period_from_code(request.GET.get("ky", ""))
    except ValidationError:
        period = None
    if period is not None and period.kind == Period.Kind.YTD:
        projection = projection_for(unit=unit, indicator=indicator, period=period)
    return render(
        request, "web/_projection.html",
        {"projection": projection, "indicator": indicator, "unit": unit},
    )
