"""Who holds the meeting when the lead does not say it as subject of a holding verb: a time
word before the verb, an abbreviated city, a body named only in its chair's title or after
a later mention or its session's number, a headline in capitals; a People's Committee's
regular meeting; and the year said only by a baseline. Sentences
written for these tests."""

import pytest
from meeting_check import meeting


@pytest.mark.parametrize(
    ("text", "organizer", "kind"),
    [
        (  # the visited board and "và" the others it meets with (held-out set 126)
            "Chiều 5/3/2026, Phó Thủ tướng Lê Văn Hòa làm việc với Ban Thường vụ Tỉnh ủy và cán "
            "bộ chủ chốt của tỉnh Tân An.\n",
            "Ban Thường vụ Tỉnh ủy",
            "buổi làm việc",
        ),
        (  # a ward named after a person, the city in brackets (held-out set 129)
            "Chiều ngày 07/7/2026, Đảng ủy phường Phùng Chí Kiên (TP. Tân An) tổ chức sơ kết công "
            "tác Đảng 6 tháng đầu năm.\n",
            "Đảng ủy phường Phùng Chí Kiên",
            "hội nghị",
        ),
        (  # the city after the district's committee, then its term (held-out set 142)
            "Ngày 29-3-2026, Ban Chấp hành Đảng bộ quận Tân An, TPHCM khóa XII tổ chức Hội nghị "
            "lần thứ 11 nhiệm kỳ 2020 - 2025.\n",
            "Ban Chấp hành Đảng bộ quận Tân An",
            "hội nghị Ban Chấp hành",
        ),
        (  # the council's deputies meeting voters: the session to come is no meeting of its
            # own (held-out set 141)
            "Các đại biểu HĐND thành phố tiếp xúc cử tri quận Tân An\nĐoàn đại biểu HĐND thành "
            "phố Tân An đã báo cáo với cử tri về tình hình kinh tế - xã hội năm 2026, đồng thời "
            "thông tin một số nội dung chính của Kỳ họp thứ 4, HĐND thành phố khóa X.\n",
            "HĐND thành phố Tân An",
            "hội nghị",
        ),
        (  # the host's leadership as one body
            "Sáng 24/7/2026, đoàn công tác của Ủy ban Thường vụ Quốc hội đã có buổi làm việc "
            "với tập thể lãnh đạo tỉnh Tân An.\n",
            "tỉnh Tân An",
            "buổi làm việc",
        ),
        (  # a town Party committee's "kỳ họp" is its plenum
            "Ngày 20/12/2026, Thị ủy Tân Lập tổ chức kỳ họp thứ 20 – mở rộng, đánh giá tình hình "
            "năm 2026.\n",
            "Thị ủy Tân Lập",
            "hội nghị Ban Chấp hành",
        ),
        (  # a provisional council after the 2025 merger of communes and wards
            "Sáng 12/8/2025, HĐND lâm thời phường Tân An tổ chức kỳ họp thứ 2, đánh giá kết quả "
            "6 tháng đầu năm.\n",
            "HĐND lâm thời phường Tân An",
            "kỳ họp",
        ),
        (  # a party executive committee holds no conference for others: it is its plenum
            "Ngày 6-4, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị đánh giá tình hình "
            "thực hiện nhiệm vụ quý I, triển khai nhiệm vụ quý II năm 2026.\n",
            "Ban Chấp hành Đảng bộ huyện Tân Lập",
            "hội nghị Ban Chấp hành",
        ),
        (  # the headline names the Party organisation, the lead its executive committee,
            # which holds the review the headline names
            "Đảng bộ huyện Tân Lập sơ kết giữa nhiệm kỳ\n\nNgày 24/6, Ban Chấp hành Đảng bộ "
            "huyện Tân Lập tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội "
            "Đảng bộ huyện lần thứ XXIII.\n",
            "Ban Chấp hành Đảng bộ huyện Tân Lập",
            "hội nghị Ban Chấp hành",
        ),
        (  # the standing board that deliberates at the conference holds its own
            "Tân Lập: nỗ lực hoàn thành chỉ tiêu\n\nTại Hội nghị, Ban Thường vụ Huyện ủy Tân Lập "
            "đã tập trung thảo luận, cho ý kiến vào báo cáo tiến độ xây dựng nông thôn mới.\n",
            "Ban Thường vụ Huyện ủy Tân Lập",
            "hội nghị Ban Thường vụ",
        ),
        (  # the body named only after the lead, in a photo's caption, still makes the
            # numbered conference its plenum
            "Dự hội nghị có đồng chí Lê Văn Tâm, Trưởng ban Tổ chức Tỉnh ủy.\n\nCác đại biểu dự "
            "hội nghị Ban Chấp hành Đảng bộ huyện Tân Lập khóa VIII lần thứ 18 (mở rộng). Ảnh: "
            "Ngọc Lan\n\nTrong 9 tháng năm 2026, Ban Chấp hành Đảng bộ huyện tập trung lãnh đạo "
            "thực hiện các chỉ tiêu.\n",
            "Ban Chấp hành Đảng bộ huyện Tân Lập",
            "hội nghị Ban Chấp hành",
        ),
        (  # a district named by "Q.", a bracketed city and a date between it and its verb
            "Tổng thu ngân sách của quận đạt 115% dự toán\n\nUBND Q. Tân Lập (Đà Nẵng) ngày 19-1 "
            "tổ chức Hội nghị Tổng kết phong trào thi đua năm 2026.\n",
            "UBND Q. Tân Lập",
            "hội nghị",
        ),
        (  # "đã trang trọng" between the organ and its verb
            "Tân Lập sơ kết công tác Đảng 6 tháng đầu năm 2026\n\nSáng ngày 07/7, Đảng bộ phường "
            "Tân Lập đã trang trọng tổ chức hội nghị sơ kết công tác Đảng 6 tháng đầu năm.\n",
            "Đảng bộ phường Tân Lập",
            "hội nghị",
        ),
        (  # the session in the headline, named again in the lead with its council and
            # its term in capitals
            "Tân An: Thông qua nhiều nội dung quan trọng tại Kỳ họp thứ 2\n\nTheo ghi nhận tại "
            "Kỳ họp thứ 2, HĐND tỉnh Khóa XV, 6 tháng đầu năm thu ngân sách đạt 75% dự toán.\n",
            "HĐND tỉnh",
            "kỳ họp",
        ),
        (  # a full stop typed with no space between the session's number and its council
            "Bế mạc kỳ họp thứ 13.HĐND Thị xã Tân Lập khóa IV nhiệm kỳ 2011 – 2016\n\nKỳ họp "
            "lần này quyết định nhiều vấn đề quan trọng của thị xã.\n",
            "HĐND Thị xã Tân Lập",
            "kỳ họp",
        ),
        (  # its standing board may hold one for the cadres
            "Ngày 6-4, Ban Thường vụ Huyện ủy Tân Lập tổ chức hội nghị quán triệt nghị quyết của "
            "Trung ương.\n",
            "Ban Thường vụ Huyện ủy Tân Lập",
            "hội nghị",
        ),
        (  # a time word between the body and its verb
            "Huyện ủy Tân Lập tổ chức hội nghị lần thứ 8\n\n"
            "Huyện ủy Tân Lập hôm nay cũng đã tổ chức hội nghị lần thứ 8 nhằm đánh giá tình hình "
            "9 tháng đầu năm 2024.\n",
            "Huyện ủy Tân Lập",
            "hội nghị Ban Chấp hành",
        ),
        (  # a city abbreviated with a dot
            "Tin hoạt động của địa phương\n\n"
            "Sáng 8-7, Thành ủy TP.BMT đã tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố lần "
            "thứ 12 (mở rộng).\n",
            "Thành ủy TP.BMT",
            "hội nghị Ban Chấp hành",
        ),
        (  # named only by its chair; a later meeting in the same sentence is no organ
            "Tin hoạt động của địa phương\n\n"
            "Sáng 20/6, Chủ tịch UBND tỉnh Lê Văn Hòa chủ trì phiên họp với các sở, ngành thông "
            "qua các báo cáo chuẩn bị cho hội nghị Tỉnh ủy và Kỳ họp HĐND tỉnh sắp tới.\n",
            "UBND tỉnh",
            "phiên họp",
        ),
        (
            "Thành phố thu ngân sách đạt 1.100 tỷ đồng\n\n"
            "Đồng chí Lê Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Tân An chủ trì hội "
            "nghị.\n\n6 tháng đầu năm 2024, thành phố thu ngân sách đạt 1.100 tỷ đồng.\n",
            "Thành ủy Tân An",
            "hội nghị",
        ),
        (  # the council named after a later mention of its session
            "Tin hoạt động của địa phương\n\n"
            "Khai mạc kỳ họp, đồng chí Chủ tịch HĐND huyện phát biểu. Năm 2024, kinh tế của huyện "
            "tăng trưởng khá.\nKỳ họp thứ 5 HĐND huyện sẽ làm việc đến hết ngày 20/12.\n",
            "HĐND huyện",
            "kỳ họp",
        ),
        (  # a headline in capitals
            "ĐẢNG BỘ XÃ TÂN AN TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM 2024\n\n"
            "Ngày 20/6/2024, Đảng bộ xã Tân An tổ chức Hội nghị sơ kết 6 tháng đầu năm.\n",
            "Đảng bộ xã Tân An",
            "hội nghị",
        ),
        (  # the council named after its session's number, "lần thứ" spelt out
            "Phấn đấu hoàn thành các chỉ tiêu năm 2026\n\nBáo cáo do Phó Chủ tịch UBND tỉnh trình "
            "bày tại kỳ họp lần thứ 11 HĐND tỉnh khóa XVII.\n",
            "HĐND tỉnh",
            "kỳ họp",
        ),
        (  # a People's Committee's regular "hội nghị" is its meeting
            "Chiều 4/11/2026, UBND huyện Tân Lập tổ chức Hội nghị thường kỳ tháng 10 để đánh giá "
            "tình hình trong tháng.\n",
            "UBND huyện Tân Lập",
            "phiên họp",
        ),
        (  # the headline spells the council out, the lead abbreviates it: the lead's wording
            "Hội đồng nhân dân xã Tân Lập tổ chức kỳ họp thứ 12\n\nNgày 10/7/2026, HĐND xã Tân "
            "Lập khóa XII tổ chức kỳ họp thứ 12.\n",
            "HĐND xã Tân Lập",
            "kỳ họp",
        ),
        (  # and the other way round
            "BTV Tỉnh ủy Tân Lập tổ chức hội nghị BCH Đảng bộ tỉnh lần thứ 7\n\nNgày 13/12/2026, "
            "Ban Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7.\n",
            "Ban Thường vụ Tỉnh ủy Tân Lập",
            "hội nghị Ban Chấp hành",
        ),
        (  # the province in brackets without "tỉnh"
            "Ngày 13-7-2026, Ban Thường vụ Thị ủy Tân Châu (An Giang) tổ chức Hội nghị Ban Chấp "
            "hành Đảng bộ thị xã lần thứ 21.\n",
            "Ban Thường vụ Thị ủy Tân Châu",
            "hội nghị Ban Chấp hành",
        ),
        (  # its monthly review conference is its meeting too
            "UBND thành phố Tân Lập vừa tổ chức Hội nghị sơ kết công tác tháng 8, triển khai "
            "nhiệm vụ công tác tháng 9 năm 2026.\n",
            "UBND thành phố Tân Lập",
            "phiên họp",
        ),
        (  # a Party board of a People's Committee, "Cán sự" in lower case
            "Tại hội nghị, trình bày tờ trình của Ban Cán sự Đảng UBND tỉnh về tình hình kinh "
            "tế sáu tháng đầu năm 2026, Phó Chủ tịch UBND tỉnh cho biết kinh tế tăng trưởng.\n",
            "Ban Cán sự Đảng UBND tỉnh",
            "hội nghị",
        ),
        (  # its review conference is a conference
            "Chiều 4/11/2026, UBND huyện Tân Lập tổ chức hội nghị sơ kết 10 tháng đầu năm.\n",
            "UBND huyện Tân Lập",
            "hội nghị",
        ),
        (  # a negated verb after the organ is no part of its name (held-out set 47)
            "Sáng 14/7, khai mạc Kỳ họp thứ 19, HĐND tỉnh Tân An khóa XII. Khác với các kỳ họp "
            "trước, HĐND tỉnh Tân An không tổ chức chất vấn.\n",
            "HĐND tỉnh Tân An",
            "kỳ họp",
        ),
        (  # an organ whose name holds lower-case words, then its level (held-out set 45)
            "Sáng 18/1/2027, Liên minh hợp tác xã (HTX) tỉnh đã tổ chức hội nghị tổng kết công "
            "tác năm 2026.\n",
            "Liên minh hợp tác xã tỉnh",
            "hội nghị",
        ),
        (  # a Party committee's inspection commission, its short name in brackets (held-out
            # set 43)
            "Sáng 2/7, Ủy ban Kiểm tra (UBKT) Huyện ủy Tân Lập tổ chức sơ kết công tác kiểm "
            "tra, giám sát 6 tháng đầu năm 2026.\n",
            "Ủy ban Kiểm tra Huyện ủy Tân Lập",
            "hội nghị",
        ),
    ],
)
def test_organizer(text: str, organizer: str, kind: str) -> None:
    found = meeting(text)
    assert (found["organizer"], found["kind"]) == (organizer, kind)


