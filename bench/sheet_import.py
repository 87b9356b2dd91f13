"""Free-form table import time on the demo data: rows per second, first import and again.

Run from the repo root: ``python bench/sheet_import.py [ROWS]`` (default 5000). Without
``DATABASE_URL`` the demo is loaded into a throw-away SQLite database in a temporary
directory. The table is one row per unit × indicator for 9 tháng 2024 (a period the demo
leaves empty), the units named by code; the first import creates every result with its
audit row, the second finds them all unchanged.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.demo_db import demo_database  # noqa: E402


def main() -> int:
    rows_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    tmp = demo_database()
    from tiendo.catalogue.models import Indicator
    from tiendo.reports.sheets.importing import table_import
    from tiendo.units.models import Unit

    indicators = list(Indicator.objects.order_by("code").values_list("code", flat=True))
    units = Unit.objects.filter(valid_to__isnull=True).exclude(code="").order_by("code")
    lines = ["Đơn vị,Chỉ tiêu,Kỳ,Giá trị"]
    for code in units.values_list("code", flat=True):
        for n, indicator in enumerate(indicators, start=1):
            if len(lines) > rows_wanted:
                break
            lines.append(f"{code},{indicator},2024-9M,\"{n},5\"")
    data = ("\n".join(lines) + "\n").encode()
    rows = len(lines) - 1
    print(f"table: {rows} rows, {len(data) // 1024} KB")
    for label in ("first import", "same table again"):
        t0 = time.perf_counter()
        report = table_import(data, by=None, name="bench.csv")
        seconds = time.perf_counter() - t0
        if report.errors:
            print(f"{label}: refused, {len(report.errors)} errors, first: {report.errors[0]}")
            return 1
        print(
            f"{label}: {seconds:.2f} s, {rows / seconds:,.0f} rows/s "
            f"(created {report.created}, unchanged {report.unchanged})"
        )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
