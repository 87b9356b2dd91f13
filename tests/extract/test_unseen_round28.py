"""Shapes from held-out sets 215 and after (session 19): figures, meetings, documents and the
tasks and shortcomings of a meeting's report. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures
from item_check import items

from tiendo.extract.engine import extract_text
from tiendo.extract.names import Words, org_end

HEADLINE = "HĐND huyện khai mạc kỳ họp thứ 12\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quoted name right before the verb is part of the indicator, not its boundary
            "Tỷ lệ “Xã văn hóa” đạt 92%, “Khu dân cư văn hóa” đạt 87,5%.",
            [
                F("Tỷ lệ “Xã văn hóa”", value=92.0, unit="%"),
                F("Khu dân cư văn hóa", value=87.5, unit="%"),
            ],
        ),
        (  # in a list a plan introduces, a level reached is the level, not a share of plan
            "Xã hoàn thành các chỉ tiêu nghị quyết đề ra: thu nhập bình quân đạt 62 triệu "
            "đồng/người; hộ nghèo giảm còn 2,1%, hộ cận nghèo còn 4,35%.",
            [
                F("thu nhập", value=62e6),
                F("hộ nghèo", value=2.1, unit="%", pct_of_plan=None),
                F("hộ cận nghèo", value=4.35, unit="%", pct_of_plan=None),
            ],
        ),
        (  # kinds an association runs, counted together by one number
            "Hội duy trì 320 tổ, nhóm nông dân cùng sở thích; xây dựng 58 mô hình, giải pháp "
            "giúp hội viên thoát nghèo.",
            [
                F("tổ, nhóm nông dân cùng sở thích hội duy trì", value=320.0, unit="tổ"),
                F("mô hình, giải pháp giúp hội viên thoát nghèo xây dựng", value=58.0),
            ],
        ),
        (  # ... while a verb with a count of its own after the comma starts a new figure
            "Hội xây dựng 12 mô hình, tổ chức 9 lớp tập huấn.",
            [F("mô hình hội xây dựng", value=12.0), F("lớp tập huấn tổ chức", value=9.0)],
        ),
        (  # the year before, "năm" left out, is the same period
            "Giá trị sản xuất nông, lâm nghiệp đạt 1.020 tỷ đồng, tăng 13,4% so với 2025; vốn "
            "đầu tư đạt 487 tỷ đồng (tăng 45 tỷ đồng so với 2025).",
            [
                F("Giá trị sản xuất nông, lâm nghiệp", value=1020e9, yoy_pct=13.4),
                F("vốn đầu tư", value=487e9, yoy_abs=45e9),
            ],
        ),
        (  # ... while a day is a balance then, no year ago
            "Dư nợ đạt 1.200 tỷ đồng, tăng 120 tỷ đồng so với 31/12/2025.",
            [F("Dư nợ", value=1200e9, yoy_abs=None)],
        ),
        (  # the sessions a council held are counted; the session being reported is not
            "Thường trực HĐND đã tổ chức 4 kỳ họp, ban hành 36 nghị quyết. HĐND 3 xã tổ chức "
            "kỳ họp thường lệ.",
            [F("kỳ họp thường trực HĐND đã tổ chức", value=4.0), F("nghị quyết ban hành", value=36.0)],
        ),
    ],
)
def test_round28_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (  # a congress named by level in the headline, in full in the body: the body's words
            "Tân Lập tổ chức thành công Đại hội Đảng bộ xã lần thứ I\n\nSáng 14/8, Đại hội "
            "đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025–2030 khai mạc.",
            "Đảng bộ xã Tân Lập",
        ),
        (  # named by level only, the committee of the place the text names most
            "Đảng bộ xã tổ chức hội nghị sơ kết 6 tháng đầu năm 2026\n\nSáng 14/7, Ban Chấp "
            "hành Đảng bộ xã tổ chức hội nghị. Nhân dân xã Tân Lập phấn khởi.",
            "Đảng ủy xã Tân Lập",
        ),
        (  # mass organisations beyond the usual four hold their own reviews
            "Sáng 3/7, Hội Cựu thanh niên xung phong tỉnh tổ chức hội nghị sơ kết 6 tháng đầu "
            "năm 2026.",
            "Hội Cựu thanh niên xung phong tỉnh",
        ),
        (
            "Sáng 9/1, Hội Luật gia tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2025.",
            "Hội Luật gia tỉnh Quảng Trị",
        ),
        (  # the Icelandic eth some sites type for "Đ" reads as "Đ"
            "Sáng 17-12, H\u00d0ND quận Bình Thủy tổ chức kỳ họp thứ 12.",
            "HĐND quận Bình Thủy",
        ),
        (  # an office's sector in lower case after its head
            "Chiều 9/1, Trung tâm y tế huyện tổ chức hội nghị tổng kết công tác y tế năm 2025.",
            "Trung tâm y tế huyện",
        ),
        (
            "Sáng 5/8, Phòng giáo dục và đào tạo huyện Đại Lộc tổ chức hội nghị tổng kết năm "
            "học 2025 - 2026.",
            "Phòng giáo dục và đào tạo huyện Đại Lộc",
        ),
    ],
)
def test_round28_organizers(text: str, organizer: str) -> None:
    meeting = extract_text(text).meeting
    assert meeting is not None and meeting.organizer == organizer


def test_the_last_months_of_a_year_plan_no_whole_year() -> None:
    text = (
        "Sáng nay 04/11, UBND quận tổ chức giao ban đánh giá kết quả tháng 10 năm 2026 và "
        "nhiệm vụ trọng tâm tháng 11 và các tháng cuối năm 2026."
    )
    meeting = extract_text(f"{text}\n").meeting
    assert meeting is not None
    assert meeting.plan is None
    assert meeting.date == "2026-11-04"


def test_a_section_label_printed_twice_is_no_headline() -> None:
    text = (
        "CẢI CÁCH HÀNH CHÍNH CẢI CÁCH HÀNH CHÍNH\n\nUBND phường họp giao ban tháng 3/2026\nNgày đăng "
        "02/04/2026 | 10:15\n\nSáng 2/4, UBND phường tổ chức họp giao ban."
    )
    assert extract_text(text).title == "UBND phường họp giao ban tháng 3/2026"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the topics of the questioning, right after the solutions proposed, are no tasks
            "Kỳ họp dành nhiều thời gian thảo luận, đề xuất giải pháp cho kế hoạch 6 tháng cuối "
            "năm. Nội dung chất vấn tập trung vào một số vấn đề như: công tác thu ngân sách; "
            "tình trạng lấn chiếm hành lang giao thông.",
            ([], []),
        ),
        (  # difficulties conceded with nothing of what they are: no shortcoming
            "Tuy còn nhiều khó khăn nhưng huyện đã có bước phát triển khá toàn diện.",
            ([], []),
        ),
        (  # ... while a difficulty named is one
            "Tuy nhiên, sản xuất nông nghiệp còn nhiều khó khăn.",
            ([], ["sản xuất nông nghiệp còn nhiều khó khăn"]),
        ),
        (  # an ellipsis ending a list of subjects, their shortfall after it: one item
            "Tổng thu ngân sách đạt 212 tỷ đồng. Tuy nhiên, thu tiền sử dụng đất, thu phí "
            "chợ… lại đạt thấp.",
            ([], ["thu tiền sử dụng đất, thu phí chợ… lại đạt thấp"]),
        ),
        (  # ... while an ellipsis between two shortfalls still parts them
            "Tuy nhiên, vẫn còn một số hạn chế: thu ngân sách đạt thấp… giải phóng mặt bằng "
            "còn chậm.",
            ([], ["thu ngân sách đạt thấp", "giải phóng mặt bằng còn chậm"]),
        ),
        (  # a board's own request is a directive, while a steering board's name is none
            "Ban đề nghị UBND huyện tiếp tục chỉ đạo giải phóng mặt bằng; thực hiện đồng bộ các "
            "biện pháp bảo đảm an ninh.",
            (
                [
                    "tiếp tục chỉ đạo giải phóng mặt bằng",
                    "thực hiện đồng bộ các biện pháp bảo đảm an ninh",
                ],
                [],
            ),
        ),
        (
            "Trong năm, các Ban Chỉ đạo chương trình mục tiêu quốc gia của huyện đã họp 4 lần.",
            ([], []),
        ),
        (  # the clause before the directive names what falls short
            "Nhận định tình hình trật tự đô thị còn nhiều bất cập, Đoàn đề nghị UBND phường "
            "tăng cường kiểm tra, xử lý lấn chiếm vỉa hè.",
            (
                ["tăng cường kiểm tra, xử lý lấn chiếm vỉa hè"],
                ["Nhận định tình hình trật tự đô thị còn nhiều bất cập"],
            ),
        ),
        (  # a subject between the noun and its modal ("vấn đề đơn vị cần thực hiện")
            "Giám đốc Công an tỉnh nhấn mạnh một số vấn đề đơn vị cần thực hiện trong thời gian "
            "tới đó là: tăng cường tuần tra kiểm soát; xóa các tụ điểm ma túy.",
            (["tăng cường tuần tra kiểm soát", "xóa các tụ điểm ma túy"], []),
        ),
        (  # "cũng như" (as well as) after a directive's noun is no modal
            "Các đại biểu đã tập trung đánh giá tình hình kinh tế - xã hội và công tác chỉ đạo "
            "điều hành của UBND huyện năm 2026 cũng như nhiệm vụ, giải pháp trọng tâm năm 2027.",
            ([], []),
        ),
        (  # a congress speaks of the term it opens; the association acting is dropped, as
            # any subject is (session 20)
            "Nhiệm kỳ tới, Hội phấn đấu kết nạp mới 1.200 hội viên; 90% cơ sở hội đạt vững "
            "mạnh; phối hợp dạy nghề cho 500 hội viên mỗi năm.",
            (
                [
                    "phấn đấu kết nạp mới 1.200 hội viên",
                    "90% cơ sở hội đạt vững mạnh",
                    "phối hợp dạy nghề cho 500 hội viên mỗi năm",
                ],
                [],
            ),
        ),
        (  # counts of targets and programmes, then what they serve, announce the tasks
            "Trong nhiệm kỳ mới, phường đề ra 24 chỉ tiêu, 4 chương trình đột phá nhằm xây dựng "
            "phường văn minh. Trong đó, phường sẽ đẩy mạnh chỉnh trang đô thị; phát triển "
            "dịch vụ.",
            (["đẩy mạnh chỉnh trang đô thị", "phát triển dịch vụ"], []),
        ),
        (  # what a body asks of the level above, item by item, names no shortfall
            "Huyện kiến nghị với tỉnh giải quyết một số khó khăn, tồn tại như: ban hành văn bản "
            "điều chỉnh quy hoạch khu công nghiệp; xem xét bố trí kinh phí giải phóng mặt bằng.",
            ([], []),
        ),
        (  # who said it, then the year planned: the tasks after the speaker's comma
            "Tại hội nghị, Bí thư Đảng ủy phường Lê Văn Tám cho biết, năm 2027, phường đặt mục "
            "tiêu và tập trung xây dựng phường văn minh; tiếp tục chỉnh trang đô thị.",
            (["tập trung xây dựng phường văn minh", "tiếp tục chỉnh trang đô thị"], []),
        ),
    ],
)
def test_round28_items(body: str, expected: tuple) -> None:
    assert items(body, HEADLINE) == expected


def test_a_quotation_a_paragraph_points_back_at_lists_tasks() -> None:
    body = (
        "“Tiếp tục chăm lo sản xuất vụ Đông Xuân; đồng thời, tháo gỡ khó khăn, đẩy nhanh giải "
        "ngân vốn đầu tư công; giữ vững an ninh trật tự…”.\n\nĐó là chỉ đạo của Chủ tịch UBND "
        "huyện tại hội nghị triển khai nhiệm vụ 3 tháng cuối năm 2026 chiều ngày 12/10/2026."
    )
    assert items(body, "Triển khai nhiệm vụ 3 tháng cuối năm 2026\n\n")[0] == [
        "Tiếp tục chăm lo sản xuất vụ Đông Xuân",
        "tháo gỡ khó khăn, đẩy nhanh giải ngân vốn đầu tư công",
        "giữ vững an ninh trật tự",
    ]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (  # titles in brackets right after the name
            "Ông Lâm Văn Tư (Bí thư Huyện ủy Châu Thành) được bầu là thành viên UBND tỉnh.",
            "Lâm Văn Tư",
            ["Bí thư Huyện ủy Châu Thành"],
        ),
        (  # titles after the year of birth in brackets
            "Phó Chủ tịch UBND tỉnh được bầu bổ sung là ông Trần Văn Lộc (sinh năm 1971), Bí "
            "thư Huyện ủy Long Phú.",
            "Trần Văn Lộc",
            ["Bí thư Huyện ủy Long Phú"],
        ),
        (  # the title won at the meeting
            "Đại hội bầu Ban Chấp hành khóa XIII; bà Lò Thị Mai tái đắc cử chức Chủ tịch Hội "
            "Nông dân huyện nhiệm kỳ 2028 - 2033.",
            "Lò Thị Mai",
            ["Chủ tịch Hội Nông dân huyện"],
        ),
        (
            "Ông Hà Văn Tâm tiếp tục được bầu giữ chức vụ Chủ tịch Hội Cựu chiến binh tỉnh.",
            "Hà Văn Tâm",
            ["Chủ tịch Hội Cựu chiến binh tỉnh"],
        ),
        (  # a Party group and a company are bodies of a title
            "Ông Mai Văn Lộc, Bí thư Đảng đoàn, Giám đốc Công ty XSKT Hà Tĩnh, phát biểu.",
            "Mai Văn Lộc",
            ["Bí thư Đảng đoàn", "Giám đốc Công ty XSKT Hà Tĩnh"],
        ),
        (  # a bracket with no title adds none
            "Ông Nguyễn Văn Bình (xã Tân Lập) phát biểu tại hội nghị.",
            "Nguyễn Văn Bình",
            [],
        ),
    ],
)
def test_round28_titles_in_brackets(text: str, name: str, titles: list) -> None:
    people = {p.name: p.titles for p in extract_text(text).people}
    assert people[name] == titles


STATE_HEADER = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC KẠN\n\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n----------------\n\nSố: 31/2026/NQ-HĐND\n\nBắc Kạn, ngày 9 "
    "tháng 12 năm 2026\n\nNGHỊ QUYẾT\n\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027\n\n"
    "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN\nKHÓA XI, KỲ HỌP THỨ 8\n\nCăn cứ Luật Tổ chức chính "
    "quyền địa phương ngày 19 tháng 2 năm 2025;\n\nXét Tờ trình của UBND tỉnh.\n"
)
PARTY_HEADER = (
    "ĐẢNG BỘ TỈNH LẠNG SƠN\nHUYỆN ỦY BẮC SƠN\n*\nSố 215-KH/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
    "Bắc Sơn, ngày 20 tháng 6 năm 2026\n\nKẾ HOẠCH\nTHỰC HIỆN NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI "
    "NĂM 2026\n\nBan Thường vụ Huyện ủy xây dựng kế hoạch như sau.\n"
)


@pytest.mark.parametrize(
    ("text", "title", "own"),
    [
        (
            STATE_HEADER,
            "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027",
            ("Nghị quyết", "31/2026/NQ-HĐND", "2026-12-09"),
        ),
        (
            PARTY_HEADER,
            "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026",
            ("Kế hoạch", "215-KH/HU", "2026-06-20"),
        ),
        (  # a report's code names no kind of the contract: no document of its own
            PARTY_HEADER.replace("215-KH/HU", "215-BC/HU"),
            "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026",
            None,
        ),
    ],
)
def test_an_official_documents_own_header(text: str, title: str, own: tuple | None) -> None:
    record = extract_text(text)
    assert record.title == title
    first = record.documents[0] if record.documents else None
    if own is None:
        assert first is None or first.number is None
    else:
        assert first is not None and (first.kind, first.number, first.date) == own
    # the grounds' dates are the laws' own, not the meeting's
    assert record.meeting is None or record.meeting.date != "2025-02-19"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # after a place, "và" and another body start a second one
        ("HĐND quận Cái Răng và HĐND huyện Vĩnh Thạnh", "HĐND quận Cái Răng"),
        # right after a bare organ, "và" joins the two into one
        ("Thường trực HĐND và UBND huyện", "Thường trực HĐND và UBND huyện"),
    ],
)
def test_a_second_body_after_a_place(phrase: str, name: str) -> None:
    words = Words(phrase)
    end = org_end(words, 0, first=True)
    assert phrase[: words[end - 1].end] == name


def test_a_councils_resolution_names_the_session_that_passed_it() -> None:
    meeting = extract_text(STATE_HEADER).meeting
    assert meeting is not None
    assert (meeting.organizer, meeting.term, meeting.session) == (
        "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN",
        "XI",
        8,
    )
    assert meeting.date == "2026-12-09"  # passed on the day the resolution is dated


def test_a_reports_kind_and_its_subject_in_lower_case_are_its_headline() -> None:
    text = (
        "ĐẢNG BỘ TỈNH LẠNG SƠN\nHUYỆN ỦY BẮC SƠN\n*\nSố    -BC/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Bắc Sơn, ngày    tháng    năm 2026\n\nBÁO CÁO\nsơ kết công tác 6 tháng đầu năm, nhiệm "
        "vụ trọng tâm 6 tháng cuối năm 2026\n-----\n\nThu ngân sách nhà nước đạt 61 tỷ đồng.\n"
    )
    record = extract_text(text)
    assert record.title == (
        "BÁO CÁO sơ kết công tác 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2026"
    )
