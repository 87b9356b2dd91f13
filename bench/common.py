"""What every scale benchmark shares: Django set up on the chosen database, the machine
and database it ran on, percentiles, and the units and pages of a synthesized province."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TIENDO_SHARED", str(ROOT.parent / "shared"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tiendo.settings")
# The checkout's data folder (ignored by git), whatever directory the script runs from.
os.environ.setdefault("TIENDO_DATA_DIR", str(ROOT / "data"))


def django_setup() -> None:
    import django

    django.setup()


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass  # not Linux: platform's answer stands
    return platform.processor() or platform.machine()


def database_label() -> str:
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
        return f"PostgreSQL {version} ({connection.settings_dict['NAME']})"
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version} ({connection.settings_dict['NAME']})"


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"machine: {cpu_model()}, {os.cpu_count()} cores, load {load}; "
            f"Python {platform.python_version()}; {database_label()}")


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(action: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def row(name: str, samples: list[float], goal: str = "") -> str:
    p50, p95 = percentiles(samples)
    return f"| {name} | {p50:.1f} | {p95:.1f} | {len(samples)} | {goal} |"


def bench_user():
    """A superuser for the benchmarks (created once, password from the environment)."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    user = user_model.objects.filter(username="bench").first()
    if user is None:
        user = user_model.objects.create_superuser("bench", password=BENCH_PASSWORD)
    return user


def bench_viewer(unit):
    """A viewer of ``unit`` for the benchmarks (created once, through the accounts service)."""
    from django.contrib.auth import get_user_model

    from tiendo.accounts.models import Membership
    from tiendo.accounts.services import membership_create

    user, created = get_user_model().objects.get_or_create(username=f"bench-{unit.code}")
    if created:
        membership_create(user=user, unit=unit, role=Membership.Role.VIEWER, by=bench_user())
    return user


BENCH_PASSWORD = os.environ.get("TIENDO_BENCH_PASSWORD", "tiendo-bench-2026")


def province_of_scale(code: str):
    """The post-2025 province with that official code."""
    from tiendo.units.models import Unit

    return Unit.objects.get(level=Unit.Level.PROVINCE, code=code, valid_to__isnull=True)