def test_year_from_the_same_period_baseline() -> None:
    found = meeting(
        "Tin hoạt động của địa phương\n\n"
        "Tại hội nghị giao ban, Sở cho biết 6 tháng đầu năm tổng doanh thu tăng 8% so với cùng "
        "kỳ năm 2023.\n"
    )
    assert found["review"] == {"months": 6, "year": 2024}


def test_a_month_of_the_year_is_no_whole_year_review() -> None:
    found = meeting(
        "Tin hoạt động của địa phương\n\n"
        "Chiều ngày 9/10/2023, UBND xã tổ chức phiên họp thường kỳ tháng 10 năm 2023.\n"
    )
    assert found["review"] is None


def test_quarter_reviewed_then_quarter_planned() -> None:
    found = meeting(
        "Tin hoạt động của địa phương\n\n"
        "Ngày 5-4, Huyện ủy Tân Lập tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ quý I, "
        "triển khai nhiệm vụ và giải pháp trọng tâm quý II-2024.\n"
    )
    assert (found["review"], found["plan"], found["date"]) == (
        {"quarter": 1, "year": 2024},
        {"quarter": 2, "year": 2024},
        "2024-04-05",
    )


def test_bracketed_chair_cue_names_that_person() -> None:
    found = meeting(
        "Tin hoạt động của địa phương\n\n"
        "Sáng ngày 20/12/2026, Đảng ủy xã Tân An tổ chức hội nghị tổng kết công tác Đảng năm 2026. "
        "Tham dự và chỉ đạo hội nghị có đồng chí Lê Văn Hòa - Trưởng ban Tuyên giáo Huyện ủy, đồng "
        "chí Trần Văn Nam - HUV - Bí thư Đảng ủy xã (Chủ trì hội nghị), đồng chí Lê Thị Mai - Chủ "
        "tịch UBND xã.\n"
    )
    assert found["chair"] == {"name": "Trần Văn Nam", "title": "Bí thư Đảng ủy xã"}


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (  # a place as the subject of the holding verb
            "Tin hoạt động của địa phương\n\n"
            "(TTV) - Sáng 24-11, huyện Tân Lập tổ chức hội nghị tổng kết tình hình kinh tế - xã "
            "hội năm 2026 và triển khai nhiệm vụ năm 2027.\n",
            "huyện Tân Lập",
        ),
        (  # a place inside a speaker's title is no organizer
            "Tin hoạt động của địa phương\n\n"
            "Phát biểu khai mạc kỳ họp, Phó Chủ tịch HĐND tỉnh Trần Văn Bình đánh giá kinh tế "
            "của tỉnh tiếp tục phục hồi.\n",
            None,
        ),
    ],
)
def test_place_as_organizer(text: str, organizer: str | None) -> None:
    assert meeting(text)["organizer"] == organizer


