"""The ``tiendo`` command: a thin layer over the library and Django's management commands.

Commands that need the database set Django up first; ``extract`` and ``eval`` do not.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tiendo import __version__

Handler = Callable[[argparse.Namespace], int]


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tiendo.settings")
    import django

    django.setup()


def _manage(argv: Sequence[str]) -> int:
    _django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tiendo", *argv])
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    return _manage(args.rest)


def cmd_migrate(args: argparse.Namespace) -> int:
    return _manage(["migrate", *args.rest])


def cmd_serve(args: argparse.Namespace) -> int:
    _django()
    from tiendo.serving import serve

    return serve(host=args.host, port=args.port, workers=args.workers, migrate=not args.no_migrate,
                 task_worker=not args.no_task_worker)


def cmd_demo(args: argparse.Namespace) -> int:
    _django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from tiendo.demo.loader import demo_load

    summary = demo_load(corpus_dir=args.corpus)
    print(summary.render())
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    _django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from tiendo.units.loader import units_load

    counts = units_load(provinces=args.province or None)
    for label, count in counts.items():
        print(f"{label}: {count}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read each file into a review, with a status line per file; a bad file is reported and
    the others still read. Exit status 1 when any file could not be read, 2 on bad options."""
    _django()
    from django.core.exceptions import ValidationError

    from tiendo.ingest.report import ingest_line, ingest_paths
    from tiendo.reports.review.cli import unit_find
    from tiendo.results.periods import period_get

    try:
        unit = unit_find(args.unit) if args.unit else None
        period = period_get(args.period) if args.period else None
    except LookupError as error:
        print(str(error), file=sys.stderr)
        return 2
    except ValidationError as error:
        print("; ".join(error.messages), file=sys.stderr)
        return 2
    failed = 0
    total = len(args.files)
    for number, outcome in enumerate(
        ingest_paths(args.files, unit=unit, period=period, status=_status_line), start=1
    ):
        line = ingest_line(outcome)
        if outcome.error:
            failed += 1
            print(f"\r[{number}/{total}] {line}", file=sys.stderr, flush=True)
        else:
            print(f"\r[{number}/{total}] {line}", flush=True)
    return 1 if failed else 0


def _status_line(name: str, percent: int) -> None:
    if sys.stdout.isatty():
        print(f"\r{name}: {percent}%", end="", flush=True)


