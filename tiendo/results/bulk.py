"""Loading many results or targets at once: validated, written in bulk, audited once per batch.

The row-by-row services (``services.py``) write one audit row per value; a batch of a
million sample values would drown the trail. Here a batch is validated whole first (every
value, every unit, indicator and period, no locked period, no key twice), then written in
one transaction through the fastest path the database has (PostgreSQL ``COPY``, batched
``executemany`` on SQLite), then recorded as ONE audit row with its counts. Bad input
raises ValidationError naming the row and leaves the database unchanged.

A row is a plain tuple (no model instance per value): a result is ``(unit id, indicator
id, period id, value)``, a target ``(unit id, indicator id, period id, value, uom,
comparator)``; what a batch shares (provenance, status, sample mark, source label) is
given once.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, audit_record
from tiendo.catalogue.models import Indicator
from tiendo.results.models import Period, ReportingStatus, Result, Target
from tiendo.units.models import Unit

ResultRow = tuple[int, int, int, Decimal | str]
TargetRow = tuple[int, int, int, Decimal | str, str, str]

# Rows per executemany on SQLite, per COPY write on PostgreSQL.
_CHUNK = 20_000
# Stored with 6 decimals in 24 digits: at most 18 before the point.
_LIMIT = Decimal(10) ** 18
_PLACES = Decimal("0.000001")
_COMPARATORS = frozenset(Target.Comparator.values)
_MAX_ERRORS = 20


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
    """Check every row before anything is written; normalises each value to a Decimal."""
    errors: list[str] = []
    seen: set[tuple[int, int, int]] = set()
    units: set[int] = set()
    indicators: set[int] = set()
    periods: set[int] = set()
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
        amount = _decimal(value)
        if amount is None:
            errors.append(_("dòng %(row)s: giá trị “%(value)s” không phải số hợp lệ (tối đa 18 chữ số "
                            "phần nguyên, 6 chữ số thập phân)") % {"row": number, "value": value})
            continue
        if width == 6 and row[5] not in _COMPARATORS:
            errors.append(_("dòng %(row)s: phép so sánh “%(value)s” không hợp lệ") % {
                "row": number, "value": row[5]})
            continue
        batch[number - 1] = (unit, indicator, period, amount, *row[4:])
        units.add(unit)
        indicators.add(indicator)
        periods.add(period)
    if not errors:
        errors += _missing(Unit, units, _("đơn vị")) + _missing(Indicator, indicators, _("chỉ tiêu"))
        errors += _missing(Period, periods, _("kỳ"))
    if not errors and width == 4:
        errors += _locked(seen, units, periods)
    if errors:
        raise ValidationError(errors)
    return _Keys(units, indicators, periods)


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


def _locked(keys: set[tuple[int, int, int]], units: set[int], periods: set[int]) -> list[str]:
    """A locked (approved) report of a unit for a period takes no new result."""
    locked = set(
        ReportingStatus.objects.filter(
            state=ReportingStatus.State.LOCKED, unit_id__in=units, period_id__in=periods
        ).values_list("unit_id", "period_id")
    )
    if not locked:
        return []
    hit = sorted({(unit, period) for unit, _indicator, period in keys if (unit, period) in locked})
    return [_("báo cáo của đơn vị %(unit)s kỳ %(period)s đã khóa") % {"unit": u, "period": p}
            for u, p in hit]


def _write(
    model: type[models.Model], varying: Sequence[str], batch: list[Any], shared: dict[str, Any],
    keys: _Keys, *, anchor: Unit, label: str, by: Actor, source: str,
) -> BulkReport:
    table = model._meta.db_table
    columns = [model._meta.get_field(name).column for name in varying]
    constants = [model._meta.get_field(name).column for name in shared]
    with transaction.atomic():
        try:
            if connection.vendor == "postgresql":
                _copy(table, columns + constants, batch, [_pg_text(v) for v in shared.values()])
            else:
                _insert(table, columns + constants, batch, [_sqlite_value(v) for v in shared.values()])
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


def _copy(table: str, columns: list[str], batch: list[Any], constants: list[str]) -> None:
    """``COPY … FROM STDIN`` in text format, the shared columns rendered once."""
    tail = "\t" + "\t".join(constants) + "\n" if constants else "\n"
    width = len(columns) - len(constants)
    statement = f'COPY "{table}" ({", ".join(columns)}) FROM STDIN'
    # The driver's own cursor runs COPY; wrapping turns its errors into Django's.
    with connection.wrap_database_errors, connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for start in range(0, len(batch), _CHUNK):
            buffer = io.StringIO()
            if width == 4:
                buffer.writelines(f"{u}\t{i}\t{p}\t{v}{tail}" for u, i, p, v in batch[start:start + _CHUNK])
            else:
                buffer.writelines(
                    "\t".join(_pg_text(value) for value in row) + tail
                    for row in batch[start:start + _CHUNK]
                )
            copy.write(buffer.getvalue())


def _insert(table: str, columns: list[str], batch: list[Any], constants: list[Any]) -> None:
    marks = ", ".join(["%s"] * len(columns))
    statement = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})'
    extra = tuple(constants)
    with connection.cursor() as cursor:
        for start in range(0, len(batch), _CHUNK):
            cursor.executemany(
                statement, [(*row[:3], str(row[3]), *row[4:], *extra) for row in batch[start:start + _CHUNK]]
            )


def _pg_text(value: Any) -> str:
    """One value in COPY's text format."""
    if isinstance(value, bool):
        return "t" if value else "f"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return connection.ops.adapt_datetimefield_value(value)
    return value
