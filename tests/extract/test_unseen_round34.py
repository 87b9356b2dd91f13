"""Shapes from held-out sets 239 to 242 (session 20): a comparison in brackets after the item it
measures, branches counted by their two words, and the chair's title that heads the body
holding the meeting. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures
from item_check import items
from meeting_check import meeting

from tiendo.extract.engine import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # items of a list, each with its share of the plan in brackets after it
            "Có 6 khoản thu hoàn thành dự toán là: thu từ doanh nghiệp nhà nước (đạt 112,4% dự "
            "toán), thu phí, lệ phí (đạt 187% dự toán), thu khác ngân sách (đạt 203,5% dự toán).",
            [
                F("khoản thu hoàn thành dự toán", value=6, pct_of_plan=None),
                F("thu từ doanh nghiệp nhà nước", value=None, pct_of_plan=112.4),
                F("thu phí, lệ phí", value=None, pct_of_plan=187.0),
                F("thu khác ngân sách", value=None, pct_of_plan=203.5),
            ],
        ),
        (  # parted by semicolons, the second item does not take the first one's name
            "Thu từ khu vực ngoài quốc doanh (đạt 96,2% dự toán); thu tiền sử dụng đất (đạt 131% "
            "dự toán).",
            [
                F("Thu từ khu vực ngoài quốc doanh", pct_of_plan=96.2),
                F("thu tiền sử dụng đất", pct_of_plan=131.0),
            ],
        ),
        (  # a part named after "trong đó" has its own share
            "Thu ngân sách đạt 640 tỷ đồng, trong đó thu nội địa (đạt 94,5% dự toán).",
            [
                F("Thu ngân sách", value=640e9, pct_of_plan=None),
                F("thu nội địa", value=None, pct_of_plan=94.5),
            ],
        ),
        (  # right after a figure, the bracket is that figure's
            "Tổng thu ngân sách đạt 3.200 tỷ đồng (bằng 108% dự toán), tăng 9% so với cùng kỳ.",
            [F("Tổng thu ngân sách", value=3.2e12, pct_of_plan=108.0, yoy_pct=9.0)],
        ),
        (  # and so is a change in brackets after its count
            "Số hộ nghèo còn 1.240 hộ (giảm 315 hộ so với cùng kỳ).",
            [F("Số hộ nghèo", value=1240, yoy_abs=-315.0)],
        ),
        (  # a part of a whole, then its bare rate in brackets: the rate is its value
            # (held-out set 245; the contract's "57/110 công trình …, đạt 51,8%")
            "Có 82/214 trường mầm non (tỷ lệ 38,32%), 153/215 trường tiểu học (tỷ lệ 71,16%) đạt "
            "chuẩn quốc gia.",
            [
                F("trường mầm non", part=82, whole=214, value=38.32, unit="%"),
                F("trường tiểu học đạt chuẩn quốc gia", part=153, whole=215, value=71.16),
            ],
        ),
        (  # a rate that names what it measures is a figure of its own
            "Có 57/110 công trình hoàn thành, tỷ lệ giải ngân đạt 61%.",
            [
                F("công trình hoàn thành", part=57, whole=110, value=None),
                F("tỷ lệ giải ngân", value=61, unit="%"),
            ],
        ),
        (  # an association's branches are counted by both words, its members in hundreds
            "Hội Phụ nữ phường có 9 chi hội với gần 6 trăm hội viên; Đoàn xã có 12 chi đoàn.",
            [
                F("chi hội Hội Phụ nữ phường", value=9, unit="chi hội"),
                F("hội viên Hội Phụ nữ phường", value=600, unit="hội viên", qualifier="almost"),
                F("chi đoàn", value=12, unit="chi đoàn"),
            ],
        ),
    ],
)
def test_round34_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the committee of the People's Committee's Party organisation, after the 2025 reform
            "Ngày 14-10, Ban Chấp hành Đảng bộ UBND tỉnh Tân An tổ chức Hội nghị lần thứ hai. "
            "Đồng chí Lê Minh Khoa - Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND "
            "tỉnh chủ trì hội nghị.",
            "Bí thư Đảng ủy UBND tỉnh",
        ),
        (  # the Party agencies' committee, its name in capitals ("Các cơ quan")
            "Sáng 9-12, Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh Tân An tổ chức Hội nghị lần "
            "thứ 3. Đồng chí Trần Văn Hậu - Phó Bí thư Thường trực Tỉnh ủy, Bí thư Đảng ủy Các cơ "
            "quan Đảng tỉnh chủ trì hội nghị.",
            "Bí thư Đảng ủy Các cơ quan Đảng tỉnh",
        ),
        (  # at the People's Committee's own meeting, its chairman's title, not the Party one's
            "Chiều 3-7, UBND tỉnh Tân An tổ chức phiên họp thường kỳ tháng 6. Đồng chí Lê Minh "
            "Khoa - Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh chủ trì.",
            "Chủ tịch UBND tỉnh",
        ),
        (  # a committee named as itself: the secretary's title of that committee
            "Ngày 28-9, Thành ủy Tân An tổ chức Hội nghị Ban Chấp hành lần thứ 10. Đồng chí Phạm "
            "Thu Hà - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy chủ trì hội nghị.",
            "Bí thư Thành ủy",
        ),
    ],
)
def test_the_chairs_title_heads_the_body_holding_the_meeting(text: str, title: str) -> None:
    assert meeting(text)["chair"]["title"] == title


HEADLINE = "Hội LHPN xã Tân Lập sơ kết công tác 6 tháng đầu năm 2026\n\n"


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (  # the period planned and its year, no comma, then the association and its verb
            "Trong 6 tháng cuối năm 2026 hội LHPN xã tiếp tục vận động hội viên tham gia bảo "
            "hiểm y tế; đẩy mạnh phong trào tiết kiệm.",
            ["tiếp tục vận động hội viên tham gia bảo hiểm y tế", "đẩy mạnh phong trào tiết kiệm"],
        ),
        (  # with the comma, as before, the association named is dropped like any subject
            "Thời gian tới, Đoàn Thanh niên xã tập trung tổ chức các hoạt động tình nguyện hè; "
            "phát triển đoàn viên mới.",
            ["tập trung tổ chức các hoạt động tình nguyện hè", "phát triển đoàn viên mới"],
        ),
    ],
)
def test_round34_tasks(body: str, tasks: list) -> None:
    assert items(body, HEADLINE)[0] == tasks


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the council's standing resolution on voters' petitions
            "Kỳ họp thông qua Nghị quyết về việc giải quyết, trả lời kiến nghị của cử tri.",
            "Nghị quyết về việc giải quyết, trả lời kiến nghị của cử tri",
        ),
        (
            "UBND xã ban hành Kế hoạch phòng, chống thiên tai năm 2026.",
            "Kế hoạch phòng, chống thiên tai năm 2026",
        ),
        (
            "HĐND tỉnh thông qua Nghị quyết về việc thành lập, sáp nhập thôn.",
            "Nghị quyết về việc thành lập, sáp nhập thôn",
        ),
        (  # a comma after a noun still ends the name
            "Đảng ủy ban hành Kế hoạch thực hiện nhiệm vụ năm 2026, đồng thời giao các chi bộ "
            "triển khai.",
            "Kế hoạch thực hiện nhiệm vụ năm 2026",
        ),
    ],
)
def test_a_verb_before_a_comma_leaves_its_object_in_the_name(text: str, title: str) -> None:
    assert [d.title for d in extract_text(text).documents] == [title]


MONTHLY = "UBND huyện Tân Lập họp phiên thường kỳ tháng 4\n\n{lead}\n\n{body}\n"


@pytest.mark.parametrize(
    ("lead", "body", "tasks"),
    [
        (  # held at the month's end: the next month is planned
            "Sáng 28/4, UBND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 4/2026.",
            "Trong tháng 5, huyện tập trung triển khai các nội dung: tăng cường quản lý thị "
            "trường; bố trí lực lượng cứu hộ tại các bãi tắm.",
            ["tăng cường quản lý thị trường", "bố trí lực lượng cứu hộ tại các bãi tắm"],
        ),
        (  # held in the next month's first days: that month is planned
            "Chiều 8/5, UBND huyện Tân Lập họp phiên thường kỳ tháng 4/2026.",
            "Trong tháng 5, huyện tập trung triển khai các nội dung: tăng cường quản lý thị "
            "trường; bố trí lực lượng cứu hộ tại các bãi tắm.",
            ["tăng cường quản lý thị trường", "bố trí lực lượng cứu hộ tại các bãi tắm"],
        ),
        (  # the month reviewed plans nothing
            "Sáng 28/4, UBND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 4/2026.",
            "Trong tháng 4, huyện tập trung chỉ đạo thu hoạch lúa; tổ chức tốt lễ hội.",
            [],
        ),
        (  # nor does the month of a meeting held in its middle
            "Sáng 20/5, UBND huyện Tân Lập tổ chức phiên họp thường kỳ.",
            "Trong tháng 5, huyện tập trung chỉ đạo thu hoạch lúa; tổ chức tốt lễ hội.",
            [],
        ),
    ],
)
def test_a_monthly_meeting_plans_the_month_to_come(lead: str, body: str, tasks: list) -> None:
    record = extract_text(MONTHLY.format(lead=lead, body=body))
    assert [t.text for t in record.tasks] == tasks
