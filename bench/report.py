"""Review report generation time for one unit-period on the demo data (goal: DOCX ≤ 1 s).

Run from the repo root: ``python bench/report.py [UNIT] [PERIOD]`` (default Thành phố Lạng
Sơn, 2022-9M). Without ``DATABASE_URL`` the demo is loaded into a throw-away SQLite
database in a temporary directory; the user's data is never touched. Times gather
(selectors), build (pure) and DOCX rendering separately, best and median of 5 runs, then
one PDF conversion when LibreOffice is installed.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.demo_db import demo_database  # noqa: E402

RUNS = 5


def main() -> int:
    unit_name = sys.argv[1] if len(sys.argv) > 1 else "Thành phố Lạng Sơn"
    code = sys.argv[2] if len(sys.argv) > 2 else "2022-9M"
    tmp = demo_database()
    from tiendo.reports.review.build import review_build
    from tiendo.reports.review.cli import unit_find
    from tiendo.reports.review.docx_render import render_docx
    from tiendo.reports.review.gather import review_gather
    from tiendo.reports.review.pdf import PdfUnavailable, docx_to_pdf, soffice_path
    from tiendo.results.periods import period_get

    unit = unit_find(unit_name)
    period = period_get(code)
    timings: dict[str, list[float]] = {"gather": [], "build": [], "docx": [], "total": []}
    docx = b""
    for _ in range(RUNS):
        t0 = time.perf_counter()
        data = review_gather(unit=unit, period=period)
        t1 = time.perf_counter()
        report = review_build(data)
        t2 = time.perf_counter()
        docx = render_docx(report)
        t3 = time.perf_counter()
        for key, value in (("gather", t1 - t0), ("build", t2 - t1), ("docx", t3 - t2), ("total", t3 - t0)):
            timings[key].append(value)
    print(f"{unit.name}, {code}: DOCX {len(docx) // 1024} KB")
    for key, values in timings.items():
        print(f"  {key:7s} best {min(values) * 1000:7.1f} ms   median {statistics.median(values) * 1000:7.1f} ms")
    best = min(timings["total"])
    print(f"DOCX end to end: {best:.3f} s ({'within' if best <= 1 else 'OVER'} the 1 s goal)")
    if soffice_path() is None:
        print("PDF: skipped (LibreOffice not installed)")
    else:
        t0 = time.perf_counter()
        try:
            pdf = docx_to_pdf(docx)
            print(f"PDF (LibreOffice): {time.perf_counter() - t0:.2f} s, {len(pdf) // 1024} KB")
        except PdfUnavailable as error:
            print(f"PDF failed: {error}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
