"""One call from a unit and a period to the report's bytes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tiendo.reports.review.build import review_build
from tiendo.reports.review.docx_render import render_docx
from tiendo.reports.review.gather import review_gather
from tiendo.reports.review.pdf import docx_to_pdf
from tiendo.reports.review.structure import Report
from tiendo.reports.review.xlsx import render_xlsx
from tiendo.results.models import Period
from tiendo.units.models import Unit

FORMATS = ("docx", "pdf", "xlsx")


@dataclass(frozen=True)
class RenderedReport:
    report: Report
    content: bytes
    format: str

    @property
    def filename(self) -> str:
        return f"{self.report.filename_stem}.{self.format}"


def review_report_render(
    *, unit: Unit, period: Period, fmt: str = "docx", today: dt.date | None = None,
    signature_authority: str | None = None, signature_title: str | None = None,
    signer: str | None = None,
) -> RenderedReport:
    """The report in ``fmt`` (docx, pdf or xlsx). Raises ``PdfUnavailable`` for a PDF
    without LibreOffice, ValueError for an unknown format."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    report = review_build(
        review_gather(unit=unit, period=period, today=today),
        signature_authority=signature_authority, signature_title=signature_title, signer=signer,
    )
    if fmt == "xlsx":
        return RenderedReport(report, render_xlsx(report), fmt)
    docx = render_docx(report)
    if fmt == "pdf":
        return RenderedReport(report, docx_to_pdf(docx, stem="bao-cao"), fmt)
    return RenderedReport(report, docx, fmt)
