"""A full score after a count (``12 xã đạt 19/19 tiêu chí``) is the standard the counted
units reached, part of the count's indicator, not a ratio of its own. Sentences written for
these tests."""

import pytest
from figure_check import F, assert_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toàn huyện có 21/30 xã đạt 19/19 tiêu chí, trong đó 17 xã được công nhận.",
            [
                F("xã đạt 19/19 tiêu chí", unit="xã", part=21, whole=30),
                F("xã được công nhận", value=17, unit="xã"),
            ],
        ),
        (
            "Có 04 xã đạt và giữ vững 19/19 tiêu chí nông thôn mới.",
            [F("xã đạt và giữ vững 19/19 tiêu chí nông thôn mới", value=4, unit="xã")],
        ),
        (
            "Toàn tỉnh có 9 xã đạt 15/15 tiêu chí nông thôn mới nâng cao.",
            [F("xã đạt 15/15 tiêu chí nông thôn mới nâng cao", value=9, unit="xã")],
        ),
        (  # a score short of full is a ratio of its own
            "Xã Phú Hòa đạt 14/19 tiêu chí.",
            [F("tiêu chí", unit="tiêu chí", part=14, whole=19)],
        ),
        (  # a full score with no count before it is a ratio too
            "Huyện có 12/12 xã đạt chuẩn nông thôn mới.",
            [F("xã đạt chuẩn nông thôn mới", unit="xã", part=12, whole=12)],
        ),
        (  # after a clause boundary the full score is another result
            "Có 6 trường đạt chuẩn quốc gia; 8/8 xã đạt chuẩn phổ cập giáo dục.",
            [
                F("trường đạt chuẩn quốc gia", value=6, unit="trường"),
                F("xã đạt chuẩn phổ cập giáo dục", unit="xã", part=8, whole=8),
            ],
        ),
    ],
)
def test_full_score_after_a_count(text: str, expected: list) -> None:
    assert_figures(text, expected)
