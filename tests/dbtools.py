"""Every row of every table, to compare a database before and after (backup, crash)."""

from __future__ import annotations

from typing import Any


def all_rows(cursor: Any, tables: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """``{table: rows}`` read with a DB-API ``cursor``, rows in a stable order."""
    found = {}
    for table in sorted(tables):
        cursor.execute(f'SELECT * FROM "{table}"')
        found[table] = sorted((tuple(row) for row in cursor.fetchall()), key=repr)
    return found


def django_rows(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    with connection.cursor() as cursor:
        return all_rows(cursor, connection.introspection.table_names(cursor))
