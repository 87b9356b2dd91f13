"""A month's figure followed by its running total over a longer period ("lũy kế 10 tháng",
"9 tháng", "cả năm"), as monthly and quarterly reports state them, and numbers inside quoted
names, parts of a stated whole, a striving already past and a count inside an indicator
(held-out sets 11 and 12).
Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (  # a total before the number, then the noun it counts (held-out set 100)
        "Đến nay, toàn tỉnh có tổng số 599 dự án đầu tư.",
        [F("tổng số dự án đầu tư", value=599, unit="dự án đầu tư")],
    ),
    (  # an amount with a measure's unit right after the head is the head's own (held-out set
        # 99), a count there says what the head covers
        "Khai thác hải sản đạt tổng sản lượng 46.150 tấn bằng 98,97% so với cùng kỳ.",
        [F("tổng sản lượng", value=46150, unit="tấn", yoy_pct=-1.03)],
    ),
    (  # a branch ("chi nhánh") is no spending: the indicator is not cut at it (held-out
        # set 94)
        "Tiền gửi tiết kiệm huy động của chi nhánh đạt 1.250 tỷ đồng.",
        [F("Tiền gửi tiết kiệm huy động của chi nhánh", value=1250e9, unit="VND")],
    ),
    (  # the running total takes the month's indicator, and the plan share after it
        "Trong tháng 10, thu ngân sách trên địa bàn đạt 4,1 tỷ đồng, lũy kế 10 tháng đầu năm "
        "2026 đạt 142 tỷ đồng, đạt 118,4% dự toán.",
        [
            F("thu ngân sách trên địa bàn", value=4.1e9, unit="VND", pct_of_plan=None),
            F("thu ngân sách trên địa bàn lũy kế", value=142e9, pct_of_plan=118.4, plan="dự toán"),
        ],
    ),
    (  # an estimate, and the change after the total
        "Giá trị sản xuất công nghiệp ước đạt 520 tỷ đồng, lũy kế 2 tháng đạt trên 1.090 tỷ "
        "đồng, tăng 9,6% so với cùng kỳ.",
        [
            F("Giá trị sản xuất công nghiệp", value=520e9, estimated=True, yoy_pct=None),
            F("Giá trị sản xuất công nghiệp lũy kế", value=1090e9, yoy_pct=9.6),
        ],
    ),
    (  # "nâng" the months so far to a total (held-out set 88)
        "Giá trị sản xuất công nghiệp tháng 9 ước đạt trên 3 nghìn tỷ đồng, nâng 9 tháng ước "
        "trên 26 nghìn tỷ đồng, đạt 77,78% kế hoạch.",
        [
            F("Giá trị sản xuất công nghiệp", value=3e12, pct_of_plan=None),
            F("Giá trị sản xuất công nghiệp nâng", value=26e12, pct_of_plan=77.78),
        ],
    ),
    (  # a period length alone, no "lũy kế"; the quarter in its old spelling is a time phrase
        "Doanh thu quí III đạt 3.400 tỷ đồng, 9 tháng ước đạt hơn 9.870 tỷ đồng.",
        [
            F("Doanh thu", value=3400e9),
            F("Doanh thu", value=9870e9, qualifier="more_than", estimated=True),
        ],
    ),
    (  # a named period
        "Sản lượng lúa vụ mùa đạt 6.200 tấn, cả năm đạt 13.500 tấn.",
        [
            F("Sản lượng lúa vụ mùa", value=6200, unit="tấn"),
            F("Sản lượng lúa vụ mùa", value=13500, unit="tấn"),
        ],
    ),
    (  # a clause with a subject of its own keeps it
        "Thu ngân sách đạt 40 tỷ đồng, 9 tháng chi ngân sách đạt 95 tỷ đồng.",
        [F("Thu ngân sách", value=40e9), F("chi ngân sách", value=95e9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_running_totals(text: str, expected: list) -> None:
    assert_figures(text, expected)


QUOTED_NAMES = [
    (  # numbers in the names of models and movements are no counts
        "Hội duy trì mô hình “Chi hội 5 không 3 sạch”, “Tổ phụ nữ 3 tốt” ở các thôn.",
        [],
    ),
    ('Cán bộ phải có tinh thần "7 dám" trong công việc.', []),
    (  # the count before the name stays a figure, the name part of what it counts
        "Toàn huyện có 25 mô hình “Dân vận khéo”, đạt 120% kế hoạch.",
        [F("mô hình “Dân vận khéo”", value=25, unit="mô hình", pct_of_plan=120.0)],
    ),
    (  # a quoted name goes on the description after the count (held-out set 109)
        "Năm 2026, có 3.200 hộ nông dân đạt danh hiệu “Sản xuất kinh doanh giỏi” các cấp.",
        [F("hộ nông dân đạt danh hiệu “Sản xuất kinh doanh giỏi” các cấp", value=3200)],
    ),
    (  # ... and in the phrase before the amount (held-out set 109)
        "Năm 2026, Quỹ “Vì người nghèo” các cấp vận động được 12 tỷ đồng.",
        [F("Quỹ “Vì người nghèo” các cấp vận động", value=12e9, unit="VND")],
    ),
    (  # a quotation cut before the indicator's head leaves no closing mark behind
        "Ông nói “năm nay thu ngân sách” đạt 15 tỷ đồng.",
        [F("thu ngân sách", value=15e9, unit="VND")],
    ),
    (  # a quotation longer than a name is speech: its counts are results
        "Đồng chí nói: “Năm nay xã đã xây dựng được 12 phòng học, sửa chữa nhiều tuyến đường "
        "giao thông nông thôn, một kết quả rất đáng ghi nhận của toàn Đảng bộ”.",
        [F("phòng học đã xây dựng", value=12, unit="phòng học")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NAMES)
def test_numbers_in_quoted_names(text: str, expected: list) -> None:
    assert_figures(text, expected)


PARTS_AND_PAST_STRIVING = [
    (  # a count, then the whole it is part of
        "Có 14 dự án mới đi vào hoạt động trong tổng số 39 dự án dự kiến trong năm.",
        [F("dự án mới đi vào hoạt động", part=14, whole=39, value=None, unit="dự án")],
    ),
    (
        "Toàn huyện có 12 xã đạt chuẩn nông thôn mới trên tổng số 15 xã.",
        [F("xã đạt chuẩn nông thôn mới", part=12, whole=15, value=None)],
    ),
    (  # the striving is past: the results after it are figures, not targets
        "Năm 2026 huyện đã nỗ lực phấn đấu thực hiện các nhiệm vụ; sản lượng lương thực có hạt "
        "đạt hơn 71 nghìn tấn.",
        [F("sản lượng lương thực có hạt", value=71000, unit="tấn", qualifier="more_than")],
    ),
    (  # striving that reached its results is past too: what follows the colon is results
        "Năm 2026, nhân dân trong xã khắc phục khó khăn, phấn đấu đạt kết quả: giá trị sản "
        "xuất nông nghiệp ước thực hiện 96,4 tỷ đồng; thu ngân sách xã 8,2 tỷ đồng.",
        [
            F("giá trị sản xuất nông nghiệp", value=96.4e9, unit="VND", estimated=True),
            F("thu ngân sách xã", value=8.2e9, unit="VND"),
        ],
    ),
    (  # a striving to come still makes a target
        "Năm 2027, huyện phấn đấu sản lượng lương thực đạt 75 nghìn tấn.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_AND_PAST_STRIVING)
def test_parts_of_a_whole_and_past_striving(text: str, expected: list) -> None:
    assert_figures(text, expected)


HEAD_COUNTS = [
    (  # the count after a noun head says what the amount covers
        "Tổng dư nợ 9 chương trình tín dụng đạt trên 315 tỷ đồng, tăng 12 tỷ đồng.",
        [F("Tổng dư nợ 9 chương trình tín dụng", value=315e9, unit="VND", qualifier="more_than")],
    ),
    (
        "Tổng vốn 3 chương trình mục tiêu quốc gia là 96 tỷ đồng.",
        [F("Tổng vốn 3 chương trình mục tiêu quốc gia", value=96e9)],
    ),
    (  # with no amount after it, the count is the figure
        "Tổng đàn 1.200 con, tăng 5%.",
        [F("Tổng đàn", value=1200, unit="con", yoy_pct=5.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_COUNTS)
def test_count_inside_an_indicator(text: str, expected: list) -> None:
    assert_figures(text, expected)


MORE_TOTALS_AND_STANDARDS = [
    (  # an estimate to a date after the figure is its total
        "Tổng thu ngân sách đạt 84 tỷ đồng, đạt 103,5% KH, ước thực hiện đến ngày 31/12/2026 "
        "đạt 91 tỷ đồng.",
        [
            F("Tổng thu ngân sách", value=84e9, pct_of_plan=103.5),
            F("Tổng thu ngân sách", value=91e9, estimated=True),
        ],
    ),
    (  # the period just before is no year-on-year baseline
        "Số vụ phạm pháp hình sự giảm 36,5% so với thời gian liền kề và giảm 25% so với cùng kỳ.",
        [F("Số vụ phạm pháp hình sự", yoy_pct=-25.0)],
    ),
    (  # the criteria the counted households reached, and a movement's name, are no counts
        "Toàn tỉnh có 56.538 hộ gia đình hội viên đạt 8 tiêu chí 5 không 3 sạch.",
        [F("hộ gia đình hội viên đạt 8 tiêu chí 5 không 3 sạch", value=56538)],
    ),
    (  # a commune's own criteria are its result, named with it (held-out set 86)
        "Xã Tân Lập đạt 15 tiêu chí nông thôn mới.",
        [F("tiêu chí nông thôn mới Xã Tân Lập", value=15, unit="tiêu chí")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_TOTALS_AND_STANDARDS)
def test_totals_baselines_and_standards(text: str, expected: list) -> None:
    assert_figures(text, expected)
