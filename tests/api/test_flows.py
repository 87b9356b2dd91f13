"""Conflict (409), locked period (423), send back and unlock, each through the API, on the
accounts world: a commune editor enters and submits, the province approver sends back with
a reason, approves (locks), and unlocks with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests import factories as f
from tests.api.conftest import CODE, token_client
from tiendo.audit.models import AuditEntry
from tiendo.results.models import ReportingStatus, Result
from tiendo.results.services import result_update

State = ReportingStatus.State
JSON = "application/json"


@pytest.fixture
def people(api_world):
    world = api_world.world
    return {
        "editor": token_client(world.account("editor", "commune")),
        "approver": token_client(world.account("approver", "province")),
        "result": api_world.of(world.commune).result,
        "commune": world.commune,
        "world": api_world,
    }


def _report(client, unit, action: str, body: dict | None = None):
    return client.post(f"/api/units/{unit.pk}/reports/{CODE}/{action}", body or {}, content_type=JSON)


def _patch_result(client, result, version: int, value: str):
    return client.patch(f"/api/results/{result.pk}", {"version": version, "value": value}, content_type=JSON)


def test_an_update_on_a_stale_version_is_refused_with_the_current_value(people) -> None:
    editor, result = people["editor"], people["result"]
    read = editor.get(f"/api/results/{result.pk}").json()
    first = _patch_result(editor, result, read["version"], "410")
    assert first.status_code == 200 and first.json()["version"] == read["version"] + 1

    stale = _patch_result(editor, result, read["version"], "999")
    body = stale.json()
    assert stale.status_code == 409
    assert body["code"] == "version_conflict"
    assert "Dữ liệu đã được sửa trong lúc bạn làm việc" in body["message"]
    assert body["current"]["value"] == "410.000000" and body["current"]["version"] == read["version"] + 1
    assert editor.get(f"/api/results/{result.pk}").json()["value"] == "410.000000"


def test_submit_send_back_with_a_reason_then_approve_locks_the_period(people) -> None:
    editor, approver, result, commune = people["editor"], people["approver"], people["result"], people["commune"]
    assert _report(editor, commune, "submit").json()["state"] == State.SUBMITTED
    # Submitted: the editor waits (409), the approver may approve or send back.
    assert _patch_result(editor, result, 1, "1").status_code == 409
    assert set(approver.get(f"/api/units/{commune.pk}/reports/{CODE}").json()["actions"]) == {"approve", "return"}

    no_reason = _report(approver, commune, "return", {"reason": ""})
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["fields"]
    back = _report(approver, commune, "return", {"reason": "Thiếu số liệu thu ngân sách"})
    assert back.status_code == 200
    assert (back.json()["state"], back.json()["reason"]) == (State.RETURNED, "Thiếu số liệu thu ngân sách")

    # Submitting and sending back moved the result's status, and its version with it.
    version = editor.get(f"/api/results/{result.pk}").json()["version"]
    assert version == 3
    assert _patch_result(editor, result, version, "420").status_code == 200
    assert _report(editor, commune, "submit").status_code == 200
    approved = _report(approver, commune, "approve")
    assert approved.status_code == 200 and approved.json()["state"] == State.LOCKED
    assert editor.get(f"/api/results/{result.pk}").json()["status"] == "locked"


def test_a_locked_period_refuses_changes_saying_who_locked_it_and_when(people) -> None:
    editor, approver, result, commune = people["editor"], people["approver"], people["result"], people["commune"]
    _report(editor, commune, "submit")
    _report(approver, commune, "approve")
    version = editor.get(f"/api/results/{result.pk}").json()["version"]

    for response in (
        _patch_result(editor, result, version, "1"),
        editor.delete(f"/api/results/{result.pk}"),
        editor.post("/api/shortcomings", {"unit": commune.pk, "period": CODE, "text": "Chậm"}, content_type=JSON),
    ):
        body = response.json()
        assert response.status_code == 423, body
        assert body["code"] == "period_locked"
        assert body["locked_by"] == "approver-province" and body["locked_at"]
        assert "khóa" in body["message"]
    # The same refusal for an account that may do anything: the lock is not a role question.
    root = token_client(f.make_user("goc", is_superuser=True))
    assert _patch_result(root, result, version, "1").status_code == 423


def test_unlock_needs_a_reason_then_the_period_is_open_again_and_audited(people) -> None:
    editor, approver, result, commune = people["editor"], people["approver"], people["result"], people["commune"]
    _report(editor, commune, "submit")
    _report(approver, commune, "approve")
    assert _report(editor, commune, "unlock", {"reason": "Sửa số"}).status_code == 403
    assert _report(approver, commune, "unlock", {"reason": ""}).status_code == 422
    opened = _report(approver, commune, "unlock", {"reason": "Sửa số liệu sai của quý III"})
    assert opened.status_code == 200 and opened.json()["state"] == State.OPEN

    version = editor.get(f"/api/results/{result.pk}").json()["version"]
    assert _patch_result(editor, result, version, "430").status_code == 200
    entries = editor.get(f"/api/audit?unit={commune.pk}&action=unlock").json()["items"]
    assert [(e["action"], e["reason"], e["actor"]) for e in entries] == [
        ("unlock", "Sửa số liệu sai của quý III", "approver-province")
    ]


def test_changes_through_the_api_are_audited_as_such(people) -> None:
    editor, result = people["editor"], people["result"]
    version = editor.get(f"/api/results/{result.pk}").json()["version"]
    assert _patch_result(editor, result, version, "415").status_code == 200
    entry = AuditEntry.objects.filter(object_id=str(result.pk), action=AuditEntry.Action.UPDATE).latest("pk")
    assert entry.source == AuditEntry.Source.API
    result_update(result=Result.objects.get(pk=result.pk), value=Decimal("416"), by=None)
    assert AuditEntry.objects.latest("pk").source == AuditEntry.Source.SERVICE


def test_an_action_the_state_does_not_allow_is_a_conflict(people) -> None:
    response = _report(people["approver"], people["commune"], "approve")
    assert response.status_code == 409 and response.json()["code"] == "invalid_state"


def test_a_parent_is_approved_only_with_its_children_or_a_reason(api_world) -> None:
    world = api_world.world
    district, approver = world.district, token_client(world.account("approver", "province"))
    token_client(world.account("editor", "district")).post(
        f"/api/units/{district.pk}/reports/{CODE}/submit", content_type=JSON
    )
    pending = _report(approver, district, "approve")
    assert pending.status_code == 422 and "reason" in pending.json()["fields"]
    assert "Xã Cũ A" in pending.json()["message"]
    forced = _report(approver, district, "approve", {"override_reason": "Hai xã đã sáp nhập, số liệu ở xã mới"})
    assert forced.status_code == 200 and forced.json()["state"] == State.LOCKED
