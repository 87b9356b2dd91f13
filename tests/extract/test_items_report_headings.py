"""The parts of an official report under their headings: a heading of the tasks opens them
with or without a colon, whatever marks its items; a field's heading inside the list is no
item; the next part's heading ends the list; the proposals to the bodies above set no task.
Reports written by us in the shape of a committee's Word report."""

from __future__ import annotations

import pytest
from item_check import items

from tiendo.extract.engine import extract_text

HEADLINE = "BÁO CÁO sơ kết công tác 6 tháng đầu năm 2026\n\n"
RESULTS = "Thu ngân sách trên địa bàn đạt 85,6 tỷ đồng, bằng 58% dự toán.\n\n"
TASKS = ["Tập trung chỉ đạo thu ngân sách", "Chuẩn bị tốt đại hội chi bộ"]

HEADINGS = [
    "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM",
    "II. Phương hướng, nhiệm vụ 6 tháng cuối năm 2026",
    "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2027",
    "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",  # no mark: a short line, no caption for all that
    "Phần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
    "2. Nhiệm vụ, giải pháp",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2027",
]
MARKS = [("- ", "- "), ("1. ", "2. "), ("+ ", "+ "), ("a) ", "b) "), ("a. ", "b. "), ("", "")]


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize(("first", "second"), MARKS)
@pytest.mark.parametrize("stop", [".", ""])
def test_a_heading_of_the_tasks_opens_them(heading: str, first: str, second: str, stop: str) -> None:
    body = f"{RESULTS}{heading}\n{first}{TASKS[0]}{stop}\n{second}{TASKS[1]}{stop}\n"
    assert items(body, HEADLINE)[0] == TASKS


@pytest.mark.parametrize(
    "heading",
    [
        "II. NHIỆM VỤ 6 THÁNG ĐẦU NĂM",  # the period reviewed
        "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026",  # its results
        "Nhiệm vụ trọng tâm năm 2027 được xác định rõ.",  # a sentence, no heading
    ],
)
def test_other_lines_naming_the_tasks_open_none(heading: str) -> None:
    body = f"{RESULTS}{heading}\n- Thu ngân sách đạt 85,6 tỷ đồng.\n- Có 45 đảng viên mới.\n"
    assert items(body, HEADLINE)[0] == []


REPORT = (
    "II. TỒN TẠI, HẠN CHẾ\n"
    "- Tiến độ giải ngân vốn đầu tư công còn chậm.\n"
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\n"
    "1. Về kinh tế\n"
    "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n"
    "2. Lĩnh vực xây dựng Đảng\n"
    "- Chuẩn bị tốt đại hội chi bộ.\n"
    "{proposals}\n"
    "Đề nghị Tỉnh ủy quan tâm bố trí vốn cho các công trình trọng điểm.\n"
    "- Sớm phê duyệt đề án sắp xếp thôn.\n"
)


@pytest.mark.parametrize(
    "proposals", ["IV. KIẾN NGHỊ, ĐỀ XUẤT", "ĐỀ XUẤT, KIẾN NGHỊ", "4. Một số kiến nghị"]
)
def test_a_reports_parts_under_their_headings(proposals: str) -> None:
    tasks, shortcomings = items(RESULTS + REPORT.format(proposals=proposals), HEADLINE)
    assert tasks == ["Đẩy nhanh tiến độ giải ngân vốn đầu tư công", "Chuẩn bị tốt đại hội chi bộ"]
    assert shortcomings == ["Tiến độ giải ngân vốn đầu tư công còn chậm"]


def test_the_next_parts_heading_ends_the_tasks() -> None:
    body = (
        f"{RESULTS}III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM\n- {TASKS[0]}.\n"
        "IV. TỔ CHỨC THỰC HIỆN\nBáo cáo này được gửi các chi bộ.\n"
    )
    assert items(body, HEADLINE)[0] == TASKS[:1]


