"""Loading many results or targets at once: validated, written in bulk, audited once per batch.

The row-by-row services (``services.py``) write one audit row per value; a batch of a
million sample values would drown the trail. Here a batch is validated whole first (every
value, every unit, indicator and period, no locked period, no key twice), then written in
one transaction through the fastest path the database has (PostgreSQL ``COPY``, batched
``executemany`` on SQLite, of the varying columns only), then recorded as ONE audit row with
its counts. Bad input raises ValidationError naming the row and leaves the database unchanged.

A load at least as large as the table it goes into runs faster inside a bulk session
(``bulk_session.py``): the same calls, with the tables' indexes and keys rebuilt once at its
end.

A row is a plain tuple (no model instance per value): a result is ``(unit id, indicator
id, period id, value)``, a target ``(unit id, indicator id, period id, value, uom,
comparator)``; what a batch shares (provenance, status, sample mark, source label) is
given once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from psycopg import sql

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, audit_record
from tiendo.catalogue.models import Indicator
from tiendo.results.bulk_session import in_bulk_session
from tiendo.results.models import Period, ReportingStatus, Result, Target
from tiendo.units.models import Unit

ResultRow = tuple[int, int, int, Decimal | str]
TargetRow = tuple[int, int, int, Decimal | str, str, str]

# Rows per COPY write on PostgreSQL.
_CHUNK = 20_000
# Stored with 6 decimals in 24 digits: at most 18 before the point.
_LIMIT = Decimal(10) ** 18
_PLACES = Decimal("0.000001")
_COMPARATORS = frozenset(Target.Comparator.values)
_MAX_ERRORS = 20
# A value written this way needs no Decimal to be known valid: ≤ 18 digits, ≤ 6 decimals.
_PLAIN = re.compile(r"-?[0-9]{1,18}(?:\.[0-9]{1,6})?")


@dataclass(frozen=True)
class BulkReport:
    """What one batch wrote, as its audit row records it."""

    label: str
    rows: int
    units: int
    indicators: int
    periods: int
    audit_id: int


def results_bulk_load(
    rows: Iterable[ResultRow],
    *,
    anchor: Unit,
    label: str,
    provenance: str = Result.Provenance.SHEET,
    status: str = Result.Status.DRAFT,
    is_sample: bool = False,
    source_label: str = "",
    by: Actor = None,
    source: str = AuditEntry.Source.SERVICE,
) -> BulkReport:
    """Validate and write a batch of results; one audit row on ``anchor`` (the unit the
    batch concerns, e.g. the province) labelled ``label``.

    Raises ValidationError listing the bad rows (numbered from 1) and writes nothing if
    any value is not a number that fits, a unit, indicator or period does not exist, a
    unit's period is locked, a key repeats in the batch or already has a result of this
    provenance.
    """
    if provenance not in Result.Provenance.values or status not in Result.Status.values:
        raise ValidationError(_("Nguồn gốc hoặc trạng thái kết quả không hợp lệ."))
    batch = list(rows)
    keys = _validate(batch, width=4)
    now = timezone.now()
    shared = {
        "version": 1, "created_at": now, "updated_at": now, "is_sample": is_sample,
        "estimated": False, "derived": False, "provenance": provenance, "status": status,
        "source_label": source_label, "source_url": "", "source_ref": "", "evidence": "",
        "note": "",
    }
    return _write(Result, ("unit", "indicator", "period", "value"), batch, shared, keys,
                  anchor=anchor, label=label, by=by, source=source)


def targets_bulk_load(
    rows: Iterable[TargetRow],
    *,
    anchor: Unit,
    label: str,
    target_source: str = Target.Source.YEARLY_PLAN,
    is_sample: bool = False,
    note: str = "",
    by: Actor = None,
    source: str = AuditEntry.Source.SERVICE,
) -> BulkReport:
    """``results_bulk_load`` for targets: each row also names its unit of measure and its
    comparator (``ge``, ``le``, ``eq``); one audit row per batch."""
    if target_source not in Target.Source.values:
        raise ValidationError(_("Nguồn chỉ tiêu kế hoạch không hợp lệ."))
    batch = list(rows)
    keys = _validate(batch, width=6)
    now = timezone.now()
    shared = {
        "version": 1, "created_at": now, "updated_at": now, "is_sample": is_sample,
        "source": target_source, "derived": False, "note": note,
    }
    return _write(Target, ("unit", "indicator", "period", "value", "uom", "comparator"), batch,
                  shared, keys, anchor=anchor, label=label, by=by, source=source)


@dataclass
class _Keys:
    units: set[int]
    indicators: set[int]
    periods: set[int]


def _validate(batch: list[Any], *, width: int) -> _Keys:
    """Check every row before anything is written. A value given as a plain decimal string
    is kept as it is; any other is normalised to a Decimal."""
    if not _plainly_valid(batch, width):
        _row_by_row(batch, width)
    units = {row[0] for row in batch}
    indicators = {row[1] for row in batch}
    periods = {row[2] for row in batch}
    errors = _missing(Unit, units, _("đơn vị")) + _missing(Indicator, indicators, _("chỉ tiêu"))
    errors += _missing(Period, periods, _("kỳ"))
    if not errors and width == 4:
        errors += _locked(batch, units, periods)
    if errors:
        raise ValidationError(errors)
    return _Keys(units, indicators, periods)


def _plainly_valid(batch: list[Any], width: int) -> bool:
    """The whole batch checked at C speed where it can be (widths, repeats, values that are
    plain decimal strings); False if anything is wrong, for ``_row_by_row`` to name it."""
    if any(len(row) != width for row in batch):
        return False
    if len({(row[0], row[1], row[2]) for row in batch}) != len(batch):
        return False
    if width == 6 and not all(row[5] in _COMPARATORS for row in batch):
        return False
    plain = _PLAIN.fullmatch
    for number, row in enumerate(batch):
        value = row[3]
        if value.__class__ is str and plain(value):
            continue
        amount = _decimal(value)
        if amount is None:
            return False
        batch[number] = (*row[:3], amount, *row[4:])
    return True


def _row_by_row(batch: list[Any], width: int) -> None:
    """Raise ValidationError naming each bad row (up to ``_MAX_ERRORS``), numbered from 1."""
    errors: list[str] = []
    seen: set[tuple[int, int, int]] = set()
    for number, row in enumerate(batch, start=1):
        if len(errors) >= _MAX_ERRORS:
            break
        if len(row) != width:
            errors.append(_("dòng %(row)s: cần %(width)s cột, có %(found)s") % {
                "row": number, "width": width, "found": len(row)})
            continue
        unit, indicator, period, value = row[:4]
        key = (unit, indicator, period)
        if key in seen:
            errors.append(_("dòng %(row)s: đơn vị %(unit)s, chỉ tiêu %(indicator)s, kỳ %(period)s "
                            "lặp lại trong lô") % {"row": number, "unit": unit,
                                                  "indicator": indicator, "period": period})
            continue
        seen.add(key)
        if _decimal(value) is None:
            errors.append(_("dòng %(row)s: giá trị “%(value)s” không phải số hợp lệ (tối đa 18 chữ số "
                            "phần nguyên, 6 chữ số thập phân)") % {"row": number, "value": value})
            continue
        if width == 6 and row[5] not in _COMPARATORS:
            errors.append(_("dòng %(row)s: phép so sánh “%(value)s” không hợp lệ") % {
                "row": number, "value": row[5]})
    raise ValidationError(errors)


def _decimal(value: Decimal | str) -> Decimal | None:
    try:
        amount = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    if not amount.is_finite() or abs(amount) >= _LIMIT or amount != amount.quantize(_PLACES):
        return None
    return amount


def _missing(model: type[models.Model], ids: set[int], what: str) -> list[str]:
    found = set(model.objects.filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    return [_("không có %(what)s mã số %(id)s") % {"what": what, "id": pk} for pk in sorted(ids - found)]


def _locked(batch: list[Any], units: set[int], periods: set[int]) -> list[str]:
    """A locked (approved) report of a unit for a period takes no new result."""
    locked = set(
        ReportingStatus.objects.filter(
            state=ReportingStatus.State.LOCKED, unit_id__in=units, period_id__in=periods
        ).values_list("unit_id", "period_id")
    )
    if not locked:
        return []
    hit = sorted({(row[0], row[2]) for row in batch if (row[0], row[2]) in locked})
    return [_("báo cáo của đơn vị %(unit)s kỳ %(period)s đã khóa") % {"unit": u, "period": p}
            for u, p in hit]


def _write(
    model: type[models.Model], varying: Sequence[str], batch: list[Any], shared: dict[str, Any],
    keys: _Keys, *, anchor: Unit, label: str, by: Actor, source: str,
) -> BulkReport:
    table = model._meta.db_table
    with transaction.atomic():
        try:
            _stage_and_insert(model, varying, batch, shared)
        except IntegrityError as error:
            raise ValidationError(
                _("Lô “%(label)s” có giá trị đã có trong cơ sở dữ liệu; không ghi gì: %(error)s")
                % {"label": label, "error": error}
            ) from error
        entry = audit_record(
            obj=anchor, action=AuditEntry.Action.BULK, by=by, source=source,
            changes={"batch": label, "table": table, "created": len(batch), "units": len(keys.units),
                     "indicators": len(keys.indicators), "periods": len(keys.periods)},
        )
    return BulkReport(label, len(batch), len(keys.units), len(keys.indicators), len(keys.periods),
                      entry.pk)


def _stage_and_insert(model: type[models.Model], varying: Sequence[str], batch: list[Any],
                      shared: dict[str, Any]) -> None:
    """Only the varying columns travel, into a temporary table shaped from the target's own
    columns (PostgreSQL ``COPY … FROM STDIN``, SQLite ``executemany``); one ``INSERT …
    SELECT`` then adds the values the batch shares. The database parses and binds 4 or 6
    fields a row instead of 17."""
    postgres = connection.vendor == "postgresql"
    if postgres and in_bulk_session(model._meta.db_table):
        _copy_with_defaults(model, varying, batch, shared)
        return
    quote = connection.ops.quote_name
    table, stage = quote(model._meta.db_table), quote(f"bulk_{model._meta.db_table}")
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in varying)
    fields = [model._meta.get_field(name) for name in shared]
    constants = ", ".join(quote(field.column) for field in fields)
    if postgres:
        marks = ", ".join(f"CAST(%s AS {field.db_type(connection)})" for field in fields)
        values = list(shared.values())
    else:
        marks = ", ".join(["%s"] * len(fields))
        values = [_sqlite_value(value) for value in shared.values()]
    # The driver's own cursor runs COPY; wrapping turns its errors into Django's.
    with connection.wrap_database_errors, connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE {stage} AS SELECT {columns} FROM {table} "
                       + ("WITH NO DATA" if postgres else "WHERE 0"))
        if postgres:
            _copy(cursor.cursor, stage, batch, len(varying))
        else:
            cursor.executemany(f"INSERT INTO {stage} VALUES ({', '.join(['%s'] * len(varying))})", batch)
        cursor.execute(f"INSERT INTO {table} ({columns}, {constants}) SELECT {columns}, {marks} FROM {stage}",
                       values)
        cursor.execute(f"DROP TABLE {stage}")


def _copy_with_defaults(model: type[models.Model], varying: Sequence[str], batch: list[Any],
                        shared: dict[str, Any]) -> None:
    """In a bulk session, which holds the table locked already, the shared values become
    the columns' defaults for one ``COPY`` of the varying columns straight into the table
    (no temporary table written and read again), then the columns' own defaults return."""
    quote = connection.ops.quote_name
    table = model._meta.db_table
    columns = [model._meta.get_field(name).column for name in shared]
    with connection.wrap_database_errors, connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a"
            " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            " WHERE a.attrelid = %s::regclass AND a.attname = ANY(%s)", [table, columns])
        own = dict(cursor.fetchall())
        driver = cursor.cursor
        driver.execute(sql.SQL("ALTER TABLE {} ").format(sql.Identifier(table)) + sql.SQL(", ").join(
            sql.SQL("ALTER COLUMN {} SET DEFAULT {}").format(sql.Identifier(column), sql.Literal(value))
            for column, value in zip(columns, shared.values(), strict=True)))
        varying_columns = ", ".join(quote(model._meta.get_field(name).column) for name in varying)
        _copy(driver, f"{quote(table)} ({varying_columns})", batch, len(varying))
        cursor.execute(f"ALTER TABLE {quote(table)} " + ", ".join(
            f"ALTER COLUMN {quote(column)} " + (f"SET DEFAULT {own[column]}" if own[column] else "DROP DEFAULT")
            for column in columns))


def _copy(cursor: Any, target: str, batch: list[Any], width: int) -> None:
    """``COPY … FROM STDIN`` in text format into ``target`` (a table, with its columns or
    not), a chunk of rows per write."""
    with cursor.copy(f"COPY {target} FROM STDIN") as copy:
        for start in range(0, len(batch), _CHUNK):
            rows = batch[start:start + _CHUNK]
            # Ids and values passed validation (they hold no tab or newline); only the
            # texts of a target need escaping, and they repeat.
            if width == 4:
                copy.write("".join([f"{u}\t{i}\t{p}\t{v}\n" for u, i, p, v in rows]))
            else:
                copy.write("".join([f"{u}\t{i}\t{p}\t{v}\t{_pg_text(uom)}\t{_pg_text(c)}\n"
                                    for u, i, p, v, uom, c in rows]))


@functools.lru_cache(maxsize=256)
def _pg_text(value: Any) -> str:
    """One text in COPY's text format."""
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return connection.ops.adapt_datetimefield_value(value)
    return value
