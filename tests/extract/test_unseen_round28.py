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
    ],
)
def test_round28_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)
