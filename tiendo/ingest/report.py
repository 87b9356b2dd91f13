"""Reading files from disk into reviews, for the command line: one outcome per file and a
one-line Vietnamese summary of each."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tiendo.ingest.items import KINDS
from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.services import upload_process, upload_receive, upload_too_large
from tiendo.ingest.storage import file_hash
from tiendo.results.models import Period
from tiendo.units.models import Unit

KIND_WORDS = {
    "meeting": gettext_lazy("hội nghị"), "figure": gettext_lazy("số liệu"),
    "document": gettext_lazy("văn bản"), "person": gettext_lazy("cán bộ"),
    "task": gettext_lazy("nhiệm vụ"), "shortcoming": gettext_lazy("hạn chế"),
}


@dataclass(frozen=True)
class Outcome:
    name: str
    upload: Upload | None
    review: Review | None
    created: bool
    error: str


def ingest_paths(
    paths: list[str], *, unit: Unit | None, period: Period | None,
    status: Callable[[str, int], None] | None = None,
) -> Iterator[Outcome]:
    """Each file received and read in turn; a file that cannot be opened is an outcome too."""
    for raw in paths:
        path = Path(raw)
        try:
            # The size first: a file over the limit is refused without being read into memory.
            size = path.stat().st_size
            if size > lexicon().max_bytes:
                received = upload_too_large(name=path.name, size=size, digest=file_hash(path),
                                            by=None, unit_hint=unit, period_hint=period)
            else:
                received = upload_receive(data=path.read_bytes(), name=path.name, by=None,
                                          unit_hint=unit, period_hint=period)
        except OSError as exc:
            yield Outcome(raw, None, None, False,
                          _("Không mở được tệp “%(name)s”: %(reason)s.")
                          % {"name": raw, "reason": exc.strerror or exc})
            continue
        report = (lambda percent, name=path.name: status(name, percent)) if status else None
        review = upload_process(received.upload, progress=report)
        received.upload.refresh_from_db()
        yield Outcome(raw, received.upload, review, received.created, received.upload.error)


def ingest_line(outcome: Outcome) -> str:
    """``bai.txt: chờ duyệt — 1 số liệu, 13 nhiệm vụ; 0 cảnh báo; /nhap-van-ban/5/``."""
    if outcome.error:
        return _("%(name)s: lỗi — %(error)s") % {"name": outcome.name, "error": outcome.error}
    review = outcome.review
    assert review is not None and outcome.upload is not None
    counts = {kind: 0 for kind in KINDS}
    for item in review.items:
        counts[item["kind"]] += 1
    found = ", ".join(f"{n} {KIND_WORDS[kind]}" for kind, n in counts.items() if n)
    state = outcome.upload.get_status_display() if outcome.created else _("đã có từ trước")
    return _("%(name)s: %(state)s — %(found)s; đơn vị %(unit)s, kỳ %(period)s; "
             "%(warnings)s cảnh báo; %(url)s") % {
        "name": outcome.name, "state": state, "found": found,
        "unit": review.unit or "?", "period": review.review_period or "?",
        "warnings": len(review.warnings), "url": reverse("ingest:review", args=[review.pk]),
    }
