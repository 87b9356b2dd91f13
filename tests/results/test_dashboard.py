"""The unit dashboard's rows: value, target, % of plan, same period last year, judgement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from tests import factories as f
from tiendo.catalogue.models import Indicator
from tiendo.core.vn import format_percent
from tiendo.results.computations import Judgement
from tiendo.results.models import Result, Target
from tiendo.results.selectors import (
    dashboard_rows,
    judge_result,
    result_current,
    target_applicable,
    targets_met_count,
)

S = Target.Source


@pytest.fixture
def city(db):
    return f.make_district(f.make_province(), "Thành phố Lạng Sơn")


def _row(unit, code, indicator):
    [row] = [r for r in dashboard_rows(unit=unit, period=f.period(code)) if r.indicator == indicator]
    return row


def test_revenue_exceeds_the_estimate_by_ten_percent(city) -> None:
    # given langson-city-2022-9m: "đạt hơn 404 tỷ đồng, vượt 10% dự toán tỉnh giao, tăng 22% so với cùng kỳ"
    revenue = f.make_indicator()
    f.make_target(revenue, city, "367.3", period_code="2022", source=S.BUDGET_ESTIMATE)
    f.make_result(revenue, city, "404", period_code="2022-9M")
    f.make_result(revenue, city, "331.15", period_code="2021-9M")
    # when
    row = _row(city, "2022-9M", revenue)
    # then
    assert (row.value, row.target_value, row.target_source) == (D("404"), D("367.3"), "budget_estimate")
    assert row.pct_of_plan == D("109.9918")
    assert format_percent(row.pct_of_plan, 1) == "110,0%"
    assert (row.last_value, row.yoy_abs, row.yoy_pct) == (D("331.15"), D("72.85"), D("21.9991"))
    assert format_percent(row.yoy_pct, 0) == "22%"
    assert row.status == Judgement.EXCEEDED


def test_six_months_at_98_35_percent_of_the_estimate_is_in_progress(db) -> None:
    # given langson-province-2021-6m: "tổng thu ngân sách 6 tháng đầu năm đạt 5.738,9 tỷ đồng, bằng 98,35% dự toán"
    province = f.make_province()
    revenue = f.make_indicator()
    f.make_target(revenue, province, "5835.18", period_code="2021")
    f.make_result(revenue, province, "5738.9", period_code="2021-6M", estimated=True)
    row = _row(province, "2021-6M", revenue)
    assert (row.pct_of_plan, row.value_estimated) == (D("98.3500"), True)
    assert format_percent(row.pct_of_plan) == "98,35%"
    assert row.status == Judgement.IN_PROGRESS
    assert _row(province, "2021-6M", revenue).last_value is None


@pytest.mark.parametrize(
    ("value", "status"), [("2.5", Judgement.MET), ("3", Judgement.MET), ("3.2", Judgement.NOT_MET)]
)
def test_poverty_rate_lower_is_better(city, value, status) -> None:
    poverty = f.make_poverty_rate()
    f.make_target(poverty, city, "3", period_code="2022", source=S.YEARLY_PLAN)
    f.make_result(poverty, city, value, period_code="2022")
    f.make_result(poverty, city, "3.1", period_code="2021")
    row = _row(city, "2022", poverty)
    assert (row.target_comparator, row.pct_of_plan, row.status) == ("le", None, status)
    assert row.yoy_abs == D(value) - D("3.1")


def test_a_period_with_no_target(city) -> None:
    revenue = f.make_indicator()
    f.make_result(revenue, city, "404", period_code="2022-9M")
    row = _row(city, "2022-9M", revenue)
    assert (row.value, row.target_id, row.pct_of_plan, row.status) == (D("404"), None, None, None)


def test_target_precedence_budget_estimate_then_plan_then_resolution_then_term(city) -> None:
    revenue = f.make_indicator()
    f.make_target(revenue, city, "500", period_code="2020-2025", source=S.RESOLUTION)
    f.make_result(revenue, city, "404", period_code="2022-9M")
    expected = []
    for value, source in [("380", S.RESOLUTION), ("370", S.YEARLY_PLAN), ("367.3", S.BUDGET_ESTIMATE)]:
        expected.append((_row(city, "2022-9M", revenue).target_value, target_applicable(
            unit=city, indicator=revenue, period=f.period("2022-9M")).value))
        f.make_target(revenue, city, value, period_code="2022", source=source)
    expected.append((_row(city, "2022-9M", revenue).target_value, target_applicable(
        unit=city, indicator=revenue, period=f.period("2022-9M")).value))
    assert expected == [(D("500"), D("500")), (D("380"), D("380")), (D("370"), D("370")),
                        (D("367.3"), D("367.3"))]


def test_a_term_period_takes_only_the_term_target(city) -> None:
    revenue = f.make_indicator()
    f.make_target(revenue, city, "2000", period_code="2020-2025", source=S.RESOLUTION)
    f.make_target(revenue, city, "367.3", period_code="2022")
    f.make_result(revenue, city, "2100", period_code="2020-2025")
    row = _row(city, "2020-2025", revenue)
    assert (row.target_value, row.pct_of_plan, row.status) == (D("2000"), D("105.0000"), Judgement.EXCEEDED)


def test_year_against_a_term_target_is_partial(city) -> None:
    revenue = f.make_indicator()
    f.make_target(revenue, city, "2000", period_code="2020-2025", source=S.RESOLUTION)
    f.make_result(revenue, city, "450", period_code="2022")
    assert _row(city, "2022", revenue).status == Judgement.IN_PROGRESS


def test_current_value_is_the_latest_approved_else_the_latest(city) -> None:
    revenue = f.make_indicator()
    sheet = f.make_result(revenue, city, "400", provenance=Result.Provenance.SHEET,
                          status=Result.Status.APPROVED)
    f.make_result(revenue, city, "404", provenance=Result.Provenance.TEXT)
    assert _row(city, "2022-9M", revenue).value == D("400")
    assert result_current(unit=city, indicator=revenue, period=f.period("2022-9M")) == sheet
    Result.objects.filter(pk=sheet.pk).update(status=Result.Status.DRAFT)
    assert _row(city, "2022-9M", revenue).value == D("404")


def test_indicators_without_data_are_left_out_unless_asked(city) -> None:
    f.make_indicator("Kim ngạch xuất khẩu", uom="triệu USD")
    revenue = f.make_indicator()
    f.make_result(revenue, city, "404")
    assert [row.indicator.name for row in dashboard_rows(unit=city, period=f.period("2022-9M"))] == [
        "Thu ngân sách nhà nước"
    ]
    assert len(dashboard_rows(unit=city, period=f.period("2022-9M"), with_data_only=False)) == 2


@pytest.mark.parametrize("size", [2, 20])
def test_dashboard_runs_four_queries_whatever_the_size(city, django_assert_num_queries, size) -> None:
    last_year_city = city
    for number in range(size):
        indicator = f.make_indicator(f"Chỉ tiêu {number}", sort_order=number)
        f.make_target(indicator, city, 100 + number)
        f.make_result(indicator, city, 90 + number)
        f.make_result(indicator, last_year_city, 80 + number, period_code="2021-9M")
    period = f.period("2022-9M")
    # the lineage links, the indicators, the results, the targets
    with django_assert_num_queries(4):
        rows = dashboard_rows(unit=city, period=period)
    assert len(rows) == size
    assert [row.status for row in rows] == [Judgement.IN_PROGRESS] * size
    assert rows[0].pct_of_plan == D("90.0000")


def test_a_commune_merged_mid_year_brings_its_months_to_the_successor(db) -> None:
    # given two communes merged on 1/7/2025 into a new one (the 2025 reorganisation)
    province = f.make_province()
    old_a = f.make_commune(province, "Xã Hoàng Đồng")
    old_b = f.make_commune(province, "Xã Quảng Lạc")
    new = f.make_commune(province, "Phường Lương Văn Tri", valid_from=dt.date(2025, 7, 1))
    merger = dt.date(2025, 7, 1)
    f.make_succession(old_a, new, merger)
    f.make_succession(old_b, new, merger)
    revenue = f.make_indicator()
    poverty = f.make_poverty_rate()
    f.make_result(revenue, old_a, "100", period_code="2025-6M")
    f.make_result(revenue, old_a, "40", period_code="2025-3M")
    f.make_result(revenue, old_b, "50", period_code="2025-6M")
    f.make_result(revenue, new, "200", period_code="2025")
    f.make_result(revenue, old_a, "180", period_code="2024")
    f.make_result(revenue, old_b, "90", period_code="2024")
    f.make_result(poverty, old_a, "4", period_code="2025-6M")
    f.make_result(poverty, new, "2.5", period_code="2025")
    f.make_target(revenue, new, "300", period_code="2025")
    # when
    row = _row(new, "2025", revenue)
    # then: its own half year plus its predecessors' first halves; last year is theirs
    assert (row.own_value, row.lineage_value, row.value) == (D("200"), D("150"), D("350"))
    assert (row.last_value, row.yoy_abs, row.yoy_pct) == (D("270"), D("80"), D("29.6296"))
    assert row.status == Judgement.EXCEEDED
    # a rate is not added up: the successor shows its own
    assert _row(new, "2025", poverty).value == D("2.5")
    # a predecessor keeps its own history
    assert _row(old_a, "2025-6M", revenue).value == D("100")


def test_a_split_passes_on_its_share(db) -> None:
    province = f.make_province()
    old = f.make_commune(province, "Xã Cũ")
    east = f.make_commune(province, "Xã Đông", valid_from=dt.date(2025, 7, 1))
    f.make_succession(old, east, dt.date(2025, 7, 1), kind="split", share=D("0.4"))
    revenue = f.make_indicator()
    f.make_result(revenue, old, "100", period_code="2024")
    f.make_result(revenue, east, "45", period_code="2025")
    row = _row(east, "2025", revenue)
    assert (row.value, row.last_value) == (D("45"), D("40"))


def test_judge_result_for_the_admin(city) -> None:
    revenue = f.make_indicator()
    f.make_target(revenue, city, "367.3", period_code="2022")
    f.make_result(revenue, city, "331.15", period_code="2021-9M", status=Result.Status.APPROVED)
    result = f.make_result(revenue, city, "404", period_code="2022-9M")
    judged = judge_result(result)
    assert (judged.pct_of_plan, judged.last_value, judged.yoy_pct, judged.yoy_abs, judged.status) == (
        D("109.9918"), D("331.15"), D("21.9991"), D("72.85"), Judgement.EXCEEDED,
    )
    assert judged.target.value == D("367.3")


def test_judge_result_without_target_or_history(city) -> None:
    result = f.make_result(f.make_poverty_rate(), city, "2.5")
    judged = judge_result(result)
    assert (judged.target, judged.pct_of_plan, judged.last_value, judged.status) == (None, None, None, None)


def test_sixteen_of_twenty_five_targets_met(city, django_assert_num_queries) -> None:
    # given langson-city-2017-9m: "có 16/25 chỉ tiêu đạt theo Nghị quyết 62-NQ/TU"
    resolution = f.make_document("62-NQ/TU", issuer=city)
    other = f.make_document("12-NQ/TU")
    for number in range(25):
        lower = number >= 20
        indicator = f.make_indicator(
            f"Chỉ tiêu {number}", uom="%" if lower else "tỷ đồng",
            direction=Indicator.Direction.LOWER if lower else Indicator.Direction.HIGHER,
        )
        f.make_target(indicator, city, 10, period_code="2015-2020", source=S.RESOLUTION,
                      document=resolution)
        f.make_target(indicator, city, 1, period_code="2017", source=S.YEARLY_PLAN, document=other)
        if number == 24:
            continue  # no figure yet
        if lower:  # 20–23 under their ceiling of 10 except two
            value = 8 if number < 22 else 12
        else:  # 0–19: 14 at or above 10
            value = 10 if number < 4 else (12 if number < 14 else 6)
        f.make_result(indicator, city, value, period_code="2017-9M")
    period = f.period("2017-9M")
    # the dashboard's four, then the resolution's targets
    with django_assert_num_queries(5):
        count = targets_met_count(unit=city, period=period, document=resolution)
    assert (count.met, count.total, count.without_value) == (16, 25, 1)
    assert count.label == "16/25 chỉ tiêu đạt"
    # without a set, the applicable target is the yearly plan of 1: all with a figure pass it,
    # except the lower-is-better ones above their ceiling of 1
    assert targets_met_count(unit=city, period=period) == (20, 25, 1)
