"""Meeting metadata where the lead does not open on the meeting: captions and kickers
above the story, a summary of results before the dated opening, headlines of the form
"Organ: what it did", a province in apposition, standing boards that chair, a body that
meets itself, spans of years and statistics releases. Every sentence is written for
these tests."""

import pytest
from meeting_check import meeting

from tiendo.extract.engine import extract_text

SUMMARY_FIRST = (
    "Năm 2021, tổng giá trị sản xuất toàn huyện ước đạt 3.100 tỷ đồng\n\n"
    "Tổng giá trị sản xuất ước đạt 3.100 tỷ đồng, tăng 7,2% so với năm 2020.\n\n"
    "Quang cảnh hội nghị\n\n"
    "Thu ngân sách trên địa bàn đạt 101% dự toán.\n\n"
    "Nhiều chỉ tiêu xã hội đạt và vượt kế hoạch.\n\n"
    "Ngày 14/12/2021, Ban Chấp hành Đảng bộ huyện Tân Hòa, tỉnh Bình Giang tổ chức hội nghị "
    "lần thứ 9 đánh giá kết quả năm 2021, triển khai nhiệm vụ năm 2022.\n"
)


def test_dated_opening_after_a_summary_of_results() -> None:
    m = meeting(SUMMARY_FIRST)
    assert m["date"] == "2021-12-14"
    assert m["organizer"] == "Ban Chấp hành Đảng bộ huyện Tân Hòa"
    assert m["kind"] == "hội nghị Ban Chấp hành"
    assert m["session"] == 9


