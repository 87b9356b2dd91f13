"""Meeting periods, dates and names in the shapes of held-out set 2's error classes: a
headline on next year's target, January dates of year-end reviews, plan years stated apart,
spelled-out periods, tenure after "khoá", and the people and documents around them."""

import pytest
from meeting_check import meeting

from tiendo.extract.engine import extract_text


@pytest.mark.parametrize(
    ("text", "date", "review", "plan"),
    [
        (  # the year in the subject of a resolution carried out is the year reviewed
            # (held-out set 79)
            "Sáng 8-12, HĐND tỉnh Tân An đã tổ chức kỳ họp thứ 6 (kỳ họp cuối năm 2026), tổng "
            "kết tình hình thực hiện nghị quyết HĐND tỉnh về kế hoạch phát triển kinh tế - xã "
            "hội năm 2026 và giai đoạn 5 năm 2021 - 2026.",
            "2026-12-08",
            {"months": 12, "year": 2026},
            None,
        ),
        (  # the council's regular year-end session reviews the year it ends
            "HĐND phường Tân An kỳ họp cuối năm\n\nNgày 20/12, HĐND phường Tân An tổ chức kỳ họp "
            "thường lệ cuối năm 2026, quyết định nhiệm vụ năm 2027.",
            "2026-12-20",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # a review conference named without its year: the clause that says the year's
            # targets were all reached reviews it, and the January date falls after it
            "Ngành Công Thương tổng kết năm\n\nThông tin được nêu tại Hội nghị tổng kết ngành "
            "Công Thương tỉnh Tân An, chiều 5/1.\n\nTheo báo cáo của Sở Công Thương, năm 2026, "
            "toàn bộ 5 chỉ tiêu chủ yếu của ngành đều đạt và vượt kế hoạch.",
            "2027-01-05",
            {"months": 12, "year": 2026},
            None,
        ),
        (  # a special session that adjusts the year's plans plans no year (held-out set 75)
            "HĐND tỉnh Tân An họp chuyên đề\n\nSáng 10/11, HĐND tỉnh Tân An khóa XVII, nhiệm kỳ "
            "2021 - 2026 tổ chức kỳ họp thứ 43 (kỳ họp chuyên đề). Các đại biểu thảo luận các nội "
            "dung: Điều chỉnh kế hoạch đầu tư công và kế hoạch vốn thực hiện các chương trình mục "
            "tiêu quốc gia giai đoạn 2021- 2025 và năm 2026; điều chỉnh dự toán thu ngân sách năm "
            "2026.",
            "2026-11-10",
            None,
            None,
        ),
        (  # the year's plan a result exceeded names no period: the months in the body do
            "Tân An thu ngân sách vượt kế hoạch năm 2026\n\nĐến cuối tháng 9/2026, thu ngân sách "
            "đạt 211% kế hoạch năm. Tại hội nghị kiểm điểm công tác 9 tháng đầu năm vào chiều "
            "27/9, Chủ tịch UBND huyện yêu cầu triển khai nhiệm vụ quý IV.",
            "2026-09-27",
            {"months": 9, "year": 2026},
            {"quarter": 4, "year": 2026},
        ),
        (  # a horizon ("đến năm 2030") is no year of the report
            "Đoàn công tác Trung ương làm việc với Thành ủy Tân An\n\nChiều ngày 10.10.2026, "
            "đoàn công tác Trung ương có buổi làm việc với Ban Thường vụ Thành ủy Tân An về tình "
            "hình thực hiện các Nghị quyết về phát triển thành phố đến năm 2030, tầm nhìn đến "
            "năm 2045. Trong 9 tháng đầu năm 2026, kinh tế tăng 6%.",
            "2026-10-10",
            {"months": 9, "year": 2026},
            None,
        ),
        (  # the last months of a year planned, no period reviewed: the date falls before them,
            # a later sentence on the same months without their year changes nothing
            "HĐND xã Tân An họp kỳ thứ hai\n\nNgày 20/8, HĐND xã Tân An tổ chức kỳ họp thứ hai. "
            "Theo đó, 6 tháng cuối năm 2026, xã tiếp tục triển khai các nhiệm vụ. Phấn đấu thu "
            "ngân sách 6 tháng cuối năm đạt 11 tỷ đồng. Dự kiến chương trình giám sát năm 2027.",
            "2026-08-20",
            None,
            {"months": 6, "year": 2026},
        ),
        (  # no year named by itself: the full date later in the text gives it
            "Tân An thu ngân sách đạt 56% dự toán\n\n"
            "Chiều 17/6, HĐND huyện Tân An tổ chức kỳ họp thứ 21, đánh giá tình hình kinh tế - "
            "xã hội 6 tháng đầu năm, chuẩn bị sáp nhập đơn vị hành chính từ ngày 1/7/2026.",
            "2026-06-17",
            {"months": 6, "year": 2026},
            None,
        ),
        (  # the last months of the year reviewed are behind the meeting: the next year is planned
            "Huyện Tân Lập họp phiên thường kỳ tháng 11\n\n"
            "Ngày 18/11, UBND huyện tổ chức phiên họp, nghe báo cáo tình hình kinh tế - xã hội năm "
            "2026, phương hướng nhiệm vụ năm 2027; báo cáo giải quyết kiến nghị của cử tri 6 "
            "tháng cuối năm 2026.",
            "2026-11-18",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # carrying out the year's targets reviews the year; the plan words end nearer it
            "HĐND huyện Tân Lập họp cuối năm\n\n"
            "Ngày 23/12/2026, HĐND huyện Tân Lập tổ chức kỳ họp thứ 10, đánh giá kết quả thực "
            "hiện các mục tiêu KT - XH năm 2026; triển khai nhiệm vụ năm 2027.",
            "2026-12-23",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # two years planned in one clause: the earlier is the one reviewed (held-out set 42)
            "HĐND huyện Tân Lập họp cuối năm\n\n"
            "Sáng 18/12, HĐND huyện Tân Lập tổ chức kỳ họp thứ 9, nhằm đánh giá kết quả thực "
            "hiện các mục tiêu nhiệm vụ phát triển kinh tế - xã hội năm 2026 và phương hướng "
            "nhiệm vụ năm 2027.",
            "2026-12-18",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # two days in words: the first (held-out set 46)
            "HĐND tỉnh Tân An họp cuối năm\n\n"
            "Ngày 12 và 13 tháng 01 năm 2027, HĐND tỉnh Tân An tổ chức kỳ họp thứ 26, đánh giá "
            "kết quả năm 2026, triển khai nhiệm vụ năm 2027.",
            "2027-01-12",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # the tasks left for the year name the year and the months planned (held-out set 47)
            "HĐND thị xã Tân Lập họp giữa năm\n\n"
            "Sáng 20/7, HĐND thị xã Tân Lập tổ chức kỳ họp thứ 14 nhằm đánh giá tình hình thực "
            "hiện nhiệm vụ 6 tháng đầu năm; bổ sung các giải pháp để thực hiện chỉ tiêu, nhiệm vụ "
            "còn lại của năm 2026, quyết toán ngân sách năm 2025.",
            "2026-07-20",
            {"months": 6, "year": 2026},
            {"months": 6, "year": 2026},
        ),
        (  # the headline names next year's target, not the year reviewed
            "Năm 2027, xã Tân Lập phấn đấu thu ngân sách đạt 20 tỷ đồng\n\n"
            "Ngày 9/1, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2026, triển "
            "khai nhiệm vụ năm 2027.",
            "2027-01-09",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # the review year only implied in the body: a January date goes to the next year
            "Xã Tân Lập tổng kết công tác xây dựng Đảng\n\n"
            "Chiều 4/1, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác xây dựng Đảng.\n\n"
            "Năm 2026, các chỉ tiêu kinh tế đều đạt và vượt kế hoạch.",
            "2027-01-04",
            {"months": 12, "year": 2026},
            None,
        ),
        (  # "Trong năm 2026 xã A đã …": what was done in the year, no comma after it (held-out
            # set 116)
            "Xã Tân Lập họp cuối năm\n\n"
            "Ngày 29/12/2026, HĐND xã Tân Lập đã tổ chức kỳ họp thứ ba.\n\n"
            "Trong năm 2026 xã Tân Lập đã lãnh đạo thực hiện nhiệm vụ phát triển kinh tế – xã "
            "hội.",
            "2026-12-29",
            {"months": 12, "year": 2026},
            None,
        ),
        (  # an emulation movement launched for the next year plans it (held-out set 110)
            "Tân Lập phát động thi đua năm 2027\n\n"
            "Ngày 23-3, UBND huyện Tân Lập tổ chức hội nghị tổng kết phong trào thi đua năm 2026 "
            "và phát động phong trào thi đua năm 2027.",
            "2027-03-23",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # the resolution carried out belongs to the year after it, not to the next one
            # planned (held-out set 110)
            "Huyện ủy Tân Lập họp cuối năm\n\n"
            "Ngày 11/12, Huyện ủy Tân Lập tổ chức hội nghị lần thứ 30 nhằm đánh giá tình hình "
            "thực hiện Nghị quyết Huyện ủy năm 2026 và triển khai phương hướng nhiệm vụ năm 2027.",
            "2026-12-11",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # a planning verb made past names the year reviewed (held-out set 107)
            "Kỳ họp thứ 9 - Ban chấp hành Đảng bộ huyện khóa XXI\n\n"
            "Ngày 08/01/2027, Ban chấp hành Đảng bộ huyện đã tổ chức kỳ họp thứ 9.\n\n"
            "Năm 2026, Huyện ủy Tân Lập đã tập trung lãnh đạo thực hiện 22/25 chỉ tiêu.",
            "2027-01-08",
            {"months": 12, "year": 2026},
            None,
        ),
        (  # a December date stays in the review year
            "Huyện ủy tổng kết năm\n\n"
            "Sáng 28/12, Huyện ủy Yên Lập tổ chức hội nghị tổng kết công tác năm 2026, triển "
            "khai nhiệm vụ năm 2027.",
            "2026-12-28",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # the plan year stated apart, never copied from the review
            "Huyện ủy Yên Lập tổng kết năm 2018\n\n"
            "Ngày 20/12/2018, Huyện ủy Yên Lập tổ chức hội nghị tổng kết năm 2018 và kế hoạch "
            "năm 2019.",
            "2018-12-20",
            {"months": 12, "year": 2018},
            {"months": 12, "year": 2019},
        ),
        (  # a spelled-out period
            "Hội nghị sơ kết\n\n"
            "Sáng 5/10/2023, UBND huyện Yên Lập tổ chức hội nghị sơ kết chín tháng đầu năm 2023.",
            "2023-10-05",
            {"months": 9, "year": 2023},
            None,
        ),
        (  # a headline's whole year to carry out gives way to the months the body plans
            "Tập trung thực hiện thắng lợi nhiệm vụ năm 2027; chuẩn bị tốt cho Đại hội\n\n"
            "Ngày 15/7/2027, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức Hội nghị lần thứ 22.\n\n"
            "Hội nghị đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ "
            "6 tháng cuối năm 2027.",
            "2027-07-15",
            {"months": 6, "year": 2027},
            {"months": 6, "year": 2027},
        ),
        (  # the months reviewed after their cue, the months left of the year planned
            "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18\n\n"
            "Sáng ngày 10-10, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị lần thứ 18 để "
            "đánh giá kết quả thực hiện nhiệm vụ 9 tháng và triển khai nhiệm vụ những tháng còn "
            "lại của năm 2027.",
            "2027-10-10",
            {"months": 9, "year": 2027},
            {"months": 3, "year": 2027},
        ),
        (  # the year reviewed after a list of the fields reviewed
            "Ngày 31-12, Đảng ủy phường Tân Lập tổ chức hội nghị tổng kết công tác xây dựng Đảng, "
            "xây dựng chính quyền, vận động nhân dân năm 2027 và triển khai nhiệm vụ năm 2028.",
            "2027-12-31",
            {"months": 12, "year": 2027},
            {"months": 12, "year": 2028},
        ),
        (  # a visit about the year's work, well before the year ends, is in that year
            "Phó Chủ tịch UBND tỉnh làm việc với xã Tân Lập\n\n"
            "Sáng 29/8, Phó Chủ tịch UBND tỉnh làm việc với UBND xã Tân Lập về công tác giảm "
            "nghèo năm 2026.",
            "2026-08-29",
            {"months": 12, "year": 2026},
            None,
        ),
        (  # "chặng đường còn lại của năm": the months left after those reviewed
            "Hội nghị Ban Thường vụ Tỉnh ủy\n\n"
            "Sáng 16/7, Ban Thường vụ Tỉnh ủy Tân An tổ chức hội nghị đánh giá tình hình 6 tháng "
            "đầu năm và triển khai nhiệm vụ cho chặng đường còn lại của năm 2026.",
            "2026-07-16",
            {"months": 6, "year": 2026},
            {"months": 6, "year": 2026},
        ),
        (  # a document's date and issuer in the headline are the document's
            "Tân Lập sơ kết 5 năm thực hiện Chỉ thị số 40 ngày 22/11/2014 của Ban Bí thư khóa XI "
            "về tín dụng chính sách\n\nSáng ngày 14.8.2026, Huyện ủy Tân Lập tổ chức hội nghị sơ "
            "kết 5 năm thực hiện Chỉ thị số 40.",
            "2026-08-14",
            None,
            None,
        ),
        (  # a meeting that sets next year's targets, no period reviewed named, sits in the
            # year before; a year that opens a clause and plans is no year reviewed
            "UBND xã Tân Lập giao chỉ tiêu năm 2027\n\n"
            "Ngày 26-12, UBND xã Tân Lập tổ chức Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội "
            "năm 2027. Trên cơ sở những kết quả đạt được, năm 2027 xã Tân Lập tiếp tục đề ra 19 "
            "chỉ tiêu.",
            "2026-12-26",
            None,
            {"months": 12, "year": 2027},
        ),
        (  # a 9-month review held after the months it reviews
            "Hội nghị sơ kết\n\n"
            "Ngày 2/10, UBND huyện Yên Lập tổ chức hội nghị sơ kết 9 tháng đầu năm 2026.",
            "2026-10-02",
            {"months": 9, "year": 2026},
            None,
        ),
        (  # a headline on next year's target with a long subject before its verb (held-out
            # set 130)
            "Năm 2027, ngành Nông nghiệp và Phát triển nông thôn phấn đấu đạt tốc độ tăng trưởng "
            "3,35%\n\nNgày 27/12, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị tổng "
            "kết thực hiện nhiệm vụ năm 2026, triển khai kế hoạch năm 2027.",
            "2026-12-27",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # the agency's prefix opens the lead on the year reviewed; a result "vượt kế
            # hoạch" names no plan; "đặt mục tiêu" plans the next year (held-out set 122)
            "Xã Tân An thu ngân sách vượt dự toán\n\n"
            "ABC - Trong năm 2026, thu ngân sách của xã Tân An đạt 21,4 tỷ đồng.\n\n"
            "Ngày 9/12, HĐND xã Tân An tổ chức kỳ họp thường lệ. Nhiều chỉ tiêu vượt kế hoạch, "
            "ví như thu ngân sách năm 2026 của xã đạt 21,4 tỷ đồng. Trong năm 2027, xã đặt mục "
            "tiêu tăng thu ngân sách, đẩy mạnh chuyển đổi số.",
            "2026-12-09",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # a headline's "Năm 2027, mục tiêu …" plans the year (held-out set 145)
            "Tân An: Năm 2027, mục tiêu kim ngạch xuất khẩu tăng 8%\n\n"
            "Ngày 06/01/2027, Sở Công Thương tổ chức hội nghị triển khai nhiệm vụ của ngành "
            "năm 2027. Trong năm 2026, ngành đạt được nhiều kết quả.",
            "2027-01-06",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # a year and "những năm tiếp theo" after it are planned (held-out set 144)
            "Hội nghị Thành ủy lần thứ mười\n\n"
            "Chiều 1/12, Bí thư Thành ủy Lê Văn An chủ trì Hội nghị lần thứ X Ban Chấp hành Đảng "
            "bộ thành phố khóa XI. Các đại biểu sẽ thảo luận các nội dung về phục hồi kinh tế, "
            "dân vận trong năm 2027 và những năm tiếp theo.",
            "2026-12-01",
            None,
            {"months": 12, "year": 2027},
        ),
        (  # December and the months before it name twelve months and no year; the year
            # planned is the next one (this raised a TypeError before)
            "UBND huyện Tân Lập họp phiên cuối năm\n\nSáng 28/12/2026, UBND huyện Tân Lập tổ "
            "chức phiên họp đánh giá tình hình tháng 12 và các tháng đầu năm, bàn nhiệm vụ năm "
            "2027.",
            "2026-12-28",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
    ],
)
def test_years_and_dates(text: str, date: str, review: dict, plan: dict | None) -> None:
    m = meeting(text)
    assert (m["date"], m["review"], m["plan"]) == (date, review, plan)


def test_the_page_date_under_the_headline_bounds_the_year() -> None:
    """The article's own date, not the site's clock above the headline, is the latest the
    meeting can be held (held-out set 76)."""
    text = (
        "Thứ 7, 30/11/2029, 12:30[GMT+7]\n\nTổng kết tháng thanh niên năm 2026\n\n"
        "Thứ 2, 13/04/2026 | 15:40:13\n5,676 lượt xem\nSáng ngày 12/4, Tỉnh đoàn Tân An tổ chức "
        "hội nghị tổng kết tháng thanh niên năm 2026."
    )
    assert meeting(text)["date"] == "2026-04-12"


def test_the_article_date_under_the_headline_dates_a_meeting_with_no_period() -> None:
    """A five-year review names no period; the years its text names are those it compares,
    and the article's own date under the headline gives the year (held-out set 81)."""
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ thành phố Tân An lần thứ 20\n\n20/06/2026 05:46\n\n"
        "Ngày 19/6, đồng chí Nguyễn Đức An, Bí thư Thành ủy chủ trì Hội nghị. Hội nghị tập "
        "trung đánh giá 5 năm thực hiện Nghị quyết Đại hội. Tỷ lệ hộ nghèo giảm từ 6,65% cuối "
        "năm 2021 xuống còn 3,17% vào cuối năm 2025."
    )
    assert meeting(text)["date"] == "2026-06-19"


