"""A full score after a count (``12 xã đạt 19/19 tiêu chí``) is the standard the counted
units reached, part of the count's indicator, not a ratio of its own; a bare percentage of
at most 100 after a count is the counted units' share. Sentences written for these tests."""

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
            [F("tiêu chí Xã Phú Hòa", unit="tiêu chí", part=14, whole=19)],
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
        (  # after "và" the criteria are a second count the subject reached (held-out set 92)
            "Thị xã đạt 9/9 tiêu chí đô thị loại III và 6/9 tiêu chí đô thị loại II.",
            [
                F("tiêu chí đô thị loại III", unit="tiêu chí", part=9, whole=9),
                F("tiêu chí đô thị loại II", unit="tiêu chí", part=6, whole=9),
            ],
        ),
    ],
)
def test_full_score_after_a_count(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toàn Đảng bộ có 15 đảng viên hoàn thành xuất sắc nhiệm vụ, bằng 12,5%; 92 đồng chí "
            "hoàn thành tốt nhiệm vụ, đạt 76,7%.",
            [
                F("đảng viên hoàn thành xuất sắc nhiệm vụ", value=15, unit="đảng viên"),
                F("đảng viên hoàn thành xuất sắc nhiệm vụ", value=12.5, unit="%"),
                F("đồng chí hoàn thành tốt nhiệm vụ", value=92, unit="đồng chí"),
                F("đồng chí hoàn thành tốt nhiệm vụ", value=76.7, unit="%"),
            ],
        ),
        (  # over 100 it can only be measured against a plan
            "Tổng đàn trâu bò 12.480 con, đạt 101,3%.",
            [F("Tổng đàn trâu bò", value=12480, unit="con", pct_of_plan=101.3)],
        ),
        (  # in a run of plan comparisons it continues the run
            "Sản lượng thủy sản đạt 8.100 tấn, đạt 96,2% kế hoạch; tổng đàn lợn 41.200 con, "
            "đạt 97,5%.",
            [
                F("Sản lượng thủy sản", value=8100, pct_of_plan=96.2, plan="kế hoạch"),
                F("tổng đàn lợn", value=41200, unit="con", pct_of_plan=97.5),
            ],
        ),
        (  # an amount of money is measured against its estimate
            "Thu ngân sách xã đạt 5,2 tỷ đồng, đạt 88%.",
            [F("Thu ngân sách xã", value=5.2e9, unit="VND", pct_of_plan=88.0)],
        ),
    ],
)
def test_bare_percentage_after_a_count(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the last item's "của tỉnh" describes the whole list
            "Năm 2022, giá trị sản xuất nông, lâm, thủy sản của tỉnh đạt hơn 21,4 ngàn tỷ đồng.",
            [F("giá trị sản xuất nông, lâm, thủy sản của tỉnh", value=21.4e12, unit="VND")],
        ),
        (
            "Theo báo cáo, giá trị sản xuất công nghiệp, xây dựng trên địa bàn đạt 2.760 tỷ đồng.",
            [F("giá trị sản xuất công nghiệp, xây dựng trên địa bàn", value=2.76e12)],
        ),
        (  # a long last item is an indicator of its own
            "Sản xuất ổn định, tổng doanh thu bán lẻ hàng hóa của huyện đạt 950 tỷ đồng.",
            [F("tổng doanh thu bán lẻ hàng hóa của huyện", value=950e9)],
        ),
    ],
)
def test_list_with_a_describing_tail(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's named programmes and the documents a meeting reviews are no results
        ("Huyện tập trung thực hiện hiệu quả 3 chương trình mục tiêu quốc gia.", []),
        ("Hội nghị cho ý kiến về 2 thông báo kết luận của Ban Thường vụ.", []),
        # "1 người 1 năm" is the unit of a per-head amount
        (
            "Thu nhập bình quân đầu người đạt 39,5 triệu đồng 1 người 1 năm.",
            [F("Thu nhập bình quân đầu người", value=39.5e6)],
        ),
        # a count of people is still one
        ("Xã kết nạp 12 người vào Đảng.", [F("người vào Đảng kết nạp", value=12.0)]),
        # the stages of a process and a map's scale
        ("Đoàn khảo sát mô hình nuôi tôm cải tiến 3 giai đoạn của hộ ông An.", []),
        ("Thị xã cần hoàn thành quy hoạch chi tiết tỷ lệ 1/1000 và 1/500 các khu đô thị.", []),
        # a percentage that opens its item after a change: its noun follows it
        (
            "100% thôn xây dựng đường làng xanh sạch đẹp, tăng 5% so với cùng kỳ; 94,7% số hộ "
            "sử dụng nước hợp vệ sinh.",
            [
                F("thôn xây dựng đường làng xanh sạch đẹp", value=100.0, yoy_pct=5.0),
                F("số hộ sử dụng nước hợp vệ sinh", value=94.7, yoy_pct=None),
            ],
        ),
    ],
)
def test_counts_that_name_no_result(text: str, expected: list) -> None:
    assert_figures(text, expected)