def test_a_later_dated_sentence_without_a_meeting_is_not_its_date() -> None:
    text = (
        "Huyện Tân Hòa: kinh tế tăng trưởng khá trong năm 2021\n\n"
        "Quang cảnh hội nghị\n\n"
        "Tổng giá trị sản xuất ước đạt 3.100 tỷ đồng.\n\n"
        "Thu ngân sách trên địa bàn đạt 101% dự toán.\n\n"
        "Nhiều chỉ tiêu xã hội đạt và vượt kế hoạch.\n\n"
        "Ngày 10/11/2021, tuyến đường liên xã được đưa vào sử dụng.\n"
    )
    assert meeting(text)["date"] is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a kicker naming the district and province above the headline
            "Tân Hòa – Bình Giang\n\nNăm 2021, giá trị sản xuất của huyện tăng 7,2%\n\n"
            "Ngày 14/12/2021, Huyện ủy Tân Hòa tổ chức hội nghị.\n",
            "Năm 2021, giá trị sản xuất của huyện tăng 7,2%",
        ),
        (  # the newspaper's section above the headline
            "Quốc hội - Hội đồng nhân dân\nKỳ họp thứ Tư, HĐND xã Đông Phú khóa I\n\n"
            "Ngày 18/12, HĐND xã Đông Phú tổ chức Kỳ họp thứ Tư.\n",
            "Kỳ họp thứ Tư, HĐND xã Đông Phú khóa I",
        ),
        (  # the station's tag in capitals before the headline
            "(TTV) Sở Y tế triển khai nhiệm vụ năm 2027\n\nNgày 5/1/2027, Sở Y tế tổ chức hội nghị.\n",
            "Sở Y tế triển khai nhiệm vụ năm 2027",
        ),
        (  # a slideshow's labels and the page's label above the headline (held-out set 78)
            "Slideshow Image 1 Slideshow Image 1 Slideshow Image 1\n\nChi tiết tin\n\n"
            "Huyện ủy Tân Lập sơ kết tháng 7/2027\n\nNgày 30/7/2027, Huyện ủy Tân Lập tổ chức "
            "hội nghị.\n",
            "Huyện ủy Tân Lập sơ kết tháng 7/2027",
        ),
        (  # a short article: the sharing button and the footer's banner after the body are no
            # chrome above a headline (held-out set 86)
            "Kinh tế Kinh tế\n\n09/08/2026 - 20:01\n\nTân Lập: Thu ngân sách đạt trên 45 tỷ đồng"
            "\n\nTTH - Sáng ngày 9/8, HĐND huyện Tân Lập tổ chức kỳ họp thứ 2, nhằm đánh giá tình "
            "hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, bàn và quyết "
            "định các nhiệm vụ trọng tâm 6 tháng cuối năm 2026.\n\nHải Huế\n\nChia sẻ bài viết"
            "\n\n\nĐỒNG HÀNH CÙNG DOANH NGHIỆP",
            "Tân Lập: Thu ngân sách đạt trên 45 tỷ đồng",
        ),
        (  # a bracket that is part of the headline stays
            "(Dự thảo) Báo cáo kinh tế năm 2027\n\nNgày 5/1/2027, Sở Y tế tổ chức hội nghị.\n",
            "(Dự thảo) Báo cáo kinh tế năm 2027",
        ),
        (  # a label closed by a colon, a blank line, then the headline (held-out set 120)
            "Phiên họp thường kỳ UBND tỉnh tháng 3/2026:\n\nTháo gỡ điểm nghẽn về quy hoạch\n\n"
            "LCĐT - Chiều 1/3, Chủ tịch UBND tỉnh chủ trì phiên họp.\n",
            "Tháo gỡ điểm nghẽn về quy hoạch",
        ),
        (  # two section names glued before the headline (held-out sets 108 and 120)
            " date 2026-10 Thời sự - Chính trị UBND tỉnh họp phiên thường kỳ tháng 10\n\n"
            "(TTV) – Chiều ngày 28/10, Chủ tịch UBND tỉnh chủ trì phiên họp.\n",
            "UBND tỉnh họp phiên thường kỳ tháng 10",
        ),
        (  # a sidebar's headings and a portrait above the headline (held-out set 119)
            "Tìm kiếm tin tức\n          Đồng chí NGUYỄN VĂN HÙNG\n   Chủ tịch UBND huyện \n"
            "Liên kết website\nHội nghị Huyện ủy lần thứ XVI (khóa XI)\nNgày cập nhật 28/03/2026\n\n"
            "Ngày 26.3 Huyện ủy Tân Lập đã tổ chức Hội nghị Huyện ủy lần thứ XVI.\n",
            "Hội nghị Huyện ủy lần thứ XVI (khóa XI)",
        ),
        (  # the speaker above a quoted headline is its kicker (held-out set 107)
            "12/10/2026 - 20:15\n\nĐồng chí Lê Văn Hải, Bí thư Huyện ủy:\n\nDồn sức cho các "
            "chỉ tiêu còn lại của năm 2026\n\nNgày 12-10-2026, Ban Thường vụ Huyện ủy họp.\n",
            "Dồn sức cho các chỉ tiêu còn lại của năm 2026",
        ),
        (  # a posting stamp, time first, on the line under the headline (held-out set 227)
            "Phường An Lạc: Phấn đấu các chỉ tiêu đạt từ 60% trở lên\n22:29 - 02/04/2026\n\n"
            "(TG) UBND phường An Lạc vừa tổ chức hội nghị sơ kết quý I.",
            "Phường An Lạc: Phấn đấu các chỉ tiêu đạt từ 60% trở lên",
        ),
        (  # a site named by its domain and its motto above the headline
            "Tintuc.vn - Kênh thông tin tổng hợp\n\nXã Tân Lập tổng kết công tác năm 2026\n\n"
            "Sáng 28/12, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết.",
            "Xã Tân Lập tổng kết công tác năm 2026",
        ),
    ],
)
def test_labels_above_the_headline(text: str, title: str) -> None:
    assert extract_text(text).title == title


