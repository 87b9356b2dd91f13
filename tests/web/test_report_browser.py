"""In a browser: download the report from the dashboard, upload a sheet with errors and
see every one, import a free-form table through the mapping step. Screenshots for review
in ``$TIENDO_ARTIFACTS/web/``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.template import sheet_template
from tiendo.results.models import Result, Target

SIZES = {"desktop": (1366, 900), "phone": (375, 812)}
PASSWORD = "mat-khau-thu-2025"
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def city(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    province = f.make_province()
    city = f.make_district(province, "Thành phố Lạng Sơn", short_name="Lạng Sơn", admin_type="Thành phố")
    f.make_commune(city, "Phường Chi Lăng", short_name="Chi Lăng", admin_type="Phường")
    revenue = f.make_indicator(code="thu-ngan-sach", sort_order=1)
    f.make_target(revenue, city, "367.3", period_code="2022", source=Target.Source.BUDGET_ESTIMATE)
    f.make_result(revenue, city, "404", period_code="2022-9M")
    f.make_result(revenue, city, "331.15", period_code="2021-9M")
    f.make_poverty_rate(code="ho-ngheo", sort_order=2)
    user = f.make_user("nhaplieu-thanhpho", password=PASSWORD)
    Membership.objects.create(user=user, unit=city, role=Membership.Role.EDITOR)
    return city


def _log_in(page, live_server) -> None:
    page.goto(f"{live_server.url}/")
    page.get_by_label("Tên đăng nhập").fill("nhaplieu-thanhpho")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/")


def _shots(page, out: Path, name: str) -> None:
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(out / f"{name}-{size}.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})


@pytest.fixture
def out(artifacts_dir: Path) -> Path:
    path = artifacts_dir / "web"
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_download_the_docx_from_the_dashboard(page, live_server, city, out, tmp_path) -> None:
    _log_in(page, live_server)
    page.goto(f"{live_server.url}/don-vi/{city.pk}/?ky=2022-9M")
    _shots(page, out, "report-dashboard")
    with page.expect_download() as info:
        page.get_by_role("link", name="Word (DOCX)").click()
    download = info.value
    assert download.suggested_filename == "Báo cáo Thành phố Lạng Sơn 9 tháng đầu năm 2022.docx"
    path = tmp_path / "bao-cao.docx"
    download.save_as(path)
    doc = Document(str(path))
    assert doc.tables[0].rows[0].cells[0].paragraphs[1].text == "THÀNH ỦY LẠNG SƠN"
    assert "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán được giao, tăng 22% so với cùng kỳ." in [
        p.text for p in doc.paragraphs
    ]


def test_a_sheet_with_errors_lists_every_one(page, live_server, city, out, tmp_path) -> None:
    # given a template of the city and its ward with three bad cells
    from tiendo.results.periods import period_get

    book = load_workbook(io.BytesIO(sheet_template(city, period_get("2022-9M"))))
    bad = {("Lạng Sơn", "thu-ngan-sach"): "4,04,1", ("Chi Lăng", "thu-ngan-sach"): "12 tỷ",
           ("Chi Lăng", "ho-ngheo"): "5738.9"}
    where = []
    for (sheet, code), value in bad.items():
        ws = book[sheet]
        row = next(r for r in range(L.FIRST_DATA_ROW, ws.max_row + 1)
                   if ws.cell(row=r, column=L.COL_CODE).value == code)
        ws.cell(row=row, column=L.COL_VALUE, value=value)
        where.append((sheet, f"E{row}", value))
    path = tmp_path / "bieu-da-dien.xlsx"
    book.save(path)
    _log_in(page, live_server)
    page.goto(f"{live_server.url}/don-vi/{city.pk}/")
    # when
    page.get_by_role("link", name="Nhập biểu đã điền").click()
    page.get_by_label("Tệp").set_input_files(str(path))
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    # then
    page.wait_for_selector("#import-errors")
    rows = page.locator("#import-errors tbody tr")
    assert [rows.nth(i).locator("td").all_inner_texts() for i in range(rows.count())] == [
        [sheet, cell, f"“{value}” không phải là số (viết theo kiểu 5.738,9)"] for sheet, cell, value in where
    ]
    assert page.get_by_role("heading", name="Tệp “bieu-da-dien.xlsx” có 3 lỗi, chưa nhập số liệu nào").is_visible()
    _shots(page, out, "report-sheet-errors")
    assert not Result.objects.filter(provenance=Result.Provenance.SHEET).exists()


def test_a_free_form_table_through_the_mapping_step(page, live_server, city, out, tmp_path) -> None:
    path = tmp_path / "so-lieu-phuong.csv"
    path.write_text(
        "Đơn vị;Nội dung;Thời gian;Số liệu;Ghi chú khác\n"
        "Phường Chi Lăng;thu-ngan-sach;9 tháng 2022;35,8;theo báo cáo phường\n"
        "Phường Chi Lăng;Tỷ lệ hộ nghèo;9 tháng 2022;0,62;\n",
        encoding="utf-8",
    )
    _log_in(page, live_server)
    page.goto(f"{live_server.url}/don-vi/{city.pk}/nhap-bang/")
    _shots(page, out, "report-table-upload")
    page.get_by_label("Tệp").set_input_files(str(path))
    page.get_by_role("button", name="Tiếp tục").click()
    # the guessed mapping, changeable, and the first rows
    value = page.get_by_label("Trường của cột “Số liệu”")
    assert value.input_value() == "value"
    note = page.get_by_label("Trường của cột “Ghi chú khác”")
    assert note.input_value() == ""
    assert page.locator("#preview tbody tr").count() == 2
    note.select_option("note")
    _shots(page, out, "report-table-mapping")
    page.get_by_role("button", name="Nhập", exact=True).click()
    page.wait_for_selector(".import-done")
    assert page.locator(".import-done dd").first.inner_text() == "2"
    _shots(page, out, "report-table-done")
    notes = dict(Result.objects.filter(provenance=Result.Provenance.SHEET).values_list("indicator__code", "note"))
    assert notes == {"thu-ngan-sach": "theo báo cáo phường", "ho-ngheo": ""}
