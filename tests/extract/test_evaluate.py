"""The scoring harness: facts, optional gold, fuzzy items, documents, meeting fields."""

import json
from pathlib import Path
from typing import Any

import pytest

from tiendo.extract.evaluate import (
    EvalReport,
    document_matches,
    evaluate,
    indicator_right,
    same_unit,
    score_document,
)
from tiendo.extract.text import overlap

TEXT = "thu ngân sách đạt hơn 404 tỷ đồng, tăng 22% so với cùng kỳ; có 16/25 chỉ tiêu đạt."


def figure(**facts: Any) -> dict[str, Any]:
    base = {
        "indicator": "thu ngân sách",
        "value": None,
        "unit": None,
        "pct_of_plan": None,
        "yoy_pct": None,
        "yoy_abs": None,
        "part": None,
        "whole": None,
        "span": [0, 60],
    }
    base.update(facts)
    return base


def record(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": None,
        "meeting": None,
        "figures": [],
        "documents": [],
        "people": [],
        "authors": [],
        "tasks": [],
        "shortcomings": [],
    }
    base.update(fields)
    return base


def score(gold: dict, pred: dict) -> EvalReport:
    report = EvalReport()
    score_document(report, "x.txt", TEXT, gold, pred)
    return report


def counts(report: EvalReport, category: str) -> tuple[int, int, int]:
    s = report.scores[category]
    return (s.tp, s.fp, s.fn)


def test_figures_are_scored_as_atomic_facts() -> None:
    gold = record(figures=[figure(value=404e9, unit="VND", yoy_pct=22.0)])
    pred = record(figures=[figure(value=404000000000.0000001, unit="VND", yoy_pct=2.2)])
    assert counts(score(gold, pred), "figures") == (1, 1, 1)


def test_a_value_needs_its_unit() -> None:
    gold = record(figures=[figure(value=404e9, unit="VND")])
    report = score(gold, record(figures=[figure(value=404e9, unit="USD")]))
    assert counts(report, "figures") == (0, 1, 1)
    assert (report.scores["units"].right, report.scores["units"].total) == (0, 1)


def test_each_gold_fact_is_matched_once() -> None:
    gold = record(figures=[figure(value=10, unit="nhiệm vụ")])
    pred = record(figures=[figure(value=10, unit="nhiệm vụ"), figure(value=10, unit="nhiệm vụ")])
    assert counts(score(gold, pred), "figures") == (1, 1, 0)


def test_optional_gold_is_neither_a_miss_nor_a_false_fact() -> None:
    gold = record(
        figures=[figure(value=2, optional=True), figure(value=10, unit="nhiệm vụ", optional=True)]
    )
    assert counts(score(gold, record(figures=[figure(value=2)])), "figures") == (0, 0, 0)
    assert counts(score(gold, record()), "figures") == (0, 0, 0)


def test_a_required_gold_fact_is_preferred_to_an_optional_one() -> None:
    gold = record(
        figures=[
            figure(value=10, unit="nhiệm vụ", optional=True),
            figure(value=10, unit="nhiệm vụ", span=[70, 80]),
        ]
    )
    pred = record(figures=[figure(value=10, unit="nhiệm vụ", span=[70, 80])])
    assert counts(score(gold, pred), "figures") == (1, 0, 0)


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        ("VND", "VND", True),
        ("%", "VND", False),
        ("doanh nghiệp", "DN doanh nghiệp", True),
        ("công trình", "dự án", False),
        (None, None, True),
        ("chỉ tiêu", None, False),
    ],
)
def test_units(gold: str | None, pred: str | None, right: bool) -> None:
    assert same_unit(gold, pred) is right


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        ("thu ngân sách nhà nước", "Kết quả thu ngân sách", True),
        ("tổng kim ngạch xuất nhập khẩu", "kim ngạch", False),
        ("Giá trị sản xuất CN-TTCN", "giá trị sản xuất cn-ttcn", True),
    ],
)
def test_indicator_needs_half_the_gold_syllables(gold: str, pred: str, right: bool) -> None:
    assert indicator_right(gold, pred) is right


