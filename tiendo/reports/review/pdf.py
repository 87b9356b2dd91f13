"""DOCX → PDF with LibreOffice headless, so that the PDF is the DOCX as Word would print it."""

from __future__ import annotations

from tiendo.extract.office import ConversionError, convert, soffice_path

__all__ = ["PdfUnavailable", "docx_to_pdf", "soffice_path"]

MSG_NO_SOFFICE = (
    "Không tìm thấy LibreOffice (lệnh soffice) để xuất PDF. Cài đặt bằng: "
    "sudo apt-get install libreoffice-writer-nogui fonts-liberation2 — hoặc xuất DOCX (--format docx)."
)
MSG_CONVERT_FAILED = "LibreOffice không chuyển được báo cáo sang PDF: %(detail)s"


class PdfUnavailable(RuntimeError):
    """LibreOffice is missing or failed; the message says what to do, in Vietnamese."""


def docx_to_pdf(docx: bytes, *, stem: str = "bao-cao") -> bytes:
    """The PDF of a DOCX."""
    if soffice_path() is None:
        raise PdfUnavailable(MSG_NO_SOFFICE)
    try:
        return convert(docx, ".docx", "pdf", stem=stem)
    except ConversionError as error:
        raise PdfUnavailable(MSG_CONVERT_FAILED % {"detail": error}) from error
