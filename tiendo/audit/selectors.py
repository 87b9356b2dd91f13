"""Reading the audit trail."""

from __future__ import annotations

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