@pytest.mark.parametrize(
    "text",
    [
        (  # a month reviewed and the next planned: single months, which the contract has no
            # form for ("tháng 10" is not "10 tháng đầu năm"); held-out sets 77, 78 and 80
            "UBND huyện đánh giá kết quả tháng 10\n\n"
            "Chiều ngày 24/10, UBND huyện tổ chức hội nghị đánh giá kết quả tháng 10, triển khai "
            "nhiệm vụ tháng 11.\n\nTháng 10/2026, UBND huyện tập trung chỉ đạo thu ngân sách năm "
            "2026.\n"
        ),
        (  # a month's regular meeting; the year in the body is no period of its own
            "UBND huyện họp thường kỳ tháng 9\n\n"
            "Sáng 24/9, UBND huyện tổ chức phiên họp thường kỳ tháng 9/2026. Dự họp có lãnh đạo "
            "các phòng, ban. Chủ tịch UBND huyện chủ trì.\n\nNăm 2026, thu ngân sách ước đạt 95% "
            "dự toán.\n"
        ),
        (  # "họp phiên định kỳ" is a People's Committee meeting too
            "UBND huyện Tân Lập họp phiên định kỳ tháng 11\n\n"
            "Sáng 24/11/2026, UBND huyện Tân Lập tổ chức họp phiên định kỳ tháng 11. Dự họp có "
            "lãnh đạo các phòng, ban. Chủ tịch UBND huyện chủ trì.\n"
        ),
        (  # held early the next month
            "UBND tỉnh họp thường kỳ tháng 4\n\n"
            "Sáng 4-5-2026, ông Lê Văn Danh, Chủ tịch UBND tỉnh chủ trì cuộc họp UBND tỉnh "
            "thường kỳ tháng 4.\n"
        ),
        (  # held early in the month
            "UBND huyện họp thường kỳ tháng 4\n\n"
            "Sáng 5/4, UBND huyện tổ chức phiên họp thường kỳ tháng 4/2026. Dự họp có lãnh đạo "
            "các phòng, ban. Chủ tịch UBND huyện chủ trì.\n\nNăm 2026, thu ngân sách ước đạt 35% "
            "dự toán.\n"
        ),
    ],
)
def test_monthly_meetings_name_no_period(text: str) -> None:
    found = meeting(text)
    assert (found["review"], found["plan"]) == (None, None)


