"""Tables of targets read row by row: the appendix of a review report, as the DOCX and HTML
readers write it (one line a row, cells between tabs) and as a table copied out of Word reads.

Every table below is written by us in the genre's layouts: the columns of Hướng dẫn 36's
appendix, two header rows under "So sánh (%)", a row numbering the columns, years as headings.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from figure_check import F, assert_found

from tiendo.extract.engine import extract_text
from tiendo.extract.tables import find_tables, table_figures


def rows(*lines: str) -> str:
    """A table from rows written with ``|`` between cells."""
    return "\n".join("\t".join(c.strip() for c in line.split("|")) for line in lines)


def table_figures_of(text: str) -> list[dict[str, Any]]:
    text = unicodedata.normalize("NFC", text)
    return [f.to_json() for f in table_figures(find_tables(text))]


def assert_rows(text: str, expected: list[dict[str, Any]]) -> None:
    got = table_figures_of(text)
    assert_found(text, got, expected)
    for g in got:  # the span is the row, and the row names the indicator
        line = text[g["span"][0] : g["span"][1]]
        assert "\n" not in line and line == line.strip() and g["indicator"] in line


APPENDIX = rows(
    "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | % so kế hoạch | % so cùng kỳ | Đánh giá",
    "I | KINH TẾ | | | | | |",
    "1 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 367,27 | 404 | 110 | 122 | Vượt",
    "2 | Tốc độ tăng trưởng kinh tế | % | 7 | 6,8 | 97,1 | | Không đạt",
    "3 | Doanh nghiệp thành lập mới | doanh nghiệp | 120 | 135 | 112,5 | 104 | Vượt",
    "II | XÃ HỘI | | | | | |",
    "1 | Tỷ lệ hộ nghèo | % | 2 | 1,85 | | | Đạt",
    "2 | Giải quyết việc làm | lao động | 1.500 | 1.620 | 108 | | Vượt",
)

CASES = [
    (  # the appendix of Hướng dẫn 36's review report, with its field rows
        APPENDIX,
        [
            F("Thu ngân sách nhà nước trên địa bàn", value=404e9, unit="VND",
              pct_of_plan=110.0, plan="kế hoạch", yoy_pct=22.0),
            F("Tốc độ tăng trưởng kinh tế", value=6.8, unit="%", pct_of_plan=97.1, yoy_pct=None),
            F("Doanh nghiệp thành lập mới", value=135, unit="doanh nghiệp", yoy_pct=4.0),
            F("Tỷ lệ hộ nghèo", value=1.85, unit="%", pct_of_plan=None),
            F("Giải quyết việc làm", value=1620, unit="lao động", pct_of_plan=108.0),
        ],
    ),
    (  # "So sánh (%)" heading two columns, "KH" and "CK" under it; a row numbering columns
        rows(
            "TT | Nội dung | ĐVT | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | So sánh (%) | ",
            "TT | Nội dung | ĐVT | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | KH | CK",
            "A | B | C | 1 | 2 | 3=2/1 | 4",
            "1 | Tổng giá trị sản xuất (giá so sánh 2010) | triệu đồng | 5.000.000 | 5.120.500 | 102,4 | 107,3",
            "2 | Thu nhập bình quân đầu người | triệu đồng/người | 58 | 60,2 | 103,8 | 109,5",
        ),
        [
            F("Tổng giá trị sản xuất (giá so sánh 2010)", value=5120500e6, unit="VND",
              estimated=True, pct_of_plan=102.4, yoy_pct=7.3),
            F("Thu nhập bình quân đầu người", value=60.2e6, unit="VND", estimated=True,
              pct_of_plan=103.8, yoy_pct=9.5),
        ],
    ),
    (  # the plan is the budget estimate; the change on last year written as the change
        rows(
            "STT | Chỉ tiêu | Dự toán giao | Thực hiện 6 tháng | TH/DT (%) | Tăng, giảm so cùng kỳ (%)",
            "1 | Thu nội địa (tỷ đồng) | 2.450 | 1.310,6 | 53,5 | -4,2",
            "2 | Thu từ hoạt động xuất nhập khẩu (tỷ đồng) | 600 | 352 | 58,7 | 12",
        ),
        [
            F("Thu nội địa", value=1310.6e9, unit="VND", pct_of_plan=53.5, plan="dự toán",
              yoy_pct=-4.2),
            F("Thu từ hoạt động xuất nhập khẩu", value=352e9, unit="VND", pct_of_plan=58.7,
              yoy_pct=12.0),
        ],
    ),
    (  # years as headings: the latest is the result, the earlier the base of "So sánh"
        rows(
            "Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 | So sánh (%)",
            "Sản lượng lương thực | tấn | 61.200 | 63.450 | 103,7",
            "Diện tích trồng rừng mới | ha | 1.150 | 1.230,5 | 107",
        ),
        [
            F("Sản lượng lương thực", value=63450, unit="tấn", pct_of_plan=None, yoy_pct=3.7),
            F("Diện tích trồng rừng mới", value=1230.5, unit="ha", yoy_pct=7.0),
        ],
    ),
    (  # last year's result, this year's plan and result: the result of the latest year
        rows(
            "STT | Chỉ tiêu | ĐVT | Thực hiện 2023 | Kế hoạch 2024 | Thực hiện 2024 | So với KH (%)",
            "1 | Số xã đạt chuẩn nông thôn mới nâng cao | xã | 4 | 7 | 8 | 114,3",
        ),
        [F("Số xã đạt chuẩn nông thôn mới nâng cao", value=8, unit="xã", pct_of_plan=114.3)],
    ),
    (  # the resolution's targets: "Chỉ tiêu NQ" is the plan, its name "Nghị quyết"
        rows(
            "TT | Chỉ tiêu | Chỉ tiêu NQ | Kết quả đạt được | % so NQ",
            "1 | Tỷ lệ che phủ rừng (%) | 65 | 66,2 | 101,8",
            "2 | Kết nạp đảng viên mới | 180 | 174 | 96,7",
        ),
        [
            F("Tỷ lệ che phủ rừng", value=66.2, unit="%", pct_of_plan=101.8, plan="Nghị quyết"),
            F("Kết nạp đảng viên mới", value=174, unit=None, pct_of_plan=96.7),
        ],
    ),
    (  # "Trong đó:" before a part of the row above; a count of units reached as a ratio
        rows(
            "STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | % KH",
            "1 | Tổng vốn đầu tư công giải ngân | triệu USD | 12 | 10,8 | 90",
            " | Trong đó: vốn ODA | triệu USD | 4 | 3,1 | 77,5",
            "2 | Trường đạt chuẩn quốc gia | trường | 30 | 28/35 | ",
        ),
        [
            F("Tổng vốn đầu tư công giải ngân", value=10.8e6, unit="USD", pct_of_plan=90.0),
            F("vốn ODA", value=3.1e6, unit="USD", pct_of_plan=77.5),
            F("Trường đạt chuẩn quốc gia", value=None, part=28, whole=35, unit="trường"),
        ],
    ),
    (  # short cells are data when a word stands in one ("Lúa"); "A | B | (1)" numbers columns
        rows(
            "TT | Cây trồng | KH | TH | % KH",
            "A | B | (1) | (2) | (3)",
            "1 | Lúa | 40 | 42 | 105",
        ),
        [F("Lúa", value=42.0, pct_of_plan=105.0, plan="kế hoạch")],
    ),
    (  # a malformed number is reported, not repaired; a result in words is no figure
        rows(
            "STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | % so kế hoạch",
            "1 | Thu ngân sách xã | triệu đồng | 900 | 60,6,2 | ",
            "2 | Xây dựng chính quyền điện tử | | Hoàn thành | Hoàn thành | ",
            "3 | Hộ gia đình văn hóa | % | 90 | 92,5 | trên 100",
        ),
        [
            F("Thu ngân sách xã", value=None, warning="malformed number '60,6,2'"),
            F("Hộ gia đình văn hóa", value=92.5, unit="%", pct_of_plan=100.0),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows_of_a_table_of_targets(text: str, expected: list[dict[str, Any]]) -> None:
    assert_rows(text, expected)


NOT_TABLES = [
    # A document's header blocks, set apart by tabs
    rows(
        "ĐẢNG BỘ TỈNH LẠNG SƠN | ĐẢNG CỘNG SẢN VIỆT NAM",
        "HUYỆN ỦY BẮC SƠN | Bắc Sơn, ngày 25 tháng 9 năm 2023",
        "Số 215-BC/HU | ",
    ),
    # Two columns: a label and its text, no column naming a result
    rows(
        "Chỉ tiêu | Kết quả",
        "Thu ngân sách | 404 tỷ đồng",
        "Số doanh nghiệp thành lập mới | 135 doanh nghiệp",
    ),
    # Units against an indicator named in the headings: what each row measures is no cell's
    rows(
        "STT | Đơn vị | Dự toán giao | Thực hiện | % so dự toán",
        "1 | Xã Tân Lập | 1.200 | 1.150 | 95,8",
        "2 | Thị trấn Bắc Sơn | 3.400 | 3.620 | 106,5",
    ),
    rows(
        "TT | Xã, thị trấn | Kế hoạch | Kết quả | Tỷ lệ % KH",
        "1 | Vũ Lăng | 40 | 42 | 105",
    ),
    # Headings and the row numbering the columns, no row of data under them
    rows("TT | Chỉ tiêu | KH | TH | % KH", "A | B | (1) | (2) | (3)=(2)/(1)"),
    # Headings that name no result, no share of a plan and no share of last year
    rows(
        "STT | Họ và tên | Năm sinh | Chức vụ",
        "1 | Nguyễn Văn An | 1975 | Bí thư Đảng ủy xã",
        "2 | Trần Thị Bình | 1980 | Chủ tịch UBND xã",
    ),
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_what_is_not_a_table_of_targets(text: str) -> None:
    assert find_tables(text) == []


def test_the_sentences_do_not_read_the_rows() -> None:
    """A row is read once, as a row: the sentence reader no longer sees its numbers, and a
    line break after a row's last word does not run it into the next row."""
    text = "Kết quả thực hiện các chỉ tiêu như sau:\n" + rows(
        "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Đánh giá",
        "1 | Trồng rừng tập trung | ha | 500 | 540 | đạt",
        "2 | Cứng hóa đường giao thông nông thôn | km | 25 | 23,5 | chưa đạt",
    )
    figures = [f.to_json() for f in extract_text(text).figures]
    assert [(f["indicator"], f["value"], f["unit"]) for f in figures] == [
        ("Trồng rừng tập trung", 540, "ha"),
        ("Cứng hóa đường giao thông nông thôn", 23.5, "km"),
    ]


