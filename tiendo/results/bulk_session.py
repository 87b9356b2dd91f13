"""A bulk session: a large load with the tables' secondary indexes and keys set aside.

Keeping six indexes and four foreign keys up to date row by row costs the server far
more than writing the rows (on the results table about 10 times the copy itself). For a
load at least as large as what the table holds, ``bulk_session`` does what ``pg_restore``
does: in ONE transaction it drops the tables' secondary indexes, unique constraints and
foreign keys, lets the caller write its batches (``results_bulk_load`` and
``targets_bulk_load``, which still validate every row and write one audit row per batch),
then builds each index once over the whole table and adds each key back, checked over all
rows in one join. The definitions come from the database's own catalogue
(``pg_get_indexdef``, ``pg_get_constraintdef``; SQLite's ``sqlite_master``), i.e. exactly
what the migrations made, so the schema after is the schema before.

A duplicate key (of a row already in the table, or between two batches) surfaces when the
unique index is rebuilt: ValidationError, and everything the session did is rolled back,
the indexes with it (DDL is transactional). The primary key and the CHECK constraints stay.

The price: the tables are locked (ACCESS EXCLUSIVE) until the session commits, and the
rebuild costs a pass over the WHOLE table, so a session is only worth it for a load of at
least the table's size; small batches keep the plain path. On SQLite the secondary indexes
are set aside the same way; its unique keys and foreign keys are part of the table's
definition (``CREATE TABLE``) and stay: a duplicate fails its batch, a foreign key costs a
primary-key lookup per row.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.utils.translation import gettext as _

# Memory for each index build: the province's largest index sorts in memory with it.
_BUILD_MEMORY = "256MB"


# The tables of the sessions open in this context: locked by the session until it ends.
_LOCKED: ContextVar[frozenset[str]] = ContextVar("bulk_session_tables", default=frozenset())


def in_bulk_session(table: str) -> bool:
    """Whether ``table`` is held by an open bulk session (so altering it blocks no one more)."""
    return table in _LOCKED.get()


@dataclass
class SessionReport:
    """What a session set aside and rebuilt, and the seconds it spent doing so (dropping,
    rebuilding, checking the keys, committing when it is the outermost transaction)."""

    tables: list[str]
    rebuilt: int = 0
    seconds: float = 0.0
    steps: list[tuple[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class _Aside:
    """The statements that put back what was set aside, in the order they run: unique keys
    first (a duplicate fails fast), then the other indexes, then the foreign keys."""

    table: str
    statements: list[tuple[str, str]]  # (name, statement)


@contextmanager
def bulk_session(*tables: type[models.Model]) -> Iterator[SessionReport]:
    """Within the block, ``tables`` have no secondary index, unique constraint or foreign
    key; on leaving it they are all rebuilt and checked, in the same transaction. Any
    exception in the block, or a key the rebuild finds duplicated or dangling, rolls the
    whole session back."""
    report = SessionReport([model._meta.db_table for model in tables])
    started = time.perf_counter()
    with transaction.atomic():
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Checks still queued from earlier in the transaction run now: a table with
                # pending trigger events cannot be altered.
                connection.check_constraints()
            aside = [_set_aside(cursor, table) for table in report.tables]
        report.rebuilt = sum(len(a.statements) for a in aside)
        report.seconds += time.perf_counter() - started
        token = _LOCKED.set(_LOCKED.get() | set(report.tables))
        try:
            yield report
        finally:
            _LOCKED.reset(token)
        resumed = time.perf_counter()
        with connection.cursor() as cursor:
            _rebuild(cursor, aside, report)
    report.seconds += time.perf_counter() - resumed


def _set_aside(cursor, table: str) -> _Aside:
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql":
        cursor.execute(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid"
            " WHERE i.indrelid = %s::regclass AND NOT EXISTS ("
            "  SELECT 1 FROM pg_constraint k WHERE k.conrelid = i.indrelid AND k.conindid = i.indexrelid"
            "  AND k.contype IN ('p', 'u', 'x')) ORDER BY c.relname",
            [table],
        )
        indexes = list(cursor.fetchall())
        cursor.execute(
            "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = %s::regclass AND contype IN ('u', 'f') ORDER BY conname",
            [table],
        )
        constraints = cursor.fetchall()
        for name, _kind, _definition in constraints:
            cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
        added = {kind: [(name, f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}")
                        for name, contype, definition in constraints if contype == kind]
                 for kind in ("u", "f")}
    else:
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s"
            " AND sql IS NOT NULL ORDER BY name",
            [table],
        )
        indexes, added = list(cursor.fetchall()), {"u": [], "f": []}
    for name, _definition in indexes:
        cursor.execute(f"DROP INDEX {quote(name)}")
    return _Aside(table, [*added["u"], *indexes, *added["f"]])


def _rebuild(cursor, aside: list[_Aside], report: SessionReport) -> None:
    if connection.vendor == "postgresql":
        cursor.execute("SELECT current_setting('maintenance_work_mem'), set_config('maintenance_work_mem', %s, true)",
                       [_BUILD_MEMORY])
        before = cursor.fetchone()[0]
    _run(cursor, aside, report)
    if connection.vendor == "postgresql":
        # Set for this transaction only, which may go on after the session.
        cursor.execute("SELECT set_config('maintenance_work_mem', %s, true)", [before])


def _run(cursor, aside: list[_Aside], report: SessionReport) -> None:
    for part in aside:
        for name, statement in part.statements:
            started = time.perf_counter()
            try:
                cursor.execute(statement)
            except IntegrityError as error:
                raise ValidationError(
                    _("Lô dữ liệu lớn vào bảng %(table)s bị hủy, không ghi gì: %(error)s")
                    % {"table": part.table, "error": error}
                ) from error
            report.steps.append((name, time.perf_counter() - started))