def test_the_fields_headings_among_the_results_are_no_tasks() -> None:
    body = (
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Lãnh đạo phát triển kinh tế\n"
        "Thu ngân sách trên địa bàn đạt 85,6 tỷ đồng, bằng 58% dự toán.\n"
        "2. Xây dựng Đảng và hệ thống chính trị\nKết nạp 45 đảng viên mới.\n"
        f"II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM\n- {TASKS[0]}.\n- {TASKS[1]}.\n"
    )
    assert items(body, HEADLINE)[0] == TASKS


def test_a_last_task_with_no_stop_is_kept_when_the_report_closes_on_its_signature() -> None:
    body = (
        f"{RESULTS}II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM\n- {TASKS[0]}\n- {TASKS[1]}\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng\n"
    )
    assert items(body, HEADLINE)[0] == TASKS


SHORTCOMINGS = [
    "Tiến độ giải ngân vốn đầu tư công còn chậm",
    "Công tác giải phóng mặt bằng một số dự án còn vướng mắc",
]


@pytest.mark.parametrize(
    "heading",
    [
        "II. TỒN TẠI, HẠN CHẾ",
        "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN",  # the causes it goes on to, under it too
        "II. NHỮNG TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN\n1. Tồn tại, hạn chế",
        "2. Hạn chế, yếu kém",
    ],
)
@pytest.mark.parametrize(("first", "second"), MARKS)
@pytest.mark.parametrize("stop", [".", ""])
@pytest.mark.parametrize("causes", ["", "2. Nguyên nhân\n- Do nguồn vốn phân bổ chậm\n"])
def test_a_heading_of_the_shortcomings_opens_them(
    heading: str, first: str, second: str, stop: str, causes: str
) -> None:
    body = (
        f"{RESULTS}{heading}\n{first}{SHORTCOMINGS[0]}{stop}\n{second}{SHORTCOMINGS[1]}{stop}\n"
        f"{causes}III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM\n- {TASKS[0]}.\n"
    )
    assert items(body, HEADLINE) == (TASKS[:1], SHORTCOMINGS)


PLAN_REPORT = (
    "BÁO CÁO tình hình kinh tế - xã hội năm 2026, kế hoạch năm 2027\n\n"
    "Phần I\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2026\n1. Về kinh tế\n"
    "Tổng giá trị sản xuất ước đạt 5.200 tỷ đồng, tăng 7,5% so với năm 2025.\n"
    "{plan}\n1. Mục tiêu\nTốc độ tăng trưởng giá trị sản xuất đạt 8%.\n"
    "2. Nhiệm vụ, giải pháp chủ yếu\n- Tập trung phát triển nông nghiệp hàng hóa.\n"
    "{after}"
)


@pytest.mark.parametrize(
    "plan",
    [
        "Phần II\nKẾ HOẠCH NĂM 2027",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
        "Phần thứ hai\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2027",
    ],
)
def test_the_numbers_of_the_part_on_the_period_to_come_are_targets(plan: str) -> None:
    record = extract_text(PLAN_REPORT.format(plan=plan, after=""))
    assert [f.indicator for f in record.figures] == ["Tổng giá trị sản xuất"]


def test_the_part_on_the_plan_ends_at_the_next_part() -> None:
    after = "PHỤ LỤC\nThu ngân sách năm 2026 đạt 125,6 tỷ đồng, bằng 112% dự toán.\n"
    record = extract_text(PLAN_REPORT.format(plan="Phần II\nKẾ HOẠCH NĂM 2027", after=after))
    assert [f.indicator for f in record.figures] == ["Tổng giá trị sản xuất", "Thu ngân sách"]


@pytest.mark.parametrize(
    "heading",
    [
        "1. Các chỉ tiêu chủ yếu",  # no period: the results' field
        "Phần II\nKẾ HOẠCH NĂM 2026",  # the year reviewed, not the latest named
    ],
)
def test_a_heading_of_the_plans_nouns_for_no_period_to_come_opens_no_part(heading: str) -> None:
    text = (
        "BÁO CÁO tình hình kinh tế - xã hội năm 2026, kế hoạch năm 2027\n\n"
        f"{heading}\nTổng giá trị sản xuất ước đạt 5.200 tỷ đồng, tăng 7,5% so với năm 2025.\n"
    )
    assert [f.indicator for f in extract_text(text).figures] == ["Tổng giá trị sản xuất"]
