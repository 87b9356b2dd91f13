"""``tiendo sheet …`` over the library: every problem printed, exit status 2."""

from __future__ import annotations

import argparse

import pytest

from tests.reports.sheets_helpers import fill, make_world
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.cli import add_sheet_parser
from tiendo.results.models import Result


@pytest.fixture
def world(db):
    return make_world()


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tiendo")
    add_sheet_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_template_then_import(world, tmp_path, capsys):
    # given
    out = tmp_path / "bieu.xlsx"
    assert _run(["sheet", "template", "--unit", "20", "--period", "9 tháng 2023", "-o", str(out)]) == 0
    out.write_bytes(fill(out.read_bytes(), {("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): "404,5"}))
    # when
    status = _run(["sheet", "import", str(out), "--user", "nhaplieu"])
    # then
    assert status == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "bieu.xlsx: kết quả thêm mới 1, cập nhật 0, không đổi 0; "
        "kế hoạch thêm mới 0, cập nhật 0, không đổi 0."
    )
    assert Result.objects.get().created_by == world.user


def test_import_table_prints_every_problem_and_exits_2(world, tmp_path, capsys):
    # given
    table = tmp_path / "so-lieu.csv"
    table.write_text("Địa bàn,Tên,Kỳ,Số\nBắc Sơn,thu NSNN,2023-9M,\"4,04,1\"\nXYZ,thu NSNN,2023-9M,1\n")
    # when
    status = _run([
        "sheet", "import-table", str(table), "--map", "Tên=indicator", "--map", "Số=value",
    ])
    # then
    assert status == 2
    assert capsys.readouterr().err.splitlines() == [
        "so-lieu.csv: 2 lỗi, không nhập số liệu nào.",
        "so-lieu.csv!D2: “4,04,1” không phải là số (viết theo kiểu 5.738,9)",
        "so-lieu.csv!A3: Không có đơn vị mã hoặc tên “XYZ”",
    ]


def test_import_table_columns_shows_the_guessed_mapping(world, tmp_path, capsys):
    table = tmp_path / "so-lieu.csv"
    table.write_text("Đơn vị,Chỉ tiêu,Đơn vị tính,Kỳ,Giá trị\n")
    assert _run(["sheet", "import-table", str(table), "--columns", "--map", "Kỳ=note"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Đơn vị\tunit", "Chỉ tiêu\tindicator", "Đơn vị tính\t", "Kỳ\tnote", "Giá trị\tvalue",
    ]


def test_unknown_unit_for_template_exits_2(world, capsys):
    assert _run(["sheet", "template", "--unit", "Không Có", "--period", "2023-9M"]) == 2
    assert capsys.readouterr().err.strip() == "Không có đơn vị mã hoặc tên “Không Có”"


def test_every_command_has_help_with_an_example():
    parser = argparse.ArgumentParser(prog="tiendo")
    sub = parser.add_subparsers()
    sheet = add_sheet_parser(sub)
    actions = next(a for a in sheet._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in actions.choices.items():
        assert command.description.startswith("Ví dụ: tiendo sheet " + name), name