@pytest.mark.parametrize(
    ("text", "organizer", "kind"),
    [
        (  # "Organ: what it did" headline
            "Đảng ủy xã Phú Lộc: Đánh giá kết quả thực hiện nhiệm vụ năm 2023\n\n"
            "Quang cảnh hội nghị\n\nTrong năm 2023, kinh tế của xã tăng trưởng 8,1%.\n",
            "Đảng ủy xã Phú Lộc",
            "hội nghị",
        ),
        (  # a province in apposition after a district's organ
            "Chiều 3/7/2024, Huyện ủy Mỹ Lâm, tỉnh Hà Giang tổ chức hội nghị sơ kết 6 tháng.\n",
            "Huyện ủy Mỹ Lâm",
            "hội nghị",
        ),
        (  # the standing board chairs the committee's conference
            "Thường trực Tỉnh ủy chủ trì hội nghị\n\nSáng 5/10/2024, hội nghị đánh giá kết quả "
            "9 tháng đầu năm 2024 đã diễn ra.\n",
            "Tỉnh ủy",
            "hội nghị",
        ),
        (  # a department that chairs a press conference
            "Chiều 27/12/2022, Cục Thống kê tỉnh chủ trì buổi họp báo công bố số liệu thống kê "
            "kinh tế - xã hội năm 2022.\n",
            "Cục Thống kê tỉnh",
            "hội nghị",
        ),
        (  # the executive committee itself meets: its plenum, though not numbered
            "BCH Đảng bộ xã Yên Thành họp đánh giá công tác 9 tháng đầu năm 2022\n\n"
            "Sáng 6/10/2022, BCH Đảng bộ xã đã tổ chức họp đánh giá kết quả 9 tháng.\n\n"
            "Tham dự hội nghị có các đồng chí trong Ban Chấp hành.\n",
            "BCH Đảng bộ xã Yên Thành",
            "hội nghị Ban Chấp hành",
        ),
        (  # the body an office belongs to describes it; the office holds the conference
            "Ngành giáo dục huyện tổng kết năm học 2022-2023\n\nNgày 10/8/2023, Phòng Giáo dục "
            "và Đào tạo thuộc UBND huyện Tân Lập tổ chức hội nghị tổng kết năm học.\n",
            "Phòng Giáo dục và Đào tạo",
            "hội nghị",
        ),
        (  # with the parent's short name in brackets
            "Ngành y tế tổng kết năm 2022\n\nNgày 10/1/2023, Trung tâm Y tế trực thuộc Sở Y tế "
            "(SYT) tổ chức hội nghị tổng kết năm 2022.\n",
            "Trung tâm Y tế",
            "hội nghị",
        ),
        (  # a body that "holds a review" holds a review conference, the word unsaid
            "Ngành hải quan sơ kết 6 tháng\n\n(PV) - Ngày 5-7, Tổng cục Hải quan tổ chức sơ kết "
            "công tác 6 tháng đầu năm 2024.\n",
            "Tổng cục Hải quan",
            "hội nghị",
        ),
        (  # a bank's board that "meets to review"
            "Vốn chính sách đến với hộ nghèo\n\nNgày 14.7, Ban đại diện Hội đồng quản trị Ngân hàng "
            "Chính sách xã hội huyện Tân Lập họp đánh giá kết quả hoạt động 6 tháng đầu năm 2022.\n",
            "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện Tân Lập",
            "hội nghị",
        ),
        (  # a sector office whose name joins two compounds with a dash
            "Giáo dục huyện chuyển biến tích cực\n\nVừa qua, Phòng Giáo dục - Đào tạo huyện Tân "
            "Lập đã tổ chức hội nghị tổng kết năm học 2021-2022.\n",
            "Phòng Giáo dục - Đào tạo huyện Tân Lập",
            "hội nghị",
        ),
        (  # the organ's short name in brackets before its verb
            "Triển khai công tác năm 2016\n\nNgày 26-1-2016, Sở Lao động - Thương binh và Xã hội "
            "(LĐTB&XH) tổ chức hội nghị triển khai công tác năm 2016.\n",
            "Sở Lao động - Thương binh và Xã hội",
            "hội nghị",
        ),
        (  # an acronym in pieces
            "Doanh thu du lịch tăng mạnh\n\nSở VH-TT&DL vừa tổ chức hội nghị tổng kết năm 2024.\n",
            "Sở VH-TT&DL",
            "hội nghị",
        ),
        (  # a place that opens the lead, its level in capitals
            "Bảo hiểm y tế toàn dân\n\n(PV) - Huyện Tân Lập vừa tổ chức hội nghị tổng kết công "
            "tác bảo hiểm y tế năm 2021.\n",
            "Huyện Tân Lập",
            "hội nghị",
        ),
        (  # the office "reviews": a review conference; meetings in general are none
            "Chi cục Thống kê tổng kết năm 2017\n\nChiều ngày 23/1/2018, Chi cục Thống kê tổng "
            "kết hoạt động năm 2017. Chi cục phục vụ kịp thời các kỳ họp của huyện.\n",
            "Chi cục Thống kê",
            "hội nghị",
        ),
        (  # a mass organisation, its name in lower case
            "Cựu chiến binh huyện tổng kết năm\n\nNgày 10/1/2014, Hội cựu chiến binh huyện Tân "
            "Lập vừa tổ chức hội nghị tổng kết công tác hội năm 2013.\n",
            "Hội cựu chiến binh huyện Tân Lập",
            "hội nghị",
        ),
        (
            "Nông dân sơ kết quý I\n\nNgày 5/4/2017, Hội Nông dân tỉnh Tân An tổ chức hội nghị "
            "giao ban quý I năm 2017.\n",
            "Hội Nông dân tỉnh Tân An",
            "hội nghị",
        ),
        (  # a standing board's "cuộc họp" is its conference; the portal's visitor counter
            # above the headline is no headline (held-out set 77)
            "Truy cập hiện tại\n\nĐang có 151 khách và không thành viên đang online\n\n"
            "Ban Thường vụ huyện ủy Tân Lập họp đánh giá tình hình quý I năm 2027\n\n"
            "Ngày 5/4/2027, Ban Thường vụ huyện ủy Tân Lập tổ chức cuộc họp mở rộng đánh giá tình "
            "hình thực hiện nhiệm vụ trong quý I.\n",
            "Ban Thường vụ huyện ủy Tân Lập",
            "hội nghị Ban Thường vụ",
        ),
        (  # a caption line above the lead, its photographer after a full stop (held-out set 77)
            "Tân Lập tổng kết năm 2027\n\nĐại biểu tham dự hội nghị. Ảnh: Nguyễn Sơn\n\n"
            "Đại biểu tham dự hội nghị. Ảnh: Nguyễn Sơn\n\n"
            "Huyện ủy Tân Lập vừa tổ chức Hội nghị Huyện ủy mở rộng lần thứ 15 để tổng kết tình "
            "hình thực hiện nghị quyết năm 2027.\n",
            "Huyện ủy Tân Lập",
            "hội nghị Ban Chấp hành",
        ),
        (  # an executive committee hosting a conference for others stays generic
            "Ban Chấp hành Đảng bộ huyện Mỹ Lâm tổ chức hội nghị\n\n"
            "Ngày 2/3/2024, Ban Chấp hành Đảng bộ huyện Mỹ Lâm tổ chức hội nghị học tập "
            "chuyên đề năm 2024.\n",
            "Ban Chấp hành Đảng bộ huyện Mỹ Lâm",
            "hội nghị",
        ),
    ],
)
def test_organizer_and_kind_in_other_leads(text: str, organizer: str, kind: str) -> None:
    m = meeting(text)
    assert (m["organizer"], m["kind"]) == (organizer, kind)


