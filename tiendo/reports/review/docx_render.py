"""The report as a DOCX (python-docx), in the Party format (36-HD/VPTW) or the State
format (NĐ 30/2020): A4, Times New Roman, the margins and sizes of domain-vn §1.3 / §2."""

from __future__ import annotations

import io
from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from tiendo.reports.review.structure import PARTY, Report

FONT = "Times New Roman"
A4 = (Mm(210), Mm(297))
# Landscape text width 297 - 30 - 15 = 252 mm.
APPENDIX_WIDTHS = [12, 86, 26, 26, 26, 22, 22, 32]


@dataclass(frozen=True)
class Layout:
    """Sizes in points and margins in mm of one format."""

    top: int = 20
    bottom: int = 20
    left: int = 30
    right: int = 15
    national: float = 15
    motto: float = 14
    parent: float = 14
    issuer: float = 14
    number: float = 14
    place_date: float = 14
    doc_type: float = 16
    summary: float = 14
    body: float = 14
    signature: float = 14
    recipients_label: float = 12
    recipients: float = 12
    table: float = 12
    page_number: float = 14
    header_distance: float = 10
    label_italic: bool = False


PARTY_LAYOUT = Layout()
# NĐ 30: header lines 13, number 13, body 14, the recipients 11 under a bold italic label.
STATE_LAYOUT = Layout(
    national=13, motto=14, parent=13, issuer=13, number=13, doc_type=14, recipients=11,
    label_italic=True,
)


def layout_of(report: Report) -> Layout:
    return PARTY_LAYOUT if report.style == PARTY else STATE_LAYOUT


