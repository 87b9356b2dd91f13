"""Free-form tables (CSV, XLSX) with a column mapping."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from tests.factories import make_district, make_reporting_status
from tests.reports.sheets_helpers import make_world
from tiendo.audit.models import AuditEntry
from tiendo.reports.sheets.importing import table_columns, table_import
from tiendo.reports.sheets.values import guess_mapping
from tiendo.results.models import Period, Result

CSV = (
    "Địa phương;Nội dung;Thời gian;Số;Ước\n"
    "181;thu NSNN;9 tháng 2023;404,5;x\n"
    "cao loc;ty le ho ngheo;2023-9M;2,5;\n"
    "Cao Lộc;Thu ngân sách nhà nước;Quý III/2023;;\n"
)
MAPPING = {
    "Địa phương": "unit", "Nội dung": "indicator", "Thời gian": "period", "Số": "value",
    "Ước": "estimated",
}


@pytest.fixture
def world(db):
    return make_world()


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    book.active.title = "Số liệu"
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_csv_with_a_mapping(world):
    # when
    report = table_import(CSV.encode(), MAPPING, by=world.user, name="so-lieu.csv")
    # then: the row with no value is skipped
    assert (report.errors, report.created) == ([], 2)
    budget = Result.objects.get(unit=world.bac_son)
    assert (budget.indicator, budget.period, budget.value, budget.estimated) == (
        world.budget, world.period, Decimal("404.5"), True,
    )
    assert (budget.provenance, budget.source_label, budget.source_ref) == (
        Result.Provenance.SHEET, "so-lieu.csv", "so-lieu.csv!D2",
    )
    poverty = Result.objects.get(unit=world.cao_loc)
    assert (poverty.indicator, poverty.value, poverty.estimated) == (
        world.poverty, Decimal("2.5"), False,
    )
    # and a second import changes nothing
    audit_rows = AuditEntry.objects.count()
    again = table_import(CSV.encode(), MAPPING, by=world.user, name="so-lieu.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert AuditEntry.objects.count() == audit_rows


def test_xlsx_with_guessed_mapping_and_real_numbers(world):
    # given
    data = _xlsx([
        ["Đơn vị", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Giá trị", "Ghi chú"],
        ["Huyện Bắc Sơn", "truong-chuan", "trường", "9 tháng đầu năm 2023", 12, "Kế hoạch 15"],
        ["Lạng Sơn", "Tỷ lệ hộ nghèo", "%", "2023", 5.25, None],
    ])
    # when
    headers = table_columns(data)
    report = table_import(data, None, by=None, name="tong-hop.xlsx")
    # then
    assert guess_mapping(headers) == {
        "Đơn vị": "unit", "Chỉ tiêu": "indicator", "Kỳ báo cáo": "period", "Giá trị": "value",
        "Ghi chú": "note",
    }
    assert (report.errors, report.created) == ([], 2)
    schools = Result.objects.get(indicator=world.schools)
    assert (schools.unit, schools.value, schools.note, schools.source_ref) == (
        world.bac_son, Decimal(12), "Kế hoạch 15", "Số liệu!E2",
    )
    poverty = Result.objects.get(indicator=world.poverty)
    assert (poverty.unit, str(poverty.period), poverty.value) == (
        world.province, "Năm 2023", Decimal("5.25"),
    )


def test_every_bad_row_is_listed_and_nothing_is_written(world):
    # given two communes called Hưng Đạo, a locked district and a district merged away
    make_district(world.province, "Xã Hưng Đạo", code="301")
    make_district(world.province, "Phường Hưng Đạo", short_name="Hưng Đạo", code="302")
    make_reporting_status(world.cao_loc, "2023-9M")
    data = _xlsx([
        ["Đơn vị", "Chỉ tiêu", "Kỳ", "Giá trị", "Ước tính"],
        ["Bắc Sơn", "thu-ngan-sach", "2023-9M", 100, None],
        ["Huyện Không Có", "thu-ngan-sach", "2023-9M", 1, None],
        ["Hưng Đạo", "Chỉ tiêu lạ", "9 tháng", "4,04,1", "?"],
        ["Huyện Cũ", "thu-ngan-sach", "2023-9M", 1, None],
        ["Cao Lộc", "thu-ngan-sach", "2023-9M", 1, None],
        [None, "thu-ngan-sach", "2023-9M", 1, None],
        ["Bắc Sơn", "thu NSNN", "9 tháng 2023", 101, None],
    ])
    before = (Result.objects.count(), AuditEntry.objects.count(), Period.objects.count())
    # when
    report = table_import(data, None, by=None, name="bang.xlsx")
    # then
    assert [str(e) for e in report.errors] == [
        "Số liệu!A3: Không có đơn vị mã hoặc tên “Huyện Không Có”",
        "Số liệu!C4: “9 tháng” không phải là kỳ báo cáo: ghi mã (2023-9M, 2023-Q3, 2023-M05, "
        "2023) hoặc tên (9 tháng 2023, Quý III/2023, Tháng 5/2023, Năm 2023)",
        "Số liệu!B4: Không có chỉ tiêu mã hoặc tên “Chỉ tiêu lạ” trong danh mục",
        "Số liệu!A4: “Hưng Đạo” khớp nhiều đơn vị: Phường Hưng Đạo (302), Xã Hưng Đạo (301); "
        "hãy ghi mã đơn vị",
        "Số liệu!D4: “4,04,1” không phải là số (viết theo kiểu 5.738,9)",
        "Số liệu!E4: “?” không hợp lệ: ghi “x” nếu là số ước tính, để trống nếu không",
        "Số liệu!A5: Đơn vị “Huyện Cũ” không có hiệu lực trong kỳ 9 tháng đầu năm 2023",
        "Số liệu!D6: Kỳ 9 tháng đầu năm 2023 của Huyện Cao Lộc đã được phê duyệt và khóa; "
        "cần mở khóa trước khi nhập số liệu",
        "Số liệu!A7: Thiếu đơn vị",
        "Số liệu!D8: “101” đã được nhập ở Số liệu!D2 cho cùng đơn vị, chỉ tiêu và kỳ",
    ]
    assert (Result.objects.count(), AuditEntry.objects.count(), Period.objects.count()) == before


@pytest.mark.parametrize(("mapping", "errors"), [
    (
        {"Đơn vị": "unit", "Giá trị": "value"},
        ["so-lieu.csv: Chưa chọn cột cho “chỉ tiêu”", "so-lieu.csv: Chưa chọn cột cho “kỳ báo cáo”"],
    ),
    (
        {"Đơn vị": "unit", "Chỉ tiêu": "indicator", "Kỳ": "period", "Số": "value", "Cột lạ": "note"},
        ["so-lieu.csv: Không có cột “Cột lạ” trong bảng"],
    ),
    (
        {"Đơn vị": "unit", "Chỉ tiêu": "indicator", "Kỳ": "period", "Số": "gia_tri"},
        [
            "so-lieu.csv: “gia_tri” không phải là trường nhập được: "
            "unit, indicator, period, value, estimated, note",
            "so-lieu.csv: Chưa chọn cột cho “giá trị”",
        ],
    ),
])
def test_a_mapping_without_the_required_fields_is_refused(world, mapping, errors):
    data = "Đơn vị,Chỉ tiêu,Kỳ,Số,Giá trị\nBắc Sơn,thu-ngan-sach,2023-9M,1,2\n".encode()
    report = table_import(data, mapping, by=None, name="so-lieu.csv")
    assert [str(e) for e in report.errors] == errors
    assert Result.objects.count() == 0