@pytest.mark.parametrize(
    ("text", "date", "review", "plan"),
    [
        (  # a five-year plan named in the lead is neither the year planned nor the year
            "Kỳ họp thứ 9, HĐND huyện Đông Sơn khóa XX\n\nSáng 4/3, HĐND huyện Đông Sơn tổ chức "
            "kỳ họp thứ 9 (kỳ họp chuyên đề).\n\nChủ tịch HĐND huyện nhấn mạnh năm 2024 là năm "
            "quan trọng của Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.\n",
            "2024-03-04",
            None,
            None,
        ),
        (  # a school year: the first year of the span dates the conference
            "Ngành học mầm non tổng kết năm học 2018-2019\n\nNgày 20/8, Phòng Giáo dục mầm non "
            "tổ chức hội nghị tổng kết năm học.\n\nNăm 2019 -2020, ngành tiếp tục nâng cao chất "
            "lượng.\n",
            "2019-08-20",
            None,
            None,
        ),
        (  # statistics released for a year are that year's review
            "Chiều 27/12, Cục Thống kê tỉnh chủ trì buổi họp báo công bố số liệu thống kê "
            "kinh tế - xã hội năm 2022.\n",
            "2022-12-27",
            {"months": 12, "year": 2022},
            None,
        ),
        (  # the headline's target year, then a past-tense clause on the year reviewed, and
            # a resolution passed on the next year's tasks
            "Huyện Mường Tè phấn đấu năm 2020 giảm 5% hộ nghèo\n\n"
            "09:12 - Thứ Tư, 18/12/2019 Lượt xem: 3120 In bài viết\n\n"
            "Trong 2 ngày (17 - 18/12), HĐND huyện Mường Tè khóa XX họp kỳ thứ 9.\n\n"
            "Báo cáo tại kỳ họp cho thấy, năm 2019 huyện Mường Tè đã hoàn thành nhiều chỉ "
            "tiêu.\n\nKỳ họp đã thông qua nghị quyết thực hiện nhiệm vụ năm 2020.\n",
            "2019-12-17",
            {"months": 12, "year": 2019},
            {"months": 12, "year": 2020},
        ),
    ],
)
def test_dates_and_periods_in_other_leads(text: str, date: str, review, plan) -> None:
    m = meeting(text)
    assert (m["date"], m["review"], m["plan"]) == (date, review, plan)


