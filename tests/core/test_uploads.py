"""The shared upload check: size, kind and content, with the file named in the message."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tiendo.core.uploads import validate_upload

PDF = b"%PDF-1.7\n" + b"0" * 100
ZIP = b"PK\x03\x04" + b"\x00" * 100


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bao-cao.pdf", PDF),
        ("bao-cao.docx", ZIP),
        ("bieu.XLSX", ZIP),
        ("bai-bao.txt", "Thu ngân sách ước đạt 35,8 tỷ đồng.".encode()),
        ("so-lieu.csv", "Địa bàn,Số\nBắc Sơn,12\n".encode("utf-16")),
        ("trang.html", b"<html><body>Kinh t\xe1\xba\xbf</body></html>"),
    ],
)
def test_accepted(name, content) -> None:
    validate_upload(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("chuong-trinh.exe", b"MZ" + b"0" * 10, "không thuộc loại được nhận"),
        ("bao-cao", PDF, "không thuộc loại được nhận"),
        ("bao-cao.pdf", b"MZ\x90\x00" + b"0" * 10, "không phải tệp PDF"),
        ("bieu.xlsx", PDF, "không phải tệp XLSX"),
        ("bai-bao.txt", b"\x00\x01\x02binary", "không phải tệp TXT"),
        ("bai-bao.txt", b"\xc3\x28 invalid utf-8", "không phải tệp TXT"),
        ("rong.pdf", b"", "rỗng"),
    ],
)
def test_refused_with_the_file_named(name, content, message) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        validate_upload(SimpleUploadedFile(name, content))
    assert name.split("/")[-1] in refused.value.messages[0]


def test_too_large(settings) -> None:
    settings.TIENDO_UPLOAD_MAX_BYTES = 1024 * 1024
    big = SimpleUploadedFile("lon.pdf", PDF + b"0" * (2 * 1024 * 1024))
    with pytest.raises(ValidationError, match=r"“lon.pdf” nặng 2,0 MB, quá giới hạn 1 MB"):
        validate_upload(big)
