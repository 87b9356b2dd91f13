"""Load rate: ``tiendo synth`` of a scale into the database of ``DATABASE_URL`` (or SQLite in
``TIENDO_DATA_DIR``), through the bulk path (PostgreSQL ``COPY``, batched inserts on SQLite).

Run from the repo root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scale8_bench python bench/load.py --scale province

Prints the machine, the rows written and the rate over the time spent writing (validation,
``COPY`` or inserts, index upkeep, constraint checks, audit). On PostgreSQL it then copies
the loaded results once more inside the server, into a bare table and into one with the
same indexes, to show where the time goes. The goal: ≥ 200 000 results/s on PostgreSQL.
"""

from __future__ import annotations

import argparse
import time

from common import django_setup, machine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="province", choices=("office", "province", "nation"))
    parser.add_argument("--years", type=int, default=None)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    django_setup()
    from django.core.management import call_command
    from django.db import connection

    from tiendo.demo.synth import Scale, synth_load

    print(machine())
    call_command("migrate", verbosity=0)
    summary = synth_load(Scale.named(args.scale, years=args.years), seed=args.seed)
    print(f"{args.scale}: {summary.units} units, {summary.indicators} indicators, "
          f"{len(summary.years)} years; {summary.results:,} results + {summary.targets:,} targets "
          f"in {summary.batches} batches (one audit row each)")
    rate = summary.rate
    goal = "goal ≥ 200 000/s" if connection.vendor == "postgresql" else ""
    print(f"| load, {args.scale}, {connection.vendor} | {rate:,.0f} rows/s | "
          f"{summary.write_seconds:.1f} s writing, {summary.seconds:.1f} s in all | {goal} |")
    if connection.vendor == "postgresql":
        _server_side(connection)
    return 0


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
            print(f"| {label} | {count / seconds:,.0f} rows/s | {count:,} rows in {seconds:.1f} s | |")
            cursor.execute(f"DROP TABLE {table}")


if __name__ == "__main__":
    raise SystemExit(main())