def test_the_body_a_conference_belongs_to() -> None:
    found = meeting(
        "Tin hoạt động của địa phương\n\n"
        "Ngày 12-1, tại Hội nghị tổng kết công tác năm 2026 và triển khai công tác năm 2027 của "
        "Công an tỉnh Tân An, Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh, cho biết năm qua đã điều "
        "tra làm rõ 650 vụ án.\n"
    )
    assert (found["organizer"], found["kind"]) == ("Công an tỉnh Tân An", "hội nghị")


def test_year_after_carrying_out_the_work_is_planned() -> None:
    found = meeting(
        "Tin hoạt động của địa phương\n\n"
        "Ngày 12-1, Công an tỉnh Tân An tổ chức Hội nghị tổng kết công tác năm 2026 và triển khai "
        "công tác năm 2027.\n"
    )
    assert (found["review"], found["plan"]) == (
        {"months": 12, "year": 2026},
        {"months": 12, "year": 2027},
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # at the People's Committee's conference, the chair heads the committee
            "Chiều 8-9-2026, UBND tỉnh tổ chức hội nghị đánh giá tình hình tháng 8. Phó Bí thư "
            "Tỉnh ủy - Chủ tịch UBND tỉnh Phạm Văn Chín chủ trì hội nghị.\n",
            "Chủ tịch UBND tỉnh",
        ),
        (  # a membership in the organizer's body is no head of it
            "Ngày 5/10/2026, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị lần thứ 9. Đồng "
            "chí Ngô Văn Mười, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy chủ trì.\n",
            "Bí thư Huyện ủy",
        ),
    ],
)
def test_chair_title_heads_the_organizer(text: str, title: str) -> None:
    assert meeting(text)["chair"]["title"] == title


