"""In a browser: log in, open the city's dashboard, change the period, open an indicator and
see its chart drawn, enter a result in the grid and see the score change, switch to English
and back, search without accents; screenshots of every main page for review."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

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
    Membership.objects.create(user=user, unit=city, role=Membership.Role.EDITOR)
    return {"city": city, "revenue": revenue, "poverty": poverty}


def _shoot(page, out, name: str) -> None:
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(150)  # charts follow the resize
        page.screenshot(path=str(out / f"{name}-{size}.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_log_in_and_change_the_period(page, live_server, browser_world, artifacts_dir) -> None:
    out = artifacts_dir / "web"
    out.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/")
    _shoot(page, out, "login")
    page.get_by_label("Tên đăng nhập").fill("canbo-thanhpho")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu-2025")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/")
    _shoot(page, out, "home")

    # the dashboard, then another period
    page.get_by_role("link", name="Thành phố Lạng Sơn").click()
    score = page.locator("#score strong")
    assert score.inner_text() == "1/2 chỉ tiêu đạt"
    _shoot(page, out, "dashboard")
    # choosing a period with the keyboard moves nothing until "Xem" is pressed
    picker = page.get_by_label("Kỳ báo cáo")
    shown = page.url
    picker.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert page.url == shown and score.inner_text() == "1/2 chỉ tiêu đạt"
    picker.select_option("2022-Q1")
    page.get_by_role("button", name="Xem", exact=True).click()
    page.wait_for_url("**ky=2022-Q1**")
    assert score.inner_text() == "0/2 chỉ tiêu đạt"
    assert page.get_by_text("120 tỷ đồng").is_visible()
    picker.select_option("2022-9M")
    page.get_by_role("button", name="Xem", exact=True).click()
    page.wait_for_url("**ky=2022-9M**")

    # an indicator's chart is drawn with its series
    page.get_by_role("link", name="Thu ngân sách nhà nước").click()
    page.wait_for_function(
        "() => window.echarts && echarts.getInstanceByDom(document.getElementById('series-chart'))"
    )
    assert page.locator("#series-chart canvas").count() == 1
    assert page.evaluate(
        "() => echarts.getInstanceByDom(document.getElementById('series-chart')).getOption()"
        ".series.map(s => s.data.length)"
    ) == [2, 2]
    page.go_back()

    # the grid: a bad number is named in its cell as it is typed, a good one is saved
    page.get_by_role("link", name="Nhập số liệu kỳ này").click()
    page.wait_for_url("**/nhap-lieu/?ky=2022-9M")
    cell = page.get_by_label("Tỷ lệ hộ nghèo: Thực hiện")
    message = page.locator(f"#m-r{browser_world['poverty'].pk}-value")
    cell.fill("2,9,1")
    expect(message).to_have_text("“2,9,1” không phải là số (viết theo kiểu 5.738,9)")
    expect(cell).to_have_attribute("aria-invalid", "true")
    _shoot(page, out, "entry")
    cell.fill("2,9")
    expect(message).to_have_text("= 2,9%")
    expect(cell).not_to_have_attribute("aria-invalid", "true")
    page.get_by_role("button", name="Lưu").click()
    expect(page.locator(".notice")).to_have_text("Đã lưu 1 số liệu.")
    assert score.inner_text() == "2/2 chỉ tiêu đạt"
    page.get_by_role("link", name="Xem tổng quan kỳ này").click()
    assert score.inner_text() == "2/2 chỉ tiêu đạt"

    # English and back
    page.get_by_role("button", name="English").click()
    expect(score).to_have_text("2/2 indicators met")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(score).to_have_text("2/2 chỉ tiêu đạt")

    # search without accents: live results, then the full page
    box = page.get_by_role("searchbox", name="Tìm đơn vị, chỉ tiêu, văn bản, nhiệm vụ")
    box.fill("thu ngan sach")
    expect(page.locator("#search-live").get_by_role("link", name="Thu ngân sách nhà nước")).to_be_visible()
    page.screenshot(path=str(out / "search-live-desktop.png"))
    box.fill("chi lang")
    expect(page.locator("#search-live").get_by_role("link", name="Phường Chi Lăng")).to_be_visible()
    box.press("Enter")
    page.wait_for_url("**/tim-kiem/?q=chi+lang**")
    expect(page.locator("main").get_by_role("link", name="Phường Chi Lăng")).to_be_visible()
    _shoot(page, out, "search")
