"""The signature closing an official report: its signer is a person with the office signed in
and the organ issuing the report, not a writer's by-line. Blocks written by us in the forms of
the Party's and the State's documents (on whose behalf, the office, the signed mark, the name)."""

from __future__ import annotations

import pytest

from tiendo.extract.engine import extract_text
from tiendo.extract.signature import find_signature, organ_in_words

PARTY_HEADER = (
    "ĐẢNG BỘ TỈNH LẠNG SƠN\nTHÀNH ỦY LẠNG SƠN\n*\nSố 215-BC/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Lạng Sơn, ngày 30 tháng 9 năm 2026\nBÁO CÁO\n"
    "sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2026\n"
)
STATE_HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BẮC SƠN\nSố: 123/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nBắc Sơn, ngày 5 tháng 12 năm 2026\nBÁO CÁO\n"
    "Tình hình kinh tế - xã hội năm 2026, kế hoạch năm 2027\n"
)
BODY = "Thu ngân sách trên địa bàn đạt 404 tỷ đồng, vượt 10% dự toán.\n"
SENT_TO = "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy,\n- Lưu VP.\n"


@pytest.mark.parametrize(
    ("header", "block", "name", "title"),
    [
        (
            PARTY_HEADER,
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n(Đã ký)\n\nNguyễn Văn Hùng",
            "Nguyễn Văn Hùng",
            "Bí thư Thành ủy Lạng Sơn",
        ),
        (  # the standing deputy, no signed mark
            PARTY_HEADER,
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nHoàng Thị Lan",
            "Hoàng Thị Lan",
            "Phó Bí thư Thường trực Thành ủy Lạng Sơn",
        ),
        (  # signed for the head
            STATE_HEADER,
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[đã ký]\nLê Minh Tuấn",
            "Lê Minh Tuấn",
            "Phó Chủ tịch Ủy ban nhân dân huyện Bắc Sơn",
        ),
        (  # by the head's order, and a page number after the name
            STATE_HEADER,
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Ký tên, đóng dấu)\nĐỗ Thu Hà\n3",
            "Đỗ Thu Hà",
            "Chánh Văn phòng Ủy ban nhân dân huyện Bắc Sơn",
        ),
        (  # no header above: the office alone
            "",
            "TM. ĐẢNG ỦY\nBÍ THƯ\nPhạm Quang Vinh",
            "Phạm Quang Vinh",
            "Bí thư",
        ),
    ],
)
def test_the_signer_is_a_person_with_the_office_signed_in(
    header: str, block: str, name: str, title: str
) -> None:
    record = extract_text(header + BODY + SENT_TO + block + "\n")
    assert [(p.name, p.titles) for p in record.people] == [(name, [title])]
    assert record.authors == []


def test_the_signer_named_in_the_body_is_one_person_with_the_fullest_title() -> None:
    body = "Đồng chí Nguyễn Văn Hùng, Bí thư Thành ủy chủ trì hội nghị.\n" + BODY
    record = extract_text(PARTY_HEADER + body + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng\n")
    assert [(p.name, p.titles) for p in record.people] == [
        ("Nguyễn Văn Hùng", ["Bí thư Thành ủy Lạng Sơn"])
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # a news article's by-line: a writer, no office above the name
        "Thu ngân sách đạt 404 tỷ đồng.\n\nNguyễn Văn Hùng",
        # an office in lower case is a sentence's words, not a signature's line
        "Hội nghị do đồng chí bí thư\nNguyễn Văn Hùng",
        # capitals that are no office
        "NHIỆM VỤ TRỌNG TÂM\nNguyễn Văn Hùng",
        # with no line on whose behalf, the office and the name far above the end
        "BÍ THƯ\nNguyễn Văn Hùng\nMột\nHai\nBa\nBốn\nNăm",
    ],
)
def test_no_signature(tail: str) -> None:
    assert find_signature(tail) is None


@pytest.mark.parametrize(
    ("capitals", "words"),
    [
        ("THÀNH ỦY LẠNG SƠN", "Thành ủy Lạng Sơn"),
        ("ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN", "Ủy ban nhân dân huyện Bắc Sơn"),
        ("ĐẢNG ỦY XÃ VŨ LĂNG", "Đảng ủy xã Vũ Lăng"),
        ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ TĨNH", "Hội đồng nhân dân thành phố Hà Tĩnh"),
        ("UBND PHƯỜNG TÂN PHONG", "UBND phường Tân Phong"),
        ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "Đảng ủy các cơ quan Đảng tỉnh"),
        ("HUYỆN ỦY THỌ XUÂN", "Huyện ủy Thọ Xuân"),
    ],
)
def test_an_organ_in_capitals_is_written_as_a_sentence_writes_it(capitals: str, words: str) -> None:
    assert organ_in_words(capitals) == words


def test_the_list_a_report_is_sent_to_is_no_part_of_it() -> None:
    record = extract_text(
        "UBND xã Tân Lập báo cáo kết quả 6 tháng đầu năm 2026\n\n" + BODY + "\nNơi nhận:\n"
        "- UBND huyện (để b/c);\n- Các thôn: 12 thôn;\n- Lưu: VT, 05 bản.\n"
    )
    assert [f.indicator for f in record.figures] == ["Thu ngân sách trên địa bàn"]


def test_a_signature_before_the_appendix_leaves_the_appendix_in_the_report() -> None:
    appendix = (
        "\nPHỤ LỤC\nSTT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\n"
        "1\tKết nạp đảng viên mới\tđảng viên\t200\t186\n"
    )
    text = PARTY_HEADER + BODY + SENT_TO + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng\n" + appendix
    signature = find_signature(text)
    assert signature is not None and not signature.closing
    record = extract_text(text)
    assert [p.name for p in record.people] == ["Nguyễn Văn Hùng"]
    assert [(f.indicator, f.value) for f in record.figures][-1] == ("Kết nạp đảng viên mới", 186)
