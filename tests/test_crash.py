"""A sheet import killed with SIGKILL in the middle of its transaction leaves the database
exactly as it was: every row of every table compared, on SQLite and on PostgreSQL.

The import runs as ``tiendo sheet import`` in a child process. A signal handler in the
child waits, after the second audit row of the import is written (two results already
saved inside the transaction, a third to come), until the parent kills it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection

from tests.conftest import REPO
from tests.dbtools import all_rows, django_rows
from tests.reports.sheets_helpers import fill, make_world
from tiendo.core.backup import database_backup
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.template import sheet_template
from tiendo.results.models import Result

CHILD = """
import pathlib, sys, time
import django
django.setup()
from django.db.models.signals import post_save
from tiendo.audit.models import AuditEntry
from tiendo.results.models import Result
from tiendo.cli import main

marker = pathlib.Path(sys.argv[1])
written = []

def pause_mid_transaction(sender, **kwargs):
    written.append(kwargs["instance"].pk)
    if len(written) == 2:
        partial = marker.with_suffix(".partial")
        partial.write_text(str(Result.objects.count()))
        partial.rename(marker)  # atomic: the parent never reads a half-written marker
        time.sleep(600)

post_save.connect(pause_mid_transaction, sender=AuditEntry)
sys.exit(main(["sheet", "import", sys.argv[2], "--user", "nhaplieu"]))
"""


def _database_url(tmp_path: Path) -> tuple[str, Path | None]:
    """Where the child finds the test's data: a SQLite copy made with the backup API (the
    test database lives in memory), or the PostgreSQL test database itself."""
    if connection.vendor == "sqlite":
        copy = database_backup(tmp_path / "tiendo.sqlite3")
        return f"sqlite:///{copy}", copy
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgresql://{s['USER']}{password}@{s['HOST']}:{s['PORT'] or 5432}/{s['NAME']}", None


def _rows(copy: Path | None) -> dict:
    if copy is None:
        return django_rows(connection)
    with sqlite3.connect(copy) as db:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return all_rows(db.cursor(), tables)


@pytest.mark.django_db(transaction=True)
def test_an_import_killed_mid_transaction_changes_nothing(tmp_path) -> None:
    world = make_world()
    Result.objects.create(unit=world.cao_loc, indicator=world.budget, period=world.period,
                          value=Decimal("1"), provenance=Result.Provenance.MANUAL)
    sheet = tmp_path / "bieu.xlsx"
    sheet.write_bytes(fill(sheet_template(world.province, world.period), {
        ("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): "404,5",
        ("Bắc Sơn", "truong-chuan", L.COL_VALUE): "12",
        ("Cao Lộc", "thu-ngan-sach", L.COL_VALUE): "380",
    }))
    url, copy = _database_url(tmp_path)
    before = _rows(copy)
    marker = tmp_path / "mid-transaction"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TIENDO_", "DATABASE_URL", "DJANGO_"))}
    env.update({"DJANGO_SETTINGS_MODULE": "tiendo.settings", "TIENDO_DATA_DIR": str(tmp_path),
                "DATABASE_URL": url})
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(marker), str(sheet)], cwd=REPO, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert marker.exists(), child.communicate()[1].decode() if child.poll() is not None else "timeout"
    # Inside its transaction the child already saw the two new results next to the old one.
    assert marker.read_text() == "3"
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL

    after = _rows(copy)
    assert [table for table in before if before[table] != after.get(table)] == []
    assert set(after) == set(before)
    assert sum(len(rows) for rows in before.values()) > 10
