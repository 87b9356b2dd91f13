"""Writes for targets, results and a unit-period's reporting status.

Each function runs in one transaction, validates the whole object (raising
``ValidationError`` built by ``tiendo.core.errors.refuse`` with the constants below) and
writes one audit row per object it creates, changes or deletes. A unit's results for a
period whose ReportingStatus is locked can be neither created, changed nor deleted.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import (
    Actor,
    acting_user,
    audit_create,
    audit_delete,
    audit_record,
    audit_update,
    audited_update,
    snapshot,
)
from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.core.errors import refuse
from tiendo.core.services import assign, check_known, lock, nfc, raise_all, save_new_version
from tiendo.results.models import Period, ReportingStatus, Result, Target
from tiendo.results.periods import PeriodKey, period_get
from tiendo.units.models import Unit

MSG_TARGET_UOM = _(
    "Đơn vị tính “%(value)s” không khớp đơn vị tính “%(expected)s” của chỉ tiêu %(indicator)s."
)
MSG_TARGET_PERIOD_KIND = _(
    "Kỳ “%(value)s” không dùng cho chỉ tiêu kế hoạch: chỉ tiêu giao cho một năm hoặc một nhiệm kỳ."
)
MSG_TARGET_PERIOD_REQUIRED = _("Chưa chọn năm hoặc nhiệm kỳ của chỉ tiêu kế hoạch.")
MSG_TARGET_TERM_MISMATCH = _("Kỳ “%(value)s” không thuộc nhiệm kỳ %(term)s.")
MSG_TARGET_SOURCE_YEARLY = _(
    "“%(value)s” là số giao cho từng năm, không giao cho kỳ “%(period)s”."
)
MSG_TARGET_EXISTS = _(
    "Đã có chỉ tiêu kế hoạch “%(value)s” (%(source)s) của %(unit)s cho kỳ %(period)s."
)
MSG_UNIT_NOT_IN_PERIOD = _("Đơn vị “%(value)s” không có hiệu lực trong kỳ %(period)s.")
MSG_PERIOD_LOCKED = _(
    "Kỳ %(value)s của %(unit)s đã được phê duyệt và khóa bởi %(by)s lúc %(at)s; "
    "cần mở khóa trước khi thay đổi số liệu."
)
MSG_RESULT_EXISTS = _(
    "Đã có kết quả “%(value)s” (%(provenance)s) của %(unit)s cho kỳ %(period)s."
)
MSG_RESULT_STATUS_LOCKED = _(
    "Không thể tự đặt trạng thái “%(value)s”: kết quả chỉ bị khóa khi kỳ báo cáo được phê duyệt."
)
MSG_EVIDENCE_REQUIRED = _("Kết quả trích từ văn bản phải có câu trích (nguồn gốc “%(value)s”).")
MSG_EVIDENCE_SPAN = _("Vị trí cuối %(value)s đứng trước vị trí đầu %(start)s của câu trích.")
MSG_TRANSITION = _("Không thể “%(action)s” khi báo cáo đang ở trạng thái “%(value)s”.")
MSG_REASON_REQUIRED = _("Phải nêu lý do khi “%(value)s”.")
UNKNOWN_ACTOR = _("người không rõ")
UNKNOWN_TIME = _("thời điểm không rõ")

_TARGET_PERIOD_KINDS = (Period.Kind.YEAR, Period.Kind.TERM)
_YEARLY_SOURCES = (Target.Source.YEARLY_PLAN, Target.Source.BUDGET_ESTIMATE)


# ---------------------------------------------------------------- targets


class TargetChanges(TypedDict, total=False):
    value: Decimal
    uom: str
    comparator: str
    source: str
    period: Period
    term: Term | None
    assigned_by: Unit | None
    document: Document | None
    derived: bool
    note: str


def target_create(
    *,
    indicator: Indicator,
    unit: Unit,
    value: Decimal,
    source: str,
    by: Actor,
    period: Period | None = None,
    term: Term | None = None,
    comparator: str = Target.Comparator.AT_LEAST,
    uom: str | None = None,
    assigned_by: Unit | None = None,
    document: Document | None = None,
    derived: bool = False,
    note: str = "",
    is_sample: bool = False,
) -> Target:
    """Set the value ``unit`` must reach for ``indicator`` in a year or a term.

    Give ``period`` (a year or a term period), or only ``term`` for the term's period.
    ``uom`` defaults to the indicator's. Refused (ValidationError): a unit of measure that
    differs from the indicator's (``uom``), a period that is not a year or a term
    (``period``), a yearly plan or budget estimate for a term (``source``), a unit not
    valid in the period (``unit``), a second target of the same source (``source``).
    """
    if period is None and term is not None:
        period = period_get(PeriodKey(Period.Kind.TERM, term.start_year, term.end_year))
    if period is None:
        raise refuse("period", MSG_TARGET_PERIOD_REQUIRED, value="")
    target = Target(
        indicator=indicator, unit=unit, period=period, term=term, value=value,
        uom=nfc(uom) if uom is not None else indicator.uom, comparator=comparator, source=source,
        assigned_by=assigned_by, document=document, derived=derived, note=nfc(note),
        is_sample=is_sample,
    )
    with transaction.atomic():
        target_check(target)
        target.save()
        audit_create(target, by=by)
    return target


def target_update(
    *, target: Target, by: Actor, expected_version: int | None = None,
    **changes: Unpack[TargetChanges],
) -> Target:
    """Change the given fields with the checks of ``target_create``; returns the saved target."""
    check_known(dict(changes), TargetChanges)
    return audited_update(target, changes, check=target_check, by=by, expected_version=expected_version)


def target_delete(*, target: Target, by: Actor) -> None:
    with transaction.atomic():
        audit_delete(target, by=by)
        target.delete()


def target_check(target: Target) -> None:
    """Validate a target as it would be saved (see ``target_create``); raises every problem at once."""
    errors: list[ValidationError] = []
    period, indicator = target.period, target.indicator
    if _fold_uom(target.uom) != _fold_uom(indicator.uom):
        errors.append(refuse(
            "uom", MSG_TARGET_UOM, value=target.uom, expected=indicator.uom, indicator=indicator.name
        ))
    if period.kind not in _TARGET_PERIOD_KINDS:
        errors.append(refuse("period", MSG_TARGET_PERIOD_KIND, value=str(period)))
    elif target.source in _YEARLY_SOURCES and period.kind != Period.Kind.YEAR:
        errors.append(refuse(
            "source", MSG_TARGET_SOURCE_YEARLY, value=Target.Source(target.source).label,
            period=str(period),
        ))
    term = target.term
    if term is not None and not (term.start_year <= period.year and _last_year(period) <= term.end_year):
        errors.append(refuse(
            "period", MSG_TARGET_TERM_MISMATCH, value=str(period),
            term=f"{term.start_year}–{term.end_year}",
        ))
    if not _unit_valid_during(target.unit, period):
        errors.append(refuse("unit", MSG_UNIT_NOT_IN_PERIOD, value=str(target.unit), period=str(period)))
    clash = Target.objects.filter(
        unit_id=target.unit_id, indicator_id=target.indicator_id, period_id=target.period_id,
        source=target.source,
    ).exclude(pk=target.pk)
    if clash.exists():
        errors.append(refuse(
            "source", MSG_TARGET_EXISTS, value=indicator.name,
            source=Target.Source(target.source).label, unit=str(target.unit), period=str(period),
        ))
    raise_all(errors, target)


def _fold_uom(uom: str) -> str:
    return " ".join(nfc(uom).casefold().split())


def _last_year(period: Period) -> int:
    return period.number if period.kind == Period.Kind.TERM else period.year


# ---------------------------------------------------------------- results


class ResultChanges(TypedDict, total=False):
    value: Decimal
    estimated: bool
    derived: bool
    status: str
    source_label: str
    source_url: str
    source_ref: str
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    note: str


def result_create(
    *,
    unit: Unit,
    indicator: Indicator,
    period: Period,
    value: Decimal,
    by: Actor,
    estimated: bool = False,
    derived: bool = False,
    provenance: str = Result.Provenance.MANUAL,
    status: str = Result.Status.DRAFT,
    source_label: str = "",
    source_url: str = "",
    source_ref: str = "",
    evidence: str = "",
    evidence_start: int | None = None,
    evidence_end: int | None = None,
    note: str = "",
    is_sample: bool = False,
) -> Result:
    """Record what ``unit`` achieved for ``indicator`` in ``period`` from one provenance.

    Refused (ValidationError): a period locked for the unit (``period``, naming who locked
    it and when), a second result of the same provenance (``provenance``), a unit not valid
    in the period (``unit``), a text extraction without its sentence (``evidence``), a
    ``locked`` status (set only by approving the period).
    """
    result = Result(
        unit=unit, indicator=indicator, period=period, value=value, estimated=estimated,
        derived=derived, provenance=provenance, status=status, source_label=nfc(source_label),
        source_url=source_url.strip(), source_ref=source_ref.strip(), evidence=nfc(evidence),
        evidence_start=evidence_start, evidence_end=evidence_end, note=nfc(note),
        created_by=acting_user(by), is_sample=is_sample,
    )
    with transaction.atomic():
        refuse_if_locked(unit, period)
        result_check(result)
        result.save()
        audit_create(result, by=by)
    return result


def result_update(
    *, result: Result, by: Actor, expected_version: int | None = None,
    **changes: Unpack[ResultChanges],
) -> Result:
    """Change the given fields of a result; returns the saved result. Refused in a locked period."""
    check_known(dict(changes), ResultChanges)
    with transaction.atomic():
        result = lock(result, expected_version, changes)
        refuse_if_locked(result.unit, result.period)
        before = snapshot(result)
        assign(result, dict(changes))
        result_check(result)
        save_new_version(result, changes)
        audit_update(result, before, by=by)
    return result


def result_delete(*, result: Result, by: Actor) -> None:
    """Delete a result; refused in a locked period."""
    with transaction.atomic():
        refuse_if_locked(result.unit, result.period)
        audit_delete(result, by=by)
        result.delete()


def result_check(result: Result) -> None:
    """Validate a result as it would be saved (see ``result_create``), the lock aside."""
    errors: list[ValidationError] = []
    if result.status == Result.Status.LOCKED and not (
        result.pk and Result.objects.filter(pk=result.pk, status=Result.Status.LOCKED).exists()
    ):
        errors.append(refuse("status", MSG_RESULT_STATUS_LOCKED, value=result.get_status_display()))
    if result.provenance == Result.Provenance.TEXT and not result.evidence:
        errors.append(refuse("evidence", MSG_EVIDENCE_REQUIRED, value=result.get_provenance_display()))
    start, end = result.evidence_start, result.evidence_end
    if start is not None and (end is None or end < start):
        errors.append(refuse("evidence_end", MSG_EVIDENCE_SPAN, value=end, start=start))
    if not _unit_valid_during(result.unit, result.period):
        errors.append(refuse(
            "unit", MSG_UNIT_NOT_IN_PERIOD, value=str(result.unit), period=str(result.period)
        ))
    clash = Result.objects.filter(
        unit_id=result.unit_id, indicator_id=result.indicator_id, period_id=result.period_id,
        provenance=result.provenance,
    ).exclude(pk=result.pk)
    if clash.exists():
        errors.append(refuse(
            "provenance", MSG_RESULT_EXISTS, value=result.indicator.name,
            provenance=result.get_provenance_display(), unit=str(result.unit),
            period=str(result.period),
        ))
    raise_all(errors, result)


def refuse_if_locked(unit: Unit, period: Period) -> None:
    """Raise ``MSG_PERIOD_LOCKED`` (naming who locked it and when) if the unit-period is locked."""
    status = (
        ReportingStatus.objects.filter(unit=unit, period=period, state=ReportingStatus.State.LOCKED)
        .select_related("changed_by").first()
    )
    if status is not None:
        raise refuse(
            "period", MSG_PERIOD_LOCKED, value=str(period), unit=str(unit),
            by=_actor_name(status.changed_by), at=_local(status.changed_at),
        )


# ---------------------------------------------------------------- reporting status


class Action:
    """What can be done to a unit-period's report, as ``reporting_status_set(action=…)`` takes it."""

    SUBMIT = AuditEntry.Action.SUBMIT
    APPROVE = AuditEntry.Action.APPROVE
    RETURN = AuditEntry.Action.RETURN
    UNLOCK = AuditEntry.Action.UNLOCK


