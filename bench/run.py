"""``make bench`` and ``make bench-nation``: every speed figure of tiendo in one table.

    python bench/run.py --scale province     # a few minutes: SQLite and PostgreSQL
    python bench/run.py --scale nation       # hours: PostgreSQL only, resumable

Each benchmark runs as its own process (its own database settings) and prints Markdown
rows; this script collects them under the machine line. PostgreSQL is the database of
``BENCH_DATABASE_URL`` (default ``postgresql://postgres@127.0.0.1:5432/tiendo_bench``,
recreated for the province scale, kept and resumed for the nation); SQLite is a
throw-away file. The extractor's and the report generator's benchmarks (``extract.py``,
``report.py``) run too and their figures are collected in the same table.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/tiendo_bench"


def run(script: str, *args: str, env: dict[str, str]) -> list[str]:
    """Run one benchmark; echo its output; return it."""
    print(f"$ python bench/{script} {' '.join(args)}", flush=True)
    done = subprocess.run([sys.executable, str(HERE / script), *args], env=env, cwd=HERE,
                          capture_output=True, text=True)
    lines = (done.stdout + done.stderr).splitlines()
    for line in lines:
        print(f"    {line}", flush=True)
    return lines if done.returncode == 0 else [*lines, f"| {script} failed (exit {done.returncode}) | | | |"]


def recreate(url: str) -> bool:
    """Drop and create the PostgreSQL database of ``url``; False if the server is not there."""
    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    args = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432), "-U", parts.username or "postgres"]
    if subprocess.run(["dropdb", *args, "--if-exists", name], capture_output=True).returncode:
        return False
    return subprocess.run(["createdb", *args, name], capture_output=True).returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="province", choices=("province", "nation"))
    parser.add_argument("--users", type=int, default=50)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    base = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    pg = {**base, "DATABASE_URL": url}
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tiendo-bench-") as data:
        sqlite = {**base, "TIENDO_DATA_DIR": data}
        if args.scale == "province":
            rows += run("load.py", "--scale", "province", env=sqlite)
            rows += run("web.py", env=sqlite)
            # The plain path first, for comparison in the same run; then the bulk session,
            # whose database the page benchmarks read.
            if recreate(url):
                rows += run("load.py", "--scale", "province", "--plain", env=pg)
            if recreate(url):
                rows += run("load.py", "--scale", "province", env=pg)
            else:
                rows.append(f"| PostgreSQL at {url} not reachable: its figures are missing | | | |")
        else:
            rows += run("load.py", "--scale", "nation", env=pg)
        rows += run("web.py", env=pg)
        for options in (["--think", "1-5"], ["--think", "0"], ["--think", "0", "--rounds", "2"]):
            rows += run("loadtest.py", "--users", str(args.users), *options, env=pg)
        rows += run("extract.py", env=base)
        rows += run("report.py", env=sqlite)
    print("\n## Figures\n")
    for line in dict.fromkeys(line for line in rows if line.startswith("machine:")):
        print(line)
    print()
    print("| what | p50 / rate | p95 / detail | runs | goal |")
    print("|---|---|---|---|---|")
    for line in rows:
        if line.startswith("| ") and not line.startswith(("| what", "|---")):
            print(line)
    others = [line for line in rows if line.startswith(("DOCX", "PDF", "MB/s")) or "MB/s" in line]
    for line in others:
        print(f"| {line.strip()} | | | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
