"""A file upload handler that refuses a file over the ingest limit while it streams in: its
bytes past the limit go nowhere (neither memory nor a temporary file), only their count and
hash are kept, so that the page can record the refusal and say how large the file was."""

from __future__ import annotations

import hashlib
import io
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler

from tiendo.ingest.lexicon import lexicon


class OversizedFile(UploadedFile):
    """What is left of a file refused for its size: its name, size and hash, no content."""

    def __init__(self, name: str, size: int, sha256: str, limit: int) -> None:
        # An empty file, so that closing the request closes it like any other.
        super().__init__(file=io.BytesIO(), name=name, size=size)
        self.sha256 = sha256
        self.limit = limit


class SizeLimitHandler(FileUploadHandler):
    """First in ``FILE_UPLOAD_HANDLERS``: passes each chunk on to the usual handlers until the
    file passes ``limit`` bytes (or declares more), then swallows the rest."""

    limit: int | None = None  # None: the ingest lexicon's max_bytes

    def new_file(self, field_name: str, file_name: str, content_type: str, content_length: int | None,
                 charset: str | None = None, content_type_extra: dict[str, Any] | None = None) -> None:
        super().new_file(field_name, file_name, content_type, content_length, charset,
                         content_type_extra)
        self.max_bytes = self.limit or lexicon().max_bytes
        self.received = 0
        self.digest = hashlib.sha256()
        self.over = content_length is not None and content_length > self.max_bytes

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        self.digest.update(raw_data)
        if self.received > self.max_bytes:
            self.over = True
        return None if self.over else raw_data

    def file_complete(self, file_size: int) -> UploadedFile | None:
        if not self.over:
            return None
        return OversizedFile(self.file_name or "", self.received, self.digest.hexdigest(),
                             self.max_bytes)
