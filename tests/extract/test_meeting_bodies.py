"""Who holds the meeting and what it is, for bodies the earlier rules missed: the Youth
Union's committees, a bloc written "Khối Các cơ quan", a city abbreviated in brackets, the
organ that speaks after an opening "tại hội nghị …," clause, the host of a visit named after
"của … với", a Party committee's "kỳ họp", and the months left of a year said as "những
tháng cuối năm". Sentences written for these tests."""

import pytest
from meeting_check import meeting

from tiendo.extract.engine import extract_text


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (  # the Youth Union's district committee, "đoàn" in lower case
            "Sáng 10/12, Huyện đoàn Tân Lập tổ chức Hội nghị tổng kết công tác Đoàn năm 2026.\n",
            "Huyện đoàn Tân Lập",
        ),
        (  # a commune's Youth Union, with an adverb before the verb
            "Chiều 2/12, tại hội trường xã, Đoàn xã Tân Lập long trọng tổ chức Hội nghị tổng kết "
            "công tác Đoàn năm 2026.\n",
            "Đoàn xã Tân Lập",
        ),
        (  # "Các" in capitals inside a bloc's name
            "Sáng 14.7, Đảng ủy Khối Các cơ quan tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu "
            "năm 2026.\n",
            "Đảng ủy Khối Các cơ quan tỉnh",
        ),
        (  # the city in brackets, its dot glued to the name
            "Sáng 3/7, Đảng ủy phường Tân An (TP.Hòa Bình) tổ chức hội nghị sơ kết 6 tháng đầu "
            "năm 2026.\n",
            "Đảng ủy phường Tân An",
        ),
        (  # the district in brackets
            "Sáng 3/7, Đảng ủy xã Tân An (huyện Lập Thạch) tổ chức hội nghị sơ kết 6 tháng đầu "
            "năm 2026.\n",
            "Đảng ủy xã Tân An",
        ),
        (  # the meeting in an opening clause, the organ that reports after it
            "Ngày 12-6, tại hội nghị sơ kết 6 tháng đầu năm và bàn phương hướng, nhiệm vụ 6 tháng "
            "cuối năm 2026, Quận ủy Tân Lập cho biết, nhiều chỉ tiêu đạt trên 50% kế hoạch.\n",
            "Quận ủy Tân Lập",
        ),
        (  # the organ after the session's number in the headline; "tập trung" is no place
            "Kỳ họp thứ 3 HĐND phường Tân An\n\n"
            "Tại kỳ họp này, HĐND phường Tân An tập trung đánh giá kết quả thực hiện nhiệm vụ "
            "năm 2026; phương hướng, nhiệm vụ năm 2027.\n",
            "HĐND phường Tân An",
        ),
        (  # a short name in brackets inside the organ's name
            "Sáng 8.1, Hội Nông dân (HND) tỉnh tổ chức tổng kết công tác năm 2026, triển khai "
            "nhiệm vụ năm 2027.\n",
            "Hội Nông dân tỉnh",
        ),
        (  # after the whole name, the short name is its own, not part of what follows
            "Sáng 5/12, Sở Nông nghiệp và Môi trường (NN&MT) tổ chức hội nghị tổng kết năm 2026.\n",
            "Sở Nông nghiệp và Môi trường",
        ),
        (  # an abbreviated level, its dot and a space before the place
            "Chiều 27-12, Hội Cựu chiến binh TP. Tân An tổ chức Hội nghị tổng kết công tác hội "
            "năm 2026.\n",
            "Hội Cựu chiến binh TP. Tân An",
        ),
        (  # the dot glued to the place
            "Sáng 26/12, HĐND TX.Tân An đã khai mạc Kỳ họp thứ 11.\n",
            "HĐND TX.Tân An",
        ),
        (  # a bloc's Youth Union
            "Đoàn Khối các cơ quan tỉnh Tân An tổ chức tổng kết công tác Đoàn năm 2026.\n",
            "Đoàn Khối các cơ quan tỉnh Tân An",
        ),
        (  # "họp thường kỳ": a People's Committee's meeting
            "Sáng cùng ngày, UBND TP.HCM đã họp thường kỳ về tình hình kinh tế - xã hội tháng 9, "
            "chín tháng đầu năm và nhiệm vụ trọng tâm ba tháng cuối năm 2026.\n",
            "UBND TP.HCM",
        ),
        (  # a visit "của" the visitor "với" the host
            "Sáng 4/9, đồng chí Trần Văn An, Bí thư Tỉnh ủy chủ trì buổi làm việc của Thường trực "
            "Tỉnh ủy với Bảo hiểm xã hội tỉnh về nhiệm vụ thời gian tới.\n",
            "Bảo hiểm xã hội tỉnh",
        ),
        (  # the policy bank's name in lower case (held-out set 23)
            "Chiều 11/7/2026, Ngân hàng chính sách xã hội huyện Tân An tổ chức hội nghị sơ kết "
            "hoạt động 6 tháng đầu năm.\n",
            "Ngân hàng chính sách xã hội huyện Tân An",
        ),
        (  # the province's name is not the chair's name after his title (held-out set 24)
            "Tin tức\n\nĐó là yêu cầu của Chủ tịch UBND tỉnh Lê Văn Tâm tại phiên họp UBND tỉnh "
            "thường kỳ tháng 2.\n",
            "UBND tỉnh",
        ),
        (  # a comma closes the council's term before its verb (held-out set 26)
            "Sáng 12.7, HĐND tỉnh Tân Lập khóa XIII, nhiệm kỳ 2021 - 2026, khai mạc kỳ họp thứ 11 "
            "để đánh giá tình hình 6 tháng đầu năm 2026.\n",
            "HĐND tỉnh Tân Lập",
        ),
        (  # a comma between the session's number and its council in the headline
            "Kỳ họp thứ 2, HĐND huyện Tân Lập khóa XX\nToàn cảnh kỳ họp\n\nTại kỳ họp, các đại "
            "biểu đã nghe báo cáo tình hình 6 tháng đầu năm 2026.\n",
            "HĐND huyện Tân Lập",
        ),
        (  # a long bulleted line is a paragraph, not a menu item
            "Kết quả kỳ họp thứ 9 - HĐND tỉnh khóa XVII\n  09:46 15/07/2026\n • Kỳ họp thứ 9 - HĐND "
            "tỉnh khoá XVII diễn ra trong 2,5 ngày tại thành phố Tân Lập. Kỳ họp đã hoàn thành các "
            "nội dung, chương trình đề ra.\n",
            "HĐND tỉnh",
        ),
        (  # the council's standing board opens its session: the council holds it (held-out
            # set 75)
            "Sáng 13/12/2026, Thường trực HĐND huyện Tân Lập khoá X khai mạc kỳ họp thứ 7 nhiệm "
            "kỳ 2021-2026.\n",
            "HĐND huyện Tân Lập",
        ),
        (  # the headline's host ends with its line, the page's date under it (held-out set 90)
            "Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Tân An\n\n- 29/03/2027, 21:24 - "
            "Chia sẻ\n\nChiều 29.3, tại Nhà Quốc hội, Đảng đoàn Quốc hội đã có cuộc làm việc với Ban "
            "Thường vụ Tỉnh ủy Tân An.\n",
            "Ban Thường vụ Tỉnh ủy Tân An",
        ),
        (  # the host of a visit, its place's name in two parts joined by a dash (held-out set 84)
            "Ngày 5/2/2027, Thủ tướng Chính phủ đến làm việc tại tỉnh Thừa Thiên - Huế.\n",
            "tỉnh Thừa Thiên - Huế",
        ),
        (  # a tax office under its 2025 name (held-out set 76)
            "Ngày 8/1/2027, Thuế tỉnh Tân Lập tổ chức Hội nghị tổng kết công tác thuế năm 2026.\n",
            "Thuế tỉnh Tân Lập",
        ),
        (  # the Fatherland Front's committee, abbreviated (held-out set 76)
            "Sáng 25/12/2026, UBMTTQ VN tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm "
            "2026.\n",
            "UBMTTQ VN tỉnh",
        ),
    ],
)
def test_organizer(text: str, organizer: str) -> None:
    assert meeting(text)["organizer"] == organizer


