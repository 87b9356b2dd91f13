"""Review reports of units built from factories: issuer names, formats, placeholders, CLI."""

from __future__ import annotations

import argparse
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.factories import (
    make_district,
    make_indicator,
    make_province,
    make_result,
    make_target,
    make_unit,
)
from tiendo.extract import office
from tiendo.reports.review import pdf
from tiendo.reports.review.cli import add_report_parser, run_report
from tiendo.reports.review.service import review_report_render
from tiendo.results.periods import period_get
from tiendo.units.models import Unit

pytestmark = pytest.mark.django_db


def _doc(unit: Unit, code: str = "2023-6M", **kwargs: Any) -> Any:
    return Document(io.BytesIO(review_report_render(unit=unit, period=period_get(code), **kwargs).content))


def _header(doc: Any) -> tuple[list[str], list[str]]:
    left, right = doc.tables[0].rows[0].cells
    return [p.text for p in left.paragraphs], [p.text for p in right.paragraphs if p.text]


def test_district_party_committee_with_no_data_asks_for_everything() -> None:
    # given a district with nothing recorded
    province = make_province(admin_type="Tỉnh")
    district = make_district(province, "Huyện Bắc Sơn", admin_type="Huyện")
    # when
    doc = _doc(district)
    # then
    assert _header(doc) == (
        ["ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY BẮC SƠN", "*", "Số    -BC/HU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Sơn, ngày    tháng    năm 2023"],
    )
    texts = [p.text for p in doc.paragraphs]
    assert "sơ kết công tác 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2023" in texts
    assert [t for t in texts if t.startswith("[")] == [
        "[Tình hình chung, thuận lợi, khó khăn trong kỳ – đề nghị bổ sung]",
        "[Chưa có chỉ tiêu kế hoạch của kỳ báo cáo – đề nghị bổ sung]",
        "[Chưa có số liệu về lĩnh vực kinh tế – đề nghị bổ sung]",
        "[Chưa có số liệu về lĩnh vực văn hóa – xã hội – đề nghị bổ sung]",
        "[Chưa có số liệu về lĩnh vực quốc phòng – an ninh – đề nghị bổ sung]",
        "[Chưa có số liệu về lĩnh vực xây dựng Đảng và hệ thống chính trị – đề nghị bổ sung]",
        "[Chưa có số liệu về việc thực hiện các nhiệm vụ trọng tâm đề ra – đề nghị bổ sung]",
        "[Chưa có số liệu về hạn chế, yếu kém – đề nghị bổ sung]",
        "[Chưa có số liệu về nguyên nhân của hạn chế – đề nghị bổ sung]",
        "[Chưa có nhiệm vụ trọng tâm cho kỳ tới – đề nghị bổ sung]",
        "[Chưa có số liệu chỉ tiêu – đề nghị bổ sung]",
    ]
    assert len(doc.tables) == 2  # header and closing; no appendix table without rows
    signature = [p.text for p in doc.tables[1].rows[0].cells[1].paragraphs if p.text]
    assert signature == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]


def test_province_has_no_parent_line_and_signs_as_configured() -> None:
    province = make_province(admin_type="Tỉnh")
    doc = _doc(province, "2022", signature_title="PHÓ BÍ THƯ", signer="Nguyễn Văn A")
    assert _header(doc)[0] == ["TỈNH ỦY LẠNG SƠN", "*", "Số    -BC/TU"]
    texts = [p.text for p in doc.paragraphs]
    assert "tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023" in texts
    closing = doc.tables[1].rows[0].cells
    assert [p.text for p in closing[1].paragraphs if p.text] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn A"]
    assert [p.text for p in closing[0].paragraphs][-1] == "- Lưu Văn phòng Tỉnh ủy."


