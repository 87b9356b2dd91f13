"""The data-entry template: its layout, and a filled-in copy imported back."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.factories import make_target
from tests.reports.sheets_helpers import fill, make_world, row_of
from tiendo.audit.models import AuditEntry
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.importing import sheet_import
from tiendo.reports.sheets.template import sheet_template
from tiendo.results.models import Result, Target


@pytest.fixture
def world(db):
    return make_world()


def test_one_sheet_per_unit_valid_in_the_period_with_hidden_identifiers(world):
    # given
    make_target(world.budget, world.bac_son, "367", period_code="2023", source=Target.Source.YEARLY_PLAN)
    # when
    book = load_workbook(io.BytesIO(sheet_template(world.province, world.period)))
    # then
    assert book.sheetnames == ["Lạng Sơn", "Bắc Sơn", "Cao Lộc", L.META_SHEET]
    assert book[L.META_SHEET].sheet_state == "veryHidden"
    meta = {row[0]: row[1:] for row in book[L.META_SHEET].iter_rows(values_only=True)}
    assert meta["format"][0] == L.FORMAT_VERSION
    assert meta["period"][0] == "2023-9M"
    ws = book["Bắc Sơn"]
    assert ws["A1"].value == "BIỂU NHẬP SỐ LIỆU CHỈ TIÊU"
    assert ws["A2"].value == "Đơn vị: Huyện Bắc Sơn"
    assert ws["A3"].value == "Kỳ báo cáo: 9 tháng đầu năm 2023"
    assert [c.value for c in ws[L.HEADER_ROW]][:7] == [
        "STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Ước tính (x)", "Ghi chú",
    ]
    assert (ws["H2"].value, ws["H3"].value) == (world.bac_son.pk, "181")
    assert ws.column_dimensions["H"].hidden is True
    assert ws["B7"].value == "KINH TẾ"
    row = row_of(ws, "thu-ngan-sach")
    assert [ws.cell(row=row, column=c).value for c in range(1, 5)] == [
        1, "Thu ngân sách nhà nước", "tỷ đồng", 367,
    ]
    assert ws.cell(row=row, column=1).font.name == "Times New Roman"
    assert ws.protection.sheet is True
    assert ws.cell(row=row, column=L.COL_VALUE).protection.locked is False
    assert ws.cell(row=row, column=L.COL_PLAN).protection.locked is True
    assert ws.cell(row=row, column=L.COL_NAME).protection.locked is True


def test_filled_template_round_trip_records_sheet_results_with_their_cell(world):
    # given
    data = fill(sheet_template(world.province, world.period), {
        ("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): 404,
        ("Bắc Sơn", "thu-ngan-sach", L.COL_MARK): "x",
        ("Cao Lộc", "ty-le-ho-ngheo", L.COL_VALUE): "5.738,9",
        ("Cao Lộc", "ty-le-ho-ngheo", L.COL_NOTE): "Số liệu của Phòng LĐTBXH",
        ("Lạng Sơn", "truong-chuan", L.COL_VALUE): 12.5,
    })
    # when
    report = sheet_import(data, by=world.user, name="bieu-9-thang.xlsx")
    # then
    assert report.errors == []
    assert (report.created, report.updated, report.unchanged) == (3, 0, 0)
    budget = Result.objects.get(unit=world.bac_son, indicator=world.budget)
    row = row_of(load_workbook(io.BytesIO(data))["Bắc Sơn"], "thu-ngan-sach")
    assert (budget.value, budget.estimated, budget.provenance, budget.period) == (
        Decimal(404), True, Result.Provenance.SHEET, world.period,
    )
    assert (budget.source_label, budget.source_ref) == ("bieu-9-thang.xlsx", f"Bắc Sơn!E{row}")
    assert budget.created_by == world.user
    poverty = Result.objects.get(unit=world.cao_loc, indicator=world.poverty)
    assert (poverty.value, poverty.estimated, poverty.note) == (
        Decimal("5738.9"), False, "Số liệu của Phòng LĐTBXH",
    )
    assert Result.objects.get(unit=world.province).value == Decimal("12.5")
    assert AuditEntry.objects.filter(action=AuditEntry.Action.CREATE).count() == 3


def test_importing_the_same_sheet_twice_changes_nothing_the_second_time(world):
    # given
    data = fill(sheet_template(world.province, world.period), {
        ("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): "404,5",
    })
    sheet_import(data, by=None, name="bieu.xlsx")
    audit_rows = AuditEntry.objects.count()
    version = Result.objects.get().version
    # when
    report = sheet_import(data, by=None, name="bieu.xlsx")
    # then
    assert (report.ok, report.created, report.updated, report.unchanged) == (True, 0, 0, 1)
    assert AuditEntry.objects.count() == audit_rows
    assert Result.objects.get().version == version


def test_a_changed_value_updates_the_result_and_a_new_template_shows_it(world):
    # given
    first = fill(sheet_template(world.province, world.period), {
        ("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): 404,
    })
    sheet_import(first, by=None, name="bieu.xlsx")
    again = sheet_template(world.province, world.period)
    ws = load_workbook(io.BytesIO(again))["Bắc Sơn"]
    assert ws.cell(row=row_of(ws, "thu-ngan-sach"), column=L.COL_VALUE).value == 404
    # when
    report = sheet_import(fill(again, {("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): 410}), by=None)
    # then
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    assert Result.objects.get().value == Decimal(410)
    assert Result.objects.get().version == 2


def test_plan_column_is_imported_as_yearly_plan_only_when_left_editable(world):
    # given a template whose plan column is locked: a plan typed there is ignored
    locked = fill(sheet_template(world.province, world.period), {
        ("Bắc Sơn", "thu-ngan-sach", L.COL_PLAN): 367,
    })
    assert sheet_import(locked, by=None).targets_created == 0
    # when the template is made with the plan editable
    editable = sheet_template(world.province, world.period, plan_editable=True)
    ws = load_workbook(io.BytesIO(editable))["Bắc Sơn"]
    assert ws.cell(row=row_of(ws, "thu-ngan-sach"), column=L.COL_PLAN).protection.locked is False
    report = sheet_import(fill(editable, {("Bắc Sơn", "thu-ngan-sach", L.COL_PLAN): "367,5"}), by=None)
    # then
    assert (report.ok, report.targets_created) == (True, 1)
    target = Target.objects.get()
    assert (target.unit, target.value, target.source, str(target.period)) == (
        world.bac_son, Decimal("367.5"), Target.Source.YEARLY_PLAN, "Năm 2023",
    )
