"""Time of the access rules on the demo data: ``access_unit`` (every unit page runs it) and
``visible_units`` for a province and a commune account, and the report status panel's
``access_actions``.

Run from the repo root: ``python bench/access.py``. Without ``DATABASE_URL`` the demo is
loaded into a throw-away SQLite database in a temporary directory; the user's data is
never touched. Prints the median of 200 runs in milliseconds, each with a fresh user
object (as a request has), so the membership and lineage queries are counted.
"""

from __future__ import annotations

import contextlib
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RUNS = 200


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="tiendo-bench-") as tmp:
        if "DATABASE_URL" not in os.environ:
            os.environ["TIENDO_DATA_DIR"] = tmp
        from tiendo.cli import main as tiendo

        with contextlib.redirect_stdout(io.StringIO()):
            tiendo(["demo"])  # sets Django up, migrates, loads the demo
        print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
        return measure()


def measure() -> int:
    from django.contrib.auth import get_user_model

    from tiendo.accounts.access import access_actions, access_unit, home_unit, visible_units
    from tiendo.results.models import Period

    users = get_user_model().objects
    period = Period.objects.order_by("-end").first()
    for username in ("bientap-tinh", "bientap-xa"):
        fresh = users.get(username=username)
        home = home_unit(fresh)
        deepest = visible_units(fresh).order_by("-level", "pk").last()
        print(f"{username}: {home}, {visible_units(fresh).count()} units visible")
        for label, run in (
            ("access_unit (own unit)", lambda u, home=home: access_unit(u, home.pk)),
            ("access_unit (unit below)", lambda u, deepest=deepest: access_unit(u, deepest.pk)),
            ("visible_units().count()", lambda u: visible_units(u).count()),
            ("access_actions", lambda u, home=home: access_actions(u, home, period)),
        ):
            times = []
            for _ in range(RUNS):
                user = users.get(username=username)
                start = time.perf_counter()
                run(user)
                times.append((time.perf_counter() - start) * 1000)
            print(f"  {label:28} median {statistics.median(times):6.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
