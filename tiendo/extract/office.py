"""Converting office documents with LibreOffice, headless, where it is installed.

Each conversion runs with its own LibreOffice profile in a temporary directory, so that two at
once never fight over one profile's lock.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 180


class ConversionError(RuntimeError):
    """LibreOffice is missing, timed out or failed; the message is its reason."""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, source_suffix: str, target: str, stem: str = "document") -> bytes:
    """``data`` (a file whose kind ``source_suffix`` names, ".doc") converted to ``target``
    ("docx", "pdf")."""
    soffice = soffice_path()
    if soffice is None:
        raise ConversionError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="tiendo-office-") as tmp:
        work = Path(tmp)
        source = work / f"{stem}{source_suffix}"
        source.write_bytes(data)
        profile = (work / "profile").as_uri()
        command = [
            soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
            "--convert-to", target, "--outdir", str(work / "out"), str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired as error:
            raise ConversionError(f"no answer in {TIMEOUT_SECONDS} s") from error
        converted = work / "out" / f"{stem}.{target}"
        if done.returncode != 0 or not converted.exists():
            raise ConversionError((done.stderr or done.stdout or f"exit status {done.returncode}").strip())
        return converted.read_bytes()