def test_a_meeting_held_today_takes_the_article_date_under_the_headline() -> None:
    text = (
        "Khai mạc kỳ họp thứ năm, HĐND thành phố Tân An khóa XXII\n\nThứ 7, 17/12/2026 | "
        "00:00:00 1.042 lượt xem\n\nSáng nay, HĐND thành phố Tân An khóa XXII khai mạc kỳ họp "
        "thứ năm."
    )
    assert meeting(text)["date"] == "2026-12-17"


def test_a_line_of_marks_between_the_headline_and_its_date() -> None:
    """"." on a line of its own between the headline and the page's date hides neither
    (held-out set 90)."""
    text = (
        ".\n\nHĐND TP. Tân An: Tổ chức kỳ họp bất thường thông qua các nghị quyết quan trọng\n\n"
        ".\n15:23, Thứ Tư, 10/10/2020 (GMT+7)\n(QBĐT) - Sáng 10-10, HĐND TP. Tân An khóa XXI, "
        "nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ 8 (kỳ họp bất thường) để giải quyết một số nội "
        "dung quan trọng.\nTại kỳ họp này, các đại biểu đã thông qua nghị quyết điều chỉnh Nghị "
        "quyết số 17/2016/NQ-HĐND ngày 29-7-2016 về Đề án chiếu sáng giai đoạn 2016-2020."
    )
    assert meeting(text)["date"] == "2020-10-10"


