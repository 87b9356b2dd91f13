"""Shapes of real reports that the engine missed on a third held-out set (error classes,
each with sentences written for the test): a meeting named only after the results, a
meeting the reports are submitted to, an office's organ taken for the organizer, number
words opening the period planned, tasks announced as targets, a shortcoming list opened by
"đó là:", growth stated as a verb, a plan's rate in brackets, a term read as a name."""

import pytest
from figure_check import F, assert_figures
from item_check import covers, items
from meeting_check import meeting

from tiendo.extract.documents import extract_documents
from tiendo.extract.engine import extract_text
from tiendo.extract.names import Words, bare_name

HEADLINE = "Tin hoạt động của địa phương trong tuần\n\n"


# Meeting ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the lead opens on the results; the meeting is named a paragraph on
            HEADLINE + "Sáu tháng đầu năm 2024, sản xuất nông nghiệp của huyện tiếp tục phát "
            "triển. Tổng đàn gia súc đạt 12.000 con, tăng 3% so với cùng kỳ. Thu ngân sách đạt "
            "40 tỷ đồng. Các xã hoàn thành kế hoạch gieo trồng.\n\nCác phòng chuyên môn báo "
            "cáo với Hội nghị về tiến độ các chương trình mục tiêu quốc gia.",
            {"kind": "hội nghị", "review": {"months": 6, "year": 2024}},
        ),
        (  # a briefing named in the headline, its quarter after a comma
            "Giao ban UBND huyện quý II, năm 2025\n\nCác xã báo cáo kết quả thu ngân sách và xây "
            "dựng nông thôn mới.",
            {"kind": "hội nghị", "organizer": "UBND huyện", "review": {"quarter": 2, "year": 2025}},
        ),
        (  # the council session the reports go to is a later meeting
            HEADLINE + "Sáng 5/12/2024, UBND huyện tổ chức cuộc họp cho ý kiến các báo cáo trình "
            "kỳ họp thứ 9 HĐND huyện khóa XX.",
            {"kind": "phiên họp", "organizer": "UBND huyện", "session": None, "date": "2024-12-05"},
        ),
        (  # the organ inside the speaker's title is not the organizer
            HEADLINE + "Phát biểu khai mạc kỳ họp, Phó Chủ tịch HĐND tỉnh Trần Văn Bình đánh giá "
            "kinh tế của tỉnh tiếp tục phục hồi.",
            {"kind": "kỳ họp", "organizer": None},
        ),
        (  # nor the organ in the speaker's title, when the meeting is named further on
            "Năm 2024, kinh tế của huyện tăng trưởng khá.\n\nTại Hội nghị, đồng chí Lê Văn Hùng, "
            "Bí thư Huyện ủy báo cáo phương án nhân sự.",
            {"kind": "hội nghị", "organizer": None},
        ),
        (  # an abbreviated membership title is passed over for the chair's office
            HEADLINE + "Sáng 20/6/2025, Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng đầu năm. Chủ "
            "trì hội nghị có UVTW Đảng, Bí thư Tỉnh ủy Trần Văn Nam.",
            {"chair": {"name": "Trần Văn Nam", "title": "Bí thư Tỉnh ủy"}},
        ),
        (  # the year reviewed opens a sentence after a connector; the date takes its year
            HEADLINE + "Sáng ngày 6/12, UBND huyện tổ chức cuộc họp cho ý kiến dự thảo báo cáo. "
            "Theo đó năm 2024, tổng giá trị sản xuất đạt 3.100 tỷ đồng, tăng 4,2%.",
            {"review": {"months": 12, "year": 2024}, "date": "2024-12-06"},
        ),
        (  # "phương hướng nhiệm vụ công tác năm" plans, though "công tác" alone reviews
            HEADLINE + "Chiều 28/12/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác "
            "Đảng năm 2024, triển khai phương hướng nhiệm vụ công tác năm 2025.",
            {"review": {"months": 12, "year": 2024}, "plan": {"months": 12, "year": 2025}},
        ),
    ],
)
def test_meeting_shapes(text: str, expected: dict) -> None:
    got = meeting(text)
    for key, want in expected.items():
        assert got[key] == want, (key, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two days joined by "và", the year from the month the figures are dated
            HEADLINE + "Trong 2 ngày 14 và 15.7, HĐND huyện Nam Sơn tổ chức Kỳ họp thứ 9. Báo "
            "cáo cho biết, 6 tháng đầu năm, tổng thu ngân sách lũy kế đến tháng 6.2025 đạt 210 "
            "tỷ đồng, tăng 8% so với cùng kỳ năm 2024.",
            {"date": "2025-07-14", "review": {"months": 6, "year": 2025}},
        ),
        (  # the quarter after the one reviewed is planned; the review takes its year
            HEADLINE + "Sáng 4/4, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị đánh giá nhiệm vụ "
            "công tác quý I, triển khai nhiệm vụ công tác quý II/2025.",
            {
                "review": {"quarter": 1, "year": 2025},
                "plan": {"quarter": 2, "year": 2025},
                "date": "2025-04-04",
            },
        ),
        (  # "họp kỳ thứ": the session named after the verb
            HEADLINE + "Trong 2 ngày (16 - 17/12), HĐND huyện Nam Sơn khóa XX họp kỳ thứ 11.",
            {"kind": "kỳ họp", "session": 11, "term": "XX"},
        ),
        (  # a whole year's review discussed in November is held in that year
            HEADLINE + "Sáng nay (25/11), UBND tỉnh tổ chức phiên họp thông qua báo cáo tình hình "
            "kinh tế - xã hội năm 2025.",
            {"review": {"months": 12, "year": 2025}, "date": "2025-11-25"},
        ),
        (  # the sessions the reports went to, or come before, are other meetings
            HEADLINE + "Chiều 20/12/2024, HĐND xã Tân Lập tổ chức kỳ họp cuối năm. Kỳ họp thông "
            "qua báo cáo giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 7 và ý kiến cử tri "
            "trước kỳ họp thứ 9.",
            {"kind": "kỳ họp", "session": None},
        ),
    ],
)
def test_meeting_dates_and_periods(text: str, expected: dict) -> None:
    got = meeting(text)
    for key, want in expected.items():
        assert got[key] == want, (key, got)


