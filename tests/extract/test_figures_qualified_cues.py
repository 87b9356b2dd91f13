"""A plan's excess said with a qualifier after "vượt", and a bare scaled amount that repeats
the scale of a foreign-currency amount before it (held-out sets 11 and 12). Sentences written
for these tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (  # "vượt trên X%" exceeds the plan by X%
        "Doanh thu bán lẻ đạt 4.720 tỷ đồng, vượt trên 10% kế hoạch.",
        [F("Doanh thu bán lẻ", value=4720e9, pct_of_plan=110.0, plan="kế hoạch")],
    ),
    (
        "Thu ngân sách đạt 96 tỷ đồng, vượt trên 100% dự toán.",
        [F("Thu ngân sách", value=96e9, pct_of_plan=200.0, plan="dự toán")],
    ),
    (  # before an amount it stays a qualifier
        "Thu ngân sách vượt trên 300 tỷ đồng.",
        [F("Thu ngân sách", value=300e9, qualifier="more_than", pct_of_plan=None)],
    ),
    (  # the same scale as the dollars before it: dollars
        "Kim ngạch xuất khẩu ước đạt 720 triệu USD, tăng 4,1%; kim ngạch nhập khẩu ước đạt "
        "150 triệu, tăng 2,2%.",
        [
            F("Kim ngạch xuất khẩu", value=720e6, unit="USD", yoy_pct=4.1),
            F("kim ngạch nhập khẩu", value=150e6, unit="USD", yoy_pct=2.2),
        ],
    ),
    (  # another scale: dong
        "Xuất khẩu đạt 100 triệu USD, thu ngân sách đạt 50 tỷ, tăng 3%.",
        [
            F("Xuất khẩu", value=100e6, unit="USD"),
            F("thu ngân sách", value=50e9, unit="VND", yoy_pct=3.0),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_qualified_cues_and_bare_scales(text: str, expected: list) -> None:
    assert_figures(text, expected)