def test_spelled_out_half_year_with_anonymous_meeting() -> None:
    m = meeting(
        "Kinh tế huyện tăng trưởng khá\n\n"
        "Sáu tháng đầu năm 2016, kinh tế huyện Yên Lập tăng trưởng 8%. Tại Hội nghị lần này, "
        "các đại biểu đã thảo luận."
    )
    assert (m["kind"], m["review"]) == ("hội nghị", {"months": 6, "year": 2016})


@pytest.mark.parametrize(
    ("text", "organizer", "term", "tenure"),
    [
        (  # "khoá" with the "oá" spelling, the headline's short name giving way
            "HĐND huyện khai mạc kỳ họp\n\n"
            "Sáng 10/12/2023, HĐND huyện Yên Lập khoá IX, nhiệm kỳ 2021-2026 khai mạc kỳ họp "
            "thứ 12.",
            "HĐND huyện Yên Lập",
            "IX",
            [2021, 2026],
        ),
        (
            "HĐND Thành Phố khai mạc kỳ họp thứ 8\n\n"
            "Sáng 5/7/2023, HĐND Thành phố Hà Tĩnh khóa XXI, nhiệm kỳ 2021-2026 khai mạc kỳ "
            "họp thứ 8.",
            "HĐND Thành phố Hà Tĩnh",
            "XXI",
            [2021, 2026],
        ),
        (  # a headline organizer that the body does not name again stays
            "Huyện ủy Yên Lập tổ chức hội nghị lần thứ 20\n\n"
            "Sáng 5/7/2023, hội nghị đánh giá kết quả 6 tháng đầu năm.",
            "Huyện ủy Yên Lập",
            None,
            None,
        ),
        (  # a title's holder ends the body's name
            "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh họp quý III\n\n"
            "Sáng 9/10, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh "
            "Lê Văn Tâm chủ trì phiên họp.",
            "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh",
            None,
            None,
        ),
        (  # a headline in capitals: the meeting's own words end the body's name
            "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN MỞ RỘNG LẦN THỨ 9\n"
            "Theo báo cáo 9 tháng năm 2026, kinh tế của huyện tiếp tục phát triển.",
            "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN",
            None,
            None,
        ),
    ],
)
def test_tenure_and_organizer(text: str, organizer: str, term, tenure) -> None:
    m = meeting(text)
    assert (m["organizer"], m["term"], m["tenure"]) == (organizer, term, tenure)


