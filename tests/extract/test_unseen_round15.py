"""Shapes from held-out sets 163–166: a yearly average reached in percent, a level after
"tăng từ … lên mức …", a share opening its item after a share of plan, striving said to be
past with a comma, growth judged before its number, a request after results praised.
Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures
from item_check import items

from tiendo.extract.dates import find_dates
from tiendo.extract.engine import extract_text
from tiendo.extract.names import is_name_syllable

HEADLINE = "Sở Tư pháp sơ kết công tác 6 tháng đầu năm 2026\n\n"


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # how well it grew, said before the number, is part of the cue
            "Ngành xây dựng tăng trưởng khá hơn 11%, thương mại tăng trưởng mạnh 14,5%.",
            [F("Ngành xây dựng", value=None, yoy_pct=11.0), F("thương mại", yoy_pct=14.5)],
        ),
        (  # ... and so is a bracket between the cue and its number
            "Năm 2026, kinh tế huyện tăng trưởng khá (6,8%), thu ngân sách đạt 320 tỷ đồng.",
            [
                F("kinh tế huyện", value=None, yoy_pct=6.8),
                F("thu ngân sách", value=320e9),
            ],
        ),
        (  # the pace of an amount reached against a year before is its level
            "Tốc độ giá trị sản xuất ước đạt 12% so với năm 2025.",
            [F("Tốc độ giá trị sản xuất", value=12.0, unit="%", yoy_pct=None)],
        ),
    ],
)
def test_round15_growth(text: str, expected: list) -> None:
    assert_figures(text, expected)


def test_a_request_after_results_praised_sets_tasks() -> None:
    """The results praised in a relative clause with "đã" do not make the request after
    "đồng thời" one already given."""
    tasks, _ = items(
        "Kết luận hội nghị, Giám đốc Sở biểu dương những kết quả mà toàn ngành đã đạt được "
        "đồng thời yêu cầu toàn ngành cần tiếp tục rà soát văn bản quy phạm pháp luật; chú "
        "trọng công tác hộ tịch, chứng thực tại cơ sở.",
        HEADLINE,
    )
    assert tasks == [
        "tiếp tục rà soát văn bản quy phạm pháp luật",
        "chú trọng công tác hộ tịch, chứng thực tại cơ sở",
    ]


def test_a_requirement_met_is_no_request() -> None:
    tasks, _ = items(
        "Ngành đã bám sát nhiệm vụ chính trị.\nĐồng thời tích cực tham mưu với HĐND tỉnh "
        "trong công tác rà soát văn bản; chủ động tháo gỡ vướng mắc; một số lĩnh vực công tác "
        "thực hiện đảm bảo yêu cầu về số lượng và chất lượng.",
        HEADLINE,
    )
    assert tasks == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # hamlets and quarters counted together, past their commas
            "Toàn huyện có 212/330 làng, bản, khu phố đạt tiêu chuẩn văn hóa; gần 1.800 xóm, "
            "TDP được công nhận lại.",
            [
                F("làng, bản, khu phố đạt tiêu chuẩn văn hóa", part=212.0, whole=330.0),
                F("xóm, TDP được công nhận lại", value=1800.0, unit="xóm"),
            ],
        ),
        (  # ... but a clause with its own number after the comma is a figure of its own
            "Giải quyết việc làm cho 1.450 lao động, hộ nghèo giảm 1,8%.",
            [F("lao động giải quyết việc làm", value=1450.0), F("hộ nghèo", yoy_pct=-1.8)],
        ),
        (  # a change in percent restating a change stated as an amount
            "So với năm 2025, số vụ tai nạn giảm 130 vụ, tương đương khoảng 28%; số người bị "
            "thương giảm 95 người, tỷ lệ giảm 41%.",
            [
                F("số vụ tai nạn", yoy_abs=-130.0, yoy_pct=-28.0),
                F("số người bị thương", yoy_abs=-95.0, yoy_pct=-41.0),
            ],
        ),
        (  # the unit an average is taken over is no count
            "Toàn tỉnh có 61 xã đạt chuẩn nông thôn mới, trung bình 1 xã đạt 16,2 tiêu chí.",
            [
                F("xã đạt chuẩn nông thôn mới", value=61.0),
                F("tiêu chí trung bình 1 xã", value=16.2, unit="tiêu chí"),
            ],
        ),
        (  # a growth rate named, then the same period, is the rate's level
            "Sản xuất công nghiệp duy trì tốc độ tăng trưởng 8,7% so cùng kỳ.",
            [F("Sản xuất công nghiệp duy trì tốc độ tăng trưởng", value=8.7, yoy_pct=None)],
        ),
        (  # ... and so it is after a list of short sectors
            "Tốc độ tăng trưởng dịch vụ, thương mại, du lịch ước tăng 11,2%.",
            [F("Tốc độ tăng trưởng dịch vụ, thương mại, du lịch", value=11.2, yoy_pct=None)],
        ),
        (  # the plan named between "vượt" and its number, a congress's target among them
            "Thu ngân sách đạt 610 tỷ đồng, vượt dự toán tỉnh giao 9%. Tốc độ tăng thu bình "
            "quân đạt 18,5%, vượt chỉ tiêu Đại hội 3,5%.",
            [
                F("Thu ngân sách", value=610e9, pct_of_plan=109.0, plan="dự toán tỉnh giao"),
                F("Tốc độ tăng thu", value=18.5, pct_of_plan=103.5),
            ],
        ),
    ],
)
def test_round15_lists_and_restatements(text: str, expected: list) -> None:
    assert_figures(text, expected)


def test_a_quarter_in_roman_ends_its_sentence() -> None:
    _, shortcomings = items(
        "Tuy nhiên, tăng trưởng của tỉnh bị chậm lại ngay từ quý I. Trước bối cảnh đó, tỉnh đã "
        "đề ra nhiều giải pháp để tháo gỡ cho doanh nghiệp.",
        HEADLINE,
    )
    assert shortcomings == ["tăng trưởng của tỉnh bị chậm lại ngay từ quý I"]


def test_shortcomings_named_as_contents() -> None:
    _, shortcomings = items(
        "Tuy nhiên, vẫn còn một số nội dung hạn chế như tăng trưởng tín dụng còn thấp; giải "
        "ngân vốn đầu tư công chưa đạt yêu cầu.",
        HEADLINE,
    )
    assert shortcomings == [
        "tăng trưởng tín dụng còn thấp",
        "giải ngân vốn đầu tư công chưa đạt yêu cầu",
    ]


def test_an_agency_named_by_what_it_does_holds_the_meeting() -> None:
    record = extract_text(
        "Thi hành xong hơn 2.000 việc\n\n- Ngày 21 – 4, Cục Thi hành án dân sự tỉnh tổ chức "
        "Hội nghị sơ kết công tác 6 tháng đầu năm 2026."
    )
    assert record.meeting is not None
    assert record.meeting.organizer == "Cục Thi hành án dân sự tỉnh"
    assert record.meeting.date == "2026-04-21"


def test_a_title_before_a_dash_is_the_name_after_it() -> None:
    """The place before the comma is no person."""
    record = extract_text(
        "Hội nghị trực tuyến ngành y tế\n\nTại điểm cầu Bạc Liêu, Phó Chủ tịch UBND tỉnh - "
        "Vương Phương Nam chủ trì."
    )
    assert [p.name for p in record.people] == ["Vương Phương Nam"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 19 – 4, Cục Thuế tỉnh tổ chức hội nghị", [(19, 4, None)]),
        ("Sáng 28-9, Huyện ủy tổ chức hội nghị", [(28, 9, None)]),
        ("ngày 29 tháng 5 năm 2013", [(29, 5, 2013)]),
        ("ban hành ngày 30/9/2022", [(30, 9, 2022)]),
        ("tăng 7 - 8% so với cùng kỳ", []),  # a range of percentages is no date
        ("Nghị quyết 62-NQ/TU", []),
    ],
)
def test_dates_as_written(text: str, expected: list) -> None:
    assert [(d.day, d.month, d.year) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # short items joined by commas, then a last one, describe what was counted
            "Công an tỉnh đã bắt giữ 14 đối tượng mua bán, vận chuyển, tàng trữ trái phép chất "
            "ma túy; tiếp nhận 35 đơn khiếu nại, tố cáo, kiến nghị, phản ánh.",
            [
                F(
                    "đối tượng mua bán, vận chuyển, tàng trữ trái phép chất ma túy công an tỉnh "
                    "đã bắt giữ",
                    value=14.0,
                ),
                F("đơn khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", value=35.0),
            ],
        ),
        (  # ... but a clause of its own after the comma is not one of them
            "Rét đậm đã làm chết 120 con trâu, bò, ngoài ra cũng ảnh hưởng đến diện tích lúa.",
            [F("trâu rét đậm đã làm chết", value=120.0, unit="con")],
        ),
        (  # ... nor a single longer clause after it
            "Thanh tra đã tiếp 29 lượt công dân, giải quyết đơn thư đúng hạn.",
            [F("lượt công dân thanh tra đã tiếp", value=29.0)],
        ),
    ],
)
def test_round15_enumerated_counts(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a steering committee named by its directive's number counts nothing
            "Ban Chỉ đạo 138 tỉnh đã triển khai có hiệu quả các chương trình phòng chống tội "
            "phạm.",
            [],
        ),
        (  # steps of a rank are no result
            "Chỉ số hài lòng của tỉnh xếp thứ 11/63 tỉnh thành, tăng 03 bậc so với năm 2025.",
            [],
        ),
        (  # a reduction achieved with no baseline is what was done
            "Năm 2026, toàn tỉnh giảm được 1.240 hộ nghèo; số doanh nghiệp tăng được 12 doanh "
            "nghiệp so với cùng kỳ.",
            [
                F("hộ nghèo", value=1240.0, yoy_abs=None),
                F("số doanh nghiệp", value=None, yoy_abs=12.0),
            ],
        ),
    ],
)
def test_round15_names_ranks_and_achievements(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a directive after a sentence that tells what the period reviewed saw done goes on
            # telling it
            "Trong 6 tháng vừa qua, Đảng ủy Khối đã hoàn thành việc hợp nhất các đảng bộ. Chỉ "
            "đạo các chi, đảng bộ cơ sở tổ chức đại hội theo kế hoạch. Đến nay, Đảng bộ Khối "
            "có 128 chi, đảng bộ cơ sở trực thuộc.",
            [],
        ),
        (  # ... while one with a future marker sets a task
            "Trong 6 tháng vừa qua, Đảng ủy Khối đã hoàn thành việc hợp nhất các đảng bộ. Chỉ "
            "đạo các chi bộ trong thời gian tới tiếp tục rà soát, bổ sung quy hoạch cán bộ.",
            ["tiếp tục rà soát, bổ sung quy hoạch cán bộ"],
        ),
    ],
)
def test_a_paragraph_telling_the_period_reviewed(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[0] == expected


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (  # a steering body named by what it steers, up to the place it serves
            "Ngày 12/1, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào "
            "toàn dân bảo vệ an ninh Tổ quốc huyện Tân Lập tổ chức hội nghị tổng kết năm 2026.",
            "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân "
            "bảo vệ an ninh Tổ quốc huyện Tân Lập",
        ),
        (  # ... its alias in brackets after the place, a number in it
            "Ngày 12/1, Ban Chỉ đạo phòng, chống tội phạm huyện Tân Lập (Ban Chỉ đạo 138) tổ "
            "chức hội nghị tổng kết năm 2026.",
            "Ban Chỉ đạo phòng, chống tội phạm huyện Tân Lập",
        ),
    ],
)
def test_a_steering_body_holds_its_meeting(text: str, organizer: str) -> None:
    record = extract_text("Tổng kết công tác phòng, chống tội phạm\n\n" + text)
    assert record.meeting is not None
    assert record.meeting.organizer == organizer


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # shortcomings said to be pointed out, none named, are no shortcoming
            "Năm 2026, ngành đã bám sát nhiệm vụ chính trị. Bên cạnh những kết quả đã đạt được, "
            "Hội nghị đã thẳng thắn chỉ ra một số tồn tại, hạn chế và thảo luận về các giải pháp "
            "tháo gỡ.",
            [],
        ),
        (  # ... while the ones it names after "như" are
            "Năm 2026, ngành đã bám sát nhiệm vụ chính trị. Bên cạnh những kết quả đã đạt được, "
            "Hội nghị chỉ ra những hạn chế như công tác cải cách hành chính còn chậm.",
            ["công tác cải cách hành chính còn chậm"],
        ),
    ],
)
def test_shortcomings_pointed_out(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the period the key tasks are for is no task of its own
            "Sáu tháng đầu năm, tội phạm giảm. Hội nghị đề ra một số nhiệm vụ trọng tâm trong "
            "sáu tháng cuối năm; trong đó, tiếp tục chủ động phối hợp trao đổi thông tin.",
            ["tiếp tục chủ động phối hợp trao đổi thông tin"],
        ),
        (  # the solutions as a topic, with a determiner, open the tasks after it
            "Kỳ họp đã thông qua nghị quyết về nhiệm vụ đến cuối năm 2026.\nVề các giải pháp, "
            "phường phấn đấu giải ngân hết vốn đầu tư công. Rà soát, điều chỉnh các đồ án quy "
            "hoạch.",
            ["phấn đấu giải ngân hết vốn đầu tư công", "Rà soát, điều chỉnh các đồ án quy hoạch"],
        ),
    ],
)
def test_round15_task_periods_and_topics(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the same period said before the cue, or abbreviated
            "Diện tích lúa đạt 221 ha, đạt 94% kế hoạch năm, SCK đạt 167%. Thu ngân sách đạt "
            "120 tỷ đồng, so cùng kỳ tăng 5%.",
            [
                F("Diện tích lúa", value=221.0, pct_of_plan=94.0, yoy_pct=67.0),
                F("Thu ngân sách", value=120e9, yoy_pct=5.0),
            ],
        ),
        (  # a percentage with no cue after a share of plan, a noun after it, is its share
            "Hoàn thành các chỉ tiêu đề ra, cụ thể: giao quân đạt 100% chỉ tiêu; đã xây dựng gần "
            "50% cán bộ thôn là đảng viên.",
            [
                F("giao quân", pct_of_plan=100.0),
                F("cán bộ thôn là đảng viên", value=50.0, unit="%", pct_of_plan=None),
            ],
        ),
    ],
)
def test_round15_baselines_and_shares(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị do Chủ tịch UBND huyện Ông Mai Văn Huỳnh chủ trì.",
        "Hội nghị do Chủ tịch UBND huyện ông Mai Văn Huỳnh chủ trì.",
    ],
)
def test_an_address_between_title_and_name(sentence: str) -> None:
    """The word of address, capitalised or not, is no part of the name or of the title."""
    record = extract_text("UBND huyện họp thường kỳ tháng 11\n\nSáng 5/12, UBND huyện họp. " + sentence)
    assert [(p.name, p.titles) for p in record.people] == [
        ("Mai Văn Huỳnh", ["Chủ tịch UBND huyện"])
    ]


@pytest.mark.parametrize(
    "chrome",
    [
        "Trang thông tin điện tử huyện Tân An",
        "CHÀO MỪNG ĐẾN TRANG THÔNG TIN ĐIỆN TỬ UBND HUYỆN TÂN AN",
        "TV & Video Hoạt động TNTV",
        "Mới nhất Tin nóng Media Magazine Infographic Tin ảnh",
        "Tân An : Cổng thông tin điện tửhttps://tanan.gov.vn/uploads/quochuy_1.png",
    ],
)
def test_portal_names_and_menus_are_no_headline(chrome: str) -> None:
    text = f"{chrome}\nHuyện Tân An tổng kết công tác năm 2026\n\nSáng 20/12, Huyện ủy tổ chức hội nghị."
    assert extract_text(text).title == "Huyện Tân An tổng kết công tác năm 2026"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # after the sentence that tells the period reviewed, items that open on a topic or
            # a task verb go on telling what was done, even after an announcing headline
            "Sáng 7/7, UBND huyện sơ kết nhiệm vụ 6 tháng đầu năm và triển khai phương hướng "
            "nhiệm vụ 6 tháng cuối năm.\nTrong 6 tháng đầu năm 2026, cấp ủy, chính quyền huyện "
            "đã có sự tập trung chỉ đạo quyết liệt nên các chỉ tiêu cơ bản đạt kế hoạch. Về xây "
            "dựng cơ bản đã đôn đốc, triển khai các dự án; Tổ chức thẩm định 28 công trình. Tổ "
            "chức tốt các hoạt động văn hóa, thể thao.",
            [],
        ),
        (  # ... until a sentence speaks of the period planned
            "Trong năm 2026, huyện đã đạt nhiều kết quả. Huyện sẽ tiếp tục thực hiện các mục "
            "tiêu đề ra trong năm 2027 như: Phấn đấu giá trị sản xuất tăng 9%; giải quyết việc "
            "làm cho 7.000 lao động.",
            ["Phấn đấu giá trị sản xuất tăng 9%", "giải quyết việc làm cho 7.000 lao động"],
        ),
    ],
)
def test_a_paragraph_telling_results_goes_on(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[0] == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Trần", True),
        ("H'Hen", True),
        ("H’đơt", True),  # a Central Highlands prefix before a syllable in lower case
        ("AJun", True),  # ... or a syllable in two capitals
        ("UBND", False),
        ("HĐND", False),
        ("UB", False),
        ("trần", False),
    ],
)
def test_name_syllables(word: str, expected: bool) -> None:
    assert is_name_syllable(word) is expected


def test_central_highlands_names_with_their_titles() -> None:
    record = extract_text(
        "UBND huyện Lắk họp thường kỳ\n\nChủ trì hội nghị có Đồng chí Y Bang H’đơt - Phó Bí thư "
        "Huyện ủy, Chủ tịch UBND huyện; Đồng chí Y Săn AJun - Phó Chủ tịch HĐND huyện."
    )
    assert [p.name for p in record.people] == ["Y Bang H’đơt", "Y Săn AJun"]


def test_shortcomings_elaborated_whatever_nouns_they_hold() -> None:
    """In a list of shortcomings, a sentence opened by "Đó là" is the list, even when an item
    names shortcomings itself."""
    _, shortcomings = items(
        "Nhìn chung, công tác chuẩn bị đại hội khá chu đáo. Tuy nhiên, vẫn còn những tồn tại, "
        "hạn chế cần rút kinh nghiệm. Đó là, một số đơn vị chưa nắm chắc quy định; báo cáo "
        "kiểm điểm chưa chỉ rõ những tồn tại, hạn chế, nhất là trong công tác cán bộ; công tác "
        "nhân sự chuẩn bị chưa chu đáo.",
        HEADLINE,
    )
    assert shortcomings == [
        "một số đơn vị chưa nắm chắc quy định",
        "báo cáo kiểm điểm chưa chỉ rõ những tồn tại, hạn chế, nhất là trong công tác cán bộ",
        "công tác nhân sự chuẩn bị chưa chu đáo",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a plain "nhưng" before what went well ends the shortcoming
            "Kinh tế 6 tháng tăng 7,9%. Tuy nhiên, tốc độ phục hồi tăng trưởng còn chậm nhưng "
            "các chỉ số công nghiệp từ đầu quý II đã được cải thiện dần.",
            ["tốc độ phục hồi tăng trưởng còn chậm"],
        ),
        (  # ... not one before another shortfall
            "Kinh tế 6 tháng tăng 7,9%. Tuy nhiên, tiến độ giải ngân còn chậm nhưng chưa được "
            "khắc phục.",
            ["tiến độ giải ngân còn chậm nhưng chưa được khắc phục"],
        ),
    ],
)
def test_a_plain_turn_back_ends_a_shortcoming(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[1] == expected


def test_a_headline_run_into_its_lead_ends_the_body_before_the_time() -> None:
    record = extract_text(
        "Đồng chí Trưởng Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh uỷ Tân An Sáng "
        "16/11, tại TP. Tân An, đồng chí Trưởng Ban Tổ chức Trung ương làm việc với Ban Thường "
        "vụ Tỉnh uỷ Tân An.\n\nĐồng chí ghi nhận kết quả của tỉnh."
    )
    assert record.meeting is not None
    assert record.meeting.organizer == "Ban Thường vụ Tỉnh uỷ Tân An"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the period planned, counted in months, with no comma before its subject
            "6 tháng đầu năm 2026, ngành đạt nhiều kết quả. 6 tháng cuối năm ngành y tế tiếp "
            "tục củng cố mạng lưới y tế cơ sở; nâng cao chất lượng khám chữa bệnh.",
            ["tiếp tục củng cố mạng lưới y tế cơ sở", "nâng cao chất lượng khám chữa bệnh"],
        ),
        (  # the general goal set, its tasks after a comma
            "Năm 2026, kinh tế tăng trưởng khá. Năm 2027, Đảng bộ xã đề ra mục tiêu tổng quát, "
            "xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân.",
            ["xây dựng Đảng bộ trong sạch, vững mạnh", "phát huy sức mạnh đại đoàn kết toàn dân"],
        ),
    ],
)
def test_round15_plans_opened_bare_or_by_a_general_goal(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[0] == expected


def test_a_horizon_year_dates_no_meeting() -> None:
    record = extract_text(
        "UBND thành phố thông qua nhiều nội dung quan trọng\n\nChiều 10-2, Chủ tịch UBND thành "
        "phố chủ trì phiên họp thường kỳ UBND thành phố, thông qua quy định mật độ chăn nuôi "
        "trên địa bàn thành phố đến năm 2030."
    )
    assert record.meeting is not None
    assert record.meeting.date is None


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (  # a district and its province in the bracket after the body
            "(GLO)- Hội Cựu chiến binh (CCB) thị trấn Tân Lập (huyện Tân An, tỉnh Gia Lai) vừa "
            "tổ chức thành công Đại hội đại biểu lần thứ VII (nhiệm kỳ 2027-2032).",
            "Hội Cựu chiến binh thị trấn Tân Lập",
        ),
        (  # the body that speaks after a long clause of place, its short name inside its name
            "Ngày 10-1, tại hội nghị tổng kết hoạt động Công đoàn và phong trào công nhân, viên "
            "chức, lao động năm 2026 và triển khai phương hướng nhiệm vụ công tác trọng tâm năm "
            "2027, Liên đoàn Lao động (LĐLĐ) quận Tân Lập cho biết, năm 2026, Công đoàn đạt "
            "nhiều kết quả.",
            "Liên đoàn Lao động quận Tân Lập",
        ),
    ],
)
def test_round15_organizers_with_brackets(text: str, organizer: str) -> None:
    record = extract_text("Nhiều kết quả nổi bật trong năm 2026\n\n" + text)
    assert record.meeting is not None
    assert record.meeting.organizer == organizer
