"""In a browser: upload the city's nine-month article, see the budget figure highlighted,
reject and correct items, accept, find 404 tỷ đồng at 110% of the estimate on the unit's
pages with a link back to the sentence, and land on the same review when uploading again.
Screenshots of the review screen go to $TIENDO_ARTIFACTS/web/."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests import factories as f
from tests.ingest.conftest import IMMEDIATE, load_catalogue
from tiendo.accounts.models import Membership
from tiendo.results.models import Result

SIZES = {"desktop": (1366, 900), "phone": (375, 812)}
PASSWORD = "mat-khau-nhap-lieu-2025"


@pytest.fixture
def ingest_world(transactional_db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.TASKS = IMMEDIATE
    world = load_catalogue()
    user = f.make_user("bientap-thanhpho", password=PASSWORD)
    Membership.objects.create(user=user, unit=world["units"]["city"], role=Membership.Role.EDITOR)
    return world


@pytest.fixture
def out(artifacts_dir):
    """Where the screenshots go."""
    path = artifacts_dir / "web"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _shots(page, out, name, full_page=True):
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(out / f"{name}-{size}.png"), full_page=full_page)
    page.set_viewport_size({"width": 1366, "height": 900})


def _login(page, url, name):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{url}/")
    page.get_by_label("Tên đăng nhập").fill(name)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{url}/")


def _upload(page, url, path, out=None):
    page.goto(f"{url}/nhap-van-ban/")
    if out is not None:
        _shots(page, out, "ingest-upload")
    page.set_input_files("#files", str(path))
    page.get_by_role("button", name="Tải lên và đọc").click()
    page.wait_for_url(re.compile(r"/nhap-van-ban/\d+/"))


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_upload_review_accept_and_see_the_figure(page, live_server, ingest_world, corpus_dev, out):
    _login(page, live_server.url, "bientap-thanhpho")

    path = corpus_dev / "langson-city-2022-9m.txt"
    _upload(page, live_server.url, path, out)
    review_url = page.url
    budget = page.locator("#t-figure-1036")
    expect(budget).to_have_class(re.compile(r"\bhl-figure\b"))
    expect(budget).to_contain_text("404 tỷ đồng")
    item = page.locator("#figure-1036")
    expect(item).to_contain_text("thực hiện hơn 404 tỷ đồng · 110% dự toán tỉnh giao · +22% so với cùng kỳ")
    _shots(page, out, "ingest-review")

    # Click an item: its sentence is shown; click the highlight: back to the item.
    item.get_by_role("button", name=re.compile("thu ngân sách")).click()
    expect(budget).to_have_class(re.compile(r"\bflash-on\b"))
    budget.click()
    expect(item).to_have_class(re.compile(r"\bcurrent\b"))

    # Keyboard: j to the next item, r to reject it.
    page.keyboard.press("j")
    current = page.locator(".item.current")
    key = current.get_attribute("data-key")
    page.keyboard.press("r")
    expect(page.locator(f"#{key}")).to_have_class(re.compile(r"\bdecision-rejected\b"))
    page.keyboard.press("j")
    page.keyboard.press("k")
    expect(page.locator(".item.current")).to_have_attribute("data-key", key)
    page.keyboard.press("a")
    expect(page.locator(f"#{key}")).to_have_class(re.compile(r"\bdecision-accepted\b"))
    page.keyboard.press("r")
    expect(page.locator(f"#{key}")).to_have_class(re.compile(r"\bdecision-rejected\b"))

    # Reject a shortcoming with its button.
    shortcoming = page.locator(".item-shortcoming").first
    shortcoming_key = shortcoming.get_attribute("data-key")
    shortcoming.get_by_role("button", name="Bỏ").click()
    expect(page.locator(".item-shortcoming").first).to_have_class(re.compile(r"\bdecision-rejected\b"))
    expect(page.locator(f"#t-{shortcoming_key}")).to_have_class(re.compile(r"\bdecision-rejected\b"))

    page.get_by_role("button", name="Chấp nhận mọi mục có độ tin cậy cao").click()
    expect(page.locator("#figure-1036")).to_have_class(re.compile(r"\bdecision-accepted\b"))
    page.get_by_role("button", name="Ghi các mục đã chấp nhận vào dữ liệu").click()
    expect(page.locator(".flash-success")).to_contain_text("Đã ghi vào dữ liệu")
    _shots(page, out, "ingest-review-accepted")

    page.get_by_role("link", name="Xem số liệu của đơn vị").click()
    expect(page.locator("#own-value")).to_have_text("404 tỷ đồng")
    expect(page.locator("body")).to_contain_text("vượt 10% dự toán tỉnh giao")
    _shots(page, out, "ingest-indicator")
    page.get_by_role("link", name="Xem câu trong văn bản gốc").first.click()
    page.wait_for_url(re.compile(r"#figure-1036$"))
    expect(page.locator("#figure-1036")).to_have_class(re.compile(r"\bcurrent\b"))

    city = ingest_world["units"]["city"]
    page.goto(f"{live_server.url}/don-vi/{city.pk}/?ky=2022-9M")
    row = page.locator("li.row", has_text="Thu ngân sách nhà nước trên địa bàn").first
    expect(row).to_contain_text("404 tỷ đồng")
    expect(row).to_contain_text("110,0%")

    # Correct the value and accept again: the same result is updated.
    page.goto(review_url)
    figure = page.locator("#figure-1036")
    figure.locator("summary", has_text="Sửa").click()
    figure.get_by_label("Giá trị (theo đơn vị tính của chỉ tiêu)").fill("405")
    figure.get_by_role("button", name="Lưu sửa đổi và chấp nhận").click()
    expect(page.locator("#figure-1036")).to_contain_text("giá trị sửa: 405")
    page.get_by_role("button", name="Ghi các mục đã chấp nhận vào dữ liệu").click()
    expect(page.locator(".flash-success")).to_contain_text("Đã ghi vào dữ liệu")
    assert list(Result.objects.filter(unit=city, period__year=2022).values_list("value", flat=True)) == [405]

    # The same file again: the existing review.
    _upload(page, live_server.url, path)
    assert page.url.split("#")[0] == review_url.split("#")[0]
    expect(page.locator(".flash")).to_contain_text("đã được tải lên trước đó")

    # A viewer of the city follows the evidence link to the text, read-only.
    viewer = f.make_user("xem-thanhpho", password=PASSWORD)
    Membership.objects.create(user=viewer, unit=city, role=Membership.Role.VIEWER)
    page.context.clear_cookies()
    _login(page, live_server.url, "xem-thanhpho")
    revenue = ingest_world["indicators"]["thu-ngan-sach"]
    page.goto(live_server.url + reverse("indicator-detail", args=[city.pk, revenue.pk]) + "?ky=2022-9M")
    page.get_by_role("link", name="Xem câu trong văn bản gốc").first.click()
    page.wait_for_url(re.compile(r"/van-ban/\?muc=figure-1036#cau$"))
    expect(page.locator("#cau")).to_contain_text("404 tỷ đồng")
    expect(page.locator("#cau")).to_be_in_viewport()
    _shots(page, out, "ingest-source-viewer", full_page=False)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_organizer_naming_no_place_asks_for_the_unit_first(page, live_server, ingest_world, corpus_dev, out):
    user = f.make_user("bientap-hatinh", password=PASSWORD)
    Membership.objects.create(user=user, unit=ingest_world["units"]["ha_tinh"], role=Membership.Role.EDITOR)
    _login(page, live_server.url, "bientap-hatinh")
    _upload(page, live_server.url, corpus_dev / "honglinh-town-2020-9m.txt")
    notice = page.locator("#doubt")
    expect(notice).to_contain_text("Ban thường vụ Thị ủy")
    expect(page.locator("#doubt-unit")).to_be_focused()
    expect(page.get_by_role("button", name="Chấp nhận mọi mục có độ tin cậy cao")).to_be_disabled()
    # What the reviewer sees first, without scrolling.
    _shots(page, out, "ingest-unit-doubt", full_page=False)
    page.locator("#doubt-unit").select_option(label="Thị xã Hồng Lĩnh")
    page.get_by_role("button", name="Xác nhận đơn vị và kỳ").click()
    expect(notice).to_be_hidden()
    expect(page.get_by_role("button", name="Chấp nhận mọi mục có độ tin cậy cao")).to_be_enabled()


def _appendix_docx(path):
    """A commune's report whose results stand only in its appendix, the Word table of targets
    under a two-row heading."""
    from docx import Document

    document = Document()
    document.add_paragraph("BÁO CÁO kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2022")
    document.add_paragraph("Kết quả các chỉ tiêu chủ yếu như biểu kèm theo.")
    table = document.add_table(rows=2, cols=7)
    table.style = "Table Grid"
    for j, heading in enumerate(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Ước thực hiện 9 tháng"]):
        table.cell(0, j).text = heading
        table.cell(0, j).merge(table.cell(1, j))
    table.cell(0, 5).text = "So sánh (%)"
    table.cell(0, 5).merge(table.cell(0, 6))
    table.cell(1, 5).text, table.cell(1, 6).text = "KH", "CK"
    for row in (
        ["1", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "367,27", "404", "110", "122"],
        ["2", "Doanh nghiệp thành lập mới", "doanh nghiệp", "168", "115", "68,5", "107,5"],
    ):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(path)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_row_of_the_appendix_is_an_item_on_its_row(page, live_server, ingest_world, out, tmp_path):
    _login(page, live_server.url, "bientap-thanhpho")
    path = tmp_path / "bao-cao-9-thang.docx"
    _appendix_docx(path)
    _upload(page, live_server.url, path)
    item = page.locator(".item-figure").first
    expect(item).to_contain_text("ước 404 tỷ đồng · 110% kế hoạch · +22% so với cùng kỳ")
    key = item.get_attribute("data-key")
    row = page.locator(f"#t-{key}")
    expect(row).to_have_class(re.compile(r"\bhl-figure\b"))
    expect(row).to_contain_text("367,27")
    _shots(page, out, "ingest-review-appendix")