def test_people_committee_uses_the_state_format() -> None:
    province = make_province(admin_type="Tỉnh")
    committee = make_unit(
        "Ủy ban nhân dân huyện Bắc Sơn", short_name="Bắc Sơn", level=Unit.Level.DISTRICT,
        parent=province, kind=Unit.Kind.PEOPLE_COMMITTEE, admin_type="Huyện",
    )
    doc = _doc(committee, "2023-9M")
    left, right = _header(doc)
    assert left == ["UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN", "", "Số:      /BC-UBND"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Bắc Sơn, ngày    tháng    năm 2023"]
    label = doc.tables[1].rows[0].cells[0].paragraphs[0]
    assert (label.text, label.runs[0].bold, label.runs[0].italic) == ("Nơi nhận:", True, True)
    assert [p.text for p in doc.tables[1].rows[0].cells[1].paragraphs if p.text] == [
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
    ]


def test_estimated_value_below_plan_in_a_commune() -> None:
    # given a ward with an estimated result below its yearly plan
    province = make_province(admin_type="Tỉnh")
    city = make_district(province, "Thành phố Lạng Sơn", admin_type="Thành phố", short_name="Lạng Sơn")
    ward = make_unit("Phường Tam Thanh", level=Unit.Level.COMMUNE, parent=city, admin_type="Phường")
    schools = make_indicator("Giá trị sản xuất", uom="tỷ đồng", code="gtsx")
    make_target(schools, ward, Decimal("200"), period_code="2023", source="yearly_plan")
    make_result(schools, ward, Decimal("90"), period_code="2023-6M", estimated=True)
    # when
    doc = _doc(ward)
    # then
    texts = [p.text for p in doc.paragraphs]
    assert _header(doc)[0] == ["ĐẢNG BỘ THÀNH PHỐ LẠNG SƠN", "ĐẢNG ỦY PHƯỜNG TAM THANH", "*", "Số    -BC/ĐU"]
    assert "Giá trị sản xuất ước đạt 90 tỷ đồng, đạt 45% kế hoạch năm." in texts
    assert [c.text for c in doc.tables[2].rows[2].cells] == [
        "1", "Giá trị sản xuất", "tỷ đồng", "200", "90 (ước)", "45", "", "Đang thực hiện",
    ]


def test_sample_figures_are_flagged_in_the_sentence_and_the_appendix() -> None:
    # given a district whose figure and plan are generated sample data
    province = make_province(admin_type="Tỉnh")
    district = make_district(province, "Huyện Bắc Sơn", admin_type="Huyện", short_name="Bắc Sơn")
    output = make_indicator("Giá trị sản xuất", uom="tỷ đồng", code="gtsx")
    make_target(output, district, Decimal("200"), period_code="2023", source="yearly_plan")
    make_result(output, district, Decimal("90"), period_code="2023-6M", is_sample=True)
    # when
    doc = _doc(district)
    # then
    assert "Giá trị sản xuất đạt 90 tỷ đồng, đạt 45% kế hoạch năm [số liệu mẫu]." in [
        p.text for p in doc.paragraphs
    ]
    assert doc.tables[2].rows[2].cells[1].text == "Giá trị sản xuất [số liệu mẫu]"


def test_page_numbers_from_page_two_at_the_top_centre() -> None:
    doc = _doc(make_district(make_province(), "Huyện Bắc Sơn", admin_type="Huyện"))
    body, appendix = doc.sections
    # The first page has its own, empty header; the others a centred PAGE field.
    assert body.different_first_page_header_footer
    assert [p.text for p in body.first_page_header.paragraphs] == [""]
    number = body.header.paragraphs[0]
    assert number.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert [t.text for t in number._p.iter(qn("w:instrText"))] == [" PAGE "]
    assert number.runs[0].font.size == Pt(14)
    # The appendix goes on counting, its first page numbered too.
    assert appendix.header.is_linked_to_previous
    assert not appendix.different_first_page_header_footer


def test_pdf_without_soffice_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    with pytest.raises(pdf.PdfUnavailable) as error:
        pdf.docx_to_pdf(b"PK")
    assert "apt-get install libreoffice-writer-nogui fonts-liberation2" in str(error.value)


def test_report_command_parses_and_refuses_unknown_unit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    parser = argparse.ArgumentParser(prog="tiendo")
    add_report_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["report", "--unit", "Huyện Không Có", "--period", "2022-9M",
                              "--format", "pdf", "-o", str(tmp_path / "x.pdf")])
    assert (args.format, args.output, callable(args.handler)) == ("pdf", tmp_path / "x.pdf", True)
    assert run_report(args) == 2
    assert "Không tìm thấy đơn vị “Huyện Không Có”" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
