"""``tiendo sheet …``: templates out, filled-in templates and plain tables in.

A thin layer over ``tiendo.reports.sheets``; the handlers assume Django is set up.
Every problem is printed, one a line, and the exit status is 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_REFUSED = 2


def add_sheet_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    sheet = subparsers.add_parser(
        "sheet",
        help="biểu nhập số liệu Excel: tải biểu mẫu, nhập biểu đã điền, nhập bảng tự do",
        description="Ví dụ: tiendo sheet template --unit 'Lạng Sơn' --period 2023-9M",
    )
    actions = sheet.add_subparsers(dest="sheet_command", metavar="ACTION", required=True)

    template = actions.add_parser(
        "template",
        help="tạo biểu nhập số liệu cho một đơn vị và các đơn vị trực thuộc",
        description="Ví dụ: tiendo sheet template --unit 20 --period 2023-9M -o bieu.xlsx",
    )
    template.add_argument("--unit", required=True, help="mã hoặc tên đơn vị")
    template.add_argument("--period", required=True, help="mã kỳ (2023-9M) hoặc tên (9 tháng 2023)")
    template.add_argument("-o", "--output", help="tệp ghi ra (mặc định bieu-<đơn vị>-<kỳ>.xlsx)")
    template.add_argument(
        "--plan-editable", action="store_true", help="cho nhập cột Kế hoạch (kế hoạch năm)"
    )
    template.set_defaults(handler=run_template)

    imp = actions.add_parser(
        "import",
        help="nhập biểu số liệu đã điền (cả tệp hoặc không gì cả)",
        description="Ví dụ: tiendo sheet import bieu.xlsx",
    )
    imp.add_argument("file", help="tệp .xlsx tạo bởi “tiendo sheet template”")
    imp.add_argument("--user", help="tên đăng nhập người nhập (ghi vào nhật ký)")
    imp.set_defaults(handler=run_import)

    table = actions.add_parser(
        "import-table",
        help="nhập bảng tự do (CSV hoặc XLSX), mỗi dòng một kết quả",
        description=(
            "Ví dụ: tiendo sheet import-table so-lieu.csv --map 'Địa phương=unit' --map 'Số=value'. "
            "Trường: unit, indicator, period, value, estimated, note; cột không ghi --map được "
            "đoán theo tiêu đề."
        ),
    )
    table.add_argument("file", help="tệp .csv (UTF-8) hoặc .xlsx; dòng đầu là tiêu đề")
    table.add_argument(
        "--map", action="append", default=[], metavar="COT=TRUONG",
        help="cột ứng với trường nào (lặp lại được)",
    )
    table.add_argument("--user", help="tên đăng nhập người nhập (ghi vào nhật ký)")
    table.add_argument(
        "--columns", action="store_true", help="chỉ in các cột và cách ghép đoán được, không nhập"
    )
    table.set_defaults(handler=run_import_table)
    return sheet


def run_template(args: argparse.Namespace) -> int:
    from tiendo.core.vn import fold
    from tiendo.reports.sheets.lookup import unit_find
    from tiendo.reports.sheets.template import sheet_template
    from tiendo.reports.sheets.values import CellValueError, parse_period
    from tiendo.results.periods import dates, period_get, period_label

    try:
        key = parse_period(args.period)
        start, end = dates(key)
        unit = unit_find(args.unit, start=start, end=end, period_text=period_label(key))
    except CellValueError as error:
        print(error.render(), file=sys.stderr)
        return EXIT_REFUSED
    period = period_get(key)
    output = Path(
        args.output or f"bieu-{'-'.join(fold(unit.short_name or unit.name).split())}-{key.code}.xlsx"
    )
    output.write_bytes(sheet_template(unit, period, plan_editable=args.plan_editable))
    print(output)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from tiendo.reports.sheets.importing import sheet_import

    by = _user(args.user)
    if by is False:
        return EXIT_REFUSED
    return _report(sheet_import(Path(args.file), by=by))


def run_import_table(args: argparse.Namespace) -> int:
    from tiendo.reports.sheets.importing import table_columns, table_import
    from tiendo.reports.sheets.values import guess_mapping

    path = Path(args.file)
    headers = table_columns(path)
    mapping = guess_mapping(headers)
    for item in args.map:
        column, _sep, target = item.rpartition("=")
        if not column:
            print(f"--map “{item}”: cần dạng COT=TRUONG", file=sys.stderr)
            return EXIT_REFUSED
        mapping = {h: f for h, f in mapping.items() if f != target and h != column}
        mapping[column] = target
    if args.columns:
        for header in headers:
            print(f"{header}\t{mapping.get(header, '')}")
        return 0
    by = _user(args.user)
    if by is False:
        return EXIT_REFUSED
    return _report(table_import(path, mapping, by=by))


def _report(report: object) -> int:
    from tiendo.reports.sheets.importing import ImportReport

    assert isinstance(report, ImportReport)
    if report.errors:
        print(report.render(), file=sys.stderr)
        return EXIT_REFUSED
    print(report.render())
    return 0


def _user(username: str | None) -> object:
    if not username:
        return None
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        print(f"Không có người dùng “{username}”", file=sys.stderr)
        return False
    return user