HEADLINE = "Huyện ủy tổ chức hội nghị sơ kết công tác\n\n"


@pytest.mark.parametrize(
    ("body", "name", "titles"),
    [
        (
            "Dự có đ/c Trần Văn Ánh - TV Huyện ủy, Chủ tịch UBND xã.",
            "Trần Văn Ánh",
            ["TV Huyện ủy", "Chủ tịch UBND xã"],
        ),
        ("Tham dự có đ/c Lê Văn Hùng, Bí thư Huyện ủy.", "Lê Văn Hùng", ["Bí thư Huyện ủy"]),
        (
            "Phát biểu khai mạc là ông Nguyễn Văn Bình, Chủ tịch HĐND Thành phố.",
            "Nguyễn Văn Bình",
            ["Chủ tịch HĐND Thành phố"],
        ),
        (
            "Ông Nguyễn Văn Bình, Chủ tịch HĐND Thành phố Hà Tĩnh phát biểu.",
            "Nguyễn Văn Bình",
            ["Chủ tịch HĐND Thành phố Hà Tĩnh"],
        ),
    ],
)
def test_people(body: str, name: str, titles: list[str]) -> None:
    people = [p.to_json() for p in extract_text(HEADLINE + body).people]
    assert [(p["name"], p["titles"]) for p in people] == [(name, titles)]


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        ("Hội nghị quán triệt chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy.", ["05-CT/HU"]),
        ("Các đại biểu quán triệt nghị quyết số 12-NQ/TU ngày 5/3/2022.", ["12-NQ/TU"]),
        ("Thực hiện nghiêm các Chỉ thị, Nghị quyết của Đảng.", []),
        ("Các dự án thuộc Chương trình mục tiêu quốc gia được triển khai.", []),
        ("Huyện tiếp tục học tập và làm theo tư tưởng của Bác; nghị quyết được ban hành.", []),
    ],
)
def test_documents(body: str, numbers: list[str]) -> None:
    docs = extract_text(HEADLINE + body).documents
    assert [d.number for d in docs] == numbers


