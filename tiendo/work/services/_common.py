"""What the work services share: the audit rows with many-to-many relations, the acting user."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, audit_record, diff, snapshot

MSG_TEXT_EMPTY = _("Chưa nhập nội dung.")


def state_of(obj: models.Model) -> dict[str, Any]:
    """``snapshot`` plus the ids of the object's many-to-many relations, sorted."""
    data = snapshot(obj)
    if obj.pk is not None:
        for field in obj._meta.many_to_many:
            data[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))
    return data


def audit_created(obj: models.Model, *, by: Actor, reason: str = "") -> None:
    audit_record(
        obj=obj,
        action=AuditEntry.Action.CREATE,
        by=by,
        reason=reason,
        changes=diff({}, state_of(obj)),
    )


def audit_changed(obj: models.Model, before: dict[str, Any], *, by: Actor) -> None:
    """One update row with ``[old, new]`` per changed field, many-to-many included."""
    changes = diff(before, state_of(obj))
    changes.pop("version", None)
    if changes:
        audit_record(obj=obj, action=AuditEntry.Action.UPDATE, by=by, changes=changes)


def acting_user(by: Actor) -> Any:
    return by if by is not None and getattr(by, "is_authenticated", False) else None
