"""Submit, approve (children first or an override with a reason), send back, unlock: rights,
states, messages, the lock on the figures and the audit trail."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests import factories as f
from tiendo.accounts.workflow import (
    children_states,
    report_approve,
    report_return,
    report_submit,
    report_unlock,
)
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object
from tiendo.results.models import ReportingStatus
from tiendo.results.services import result_update

State = ReportingStatus.State


@pytest.fixture
def q3(world):
    return f.period("2025-Q3")


def test_the_send_back_then_approve_flow_locks_the_figures(world, q3) -> None:
    result = f.make_result(f.make_indicator(), world.commune, "12", period_code=q3)
    editor, approver = world.account("editor", "commune"), world.account("approver", "province")

    assert report_submit(unit=world.commune, period=q3, by=editor).state == State.SUBMITTED
    returned = report_return(unit=world.commune, period=q3, by=approver, reason="Thiếu số liệu thu ngân sách")
    assert (returned.state, returned.reason, returned.changed_by) == (
        State.RETURNED, "Thiếu số liệu thu ngân sách", approver
    )
    report_submit(unit=world.commune, period=q3, by=editor)
    locked = report_approve(unit=world.commune, period=q3, by=approver)
    assert locked.state == State.LOCKED
    result.refresh_from_db()
    with pytest.raises(ValidationError, match="đã được phê duyệt và khóa"):
        result_update(result=result, by=editor, value=Decimal(13))

    actions = list(audit_for_object(locked).values_list("action", "reason"))
    assert actions == [
        (AuditEntry.Action.APPROVE, ""),
        (AuditEntry.Action.SUBMIT, ""),
        (AuditEntry.Action.RETURN, "Thiếu số liệu thu ngân sách"),
        (AuditEntry.Action.SUBMIT, ""),
    ]


@pytest.mark.parametrize(
    ("service", "role", "level", "kwargs"),
    [
        (report_submit, "viewer", "commune", {}),
        (report_submit, "approver", "province", {}),
        (report_submit, "editor", "commune-sibling", {}),
        (report_approve, "approver", "commune", {}),
        (report_approve, "editor", "province", {}),
        (report_return, "approver", "commune", {"reason": "x"}),
        (report_unlock, "admin", "province", {"reason": "x"}),
    ],
)
def test_refused_without_the_right_and_nothing_changes(world, q3, service, role, level, kwargs) -> None:
    sibling = level.endswith("-sibling")
    user = world.account(role, level.removesuffix("-sibling"), sibling=sibling)
    with pytest.raises(PermissionDenied):
        service(unit=world.commune, period=q3, by=user, **kwargs)
    assert not ReportingStatus.objects.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("service", [report_return, report_unlock])
def test_send_back_and_unlock_need_a_written_reason(world, q3, service) -> None:
    approver = world.account("approver", "province")
    report_submit(unit=world.commune, period=q3, by=world.account("editor", "commune"))
    if service is report_unlock:
        report_approve(unit=world.commune, period=q3, by=approver)
    with pytest.raises(ValidationError, match="Phải nêu lý do"):
        service(unit=world.commune, period=q3, by=approver, reason="  ")


def test_an_approval_from_the_wrong_state_is_refused(world, q3) -> None:
    with pytest.raises(ValidationError, match="Đang nhập"):
        report_approve(unit=world.commune, period=q3, by=world.account("approver", "province"))


def test_a_parent_waits_for_its_children_or_an_override_with_a_reason(world) -> None:
    year = f.period("2024")
    district, editor = world.district, world.account("editor", "district")
    approver = world.account("approver", "province")
    for unit in (world.old_a, world.old_b, district):
        report_submit(unit=unit, period=year, by=editor)
    report_approve(unit=world.old_a, period=year, by=world.account("approver", "district"))

    assert [(c.unit, c.state) for c in children_states(district, year)] == [
        (world.old_a, State.LOCKED), (world.old_b, State.SUBMITTED)
    ]
    with pytest.raises(ValidationError, match=r"1 đơn vị trực thuộc chưa được phê duyệt.*Xã Cũ B"):
        report_approve(unit=district, period=year, by=approver)
    status = report_approve(
        unit=district, period=year, by=approver, override_reason="Xã Cũ B nộp chậm, đã kiểm tra"
    )
    assert (status.state, status.reason) == (State.LOCKED, "Xã Cũ B nộp chậm, đã kiểm tra")
    assert audit_for_object(status).first().reason == "Xã Cũ B nộp chậm, đã kiểm tra"


def test_unlock_by_the_locking_level_reopens_the_figures(world, q3) -> None:
    result = f.make_result(f.make_indicator(), world.commune, "12", period_code=q3)
    report_submit(unit=world.commune, period=q3, by=world.account("editor", "commune"))
    report_approve(unit=world.commune, period=q3, by=world.account("approver", "province"))
    status = report_unlock(
        unit=world.commune, period=q3, by=world.account("approver", "province"), reason="Sửa số liệu quý"
    )
    assert status.state == State.OPEN
    result.refresh_from_db()
    updated = result_update(result=result, by=world.account("editor", "commune"), value=Decimal(13),
                            expected_version=result.version)
    assert updated.value == Decimal(13)
