"""The ``tiendo extract`` and ``tiendo eval`` commands, as argparse pieces the main
``tiendo`` command mounts (``python -m tiendo.extract`` mounts them too).

``tiendo extract FILE...`` prints the contract's JSON: one object, or an array when given
several files. A file that cannot be read prints ``tiendo extract: FILE: reason`` on
stderr; the other files are still processed and the exit status is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from tiendo.extract import evaluate
from tiendo.extract.describe import describe_figure
from tiendo.extract.engine import extract_file, extract_text
from tiendo.extract.readers import ReadError, read_bytes
from tiendo.extract.record import Record

EXTRACT_EXAMPLE = """examples:
  tiendo extract ../shared/corpus/dev/langson-city-2022-9m.txt
  tiendo extract --format table bao-cao.docx trang.html
  curl -s https://… | tiendo extract -"""


def add_extract_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "extract",
        help="đọc báo cáo, bài viết thành bản ghi số liệu (JSON)",
        description="Đọc báo cáo (txt, html, docx, pdf) thành bản ghi có cấu trúc. Ví dụ: tiendo extract --format table bai-bao.txt",
        epilog=EXTRACT_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="tệp đầu vào, hoặc - để đọc từ đầu vào chuẩn")
    parser.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json: bản ghi theo hợp đồng (mặc định); table: bảng tóm tắt dễ đọc",
    )
    parser.set_defaults(run=run_extract)
    return parser


def run_extract(
    args: argparse.Namespace, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    records: list[Record] = []
    status = 0
    for name in args.files:
        try:
            records.append(_extract_one(name))
        except ReadError as exc:
            print(f"tiendo extract: {exc}", file=err)
            status = 2
    if args.format == "table":
        for record in records:
            out.write(format_table(record))
    elif records:
        payload: Any = (
            records[0].to_json() if len(args.files) == 1 else [r.to_json() for r in records]
        )
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return status


def _extract_one(name: str) -> Record:
    if name == "-":
        return extract_text(read_bytes(sys.stdin.buffer.read(), "-"), source="-")
    return extract_file(name)


def format_table(record: Record) -> str:
    """A readable summary: the meeting, then people, documents, figures and items."""
    rows = [f"== {record.source}", f"title: {record.title or '-'}"]
    if record.meeting:
        m = record.meeting
        chair = f"{m.chair.name} ({m.chair.title})" if m.chair else "-"
        rows.append(
            f"meeting: {m.kind or '-'} | {m.organizer or '-'} | session {m.session or '-'} | "
            f"date {m.date or '-'} | chair {chair}"
        )
    rows.append(f"authors: {', '.join(record.authors) or '-'}")
    rows.append("people:")
    width = max((len(p.name) for p in record.people), default=0)
    rows.extend(f"  {p.name:<{width}}  {'; '.join(p.titles)}" for p in record.people)
    rows.append("documents:")
    rows.extend(
        f"  {d.kind}: {d.number or d.title}"
        + (f" ({d.date})" if d.date else "")
        + (f", {d.issuer}" if d.issuer else "")
        for d in record.documents
    )
    rows.append("figures:")
    rows.extend(f"  {f.indicator}: {describe_figure(f)}" for f in record.figures)
    rows.append(f"tasks: {len(record.tasks)}")
    rows.extend(f"  - {t.text}" for t in record.tasks)
    rows.append(f"shortcomings: {len(record.shortcomings)}")
    rows.extend(f"  - {s.text}" for s in record.shortcomings)
    return "\n".join(rows) + "\n\n"


def add_eval_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "eval",
        help="chấm bộ trích xuất với các tệp đáp án .gold.json",
        description="Chấm mọi tệp NAME.txt có NAME.gold.json bên cạnh. Ví dụ: tiendo eval ../shared/corpus/dev -v",
        epilog="example:\n  tiendo eval ../shared/corpus/dev -v",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.build_parser(parser)
    parser.set_defaults(run=run_eval)
    return parser


def run_eval(args: argparse.Namespace) -> int:
    return evaluate.run(args)


def main(argv: list[str] | None = None) -> int:
    """``python -m tiendo.extract extract|eval …``."""
    parser = argparse.ArgumentParser(prog="python -m tiendo.extract")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_extract_parser(subparsers)
    add_eval_parser(subparsers)
    args = parser.parse_args(argv)
    return args.run(args)
