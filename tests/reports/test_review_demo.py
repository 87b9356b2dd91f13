"""The review report of Thành phố Lạng Sơn, 9 tháng 2022, from the demo data, read back."""

from __future__ import annotations

import argparse
import io
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import transaction
from django.test import override_settings
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import load_workbook

from tiendo.demo.loader import demo_load
from tiendo.extract.engine import extract_text
from tiendo.extract.numbers import parse_number
from tiendo.extract.readers import read_bytes
from tiendo.extract.tables import find_tables, table_figures
from tiendo.reports.review.cli import run_report
from tiendo.reports.review.pdf import soffice_path
from tiendo.reports.review.service import review_report_render
from tiendo.results.periods import period_get
from tiendo.units.models import Unit

SENTENCE = (
    "Thu ngân sách nhà nước trên địa bàn đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao, "
    "tăng 22% so với cùng kỳ."
)
pytestmark = pytest.mark.django_db

COLUMNS = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "% so kế hoạch",
           "% so cùng kỳ", "Đánh giá"]


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The demo loaded once for the module, rolled back at its end (see tests/demo)."""
    with (
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        demo_load()
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def city_docx(demo: None, django_db_blocker: Any) -> bytes:
    with django_db_blocker.unblock():
        city = Unit.objects.get(name="Thành phố Lạng Sơn", kind=Unit.Kind.LOCALITY)
        return review_report_render(unit=city, period=period_get("2022-9M")).content


@pytest.fixture
def doc(city_docx: bytes) -> Any:
    return Document(io.BytesIO(city_docx))


def _texts(cell: Any) -> list[str]:
    return [p.text for p in cell.paragraphs]


def _run(paragraph: Any) -> Any:
    return paragraph.runs[0]


def test_page_is_a4_with_party_margins(doc: Any) -> None:
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) for m in margins] == [20, 20, 30, 15]
    assert doc.sections[1].orientation == WD_ORIENT.LANDSCAPE


def test_font_is_times_new_roman_east_asia_included(doc: Any) -> None:
    normal = doc.styles["Normal"]
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert normal.font.name == "Times New Roman"
    assert fonts.get(qn("w:eastAsia")) == "Times New Roman"
    runs = [r for p in doc.paragraphs for r in p.runs]
    assert {r.font.name for r in runs} == {"Times New Roman"}
    assert {r._element.rPr.rFonts.get(qn("w:eastAsia")) for r in runs} == {"Times New Roman"}


def test_header_blocks(doc: Any) -> None:
    left, right = doc.tables[0].rows[0].cells
    assert _texts(left) == ["ĐẢNG BỘ TỈNH LẠNG SƠN", "THÀNH ỦY LẠNG SƠN", "*", "Số    -BC/HU"]
    parent, issuer, _star, number = left.paragraphs
    assert (_run(parent).bold, _run(issuer).bold, _run(number).bold) == (False, True, False)
    assert {_run(p).font.size for p in left.paragraphs} == {Pt(14)}
    assert _texts(right) == ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lạng Sơn, ngày    tháng    năm 2022"]
    national, rule, place = right.paragraphs
    assert (_run(national).bold, _run(national).font.size) == (True, Pt(15))
    assert rule._p.pPr.find(qn("w:pBdr")) is not None  # the rule under it
    assert (_run(place).italic, _run(place).font.size) == (True, Pt(14))


def test_title_and_summary(doc: Any) -> None:
    texts = [p.text for p in doc.paragraphs]
    title = doc.paragraphs[texts.index("BÁO CÁO")]
    summary = doc.paragraphs[texts.index(
        "sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022"
    )]
    assert (_run(title).bold, _run(title).font.size, title.alignment) == (True, Pt(16), WD_ALIGN_PARAGRAPH.CENTER)
    assert (_run(summary).bold, summary.alignment) == (True, WD_ALIGN_PARAGRAPH.CENTER)
    assert "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2022" in texts
    assert "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 3 THÁNG CUỐI NĂM 2022" in texts


def test_generated_sentences_and_counts(doc: Any) -> None:
    texts = [p.text for p in doc.paragraphs]
    sentence = doc.paragraphs[texts.index(SENTENCE)]
    assert sentence.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(sentence.paragraph_format.first_line_indent.mm, 1) == 12.7
    assert _run(sentence).font.size == Pt(14)
    assert (
        "Trong 8 chỉ tiêu có kế hoạch, 1/8 chỉ tiêu đạt và vượt kế hoạch; 5 chỉ tiêu đang thực hiện; "
        "2 chỉ tiêu chưa có số liệu."
    ) in texts
    # The demo's plans are generated sample data: flagged, so that nobody sends them as real.
    assert (
        "Kết nạp đảng viên mới đạt 186 đảng viên, đạt 70,5% kế hoạch năm, bằng cùng kỳ [số liệu mẫu]."
    ) in texts


def test_placeholders_for_what_is_missing(doc: Any) -> None:
    texts = [p.text for p in doc.paragraphs]
    assert "[Chưa có số liệu về lĩnh vực quốc phòng – an ninh – đề nghị bổ sung]" in texts
    assert "[Chưa có số liệu: Tỷ lệ hộ nghèo; Tỷ lệ dân số tham gia bảo hiểm y tế – đề nghị bổ sung]" in texts
    assert "[Chưa có số liệu về nguyên nhân của hạn chế – đề nghị bổ sung]" in texts
    assert "- Quản lý đô thị, trật tự xây dựng chưa đạt yêu cầu;" in texts
    assert "- Chỉ đạo quyết liệt thu ngân sách quý IV." in texts


def test_signature_and_recipients(doc: Any) -> None:
    left, right = doc.tables[1].rows[0].cells
    label = left.paragraphs[0]
    assert (label.text, _run(label).underline, _run(label).italic) == ("Nơi nhận:", True, False)
    assert _texts(left)[1:] == [
        "- Thường trực Tỉnh ủy Lạng Sơn (b/c);",
        "- Các đồng chí Thành ủy viên;",
        "- Các chi bộ, đảng bộ trực thuộc;",
        "- Lưu Văn phòng Thành ủy.",
    ]
    assert {_run(p).font.size for p in left.paragraphs} == {Pt(12)}
    signature = [t for t in _texts(right) if t]
    assert signature == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Công Trưởng"]


def test_appendix_table(doc: Any) -> None:
    table = doc.tables[2]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == COLUMNS
    assert rows[1][:2] == ["I", "KINH TẾ"]
    assert rows[2] == ["1", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "367,27", "404", "110", "122", "Vượt"]
    assert [r[0] for r in rows[1:]] == ["I", "1", "2", "3", "4", "II", "1", "2", "3", "III", "1"]
    assert rows[-1][1] == "Kết nạp đảng viên mới [số liệu mẫu]"
    # A field's row spans the table after its roman number.
    group = table.rows[1]
    assert [tc.grid_span for tc in group._tr.tc_lst] == [1, 7]
    assert group.cells[1].paragraphs[0].runs[0].bold


# The units of the demo's appendix that are scale words, the rest being counted nouns.
SCALED_UNITS = {"tỷ đồng": "VND", "%": "%"}


def test_the_extractor_reads_the_report_back(city_docx: bytes, doc: Any) -> None:
    """What the report states, the extractor finds again. Its appendix, read as a table, gives
    each target with a result: the result in its unit, the share of the plan, and the share
    of last year's result as the change. The body's sentences state the same results, and
    the whole record reports each once, at the sentence."""
    text = read_bytes(city_docx, "bao-cao.docx", ".docx")
    targets = [
        [c.text for c in row.cells]
        for row in doc.tables[2].rows[1:]
        if row.cells[0].text.isdigit() and row.cells[4].text  # a target, not a field's row
    ]
    assert len(targets) == 6
    rows = table_figures(find_tables(text))
    assert len(rows) == len(targets)
    for row, (_, name, uom, _, actual, pct_plan, pct_last, _) in zip(rows, targets, strict=True):
        scaled = uom in SCALED_UNITS
        assert row.indicator == name
        assert row.value == pytest.approx(parse_number(f"{actual} {uom}" if scaled else actual))
        assert row.unit == SCALED_UNITS.get(uom, uom)
        assert row.pct_of_plan == pytest.approx(parse_number(pct_plan))
        assert row.yoy_pct == pytest.approx(parse_number(pct_last) - 100)
    record = extract_text(text)
    # The header's two columns stay lines: the headline under them is the report's title.
    assert record.title == "BÁO CÁO sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022"
    assert record.meeting is not None and record.meeting.review is not None
    assert (record.meeting.review.months, record.meeting.review.year) == (9, 2022)
    restated = [f for f in record.figures if f.value in {row.value for row in rows}]
    assert len(restated) == len(rows)
    assert all(f.span[1] < text.index("PHỤ LỤC") for f in restated)
    # The signature before the appendix: the signer, in the office signed in, of the issuer.
    signer = doc.tables[1].rows[0].cells[1].paragraphs[-1].text
    assert [(p.name, p.titles) for p in record.people] == [(signer, ["Bí thư Thành ủy Lạng Sơn"])]
    assert record.authors == []


def test_cli_writes_docx_and_xlsx(demo: None, django_db_blocker: Any, tmp_path: Path) -> None:
    with django_db_blocker.unblock():
        for fmt in ("docx", "xlsx"):
            args = argparse.Namespace(unit="Thành phố Lạng Sơn", period="2022-9M", format=fmt,
                                      output=tmp_path / f"bc.{fmt}")
            assert run_report(args) == 0
    sheet = load_workbook(tmp_path / "bc.xlsx").active
    assert [c.value for c in sheet[5]] == COLUMNS
    assert [c.value for c in sheet[7]][:5] == [
        "1", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 367.27, 404.0,
    ]
    assert Document(str(tmp_path / "bc.docx")).tables[0].rows[0].cells[0].paragraphs[1].text == "THÀNH ỦY LẠNG SƠN"


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) chưa được cài: không thử được PDF")
def test_pdf_pages(demo: None, django_db_blocker: Any, artifacts_dir: Path, tmp_path: Path) -> None:
    with django_db_blocker.unblock():
        city = Unit.objects.get(name="Thành phố Lạng Sơn", kind=Unit.Kind.LOCALITY)
        pdf = review_report_render(unit=city, period=period_get("2022-9M"), fmt="pdf").content
    assert pdf[:5] == b"%PDF-"
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [page.split() for page in text.split("\f") if page.strip()]
    # Every page kept as a PNG where ``make test`` says, for a person to look at.
    prefix = artifacts_dir / "review-report-langson-2022-9m"
    for old in artifacts_dir.glob(f"{prefix.name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(path), str(prefix)], check=True)
    images = sorted(artifacts_dir.glob(f"{prefix.name}-*.png"))
    assert len(images) == len(pages) >= 3
    assert all(image.stat().st_size > 10_000 for image in images)
    first = " ".join(pages[0])
    assert "BÁO CÁO" in first
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first
    assert "vượt 10% dự toán tỉnh" in first
    # No number on page 1; from page 2 on, the number heads the page (the appendix too).
    assert pages[0][0] != "1"
    assert [page[0] for page in pages[1:]] == [str(n) for n in range(2, len(pages) + 1)]
    assert "PHỤ LỤC" in " ".join(pages[-1])
    # Read back from the PDF's text layer, where the part's heading wraps before its year:
    # the report's title and periods, its signer, and the tasks under its heading.
    record = extract_text(read_bytes(pdf, "bao-cao.pdf", ".pdf"))
    assert record.title == "BÁO CÁO sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022"
    assert record.meeting is not None and record.meeting.plan is not None
    assert (record.meeting.plan.months, record.meeting.plan.year) == (3, 2022)
    assert [p.titles for p in record.people] == [["Bí thư Thành ủy Lạng Sơn"]]
    assert "Chỉ đạo quyết liệt thu ngân sách quý IV" in [t.text for t in record.tasks]
