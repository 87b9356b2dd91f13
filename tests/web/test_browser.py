"""In a browser: log in, open the city's dashboard, change the period; screenshots for review."""

from __future__ import annotations

import pytest

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.core.models import Field
from tiendo.results.models import Target

SIZES = {"desktop": (1366, 900), "phone": (375, 812)}


@pytest.fixture
def browser_world(transactional_db):
    province = f.make_province()
    city = f.make_district(province, "Thành phố Lạng Sơn", short_name="TP Lạng Sơn")
    f.make_commune(city, "Phường Chi Lăng")
    revenue = f.make_indicator(sort_order=1)
    f.make_target(revenue, city, "367.3", period_code="2022", source=Target.Source.BUDGET_ESTIMATE)
    f.make_result(revenue, city, "404", period_code="2022-9M")
    f.make_result(revenue, city, "331.15", period_code="2021-9M")
    f.make_result(revenue, city, "120", period_code="2022-Q1")
    poverty = f.make_poverty_rate()
    f.make_target(poverty, city, "3", period_code="2022", source=Target.Source.YEARLY_PLAN)
    f.make_result(poverty, city, "3.4", period_code="2022-9M", is_sample=True)
    police = f.make_indicator("Tỷ lệ xã đạt chuẩn an toàn về an ninh, trật tự", uom="%",
                              field=Field.DEFENCE, aggregation="mean")
    f.make_result(police, city, "85", period_code="2022-9M", estimated=True)
    user = f.make_user("canbo-thanhpho", password="mat-khau-thu-2025")
    Membership.objects.create(user=user, unit=city, role=Membership.Role.VIEWER)
    return city


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_log_in_and_change_the_period(page, live_server, browser_world, artifacts_dir) -> None:
    out = artifacts_dir / "web"
    out.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/")
    page.get_by_label("Tên đăng nhập").fill("canbo-thanhpho")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu-2025")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/")
    for name, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(out / f"home-{name}.png"), full_page=True)

    page.set_viewport_size({"width": 1366, "height": 900})
    page.get_by_role("link", name="Thành phố Lạng Sơn").click()
    score = page.locator("#score strong")
    assert score.inner_text() == "1/2 chỉ tiêu đạt"
    for name, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(out / f"dashboard-{name}.png"), full_page=True)

    page.get_by_label("Kỳ báo cáo").select_option("2022-Q1")
    page.wait_for_url("**ky=2022-Q1**")
    assert score.inner_text() == "0/2 chỉ tiêu đạt"
    assert page.get_by_text("120 tỷ đồng").is_visible()
