"""Inputs to text: UTF-8 text, HTML, DOCX, PDF, and clear refusals."""

import io
from pathlib import Path

import pytest

from tiendo.extract import office
from tiendo.extract.readers import ReadError, read_bytes, read_file

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Báo Lạng Sơn</title>
<style>.x{color:red}</style><script>var menu = "Trang chủ";</script></head>
<body><header><nav><ul><li>Trang chủ</li><li>Chính trị</li></ul></nav></header>
<div class="main-menu">Kinh tế | Xã hội</div>
<article><h1>Huyện ủy Bắc Sơn tổ chức hội nghị Ban Chấp hành</h1>
<p>Ngày 15/9/2023, Huyện ủy Bắc Sơn tổ chức hội nghị &amp; đánh giá kết quả.</p>
<div class="share-buttons">Chia sẻ Facebook</div>
<p>Thu ngân sách đạt 35,8 tỷ đồng.<br>Tăng 12% so với cùng kỳ.</p></article>
<aside>Tin liên quan</aside><footer>Bản quyền thuộc Báo Lạng Sơn</footer></body></html>"""


def test_utf8_text_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffHuyện ủy Bắc Sơn".encode())
    assert read_file(path) == "Huyện ủy Bắc Sơn"


def test_html_keeps_the_article_and_drops_the_chrome(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_file(path) == (
        "Huyện ủy Bắc Sơn tổ chức hội nghị Ban Chấp hành\n\n"
        "Ngày 15/9/2023, Huyện ủy Bắc Sơn tổ chức hội nghị & đánh giá kết quả.\n\n"
        "Thu ngân sách đạt 35,8 tỷ đồng.\nTăng 12% so với cùng kỳ."
    )


def test_html_is_recognised_without_a_suffix() -> None:
    assert (
        read_bytes(b"<html><body><p>Xin ch\xc3\xa0o</p></body></html>", "-").strip() == "Xin chào"
    )


def test_html_in_a_declared_legacy_charset() -> None:
    data = '<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p></body></html>'
    assert read_bytes(data.encode("cp1252"), "x.html", ".html") == "café"


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Báo cáo sơ kết 9 tháng đầu năm 2024")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu"
    table.cell(0, 1).text = "Kết quả"
    table.cell(1, 0).text = "Thu ngân sách"
    table.cell(1, 1).text = "404 tỷ đồng"
    document.add_paragraph("Nhiệm vụ 3 tháng cuối năm")
    path = tmp_path / "bao-cao.docx"
    document.save(path)
    # A row of data is one line, its cells between tabs: the table reader's input.
    assert read_file(path) == (
        "Báo cáo sơ kết 9 tháng đầu năm 2024\nChỉ tiêu\tKết quả\nThu ngân sách\t404 tỷ đồng\n"
        "Nhiệm vụ 3 tháng cuối năm"
    )


def _tiny_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` (ASCII) in a base-14 font, offsets computed."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(_tiny_pdf("Thu ngan sach dat 404 ty dong"))
    assert read_file(path) == "Thu ngan sach dat 404 ty dong"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "cp1258.txt",
            "Hội nghị tổng kết".encode("cp1258", "replace") + b"\xd2\xec",
            "not UTF-8 text (byte 0x",
        ),
        ("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("hong.docx", b"PK\x03\x04 not really a zip file", "not a valid DOCX file"),
        ("hong.pdf", b"%PDF-1.4\n garbage without objects", "PDF"),
        ("rong.pdf", _tiny_pdf(""), "PDF has no text layer"),
        ("gia.doc", b"Hoi nghi tong ket", "not an old Word .doc file"),
    ],
)
def test_refusals_name_the_file_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "khong-co.txt")
    with pytest.raises(ReadError, match="is a directory"):
        read_file(tmp_path)


def test_html_table_rows_are_lines_of_tabbed_cells() -> None:
    """Spans fill the grid: a heading over two columns is written once with a blank after it,
    one over two rows is in both rows, so every row's cells stand under their column."""
    page = """<html><body><article><h1>Huyện ủy Đình Lập tổng kết năm 2024</h1>
    <p>Các chỉ tiêu chủ yếu:</p>
    <table>
      <tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th>
          <th rowspan="2">Kế hoạch</th><th rowspan="2">Thực hiện</th><th colspan="2">So sánh (%)</th></tr>
      <tr><th>KH</th><th>CK</th></tr>
      <tr><td>1</td><td>Trồng rừng mới</td><td>ha</td><td>1.200</td><td>1.310</td>
          <td>109,2</td><td>104</td></tr>
    </table>
    <table><tr><td><p>Đoạn văn trong một bảng dàn trang.</p><p>Đoạn thứ hai.</p></td></tr></table>
    </article></body></html>"""
    assert read_bytes(page.encode(), "bao.html", ".html") == (
        "Huyện ủy Đình Lập tổng kết năm 2024\n\nCác chỉ tiêu chủ yếu:\n\n"
        "TT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tSo sánh (%)\t\n"
        "TT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tKH\tCK\n"
        "1\tTrồng rừng mới\tha\t1.200\t1.310\t109,2\t104\n\n"
        "Đoạn văn trong một bảng dàn trang.\n\nĐoạn thứ hai."
    )


