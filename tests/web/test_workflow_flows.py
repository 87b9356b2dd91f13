"""Submit, send back with a reason, approve, unlock through the web pages; the panel on the
dashboard; conflicts; the audit pages (read-only, paginated, filtered, limited to the subtree)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from tests.accounts.world import build_world
from tiendo.accounts.models import Membership
from tiendo.audit.models import AuditEntry
from tiendo.results.models import ReportingStatus
from tiendo.results.services import result_create, result_update

State = ReportingStatus.State
CODE = "2025-Q3"


@pytest.fixture
def world(db):
    return build_world()


def _act(client, unit, action: str, reason: str | None = None):
    data = {"ly-do": reason} if reason is not None else {}
    return client.post(f"/don-vi/{unit.pk}/bao-cao/{CODE}/{action}/", data)


def _dashboard(client, unit) -> str:
    return client.get(f"/don-vi/{unit.pk}/?ky={CODE}").content.decode()


def _state(unit) -> str:
    return ReportingStatus.objects.get(unit=unit, period=f.period(CODE)).state


def test_send_back_then_approve_then_locked(client, world) -> None:
    commune = world.commune
    result = f.make_result(f.make_indicator(), commune, "12", period_code=CODE)
    editor, approver = world.account("editor", "commune"), world.account("approver", "province")

    client.force_login(editor)
    assert "Gửi duyệt</button>" in _dashboard(client, commune)
    response = _act(client, commune, "gui-duyet")
    assert (response.status_code, response["Location"]) == (302, f"/don-vi/{commune.pk}/?ky={CODE}")
    assert _state(commune) == State.SUBMITTED
    assert "Gửi duyệt</button>" not in _dashboard(client, commune)

    client.force_login(approver)
    html = _dashboard(client, commune)
    assert "Phê duyệt và khóa</button>" in html and "tra-lai/" in html
    form = client.get(f"/don-vi/{commune.pk}/bao-cao/{CODE}/tra-lai/")
    assert form.status_code == 200 and 'name="ly-do"' in form.content.decode()
    refused = _act(client, commune, "tra-lai", "")
    assert refused.status_code == 400 and "Phải nêu lý do" in refused.content.decode()
    assert _act(client, commune, "tra-lai", "Thiếu số liệu thu ngân sách").status_code == 302

    client.force_login(editor)
    html = _dashboard(client, commune)
    assert "Bị trả lại" in html and "Thiếu số liệu thu ngân sách" in html
    assert _act(client, commune, "gui-duyet").status_code == 302

    client.force_login(approver)
    assert _act(client, commune, "phe-duyet").status_code == 302
    assert _state(commune) == State.LOCKED
    assert "Đã phê duyệt và khóa" in _dashboard(client, commune)
    result.refresh_from_db()
    for user in (editor, approver):
        with pytest.raises(ValidationError, match="cần mở khóa"):
            result_update(result=result, by=user, value=Decimal(13))

    assert _act(client, commune, "mo-khoa", "Sửa số liệu quý III").status_code == 302
    client.force_login(editor)
    html = _dashboard(client, commune)
    assert "Lý do mở khóa" in html and "Sửa số liệu quý III" in html
    trail = client.get(f"/don-vi/{commune.pk}/nhat-ky/").content.decode()
    assert "số kết quả chuyển sang “Đã khóa”: 1" in trail and "results" not in trail
    result.refresh_from_db()
    assert result_update(result=result, by=editor, value=Decimal(13)).value == Decimal(13)


def test_an_account_without_the_right_gets_403_with_the_rule(client, world) -> None:
    client.force_login(world.account("approver", "commune"))
    f.make_reporting_status(world.commune, CODE, state=State.SUBMITTED)
    response = _act(client, world.commune, "phe-duyet")
    assert response.status_code == 403
    assert _state(world.commune) == State.SUBMITTED


def test_a_parent_is_approved_over_pending_children_only_with_a_reason(client, world) -> None:
    year = "2024"
    f.make_reporting_status(world.district, year, state=State.SUBMITTED)
    f.make_reporting_status(world.old_a, year, state=State.LOCKED)
    client.force_login(world.account("approver", "province"))
    html = client.get(f"/don-vi/{world.district.pk}/?ky={year}").content.decode()
    assert "Xã Cũ A" in html and "Xã Cũ B" in html  # the children's states for the approver
    url = f"/don-vi/{world.district.pk}/bao-cao/{year}/phe-duyet/"
    refused = client.post(url, {})
    assert refused.status_code == 400
    assert "1 đơn vị trực thuộc chưa được phê duyệt" in refused.content.decode()
    assert client.post(url, {"ly-do": "Xã Cũ B đã sáp nhập, số liệu nằm ở xã mới"}).status_code == 302
    status = ReportingStatus.objects.get(unit=world.district, period=f.period(year))
    assert (status.state, status.reason) == (State.LOCKED, "Xã Cũ B đã sáp nhập, số liệu nằm ở xã mới")


def test_a_stale_edit_is_refused_showing_the_current_value(world) -> None:
    editor = world.account("editor", "commune")
    result = result_create(unit=world.commune, indicator=f.make_indicator(), period=f.period(CODE),
                           value=Decimal(12), by=editor)
    seen = result.version
    result_update(result=result, by=editor, value=Decimal(14), expected_version=seen)
    with pytest.raises(ValidationError) as conflict:
        result_update(result=result, by=editor, value=Decimal(15), expected_version=seen)
    assert conflict.value.message_dict["version"] == [
        "Dữ liệu đã được sửa trong lúc bạn làm việc: bạn sửa trên phiên bản 1, phiên bản hiện tại là 2. "
        "Hãy tải lại rồi sửa lại.",
        "Giá trị hiện tại: giá trị “14”.",
    ]
    result.refresh_from_db()
    assert result.value == Decimal(14)


def test_the_unit_audit_page_lists_the_subtree_only_with_filters_and_pages(client, world) -> None:
    editor = world.account("editor", "district")
    indicator = f.make_indicator()
    for unit in (world.old_a, world.district):
        result_create(unit=unit, indicator=indicator, period=f.period("2024"), value=Decimal(1), by=editor)
    result_create(unit=world.sibling_district, indicator=indicator, period=f.period("2024"),
                  value=Decimal(1), by=world.account("editor", "province"))
    client.force_login(world.account("viewer", "district"))
    html = client.get(f"/don-vi/{world.district.pk}/nhat-ky/").content.decode()
    assert html.count("<tr>") == 1 + 2 and "Huyện Văn Quan" not in html
    assert "Xã Cũ A" in html
    filtered = client.get(f"/don-vi/{world.district.pk}/nhat-ky/?thao-tac=delete").content.decode()
    assert "Chưa có thay đổi nào" in filtered
    assert client.get(f"/don-vi/{world.sibling_district.pk}/nhat-ky/").status_code == 404

    entry = AuditEntry.objects.filter(unit_id=world.old_a.pk).get()
    url = f"/don-vi/{world.district.pk}/nhat-ky/{entry.content_type_id}/{entry.object_id}/"
    page = client.get(url)
    assert page.status_code == 200 and "Tạo mới" in page.content.decode()
    other = AuditEntry.objects.filter(unit_id=world.sibling_district.pk).get()
    url = f"/don-vi/{world.district.pk}/nhat-ky/{other.content_type_id}/{other.object_id}/"
    assert client.get(url).status_code == 404
    for method in (client.post, client.put, client.delete):
        assert method(url).status_code in (404, 405)


def test_the_audit_page_runs_a_fixed_number_of_queries(client, world, django_assert_max_num_queries) -> None:
    editor = world.account("editor", "district")
    indicators = [f.make_indicator(code=f"ct-{i}") for i in range(60)]
    for indicator in indicators:
        result_create(unit=world.old_a, indicator=indicator, period=f.period("2024"), value=Decimal(1), by=editor)
    client.force_login(world.account("viewer", "district"))
    with django_assert_max_num_queries(14):
        page = client.get(f"/don-vi/{world.district.pk}/nhat-ky/?trang=2")
    assert page.status_code == 200 and "Trang 2/2" in page.content.decode()


def test_two_approvers_acting_on_the_same_report_the_second_is_told_what_happened(client, world) -> None:
    """Both opened the submitted report; one approves, the other then sends it back from
    the page they still have open: refused, with the state it is in now."""
    f.make_reporting_status(world.commune, CODE, state=State.SUBMITTED)
    other = _second_approver(world)
    client.force_login(world.account("approver", "province"))
    assert _act(client, world.commune, "phe-duyet").status_code == 302
    client.force_login(other)
    late = _act(client, world.commune, "tra-lai", "Thiếu số liệu")
    assert late.status_code == 400
    assert "Không thể “Trả lại” khi báo cáo đang ở trạng thái “Đã phê duyệt và khóa”" in late.content.decode()
    assert _state(world.commune) == State.LOCKED


def _second_approver(world):
    user = f.make_user("duyet-2")
    Membership.objects.create(user=user, unit=world.province, role=Membership.Role.APPROVER)
    return user
