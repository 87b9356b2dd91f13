"""The upload handler that refuses a file over the limit as it streams in."""

from __future__ import annotations

import hashlib

import pytest

from tiendo.web.upload_limits import OversizedFile, SizeLimitHandler


def _stream(handler, chunks, declared=None):
    handler.new_file("files", "bai.txt", "text/plain", declared)
    passed = [handler.receive_data_chunk(chunk, 0) for chunk in chunks]
    return passed, handler.file_complete(sum(map(len, chunks)))


@pytest.mark.parametrize(("chunks", "declared", "passed_on", "refused"), [
    ([b"a" * 60, b"b" * 30], None, 2, False),
    ([b"a" * 60, b"b" * 60, b"c" * 60], None, 1, True),
    ([b"a" * 10], 1000, 0, True),  # declared larger than the limit: nothing is kept
])
def test_chunks_past_the_limit_go_nowhere(monkeypatch, chunks, declared, passed_on, refused):
    monkeypatch.setattr(SizeLimitHandler, "limit", 100)
    passed, result = _stream(SizeLimitHandler(), chunks, declared)
    assert sum(chunk is not None for chunk in passed) == passed_on
    assert isinstance(result, OversizedFile) is refused
    if refused:
        data = b"".join(chunks)
        assert (result.name, result.size, result.sha256) == ("bai.txt", len(data), hashlib.sha256(data).hexdigest())
        result.close()  # the request closes its files when the response is done
