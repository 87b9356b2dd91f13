"""Shapes from held-out sets 163–166: a yearly average reached in percent, a level after
"tăng từ … lên mức …", a share opening its item after a share of plan, striving said to be
past with a comma. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an amount's yearly average "đạt X%" is its growth rate, no share of a plan
            "Thu ngân sách trên địa bàn bình quân hằng năm đạt 12,4%. Doanh thu dịch vụ tăng "
            "bình quân ước đạt 9,6%.",
            [
                F("Thu ngân sách trên địa bàn bình quân hằng năm", value=12.4, unit="%"),
                F("Doanh thu dịch vụ tăng", value=9.6, unit="%", pct_of_plan=None),
            ],
        ),
        (  # ... while a bare "đạt X%" after an amount is still its share of plan
            "Thu ngân sách đạt 58%. Thu nhập bình quân đầu người năm 2026 đạt 61 triệu đồng.",
            [
                F("Thu ngân sách", value=None, pct_of_plan=58.0),
                F("Thu nhập bình quân đầu người", value=61e6),
            ],
        ),
        (  # a period of years after "hằng năm" is trimmed whole, the average keeps its "năm"
            "Giá trị sản xuất trung bình hằng năm giai đoạn 2021-2025 đạt 8,2%.",
            [F("Giá trị sản xuất trung bình hằng năm", value=8.2, unit="%")],
        ),
        (  # the level reached after "từ X" in the same unit, "mức" or not
            "Thu nhập bình quân đầu người tăng từ 39,5 triệu đồng lên mức 52,8 triệu đồng. Số "
            "hộ khá tăng từ 210 hộ lên 385 hộ.",
            [
                F("Thu nhập bình quân đầu người", value=52.8e6, unit="VND"),
                F("Số hộ khá", value=385.0, unit="hộ"),
            ],
        ),
        (  # a percentage opening its item after a share of plan names the noun after it,
            # and so does one after "có"
            "Thu ngân sách đạt 2.150 tỷ đồng, bằng 112% chỉ tiêu nghị quyết; 100% chi bộ hoàn "
            "thành tốt nhiệm vụ, có 25% chi bộ hoàn thành xuất sắc nhiệm vụ.",
            [
                F("Thu ngân sách", value=2150e9, pct_of_plan=112.0),
                F("chi bộ hoàn thành tốt nhiệm vụ", value=100.0, unit="%", pct_of_plan=None),
                F("chi bộ hoàn thành xuất sắc nhiệm vụ", value=25.0, unit="%"),
            ],
        ),
        (  # ... but a bare one after a label goes on with the plan
            "Thu ngân sách huyện đạt 45% kế hoạch; thu ngân sách xã 52%.",
            [
                F("Thu ngân sách huyện", pct_of_plan=45.0),
                F("thu ngân sách xã", pct_of_plan=52.0),
            ],
        ),
        (  # striving said to be past, with a comma, opens no target
            "Năm 2026, toàn ngành đã nỗ lực, phấn đấu thực hiện các mục tiêu đề ra; đã giải "
            "quyết việc làm cho 9.300 người, đạt 103% kế hoạch.",
            [F("người đã giải quyết việc làm", value=9300.0, pct_of_plan=103.0)],
        ),
        (  # ... while striving ahead still does
            "Năm 2027, toàn ngành nỗ lực, phấn đấu giải quyết việc làm cho 9.500 người.",
            [],
        ),
    ],
)
def test_round15_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)
