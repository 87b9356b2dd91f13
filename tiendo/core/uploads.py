"""The one check every upload goes through: size, extension and the file's own signature.

Views and services that accept a file call ``validate_upload`` (or put it in a form
field's ``validators``); the limits are the settings ``TIENDO_UPLOAD_MAX_BYTES`` and
``TIENDO_UPLOAD_EXTENSIONS``. The signature check stops a renamed file (an executable
called ``bao-cao.pdf``) before any reader opens it.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tiendo.core.vn import format_number

MSG_TOO_LARGE = _("Tệp “%(name)s” nặng %(size)s MB, quá giới hạn %(limit)s MB.")
MSG_EXTENSION = _("Tệp “%(name)s” không thuộc loại được nhận (%(allowed)s).")
MSG_CONTENT = _("Nội dung tệp “%(name)s” không phải tệp %(kind)s như phần đuôi tên cho biết.")
MSG_EMPTY = _("Tệp “%(name)s” rỗng.")

_ZIP = (b"PK\x03\x04",)
# extension → the bytes a genuine file starts with (None: text, checked as UTF-8 or UTF-16)
SIGNATURES: dict[str, tuple[bytes, ...] | None] = {
    ".docx": _ZIP, ".xlsx": _ZIP, ".pdf": (b"%PDF-",),
    ".txt": None, ".csv": None, ".html": None, ".htm": None,
}
_TEXT_PROBE = 64 * 1024


def validate_upload(upload: Any) -> None:
    """Refuse (ValidationError, Vietnamese, naming the file) an upload that is empty, too
    large, of a kind not accepted, or whose content does not match its extension.
    ``upload`` is a Django UploadedFile or any object with ``name``, ``size`` and ``read``/``seek``."""
    name = PurePath(upload.name or "").name
    size = upload.size
    limit = settings.TIENDO_UPLOAD_MAX_BYTES
    if not size:
        raise ValidationError(MSG_EMPTY, code="empty", params={"name": name})
    if size > limit:
        raise ValidationError(MSG_TOO_LARGE, code="too_large", params={
            "name": name, "size": format_number(size / 1024 / 1024, decimals=1),
            "limit": format_number(limit / 1024 / 1024, decimals=0),
        })
    extension = PurePath(name).suffix.lower()
    allowed = [e for e in settings.TIENDO_UPLOAD_EXTENSIONS if e in SIGNATURES]
    if extension not in allowed:
        raise ValidationError(MSG_EXTENSION, code="extension", params={
            "name": name, "allowed": ", ".join(allowed),
        })
    upload.seek(0)
    head = upload.read(_TEXT_PROBE)
    upload.seek(0)
    signature = SIGNATURES[extension]
    matches = _is_text(head) if signature is None else head.startswith(signature)
    if not matches:
        raise ValidationError(MSG_CONTENT, code="content", params={
            "name": name, "kind": extension.lstrip(".").upper(),
        })


def _is_text(head: bytes) -> bool:
    """UTF-16 with its byte order mark, or UTF-8 without NUL bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # The probe may cut a multi-byte letter at its end; only that is forgiven.
        return len(head) == _TEXT_PROBE and error.start >= len(head) - 3
    return True