def test_chair_who_presides_the_session() -> None:
    text = (
        "Kỳ họp thứ Hai, HĐND xã An Phú khóa I\n\n"
        "Ngày 22/12, HĐND xã An Phú tổ chức Kỳ họp thứ Hai. Các đồng chí: Lê Văn Hòa - Bí thư "
        "Đảng ủy, Chủ tịch HĐND xã; Trần Thị Mai - Phó Chủ tịch HĐND xã chủ tọa kỳ họp.\n"
    )
    assert meeting(text)["chair"] == {"name": "Lê Văn Hòa", "title": "Chủ tịch HĐND xã"}


@pytest.mark.parametrize(
    "text",
    [
        (  # two sentences on the first line: the lead, no headline
            "Các Phó Chủ tịch HĐND huyện chủ trì kỳ họp. Các đồng chí trong Thường trực Huyện "
            "ủy dự kỳ họp.\n\nKỳ họp đánh giá kết quả 6 tháng đầu năm 2023.\n"
        ),
        (  # a sentence opening on where it happened
            "Tại hội nghị, các đại biểu nghe báo cáo tổng kết công tác năm 2022, phương hướng "
            "năm 2023.\n\nThu ngân sách đạt 105% dự toán.\n"
        ),
        (  # a sentence opening on when
            "Trong 9 tháng, UBND thị xã đã chỉ đạo các ngành triển khai đồng bộ các giải pháp.\n\n"
            "Kinh tế tăng trưởng khá.\n"
        ),
        (  # a sentence that goes on from one cut off before it (held-out set 110)
            "Cũng tại hội nghị, Đảng ủy đã trao giấy khen cho 3 tập thể và 12 cá nhân.\n"
            "Sáng ngày 17/12/2026, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết.\n"
        ),
    ],
)
def test_first_line_that_is_the_lead_is_no_headline(text: str) -> None:
    assert extract_text(text).title is None


