"""Every admin page opens; list pages cost a fixed number of queries; admin edits are audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.admin.conftest import build_world, form_data
from tests.factories import (
    make_indicator,
    make_poverty_rate,
    make_province,
    make_result,
    make_target,
    make_unit,
)
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object
from tiendo.core.services import MSG_VERSION_CONFLICT
from tiendo.results.admin import show_value
from tiendo.results.models import Result, Target
from tiendo.results.selectors import judge_result, results_judged_rows
from tiendo.units.models import Succession
from tiendo.work.models import KeyTask, ProgressNote
from tiendo.work.services import MSG_COMPLETED_ON_WITHOUT_DONE

pytestmark = pytest.mark.django_db

REGISTRY = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)
MODELS = [model for model, _admin in REGISTRY]
LABELS = [model._meta.label for model in MODELS]


def url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_tiendo_model_has_an_admin_page_or_inline() -> None:
    ours = {m._meta.label for m in apps.get_models() if m.__module__.startswith("tiendo.")}
    inlines = {inline.model._meta.label for _m, a in REGISTRY for inline in a.inlines}
    assert ours - set(LABELS) - inlines == set()


@pytest.mark.parametrize("model", MODELS, ids=LABELS)
def test_changelist_add_and_change_pages_open(admin_client, admin_user, world, model) -> None:
    model_admin = admin.site._registry[model]
    request = RequestFactory().get("/")
    request.user = admin_user
    # the list, with and without a search
    assert admin_client.get(url(model, "changelist")).status_code == 200
    if model_admin.search_fields:
        assert admin_client.get(url(model, "changelist"), {"q": "bac son"}).status_code == 200
    # the add page, where adding is allowed at all
    expected_add = 200 if model_admin.has_add_permission(request) else 403
    assert admin_client.get(url(model, "add")).status_code == expected_add
    # the change page of the first object, and its audit trail for the audited models
    obj = model._default_manager.first()
    assert obj is not None, f"the test world has no {model._meta.label}"
    assert admin_client.get(url(model, "change", obj.pk)).status_code == 200
    if model.__module__.startswith("tiendo.") and model is not AuditEntry:
        assert admin_client.get(url(model, "audit", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=LABELS)
def test_changelist_queries_do_not_grow_with_rows(admin_client, db, model) -> None:
    # given one world, and the page loaded once (sessions, content types cached)
    build_world(1)
    page = url(model, "changelist")
    admin_client.get(page)
    with CaptureQueriesContext(connection) as one_world:
        first = admin_client.get(page)
    # when there are four times as many rows
    for i in range(2, 5):
        build_world(i)
    with CaptureQueriesContext(connection) as four_worlds:
        second = admin_client.get(page)
    # then the page shows them for the same number of queries
    assert second.status_code == first.status_code == 200
    assert len(second.context["cl"].result_list) > len(first.context["cl"].result_list)
    assert len(four_worlds) == len(one_world), [q["sql"] for q in four_worlds.captured_queries]


def test_admin_edit_is_audited_with_old_and_new_values(admin_client, admin_user, world) -> None:
    task = world.task
    page = url(KeyTask, "change", task.pk)
    data = form_data(admin_client.get(page))
    # when the deadline and status are changed through the admin
    data.update({"deadline": "2024-03-31", "status": KeyTask.Status.IN_PROGRESS})
    response = admin_client.post(page, data)
    # then the task is saved with a new version and one entry records old → new
    assert response.status_code == 302, response.context["adminform"].form.errors
    task.refresh_from_db()
    assert (task.deadline, task.status, task.version) == (dt.date(2024, 3, 31), "in_progress", 2)
    entry = audit_for_object(task).get()
    assert (entry.action, entry.source, entry.actor, entry.unit_id) == (
        "update",
        "admin",
        admin_user,
        world.district.pk,
    )
    assert entry.changes == {
        "deadline": ["2023-12-31", "2024-03-31"],
        "status": ["not_started", "in_progress"],
    }


def test_admin_add_with_inline_and_many_to_many_is_audited(admin_client, admin_user, world) -> None:
    page = url(KeyTask, "change", world.task.pk)
    data = form_data(admin_client.get(page))
    # a new progress note in the inline, and another coordinating unit
    data.update(
        {
            "notes-TOTAL_FORMS": "2",
            "notes-1-date": "2023-11-20",
            "notes-1-text": "Đạt 80%",
            "notes-1-percent": "80",
            "notes-1-task": str(world.task.pk),
            "coordinating_units": [str(world.province.pk), str(world.district.pk)],
        }
    )
    response = admin_client.post(page, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    note = ProgressNote.objects.get(text="Đạt 80%")
    assert note.by == admin_user
    note_entry = audit_for_object(note).get()
    assert (note_entry.action, note_entry.unit_id, note_entry.changes["percent"]) == (
        "create",
        world.district.pk,
        [None, 80],
    )
    task_entry = audit_for_object(world.task).get()
    assert task_entry.changes == {
        "coordinating_units": [[world.province.pk], sorted([world.province.pk, world.district.pk])]
    }


def test_admin_form_runs_the_domain_check(admin_client, world) -> None:
    page = url(KeyTask, "change", world.task.pk)
    data = form_data(admin_client.get(page))
    data.update({"completed_on": "2023-11-01", "status": KeyTask.Status.IN_PROGRESS})
    before = AuditEntry.objects.count()
    response = admin_client.post(page, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["completed_on"] == [MSG_COMPLETED_ON_WITHOUT_DONE % {"value": "1/11/2023"}]
    world.task.refresh_from_db()
    assert (world.task.status, world.task.version, AuditEntry.objects.count()) == (
        "not_started",
        1,
        before,
    )


def test_admin_refuses_to_save_over_a_newer_version(admin_client, world) -> None:
    page = url(KeyTask, "change", world.task.pk)
    data = form_data(admin_client.get(page))
    # someone else saves in between
    KeyTask.objects.filter(pk=world.task.pk).update(version=2, title="Đã sửa ở nơi khác")
    data["title"] = "Bản cũ"
    response = admin_client.post(page, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        MSG_VERSION_CONFLICT % {"value": "1", "current": 2}
    ]
    world.task.refresh_from_db()
    assert world.task.title == "Đã sửa ở nơi khác"


def test_admin_delete_is_audited(admin_client, admin_user, world) -> None:
    shortcoming = world.shortcoming
    response = admin_client.post(url(type(shortcoming), "delete", shortcoming.pk), {"post": "yes"})
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="delete", object_id=str(shortcoming.pk))
    assert (entry.source, entry.actor, entry.changes["text"]) == (
        "admin",
        admin_user,
        ["Hạn chế 1", None],
    )


def test_audit_entry_admin_is_read_only_even_for_superusers(
    admin_client, admin_user, world
) -> None:
    entry = AuditEntry.objects.first()
    model_admin = admin.site._registry[AuditEntry]
    request = RequestFactory().get("/")
    request.user = admin_user
    assert (
        model_admin.has_add_permission(request),
        model_admin.has_change_permission(request, entry),
        model_admin.has_delete_permission(request, entry),
    ) == (False, False, False)
    assert admin_client.get(url(AuditEntry, "add")).status_code == 403
    assert (
        admin_client.post(url(AuditEntry, "change", entry.pk), {"reason": "sửa"}).status_code == 403
    )
    assert (
        admin_client.post(url(AuditEntry, "delete", entry.pk), {"post": "yes"}).status_code == 403
    )
    listing = admin_client.get(url(AuditEntry, "changelist"))
    assert "delete_selected" not in listing.context["cl"].model_admin.get_actions(request)
    entry.refresh_from_db()
    assert AuditEntry.objects.filter(pk=entry.pk, reason="").exists()


def test_per_object_audit_view_lists_the_entries(admin_client, world) -> None:
    task = world.task
    page = url(KeyTask, "change", task.pk)
    data = form_data(admin_client.get(page))
    data.update({"deadline": "2024-03-31"})
    admin_client.post(page, data)
    # the change page links to the trail
    assert url(KeyTask, "audit", task.pk) in admin_client.get(page).content.decode()
    # and the trail names who, what and old → new, with labels and dates as people write them
    response = admin_client.get(url(KeyTask, "audit", task.pk))
    html = response.content.decode()
    rows = response.context["rows"]
    assert [(r.entry.action, r.entry.actor.username) for r in rows] == [("update", "admin")]
    assert [(c.label, c.old, c.new) for c in rows[0].changes] == [
        ("hạn hoàn thành", "31/12/2023", "31/3/2024")
    ]
    assert "31/12/2023 → 31/3/2024" in html
    assert "Trang quản trị" in html


def test_audit_view_shows_names_for_related_ids(admin_client, world) -> None:
    page = url(KeyTask, "change", world.task.pk)
    data = form_data(admin_client.get(page))
    data.update({"lead_unit": str(world.district.pk)})
    admin_client.post(page, data)
    rows = admin_client.get(url(KeyTask, "audit", world.task.pk)).context["rows"]
    assert [(c.label, c.old, c.new) for c in rows[0].changes] == [
        ("đơn vị chủ trì", "Xã Cũ 1", "Huyện Bắc Sơn 1")
    ]


def test_unit_list_filters_by_validity_date(admin_client, world) -> None:
    page = url(type(world.old), "changelist")

    def names(day: str) -> set[str]:
        return {u.name for u in admin_client.get(page, {"valid_on": day}).context["cl"].result_list}

    assert {"Xã Cũ 1"} <= names("2025-06-30")
    assert "Xã Mới 1" not in names("2025-06-30")
    assert {"Xã Mới 1"} <= names("2025-07-01")
    assert "Xã Cũ 1" not in names("2025-07-01")
    assert admin_client.get(page, {"valid_on": "ngày mai"}).status_code == 302


def test_search_ignores_marks(admin_client, world) -> None:
    found = admin_client.get(url(KeyTask, "changelist"), {"q": "nhiem vu trong tam"})
    assert [t.pk for t in found.context["cl"].result_list] == [world.task.pk]


# ---------------------------------------------------------------- results: computed columns


def test_result_list_shows_value_and_computed_columns(admin_client, world) -> None:
    response = admin_client.get(
        url(Result, "changelist"), {"period__id__exact": world.result.period_id}
    )
    html = response.content.decode()
    row = next(r for r in response.context["cl"].result_list if r.pk == world.result.pk)
    model_admin = admin.site._registry[Result]
    shown = (
        model_admin.shown_value(row),
        model_admin.plan_percent(row),
        model_admin.last_year_percent(row),
        model_admin.judgement_label(row),
    )
    assert shown == ("440 tỷ đồng", "110,0%", "+22,0%", "Vượt")
    for text in ("% kế hoạch", "So với cùng kỳ", "Đánh giá", "440 tỷ đồng", "110,0%", "+22,0%"):
        assert text in html


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        # 9 months against the year's estimate: short of it is still in progress
        (
            lambda i, u: (
                make_target(i, u, 400, period_code="2022"),
                make_result(i, u, 300, period_code="2022-9M"),
                make_result(i, u, 250, period_code="2021-9M"),
            )[1],
            ("75,0%", "+20,0%", "Đang thực hiện"),
        ),
        # a whole year short of its plan
        (
            lambda i, u: (
                make_target(i, u, 400, period_code="2022", source=Target.Source.YEARLY_PLAN),
                make_result(i, u, 380, period_code="2022"),
            )[1],
            ("95,0%", "—", "Chưa đạt"),
        ),
        # the year judged against the term's target when it has none of its own
        (
            lambda i, u: (
                make_target(i, u, 500, period_code="2020-2025", source=Target.Source.RESOLUTION),
                make_result(i, u, 400, period_code="2022"),
            )[1],
            ("80,0%", "—", "Đang thực hiện"),
        ),
        # a term result against that term's target
        (
            lambda i, u: (
                make_target(i, u, 500, period_code="2020-2025", source=Target.Source.RESOLUTION),
                make_result(i, u, 520, period_code="2020-2025"),
                make_result(i, u, 400, period_code="2015-2020"),
            )[1],
            ("104,0%", "+30,0%", "Vượt"),
        ),
    ],
    ids=["9 months", "year short", "year on a term target", "term"],
)
def test_result_columns_agree_with_judge_result(db, setup, expected) -> None:
    indicator = make_indicator()
    result = setup(indicator, make_province())
    row = Result.objects.select_related("indicator", "period").get(pk=result.pk)
    row.judged = results_judged_rows([row])[row.pk]
    model_admin = admin.site._registry[Result]
    shown = (
        model_admin.plan_percent(row),
        model_admin.last_year_percent(row),
        model_admin.judgement_label(row),
    )
    assert shown == expected
    # the same figures as the selector that judges one result at a time
    one = judge_result(result)
    assert row.judged.pct_of_plan == one.pct_of_plan
    assert row.judged.status == one.status
    if one.last_value is not None:
        assert row.judged.pct_of_last == (Decimal(100) + one.yoy_pct).quantize(row.judged.pct_of_last)


def test_result_columns_for_a_lower_is_better_indicator(db) -> None:
    # poverty rate 4,2% against a ceiling of 4,5%: met, and no "% kế hoạch" for a ceiling
    indicator, unit = make_poverty_rate(), make_province()
    make_target(indicator, unit, "4.5", period_code="2022")
    result = make_result(indicator, unit, "4.2", period_code="2022")
    row = Result.objects.select_related("indicator", "period").get(pk=result.pk)
    row.judged = results_judged_rows([row])[row.pk]
    model_admin = admin.site._registry[Result]
    assert (
        show_value(row.value, indicator.uom),
        model_admin.plan_percent(row),
        model_admin.judgement_label(row),
    ) == ("4,2%", "—", "Đạt")
    assert judge_result(result).status == row.judged.status


# ---------------------------------------------------------------- units: lineage through the service


def _succession_form(world, other) -> dict[str, str]:
    return {
        "predecessor": str(other.pk), "successor": str(world.new.pk), "kind": "merge",
        "date": "2025-07-01", "share": "1", "note": "",
    }


def test_admin_add_succession_goes_through_the_service(admin_client, admin_user, world) -> None:
    # given a commune still valid, merged into Xã Mới 1 from 1/7/2025
    other = make_unit("Xã Cũ Khác", level="commune", parent=world.district)
    page = url(Succession, "add")

    # when the link is added in the admin
    response = admin_client.post(page, _succession_form(world, other))

    # then the old commune ends the day before, and both rows are audited as admin edits
    assert response.status_code == 302, response.context["adminform"].form.errors
    link = Succession.objects.get(predecessor=other)
    other.refresh_from_db()
    assert other.valid_to == dt.date(2025, 6, 30)
    entries = [audit_for_object(link).get(), audit_for_object(other).get()]
    assert [(e.action, e.source, e.actor) for e in entries] == [
        ("create", "admin", admin_user), ("update", "admin", admin_user)
    ]
    assert entries[1].changes == {"valid_to": [None, "2025-06-30"]}


def test_admin_add_succession_refuses_a_loop(admin_client, world) -> None:
    # Xã Mới 1 cannot be merged back into Xã Cũ 1, its own predecessor
    data = _succession_form(world, world.new) | {"successor": str(world.old.pk)}
    before = AuditEntry.objects.count()
    response = admin_client.post(url(Succession, "add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["successor"]
    assert AuditEntry.objects.count() == before