@pytest.mark.parametrize(
    ("stamp", "date", "review"),
    [
        # the crawl stamp's year dates a meeting whose text names no year
        (" date 2026-06 ", "2026-06-23", {"months": 6, "year": 2026}),
        ("", None, {"months": 6, "year": None}),
    ],
)
def test_year_from_the_crawl_stamp(stamp: str, date: str | None, review: dict) -> None:
    text = (
        f"{stamp}Sáng 23/6, Chủ tịch UBND tỉnh chủ trì phiên họp thông qua báo cáo tình hình "
        "kinh tế – xã hội 6 tháng qua.\n\nTheo đó, 6 tháng qua tốc độ tăng trưởng đạt 7,1%.\n"
    )
    found = meeting(text)
    assert found["date"] == date
    assert found["review"] == review


@pytest.mark.parametrize(
    ("stamp", "year"),
    [
        # two years named once each: the page's stamp settles which is reviewed (held-out set
        # 111) ...
        (" date 2027-03 ", 2027),
        # ... and with no stamp the earlier, as later years are the ones planned
        ("", 2026),
    ],
)
def test_a_tie_of_years_goes_to_the_stamp(stamp: str, year: int) -> None:
    text = (
        f"{stamp}Theo báo cáo tại phiên họp, trong quý I, toàn tỉnh tập trung thu hoạch cây vụ "
        "đông năm 2026 và chuẩn bị sản xuất vụ xuân năm 2027.\n"
    )
    assert meeting(text)["review"] == {"quarter": 1, "year": year}


