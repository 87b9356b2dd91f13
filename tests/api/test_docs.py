"""The OpenAPI document and the documentation page, which works offline: Swagger UI comes
from ninja's own static files, never from a CDN; in a browser, signed in, it lists the
operations and "Try it out" answers with the account's data."""

from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.api.permissions import PERMISSION_KEY

SIZES = {"desktop": (1366, 900), "phone": (375, 812)}


def test_the_schema_is_public_and_names_each_operations_permission(db) -> None:
    schema = Client().get("/api/openapi.json").json()
    assert schema["info"]["title"] == "tiendo API"
    operations = [op for path in schema["paths"].values() for op in path.values()]
    assert len(operations) >= 55
    assert all(PERMISSION_KEY in op for op in operations)
    assert schema["components"]["securitySchemes"] == {
        "TokenAuth": {"type": "http", "scheme": "bearer"},
        "SessionAuth": {"type": "apiKey", "in": "cookie", "name": "sessionid"},
    }


def test_the_docs_page_loads_swagger_from_local_static_files(db) -> None:
    html = Client().get("/api/docs").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(s.endswith("swagger-ui-bundle.js") for s in sources)
    assert not [s for s in sources if s.startswith(("http:", "https:", "//"))]
    for source in sources:
        if source.startswith("/static/"):
            assert finders.find(source.removeprefix("/static/")), source


@pytest.fixture
def reader(transactional_db):
    province = f.make_province()
    f.make_result(f.make_indicator(), province, "404", period_code="2022-9M")
    user = f.make_user("doc-api", password="mat-khau-thu-2025")
    Membership.objects.create(user=user, unit=province, role=Membership.Role.VIEWER)
    return user


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_docs_page_in_a_browser(page, live_server, reader, artifacts_dir) -> None:
    out = artifacts_dir / "api"
    out.mkdir(parents=True, exist_ok=True)
    external = []
    page.on("request", lambda r: external.append(r.url) if not r.url.startswith(live_server.url) else None)
    page.goto(f"{live_server.url}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill("doc-api")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu-2025")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/api/docs")
    page.locator(".opblock-summary-path", has_text="/api/results").first.wait_for()
    for name, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(out / f"docs-{name}.png"))
    page.set_viewport_size({"width": 1366, "height": 900})
    block = page.locator("[id$='-tiendo_api_results_result_index']")
    block.locator(".opblock-summary").click()
    block.get_by_role("button", name="Try it out").click()
    block.get_by_role("button", name="Execute").click()
    answer = block.locator(".live-responses-table tbody .response-col_status").first
    answer.wait_for()
    assert answer.inner_text().strip() == "200"
    assert "404.000000" in block.locator(".live-responses-table tbody .microlight").first.inner_text()
    page.screenshot(path=str(out / "docs-try-it-out.png"))
    assert external == []
