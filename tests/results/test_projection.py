"""Projection to year end against the share of the year the same months brought in past years."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from tiendo.results.projection import MSG_PROJECTION_PERIOD, PastYear, projection_for


@pytest.fixture
def history(db):
    city = f.make_district(f.make_province(), "Thành phố Lạng Sơn")
    revenue = f.make_indicator()
    f.make_target(revenue, city, "450", period_code="2022")
    f.make_result(revenue, city, "331.15", period_code="2021-9M")
    f.make_result(revenue, city, "450", period_code="2021")
    f.make_result(revenue, city, "300", period_code="2020-9M")
    f.make_result(revenue, city, "400", period_code="2020")
    for month in range(1, 13):  # 2019 was kept only month by month
        f.make_result(revenue, city, "25", period_code=f"2019-M{month:02d}")
    f.make_result(revenue, city, "999", period_code="2018")  # no 9-month figure: skipped
    return city, revenue


def test_within_reach_at_the_past_years_rhythm(history, django_assert_num_queries) -> None:
    city, revenue = history
    f.make_result(revenue, city, "404", period_code="2022-9M")
    period = f.period("2022-9M")
    # the dashboard row (links, results, targets), the predecessors' shares, the past years
    with django_assert_num_queries(5):
        projection = projection_for(unit=city, indicator=revenue, period=period)
    assert projection.past_years == (
        PastYear(2019, D("225"), D("300"), D("25.0000")),
        PastYear(2020, D("300"), D("400"), D("25.0000")),
        PastYear(2021, D("331.15"), D("450"), D("26.4111")),
    )
    assert (projection.value, projection.target, projection.needed) == (D("404"), D("450"), D("46"))
    assert (projection.months_elapsed, projection.months_remaining) == (9, 3)
    assert (projection.monthly_pace_so_far, projection.monthly_pace_needed) == (D("44.8889"), D("15.3333"))
    assert (projection.needed_share_pct, projection.past_share_pct) == (D("10.2222"), D("25.4704"))
    assert (projection.projected, projection.reachable) == (D("542.07"), True)


def test_out_of_reach(history) -> None:
    city, revenue = history
    f.make_result(revenue, city, "300", period_code="2022-9M")
    projection = projection_for(unit=city, indicator=revenue, period=f.period("2022-9M"), years=2)
    assert [p.year for p in projection.past_years] == [2020, 2021]
    assert (projection.needed_share_pct, projection.past_share_pct) == (D("33.3333"), D("25.7056"))
    assert (projection.projected, projection.reachable) == (D("403.80"), False)


def test_without_history_or_target(db) -> None:
    unit = f.make_province()
    revenue = f.make_indicator()
    f.make_result(revenue, unit, "100", period_code="2022-6M")
    projection = projection_for(unit=unit, indicator=revenue, period=f.period("2022-6M"))
    assert (projection.past_years, projection.projected, projection.reachable, projection.needed) == (
        (), None, None, None,
    )
    assert projection.monthly_pace_so_far == D("16.6667")


def test_a_merged_commune_brings_its_history(db) -> None:
    province = f.make_province()
    old = f.make_commune(province, "Xã Cũ")
    new = f.make_commune(province, "Xã Mới", valid_from=dt.date(2025, 7, 1))
    f.make_succession(old, new, dt.date(2025, 7, 1))
    revenue = f.make_indicator()
    f.make_result(revenue, old, "60", period_code="2024-9M")
    f.make_result(revenue, old, "80", period_code="2024")
    f.make_result(revenue, new, "70", period_code="2025-9M")
    projection = projection_for(unit=new, indicator=revenue, period=f.period("2025-9M"), years=1)
    assert projection.past_years == (PastYear(2024, D("60"), D("80"), D("25.0000")),)
    assert projection.projected == D("93.33")


def test_only_cumulative_periods(db) -> None:
    unit = f.make_province()
    with pytest.raises(ValidationError) as caught:
        projection_for(unit=unit, indicator=f.make_indicator(), period=f.period("2022-Q3"))
    assert caught.value.message_dict == {"period": [MSG_PROJECTION_PERIOD % {"value": "Quý III/2022"}]}