def test_html_source_tabs_are_spaces() -> None:
    """Only a table's cells are set apart by tabs: the page source's indentation is not."""
    page = "<html><body><p>Thu ngân sách\tđạt 404 tỷ đồng</p></body></html>"
    assert read_bytes(page.encode(), "a.html", ".html") == "Thu ngân sách đạt 404 tỷ đồng"


def test_docx_merged_cells_fill_their_columns(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for j, text in enumerate(["Chỉ tiêu", "Thực hiện", "So sánh (%)", ""]):
        table.cell(0, j).text = text
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(1, 2).text, table.cell(1, 3).text = "KH", "CK"
    for j, text in enumerate(["Thu ngân sách (tỷ đồng)", "404", "110", "122"]):
        table.cell(2, j).text = text
    # A long passage in a cell is prose laid out in a table, not a row of data.
    prose = document.add_table(rows=1, cols=2)
    prose.cell(0, 0).text = "Kết quả"
    prose.cell(0, 1).text = "Trong năm, " + "toàn huyện tập trung chỉ đạo sản xuất. " * 12
    path = tmp_path / "phu-luc.docx"
    document.save(path)
    text = read_file(path)
    assert text.split("\n")[:3] == [
        "Chỉ tiêu\tThực hiện\tSo sánh (%)\t",
        "Chỉ tiêu\tThực hiện\tKH\tCK",
        "Thu ngân sách (tỷ đồng)\t404\t110\t122",
    ]
    assert text.split("\n")[3] == "Kết quả" and "\t" not in text.split("\n")[4]


def test_docx_header_blocks_stay_lines(tmp_path: Path) -> None:
    """A document's header is a table of two columns, each cell several paragraphs: it is no
    row of data, and its lines stay lines, where the header's readers look for them."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "HUYỆN ỦY BẮC SƠN"
    header.cell(0, 0).add_paragraph("*")
    header.cell(0, 0).add_paragraph("Số 215-BC/HU")
    header.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(0, 1).add_paragraph("Bắc Sơn, ngày 25 tháng 9 năm 2023")
    document.add_paragraph("BÁO CÁO")
    path = tmp_path / "bao-cao.docx"
    document.save(path)
    assert read_file(path).split("\n") == [
        "HUYỆN ỦY BẮC SƠN", "*", "Số 215-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bắc Sơn, ngày 25 tháng 9 năm 2023", "BÁO CÁO",
    ]


def _docx_with_a_table() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("BÁO CÁO kết quả 6 tháng đầu năm 2026")
    document.add_paragraph("Thu ngân sách đạt 85,6 tỷ đồng, bằng 58% dự toán.")
    table = document.add_table(rows=2, cols=3)
    for row, texts in zip(table.rows, [("Chỉ tiêu", "ĐVT", "Thực hiện"), ("Thu ngân sách", "tỷ đồng", "85,6")], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    # A paragraph after the table, as Word writes one: LibreOffice runs the cells of a table
    # that ends the document into one line.
    document.add_paragraph("Nơi nhận:")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.skipif(office.soffice_path() is None, reason="LibreOffice (soffice) is not installed")
def test_an_old_word_doc_reads_as_its_docx(tmp_path: Path) -> None:
    docx = _docx_with_a_table()
    doc = office.convert(docx, ".docx", "doc")
    assert doc[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    path = tmp_path / "bao-cao.doc"
    path.write_bytes(doc)
    assert read_file(path) == read_bytes(docx, "bao-cao.docx", ".docx")
    # a compound file with no suffix is taken for one too
    assert read_bytes(doc, "-") == read_file(path)


def test_an_old_word_doc_without_libreoffice_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    with pytest.raises(ReadError) as info:
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "cu.doc", ".doc")
    assert "LibreOffice (soffice) is not installed" in str(info.value)
    assert "save it as .docx" in str(info.value)
