"""Uploaded bytes kept in the data directory under their SHA-256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str:
    """The SHA-256 of a file on disk, read in chunks (never whole into memory)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def store(data: bytes, digest: str) -> str:
    """Write ``data`` once under ``uploads/ab/<digest>``; returns the path relative to the data dir."""
    relative = Path("uploads") / digest[:2] / digest
    path = Path(settings.DATA_DIR) / relative
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(path)
    return str(relative)


def load(relative: str) -> bytes:
    return (Path(settings.DATA_DIR) / relative).read_bytes()
