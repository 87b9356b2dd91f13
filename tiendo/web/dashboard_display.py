"""The unit dashboard's rows as the template shows them: every figure formatted and every
link built once in Python, so that the template of a row is plain output. A province's
150 rows spent most of the page's time in template filters, ``{% url %}`` and nested
conditions before."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tiendo.catalogue.models import Indicator
from tiendo.core import vn
from tiendo.results.selectors import DashboardRow
from tiendo.units.models import Unit
from tiendo.web.templatetags.vn import bar, signed

# The status of a row without a target, as the status filter and the CSS class name it.
NO_TARGET = "none"
NO_TARGET_LABEL = _("Chưa có chỉ tiêu")
NO_VALUE_LABEL = _("Chưa có số liệu")


@dataclass
class RowDisplay:
    """One dashboard row as shown; the figures' strings are empty when there is no figure."""

    name: str
    status: str  # a judgement, or NO_TARGET
    status_label: str
    is_sample: bool
    estimated: bool
    derived: bool
    url: str
    value: str
    target: str
    pct_of_plan: str
    bar: int
    yoy: str
    yoy_abs: str
    trend: str  # "up", "down" or ""
    projection_url: str


def row_displays(rows: list[DashboardRow], *, unit: Unit, code: str, projects: bool) -> list[RowDisplay]:
    """``rows`` formatted; ``projects``: the period is within a year, so additive rows with a
    target and a value link to their year-end projection."""
    query = f"?ky={code}"
    no_value, no_target = str(NO_VALUE_LABEL), str(NO_TARGET_LABEL)
    answer = []
    for row in rows:
        uom = row.indicator.uom
        yoy = row.yoy_pct
        projection = ""
        if projects and row.target and row.value is not None and row.indicator.aggregation == Indicator.Aggregation.SUM:
            projection = reverse("web:projection", args=[unit.pk, row.indicator.pk]) + query
        answer.append(RowDisplay(
            name=row.indicator.name,
            status=row.status or NO_TARGET,
            status_label=row.status.label if row.status else (no_value if row.target else no_target),
            is_sample=row.is_sample,
            estimated=row.value_estimated,
            derived=row.value_derived,
            url=reverse("indicator-detail", args=[unit.pk, row.indicator.pk]) + query,
            value=vn.format_amount(row.value, uom),
            target=(("≤ " if row.target.comparator == "le" else "") + vn.format_amount(row.target.value, uom))
            if row.target else "",
            pct_of_plan=vn.format_percent(row.pct_of_plan, 1),
            bar=bar(row.pct_of_plan),
            yoy=vn.format_change(yoy, 0),
            yoy_abs=signed(row.yoy_abs),
            trend="" if yoy is None or yoy == 0 else ("up" if yoy > 0 else "down"),
            projection_url=projection,
        ))
    return answer
