"""Roll-up from child units to the parent, by each indicator's aggregation; ranking of children."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from tests import factories as f
from tiendo.catalogue.models import Indicator
from tiendo.results.models import Result
from tiendo.results.rollup import children_ranking, level_total, rollup_rows

A = Indicator.Aggregation


@pytest.fixture
def district(db):
    return f.make_district(f.make_province(), "Huyện Bắc Sơn")


def _rolled(parent, code, indicator):
    rows = rollup_rows(parent=parent, period=f.period(code), with_data_only=False)
    return next(row for row in rows if row.pk == indicator.pk)


def test_each_aggregation(district) -> None:
    # given three communes with revenue, poverty rate, income per head weighted by population
    communes = [f.make_commune(district, name) for name in ("Xã Vũ Lễ", "Xã Bắc Quỳnh", "Xã Long Đống")]
    revenue = f.make_indicator()
    poverty = f.make_poverty_rate()
    population = f.make_indicator("Dân số", uom="người", field="society")
    income = f.make_indicator(
        "Thu nhập bình quân đầu người", uom="triệu đồng", aggregation=A.WEIGHTED_MEAN, weight=population
    )
    note = f.make_indicator("Xếp loại", uom="hạng", aggregation=A.NONE)
    for commune, (rev, poor, people, inc) in zip(
        communes, [("10.5", "4", 1000, 30), ("20", "6", 3000, 50), ("5", "2", None, 90)], strict=True
    ):
        f.make_result(revenue, commune, rev, period_code="2023")
        f.make_result(poverty, commune, poor, period_code="2023")
        f.make_result(income, commune, inc, period_code="2023")
        f.make_result(note, commune, 1, period_code="2023")
        if people is not None:
            f.make_result(population, commune, people, period_code="2023")
    # when
    rows = {row.name: row for row in rollup_rows(parent=district, period=f.period("2023"))}
    # then
    assert rows["Thu ngân sách nhà nước"].rolled_value == D("35.5")
    assert rows["Tỷ lệ hộ nghèo"].rolled_value == D("4")
    # (30 × 1000 + 50 × 3000) / 4000; the commune without a population is left out
    assert rows["Thu nhập bình quân đầu người"].rolled_value == D("45")
    assert rows["Dân số"].rolled_value == D("4000")
    assert "Xếp loại" not in rows
    assert (rows["Thu ngân sách nhà nước"].units_reporting, rows["Dân số"].units_reporting) == (3, 2)
    assert rows["Thu ngân sách nhà nước"].units_expected == 3


def test_mean_keeps_four_decimals_on_both_databases(district) -> None:
    poverty = f.make_poverty_rate()
    for value in ("1", "1", "2"):
        f.make_result(poverty, f.make_commune(district), value, period_code="2023")
    assert _rolled(district, "2023", poverty).rolled_value == D("1.3333")


def test_only_units_valid_in_the_period_and_their_current_result(district) -> None:
    revenue = f.make_indicator()
    gone = f.make_commune(district, "Xã Cũ", valid_to=dt.date(2019, 12, 31))
    later = f.make_commune(district, "Xã Mới", valid_from=dt.date(2024, 1, 1))
    kept = f.make_commune(district, "Xã Vũ Lễ")
    f.make_result(revenue, gone, "7", period_code="2023")  # stray figure of a unit no longer valid
    f.make_result(revenue, later, "8", period_code="2023")
    f.make_result(revenue, kept, "10", period_code="2023", status=Result.Status.APPROVED)
    f.make_result(revenue, kept, "11", period_code="2023", provenance=Result.Provenance.TEXT)
    row = _rolled(district, "2023", revenue)
    assert (row.rolled_value, row.units_reporting, row.units_expected) == (D("10"), 1, 1)


def test_a_commune_merged_mid_year_counts_its_months_once(db) -> None:
    # given district D abolished on 1/7/2025: its communes A, B merged into C directly under
    # the province; commune E stays under D until then and ends with it
    province = f.make_province()
    district = f.make_district(province, "Huyện Cao Lộc", valid_to=dt.date(2025, 6, 30))
    a = f.make_commune(district, "Xã A")
    b = f.make_commune(district, "Xã B")
    c = f.make_commune(province, "Xã C", valid_from=dt.date(2025, 7, 1))
    other = f.make_commune(province, "Phường Đông Kinh")
    f.make_succession(a, c, dt.date(2025, 7, 1))
    f.make_succession(b, c, dt.date(2025, 7, 1))
    revenue = f.make_indicator()
    f.make_result(revenue, district, "300", period_code="2025-6M")  # the district's whole area
    f.make_result(revenue, a, "100", period_code="2025-6M")
    f.make_result(revenue, b, "50", period_code="2025-6M")
    f.make_result(revenue, c, "200", period_code="2025")
    f.make_result(revenue, other, "1000", period_code="2025")
    # when / then: the province's year = district's half + C's half + the other ward, A and B
    # not again (their district counts them)
    assert _rolled(province, "2025", revenue).rolled_value == D("1500")
    # the district's own roll-up for its half year is its communes
    assert _rolled(district, "2025-6M", revenue).rolled_value == D("150")
    # 2026: C is the province's child, A and B are history
    f.make_result(revenue, c, "420", period_code="2026")
    f.make_result(revenue, other, "1100", period_code="2026")
    assert _rolled(province, "2026", revenue).rolled_value == D("1520")


def test_units_merged_in_from_another_parent_roll_in_with_their_share(db) -> None:
    province = f.make_province()
    old = f.make_commune(f.make_province("Tỉnh Bắc Kạn"), "Xã Cũ")
    new = f.make_commune(province, "Xã Mới", valid_from=dt.date(2025, 7, 1))
    f.make_succession(old, new, dt.date(2025, 7, 1), share=D("0.5"))
    revenue = f.make_indicator()
    f.make_result(revenue, old, "100", period_code="2025-6M")
    f.make_result(revenue, new, "80", period_code="2025")
    assert _rolled(province, "2025", revenue).rolled_value == D("130")


@pytest.mark.parametrize("size", [2, 20])
def test_rollup_runs_a_fixed_number_of_queries_whatever_the_size(
    district, django_assert_max_num_queries, size
) -> None:
    indicators = [f.make_indicator(f"Chỉ tiêu {n}") for n in range(size)]
    for n in range(size):
        commune = f.make_commune(district)
        for indicator in indicators[:2]:
            f.make_result(indicator, commune, n, period_code="2023")
    period = f.period("2023")
    # the catalogue, then every measure of every indicator in one query
    with django_assert_max_num_queries(2):
        rows = rollup_rows(parent=district, period=period)
    assert [row.rolled_value for row in rows] == [D(sum(range(size)))] * 2


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (f.make_indicator, [("Xã B", 1, D("30")), ("Xã A", 2, D("20")), ("Xã C", 2, D("20"))]),
        (f.make_poverty_rate, [("Xã A", 1, D("20")), ("Xã C", 1, D("20")), ("Xã B", 3, D("30"))]),
    ],
)
def test_ranking_is_direction_aware(district, django_assert_num_queries, make, expected) -> None:
    indicator = make()
    for name, value in [("Xã A", 20), ("Xã B", 30), ("Xã C", 20)]:
        f.make_result(indicator, f.make_commune(district, name), value, period_code="2023")
    f.make_commune(district, "Xã D")  # no figure: not ranked
    period = f.period("2023")
    with django_assert_num_queries(1):
        ranked = [(u.name, u.rank, u.value) for u in children_ranking(
            parent=district, indicator=indicator, period=period)]
    assert ranked == expected


def test_ranking_counts_what_merged_units_bring(db) -> None:
    province = f.make_province()
    a = f.make_commune(province, "Xã A")
    b = f.make_commune(province, "Xã B")
    small = f.make_commune(province, "Xã Nhỏ")
    f.make_succession(small, a, dt.date(2025, 7, 1))
    revenue = f.make_indicator()
    f.make_result(revenue, a, "50", period_code="2025")
    f.make_result(revenue, small, "30", period_code="2025-6M")
    f.make_result(revenue, b, "60", period_code="2025")
    ranked = [(u.name, u.rank, u.value) for u in children_ranking(
        parent=province, indicator=revenue, period=f.period("2025"))]
    assert ranked == [("Xã A", 1, D("80")), ("Xã B", 2, D("60"))]


def test_level_total_adds_every_commune_once_with_the_months_it_existed(db) -> None:
    province = f.make_province()
    district = f.make_district(province, "Huyện Cao Lộc", valid_to=dt.date(2025, 6, 30))
    a = f.make_commune(district, "Xã A", valid_to=dt.date(2025, 6, 30))
    b = f.make_commune(district, "Xã B", valid_to=dt.date(2025, 6, 30))
    c = f.make_commune(province, "Xã C", valid_from=dt.date(2025, 7, 1))
    other = f.make_commune(f.make_province("Tỉnh Cao Bằng"), "Xã D")
    revenue = f.make_indicator()
    f.make_result(revenue, district, "300", period_code="2025-6M")  # a district: not a commune
    f.make_result(revenue, a, "90", period_code="2025-5M")
    f.make_result(revenue, a, "100", period_code="2025-6M")  # A's latest figure of the year
    f.make_result(revenue, b, "50", period_code="2025-6M")
    # B's approved figure read from its report outranks the draft typed in
    f.make_result(revenue, b, "55", period_code="2025-6M", provenance=Result.Provenance.TEXT,
                  status=Result.Status.APPROVED)
    f.make_result(revenue, c, "200", period_code="2025")
    f.make_result(revenue, other, "1000", period_code="2025")
    f.make_result(revenue, other, "999", period_code="2025-9M")
    assert level_total(indicator=revenue, period=f.period("2025")) == (D("1355"), 4)
    assert level_total(indicator=revenue, period=f.period("2025-9M")) == (D("1154"), 3)
    assert level_total(indicator=revenue, period=f.period("2025-5M")) == (D("90"), 1)
