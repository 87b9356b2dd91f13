"""The dev articles (read from ../shared/corpus/dev): the whole engine against the gold."""

import json
from pathlib import Path

import pytest

from tiendo.extract.engine import extract_file
from tiendo.extract.evaluate import evaluate
from tiendo.extract.text import nfc

BARS = {"documents": 0.9, "people": 0.9, "tasks": 0.75, "shortcomings": 0.75, "figures": 0.9}


def test_dev_scores_meet_the_bars(dev_corpus: Path) -> None:
    report = evaluate([dev_corpus])
    assert len(report.files) >= 5
    for category, bar in BARS.items():
        assert report.scores[category].f1 >= bar, category
    assert report.scores["meeting"].accuracy >= 0.9


def test_every_span_indexes_the_nfc_text(dev_corpus: Path) -> None:
    for path in sorted(dev_corpus.glob("*.txt")):
        text = nfc(path.read_text(encoding="utf-8"))
        record = extract_file(path).to_json()
        for key in ("documents", "people", "tasks", "shortcomings", "figures"):
            for item in record[key]:
                start, end = item["span"]
                assert 0 <= start < end <= len(text)
                if key in ("tasks", "shortcomings"):
                    assert text[start:end] == item["text"]


def test_output_is_exactly_the_contract(dev_corpus: Path) -> None:
    path = sorted(dev_corpus.glob("*.txt"))[0]
    out = extract_file(path).to_json()
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    assert list(out) == list(gold)
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01",
        "," * 5000,
        "Nguyễn " * 3000,
        "đồng chí " * 2000,
        "\ud7ff\U0001f600 ☃" * 100,
        "1." * 5000,
        "(" * 3000 + "khóa XII" + ")" * 3000,
        # an excerpt that stops on the comma after a count
        "Hội nghị\n\nĐã tiếp nhận, xử lý 31 đơn,",
        # clauses with no word before their comma: a speech verb was looked for before the
        # first word, at a negative index
        ";,;,á,; …",
        " .,\nệiĐ.",
    ],
)
def test_never_raises_on_arbitrary_text(text: str) -> None:
    from tiendo.extract.engine import extract_text

    assert extract_text(text).source == "-"


def test_never_raises_on_an_article_cut_short(dev_corpus: Path) -> None:
    """Excerpts stop anywhere, often right after a mark ("xử lý 31 đơn,"): every dev article
    cut after each of its commas, semicolons, colons and opening brackets still reads."""
    from tiendo.extract.engine import extract_text

    for path in sorted(dev_corpus.glob("*.txt")):
        text = nfc(path.read_text(encoding="utf-8"))
        cuts = {i + 1 for i, ch in enumerate(text) if ch in ",;:("}
        for cut in sorted(cuts):
            extract_text(text[:cut])