def test_a_meeting_in_the_crawl_stamps_month_is_in_its_year() -> None:
    """The plan's year would put a meeting of 23/11 a year early, in the year before it; the
    page stamped 2026-11 says when (held-out set 128)."""
    found = meeting(
        " date 2026-11 (ABC) - Sáng nay 23/11, UBND tỉnh tổ chức phiên họp thông qua các báo "
        "cáo trình kỳ họp HĐND tỉnh.\n\nTheo báo cáo, kết quả thực hiện 15 chỉ tiêu, kế hoạch "
        "phát triển kinh tế - xã hội năm 2026 có 4 chỉ tiêu vượt.\n"
    )
    assert found["date"] == "2026-11-23"


def test_the_levels_of_years_compared_with_are_baselines() -> None:
    """ "cao hơn mức 2,14% năm 2025; nhưng thấp hơn mức 2,9% năm 2026": the years a level is
    compared with are before the one reviewed (held-out set 135)."""
    found = meeting(
        "Bộ trưởng chỉ đạo tại hội nghị sơ kết 6 tháng\n\nĐó là chỉ đạo của Bộ trưởng Lê Văn Hòa "
        "tại hội nghị sơ kết công tác 6 tháng đầu năm ngày 1/7.\n\nTrong 6 tháng đầu năm, tốc độ "
        "tăng GDP ngành nông nghiệp đạt 2,36% (cao hơn mức 2,14% năm 2025; nhưng thấp hơn mức 2,9% "
        "năm 2026).\n"
    )
    assert (found["date"], found["review"]) == ("2027-07-01", {"months": 6, "year": 2027})
