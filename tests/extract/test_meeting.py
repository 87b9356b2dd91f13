"""The meeting a report covers, read from its headline and lead."""

import pytest
from meeting_check import meeting

from tiendo.extract.engine import extract_text

CASES = [
    (  # a district plenum with a spelled-out term and tenure
        "Huyện ủy Đức Thọ sơ kết 6 tháng đầu năm 2023\n\n"
        "Sáng 12/7, Ban Chấp hành Đảng bộ huyện Đức Thọ tổ chức hội nghị lần thứ 15, khóa XXX, "
        "nhiệm kỳ 2020-2025 đánh giá kết quả 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối "
        "năm 2023. Đồng chí Nguyễn Văn Hùng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.",
        {
            "organizer": "Huyện ủy Đức Thọ",
            "kind": "hội nghị Ban Chấp hành",
            "session": 15,
            "extended": False,
            "term": "XXX",
            "tenure": [2020, 2025],
            "date": "2023-07-12",
            "chair": {"name": "Nguyễn Văn Hùng", "title": "Bí thư Huyện ủy"},
            "review": {"months": 6, "year": 2023},
            "plan": {"months": 6, "year": 2023},
        },
    ),
    (  # a People's Committee monthly meeting; the quarter planned
        "UBND tỉnh Hà Tĩnh họp phiên thường kỳ tháng 9\n\n"
        "Chiều 3/10, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9 năm 2024 đánh giá tình hình "
        "kinh tế - xã hội 9 tháng đầu năm, nhiệm vụ trọng tâm quý IV. Chủ tịch UBND tỉnh Võ "
        "Trọng Hải chủ trì phiên họp.",
        {
            "organizer": "UBND tỉnh Hà Tĩnh",
            "kind": "phiên họp",
            "session": None,
            "extended": False,
            "term": None,
            "tenure": None,
            "date": "2024-10-03",
            "chair": {"name": "Võ Trọng Hải", "title": "Chủ tịch UBND tỉnh"},
            "review": {"months": 9, "year": 2024},
            "plan": {"quarter": 4, "year": 2024},
        },
    ),
    (  # a People's Council session: the chair is named by the council title
        "Khai mạc kỳ họp thứ 7 HĐND tỉnh khóa XVII\n\n"
        "Sáng nay (10/12), HĐND tỉnh Lạng Sơn khóa XVII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp "
        "thứ 7 (kỳ họp thường lệ cuối năm 2022). Đồng chí Đoàn Thị Hậu, Phó Bí thư Thường trực "
        "Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.",
        {
            "organizer": "HĐND tỉnh Lạng Sơn",
            "kind": "kỳ họp",
            "session": 7,
            "extended": False,
            "term": "XVII",
            "tenure": [2021, 2026],  # the Council's, named with its term
            "date": "2022-12-10",
            "chair": {"name": "Đoàn Thị Hậu", "title": "Chủ tịch HĐND tỉnh"},
            "review": {"months": 12, "year": 2022},  # the year-end session reviews the year
            "plan": None,
        },
    ),
    (  # a commune Party committee's year-end review: the next year is planned
        "Đảng ủy xã Tân Thành tổng kết công tác năm 2021\n\n"
        "Ngày 28/12/2021, Đảng ủy xã Tân Thành tổ chức hội nghị tổng kết công tác xây dựng Đảng "
        "năm 2021, triển khai phương hướng, nhiệm vụ năm 2022. Đồng chí Lê Văn Bình, Bí thư Đảng "
        "ủy xã chủ trì hội nghị.",
        {
            "organizer": "Đảng ủy xã Tân Thành",
            "kind": "hội nghị",
            "session": None,
            "extended": False,
            "term": None,
            "tenure": None,
            "date": "2021-12-28",
            "chair": {"name": "Lê Văn Bình", "title": "Bí thư Đảng ủy xã"},
            "review": {"months": 12, "year": 2021},
            "plan": {"months": 12, "year": 2022},
        },
    ),
    (  # a working visit: the host committee is the organizer, the visitor the chair
        "Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Cao Lộc\n\n"
        "Chiều 15/8/2019, đồng chí Lâm Thị Phương Thanh, Phó Bí thư Thường trực Tỉnh ủy làm việc "
        "với Ban Thường vụ Huyện ủy Cao Lộc về kết quả thực hiện nhiệm vụ 7 tháng đầu năm.",
        {
            "organizer": "Huyện ủy Cao Lộc",
            "kind": "buổi làm việc",
            "session": None,
            "extended": False,
            "term": None,
            "tenure": None,
            "date": "2019-08-15",
            "chair": {"name": "Lâm Thị Phương Thanh", "title": "Phó Bí thư Thường trực Tỉnh ủy"},
            "review": {"months": 7, "year": 2019},
            "plan": None,
        },
    ),
    (  # a standing-committee meeting on a quarter; a hyphenated date
        "Hội nghị Ban Thường vụ Thành ủy quý III\n\n"
        "Sáng 5-10, Ban Thường vụ Thành ủy Hà Giang tổ chức hội nghị đánh giá kết quả quý III, "
        "triển khai nhiệm vụ quý IV/2023. Đồng chí Bí thư Thành ủy Nguyễn Mạnh Hà chủ trì.",
        {
            "organizer": "Ban Thường vụ Thành ủy Hà Giang",
            "kind": "hội nghị Ban Thường vụ",
            "session": None,
            "extended": False,
            "term": None,
            "tenure": None,
            "date": "2023-10-05",
            "chair": {"name": "Nguyễn Mạnh Hà", "title": "Bí thư Thành ủy"},
            "review": {"quarter": 3, "year": 2023},
            "plan": {"quarter": 4, "year": 2023},
        },
    ),
    (  # a post-2025 commune Party organisation, first term
        "Đảng bộ xã Tây Đô hoàn thành các chỉ tiêu năm 2025\n\n"
        "Ngày 31/12/2025, Ban Chấp hành Đảng bộ xã Tây Đô tổ chức hội nghị tổng kết năm 2025. "
        "Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030 do đồng chí "
        "Trịnh Văn Quang, Bí thư Đảng ủy xã chủ trì.",
        {
            "organizer": "Ban Chấp hành Đảng bộ xã Tây Đô",
            "kind": "hội nghị Ban Chấp hành",
            "session": 3,
            "extended": False,
            "term": "I",
            "tenure": [2025, 2030],
            "date": "2025-12-31",
            "chair": {"name": "Trịnh Văn Quang", "title": "Bí thư Đảng ủy xã"},
            "review": {"months": 12, "year": 2025},
            "plan": None,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meeting_fields(text: str, expected: dict) -> None:
    assert meeting(text) == expected


@pytest.mark.parametrize(
    ("lead", "session", "extended"),
    [
        (
            "Chiều 2/10/2023, Thành ủy tổ chức hội nghị Ban Chấp hành lần thứ mười (mở rộng).",
            10,
            True,
        ),
        (
            "Sáng 2/10/2023, Tỉnh ủy tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh (mở rộng) lần thứ tư.",
            4,
            True,
        ),
        (
            "Ngày 2/10/2023, Huyện ủy tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17.",
            17,
            False,
        ),
        ("Sáng 4/12/2023, HĐND huyện khai mạc kỳ họp thứ mười một, khóa XX.", 11, False),
        (
            "Sáng 2/10/2023, Huyện ủy tổ chức hội nghị lần thứ hai mươi mốt Ban Chấp hành.",
            21,
            False,
        ),
    ],
)
def test_session_numbers_in_digits_and_words(lead: str, session: int, extended: bool) -> None:
    m = meeting("Tin hội nghị của địa phương hôm nay\n\n" + lead)
    assert (m["session"], m["extended"]) == (session, extended)


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        # the year is the one that puts the meeting after the end of the period reviewed
        (
            "Sáng nay (14/7), Tỉnh ủy tổ chức hội nghị đánh giá nhiệm vụ 6 tháng đầu năm, triển "
            "khai nhiệm vụ 6 tháng cuối năm 2021.",
            "2021-07-14",
        ),
        ("Sáng nay (11/1), Tỉnh ủy tổ chức hội nghị tổng kết năm 2022.", "2023-01-11"),
        ("Chiều 28/12, Huyện ủy tổ chức hội nghị tổng kết năm 2022.", "2022-12-28"),
        ("Chiều 30/9/2022, Thành ủy tổ chức hội nghị Ban Chấp hành.", "2022-09-30"),
        ("Ngày 20 tháng 6 năm 2024, Đảng ủy phường tổ chức hội nghị sơ kết.", "2024-06-20"),
        # no year anywhere: no guess
        ("Sáng nay (14/7), Tỉnh ủy tổ chức hội nghị Ban Chấp hành.", None),
    ],
)
def test_date_year_rule(lead: str, date: str | None) -> None:
    assert meeting("Tin hội nghị của địa phương hôm nay\n\n" + lead)["date"] == date


def test_crawl_date_at_the_top_is_not_the_meeting_date() -> None:
    text = (
        "Thứ hai, 08/08/2022\n\nHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10\n\n"
        "Sáng nay (20/10), Tỉnh ủy tổ chức hội nghị đánh giá 9 tháng đầu năm, nhiệm vụ quý IV/2017."
    )
    assert meeting(text)["date"] == "2017-10-20"


@pytest.mark.parametrize(
    ("lead", "organizer"),
    [
        (
            "Chiều 30/9/2022, Đảng bộ thành phố Lạng Sơn tổ chức hội nghị Ban Chấp hành.",
            "Đảng bộ thành phố Lạng Sơn",
        ),
        (
            "Ngày 5/7/2024, Ban Chấp hành Đảng bộ huyện Đức Thọ tổ chức hội nghị.",
            "Ban Chấp hành Đảng bộ huyện Đức Thọ",
        ),
        (
            "Ngày 5/7/2024, Ban thường vụ Thị ủy tổ chức hội nghị Ban chấp hành Đảng bộ thị xã.",
            "Ban thường vụ Thị ủy",
        ),
        ("Ngày 5/7/2024, Đảng bộ xã Yên Phú tổ chức hội nghị.", "Đảng bộ xã Yên Phú"),
        (
            "Ngày 5/7/2024, Hội Liên hiệp Phụ nữ (LHPN) tỉnh Tân Lập tổ chức hội nghị sơ kết.",
            "Hội Liên hiệp Phụ nữ tỉnh Tân Lập",
        ),
        (
            "Ngày 5/7/2024, đoàn công tác của Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn.",
            "Ban Thường vụ Thành ủy Lạng Sơn",
        ),
    ],
)
def test_organizer_as_the_text_names_it(lead: str, organizer: str) -> None:
    assert meeting("Tin hội nghị của địa phương hôm nay\n\n" + lead)["organizer"] == organizer


def test_organizer_named_by_level_gets_the_place() -> None:
    text = (
        "Quyết tâm hoàn thành các chỉ tiêu đề ra\n\n"
        "Sáng 14/7/2021, đồng chí Nguyễn Quốc Đoàn, Bí thư Tỉnh ủy chủ trì hội nghị Ban Chấp hành "
        "Đảng bộ tỉnh (mở rộng) lần thứ tư. Kinh tế tỉnh Lạng Sơn tiếp tục phục hồi."
    )
    m = meeting(text)
    assert (m["organizer"], m["kind"], m["session"]) == (
        "Tỉnh ủy Lạng Sơn",
        "hội nghị Ban Chấp hành",
        4,
    )


def test_congress_ordinal_and_term_are_not_the_meetings() -> None:
    text = (
        "Huyện ủy tổ chức hội nghị sơ kết\n\n"
        "Ngày 6/7/2023, Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm. Các đại biểu quán triệt "
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025."
    )
    m = meeting(text)
    assert (m["session"], m["term"], m["tenure"]) == (None, None, None)


def test_no_meeting_named() -> None:
    assert extract_text("Giá lúa tăng mạnh\n\nGiá lúa tại các tỉnh miền Tây tăng.").meeting is None
