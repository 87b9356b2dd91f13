"""Extraction throughput: MB/s over the dev corpus, and time per 100 KB on adversarial text.

Run from the repo root: ``python bench/extract.py``; the dev corpus is read from
``$TIENDO_SHARED/corpus/dev`` (by default ``../shared`` beside the repo). The figure finder
alone and the whole engine (``tiendo.extract.engine.extract_text``, when it imports) are
timed; the machine is printed first, since the figures mean little without it, then which
engine runs: the tree's own sources, or the modules mypyc compiled in the copy that `make
compiled` builds (`build/compiled/bench/extract.py` measures that copy; `make bench-extract` runs
both). The targets: at least 1 MB/s on normal text, at most 1 s per 100 KB on any input.
"""

from __future__ import annotations

import os
import platform
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV = Path(os.environ.get("TIENDO_SHARED", ROOT.parent / "shared")) / "corpus" / "dev"
TARGET_BYTES = 10 * 1024 * 1024
ADVERSARIAL_BYTES = 1024 * 1024


def _extractors() -> list[tuple[str, Callable[[str], object]]]:
    """The figure finder alone, and the whole engine when it imports."""
    from tiendo.extract.figures import find_figures

    found: list[tuple[str, Callable[[str], object]]] = [("figures.find_figures", find_figures)]
    try:
        from tiendo.extract.engine import extract_text
    except ImportError:
        return found
    return [*found, ("engine.extract_text", extract_text)]


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        cpu = names[0] if names else cpu
    except OSError:
        pass  # not Linux: platform's answer stands
    return (
        f"machine: {cpu}, {os.cpu_count()} cores; Python {platform.python_version()} "
        f"({platform.python_implementation()}) on {platform.system()}"
    )


def _dev_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    if not texts:
        sys.exit(f"no dev articles in {DEV}")
    return [unicodedata.normalize("NFC", text) for text in texts]


def _adversarial() -> dict[str, str]:
    n = ADVERSARIAL_BYTES
    return {
        "long digit run": "1" * n,
        "100 000 commas": "1" + ",1" * 100_000,
        "commas alone": "," * n,
        "1 MB single line": ("thu ngân sách đạt 404 tỷ đồng vượt 10% dự toán tăng 22% " * 20_000)[
            :n
        ],
        "numbers and slashes": "12/" * (n // 3),
        # One sentence of shares of an unnamed plan: each looks back for the subject it names.
        "shares in one sentence": ("Kết quả: " + "thu ngân sách đạt 5%; " * (n // 22))[:n],
        "dots between digits": "1." * (n // 2),
        "scale words": "1 tỷ " * (n // 5),
        "open brackets": "(" * n,
        "words, no punctuation": ("đạt tăng so với cùng kỳ kế hoạch " * 40_000)[:n],
        # Runs of blanks or enders after words that start a rule: each position of the run
        # must not be read as a fresh start across the rest of it.
        "spaces after an organ": "Huyện ủy Tân Lập" + " " * n + "tổ chức hội nghị.",
        "spaces after a caption": "Ảnh:" + " " * n + "B",
        "a run of ellipses": "Huyện ủy" + "…" * (n // 3) + "tổ chức hội nghị.",
        "spaces before a dash": "A" + " " * n + "- B",
        # One sentence of named units and their counts: each count looks for its unit.
        "units with counts": ("Xã Tân Lập có 5 hộ thuộc 2 thôn, " * (n // 32))[:n],
    }


def _rate(size: int, wall: float, cpu: float) -> str:
    # On a shared machine the wall clock counts other people's work too; the process's CPU
    # time is what one core spent on this text.
    return f"{size / 1e6:.1f} MB in {wall:.2f} s = {size / 1e6 / wall:.2f} MB/s wall, {size / 1e6 / cpu:.2f} MB/s CPU"


def _timed(extract: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        extract(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def _bench(name: str, extract: Callable[[str], object], articles: list[str]) -> None:
    # Each dev article on its own, as the ingest reads them, cycled to at least TARGET_BYTES:
    # the work done once per article (headline, lead, meeting, the body's items) counts as
    # often as it does in use. Then all of it joined into one text, where anything that grows
    # faster than the text shows; that text is one page to the engine, whose body ends at the
    # first article's footer, so it is no measure of throughput.
    rounds = TARGET_BYTES // sum(len(a.encode("utf-8")) for a in articles) + 1
    pieces = articles * rounds
    size = sum(len(p.encode("utf-8")) for p in pieces)
    print(f"{name}, article by article: {_rate(size, *_timed(extract, pieces))}")
    joined = ["\n\n".join(pieces)]
    print(f"{name}, one joined text:    {_rate(size, *_timed(extract, joined))}")
    for label, text in _adversarial().items():
        start = time.perf_counter()
        extract(text)
        elapsed = time.perf_counter() - start
        size = len(text.encode("utf-8"))
        print(
            f"  {label:<24} {size / 1e6:5.2f} MB  {elapsed / (size / 100_000) * 1000:8.2f} ms per 100 KB"
        )


def _build() -> str:
    """Which engine runs: this tree's sources, or the modules `make compiled` built from them."""
    from tiendo.extract import engine

    kind = "compiled with mypyc" if engine.__file__.endswith(".so") else "interpreted"
    return f"engine: {kind}, from {Path(engine.__file__).parent}"


def main() -> None:
    print(_machine())
    print(_build())
    articles = _dev_texts()
    for name, extract in _extractors():
        try:
            _bench(name, extract, articles)
        except Exception as exc:  # one broken extractor must not hide the others
            print(f"{name}: failed: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