@pytest.mark.parametrize(
    "text",
    [
        # a title before the organ: the person speaks, the organ is no subject
        "Tại hội nghị tổng kết năm 2026, Chủ tịch UBND tỉnh Trần Văn An cho biết tỉnh đạt nhiều "
        "kết quả.\n",
    ],
)
def test_no_organizer_from_a_title(text: str) -> None:
    assert meeting(text)["organizer"] is None


@pytest.mark.parametrize(
    ("text", "kind", "review", "plan"),
    [
        (  # a Party committee's "kỳ họp" is its plenum, not a council's session
            "Ngày 15/10/2026, Ban Chấp hành Đảng bộ huyện Tân Lập khóa XII tổ chức kỳ họp lần thứ "
            "3, đánh giá tình hình 9 tháng năm 2026; phương hướng, nhiệm vụ những tháng cuối năm "
            "2026.\n",
            "hội nghị Ban Chấp hành",
            {"months": 9, "year": 2026},
            {"months": 3, "year": 2026},
        ),
        (  # a council's session stays one
            "Ngày 15/10/2026, HĐND huyện Tân Lập khóa XII tổ chức kỳ họp thứ 3.\n",
            "kỳ họp",
            None,
            None,
        ),
        (  # the working programme planned for the next year
            "Sáng ngày 09/12, Huyện đoàn Tân Lập tổ chức Hội nghị tổng kết công tác Đoàn năm "
            "2026; đồng thời triển khai chương trình công tác năm 2027.\n",
            "hội nghị",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # the work reviewed, its cue cut off by the clause's reach; the solutions planned
            "Ngày 29/12, HĐND thị trấn Tân Lập khóa V đã tổ chức kỳ họp lần thứ 13.\n\nTại kỳ họp, "
            "các đại biểu đã được nghe lãnh đạo UBND thị trấn Tân Lập báo cáo tình hình thực hiện "
            "nhiệm vụ phát triển kinh tế - xã hội, quốc phòng – an ninh của thị trấn năm 2026 và "
            "nhiệm vụ, giải pháp thực hiện năm 2027.\n",
            "kỳ họp",
            {"months": 12, "year": 2026},
            {"months": 12, "year": 2027},
        ),
        (  # "quí", the older spelling; "để đánh giá" is still the work of the period
            "Ban Chấp hành Đảng bộ huyện Tân Lập vừa tổ chức hội nghị để đánh giá kết quả công tác "
            "quí I, đề ra nhiệm vụ công tác quí II năm 2026.\n",
            "hội nghị Ban Chấp hành",
            {"quarter": 1, "year": 2026},
            {"quarter": 2, "year": 2026},
        ),
    ],
)
def test_kind_and_periods(text: str, kind: str, review: dict | None, plan: dict | None) -> None:
    found = meeting(text)
    assert found["kind"] == kind

    def period(p: dict | None) -> dict | None:
        return None if p is None else {k: v for k, v in p.items() if v is not None}

    assert period(found["review"]) == review
    assert period(found["plan"]) == plan