@pytest.mark.parametrize(
    ("a", "b", "value"),
    [
        ("tập trung thu ngân sách", "tập trung thu ngân sách", 1.0),
        ("Uỷ viên Trung ương Đảng", "ủy viên trung ương đảng", 1.0),
        ("đẩy nhanh giải ngân", "đẩy nhanh giải ngân vốn đầu tư công", 0.5),
        ("", "x", 0.0),
    ],
)
def test_syllable_overlap(a: str, b: str, value: float) -> None:
    assert overlap(a, b) == value


@pytest.mark.parametrize(
    ("gold", "pred", "match"),
    [
        (
            {"number": "01-ĐA/TU", "date": "2021-05-31"},
            {"number": "01 – ĐA/TU", "date": "2021-05-31"},
            True,
        ),
        ({"number": "62-NQ/TU", "date": "2013-05-29"}, {"number": "62-NQ/TU", "date": None}, False),
        (
            {
                "number": None,
                "title": "Đề án xây dựng nếp sống văn hóa, văn minh đô thị",
                "date": None,
            },
            {"number": None, "title": "Đề án xây dựng nếp sống văn hóa", "date": None},
            True,
        ),
        (
            {"number": None, "title": "Nghị quyết Trung ương 4 (khóa XII)", "date": None},
            {"number": "4", "title": None, "date": None},
            False,
        ),
    ],
)
def test_document_matching(gold: dict, pred: dict, match: bool) -> None:
    assert document_matches(gold, pred) is match


def test_items_are_matched_greedily_one_to_one() -> None:
    gold = record(
        tasks=[
            {"text": "tập trung thu ngân sách nhà nước", "span": [0, 1]},
            {"text": "đẩy nhanh giải ngân vốn đầu tư công", "span": [0, 1]},
        ]
    )
    pred = record(
        tasks=[
            {"text": "tập trung thu ngân sách", "span": [0, 1]},
            {"text": "tập trung thu ngân sách nhà nước", "span": [0, 1]},
            {"text": "giải ngân vốn đầu tư công", "span": [0, 1]},
        ]
    )
    assert counts(score(gold, pred), "tasks") == (2, 1, 0)


def test_meeting_fields_one_by_one() -> None:
    gold = record(
        meeting={
            "organizer": "Thành ủy Lạng Sơn",
            "kind": "hội nghị",
            "session": 10,
            "extended": True,
            "term": None,
            "tenure": None,
            "date": "2022-09-30",
            "chair": {"name": "Nguyễn Công Trưởng", "title": "Bí thư Thành ủy"},
            "review": {"months": 9, "year": 2022},
            "plan": None,
        }
    )
    pred = record(
        meeting={
            "organizer": "Thành uỷ Lạng Sơn",
            "kind": "hội nghị",
            "session": 11,
            "extended": True,
            "term": None,
            "tenure": None,
            "date": "2022-09-30",
            "chair": {"name": "Nguyễn Công Trưởng", "title": "Bí thư Thành ủy"},
            "review": {"months": 9, "year": 2022},
            "plan": {"months": 3},
        }
    )
    report = score(gold, pred)
    meeting = report.scores["meeting"]
    assert (meeting.right, meeting.total) == (8, 10)
    assert counts(report, "meeting") == (6, 2, 1)


def test_people_and_authors_by_name() -> None:
    gold = record(
        people=[{"name": "Trần Sỹ Thanh", "titles": ["Bí thư Tỉnh ủy"], "span": [0, 1]}],
        authors=["MAI CHI", "PHƯƠNG VY"],
    )
    pred = record(
        people=[{"name": "Trần Sỹ Thanh", "titles": ["Bí thư Tỉnh uỷ", "Uỷ viên"], "span": [0, 1]}],
        authors=["MAI CHI"],
    )
    report = score(gold, pred)
    assert counts(report, "people") == (1, 0, 0)
    assert counts(report, "titles") == (1, 1, 0)
    assert counts(report, "authors") == (1, 0, 1)


def test_evaluate_runs_an_extractor_over_a_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(
        json.dumps(record(figures=[figure(value=404e9, unit="VND")], title="x")), encoding="utf-8"
    )
    (tmp_path / "no-gold.txt").write_text("x", encoding="utf-8")

    def extractor(path: Path) -> dict:
        return record(figures=[figure(value=404e9, unit="VND")], title="x")

    report = evaluate([tmp_path], extractor)
    assert report.files == ["a.txt"]
    assert counts(report, "figures") == (1, 0, 0)
    assert report.scores["title"].accuracy == 1.0
    assert "figures" in report.table(verbose=True)
