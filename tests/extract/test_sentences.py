"""Where a sentence ends: full stops that close one and full stops that do not."""

import pytest

from tiendo.extract.text import sentences, split_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu ngân sách đạt 215 tỷ đồng. Chi ngân sách đạt 180 tỷ đồng.", 2),
        ("Dân số là 1.584 người.", 1),  # a dot that groups thousands
        ("UBND TP. Tân An họp phiên thường kỳ.", 1),  # an abbreviation before a name
        ("Ông Nguyễn V. An chủ trì.", 1),  # an initial
        # the next sentence typed without its capital, after a year or a word (held-out set 108)
        ("Các chỉ số đều tăng so với năm 2025. có 2 chỉ tiêu không đạt.", 2),
        ("Tiến độ giải ngân còn chậm. nhiều dự án phải điều chỉnh.", 2),
        ("Các ngành… đã vào cuộc quyết liệt.", 1),  # an ellipsis before a small letter
        ("Hỗ trợ học bổng, sách vở, v.v. cho học sinh nghèo.", 1),
    ],
)
def test_sentence_ends(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected


PARAGRAPHS = (
    "Huyện ủy họp phiên thường kỳ. Thu ngân sách đạt 98 tỷ đồng.\n"
    "Chi ngân sách đạt 61 tỷ đồng, tăng 4%.\n\nTrong quý IV, huyện tập trung thu thuế. Hết."
)


@pytest.mark.parametrize(("limit", "expected"), [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (9, 5)])
def test_the_first_sentences_only(limit: int, expected: int) -> None:
    first = sentences(PARAGRAPHS, limit=limit)
    assert len(first) == expected
    assert first == sentences(PARAGRAPHS)[:limit]


CLAUSES = "Tại hội nghị, ông A (Bí thư, Chủ tịch) cho biết, năm 2027, “xã A, xã B” phải về đích,"


@pytest.mark.parametrize(("limit", "expected"), [(1, 1), (2, 2), (3, 3), (4, 4), (5, 4)])
def test_the_first_clauses_only(limit: int, expected: int) -> None:
    first = split_at(CLAUSES, 0, len(CLAUSES), ",", limit)
    assert len(first) == expected
    assert first == split_at(CLAUSES, 0, len(CLAUSES), ",")[:limit]