def render_docx(report: Report) -> bytes:
    layout = layout_of(report)
    doc = Document()
    _base_style(doc, layout)
    section = doc.sections[0]
    _page(section, layout, landscape=False)
    _page_numbers(section, layout)
    _header_blocks(doc, report, layout)
    _title(doc, report, layout)
    for part in report.sections:
        _para(doc, part.heading, layout.body, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
        _para(doc, part.title, layout.body, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        for paragraph in part.paragraphs:
            _body(doc, paragraph.text, paragraph.kind, layout)
    _closing(doc, report, layout)
    _appendix(doc, report, layout)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- page and fonts


def _base_style(doc: Document, layout: Layout) -> None:
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(layout.body)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0


def _page(section, layout: Layout, *, landscape: bool) -> None:
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.top_margin = Mm(layout.top)
    section.bottom_margin = Mm(layout.bottom)
    section.left_margin = Mm(layout.left)
    section.right_margin = Mm(layout.right)


def _page_numbers(section, layout: Layout) -> None:
    """A PAGE field centred at the top of every page but the first (36-HD and NĐ 30 alike).

    The first page gets its own, empty header; the appendix section inherits the default
    header, so its pages go on with the count."""
    section.different_first_page_header_footer = True
    section.header_distance = Mm(layout.header_distance)
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        run = paragraph.add_run()
        _run_font(run, layout.page_number)
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._element.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
        else:
            run.text = text


def _run_font(run, size: float, *, bold: bool = False, italic: bool = False,
              underline: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), FONT)
    fonts.set(qn("w:cs"), FONT)


def _para(
    container, text: str, size: float, *, bold: bool = False, italic: bool = False,
    underline: bool = False, align: int | None = None, before: float = 0, after: float = 0,
    indent_first: float | None = None,
) -> DocxParagraph:
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if indent_first is not None:
        fmt.first_line_indent = Mm(indent_first)
    if text:
        _run_font(paragraph.add_run(text), size, bold=bold, italic=italic, underline=underline)
    return paragraph


def _cell_para(cell: _Cell, text: str, size: float, *, first: bool = False, **kwargs) -> DocxParagraph:
    """A paragraph in a cell; the cell's own empty first paragraph is reused."""
    if first:
        paragraph = cell.paragraphs[0]
        align = kwargs.pop("align", None)
        if align is not None:
            paragraph.alignment = align
        paragraph.paragraph_format.space_after = Pt(kwargs.pop("after", 0))
        paragraph.paragraph_format.space_before = Pt(kwargs.pop("before", 0))
        if text:
            _run_font(paragraph.add_run(text), size, **kwargs)
        return paragraph
    return _para(cell, text, size, **kwargs)


def _borderless(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _widths(table: Table, widths_mm: list[float]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for col, width in zip(grid, widths_mm, strict=False):
        col.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        column = 0
        for tc in row._tr.tc_lst:  # a merged cell spans several columns: their widths summed
            tc.width = Mm(sum(widths_mm[column:column + tc.grid_span]))
            column += tc.grid_span


def _rule_line(cell: _Cell, indent_mm: float) -> DocxParagraph:
    """A short centred rule: the bottom border of an empty, tiny, indented paragraph, so the
    line above keeps the cell's whole width."""
    paragraph = cell.add_paragraph()
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.append(border)
    fmt = paragraph.paragraph_format
    fmt.left_indent = Mm(indent_mm)
    fmt.right_indent = Mm(indent_mm)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(3)
    return paragraph


# ---------------------------------------------------------------- blocks


def _header_blocks(doc: Document, report: Report, layout: Layout) -> None:
    """Issuer block on the left, national title and place-date on the right, side by side."""
    header = report.header
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(table)
    _widths(table, [70, 95])
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    first = True
    if header.parent_line:
        _cell_para(left, header.parent_line, layout.parent, first=True, align=center)
        first = False
    _cell_para(left, header.issuer_line, layout.issuer, first=first, bold=True, align=center)
    if header.mark:
        _cell_para(left, header.mark, layout.issuer, align=center)
    else:
        _rule_line(left, 22)
    _cell_para(left, header.number, layout.number, align=center, before=4)
    _cell_para(right, header.national, layout.national, first=True, bold=True, align=center)
    if header.motto:
        _cell_para(right, header.motto, layout.motto, bold=True, align=center)
        _rule_line(right, 22)
    else:
        _rule_line(right, 14)
    _cell_para(right, header.place_date, layout.place_date, italic=True,
               align=WD_ALIGN_PARAGRAPH.RIGHT, before=8)


def _title(doc: Document, report: Report, layout: Layout) -> None:
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, report.title.doc_type, layout.doc_type, bold=True, align=center, before=18)
    _para(doc, report.title.summary, layout.summary, bold=True, align=center)
    _para(doc, "-----", layout.body, align=center, after=12)


def _body(doc: Document, text: str, kind: str, layout: Layout) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    if kind in ("heading", "subheading"):
        _para(doc, text, layout.body, bold=True, align=justify, before=6, after=6, indent_first=12.7)
        return
    _para(doc, text, layout.body, italic=kind == "placeholder", align=justify, after=6,
          indent_first=12.7)


def _closing(doc: Document, report: Report, layout: Layout) -> None:
    """``Nơi nhận`` bottom left and the signature block on the right, in one borderless row."""
    table = doc.add_table(rows=1, cols=2)
    _borderless(table)
    _widths(table, [85, 80])
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    label = report.recipients.label
    _cell_para(left, label, layout.recipients_label, first=True, bold=layout.label_italic,
               italic=layout.label_italic, underline=not layout.label_italic, before=12)
    for line in report.recipients.lines:
        _cell_para(left, line, layout.recipients)
    signature = report.signature
    _cell_para(right, signature.authority, layout.signature, first=True, bold=True, align=center, before=12)
    _cell_para(right, signature.title, layout.signature, bold=True, align=center)
    for _ in range(4):
        _cell_para(right, "", layout.signature)
    _cell_para(right, signature.name, layout.signature, bold=True, align=center)


def _appendix(doc: Document, report: Report, layout: Layout) -> None:
    appendix = report.appendix
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page(section, layout, landscape=True)
    # The new section copies the first one's "different first page"; the appendix's first
    # page is not the document's, so it shows its number.
    section.different_first_page_header_footer = False
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, appendix.title, layout.body, bold=True, align=center)
    _para(doc, appendix.subtitle, layout.body, bold=True, align=center)
    _para(doc, appendix.attached, layout.body, italic=True, align=center, after=12)
    if not appendix.rows:
        _para(doc, appendix.placeholder, layout.body, italic=True, align=center)
        return
    table = doc.add_table(rows=1, cols=len(appendix.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, APPENDIX_WIDTHS)
    for cell, text in zip(table.rows[0].cells, appendix.columns, strict=True):
        _cell_para(cell, text, layout.table, first=True, bold=True, align=center)
    _repeat_header(table.rows[0])
    for row in appendix.rows:
        cells = table.add_row().cells
        group = row.kind == "group"
        if group:
            # A field's title spans the row, so that a long one keeps to one line.
            cells[1].merge(cells[-1])
            _cell_para(cells[0], row.stt, layout.table, first=True, bold=True, align=center)
            _cell_para(cells[1], row.name, layout.table, first=True, bold=True)
            continue
        texts = [row.stt, row.name, row.uom, row.plan, row.actual, row.pct_plan, row.pct_last, row.judgement]
        for i, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            align = WD_ALIGN_PARAGRAPH.LEFT if i == 1 else (
                WD_ALIGN_PARAGRAPH.RIGHT if 3 <= i <= 6 else center
            )
            _cell_para(cell, text, layout.table, first=True, align=align)
    _widths(table, APPENDIX_WIDTHS)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    trpr.append(element)

