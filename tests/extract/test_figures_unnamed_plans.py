"""A bare "đạt X%" that is a share of a plan the sentence does not name after it: in a list a
plan introduces, and after an amount that is never stated in percent; a rate keeps its level.
An amount after a change with only "ước thực hiện" before it is that figure's value, a count
reduced with no baseline and measured against its plan is the amount achieved, and a
short name in brackets stays inside the indicator (held-out sets 16 to 20). Sentences written
for these tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (  # an amount cannot be a percentage: the share of its plan
        "Công tác thu ngân sách đạt 58%, điều hành chi ngân sách chặt chẽ.",
        [F("thu ngân sách", value=None, pct_of_plan=58.0, plan=None)],
    ),
    (  # members admitted are a count: the percentage is of their plan (held-out set 89)
        "Phát triển đảng viên đạt 65,6%.",
        [F("Phát triển đảng viên", value=None, pct_of_plan=65.6, plan=None)],
    ),
    (
        "Sản lượng lương thực cả năm đạt 96,4%.",
        [F("Sản lượng lương thực", value=None, pct_of_plan=96.4)],
    ),
    (  # a list the plan introduces, each item with or without its verb
        "Qua 9 tháng, nhiều chỉ tiêu vượt kế hoạch năm 2026 như: khách du lịch đạt 92,7%; "
        "trồng rừng đạt 103,1%.",
        [
            F("khách du lịch", value=None, pct_of_plan=92.7),
            F("trồng rừng", value=None, pct_of_plan=103.1),
        ],
    ),
    (
        "6/14 đơn vị đã hoàn thành vượt dự toán 6 tháng đầu năm 2026, gồm: Chi cục Thuế Tân "
        "Lập 153%; Chi cục Thuế huyện Lạc An 128%.",
        [
            F("đơn vị đã hoàn thành vượt dự toán", part=6.0, whole=14.0),
            F("Chi cục Thuế Tân Lập", value=None, pct_of_plan=153.0),
            F("Chi cục Thuế huyện Lạc An", value=None, pct_of_plan=128.0),
        ],
    ),
    (  # a rate keeps its level, even beside an amount's head
        "Tỷ trọng thu ngân sách của huyện đạt 30%.",
        [F("Tỷ trọng thu ngân sách của huyện", value=30.0, unit="%", pct_of_plan=None)],
    ),
    (
        "Tỷ lệ che phủ rừng đạt 46%.",
        [F("Tỷ lệ che phủ rừng", value=46.0, unit="%", pct_of_plan=None)],
    ),
    (  # an amount with its unit is the value
        "Thu ngân sách đạt 58 tỷ đồng.",
        [F("Thu ngân sách", value=58e9, unit="VND", pct_of_plan=None)],
    ),
    (  # the amount after the change, with only a verb of reaching: the same figure
        "Tổng thu ngân sách trên địa bàn tăng 15,3% so với cùng kỳ, ước thực hiện 1.507,2 tỷ "
        "đồng, đạt 45,6%.",
        [
            F(
                "Tổng thu ngân sách trên địa bàn",
                value=1507.2e9,
                yoy_pct=15.3,
                pct_of_plan=45.6,
                estimated=True,
            )
        ],
    ),
    (  # a new subject before the amount: a figure of its own
        "GRDP tăng 7%, thu ngân sách đạt 500 tỷ đồng.",
        [F("GRDP", yoy_pct=7.0, value=None), F("thu ngân sách", value=500e9)],
    ),
    (  # a short name in brackets inside the indicator, and at its end
        "Đến nay, Quỹ Hỗ trợ nông dân (HTND) toàn tỉnh đạt 77,21 tỷ đồng.",
        [F("Quỹ Hỗ trợ nông dân (HTND) toàn tỉnh", value=77.21e9)],
    ),
    (
        "Kim ngạch xuất khẩu (XK) đạt 500 triệu USD.",
        [F("Kim ngạch xuất khẩu (XK)", value=500e6, unit="USD")],
    ),
    (  # the run of shares of plan goes on across the sentences of a paragraph
        "Kết nạp 1.020 hội viên mới (đạt 112% kế hoạch). Bồi dưỡng cán bộ hội cơ sở đạt 104%. "
        "Tổ chức tập huấn kỹ thuật đạt 96%\nNăm 2027, hội tiếp tục đổi mới nội dung sinh hoạt.",
        [
            F("hội viên mới kết nạp", value=1020.0, pct_of_plan=112.0),
            F("Bồi dưỡng cán bộ hội cơ sở", value=None, pct_of_plan=104.0),
            F("Tổ chức tập huấn kỹ thuật", value=None, pct_of_plan=96.0),
        ],
    ),
    (  # but not into a new paragraph
        "Kết nạp 1.020 hội viên mới (đạt 112% kế hoạch).\nTổ chức tập huấn kỹ thuật đạt 96%.",
        [
            F("hội viên mới kết nạp", value=1020.0, pct_of_plan=112.0),
            F("Tổ chức tập huấn kỹ thuật", value=96.0, pct_of_plan=None),
        ],
    ),
    (  # in a list the plan introduces, a share of the economy stays a share (held-out set 74)
        "Các chỉ tiêu thực hiện đạt và vượt mục tiêu đề ra như: thương mại dịch vụ chiếm "
        "55,4%, công nghiệp chiếm 38,4%, thu ngân sách ước đạt 99,6 tỷ đồng.",
        [
            F("thương mại dịch vụ", value=55.4, unit="%", pct_of_plan=None),
            F("công nghiệp", value=38.4, unit="%", pct_of_plan=None),
            F("thu ngân sách", value=99.6e9),
        ],
    ),
    (  # a count reduced with no baseline, measured against its plan: the reduction achieved
        # (held-out set 78)
        "Năm 2026, xã giảm 91 hộ nghèo, đạt 182% so với kế hoạch.",
        [F("xã giảm hộ nghèo", value=91.0, unit="hộ nghèo", yoy_abs=None, pct_of_plan=182.0)],
    ),
    (  # ... a change against the same period stays a change
        "Số doanh nghiệp thành lập mới tăng 04 DN so với cùng kỳ, đạt 105% kế hoạch.",
        [F("Số doanh nghiệp thành lập mới", value=None, yoy_abs=4.0, pct_of_plan=105.0)],
    ),
    (  # nor onto a rate
        "Kết nạp 1.020 hội viên mới (đạt 112% kế hoạch). Tỷ lệ hội viên tham gia sinh hoạt đạt "
        "93%.",
        [
            F("hội viên mới kết nạp", value=1020.0, pct_of_plan=112.0),
            F("Tỷ lệ hội viên tham gia sinh hoạt", value=93.0, pct_of_plan=None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shares_of_an_unnamed_plan(text: str, expected: list) -> None:
    assert_figures(text, expected)