_State = ReportingStatus.State
_Status = Result.Status
# action → (states it may start from, state it leads to, result statuses moved, their new status)
_TRANSITIONS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str]] = {
    Action.SUBMIT: ((_State.OPEN, _State.RETURNED), _State.SUBMITTED, (_Status.DRAFT,), _Status.SUBMITTED),
    Action.APPROVE: (
        (_State.SUBMITTED,), _State.LOCKED,
        (_Status.DRAFT, _Status.SUBMITTED, _Status.APPROVED), _Status.LOCKED,
    ),
    Action.RETURN: ((_State.SUBMITTED,), _State.RETURNED, (_Status.SUBMITTED,), _Status.DRAFT),
    Action.UNLOCK: ((_State.LOCKED,), _State.OPEN, (_Status.LOCKED,), _Status.APPROVED),
}
_NEEDS_REASON = (Action.RETURN, Action.UNLOCK)


def reporting_status_set(
    *, unit: Unit, period: Period, action: str, by: Actor, reason: str = ""
) -> ReportingStatus:
    """Submit, approve and lock, return, or unlock a unit's report for a period.

    submit: open/returned → submitted, draft results → submitted.
    approve: submitted → locked, the results → locked (no further change until unlocked).
    return: submitted → returned, submitted results → draft; ``reason`` required.
    unlock: locked → open, locked results → approved; ``reason`` required.
    A unit-period without a status row is open. Refused: an action the current state does
    not allow (``state``), a missing reason (``reason``). Permissions are not checked here.
    Writes one audit row (the action, the state change and how many results moved).
    """
    allowed_from, new_state, moved, new_status = _TRANSITIONS[action]
    label = AuditEntry.Action(action).label
    if action in _NEEDS_REASON and not reason.strip():
        raise refuse("reason", MSG_REASON_REQUIRED, value=label)
    with transaction.atomic():
        status, _created = ReportingStatus.objects.select_for_update().get_or_create(
            unit=unit, period=period
        )
        if status.state not in allowed_from:
            raise refuse("state", MSG_TRANSITION, value=status.get_state_display(), action=label)
        old_state = status.state
        status.state = new_state
        status.changed_by = acting_user(by)
        status.changed_at = timezone.now()
        status.reason = nfc(reason)
        status.save(update_fields=["state", "changed_by", "changed_at", "reason"])
        count = Result.objects.filter(unit=unit, period=period, status__in=moved).update(
            status=new_status, updated_at=status.changed_at, version=F("version") + 1
        )
        audit_record(
            obj=status, action=action, by=by, reason=status.reason,
            changes={"state": [old_state, new_state], "results": [count, new_status]},
        )
    return status


# ---------------------------------------------------------------- shared


def _unit_valid_during(unit: Unit, period: Period) -> bool:
    return (unit.valid_from is None or unit.valid_from <= period.end) and (
        unit.valid_to is None or unit.valid_to >= period.start
    )


def _actor_name(user: Any) -> str:
    if user is None:
        return str(UNKNOWN_ACTOR)
    return user.get_full_name() or user.get_username()


def _local(moment: Any) -> str:
    if moment is None:
        return str(UNKNOWN_TIME)
    local = timezone.localtime(moment)
    return f"{local:%H:%M} ngày {local.day}/{local.month}/{local.year}"

