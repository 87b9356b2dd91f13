"""A plan's excess said with a qualifier after "vượt", and a bare scaled amount that repeats
the scale of a foreign-currency amount before it, a change restated as an amount and a share of
the subject before "chiếm" (held-out sets 11 to 13). Sentences written for these tests."""

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


CHANGE_AS_AMOUNT = [
    (  # after the change in percent, the same change as an amount
        "Số người tham gia BHXH là 85.072 người, giảm 3,44% - tương đương 3.030 người so với "
        "năm 2026.",
        [F("Số người tham gia BHXH", value=85072, yoy_pct=-3.44, yoy_abs=-3030)],
    ),
    (
        "Thu ngân sách đạt 500 tỷ đồng, tăng 12% (tương ứng 54 tỷ đồng).",
        [F("Thu ngân sách", value=500e9, yoy_pct=12.0, yoy_abs=54e9)],
    ),
    (
        "Lao động tham gia BHTN là 76.308 người, giảm 3,21% với 2.538 người so với cùng kỳ.",
        [F("người lao động tham gia BHTN", value=76308, yoy_pct=-3.21, yoy_abs=-2538)],
    ),
    (  # "với" after a comma is no restatement of the change
        "Đàn trâu tăng 3%, với 1.200 con.",
        [F("Đàn trâu", yoy_pct=3.0, yoy_abs=None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGE_AS_AMOUNT)
def test_a_change_restated_as_an_amount(text: str, expected: list) -> None:
    assert_figures(text, expected)


SHARES_OF_A_SUBJECT = [
    (  # a bare share after "chiếm" belongs to the subject before the verb
        "Cơ cấu kinh tế chuyển dịch đúng hướng, dịch vụ chiếm tỷ trọng 61,2% trong GRDP, công "
        "nghiệp và xây dựng chiếm tỷ trọng 37,1%.",
        [
            F("tỷ trọng dịch vụ", value=61.2, unit="%"),
            F("tỷ trọng công nghiệp và xây dựng", value=37.1, unit="%"),
        ],
    ),
    (  # a share that names its owner keeps it
        "Tỷ trọng công nghiệp đạt 40%.",
        [F("Tỷ trọng công nghiệp", value=40.0, unit="%")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_OF_A_SUBJECT)
def test_share_of_the_subject(text: str, expected: list) -> None:
    assert_figures(text, expected)
