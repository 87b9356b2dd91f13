"""Submit → approve (and lock) → send back or unlock a unit's report for a period.

Each service checks the account's right through ``access`` (PermissionDenied), then moves
the state through ``results.services.reporting_status_set`` (ValidationError for a move
the state does not allow or a missing reason), which writes the audit row, all in one
transaction. A parent's period is approved only when every unit directly under it that
was valid during the period has been approved, unless the approver overrides with a
reason (recorded in the audit trail).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tiendo.accounts.access import Permission, access_require
from tiendo.core.errors import refuse
from tiendo.core.services import nfc
from tiendo.results.models import Period, ReportingStatus
from tiendo.results.services import Action, reporting_status_set
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_children_during

MSG_CHILDREN_PENDING = _(
    "Chưa thể phê duyệt: %(value)s đơn vị trực thuộc chưa được phê duyệt kỳ này (%(units)s). "
    "Nếu vẫn phê duyệt, hãy nêu lý do."
)


@dataclass(frozen=True)
class ChildState:
    """One unit directly under a parent, with its report's state for the period."""

    unit: Unit
    state: str
    status: ReportingStatus | None

    @property
    def label(self) -> str:
        return str(ReportingStatus.State(self.state).label)


def children_states(unit: Unit, period: Period) -> list[ChildState]:
    """The units directly under ``unit`` valid during ``period`` with their states (two queries)."""
    children = list(unit_children_during(unit=unit, start=period.start, end=period.end))
    statuses = {
        status.unit_id: status
        for status in ReportingStatus.objects.filter(unit__in=children, period=period)
        .select_related("changed_by")
    }
    return [
        ChildState(
            unit=child,
            state=statuses[child.pk].state if child.pk in statuses else ReportingStatus.State.OPEN,
            status=statuses.get(child.pk),
        )
        for child in children
    ]


def report_submit(*, unit: Unit, period: Period, by: Any) -> ReportingStatus:
    """An editor of the unit (or above) sends the period's report for approval."""
    access_require(by, Permission.SUBMIT, unit, period)
    return reporting_status_set(unit=unit, period=period, action=Action.SUBMIT, by=by)


def report_approve(
    *, unit: Unit, period: Period, by: Any, override_reason: str = ""
) -> ReportingStatus:
    """An approver above the unit approves and locks the period.

    Refused (ValidationError on ``reason``) while a unit directly under it is not approved,
    unless ``override_reason`` says why it is approved anyway.
    """
    access_require(by, Permission.APPROVE, unit, period)
    reason = nfc(override_reason)
    with transaction.atomic():
        pending = [child for child in children_states(unit, period) if child.state != ReportingStatus.State.LOCKED]
        if pending and not reason:
            raise refuse(
                "reason", MSG_CHILDREN_PENDING, value=len(pending),
                units=", ".join(child.unit.name for child in pending[:5])
                + ("…" if len(pending) > 5 else ""),
            )
        return reporting_status_set(
            unit=unit, period=period, action=Action.APPROVE, by=by,
            reason=reason if pending else "",
        )


def report_return(*, unit: Unit, period: Period, by: Any, reason: str) -> ReportingStatus:
    """An approver above the unit sends the submitted report back, saying why."""
    access_require(by, Permission.RETURN, unit, period)
    return reporting_status_set(unit=unit, period=period, action=Action.RETURN, by=by, reason=reason)


def report_unlock(*, unit: Unit, period: Period, by: Any, reason: str) -> ReportingStatus:
    """An approver at or above the level that locked the period opens it again, saying why."""
    access_require(by, Permission.UNLOCK, unit, period)
    return reporting_status_set(unit=unit, period=period, action=Action.UNLOCK, by=by, reason=reason)