def test_the_year_of_the_page_date_above_the_headline() -> None:
    found = meeting(
        "06/07/2026 - 19:01\n\n"
        "Tân An: Quyết nghị 12 chương trình hành động\n\n"
        "TTH - Ngày 6/7, Thị ủy Tân An tổ chức hội nghị lần thứ 5 đánh giá tình hình thực hiện "
        "nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.\n"
    )
    assert found["date"] == "2026-07-06"
    assert found["review"]["year"] == 2026


def test_the_base_year_of_constant_prices_is_no_year_of_the_report() -> None:
    found = meeting(
        "Ngày 11/7, HĐND tỉnh Tân An khai mạc Kỳ họp thứ 6, khóa XI.\n"
        "Giá trị sản xuất 6 tháng đầu năm ước đạt 5.185 tỷ đồng (giá so sánh năm 2010), tăng "
        "9,25% so với cùng kỳ năm 2025.\n"
    )
    assert found["review"]["year"] == 2026
    assert found["date"] == "2026-07-11"


def test_the_chair_before_those_who_chair_with_him() -> None:
    found = meeting(
        "Sáng 5/10, UBND tỉnh Tân An tổ chức hội nghị sơ kết 9 tháng năm 2026.\n"
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tân An Hồ Văn An cùng 2 Phó Chủ tịch UBND tỉnh "
        "Tân An Lê Văn Bình và Nguyễn Thị Thu chủ trì hội nghị.\n"
    )
    assert found["chair"] == {"name": "Hồ Văn An", "title": "Chủ tịch UBND tỉnh Tân An"}


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (  # a lead that quotes the chair's words first (held-out sets 23, 24)
            "Tin tức\n\nĐó là chỉ đạo của Chủ tịch UBND tỉnh Lê Văn Tâm tại cuộc họp nghe báo cáo "
            "tình hình kinh tế - xã hội 9 tháng đầu năm 2026, sáng 27/9.\n",
            {"name": "Lê Văn Tâm", "title": "Chủ tịch UBND tỉnh"},
        ),
        (  # co-chairs listed between semicolons, each with the rest of a title (held-out set 25)
            "Tin tức\n\nNgày 5/10/2026, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 47. "
            "Các đồng chí: Lê Văn Tâm, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XV, đơn vị tỉnh Tân "
            "Lập; Trần Văn Ba, Phó Bí thư Tỉnh ủy chủ trì hội nghị.\n",
            {"name": "Lê Văn Tâm", "title": "Bí thư Tỉnh ủy"},
        ),
        (  # nobody presides: the committee's secretary who speaks there
            "Tin tức\n\nNgày 5/7/2026, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức Hội nghị Tỉnh ủy lần "
            "thứ 12.\n\nBí thư Tỉnh ủy – Lê Văn Tâm phát biểu tại hội nghị\n\nNăm 2026, thu ngân "
            "sách đạt 500 tỷ đồng.\n",
            {"name": "Lê Văn Tâm", "title": "Bí thư Tỉnh ủy"},
        ),
        (  # at a council's session, its chairman who speaks there, not a guest from above
            "Tin tức\n\nChiều 18/6/2026, HĐND huyện Tân An tổ chức kỳ họp thứ 9. Phó Bí thư Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh Lê Văn Tâm dự. Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện Trần Văn Ba "
            "nhấn mạnh kỳ họp có ý nghĩa quan trọng.\n",
            {"name": "Trần Văn Ba", "title": "Chủ tịch HĐND huyện"},
        ),
        (  # one who only attends chairs nothing
            "Tin tức\n\nNgày 5/7/2026, Đảng ủy xã Tân An tổ chức hội nghị sơ kết. Đồng chí Trần Văn "
            "Ba, Bí thư Đảng ủy xã đã đến dự.\n",
            None,
        ),
        (  # a deputy's "phó" in lower case before the office
            "Tin tức\n\nChiều 2/10/2026, UBND huyện Tân An họp phiên thường kỳ tháng 9. Đồng chí "
            "Nguyễn Thị Hà, phó Bí thư huyện ủy, Chủ tịch UBND huyện chủ trì phiên họp.\n",
            {"name": "Nguyễn Thị Hà", "title": "Chủ tịch UBND huyện"},
        ),
    ],
)
def test_chair(text: str, chair: dict | None) -> None:
    assert meeting(text)["chair"] == chair


