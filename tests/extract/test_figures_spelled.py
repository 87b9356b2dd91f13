"""Sums of money written in words before a scale word, and striving named as a noun (not a
target) before results. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures

from tiendo.extract.numbers import find_numbers

B = 1_000_000_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Giải ngân vốn đầu tư công của thị xã là gần một nghìn tỷ đồng, đạt 41,2% kế hoạch.",
            [
                F(
                    "Giải ngân vốn đầu tư công của thị xã",
                    value=1000 * B,
                    unit="VND",
                    qualifier="almost",
                    pct_of_plan=41.2,
                )
            ],
        ),
        (
            "Tổng vốn huy động cho xây dựng nông thôn mới đạt hai nghìn tỷ đồng.",
            [F("Tổng vốn huy động cho xây dựng nông thôn mới", value=2000 * B, unit="VND")],
        ),
        (
            "Kim ngạch xuất khẩu của huyện đạt hơn ba triệu USD, tăng 4% so với cùng kỳ.",
            [
                F(
                    "Kim ngạch xuất khẩu của huyện",
                    value=3_000_000,
                    unit="USD",
                    qualifier="more_than",
                    yoy_pct=4.0,
                )
            ],
        ),
        (
            "Thu ngân sách xã ước đạt một trăm hai mươi lăm triệu đồng.",
            [F("Thu ngân sách xã", value=125_000_000, unit="VND", estimated=True)],
        ),
        (  # a rate and a convening are no sums of money
            "Hằng năm tỷ lệ hộ nghèo giảm 2%; Ban Thường vụ hai lần triệu tập hội nghị.",
            [F("tỷ lệ hộ nghèo", yoy_pct=-2.0)],
        ),
        (  # striving as a noun opens the sentence: the results after it count
            "Với nỗ lực phấn đấu của Đảng bộ và Nhân dân, trong 11/14 chỉ tiêu đã đánh giá, "
            "có 5 chỉ tiêu đã hoàn thành kế hoạch.",
            [
                F("chỉ tiêu đã đánh giá", part=11, whole=14),
                F("chỉ tiêu đã hoàn thành kế hoạch", value=5, unit="chỉ tiêu"),
            ],
        ),
        (  # striving as a verb still opens a target
            "Năm tới, thị xã phấn đấu thu ngân sách đạt 700 tỷ đồng.",
            [],
        ),
    ],
)
def test_spelled_sums_and_striving(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vốn đạt năm tỷ đồng", 5 * B),
        ("khoảng bảy trăm triệu đồng", 700_000_000),
        ("một tỷ đồng và 2 tỷ đồng", 1 * B),
    ],
)
def test_spelled_sum_is_a_number_token(text: str, value: float) -> None:
    tokens = find_numbers(text)
    assert tokens[0].value == value and tokens[0].currency == "VND"
    assert [t.span[0] for t in tokens] == sorted(t.span[0] for t in tokens)
