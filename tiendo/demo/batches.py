"""One audit row per step of the demo load, instead of one per object it creates."""

from __future__ import annotations

from collections import Counter

from django.db import models

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import audit_record


class Batch:
    """Counts what one step creates, by kind of object, and files one audit row for it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.created: Counter[str] = Counter()

    def count(self, label: str, number: int = 1) -> None:
        self.created[label] += number

    def record(self, *, anchor: models.Model) -> None:
        """Write the step's audit row on ``anchor`` (the unit or meeting it concerns); none
        when the step created nothing, so a second demo load leaves the trail unchanged."""
        total = self.created.total()
        if not total:
            return
        audit_record(
            obj=anchor,
            action=AuditEntry.Action.BULK,
            by=None,
            source=AuditEntry.Source.DEMO,
            changes={"batch": self.name, "created": total, "by_kind": dict(sorted(self.created.items()))},
        )
