"""The computed judgements served read-only, as the selectors compute them: the city of Lạng
Sơn's revenue after nine months of 2022 (langson-city-2022-9m: ``hơn 404 tỷ đồng, vượt 10% dự
toán, tăng 22% so với cùng kỳ``), the province's roll-up and ranking, and the projection."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests import factories as f
from tests.api.conftest import token_client
from tiendo.accounts.models import Membership
from tiendo.results.models import Target
from tiendo.results.projection import projection_for


@pytest.fixture
def city(db):
    province = f.make_province()
    city = f.make_district(province, "Thành phố Lạng Sơn")
    town = f.make_district(province, "Huyện Bắc Sơn")
    revenue = f.make_indicator(sort_order=1)
    f.make_target(revenue, city, "367.3", period_code="2022", source=Target.Source.BUDGET_ESTIMATE)
    f.make_result(revenue, city, "404", period_code="2022-9M")
    f.make_result(revenue, town, "96", period_code="2022-9M")
    for year, nine, whole in ((2019, "250", "340"), (2020, "270", "360"), (2021, "331.15", "440")):
        f.make_result(revenue, city, nine, period_code=f"{year}-9M")
        f.make_result(revenue, city, whole, period_code=str(year))
    user = f.make_user("lanhdao-tinh")
    Membership.objects.create(user=user, unit=province, role=Membership.Role.VIEWER)
    return {"province": province, "city": city, "town": town, "revenue": revenue,
            "client": token_client(user)}


def test_dashboard_row_and_met_count(city) -> None:
    body = city["client"].get(f"/api/units/{city['city'].pk}/dashboard?period=2022-9M").json()
    [row] = body["rows"]
    assert (row["value"], row["target_value"], row["last_value"]) == ("404.000000", "367.300000", "331.150000")
    assert Decimal(row["pct_of_plan"]) == Decimal("109.9918")
    assert Decimal(row["yoy_pct"]) == Decimal("21.9991")
    assert row["status"] == "exceeded"
    assert body["met_count"] == {"met": 1, "total": 1, "without_value": 0, "label": "1/1 chỉ tiêu đạt"}
    alone = city["client"].get(f"/api/units/{city['city'].pk}/met-count?period=2022-9M").json()
    assert alone["label"] == "1/1 chỉ tiêu đạt"


def test_rollup_and_ranking_of_the_children(city) -> None:
    client, province = city["client"], city["province"]
    [row] = client.get(f"/api/units/{province.pk}/rollup?period=2022-9M").json()
    assert (Decimal(row["value"]), row["units_reporting"], row["units_expected"]) == (Decimal(500), 2, 2)
    ranking = client.get(
        f"/api/units/{province.pk}/ranking?period=2022-9M&indicator={city['revenue'].pk}"
    ).json()
    assert [(r["unit_name"], r["rank"]) for r in ranking] == [("Thành phố Lạng Sơn", 1), ("Huyện Bắc Sơn", 2)]


def test_projection_is_the_selectors_own(city) -> None:
    response = city["client"].get(
        f"/api/units/{city['city'].pk}/projection?period=2022-9M&indicator={city['revenue'].pk}"
    ).json()
    expected = projection_for(unit=city["city"], indicator=city["revenue"], period=f.period("2022-9M"))
    assert Decimal(response["projected"]) == expected.projected
    assert response["reachable"] is expected.reachable is True
    assert [p["year"] for p in response["past_years"]] == [2019, 2020, 2021]


def test_a_projection_from_a_quarter_is_refused_with_the_field_named(city) -> None:
    f.make_result(city["revenue"], city["city"], "120", period_code="2022-Q1")
    response = city["client"].get(
        f"/api/units/{city['city'].pk}/projection?period=2022-Q1&indicator={city['revenue'].pk}"
    )
    assert response.status_code == 422 and "period" in response.json()["fields"]


def test_a_unit_outside_the_subtree_is_not_found(city) -> None:
    other = f.make_province("Tỉnh Cao Bằng")
    response = city["client"].get(f"/api/units/{other.pk}/dashboard?period=2022-9M")
    missing = city["client"].get("/api/units/999999/dashboard?period=2022-9M")
    assert response.status_code == missing.status_code == 404
    assert response.json() == missing.json()