def test_headline_with_an_abbreviated_city_keeps_its_title() -> None:
    text = "TP. Tân An tổng kết công tác năm 2022\n\nNgày 5/1/2023, Thành ủy Tân An tổ chức hội nghị.\n"
    assert extract_text(text).title == "TP. Tân An tổng kết công tác năm 2022"


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (  # a guest heading a steering team is no chair
            "Đảng ủy xã Hòa An họp đánh giá công tác 6 tháng đầu năm 2021\n\n"
            "Chiều 12/7/2021, Ban Chấp hành Đảng bộ xã Hòa An tổ chức họp. Tham dự hội nghị có "
            "đồng chí Phan Văn Lộc, Huyện ủy viên, trưởng đoàn công tác của huyện.\n",
            None,
        ),
        (  # a guest named again later, as a delegation's head, is still a guest
            "Đảng ủy xã Hòa An họp đánh giá công tác 6 tháng đầu năm 2021\n\n"
            "Chiều 12/7/2021, Ban Chấp hành Đảng bộ xã Hòa An tổ chức họp. Tham dự hội nghị có "
            "đồng chí Phan Văn Lộc, Huyện ủy viên. Sau khi nghe ý kiến, đồng chí Phan Văn Lộc, "
            "trưởng đoàn công tác của huyện đã phát biểu.\n",
            None,
        ),
        (  # co-chairs listed before one cue: the first; a title naming its constituency
            "Tỉnh ủy Tân An họp lần thứ 25\n\nNgày 30/1/2015, Tỉnh ủy Tân An tổ chức hội nghị lần "
            "thứ 25. Ông Trần Văn Ngọc, Bí thư Tỉnh ủy; ông Lê Văn Danh, Chủ tịch HĐND tỉnh, Trưởng "
            "Đoàn Đại biểu Quốc hội đơn vị tỉnh Tân An; ông Phạm Văn Khang, Phó Bí thư Tỉnh ủy "
            "cùng chủ trì hội nghị.\n",
            {"name": "Trần Văn Ngọc", "title": "Bí thư Tỉnh ủy"},
        ),
        (  # the cue names the chair by a title held by one person named earlier
            "Huyện ủy Tân Lập sơ kết 6 tháng\n\nNgày 10/7/2015, Huyện ủy Tân Lập tổ chức hội "
            "nghị sơ kết 6 tháng đầu năm 2015. Đồng chí Lê Thanh Hà - TUV, Bí thư Huyện ủy đã báo "
            "cáo dự thảo. Kết luận hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh các nhiệm vụ.\n",
            {"name": "Lê Thanh Hà", "title": "Bí thư Huyện ủy"},
        ),
        (  # a title no one named holds gives no chair
            "Huyện ủy Tân Lập sơ kết 6 tháng\n\nNgày 10/7/2015, Huyện ủy Tân Lập tổ chức hội "
            "nghị sơ kết 6 tháng đầu năm 2015. Kết luận hội nghị, đồng chí Bí thư Huyện ủy nhấn "
            "mạnh các nhiệm vụ.\n",
            None,
        ),
        (  # a guest who attends and directs is no chair (held-out sets 41, 43, 45)
            "Liên minh hợp tác xã tỉnh tổng kết năm 2026\n\nSáng 18/1/2027, Liên minh hợp tác "
            "xã (HTX) tỉnh Tân An tổ chức hội nghị tổng kết công tác năm 2026. Đồng chí Lê Văn "
            "Danh, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. Phát biểu chỉ đạo tại hội nghị, "
            "đồng chí Lê Văn Danh đề nghị các hợp tác xã đổi mới.\n",
            None,
        ),
        (  # a guest said to preside is the chair
            "Đảng ủy xã Hòa An họp đánh giá công tác 6 tháng đầu năm 2021\n\n"
            "Chiều 12/7/2021, Ban Chấp hành Đảng bộ xã Hòa An tổ chức họp. Tham dự và chủ trì "
            "hội nghị có đồng chí Phan Văn Lộc, Bí thư Đảng ủy xã.\n",
            {"name": "Phan Văn Lộc", "title": "Bí thư Đảng ủy xã"},
        ),
        (  # who closes the session chairs it
            "HĐND huyện Tân Lập bế mạc kỳ họp thứ 8\n\nNgày 5/7/2026, HĐND huyện Tân Lập tổ "
            "chức kỳ họp thứ 8. Đồng chí Trần Văn Cường – Bí thư Huyện ủy – Chủ tịch HĐND huyện "
            "bế mạc kỳ họp.\n",
            {"name": "Trần Văn Cường", "title": "Chủ tịch HĐND huyện"},
        ),
        (  # ... and so does who moderates it
            "HĐND tỉnh Tân An khai mạc kỳ họp thứ 9\n\nNgày 12/7/2026, HĐND tỉnh Tân An khai "
            "mạc kỳ họp thứ 9. Kỳ họp được tổ chức dưới sự điều hành của Phó Chủ tịch Thường "
            "trực HĐND tỉnh Trần Mạnh Dũng.\n",
            {"name": "Trần Mạnh Dũng", "title": "Phó Chủ tịch Thường trực HĐND tỉnh"},
        ),
        (  # the concluding words open the sentence, their clause runs to a comma; the title,
            # a comma, then the address and the name
            "UBND tỉnh Tân An họp phiên thường kỳ\n\nPhát biểu kết luận phiên họp chiều 27/7, "
            "Chủ tịch UBND tỉnh Tân An, ông Trần Tiến Dũng đã ghi nhận sự cố gắng của các ngành.\n",
            {"name": "Trần Tiến Dũng", "title": "Chủ tịch UBND tỉnh Tân An"},
        ),
        (
            "TP Tân An họp về kinh tế - xã hội\n\nKết luận tại phiên họp về tình hình kinh tế - xã "
            "hội chiều 30/10, ông Phan Văn Mãi, Chủ tịch UBND thành phố, đã quán triệt các nội "
            "dung.\n",
            {"name": "Phan Văn Mãi", "title": "Chủ tịch UBND thành phố"},
        ),
        (  # the late leader whose anniversary the visit is for chairs nothing (held-out set 84)
            "Ngày 6.4.2027, nhân dịp dự lễ kỷ niệm 110 năm ngày sinh cố Tổng Bí thư Lê Văn Duẩn, "
            "Tổng Bí thư Nguyễn Văn Trọng đã có buổi làm việc với lãnh đạo tỉnh Tân An.\n",
            {"name": "Nguyễn Văn Trọng", "title": "Tổng Bí thư"},
        ),
    ],
)
def test_guests_and_chairs(text: str, chair) -> None:
    assert meeting(text)["chair"] == chair


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (  # a crawl stamp with the day
            " date 2025-12-23 Kỳ họp thứ 4, HĐND xã Tân Lập khóa XXII\n\n"
            "Ngày 23/12, HĐND xã Tân Lập tổ chức kỳ họp thứ 4.\n",
            "Kỳ họp thứ 4, HĐND xã Tân Lập khóa XXII",
            "2025-12-23",
        ),
        (  # the site's dateline above the headline is no headline, nor the meeting's date
            "Hà Nội, ngày 30-11-2021\n\nQuận Tân Lập: 9 tháng năm 2021, thu ngân sách hơn 900 tỷ đồng\n\n"
            "22/10/2021 12:53 | 0\n\n(PV) - Sáng 22-10, Quận ủy Tân Lập tổ chức hội nghị lần thứ mười.\n",
            "Quận Tân Lập: 9 tháng năm 2021, thu ngân sách hơn 900 tỷ đồng",
            "2021-10-22",
        ),
    ],
)
def test_page_stamps_and_datelines(text: str, title: str, date: str) -> None:
    record = extract_text(text)
    assert (record.title, record.meeting.date if record.meeting else None) == (title, date)


@pytest.mark.parametrize(
    ("last_line", "authors"),
    [
        ("Đức Phương.", ["Đức Phương"]),  # a full stop after the by-line
        ("Hội nghị bế mạc.", []),  # a sentence is no by-line
    ],
)
def test_byline_with_a_full_stop(last_line: str, authors: list[str]) -> None:
    text = f"Tin hội nghị\n\nNgày 5/10/2024, Huyện ủy Tân Lập tổ chức hội nghị.\n\n{last_line}\n"
    assert extract_text(text).authors == authors


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("D.Q\n\n,\n.", ["D.Q"]),  # initials alone; stray punctuation after them
        ("HG", ["HG"]),
        ("Quang Hưng\n\nNguồn Hà Nội TV: https://example.vn/video/tin.htm", ["Quang Hưng"]),
        ("UBND", []),  # an acronym of more letters is no by-line
    ],
)
def test_bylines_of_initials_and_before_a_source_line(tail: str, authors: list[str]) -> None:
    text = f"Tin hội nghị\n\nNgày 5/10/2024, Huyện ủy Tân Lập tổ chức hội nghị.\n\n{tail}\n"
    assert extract_text(text).authors == authors
