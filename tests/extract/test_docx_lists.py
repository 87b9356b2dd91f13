"""The marks of Word's numbered and bulleted paragraphs, drawn again when a DOCX is read: Word
keeps them out of the text, and a report's parts and items are read by them. Documents built
here with python-docx: its template's list styles, and a list definition of our own in the
shape committee reports use (I., 1., a), a bullet)."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tiendo.extract.engine import extract_text
from tiendo.extract.readers import read_bytes

# Level 0 "I.", level 1 "1.", level 2 "a)", level 3 a bullet; list 1 counts them, list 2
# restarts level 1 at 5.
ABSTRACT = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
    "</w:abstractNum>"
)
NUMS = (
    f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>',
    f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
    '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
)


def _docx(paragraphs: list[tuple[str, str | None, int]]) -> bytes:
    """Paragraphs of (text, list id, level); a list id None is a plain paragraph."""
    document = Document()
    numbering = document.part.numbering_part.element
    # Definitions go before the lists that use them.
    numbering.insert(0, parse_xml(ABSTRACT))
    for num in NUMS:
        numbering.append(parse_xml(num))
    for text, num_id, level in paragraphs:
        paragraph = document.add_paragraph(text)
        if num_id is not None:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read(data: bytes) -> list[str]:
    return read_bytes(data, "bao-cao.docx", ".docx").split("\n")


def test_each_level_is_counted_and_drawn_in_its_format() -> None:
    data = _docx(
        [
            ("KẾT QUẢ ĐẠT ĐƯỢC", "91", 0),
            ("Về kinh tế", "91", 1),
            ("Thu ngân sách đạt 85,6 tỷ đồng.", None, 0),
            ("Về xây dựng Đảng", "91", 1),
            ("Kết nạp 45 đảng viên.", "91", 2),
            ("Kiện toàn 3 chi bộ.", "91", 2),
            ("Một chi bộ ghép.", "91", 3),
            ("PHƯƠNG HƯỚNG, NHIỆM VỤ", "91", 0),
            ("Về kinh tế", "91", 1),  # a new part counts its fields again
            ("", "91", 1),  # an empty numbered paragraph counts, and shows no mark
            ("Về văn hóa", "91", 1),
        ]
    )
    assert _read(data) == [
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Về kinh tế",
        "Thu ngân sách đạt 85,6 tỷ đồng.",
        "2. Về xây dựng Đảng",
        "a) Kết nạp 45 đảng viên.",
        "b) Kiện toàn 3 chi bộ.",
        "- Một chi bộ ghép.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ",
        "1. Về kinh tế",
        "",
        "3. Về văn hóa",
    ]


def test_a_list_that_restarts_counts_from_its_own_start() -> None:
    data = _docx([("Một", "91", 1), ("Hai", "92", 1), ("Ba", "91", 1)])
    assert _read(data) == ["1. Một", "5. Hai", "2. Ba"]


def test_the_templates_list_styles_are_numbered_and_bulleted() -> None:
    document = Document()
    for text, style in (("Một", "List Number"), ("Hai", "List Number"), ("Ba", "List Bullet")):
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    assert _read(out.getvalue()) == ["1. Một", "2. Hai", "- Ba"]


def test_a_word_report_with_numbered_parts_gives_its_tasks() -> None:
    """Without the marks, the tasks' items under "II." read as one unmarked run, and the
    proposals after "III." as more tasks."""
    data = _docx(
        [
            ("KẾT QUẢ ĐẠT ĐƯỢC", "91", 0),
            ("Thu ngân sách trên địa bàn đạt 85,6 tỷ đồng, bằng 58% dự toán.", None, 0),
            ("NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026", "91", 0),
            ("Tập trung chỉ đạo thu ngân sách", "91", 3),
            ("Chuẩn bị tốt đại hội chi bộ", "91", 3),
            ("KIẾN NGHỊ", "91", 0),
            ("Đề nghị Tỉnh ủy quan tâm bố trí vốn cho các công trình trọng điểm.", None, 0),
        ]
    )
    record = extract_text(read_bytes(data, "bao-cao.docx", ".docx"))
    assert [t.text for t in record.tasks] == ["Tập trung chỉ đạo thu ngân sách", "Chuẩn bị tốt đại hội chi bộ"]


def test_a_tables_numbered_column_shows_its_numbers() -> None:
    document = Document()
    table = document.add_table(rows=3, cols=3)
    rows = [("STT", "Chỉ tiêu", "Thực hiện"), ("", "Thu ngân sách", "85,6"), ("", "Kết nạp đảng viên", "45")]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    for row in table.rows[1:]:
        row.cells[0].paragraphs[0].style = "List Number"
    out = io.BytesIO()
    document.save(out)
    assert _read(out.getvalue())[1:] == ["1.\tThu ngân sách\t85,6", "2.\tKết nạp đảng viên\t45"]