def test_results_without_any_meeting_have_no_meeting() -> None:
    text = "Sáu tháng đầu năm 2024, thu ngân sách của huyện đạt 120 tỷ đồng, tăng 5%."
    assert extract_text(HEADLINE + text).meeting is None


# Tasks and shortcomings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "which", "expected"),
    [
        (  # the period planned written in words, then "sẽ"; a follower adds one more
            "Trong hai tháng cuối năm, TP sẽ tập trung hoàn thiện hạ tầng giao thông đô thị, đẩy "
            "nhanh giải phóng mặt bằng.\n\nNgoài ra, TP sẽ tăng cường kiểm tra an toàn thực phẩm "
            "dịp cuối năm.",
            "tasks",
            [
                "tập trung hoàn thiện hạ tầng giao thông đô thị, đẩy nhanh giải phóng mặt bằng",
                "tăng cường kiểm tra an toàn thực phẩm dịp cuối năm",
            ],
        ),
        (  # targets announced, the first task after "trong đó", the next sentence continues
            "Trong những tháng cuối năm, UBND huyện đề ra 10 mục tiêu, trong đó tập trung hoàn "
            "thành kế hoạch xây dựng nông thôn mới. Đẩy mạnh thu ngân sách trên địa bàn.",
            "tasks",
            [
                "tập trung hoàn thành kế hoạch xây dựng nông thôn mới",
                "Đẩy mạnh thu ngân sách trên địa bàn",
            ],
        ),
        (  # "ba tháng" opens the plan paragraph
            "Trong ba tháng cuối năm 2025, xã tiếp tục chăm sóc cây trồng vụ đông; chuẩn bị tốt "
            "các điều kiện đón Tết.",
            "tasks",
            ["tiếp tục chăm sóc cây trồng vụ đông", "chuẩn bị tốt các điều kiện đón Tết"],
        ),
        (  # a subject, then "cần" and a task verb: a directive with no directive verb
            "Kinh tế của huyện tiếp tục tăng trưởng khá.\n\nTheo đó, các xã, thị trấn cần tiếp "
            "tục rà soát hồ sơ đất đai tồn đọng, đẩy nhanh cấp giấy chứng nhận cho người dân.",
            "tasks",
            ["tiếp tục rà soát hồ sơ đất đai tồn đọng, đẩy nhanh cấp giấy chứng nhận cho người dân"],
        ),
        (  # the subject that acted is narration, not a directive
            "Các xã đã tổ chức ra quân làm thủy lợi, cần nhiều ngày công lao động.",
            "tasks",
            [],
        ),
        (  # the year planned stands for the future marker; the tasks follow "Trong đó"
            "Năm 2025, thu ngân sách của xã đạt 12 tỷ đồng.\n\nTại kỳ họp, HĐND xã thông qua "
            "nhiệm vụ năm 2026 và xác định các giải pháp trọng tâm. Trong đó xã tiếp tục nâng "
            "cấp đường giao thông nội đồng; phát triển sản phẩm OCOP của địa phương.",
            "tasks",
            [
                "tiếp tục nâng cấp đường giao thông nội đồng",
                "phát triển sản phẩm OCOP của địa phương",
            ],
        ),
        (  # a shortcoming list after "đó là:"
            "Tuy nhiên, vẫn còn một số hạn chế cần tập trung khắc phục, đó là: tiến độ giải ngân "
            "vốn đầu tư công còn chậm; công tác thu ngân sách đạt thấp.",
            "shortcomings",
            ["tiến độ giải ngân vốn đầu tư công còn chậm", "công tác thu ngân sách đạt thấp"],
        ),
        (  # … after "gồm:"
            "Bên cạnh đó, còn những tồn tại, hạn chế gồm: hồ sơ đất đai giải quyết chậm; một số "
            "công trình thi công kéo dài.",
            "shortcomings",
            ["hồ sơ đất đai giải quyết chậm", "một số công trình thi công kéo dài"],
        ),
        (  # … after "như" with no colon, ended by the remedies ("xã cần …")
            "Tuy nhiên, báo cáo cần nêu rõ những hạn chế trong công tác quản lý của xã như thu "
            "phí chợ đạt thấp, hồ sơ đất đai giải quyết chậm; công tác vệ sinh môi trường chưa "
            "thường xuyên. Về giải pháp, xã cần tăng cường kiểm tra và đôn đốc các thôn.",
            "shortcomings",
            [
                "thu phí chợ đạt thấp, hồ sơ đất đai giải quyết chậm",
                "công tác vệ sinh môi trường chưa thường xuyên",
            ],
        ),
    ],
)
def test_item_shapes(body: str, which: str, expected: list[str]) -> None:
    tasks, shortcomings = items(body, HEADLINE)
    found = tasks if which == "tasks" else shortcomings
    assert covers(found, expected), found


