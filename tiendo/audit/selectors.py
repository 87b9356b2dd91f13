"""Reading the audit trail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet

from tiendo.audit.models import AuditEntry


def audit_for_object(obj: models.Model) -> QuerySet[AuditEntry]:
    """Every entry about ``obj``, newest first."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return AuditEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).select_related(
        "actor", "content_type"
    )


def audit_for_unit(unit_id: int) -> QuerySet[AuditEntry]:
    """Every entry about objects of one unit, newest first."""
    return AuditEntry.objects.filter(unit_id=unit_id).select_related("actor", "content_type")


def audit_for_units(unit_ids: Any) -> QuerySet[AuditEntry]:
    """Every entry about objects of the given units (ids or a subquery of them), newest first."""
    return AuditEntry.objects.filter(unit_id__in=unit_ids).select_related("actor", "content_type")


@dataclass(frozen=True)
class AuditFilter:
    """What an audit list may be narrowed to; empty values leave it wide."""

    action: str = ""
    source: str = ""
    content_type_id: int | None = None
    actor: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


def audit_filter(entries: QuerySet[AuditEntry], chosen: AuditFilter) -> QuerySet[AuditEntry]:
    """``entries`` narrowed to an action, a source, an object type, an account (its user
    name) and a span of local days (both ends included)."""
    if chosen.action:
        entries = entries.filter(action=chosen.action)
    if chosen.source:
        entries = entries.filter(source=chosen.source)
    if chosen.content_type_id is not None:
        entries = entries.filter(content_type_id=chosen.content_type_id)
    if chosen.actor:
        entries = entries.filter(actor__username__iexact=chosen.actor)
    if chosen.start is not None:
        entries = entries.filter(at__date__gte=chosen.start)
    if chosen.end is not None:
        entries = entries.filter(at__date__lte=chosen.end)
    return entries


def audit_content_types(entries: QuerySet[AuditEntry]) -> QuerySet[ContentType]:
    """The object types that occur in ``entries``, for a filter's choices."""
    return ContentType.objects.filter(pk__in=entries.values("content_type_id")).order_by("app_label", "model")


def data_version() -> str:
    """A token that moves whenever stored data changes: the newest audit entry's id and time.

    Every write of the domain goes through an audited service, admin or bulk batch, in the
    same transaction as its audit row, so anything computed from the data at one token stays
    right until the token moves. The time tells apart two entries given the same id (SQLite
    reuses the ids of a rolled-back insert; a restore takes the ids back).
    """
    latest = AuditEntry.objects.order_by("-pk").values_list("pk", "at").first()
    return "0" if latest is None else f"{latest[0]}-{latest[1].timestamp():.6f}"
