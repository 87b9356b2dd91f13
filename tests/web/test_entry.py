"""The data-entry grid: who sees it, cells checked as typed, saving through the services,
locked periods refused, bounded queries."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.audit.models import AuditEntry
from tiendo.core.services import MSG_VERSION_CONFLICT
from tiendo.reports.sheets.messages import MSG_NOT_A_NUMBER
from tiendo.results.models import Result, Target
from tiendo.web.entry import MSG_NEEDS_VALUE, MSG_NOTE_TOO_LONG


@pytest.fixture
def editor(world):
    user = f.make_user("bientap-thanhpho", first_name="Lan", last_name="Nguyễn")
    Membership.objects.create(user=user, unit=world["province"], role=Membership.Role.EDITOR)
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _url(world, code: str = "2022-9M") -> str:
    return f"/don-vi/{world['city'].pk}/nhap-lieu/?ky={code}"


def _score(html: str) -> str:
    return re.search(r'id="score"><strong>([^<]*)</strong>', html)[1]


def _cells(world, revenue_value: str = "404", **extra: str) -> dict[str, str]:
    """The grid's form as the browser sends it for the city's only indicator."""
    pk = world["revenue"].pk
    data = {f"r{pk}-plan": "", f"r{pk}-value": revenue_value, f"r{pk}-note": "",
            f"r{pk}-version": "", f"r{pk}-plan_version": ""}
    data.update({k.replace("REV", str(pk)): v for k, v in extra.items()})
    return data


# ---------------------------------------------------------------- who may enter


@pytest.mark.parametrize(("role", "status"), [
    (Membership.Role.VIEWER, 403),
    (Membership.Role.EDITOR, 200),
    (Membership.Role.APPROVER, 403),
    (Membership.Role.ADMIN, 403),
])
def test_only_roles_that_may_edit_open_the_grid(client, world, role, status) -> None:
    user = f.make_user()
    Membership.objects.create(user=user, unit=world["city"], role=role)
    client.force_login(user)
    assert client.get(_url(world)).status_code == status
    dashboard = client.get(f"/don-vi/{world['city'].pk}/?ky=2022-9M").content.decode()
    assert ("/nhap-lieu/?ky=2022-9M" in dashboard) is (status == 200)


def test_a_superuser_without_a_unit_may_enter_figures(client, world) -> None:
    client.force_login(f.make_user("quantri", is_superuser=True))
    html = client.get(_url(world)).content.decode()
    assert 'aria-current="page">Nhập số liệu</a>' in html


def test_a_term_is_not_a_period_to_enter(editor_client, world) -> None:
    html = editor_client.get(_url(world, "2020-2025")).content.decode()
    assert "Mã kỳ không hợp lệ." in html and "9 tháng đầu năm 2022" in html


def test_a_unit_outside_the_account_is_not_found(editor_client, world) -> None:
    assert editor_client.get(f"/don-vi/{world['other'].pk}/nhap-lieu/").status_code == 404


def test_the_viewers_post_is_refused_and_nothing_is_written(city_client, world) -> None:
    response = city_client.post(_url(world), {f"r{world['revenue'].pk}-value": "500"})
    assert response.status_code == 403
    assert Result.objects.count() == 3


# ---------------------------------------------------------------- showing


def test_the_grid_shows_the_stored_figures_the_vietnamese_way(editor_client, world) -> None:
    f.make_target(world["revenue"], world["city"], "5738.9", source=Target.Source.YEARLY_PLAN)
    html = editor_client.get(_url(world)).content.decode()
    pk = world["revenue"].pk
    assert f'name="r{pk}-value" value="404"' in html
    assert f'name="r{pk}-plan" value="5.738,9"' in html
    assert "Kế hoạch năm 2022" in html
    # the budget estimate handed down applies before the unit's own plan
    assert "Chỉ tiêu áp dụng: 367,3 tỷ đồng (Dự toán cấp trên giao)" in html
    assert _score(html) == "1/1 chỉ tiêu đạt"


def test_a_period_nobody_reported_is_offered_without_being_created(editor_client, world) -> None:
    from tiendo.results.models import Period

    before = Period.objects.count()
    html = editor_client.get(_url(world, "2023-M03")).content.decode()
    assert "Tháng 3/2023" in html or "tháng 3 năm 2023" in html.lower()
    assert Period.objects.count() == before


# ---------------------------------------------------------------- checking one cell


@pytest.mark.parametrize(("typed", "expected"), [
    ("5.738,9", "= 5.738,9 tỷ đồng"),
    ("404", "= 404 tỷ đồng"),
    ("-2,5", "= -2,5 tỷ đồng"),
    ("5738.9", str(MSG_NOT_A_NUMBER) % {"value": "5738.9"}),
    ("404 tỷ", str(MSG_NOT_A_NUMBER) % {"value": "404 tỷ"}),
    ("", ""),
])
def test_a_number_cell_is_checked_as_it_is_typed(editor_client, world, typed, expected) -> None:
    pk = world["revenue"].pk
    response = editor_client.get(
        f"/don-vi/{world['city'].pk}/nhap-lieu/kiem-tra/", {f"r{pk}-value": typed},
        HTTP_HX_REQUEST="true",
    )
    assert re.sub(r"<[^>]+>", "", response.content.decode()).strip() == expected


def test_a_long_note_is_refused_in_its_cell(editor_client, world) -> None:
    pk = world["revenue"].pk
    html = editor_client.get(
        f"/don-vi/{world['city'].pk}/nhap-lieu/kiem-tra/", {f"r{pk}-note": "x" * 501}
    ).content.decode()
    assert str(MSG_NOTE_TOO_LONG) % {"length": 501, "max": 500} in html
    assert 'class="cell-error"' in html


# ---------------------------------------------------------------- saving


def test_typing_a_result_creates_it_through_the_service(editor_client, world, editor) -> None:
    poverty = f.make_poverty_rate()
    f.make_target(poverty, world["city"], "3", source=Target.Source.YEARLY_PLAN)
    data = {**_cells(world), f"r{poverty.pk}-value": "2,8", f"r{poverty.pk}-estimated": "x",
            f"r{poverty.pk}-note": "Ước đến 30/9", f"r{poverty.pk}-plan": "3",
            f"r{poverty.pk}-version": "", f"r{poverty.pk}-plan_version": ""}
    before = _score(editor_client.get(_url(world)).content.decode())
    response = editor_client.post(_url(world), data, follow=True)
    html = response.content.decode()
    assert "Đã lưu 1 số liệu." in html
    result = Result.objects.get(indicator=poverty, unit=world["city"])
    assert (result.value, result.estimated, result.note, result.provenance, result.created_by) == (
        Decimal("2.8"), True, "Ước đến 30/9", Result.Provenance.MANUAL, editor
    )
    assert AuditEntry.objects.filter(action=AuditEntry.Action.CREATE, actor=editor).count() == 1
    assert (before, _score(html)) == ("1/2 chỉ tiêu đạt", "2/2 chỉ tiêu đạt")


def test_changing_a_value_and_a_plan_updates_them(editor_client, world) -> None:
    pk = world["revenue"].pk
    result = Result.objects.get(indicator=world["revenue"], unit=world["city"], period__year=2022,
                                period__kind="ytd")
    data = _cells(world, "5.738,9", **{"rREV-version": str(result.version), "rREV-plan": "6.000"})
    editor_client.post(_url(world), data)
    result.refresh_from_db()
    plan = Target.objects.get(unit=world["city"], indicator=world["revenue"],
                              source=Target.Source.YEARLY_PLAN)
    assert (result.value, result.version, plan.value, plan.period.kind) == (
        Decimal("5738.9"), 2, Decimal("6000"), "year"
    )
    assert f'name="r{pk}-value" value="5.738,9"' in editor_client.get(_url(world)).content.decode()


def test_nothing_changed_writes_nothing(editor_client, world) -> None:
    result = Result.objects.get(indicator=world["revenue"], unit=world["city"], period__kind="ytd",
                                period__year=2022)
    response = editor_client.post(_url(world), _cells(world, **{"rREV-version": str(result.version)}),
                                  follow=True)
    assert "Không có gì thay đổi." in response.content.decode()
    assert AuditEntry.objects.count() == 0


def test_clearing_a_typed_value_deletes_it(editor_client, world) -> None:
    result = Result.objects.get(indicator=world["revenue"], unit=world["city"], period__kind="ytd",
                                period__year=2022)
    editor_client.post(_url(world), _cells(world, "", **{"rREV-version": str(result.version)}))
    assert not Result.objects.filter(pk=result.pk).exists()


def test_rows_left_out_of_the_form_are_left_alone(editor_client, world) -> None:
    poverty = f.make_poverty_rate()
    kept = f.make_result(poverty, world["city"], "3.4")
    editor_client.post(_url(world), _cells(world, "410"))
    assert Result.objects.filter(pk=kept.pk, value=Decimal("3.4")).exists()
    assert Result.objects.filter(indicator=world["revenue"], value=Decimal("410")).exists()


def test_bad_cells_are_named_and_nothing_is_written(editor_client, world) -> None:
    poverty = f.make_poverty_rate()
    data = {**_cells(world, "4,04,1"), f"r{poverty.pk}-value": "3", f"r{poverty.pk}-note": "",
            f"r{poverty.pk}-plan": "", f"r{poverty.pk}-version": "", f"r{poverty.pk}-plan_version": "",
            f"r{poverty.pk}-estimated": ""}
    response = editor_client.post(_url(world), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Có 1 ô chưa đúng; chưa lưu số liệu nào." in html
    assert str(MSG_NOT_A_NUMBER) % {"value": "4,04,1"} in html
    assert 'value="4,04,1"' in html and 'aria-invalid="true"' in html
    assert not Result.objects.filter(indicator=poverty).exists()


def test_a_note_without_a_value_is_refused(editor_client, world) -> None:
    poverty = f.make_poverty_rate()
    data = {**_cells(world), f"r{poverty.pk}-note": "chưa có số"}
    html = editor_client.post(_url(world), data).content.decode()
    assert str(MSG_NEEDS_VALUE) in html


def test_a_row_changed_by_someone_else_meanwhile_is_refused(editor_client, world) -> None:
    result = Result.objects.get(indicator=world["revenue"], unit=world["city"], period__kind="ytd",
                                period__year=2022)
    shown = result.version
    Result.objects.filter(pk=result.pk).update(version=shown + 1, value=Decimal("410"))
    response = editor_client.post(_url(world), _cells(world, "420", **{"rREV-version": str(shown)}))
    assert str(MSG_VERSION_CONFLICT) % {"value": shown, "current": shown + 1} in response.content.decode()
    result.refresh_from_db()
    assert result.value == Decimal("410")


def test_a_locked_period_is_refused_naming_who_locked_it_and_when(editor_client, world) -> None:
    approver = f.make_user("pheduyet", first_name="Hùng", last_name="Trần")
    moment = timezone.make_aware(dt.datetime(2022, 10, 5, 9, 30))
    f.make_reporting_status(world["city"], "2022-9M", changed_by=approver, changed_at=moment)
    message = (
        "Kỳ 9 tháng đầu năm 2022 của Thành phố Lạng Sơn đã được phê duyệt và khóa bởi "
        "Hùng Trần lúc 09:30 ngày 5/10/2022; cần mở khóa trước khi thay đổi số liệu."
    )
    html = editor_client.get(_url(world)).content.decode()
    assert message in html and "<fieldset disabled>" in html
    response = editor_client.post(_url(world), _cells(world, "999"))
    assert response.status_code == 400 and message in response.content.decode()
    assert not Result.objects.filter(value=Decimal("999")).exists()


# ---------------------------------------------------------------- queries


def _add_indicators(world, count: int) -> None:
    for n in range(count):
        indicator = f.make_indicator(f"Chỉ tiêu {n}", uom="tỷ đồng", sort_order=10 + n)
        f.make_target(indicator, world["city"], "100", period_code="2022", source=Target.Source.YEARLY_PLAN)
        f.make_result(indicator, world["city"], "80", period_code="2022-9M")


@pytest.mark.parametrize("count", [2, 40])
def test_the_grid_runs_a_bounded_number_of_queries(editor_client, world, count,
                                                     django_assert_max_num_queries) -> None:
    _add_indicators(world, count)
    with django_assert_max_num_queries(14):
        assert editor_client.get(_url(world)).status_code == 200
    unchanged = {}
    for result in Result.objects.filter(period__kind="ytd", period__year=2022):
        pk = result.indicator_id
        plan = "" if pk == world["revenue"].pk else "100"
        unchanged.update({f"r{pk}-value": str(result.value).replace(".", ","), f"r{pk}-plan": plan})
    with django_assert_max_num_queries(14):
        assert editor_client.post(_url(world), unchanged).status_code == 302
    assert "Không có gì thay đổi." in editor_client.get(_url(world)).content.decode()