def test_a_proposal_in_a_documents_name_is_no_task() -> None:
    body = (
        "Kỳ họp thông qua tờ trình đề nghị phê chuẩn dự toán thu chi ngân sách năm 2025 và tờ "
        "trình đề nghị điều chỉnh kế hoạch đầu tư công."
    )
    tasks, _ = items(body, HEADLINE)
    assert tasks == []


# Figures, documents, people -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khu vực công nghiệp - xây dựng dự ước tăng trưởng 8,2%; khu vực dịch vụ tăng trưởng "
            "5,75%.",
            [
                F("Khu vực công nghiệp - xây dựng", yoy_pct=8.2, value=None, estimated=True),
                F("khu vực dịch vụ", yoy_pct=5.75, value=None),
            ],
        ),
        ("Tốc độ tăng trưởng 6,5%.", [F("Tốc độ tăng trưởng", value=6.5, unit="%")]),
        (
            "Tốc độ tăng trưởng kinh tế đạt 7,1%.",
            [F("Tốc độ tăng trưởng kinh tế", value=7.1, unit="%", yoy_pct=None)],
        ),
    ],
)
def test_growth_as_a_verb_is_a_change(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # in a run of plan comparisons, "đạt tỷ lệ" is still the share of the count
            "Giá trị sản xuất đạt 2.100 tỷ đồng, đạt 71,2% kế hoạch; 12 xã được công nhận đạt "
            "chuẩn nông thôn mới, đạt tỷ lệ 63,16%.",
            [
                F("Giá trị sản xuất", value=2.1e12, pct_of_plan=71.2, plan="kế hoạch"),
                F("xã được công nhận đạt chuẩn nông thôn mới", value=12, unit="xã"),
                F("xã được công nhận đạt chuẩn nông thôn mới", value=63.16, unit="%"),
            ],
        ),
        (  # a plan named after it makes it a share of the plan again
            "Kết nạp 85 đảng viên mới, đạt tỷ lệ 106% so với chỉ tiêu.",
            [F("đảng viên mới kết nạp", value=85, pct_of_plan=106.0, plan="chỉ tiêu")],
        ),
    ],
)
def test_a_rate_after_a_count_is_its_share(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list whose first item is longer than its last
            "Lĩnh vực thương mại, dịch vụ ước đạt 3.120 tỷ đồng, tăng 5,2%.",
            [F("Lĩnh vực thương mại, dịch vụ", value=3.12e12, yoy_pct=5.2)],
        ),
        (  # a bracketed note with a year in it
            "Tổng giá trị sản xuất (giá so sánh 2010) trên địa bàn ước đạt 5.100 tỷ đồng.",
            [F("Tổng giá trị sản xuất (giá so sánh 2010) trên địa bàn", value=5.1e12)],
        ),
        (  # the plan named between "so" and the cue
            "Thu ngân sách trên địa bàn đạt 310 tỷ đồng, so dự toán giao đạt 45% và bằng 97% so "
            "với cùng kỳ.",
            [
                F(
                    "Thu ngân sách trên địa bàn",
                    value=3.1e11,
                    pct_of_plan=45.0,
                    plan="dự toán giao",
                    yoy_pct=-3.0,
                )
            ],
        ),
    ],
)
def test_indicator_and_plan_shapes(text: str, expected: list) -> None:
    assert_figures(text, expected)


def test_van_is_ten_thousand() -> None:
    assert_figures(
        "Sản lượng lương thực ước đạt trên 42 vạn tấn, đạt 101,2% kế hoạch.",
        [F("Sản lượng lương thực", value=420000, unit="tấn", qualifier="more_than")],
    )


def test_a_plans_rate_in_brackets_is_no_document() -> None:
    text = "Doanh thu dịch vụ đạt 500 tỷ đồng, tăng 6,2% (kế hoạch 8,5%)."
    assert extract_documents(text) == []


@pytest.mark.parametrize("text", ["Dương Khóa X, Ủy viên", "Trần Khoá XV phát biểu"])
def test_a_term_is_never_part_of_a_name(text: str) -> None:
    assert bare_name(Words(text), 0) == 0
