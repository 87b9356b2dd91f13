"""Shapes from held-out sets 215 and after (session 19): figures, meetings, documents and the
tasks and shortcomings of a meeting's report. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quoted name right before the verb is part of the indicator, not its boundary
            "Tỷ lệ “Xã văn hóa” đạt 92%, “Khu dân cư văn hóa” đạt 87,5%.",
            [
                F("Tỷ lệ “Xã văn hóa”", value=92.0, unit="%"),
                F("Khu dân cư văn hóa", value=87.5, unit="%"),
            ],
        ),
        (  # in a list a plan introduces, a level reached is the level, not a share of plan
            "Xã hoàn thành các chỉ tiêu nghị quyết đề ra: thu nhập bình quân đạt 62 triệu "
            "đồng/người; hộ nghèo giảm còn 2,1%, hộ cận nghèo còn 4,35%.",
            [
                F("thu nhập", value=62e6),
                F("hộ nghèo", value=2.1, unit="%", pct_of_plan=None),
                F("hộ cận nghèo", value=4.35, unit="%", pct_of_plan=None),
            ],
        ),
    ],
)
def test_round28_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)