def test_a_row_restating_the_body_is_reported_once() -> None:
    """The appendix restates results the body states: the contract reports a statement once,
    at its first full occurrence, which is the sentence."""
    body = (
        "Năm 2022, thu ngân sách nhà nước trên địa bàn đạt 404 tỷ đồng, vượt 10% dự toán, "
        "tăng 22% so với cùng kỳ.\n"
    )
    figures = [f.to_json() for f in extract_text(body + APPENDIX).figures]
    budget = [f for f in figures if f["value"] == 404e9]
    assert len(budget) == 1 and budget[0]["span"][1] <= len(body)
    assert {f["indicator"] for f in figures} >= {"Tỷ lệ hộ nghèo", "Giải quyết việc làm"}


def test_a_heading_names_no_document() -> None:
    """"Kế hoạch năm 2024" over a column is the plan's column, not a plan adopted; a document
    named in a sentence is still one."""
    text = "Thực hiện Kế hoạch số 45-KH/UBND ngày 10/01/2024 của UBND huyện, kết quả như sau:\n" + rows(
        "STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện năm 2024 | % KH",
        "1 | Trồng rừng tập trung | ha | 500 | 540 | 108",
    )
    record = extract_text(text)
    assert [d.number for d in record.documents] == ["45-KH/UBND"]
    assert [(f.indicator, f.pct_of_plan) for f in record.figures] == [("Trồng rừng tập trung", 108.0)]
