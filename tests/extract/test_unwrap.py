"""Hard-wrapped text (a PDF's text layer, a copied page): line breaks inside a sentence read
as spaces, and the spans stay those of the text given. Lines written for these tests."""

import pytest

from tiendo.extract.engine import extract_text
from tiendo.extract.text import unwrap


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Đồng chí Lê Văn Hòa - Chủ\ntịch UBND xã chủ trì.", True),  # a word broken off
        ("đạt 16/19 tiêu chí, còn tiêu\nchí 18.3 chưa đạt.", True),
        ("còn tiêu chí\n18.3 về hệ thống chính trị chưa đạt.", True),  # a number after a word
        ("thu ngân sách đạt 700,\nbằng 35% kế hoạch.", True),  # after a comma
        ("Hải Đăng\n7 giờ trước", False),  # a by-line, then the time since
        ("đồng hành cùng học sinh\n27/08/2025 15:49 GMT +7", False),  # the page's date line
        ("vào ngày\n27/08/2025 tại hội trường", True),  # a date going on in the sentence
        ("Kết quả đạt được\n1. Về kinh tế", False),  # a numbered item
        ("II. NHIỆM VỤ\na) Tập trung thu ngân sách", False),  # a lettered item
        ("KẾT QUẢ 9 THÁNG ĐẦU NĂM\n2022", True),  # a heading wrapped before its year
        ("NHIỆM VỤ TRỌNG TÂM QUÝ\n4", True),
        ("HỘI NGHỊ BAN CHẤP HÀNH\n2022", False),  # a number after any other capitals
        ("II. NHIỆM VỤ\nb. Nâng cao chất lượng", False),
        ("nhiệm vụ của xã\nb. nhiều chỗ còn chậm", True),  # a letter and a lower-case word go on
        ("Cổng thông tin điện tử Tân Lập\nhttps://tanlap.gov.vn", False),
        ("Hội nghị kết thúc.\nsáng nay, đoàn công tác làm việc", False),  # a sentence ended
        ("Huyện Tân Lập sơ kết 6 tháng\nSáng 5/7, hội nghị diễn ra.", False),  # a capital
        ("Huyện Tân Lập sơ kết 6 tháng\n\nsáng 5/7, hội nghị diễn ra.", False),  # a paragraph
    ],
)
def test_unwrap(text: str, joined: bool) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    assert (out.count("\n") < text.count("\n")) is joined


def test_a_hard_wrapped_report_reads_as_sentences() -> None:
    text = (
        "UBND xã Tân An sơ kết 6 tháng đầu năm 2026\n"
        "Sáng\nngày 24/6/2026, UBND xã Tân An tổ chức hội nghị sơ kết 6\ntháng đầu năm. "
        "Đồng chí Lê Văn Hòa - Chủ\ntịch UBND xã chủ trì hội nghị.\n"
        "Xã đạt 16/19 tiêu chí, 3 tiêu chí chưa đạt gồm: Tiêu\nchí về bảo hiểm y tế; Tiêu "
        "chí về hệ thống\nchính trị; Tiêu chí về an ninh.\n"
    )
    record = extract_text(text)
    assert record.meeting is not None and record.meeting.chair is not None
    assert record.meeting.chair.name == "Lê Văn Hòa"
    assert [s.text for s in record.shortcomings] == [
        "Tiêu chí về bảo hiểm y tế",
        "Tiêu chí về hệ thống chính trị",
        "Tiêu chí về an ninh",
    ]
    for s in record.shortcomings:
        assert " ".join(text[slice(*s.span)].split()) == s.text