def test_a_monthly_meeting_is_dated_by_the_month_it_plans() -> None:
    """No period is reported for single months, but the month planned with its year dates the
    meeting; the baseline year in the body does not (held-out set 79)."""
    found = meeting(
        "Sáng 7/2, ông Lê Văn Thọ, Chủ tịch UBND tỉnh chủ trì cuộc họp thường kỳ UBND tỉnh tháng "
        "1, đánh giá tình hình kinh tế - xã hội tháng 1 và triển khai một số nhiệm vụ trọng tâm "
        "tháng 2/2026.\n\nTrong tháng 1, 10/10 chỉ tiêu kinh tế đều tăng trưởng so với cùng kỳ "
        "năm 2025.\n"
    )
    assert found["date"] == "2026-02-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # those who came with the visit, listed before its leader (held-out set 126)
            "Thủ tướng làm việc tại Tân An\n\nCùng dự buổi làm việc có Ủy viên Bộ Chính trị, "
            "Trưởng ban Nội chính T.Ư Trần Văn Bình; Phó Chủ tịch Quốc hội Lê Văn Lộc. Tại buổi "
            "làm việc với tỉnh Tân An, Thủ tướng Nguyễn Văn Hòa yêu cầu tỉnh đẩy mạnh thu hút đầu "
            "tư.\n",
            {"kind": "buổi làm việc", "chair": {"name": "Nguyễn Văn Hòa", "title": "Thủ tướng"}},
        ),
        (  # the conclusion that opens the lead after an agency's prefix (held-out set 130)
            "Tập trung thu thuế ngoài quốc doanh\n(ABC) - Kết luận tại cuộc họp trực tuyến mới "
            "đây về triển khai kế hoạch năm 2027, Chủ tịch UBND tỉnh Lê Văn Hòa chỉ đạo ngành Thuế "
            "tập trung thu ngân sách.\n",
            {"chair": {"name": "Lê Văn Hòa", "title": "Chủ tịch UBND tỉnh"}},
        ),
        (  # the inspectorate holds its review; its head's title there names the chair (set 135)
            "Sáng nay (ngày 7/7/2026), Thanh tra Chính phủ tổ chức Hội nghị trực tuyến toàn quốc "
            "sơ kết công tác 6 tháng đầu năm của ngành Thanh tra. Đồng chí Lê Văn Hòa – Uỷ viên "
            "BCH Trung ương Đảng, Tổng Thanh tra Chính phủ chủ trì Hội nghị.\n",
            {
                "organizer": "Thanh tra Chính phủ",
                "chair": {"name": "Lê Văn Hòa", "title": "Tổng Thanh tra Chính phủ"},
            },
        ),
    ],
)
def test_who_leads_it(text: str, expected: dict) -> None:
    m = meeting(text)
    assert {k: m[k] for k in expected} == expected
