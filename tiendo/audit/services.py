"""Writing the audit trail. Every domain service that changes data calls one of these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from tiendo.audit.models import AuditEntry
from tiendo.core.services import assign, lock, save_new_version

M = TypeVar("M", bound=models.Model)

Actor = AbstractBaseUser | AnonymousUser | None

# Where the changes being made came in; a service that names a more specific source
# (admin, import, ingest) keeps it.
_channel: ContextVar[str] = ContextVar("audit_channel", default=AuditEntry.Source.SERVICE)


@contextmanager
def audit_channel(source: str) -> Iterator[None]:
    """Record the changes made inside as coming through ``source`` (the API)."""
    token = _channel.set(source)
    try:
        yield
    finally:
        _channel.reset(token)


def snapshot(obj: models.Model, *, many_to_many: bool = False) -> dict[str, Any]:
    """The object's concrete field values as JSON-ready data (foreign keys by id).

    With ``many_to_many``, also the sorted ids of each many-to-many relation, by field
    name (one query per relation; none for an object not saved yet).
    """
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.name in {"created_at", "updated_at"}:
            continue
        data[field.attname] = _jsonable(getattr(obj, field.attname))
    if many_to_many and obj.pk is not None:
        for field in obj._meta.many_to_many:
            data[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))
    return data


def acting_user(by: Actor) -> Any:
    """The user to record as the author: None for a script, a test or an anonymous visitor."""
    return by if by is not None and getattr(by, "is_authenticated", False) else None


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for each field whose value changed."""
    return {
        key: [before.get(key), after.get(key)]
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }


def audit_record(
    *,
    obj: models.Model,
    action: str,
    by: Actor,
    changes: dict[str, Any] | None = None,
    reason: str = "",
    source: str = AuditEntry.Source.SERVICE,
    unit_id: int | None = None,
) -> AuditEntry:
    """Write one audit row for ``obj``. Call it inside the transaction that made the change."""
    return AuditEntry.objects.create(
        actor=acting_user(by),
        action=action,
        source=_channel.get() if source == AuditEntry.Source.SERVICE else source,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        unit_id=unit_id if unit_id is not None else _unit_of(obj),
        changes=changes or {},
        reason=reason,
    )


def audit_create(obj: models.Model, *, by: Actor, source: str = AuditEntry.Source.SERVICE,
                 reason: str = "", many_to_many: bool = False) -> AuditEntry:
    """Record a new object with all its values (``many_to_many``: its relations' ids too)."""
    return audit_record(
        obj=obj, action=AuditEntry.Action.CREATE, by=by, source=source, reason=reason,
        changes=diff({}, snapshot(obj, many_to_many=many_to_many)),
    )


def audit_update(obj: models.Model, before: dict[str, Any], *, by: Actor,
                 source: str = AuditEntry.Source.SERVICE, reason: str = "",
                 action: str = AuditEntry.Action.UPDATE,
                 many_to_many: bool = False) -> AuditEntry | None:
    """Record the difference between ``before`` (a snapshot taken with the same
    ``many_to_many``) and the object now; nothing if equal and no ``reason``."""
    changes = diff(before, snapshot(obj, many_to_many=many_to_many))
    changes.pop("version", None)
    if not changes and not reason:
        return None
    return audit_record(obj=obj, action=action, by=by, source=source, reason=reason,
                        changes=changes)


def audited_update(
    obj: M,
    changes: Mapping[str, Any],
    *,
    check: Callable[[M], None],
    by: Actor,
    expected_version: int | None = None,
    derived: Iterable[str] = (),
    many_to_many: bool = False,
    source: str = AuditEntry.Source.SERVICE,
) -> M:
    """The update every service makes: lock the row (refusing a stale ``expected_version``),
    apply ``changes``, run ``check`` (which may also fill the ``derived`` fields), save only
    what changed with a new version, and write one audit row; returns the saved object."""
    with transaction.atomic():
        obj = lock(obj, expected_version, changes)
        before = snapshot(obj, many_to_many=many_to_many)
        assign(obj, dict(changes))
        check(obj)
        save_new_version(obj, [*changes, *derived])
        audit_update(obj, before, by=by, source=source, many_to_many=many_to_many)
    return obj


def audit_delete(obj: models.Model, *, by: Actor, source: str = AuditEntry.Source.SERVICE,
                 reason: str = "") -> AuditEntry:
    return audit_record(
        obj=obj, action=AuditEntry.Action.DELETE, by=by, source=source, reason=reason,
        changes=diff(snapshot(obj), {}),
    )


def audited_delete(obj: models.Model, *, by: Actor, expected_version: int | None = None,
                   source: str = AuditEntry.Source.SERVICE) -> None:
    """The delete every service makes: lock the row (refusing a stale ``expected_version``),
    write the audit row with every value it had, delete."""
    with transaction.atomic():
        current = lock(obj, expected_version)
        audit_delete(current, by=by, source=source)
        current.delete()


def _unit_of(obj: models.Model) -> int | None:
    for attname in ("unit_id", "from_unit_id"):
        value = getattr(obj, attname, None)
        if value is not None:
            return int(value)
    if obj._meta.label_lower == "units.unit":
        return int(obj.pk)
    return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        # Plain digits without trailing zeros: 367.300000 → "367.3", 370 → "370" (not "3.7E+2").
        return format(value.normalize(), "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    return value
