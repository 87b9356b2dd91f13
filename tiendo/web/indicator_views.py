"""The indicator page: one unit's series for an indicator, its children compared for a
period, and the evidence behind each value. Reads only, through ``accounts.access`` and
the ``results.series`` selectors, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from tiendo.accounts.access import access_unit
from tiendo.catalogue.models import Indicator
from tiendo.results.models import Period, Result
from tiendo.results.periods import key_of, parse_code
from tiendo.results.series import children_compared, indicator_latest_period, indicator_series
from tiendo.units.models import Unit
from tiendo.web.page_cache import cached_part


@dataclass(frozen=True)
class Evidence:
    """How a value came to be, ready to show: the kind of provenance and its details.

    ``before``/``marked``/``after`` split the evidence sentence around the span
    ``evidence_start``..``evidence_end`` (offsets in the sentence); without a valid span
    the whole sentence is marked.
    """

    provenance: str
    label: str
    by: str
    source_label: str
    source_ref: str
    source_url: str
    before: str
    marked: str
    after: str
    is_sample: bool
    estimated: bool
    derived: bool


def evidence_of(result: Result | None) -> Evidence | None:
    if result is None:
        return None
    text, start, end = result.evidence, result.evidence_start, result.evidence_end
    if text and start is not None and end is not None and 0 <= start < end <= len(text):
        before, marked, after = text[:start], text[start:end], text[end:]
    else:
        before, marked, after = "", text, ""
    user = result.created_by
    return Evidence(
        provenance=result.provenance,
        label=result.get_provenance_display(),
        by=(user.get_full_name() or user.get_username()) if user else "",
        source_label=result.source_label,
        source_ref=result.source_ref,
        source_url=result.source_url,
        before=before,
        marked=marked,
        after=after,
        is_sample=result.is_sample or result.provenance == Result.Provenance.SYNTHETIC,
        estimated=result.estimated,
        derived=result.derived,
    )


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _short_label(period: Period) -> str:
    """The period on a chart's axis, short enough for a phone: ``2022``, ``05/2022``,
    ``Q3/2022``; the full label is in the tooltip."""
    match period.kind:
        case Period.Kind.MONTH:
            return f"{period.number:02d}/{period.year}"
        case Period.Kind.QUARTER:
            return f"Q{period.number}/{period.year}"
        case Period.Kind.TERM:
            return f"{period.year}–{period.number}"
    return str(period.year)


def _period_from_code(code: str) -> Period | None:
    key = parse_code(code)
    return Period.objects.filter(kind=key.kind, year=key.year, number=key.number).first()


@login_required
def indicator_detail(request: HttpRequest, unit_id: int, indicator_id: int) -> HttpResponse:
    """The series, the children and the evidence: the costly part, the same for every
    reader, comes from ``cached_part`` until the data changes."""
    unit = access_unit(request.user, unit_id)
    indicator = get_object_or_404(Indicator, pk=indicator_id)
    code = request.GET.get("ky", "").strip()
    bad_code = False
    try:
        period = _period_from_code(code) if code else cached_part(
            request, "indicator-latest", [unit.pk, indicator.pk],
            lambda: indicator_latest_period(unit=unit, indicator=indicator),
        )
    except ValidationError:
        period, bad_code = None, True
    context: dict[str, Any] = {
        "unit": unit, "indicator": indicator, "period": period, "bad_code": bad_code,
        "lower_is_better": indicator.direction == Indicator.Direction.LOWER,
    }
    if period is None:
        return render(request, "web/indicator.html", context)
    # Reversed by the name this view was reached under, whatever namespace includes it.
    view_name = request.resolver_match.view_name if request.resolver_match else ""
    body = cached_part(request, "indicator", [unit.pk, indicator.pk, period.pk, view_name],
                       lambda: _body(unit, indicator, period, view_name))
    context.update({"code": key_of(period).code, "body": mark_safe(body)})
    return render(request, "web/indicator.html", context)


def _body(unit: Unit, indicator: Indicator, period: Period, view_name: str) -> str:
    points = indicator_series(unit=unit, indicator=indicator, period=period)
    children = children_compared(parent=unit, indicator=indicator, period=period)
    current = next((p for p in points if p.period.pk == period.pk), None)
    series_rows = [
        {"point": p, "evidence": evidence_of(p.result), "code": key_of(p.period).code,
         "chosen": p.period.pk == period.pk}
        for p in points
    ]
    child_rows = [
        {"row": row, "evidence": evidence_of(row.result),
         "url": reverse(view_name, args=[row.unit.pk, indicator.pk]) + f"?ky={key_of(period).code}"}
        for row in children.rows
    ]
    chart = {
        "uom": indicator.uom,
        "series": {
            "name": _("Thực hiện"),
            "targetName": _("Chỉ tiêu"),
            "labels": [str(p.period) for p in points],
            "axis": [_short_label(p.period) for p in points],
            "values": [_number(p.value) for p in points],
            "targets": [_number(p.target_value) for p in points],
            "samples": [bool(p.result and p.result.is_sample) for p in points],
            "chosen": next((i for i, p in enumerate(points) if p.period.pk == period.pk), None),
        },
        "children": {
            "name": str(period),
            "labels": [row.unit.short_name or row.unit.name for row in children.rows],
            "values": [_number(row.value) for row in children.rows],
        },
    }
    children_total = children.rolled_value
    own_value = current.value if current else None
    return render_to_string("web/_indicator_body.html", {
        "unit": unit,
        "indicator": indicator,
        "period": period,
        "code": key_of(period).code,
        "series_rows": series_rows,
        "current": current,
        "children": children,
        "child_rows": child_rows,
        "children_total": children_total,
        "own_value": own_value,
        "gap": (own_value - children_total)
        if own_value is not None and children_total is not None else None,
        "is_mean": indicator.aggregation in (
            Indicator.Aggregation.MEAN, Indicator.Aggregation.WEIGHTED_MEAN
        ),
        "lower_is_better": indicator.direction == Indicator.Direction.LOWER,
        "chart": chart,
    })
