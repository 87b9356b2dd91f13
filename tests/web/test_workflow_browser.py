"""In a browser: a commune editor submits, the province approver sends back with a reason,
the editor reads it and resubmits, the approver approves; then the period is locked.
Screenshots of each step (desktop and phone) go to the artifacts folder."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from tests.accounts.world import PASSWORD, build_world
from tiendo.results.models import ReportingStatus, Result
from tiendo.results.services import result_update

CODE = "2025-Q3"
SIZES = {"desktop": (1366, 900), "phone": (375, 812)}
REASON = "Thiếu số liệu thu ngân sách tháng 9, đề nghị bổ sung"


@pytest.fixture
def flow_world(transactional_db):
    world = build_world(passwords=True)
    revenue = f.make_indicator(sort_order=1)
    f.make_result(revenue, world.commune, "12.5", period_code=CODE)
    f.make_result(revenue, world.sibling_commune, "8", period_code=CODE)
    return world


@pytest.fixture
def contexts(browser):
    """Browser contexts, one per account, closed before the live server stops (an open
    keep-alive connection would outlive the test's shared database connection)."""
    made: list = []
    yield made
    for context in made:
        context.close()


def _sign_in(browser, live_server, username: str, contexts: list):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    contexts.append(context)
    page = context.new_page()
    page.goto(f"{live_server.url}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/")
    return page


def _shoot(page, out, name: str) -> None:
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(out / f"workflow-{name}-{size}.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_send_back_then_approve(browser, live_server, flow_world, artifacts_dir, contexts) -> None:
    out = artifacts_dir / "web"
    out.mkdir(parents=True, exist_ok=True)
    commune = flow_world.commune
    dashboard = f"{live_server.url}/don-vi/{commune.pk}/?ky={CODE}"
    panel_state = "#report-status .badge.state"

    editor = _sign_in(browser, live_server, "editor-commune", contexts)
    editor.goto(dashboard)
    assert editor.locator(panel_state).first.inner_text() == "Đang nhập"
    _shoot(editor, out, "1-editor-open")
    editor.get_by_role("button", name="Gửi duyệt").click()
    editor.wait_for_selector("text=Đã gửi duyệt báo cáo.")
    assert editor.locator(panel_state).first.inner_text() == "Đã gửi duyệt"
    assert editor.get_by_role("button", name="Gửi duyệt").count() == 0

    approver = _sign_in(browser, live_server, "approver-province", contexts)
    approver.goto(f"{live_server.url}/don-vi/{flow_world.province.pk}/?ky={CODE}")
    assert approver.locator(".children-states").get_by_text("Xã Bắc Sơn").is_visible()
    _shoot(approver, out, "2-approver-children")
    approver.goto(dashboard)
    _shoot(approver, out, "3-approver-submitted")
    approver.get_by_role("link", name="Trả lại").click()
    approver.get_by_label("Lý do (bắt buộc)").fill(REASON)
    _shoot(approver, out, "4-reason-form")
    approver.get_by_role("button", name="Trả lại").click()
    approver.wait_for_selector("text=Đã trả lại báo cáo.")

    editor.goto(dashboard)
    assert editor.locator(panel_state).first.inner_text() == "Bị trả lại"
    assert editor.locator("#report-reason").inner_text() == REASON
    _shoot(editor, out, "5-editor-returned")
    editor.get_by_role("button", name="Gửi duyệt").click()
    editor.wait_for_selector("text=Đã gửi duyệt báo cáo.")

    approver.goto(dashboard)
    approver.get_by_role("button", name="Phê duyệt và khóa").click()
    approver.wait_for_selector("text=Đã phê duyệt và khóa kỳ báo cáo.")
    _shoot(approver, out, "6-approver-locked")
    assert approver.get_by_role("link", name="Mở khóa").is_visible()

    editor.goto(dashboard)
    assert editor.locator(panel_state).first.inner_text() == "Đã phê duyệt và khóa"
    assert editor.locator(".report-actions").count() == 0
    status = ReportingStatus.objects.get(unit=commune, period__year=2025)
    assert status.state == ReportingStatus.State.LOCKED
    result = Result.objects.get(unit=commune)
    assert result.status == Result.Status.LOCKED
    for name in ("editor-commune", "approver-province", "admin-province"):
        with pytest.raises(ValidationError, match="cần mở khóa"):
            result_update(result=result, by=flow_world.accounts[name], value=Decimal(13))

    approver.goto(f"{live_server.url}/don-vi/{commune.pk}/nhat-ky/")
    assert approver.get_by_text(REASON).is_visible()
    _shoot(approver, out, "7-audit")
