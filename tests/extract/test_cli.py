"""``tiendo extract`` and ``tiendo eval`` as argparse pieces, and ``python -m tiendo.extract``."""

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tiendo.extract.cli import add_eval_parser, add_extract_parser, main

ARTICLE = (
    "Huyện ủy Bắc Sơn tổ chức hội nghị Ban Chấp hành lần thứ 17\n\n"
    "Ngày 15/9/2023, Huyện ủy Bắc Sơn tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17 "
    "(mở rộng) đánh giá nhiệm vụ 9 tháng đầu năm, nhiệm vụ 3 tháng cuối năm 2023.\n\nLÊ HOA\n"
)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tiendo")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_extract_parser(subparsers)
    add_eval_parser(subparsers)
    return parser.parse_args(argv)


def run(argv: list[str]) -> tuple[int, str, str]:
    args = parse(argv)
    out, err = io.StringIO(), io.StringIO()
    code = args.run(args, stdout=out, stderr=err) if args.command == "extract" else args.run(args)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bacson.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_one_file_prints_one_object(article: Path) -> None:
    code, out, err = run(["extract", str(article)])
    record = json.loads(out)
    assert (code, err) == (0, "")
    assert record["source"] == str(article)
    assert record["meeting"]["session"] == 17
    assert record["authors"] == ["LÊ HOA"]
    assert "Huyện ủy" in out  # ensure_ascii=False


def test_errors_are_reported_and_other_files_still_processed(article: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01")
    code, out, err = run(["extract", str(bad), str(article), str(tmp_path / "missing.txt")])
    assert code == 2
    assert [r["source"] for r in json.loads(out)] == [str(article)]
    assert err.splitlines() == [
        f"tiendo extract: {bad}: binary file, not text (contains NUL bytes)",
        f"tiendo extract: {tmp_path / 'missing.txt'}: no such file",
    ]


def test_several_files_print_an_array(article: Path) -> None:
    code, out, _ = run(["extract", "--format", "json", str(article), str(article)])
    assert code == 0
    assert len(json.loads(out)) == 2


def test_table_format(article: Path) -> None:
    code, out, _ = run(["extract", "--format", "table", str(article)])
    assert code == 0
    assert "meeting: hội nghị Ban Chấp hành | Huyện ủy Bắc Sơn | session 17" in out
    assert "authors: LÊ HOA" in out


def test_eval_on_a_directory(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = {
        "source": "bacson.txt",
        "title": None,
        "meeting": None,
        "figures": [],
        "documents": [],
        "people": [],
        "authors": ["LÊ HOA"],
        "tasks": [],
        "shortcomings": [],
    }
    (tmp_path / "bacson.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    code, _, _ = run(["eval", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "authors" in out and "1 file(s)" in out


def test_eval_refuses_a_missing_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(tmp_path / "none")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_python_dash_m_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tiendo.extract", "extract", "-"],
        input=ARTICLE.encode(),
        capture_output=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["source"] == "-"


def test_help_has_examples() -> None:
    parser = argparse.ArgumentParser(prog="tiendo")
    subparsers = parser.add_subparsers()
    assert "examples:" in add_extract_parser(subparsers).format_help()
    assert "example:" in add_eval_parser(subparsers).format_help()
