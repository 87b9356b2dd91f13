"""Target and result services: what they write, what they refuse (database unchanged), the audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object
from tiendo.results import services
from tiendo.results.models import ReportingStatus, Result, Target
from tiendo.results.services import Action

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def world(db):
    province = f.make_province()
    city = f.make_district(province, "Thành phố Lạng Sơn")
    return {
        "province": province, "city": city, "revenue": f.make_indicator(),
        "poverty": f.make_poverty_rate(), "user": f.make_user("vanphong"),
    }


def _counts() -> tuple[int, int, int]:
    return Target.objects.count(), Result.objects.count(), AuditEntry.objects.count()


# ---------------------------------------------------------------- targets


def test_target_create_takes_the_indicator_uom_and_audits(world) -> None:
    target = services.target_create(
        indicator=world["revenue"], unit=world["city"], value=D("367.3"),
        period=f.period("2022"), source=Target.Source.BUDGET_ESTIMATE, by=world["user"],
        assigned_by=world["province"],
    )
    assert (target.uom, target.comparator, target.value) == ("tỷ đồng", "ge", D("367.3"))
    entry = audit_for_object(target).get()
    assert (entry.action, entry.actor, entry.changes["value"]) == ("create", world["user"], [None, "367.3"])


def test_term_target_from_the_term_alone(world) -> None:
    term = f.make_term(world["city"], 2020, 2025)
    target = services.target_create(
        indicator=world["poverty"], unit=world["city"], value=D("1.5"), term=term,
        source=Target.Source.RESOLUTION, comparator=Target.Comparator.AT_MOST, by=None,
    )
    assert str(target.period) == "Nhiệm kỳ 2020–2025"
    assert (target.period.kind, target.period.year, target.period.number) == ("term", 2020, 2025)


@pytest.mark.parametrize(
    ("kwargs", "field", "message", "params"),
    [
        (
            {"uom": "triệu đồng"}, "uom", services.MSG_TARGET_UOM,
            {"value": "triệu đồng", "expected": "tỷ đồng", "indicator": "Thu ngân sách nhà nước"},
        ),
        (
            {"period_code": "2022-9M"}, "period", services.MSG_TARGET_PERIOD_KIND,
            {"value": "9 tháng đầu năm 2022"},
        ),
        (
            {"period_code": "2022-Q3"}, "period", services.MSG_TARGET_PERIOD_KIND,
            {"value": "Quý III/2022"},
        ),
        (
            {"period_code": "2020-2025"}, "source", services.MSG_TARGET_SOURCE_YEARLY,
            {"value": "Dự toán cấp trên giao", "period": "Nhiệm kỳ 2020–2025"},
        ),
    ],
)
def test_target_refused_and_nothing_written(world, kwargs, field, message, params) -> None:
    period_code = kwargs.pop("period_code", "2022")
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.target_create(
            indicator=world["revenue"], unit=world["city"], value=D("367.3"),
            period=f.period(period_code), source=Target.Source.BUDGET_ESTIMATE, by=None, **kwargs,
        )
    assert caught.value.message_dict[field] == [message % params]
    assert _counts() == before


def test_uom_compared_without_case_or_spacing(world) -> None:
    target = services.target_create(
        indicator=world["revenue"], unit=world["city"], value=D("1"), uom=" Tỷ  đồng ",
        period=f.period("2022"), source=Target.Source.YEARLY_PLAN, by=None,
    )
    assert target.uom == "Tỷ  đồng"


def test_second_target_of_the_same_source_refused(world) -> None:
    f.make_target(world["revenue"], world["city"], "367.3")
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.target_create(
            indicator=world["revenue"], unit=world["city"], value=D("400"),
            period=f.period("2022"), source=Target.Source.BUDGET_ESTIMATE, by=None,
        )
    assert list(caught.value.message_dict) == ["source"]
    assert _counts() == before


def test_target_update_records_old_and_new(world) -> None:
    target = f.make_target(world["revenue"], world["city"], "367.3")
    updated = services.target_update(target=target, by=world["user"], value=D("370"))
    entry = audit_for_object(updated).first()
    assert entry.action == "update"
    assert entry.changes == {"value": ["367.3", "370"]}
    assert updated.version == 2


def test_target_delete_audited(world) -> None:
    target = f.make_target(world["revenue"], world["city"], "367.3")
    pk = target.pk
    services.target_delete(target=target, by=world["user"])
    assert not Target.objects.filter(pk=pk).exists()
    entry = AuditEntry.objects.get(action="delete")
    assert (entry.object_id, entry.changes["value"]) == (str(pk), ["367.3", None])


# ---------------------------------------------------------------- results


def test_result_create_from_text_keeps_its_evidence(world) -> None:
    sentence = "thu ngân sách nhà nước tính đến ngày 30/9 đạt hơn 404 tỷ đồng"
    result = services.result_create(
        unit=world["city"], indicator=world["revenue"], period=f.period("2022-9M"),
        value=D("404"), provenance=Result.Provenance.TEXT, evidence=sentence,
        evidence_start=1036, evidence_end=1159, by=world["user"],
    )
    assert (result.evidence, result.evidence_start, result.created_by) == (sentence, 1036, world["user"])
    assert audit_for_object(result).get().action == "create"


def test_result_refused_in_a_locked_period_naming_who_and_when(world) -> None:
    approver = f.make_user("pheduyet", first_name="Văn An", last_name="Nguyễn")
    f.make_reporting_status(
        world["city"], "2022-9M", changed_by=approver,
        changed_at=dt.datetime(2022, 10, 5, 8, 30, tzinfo=HANOI),
    )
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.result_create(
            unit=world["city"], indicator=world["revenue"], period=f.period("2022-9M"),
            value=D("404"), by=world["user"],
        )
    assert caught.value.message_dict == {"period": [services.MSG_PERIOD_LOCKED % {
        "value": "9 tháng đầu năm 2022", "unit": "Thành phố Lạng Sơn", "by": "Văn An Nguyễn",
        "at": "08:30 ngày 5/10/2022",
    }]}
    assert "Văn An Nguyễn lúc 08:30 ngày 5/10/2022" in caught.value.message_dict["period"][0]
    assert _counts() == before


def test_locked_result_can_be_neither_changed_nor_deleted(world) -> None:
    result = f.make_result(world["revenue"], world["city"], "404", status=Result.Status.LOCKED)
    f.make_reporting_status(world["city"], "2022-9M")
    with pytest.raises(ValidationError):
        services.result_update(result=result, by=None, value=D("405"))
    with pytest.raises(ValidationError):
        services.result_delete(result=result, by=None)
    result.refresh_from_db()
    assert result.value == D("404")
    assert AuditEntry.objects.count() == 0


@pytest.mark.parametrize(
    ("kwargs", "field", "message", "params"),
    [
        ({"provenance": Result.Provenance.TEXT}, "evidence", services.MSG_EVIDENCE_REQUIRED,
         {"value": "Trích từ văn bản"}),
        ({"evidence_start": 10, "evidence_end": 5}, "evidence_end", services.MSG_EVIDENCE_SPAN,
         {"value": 5, "start": 10}),
        ({"status": Result.Status.LOCKED}, "status", services.MSG_RESULT_STATUS_LOCKED,
         {"value": "Đã khóa"}),
    ],
)
def test_result_refused_and_nothing_written(world, kwargs, field, message, params) -> None:
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.result_create(
            unit=world["city"], indicator=world["revenue"], period=f.period("2022-9M"),
            value=D("404"), by=None, **kwargs,
        )
    assert caught.value.message_dict[field] == [message % params]
    assert _counts() == before


def test_result_for_a_unit_not_valid_in_the_period_refused(world) -> None:
    merged = f.make_commune(world["city"], "Xã Hoàng Đồng", valid_to=dt.date(2019, 12, 31))
    with pytest.raises(ValidationError) as caught:
        services.result_create(
            unit=merged, indicator=world["revenue"], period=f.period("2022-9M"), value=D("1"),
            by=None,
        )
    assert caught.value.message_dict == {"unit": [services.MSG_UNIT_NOT_IN_PERIOD % {
        "value": "Xã Hoàng Đồng", "period": "9 tháng đầu năm 2022"}]}


def test_one_result_per_provenance(world) -> None:
    f.make_result(world["revenue"], world["city"], "404")
    services.result_create(
        unit=world["city"], indicator=world["revenue"], period=f.period("2022-9M"),
        value=D("404.2"), provenance=Result.Provenance.SHEET, by=None,
    )
    with pytest.raises(ValidationError) as caught:
        services.result_create(
            unit=world["city"], indicator=world["revenue"], period=f.period("2022-9M"),
            value=D("405"), by=None,
        )
    assert list(caught.value.message_dict) == ["provenance"]
    assert Result.objects.count() == 2


def test_result_update_records_old_and_new_and_refuses_stale_versions(world) -> None:
    result = f.make_result(world["revenue"], world["city"], "404", estimated=True)
    updated = services.result_update(
        result=result, by=world["user"], expected_version=1, value=D("404.5"), estimated=False
    )
    assert audit_for_object(updated).first().changes == {
        "estimated": [True, False], "value": ["404", "404.5"],
    }
    with pytest.raises(ValidationError) as caught:
        services.result_update(result=result, by=world["user"], expected_version=1, value=D("1"))
    assert list(caught.value.message_dict) == ["version"]


# ---------------------------------------------------------------- reporting status


def test_submit_approve_unlock_moves_the_results(world) -> None:
    period = f.period("2022-9M")
    draft = f.make_result(world["revenue"], world["city"], "404")
    other_unit = f.make_result(world["revenue"], world["province"], "5000")
    status = services.reporting_status_set(
        unit=world["city"], period=period, action=Action.SUBMIT, by=world["user"]
    )
    assert status.state == ReportingStatus.State.SUBMITTED
    draft.refresh_from_db()
    assert draft.status == Result.Status.SUBMITTED

    services.reporting_status_set(unit=world["city"], period=period, action=Action.APPROVE, by=world["user"])
    draft.refresh_from_db()
    other_unit.refresh_from_db()
    assert (draft.status, draft.version, other_unit.status) == ("locked", 3, "draft")

    status = services.reporting_status_set(
        unit=world["city"], period=period, action=Action.UNLOCK, by=world["user"],
        reason="Điều chỉnh số thu",
    )
    draft.refresh_from_db()
    assert (status.state, draft.status) == ("open", "approved")
    entries = AuditEntry.objects.filter(object_id=str(status.pk)).order_by("id")
    assert [(e.action, e.changes["state"], e.changes["results"]) for e in entries] == [
        ("submit", ["open", "submitted"], [1, "submitted"]),
        ("approve", ["submitted", "locked"], [1, "locked"]),
        ("unlock", ["locked", "open"], [1, "approved"]),
    ]


def test_return_needs_a_reason_and_sends_results_back_to_draft(world) -> None:
    period = f.period("2022-9M")
    result = f.make_result(world["revenue"], world["city"], "404")
    services.reporting_status_set(unit=world["city"], period=period, action=Action.SUBMIT, by=None)
    with pytest.raises(ValidationError) as caught:
        services.reporting_status_set(unit=world["city"], period=period, action=Action.RETURN, by=None)
    assert caught.value.message_dict == {"reason": [services.MSG_REASON_REQUIRED % {"value": "Trả lại"}]}
    services.reporting_status_set(
        unit=world["city"], period=period, action=Action.RETURN, by=None, reason="Thiếu số liệu"
    )
    result.refresh_from_db()
    assert result.status == Result.Status.DRAFT


@pytest.mark.parametrize(
    ("state", "action", "shown"),
    [
        (ReportingStatus.State.OPEN, Action.APPROVE, "Đang nhập"),
        (ReportingStatus.State.LOCKED, Action.SUBMIT, "Đã phê duyệt và khóa"),
        (ReportingStatus.State.OPEN, Action.UNLOCK, "Đang nhập"),
    ],
)
def test_transition_not_allowed_from_the_state(world, state, action, shown) -> None:
    f.make_reporting_status(world["city"], "2022-9M", state=state)
    with pytest.raises(ValidationError) as caught:
        services.reporting_status_set(
            unit=world["city"], period=f.period("2022-9M"), action=action, by=None, reason="x"
        )
    assert caught.value.message_dict == {"state": [services.MSG_TRANSITION % {
        "value": shown, "action": AuditEntry.Action(action).label}]}
    assert ReportingStatus.objects.get().state == state
