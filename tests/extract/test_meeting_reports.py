"""An official report names no meeting: the organ in its header issues it, and the periods its
subject names stand in the meeting's place (what the ingest needs to file it), kind and date
unknown. Headers written by us in the Party's and the State's formats, in the orders the
readers give (a DOCX header's left column, then its right; a page read row by row)."""

from __future__ import annotations

import pytest
from meeting_check import meeting

from tiendo.extract.engine import extract_text

PARTY = (
    "ĐẢNG BỘ HUYỆN BẮC SƠN\nĐẢNG ỦY XÃ VŨ LĂNG\n*\nSố 45-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Vũ Lăng, ngày 20 tháng 6 năm 2024\nBÁO CÁO\n"
    "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024\n"
    "Tổng diện tích gieo trồng đạt 1.250 ha, bằng 52% kế hoạch năm.\n"
)
STATE = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BẮC SƠN\nSố: 123/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nBắc Sơn, ngày 5 tháng 12 năm 2023\nBÁO CÁO\n"
    "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023, kế hoạch năm 2024\n"
    "Năm 2023, tổng giá trị sản xuất đạt 5.200 tỷ đồng, tăng 7,5% so với năm 2022.\n"
)
ROW_BY_ROW = (  # the motto's column read between the issuer and its star
    "THÀNH ỦY LẠNG SƠN\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nLạng Sơn, ngày 30 tháng 9 năm 2022\n"
    "Số 215-BC/TU\nBÁO CÁO\n"
    "sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022\n"
    "Thu ngân sách nhà nước trên địa bàn đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao.\n"
)
TABBED = (  # the header copied out of its table into plain text: each row a line of two cells
    "THÀNH ỦY LẠNG SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tLạng Sơn, ngày 30 tháng 9 năm 2022\n"
    "Số 215-BC/TU\t\n\nBÁO CÁO\n"
    "sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022\n\n"
    "Thu ngân sách nhà nước trên địa bàn đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao.\n"
)

CASES = [
    (PARTY, "ĐẢNG ỦY XÃ VŨ LĂNG", {"months": 6, "year": 2024}, {"months": 6, "year": 2024}),
    (STATE, "ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN", {"months": 12, "year": 2023}, {"months": 12, "year": 2024}),
    (ROW_BY_ROW, "THÀNH ỦY LẠNG SƠN", {"months": 9, "year": 2022}, {"months": 3, "year": 2022}),
    (TABBED, "THÀNH ỦY LẠNG SƠN", {"months": 9, "year": 2022}, {"months": 3, "year": 2022}),
]


@pytest.mark.parametrize(("text", "organizer", "review", "plan"), CASES)
def test_a_report_is_filed_by_its_issuer_and_periods(
    text: str, organizer: str, review: dict, plan: dict
) -> None:
    got = meeting(text)
    assert (got["organizer"], got["review"], got["plan"]) == (organizer, review, plan)
    # A report is no conference: no kind, and the header's date is the report's own.
    assert (got["kind"], got["date"], got["session"]) == (None, None, None)


def test_a_row_of_the_header_is_no_headline() -> None:
    assert extract_text(TABBED).title == (
        "BÁO CÁO sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022"
    )


def test_a_headline_opening_on_bao_cao_is_no_report() -> None:
    """Without a document's header above it, "BÁO CÁO …" is a news headline, and the meeting
    is the one its lead reports."""
    text = (
        "BÁO CÁO KẾT QUẢ 9 THÁNG ĐẦU NĂM 2023 CỦA HUYỆN BẮC SƠN\nSáng 5/10, Huyện ủy Bắc Sơn tổ "
        "chức hội nghị Ban Chấp hành đánh giá kết quả 9 tháng đầu năm 2023.\n"
    )
    got = meeting(text)
    assert (got["organizer"], got["kind"], got["date"]) == (
        "Huyện ủy Bắc Sơn", "hội nghị Ban Chấp hành", "2023-10-05",
    )


def test_a_report_naming_no_period_names_no_meeting() -> None:
    text = (
        "HUYỆN ỦY BẮC SƠN\n*\nSố 88-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Sơn, ngày 2 tháng 3 năm "
        "2024\nBÁO CÁO\nkết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị\n"
        "Toàn huyện có 1.200 đảng viên tham gia học tập.\n"
    )
    assert extract_text(text).meeting is None
