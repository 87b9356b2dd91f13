"""``tiendo demo``: load the demonstration data, idempotently, in one transaction.

1. The official units of Lạng Sơn and Hà Tĩnh with their 2025 lineage (``units load``).
2. The indicator catalogue and the Party terms (``indicators.toml``, ``units.toml``).
3. What five published articles report (``reports.toml``): meetings, people, documents,
   key tasks, shortcomings, recommendations, figures, with the newspaper as provenance.
4. SAMPLE monthly series 2021–2023 with their cumulative results and yearly targets
   (``series.toml``), stored with ``is_sample = True``.
5. Demo logins (``accounts.toml``).

Every step creates only what is missing and files one audit row (source ``demo``) per
batch; a second run creates nothing and writes no audit row. The facts live in the data
files: the articles themselves are not read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from tiendo.audit.models import AuditEntry
from tiendo.catalogue.models import Document, Indicator
from tiendo.demo.accounts import Login, accounts_ensure
from tiendo.demo.batches import Batch
from tiendo.demo.catalogue import indicators_ensure, terms_ensure, units_resolve
from tiendo.demo.files import read, sample_texts
from tiendo.demo.reports import Catalogue, reports_ensure
from tiendo.demo.samples import samples_ensure
from tiendo.results.models import Result, Target
from tiendo.units.loader import UNITS_CREATED, units_load
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, Recommendation, Shortcoming

# Where `tiendo demo` is usually run from a checkout: the original articles sit beside it.
DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


@dataclass
class DemoSummary:
    """What the demo holds after loading, what this run created, and how to sign in."""

    units_created: int
    rows_created: int
    counts: dict[str, int]
    logins: list[Login]
    sample_texts: list[Path]
    corpus_dir: Path | None
    seconds: float = 0.0
    unit_names: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [
            f"Đã nạp dữ liệu mẫu trong {self.seconds:.1f} giây "
            f"(lần này tạo mới {self.units_created} đơn vị và {self.rows_created} bản ghi khác).",
            "Đơn vị minh họa: " + ", ".join(self.unit_names) + ".",
        ]
        lines += [f"  {label}: {count}" for label, count in self.counts.items()]
        lines.append("Số liệu đánh dấu “mẫu” là số liệu sinh tự động, không phải số liệu thật.")
        lines.append("Tài khoản dùng thử (mật khẩu cố định, chỉ dùng cho bản chạy thử):")
        lines += [
            f"  {login.username} / {login.password}  ({login.role}, {login.unit})"
            for login in self.logins
        ]
        if self.sample_texts:
            lines.append("Văn bản báo cáo mẫu để thử chức năng đọc báo cáo:")
            lines += [f"  {path}" for path in self.sample_texts]
        if self.corpus_dir is not None:
            lines.append(f"Các bài báo gốc (không nạp vào dữ liệu): {self.corpus_dir}")
        return "\n".join(lines)


def demo_load(corpus_dir: Path | str | None = None) -> DemoSummary:
    """Load the demo; returns its summary. Safe to run again: nothing is duplicated.

    ``corpus_dir`` only tells the summary where the original articles are, for comparing
    them with what was loaded; the loader reads the facts from its own data files.
    """
    started = time.perf_counter()
    with transaction.atomic():
        unit_counts = units_load(read("units")["provinces"], source=AuditEntry.Source.DEMO)
        units = units_resolve()
        catalogue_batch = Batch("danh mục")
        indicators = indicators_ensure(catalogue_batch)
        terms = terms_ensure(units, catalogue_batch)
        catalogue_batch.record(anchor=units["province"])
        report_rows = reports_ensure(Catalogue(units=units, terms=terms, indicators=indicators))
        sample_rows = samples_ensure(units, indicators)
        accounts_batch = Batch("tài khoản")
        logins = accounts_ensure(units, accounts_batch)
        accounts_batch.record(anchor=units["province"])
    corpus = Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS
    return DemoSummary(
        units_created=unit_counts[UNITS_CREATED],
        rows_created=(
            catalogue_batch.created.total() + report_rows + sample_rows
            + accounts_batch.created.total()
        ),
        counts=_counts(),
        logins=logins,
        sample_texts=sample_texts(),
        corpus_dir=corpus if corpus.is_dir() else None,
        seconds=time.perf_counter() - started,
        unit_names=[units[key].name for key in ("province", "city", "bac_son", "hong_linh")],
    )


def _counts() -> dict[str, int]:
    return {
        "Đơn vị hành chính": Unit.objects.filter(kind=Unit.Kind.LOCALITY).count(),
        "Chỉ tiêu trong danh mục": Indicator.objects.count(),
        "Văn bản": Document.objects.count(),
        "Hội nghị, buổi làm việc": Meeting.objects.count(),
        "Nhiệm vụ trọng tâm": KeyTask.objects.count(),
        "Hạn chế, khó khăn": Shortcoming.objects.count(),
        "Kiến nghị": Recommendation.objects.count(),
        "Kết quả từ bài báo (kể cả số suy ra)": Result.objects.filter(is_sample=False).count(),
        "Kết quả mẫu": Result.objects.filter(is_sample=True).count(),
        "Chỉ tiêu kế hoạch từ bài báo": Target.objects.filter(is_sample=False).count(),
        "Chỉ tiêu kế hoạch mẫu": Target.objects.filter(is_sample=True).count(),
    }