def test_chair_after_a_speech_at_the_meeting() -> None:
    found = meeting(
        "Sáng 5/10, Đảng ủy xã Tân An tổ chức hội nghị sơ kết 9 tháng năm 2026.\n"
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn An, Bí thư Đảng ủy, Chủ tịch HĐND xã, "
        "yêu cầu các chi bộ tập trung thực hiện các giải pháp.\n"
    )
    assert found["chair"] == {"name": "Trần Văn An", "title": "Bí thư Đảng ủy"}


@pytest.mark.parametrize(
    "text",
    [
        # a lead that ends on a colon before the list of what was done
        "Hội Nông dân xã Tân An, huyện Lập Thạch vừa tổ chức Hội nghị sơ kết giữa nhiệm kỳ:\n"
        "Trong nửa nhiệm kỳ qua, Hội đã đổi mới nội dung hoạt động.\n",
        # a lead that opens on its purpose
        "Nhằm tổng kết công tác Đoàn năm 2026, chiều nay, ngày 01/12/2026, Đoàn xã Tân An long "
        "trọng tổ chức Hội nghị tổng kết.\n"
        "Về dự có đại diện Huyện đoàn.\n",
        # reported speech without a comma after "cho biết"
        "Ông Trần Văn An, Phó Chi cục trưởng Chi cục Thuế huyện Tân Lập, cho biết đơn vị này vừa "
        "sơ kết công tác thu ngân sách 6 tháng đầu năm 2026.\n"
        "Theo đó, thu ngân sách đạt 10 tỷ đồng.\n",
    ],
)
def test_a_lead_is_no_headline(text: str) -> None:
    assert extract_text(text).title is None
