"""DOCX → PDF with LibreOffice headless, so that the PDF is the DOCX as Word would print it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

MSG_NO_SOFFICE = (
    "Không tìm thấy LibreOffice (lệnh soffice) để xuất PDF. Cài đặt bằng: "
    "sudo apt-get install libreoffice-writer-nogui fonts-liberation2 — hoặc xuất DOCX (--format docx)."
)
MSG_CONVERT_FAILED = "LibreOffice không chuyển được báo cáo sang PDF: %(detail)s"
TIMEOUT_SECONDS = 180


class PdfUnavailable(RuntimeError):
    """LibreOffice is missing or failed; the message says what to do, in Vietnamese."""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes, *, stem: str = "bao-cao") -> bytes:
    """The PDF of a DOCX. Each call uses its own LibreOffice profile in a temporary
    directory, so that two conversions never fight over one profile lock."""
    soffice = soffice_path()
    if soffice is None:
        raise PdfUnavailable(MSG_NO_SOFFICE)
    with tempfile.TemporaryDirectory(prefix="tiendo-pdf-") as tmp:
        work = Path(tmp)
        source = work / f"{stem}.docx"
        source.write_bytes(docx)
        profile = (work / "profile").as_uri()
        command = [
            soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
            "--convert-to", "pdf", "--outdir", str(work / "out"), str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired as error:
            raise PdfUnavailable(MSG_CONVERT_FAILED % {"detail": f"quá {TIMEOUT_SECONDS} giây"}) from error
        target = work / "out" / f"{stem}.pdf"
        if done.returncode != 0 or not target.exists():
            detail = (done.stderr or done.stdout or f"mã lỗi {done.returncode}").strip()
            raise PdfUnavailable(MSG_CONVERT_FAILED % {"detail": detail})
        return target.read_bytes()
