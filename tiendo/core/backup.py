"""Backing up and restoring the whole database to and from one file.

SQLite: the online backup API copies a consistent snapshot while the application keeps
running, and restoring copies the file's pages back over the live database. PostgreSQL:
``pg_dump`` in its custom format, restored by ``pg_restore`` in a single transaction (all
or nothing). A file that is not a backup of the right kind is refused before anything is
touched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from django.db import connections
from django.utils.translation import gettext as _

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that could not be done, with the reason in Vietnamese."""


def database_backup(path: Path, *, using: str = "default") -> Path:
    """Write a consistent copy of the database to ``path`` (overwritten if it exists)."""
    connection = connections[using]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    elif connection.vendor == "postgresql":
        _run([_tool("pg_dump"), "--format=custom", "--no-owner", "--no-acl", "--file", str(path)],
             connection.settings_dict)
    else:
        raise BackupError(_("Chưa hỗ trợ sao lưu CSDL loại %(vendor)s.") % {"vendor": connection.vendor})
    return path


def database_restore(path: Path, *, using: str = "default") -> None:
    """Replace the whole database with the backup in ``path``."""
    connection = connections[using]
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("Không có tệp sao lưu %(path)s.") % {"path": path})
    head = path.read_bytes()[:16]
    if connection.vendor == "sqlite":
        if not head.startswith(SQLITE_MAGIC):
            raise BackupError(_("%(path)s không phải bản sao lưu SQLite.") % {"path": path})
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.ensure_connection()
            source.backup(connection.connection)
        finally:
            source.close()
    elif connection.vendor == "postgresql":
        if not head.startswith(PG_DUMP_MAGIC):
            raise BackupError(_("%(path)s không phải bản sao lưu pg_dump.") % {"path": path})
        connection.close()
        _run([_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-acl",
              "--single-transaction", "--exit-on-error", str(path)], connection.settings_dict)
    else:
        raise BackupError(_("Chưa hỗ trợ phục hồi CSDL loại %(vendor)s.") % {"vendor": connection.vendor})


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            _("Không tìm thấy lệnh %(name)s: cài gói postgresql-client (scripts/system-deps.sh).")
            % {"name": name}
        )
    return found


def _run(argv: list[str], settings: dict[str, Any]) -> None:
    """Run a PostgreSQL client with the connection's settings passed through PG* variables
    (the password never appears on a command line)."""
    env = {**os.environ}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if settings.get(key):
            env[variable] = str(settings[key])
    argv = [argv[0], f"--dbname={settings['NAME']}", *argv[1:]]
    run = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise BackupError(
            _("%(tool)s báo lỗi: %(error)s") % {"tool": Path(argv[0]).name, "error": run.stderr.strip()}
        )
