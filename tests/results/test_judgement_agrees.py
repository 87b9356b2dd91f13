"""One set of rules: the dashboard rows, ``targets_met_count`` and the admin's result columns agree."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from django.contrib import admin

from tests import factories as f
from tiendo.results import computations
from tiendo.results.computations import Judgement, MetCount
from tiendo.results.models import Result, Target
from tiendo.results.selectors import (
    dashboard_rows,
    met_count_of,
    results_judged_rows,
    targets_met_count,
)

S = Target.Source


@pytest.fixture
def merged(db):
    """A commune created on 1/7/2025 from one merged whole (share 1), with four indicators:
    revenue carried over from the predecessor, a poverty rate under a ceiling (estimated, no
    last year), a figure against the 2021–2025 term's target only, one without target."""
    province = f.make_province()
    old = f.make_commune(province, "Xã Hoàng Đồng")
    new = f.make_commune(province, "Phường Lương Văn Tri", valid_from=dt.date(2025, 7, 1))
    f.make_succession(old, new, dt.date(2025, 7, 1), share=D(1))
    resolution = f.make_document("05-NQ/TU", issuer=new)
    revenue = f.make_indicator("Thu ngân sách nhà nước", sort_order=1)
    poverty = f.make_poverty_rate(sort_order=2)
    roads = f.make_indicator("Đường giao thông nông thôn", uom="km", sort_order=3)
    visitors = f.make_indicator("Lượt khách du lịch", uom="lượt", sort_order=4)
    f.make_result(revenue, old, "100", period_code="2025-6M")
    f.make_result(revenue, old, "180", period_code="2024")
    f.make_result(revenue, new, "200", period_code="2025")
    f.make_target(revenue, new, "300", period_code="2025")
    f.make_result(poverty, new, "3.5", period_code="2025", estimated=True)
    f.make_target(poverty, new, "4", period_code="2025", source=S.YEARLY_PLAN)
    f.make_result(roads, new, "40", period_code="2025")
    f.make_result(roads, new, "30", period_code="2024")
    f.make_target(roads, new, "100", period_code="2021-2025", source=S.RESOLUTION,
                  document=resolution)
    f.make_result(visitors, new, "5000", period_code="2025")
    return new, resolution, (revenue, poverty, roads, visitors)


def test_dashboard_met_count_and_admin_columns_agree(merged) -> None:
    new, resolution, (revenue, poverty, roads, visitors) = merged
    period = f.period("2025")
    rows = {row.indicator: row for row in dashboard_rows(unit=new, period=period)}

    # the dashboard: lineage for revenue, a ceiling, a term target (in progress), no target
    assert [(rows[i].value, rows[i].last_value, rows[i].pct_of_plan, rows[i].status)
            for i in (revenue, poverty, roads, visitors)] == [
        (D("300"), D("180"), D("100.0000"), Judgement.MET),
        (D("3.5"), None, None, Judgement.MET),
        (D("40"), D("30"), D("40.0000"), Judgement.IN_PROGRESS),
        (D("5000"), None, None, None),
    ]
    assert rows[poverty].value_estimated
    assert rows[revenue].yoy_pct == D("66.6667")

    # targets_met_count counts the same rows, with or without a resolution
    assert targets_met_count(unit=new, period=period) == met_count_of(list(rows.values())) == (
        MetCount(2, 3, 0)
    )
    assert targets_met_count(unit=new, period=period, document=resolution) == MetCount(0, 1, 0)

    # the admin judges each result on its own value with the same rules and targets
    results = list(Result.objects.filter(unit=new, period__year=2025, period__kind="year")
                   .select_related("indicator", "period").order_by("indicator__sort_order"))
    judged = results_judged_rows(results)
    model_admin = admin.site._registry[Result]
    for result in results:
        one, row = judged[result.pk], rows[result.indicator]
        result.judged = one
        assert one.target == row.target
        if row.lineage_value is None:
            assert (one.pct_of_plan, one.last_value, one.yoy_abs, one.yoy_pct, one.status) == (
                row.pct_of_plan, row.last_value, row.yoy_abs, row.yoy_pct, row.status,
            )
            assert model_admin.judgement_label(result) == (
                str(row.status.label) if row.status else "—"
            )
        else:  # the successor's own half year, without what its predecessor brought
            assert (one.value, one.last_value) == (row.own_value, None)
            assert one.status == computations.judge(
                row.own_value, row.target_value, comparator=row.target_comparator,
                direction=row.indicator.direction,
            )
    assert [model_admin.plan_percent(r) for r in results] == ["66,7%", "—", "40,0%", "—"]


def test_the_admin_page_judges_its_rows_in_a_fixed_number_of_queries(
    merged, django_assert_num_queries
) -> None:
    results = list(Result.objects.select_related("indicator", "period"))
    # the applicable targets, the last-year results
    with django_assert_num_queries(2):
        judged = results_judged_rows(results)
    assert len(judged) == 7
