"""A count that opens its sentence as the whole ("Trong 19 chỉ tiêu, có 6 chỉ tiêu …") is the
whole of the counts of the same thing after it; a count after a slash that counts another thing
("36 hộ/9 xã") says where the count before it lies. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (  # the whole opens the sentence, the parts follow
        "Trong 19 chỉ tiêu chủ yếu, có 6 chỉ tiêu đạt và vượt kế hoạch, 11 chỉ tiêu đạt trên 90%.",
        [
            F("chỉ tiêu đạt và vượt kế hoạch", value=None, part=6.0, whole=19.0),
            F("chỉ tiêu đạt trên 90%", value=None, part=11.0, whole=19.0),
        ],
    ),
    (
        "Trong tổng số 24 dự án, 15 dự án đã hoàn thành, đưa vào sử dụng.",
        [F("dự án đã hoàn thành", value=None, part=15.0, whole=24.0)],
    ),
    (
        "Trong số 42 xã, phường, có 30 xã, phường đạt chuẩn tiếp cận pháp luật.",
        [F("xã, phường đạt chuẩn tiếp cận pháp luật", value=None, part=30.0, whole=42.0)],
    ),
    (  # another thing counted after the whole keeps its own value
        "Trong 12 dự án, có 480 hộ dân bị ảnh hưởng.",
        [F("dự án", value=12.0), F("hộ dân bị ảnh hưởng", value=480.0)],
    ),
    (  # a whole that closes its clause with no comma is no opener
        "Huyện có 35 xã đạt chuẩn nông thôn mới trong tổng số 40 xã.",
        [F("xã đạt chuẩn nông thôn mới", part=35.0, whole=40.0)],
    ),
    (  # the count after the slash says where, not a figure of its own
        "Hỗ trợ xây mới nhà ở cho 36 hộ/9 xã, kinh phí 1,8 tỷ đồng.",
        [F("hộ hỗ trợ xây mới nhà ở", value=36.0, unit="hộ"), F("kinh phí", value=1.8e9)],
    ),
    (  # the percentage beside a ratio is its value, over 100 too (the contract's convention)
        "Tổng đàn trâu, bò có 11.814 con/11.780 con, đạt 100,3%.",
        [F("Tổng đàn trâu, bò", value=100.3, unit="%", part=11814.0, whole=11780.0)],
    ),
    (  # sums of money of one scale around a slash
        "Thu ngân sách đạt 61,7 tỷ/68,6 tỷ đồng, đạt 89,7% kế hoạch.",
        [F("Thu ngân sách", value=None, part=61.7e9, whole=68.6e9, unit="VND", pct_of_plan=89.7)],
    ),
    (  # a bare part, "trong tổng số" and the whole of what they count
        "Toàn tỉnh đã có 10 trong tổng số 12 Chi cục Thuế vượt dự toán thu cả năm.",
        [F("Chi cục Thuế vượt dự toán thu", value=None, part=10.0, whole=12.0)],
    ),
    (
        "Huyện có 8 trong tổng số 10 xã đạt chuẩn nông thôn mới.",
        [F("xã đạt chuẩn nông thôn mới", value=None, part=8.0, whole=10.0, unit="xã")],
    ),
    (  # a slash between two counts of the same thing stays a ratio
        "Có 18/22 xã đạt chuẩn nông thôn mới.",
        [F("xã đạt chuẩn nông thôn mới", part=18.0, whole=22.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wholes(text: str, expected: list) -> None:
    assert_figures(text, expected)
