"""Lists: visibility through ``accounts.access`` only, filters, pagination, bounded queries;
errors: JSON with a code, a Vietnamese message and the fields concerned."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from tests.api.conftest import CODE, token_client
from tiendo.accounts.models import Membership
from tiendo.audit.services import audit_create

JSON = "application/json"


def _ids(client, url: str) -> set[int]:
    return {row["unit_id"] for row in client.get(url).json()["items"]}


def test_a_commune_after_the_reform_lists_its_own_and_its_predecessors_rows(api_world) -> None:
    world = api_world.world
    client = token_client(world.account("viewer", "commune"))
    expected = {world.commune.pk, world.old_a.pk, world.old_b.pk}
    for path in ("results", "targets", "tasks", "meetings", "shortcomings", "terms", "people"):
        assert _ids(client, f"/api/{path}") == expected, path
    assert _ids(client, f"/api/results?unit={world.commune.pk}") == {world.commune.pk}
    sibling = client.get(f"/api/results?unit={world.sibling_commune.pk}")
    assert sibling.status_code == 404


def test_filters_by_unit_subtree_indicator_period_and_status(api_world) -> None:
    world = api_world.world
    client = token_client(world.account("viewer", "province"))
    district = world.district
    assert _ids(client, f"/api/results?unit={district.pk}&subtree=true") == {
        district.pk, world.old_a.pk, world.old_b.pk
    }
    assert client.get(f"/api/results?period={CODE}&indicator={api_world.revenue.pk}").json()["count"] == 8
    assert client.get("/api/results?period=2019-9M").json()["count"] == 0
    assert client.get("/api/results?status=locked").json()["count"] == 0
    assert client.get("/api/results?status=draft").json()["count"] == 8


def test_pages_have_a_count_and_bounded_limits(api_world) -> None:
    client = token_client(api_world.world.account("viewer", "province"))
    page = client.get("/api/results?limit=3&offset=2").json()
    assert (len(page["items"]), page["count"]) == (3, 8)
    too_big = client.get("/api/results?limit=100000&offset=99999999999999999999")
    assert too_big.status_code == 422
    assert set(too_big.json()["fields"]) == {"limit", "offset"}
    assert too_big.json()["fields"]["limit"] == ["Không được lớn hơn 500."]


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


LISTS = ["results", "targets", "reporting-statuses", "tasks", "meetings", "people", "recommendations",
         "shortcomings", "terms", "documents", "units", "audit"]


@pytest.mark.parametrize("path", LISTS)
def test_a_list_costs_the_same_queries_whatever_its_length(api_world, path) -> None:
    world = api_world.world
    client = token_client(world.account("viewer", "province"))
    f.make_reporting_status(world.commune, CODE)
    f.make_reporting_status(world.district, CODE)
    for unit in (world.commune, world.district):
        audit_create(api_world.of(unit).result, by=None)
    client.get("/api/units")  # the token's first use records the time: one write, once
    one = _queries(client, f"/api/{path}?limit=1")
    every = _queries(client, f"/api/{path}?limit=500")
    assert client.get(f"/api/{path}?limit=500").json()["count"] > 1
    assert every == one


def test_body_errors_name_the_field_in_vietnamese(api_world) -> None:
    world = api_world.world
    client = token_client(world.account("editor", "commune"))
    response = client.post("/api/results", {"unit": world.commune.pk, "indicator": api_world.revenue.pk,
                                            "period": "2025-Q3", "value": "nhiều"}, content_type=JSON)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
    assert response.json()["fields"] == {"value": ["Phải là số."]}
    missing = client.post("/api/shortcomings", {"unit": world.commune.pk}, content_type=JSON).json()
    assert missing["fields"] == {"period": ["Thiếu trường này."], "text": ["Thiếu trường này."]}


def test_a_services_refusal_names_its_field(api_world) -> None:
    world = api_world.world
    client = token_client(world.account("editor", "commune"))
    response = client.post("/api/targets", {"unit": world.commune.pk, "indicator": api_world.revenue.pk,
                                            "period": "2025", "value": "1", "uom": "triệu đồng",
                                            "source": "budget_estimate"}, content_type=JSON)
    assert response.status_code == 422
    assert "không khớp đơn vị tính" in response.json()["fields"]["uom"][0]


def test_missing_and_forbidden_look_the_same(api_world) -> None:
    world = api_world.world
    client = token_client(world.account("editor", "commune"))
    hidden = client.get(f"/api/results/{api_world.of(world.sibling_commune).result.pk}")
    missing = client.get("/api/results/987654")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json() == {
        "code": "not_found",
        "message": "Không tìm thấy, hoặc tài khoản không được xem đối tượng này.",
        "fields": {},
    }


def test_a_role_refusal_says_the_rule(api_world) -> None:
    world = api_world.world
    viewer = token_client(world.account("viewer", "commune"))
    result = api_world.of(world.commune).result
    response = viewer.patch(f"/api/results/{result.pk}", {"version": 1, "value": "1"}, content_type=JSON)
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert "cán bộ nhập liệu" in response.json()["message"]


def test_an_account_without_a_unit_sees_nothing(db) -> None:
    f.make_result(f.make_indicator(), f.make_province(), "1", period_code=CODE)
    stranger = token_client(f.make_user("khach"))
    assert stranger.get("/api/results").json() == {"items": [], "count": 0}
    assert not Membership.objects.exists()
