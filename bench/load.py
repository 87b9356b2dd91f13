"""Load rate: ``tiendo synth`` of a scale into the database of ``DATABASE_URL`` (or SQLite in
``TIENDO_DATA_DIR``), through the bulk path (PostgreSQL ``COPY``, batched inserts on SQLite).

Run from the repo root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scale8_bench python bench/load.py --scale province

Prints the machine (with its load average), the rows written and two rates:

- the bulk path: rows per second of validation, ``COPY`` or inserts, audit rows, and, for
  a load written in a bulk session (``tiendo.results.bulk_session``), setting the indexes
  and keys aside, rebuilding them, checking the keys and committing: everything but
  generating the numbers. This is the figure of the goal (≥ 200 000 results/s on
  PostgreSQL); it counts results and targets;
- the whole ``tiendo synth``: the same rows over its whole time (units, catalogue, the
  generation of the numbers in Python).

then the seconds of each index and key rebuilt. On PostgreSQL it copies the loaded results
once more inside the server, into a bare table and into one with the same indexes (a
temporary table: no write-ahead log), to show the server's own ceiling.
"""

from __future__ import annotations

import argparse
import os
import time

from common import django_setup, machine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="province", choices=("office", "province", "nation"))
    parser.add_argument("--years", type=int, default=None)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--plain", action="store_true", help="plain batches, no bulk session")
    args = parser.parse_args()
    django_setup()
    from django.core.management import call_command
    from django.db import connection

    from tiendo.demo.synth import Scale, synth_load

    print(machine())
    call_command("migrate", verbosity=0)
    server = _server_cpu(connection)
    loader = time.process_time()
    summary = synth_load(Scale.named(args.scale, years=args.years), seed=args.seed, sessions=not args.plain)
    loader = time.process_time() - loader
    server = _server_cpu(connection) - server if server is not None else None
    print(f"{args.scale}: {summary.units} units, {summary.indicators} indicators, "
          f"{len(summary.years)} years; {summary.results:,} results + {summary.targets:,} targets "
          f"in {summary.batches} batches (one audit row each)")
    rows = summary.results + summary.targets
    rebuild = summary.rebuild_seconds
    goal = "≥ 200 000/s" if connection.vendor == "postgresql" else ""
    mode = f"{len(summary.rebuilds)} bulk session(s)" if summary.rebuilds else "plain batches"
    print(f"| load, {args.scale}, {connection.vendor}, bulk path ({mode}) | {summary.rate:,.0f} rows/s | "
          f"{rows:,} rows in {summary.write_seconds:.1f} s: validation, COPY or inserts and audit "
          f"{summary.write_seconds - rebuild:.1f} s; indexes and keys set aside, rebuilt, checked "
          f"and committed {rebuild:.1f} s | 1 | {goal} |")
    print(f"| the same, whole `tiendo synth` (units, catalogue, generating the numbers) | "
          f"{rows / summary.seconds:,.0f} rows/s | {summary.seconds:.1f} s | 1 | |")
    spent = f", the server's process {server:.1f} s" if server is not None else ""
    print(f"CPU during `tiendo synth`: this process {loader:.1f} s (generating included){spent}, "
          f"over {summary.seconds:.1f} s of wall time (the rest: waiting for a core or the disk)")
    for report in summary.rebuilds:
        steps = ", ".join(f"{name} {seconds:.2f}" for name, seconds in report.steps)
        print(f"rebuild of {', '.join(report.tables)} ({report.seconds:.1f} s in all, seconds each): {steps}")
    if connection.vendor == "postgresql":
        _server_side(connection)
    print("load average after: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    return 0


def _server_cpu(connection) -> float | None:
    """CPU seconds the server's process for this connection has used (PostgreSQL on this
    machine: its /proc entry), None where that cannot be read."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_side(connection) -> None:
    """The same rows copied inside the server: without indexes or constraints, then with the
    results table's indexes. The gap to the load rate is the foreign-key checks and Python."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM results_result")
        count = cursor.fetchone()[0]
        for label, create in (
            ("server-side copy, bare table", "CREATE TEMP TABLE bench_bare (LIKE results_result)"),
            ("server-side copy, same indexes, no foreign keys",
             "CREATE TEMP TABLE bench_indexed (LIKE results_result INCLUDING DEFAULTS INCLUDING INDEXES)"),
        ):
            cursor.execute(create)
            table = create.split()[3]
            started = time.perf_counter()
            cursor.execute(f"INSERT INTO {table} SELECT * FROM results_result")
            seconds = time.perf_counter() - started
            print(f"| {label} | {count / seconds:,.0f} rows/s | {count:,} rows in {seconds:.1f} s | 1 | |")
            cursor.execute(f"DROP TABLE {table}")


if __name__ == "__main__":
    raise SystemExit(main())
