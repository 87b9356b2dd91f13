"""A template with problems is refused whole, every problem listed, nothing written."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook, load_workbook

from tests.factories import make_reporting_status, make_result
from tests.reports.sheets_helpers import fill, make_world
from tiendo.audit.models import AuditEntry
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.importing import sheet_import
from tiendo.reports.sheets.template import sheet_template
from tiendo.results.models import Period, Result, Target


@pytest.fixture
def world(db):
    return make_world()


def _counts() -> tuple[int, int, int, int]:
    return (
        Result.objects.count(), Target.objects.count(), AuditEntry.objects.count(),
        Period.objects.count(),
    )


@pytest.fixture
def template(world):
    return sheet_template(world.province, world.period)


def test_every_bad_cell_is_listed_and_nothing_is_written(world, template):
    # given a sheet whose rows are: 8 budget, 10 poverty rate, 11 schools
    make_result(world.budget, world.province, "90", period_code=world.period,
                provenance=Result.Provenance.SHEET)
    data = fill(template, {
        ("Lạng Sơn", "thu-ngan-sach", L.COL_VALUE): 100,
        ("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): "4,04,1",
        ("Bắc Sơn", "thu-ngan-sach", L.COL_MARK): "có lẽ",
        ("Bắc Sơn", "ty-le-ho-ngheo", L.COL_VALUE): "5738.9",
        ("Cao Lộc", "truong-chuan", L.COL_VALUE): "12 tỷ",
        ("Cao Lộc", "ty-le-ho-ngheo", L.COL_VALUE): 5,
        ("Cao Lộc", "ty-le-ho-ngheo", L.COL_CODE): "chi-tieu-la",
    })
    before = _counts()
    # when
    report = sheet_import(data, by=world.user, name="bieu.xlsx")
    # then
    assert [str(e) for e in report.errors] == [
        "Bắc Sơn!E8: “4,04,1” không phải là số (viết theo kiểu 5.738,9)",
        "Bắc Sơn!F8: “có lẽ” không hợp lệ: ghi “x” nếu là số ước tính, để trống nếu không",
        "Bắc Sơn!E10: “5738.9” không phải là số (viết theo kiểu 5.738,9)",
        "Cao Lộc!B10: Không có chỉ tiêu mã hoặc tên “chi-tieu-la” trong danh mục",
        "Cao Lộc!E11: “12 tỷ” không phải là số (viết theo kiểu 5.738,9)",
    ]
    assert (report.errors[0].sheet, report.errors[0].cell) == ("Bắc Sơn", "E8")
    assert (report.ok, report.created, report.updated) == (False, 0, 0)
    assert _counts() == before
    assert Result.objects.get().value == 90


def test_a_locked_period_is_refused_once_per_unit(world, template):
    # given
    make_reporting_status(world.bac_son, world.period)
    data = fill(template, {
        ("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): 404,
        ("Bắc Sơn", "ty-le-ho-ngheo", L.COL_VALUE): "2,5",
        ("Cao Lộc", "thu-ngan-sach", L.COL_VALUE): 300,
    })
    before = _counts()
    # when
    report = sheet_import(data, by=None)
    # then
    assert [str(e) for e in report.errors] == [
        "Bắc Sơn!E8: Kỳ 9 tháng đầu năm 2023 của Huyện Bắc Sơn đã được phê duyệt và khóa; "
        "cần mở khóa trước khi nhập số liệu",
    ]
    assert _counts() == before


def test_a_unit_no_longer_valid_in_the_period_is_refused(world, template):
    # given the district was merged away after the template was made
    world.bac_son.valid_to = dt.date(2022, 12, 31)
    world.bac_son.save(update_fields=["valid_to"])
    data = fill(template, {("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): 404})
    # when
    report = sheet_import(data, by=None)
    # then
    assert [str(e) for e in report.errors] == [
        "Bắc Sơn!E8: Đơn vị “Huyện Bắc Sơn” không có hiệu lực trong kỳ 9 tháng đầu năm 2023",
    ]
    assert Result.objects.count() == 0


def test_empty_cells_are_skipped_not_errors(world, template):
    report = sheet_import(template, by=None)
    assert (report.ok, report.created, report.unchanged) == (True, 0, 0)


def test_a_workbook_that_is_not_a_template_is_refused(world):
    book = Workbook()
    book.active.append(["Đơn vị", "Giá trị"])
    out = io.BytesIO()
    book.save(out)
    report = sheet_import(out.getvalue(), by=None, name="tu-lam.xlsx")
    assert [str(e) for e in report.errors] == [
        "Tệp “tu-lam.xlsx” không phải biểu nhập số liệu của tiendo (thiếu trang ẩn “_tiendo”); "
        "hãy dùng chức năng nhập bảng tự do",
    ]


def test_a_file_that_is_not_a_workbook_is_refused(world):
    report = sheet_import(b"PK\x03\x04 rubbish", by=None, name="hong.xlsx")
    assert [str(e) for e in report.errors] == [
        "Không đọc được tệp “hong.xlsx”: cần tệp Excel (.xlsx) hoặc CSV (UTF-8)",
    ]


def test_a_sheet_whose_unit_is_unknown_here_is_refused(world, template):
    book = load_workbook(io.BytesIO(template))
    book["Cao Lộc"].cell(row=3, column=L.COL_CODE, value="999")
    out = io.BytesIO()
    book.save(out)
    report = sheet_import(out.getvalue(), by=None)
    assert [str(e) for e in report.errors] == [
        "Cao Lộc: Trang tính ghi đơn vị “999” không có trong cơ sở dữ liệu này; "
        "hãy tải biểu mẫu mới",
    ]
