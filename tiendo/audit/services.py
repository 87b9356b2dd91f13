"""Writing the audit trail. Every domain service that changes data calls one of these."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import models

from tiendo.audit.models import AuditEntry

Actor = AbstractBaseUser | AnonymousUser | None


def snapshot(obj: models.Model) -> dict[str, Any]:
    """The object's concrete field values as JSON-ready data (foreign keys by id)."""
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.name in {"created_at", "updated_at"}:
            continue
        data[field.attname] = _jsonable(getattr(obj, field.attname))
    return data


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
    user = by if by is not None and getattr(by, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        action=action,
        source=source,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        unit_id=unit_id if unit_id is not None else _unit_of(obj),
        changes=changes or {},
        reason=reason,
    )


def audit_create(obj: models.Model, *, by: Actor, source: str = AuditEntry.Source.SERVICE,
                 reason: str = "") -> AuditEntry:
    return audit_record(
        obj=obj, action=AuditEntry.Action.CREATE, by=by, source=source, reason=reason,
        changes=diff({}, snapshot(obj)),
    )


def audit_update(obj: models.Model, before: dict[str, Any], *, by: Actor,
                 source: str = AuditEntry.Source.SERVICE, reason: str = "",
                 action: str = AuditEntry.Action.UPDATE) -> AuditEntry | None:
    """Record the difference between ``before`` (a snapshot) and the object now; nothing if equal."""
    changes = diff(before, snapshot(obj))
    changes.pop("version", None)
    if not changes and not reason:
        return None
    return audit_record(obj=obj, action=action, by=by, source=source, reason=reason,
                        changes=changes)


def audit_delete(obj: models.Model, *, by: Actor, source: str = AuditEntry.Source.SERVICE,
                 reason: str = "") -> AuditEntry:
    return audit_record(
        obj=obj, action=AuditEntry.Action.DELETE, by=by, source=source, reason=reason,
        changes=diff(snapshot(obj), {}),
    )


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
