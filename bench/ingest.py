"""Ingest time per dev article on the demo data: read + extract + match + check (the review),
then accept (writing every high-confidence item through the services).

Run from the repo root: ``python bench/ingest.py``. Without ``DATABASE_URL`` the demo is
loaded into a throw-away SQLite database in a temporary directory; the user's data is never
touched. Each article is ingested once (the second upload of the same bytes is recognised,
so repeated runs would time the lookup, which is printed too).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.demo_db import demo_database  # noqa: E402

DEV = Path(os.environ.get("TIENDO_SHARED", ROOT.parent / "shared")) / "corpus" / "dev"


def main() -> int:
    tmp = demo_database()
    from tiendo.ingest.accept import review_accept
    from tiendo.ingest.services import review_accept_high, upload_process, upload_receive

    total_review = total_accept = 0.0
    for path in sorted(DEV.glob("*.txt")):
        data = path.read_bytes()
        t0 = time.perf_counter()
        upload = upload_receive(data=data, name=path.name, by=None).upload
        review = upload_process(upload)
        t1 = time.perf_counter()
        assert review is not None, upload.error
        review_accept_high(review=review, by=None)
        review.refresh_from_db()
        outcome = review_accept(review=review, by=None)
        t2 = time.perf_counter()
        upload_receive(data=data, name=path.name, by=None)
        t3 = time.perf_counter()
        total_review += t1 - t0
        total_accept += t2 - t1
        print(f"{path.name:32s} {len(data) // 1024:3d} KB  {len(review.items):3d} items  "
              f"review {1000 * (t1 - t0):6.0f} ms  accept {1000 * (t2 - t1):6.0f} ms "
              f"({outcome.created} new, {outcome.updated} updated)  again {1000 * (t3 - t2):4.0f} ms")
    print(f"total: review {total_review:.2f} s, accept {total_accept:.2f} s")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