def cmd_backup(args: argparse.Namespace) -> int:
    _django()
    from tiendo.core.backup import BackupError, database_backup

    try:
        path = database_backup(args.file)
    except BackupError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Đã sao lưu CSDL vào {path} ({path.stat().st_size:,} byte).".replace(",", "."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _django()
    from tiendo.core.backup import BackupError, database_restore

    if not args.yes:
        answer = input(f"Phục hồi sẽ thay toàn bộ CSDL hiện tại bằng {args.file}. Gõ “co” để tiếp tục: ")
        if answer.strip().lower() not in {"co", "có"}:
            print("Đã hủy, CSDL không đổi.", file=sys.stderr)
            return 1
    try:
        database_restore(args.file)
    except BackupError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Đã phục hồi CSDL từ {args.file}.")
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    _django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from tiendo.demo.synth import Scale, synth_load

    summary = synth_load(Scale.named(args.scale, years=args.years), seed=args.seed, progress=print,
                         sessions=not args.plain)
    print(summary.render())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tiendo",
        description="Theo dõi chỉ tiêu và nhiệm vụ trọng tâm của cấp ủy, chính quyền địa phương.",
    )
    parser.add_argument("--version", action="version", version=f"tiendo {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser(
        "serve", help="chạy ứng dụng web (gunicorn)", description="Ví dụ: tiendo serve --port 8000"
    )
    serve.add_argument("--host", default=os.environ.get("TIENDO_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("TIENDO_PORT", "8000")))
    serve.add_argument("--workers", type=int, default=int(os.environ.get("TIENDO_WORKERS", "2")))
    serve.add_argument("--no-migrate", action="store_true", help="không tự cập nhật cơ sở dữ liệu")
    serve.add_argument("--no-task-worker", action="store_true",
                       help="không chạy kèm tiến trình xử lý việc nền (khi đã chạy riêng tiendo manage db_worker)")
    serve.set_defaults(handler=cmd_serve)

    demo = sub.add_parser(
        "demo",
        help="nạp dữ liệu mẫu (chạy lại nhiều lần không trùng lặp)",
        description="Ví dụ: tiendo demo",
    )
    demo.add_argument("--corpus", default=None, help="thư mục corpus/dev (mặc định ../shared/corpus/dev)")
    demo.set_defaults(handler=cmd_demo)

    synth = sub.add_parser(
        "synth",
        help="sinh dữ liệu mẫu quy mô lớn để đo tốc độ (đánh dấu là dữ liệu mẫu)",
        description="Ví dụ: tiendo synth --scale province --years 3 --seed 2025",
    )
    synth.add_argument("--scale", choices=("office", "province", "nation"), default="office",
                       help="một văn phòng, một tỉnh (99 xã) hay cả nước")
    synth.add_argument("--years", type=int, default=None, help="số năm, kết thúc năm 2026")
    synth.add_argument("--seed", type=int, default=2025, help="cùng seed cho cùng số liệu")
    synth.add_argument("--plain", action="store_true",
                       help="ghi từng lô, không tạm gỡ chỉ mục (bảng kết quả vẫn đọc được khi đang nạp)")
    synth.set_defaults(handler=cmd_synth)

    units = sub.add_parser("units", help="danh mục đơn vị hành chính", description="Ví dụ: tiendo units load")
    units_sub = units.add_subparsers(dest="units_command", metavar="ACTION", required=True)
    load = units_sub.add_parser(
        "load",
        help="nạp danh mục tỉnh, xã sau 2025 và tỉnh, huyện, xã trước 2025 cùng quan hệ kế thừa",
        description="Ví dụ: tiendo units load --province 20",
    )
    load.add_argument("--province", action="append", help="chỉ nạp tỉnh có mã này (lặp lại được)")
    load.set_defaults(handler=cmd_units)

    ingest = sub.add_parser(
        "ingest",
        help="đọc báo cáo, bài báo (txt, html, docx, pdf) thành bản duyệt trên trang Nhập văn bản",
        description="Ví dụ: tiendo ingest bai-bao.txt --unit \"Thành phố Lạng Sơn\" --period 2022-9M",
    )
    ingest.add_argument("files", nargs="+", metavar="FILE", help="tệp cần đọc")
    ingest.add_argument("--unit", help="mã hoặc tên đơn vị, khi văn bản không nêu rõ")
    ingest.add_argument("--period", help="kỳ đánh giá, ví dụ 2022-9M, khi văn bản không nêu rõ")
    ingest.set_defaults(handler=cmd_ingest)

    migrate = sub.add_parser("migrate", help="cập nhật cấu trúc cơ sở dữ liệu", description="Ví dụ: tiendo migrate")
    migrate.add_argument("rest", nargs=argparse.REMAINDER)
    migrate.set_defaults(handler=cmd_migrate)

    manage = sub.add_parser(
        "manage", help="chạy một lệnh quản trị của Django", description="Ví dụ: tiendo manage createsuperuser"
    )
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=cmd_manage)

    backup = sub.add_parser(
        "backup", help="sao lưu toàn bộ CSDL vào một tệp (SQLite: sao lưu trực tuyến; PostgreSQL: pg_dump)",
        description="Ví dụ: tiendo backup sao-luu/tiendo-2025-09-30.sqlite3",
    )
    backup.add_argument("file", type=Path, help="tệp sao lưu (ghi đè nếu đã có)")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore", help="thay toàn bộ CSDL bằng một bản sao lưu",
        description="Ví dụ: tiendo restore sao-luu/tiendo-2025-09-30.sqlite3",
    )
    restore.add_argument("file", type=Path, help="tệp do tiendo backup tạo")
    restore.add_argument("--yes", action="store_true", help="không hỏi lại")
    restore.set_defaults(handler=cmd_restore)

    _mount_extraction(sub)
    _mount_reports(sub)
    return parser


def _mount_extraction(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from tiendo.extract import cli as extract_cli

    extract_cli.add_extract_parser(sub).set_defaults(handler=extract_cli.run_extract)
    extract_cli.add_eval_parser(sub).set_defaults(handler=extract_cli.run_eval)


def _mount_reports(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from tiendo.reports.review.cli import add_report_parser
    from tiendo.reports.sheets.cli import add_sheet_parser

    add_report_parser(sub).set_defaults(needs_django=True)
    add_sheet_parser(sub).set_defaults(needs_django=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    if getattr(args, "needs_django", False):
        _django()
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
