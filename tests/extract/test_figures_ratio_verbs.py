"""A ratio after its verb names what the part did ("đạt và vượt 15/20 chỉ tiêu" → "chỉ tiêu
đạt và vượt"), a mass organisation that reports the count is its subject, not its indicator,
and the baseline after "so với" is no part of the counted noun (held-out set 18). Sentences
written for these tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (
        "Hội Nông dân xã thực hiện đạt và vượt 15/20 chỉ tiêu, nổi bật là quỹ hỗ trợ nông dân.",
        [F("chỉ tiêu đạt và vượt", part=15.0, whole=20.0)],
    ),
    (
        "Đến nay, Hội LHPN xã đã đạt và vượt 7/10 chỉ tiêu so với cả nhiệm kỳ.",
        [F("chỉ tiêu đạt và vượt", part=7.0, whole=10.0)],
    ),
    (  # the verb after the noun stays where it is
        "Huyện có 15/20 chỉ tiêu đạt kế hoạch.",
        [F("chỉ tiêu đạt kế hoạch", part=15.0, whole=20.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ratio_verbs(text: str, expected: list) -> None:
    assert_figures(text, expected)
