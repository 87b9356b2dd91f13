"""The audit trail: who, when, and [old, new] for every create, update and delete of the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from tests import factories as f
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object, audit_for_unit
from tiendo.audit.services import diff, snapshot
from tiendo.results import services as results
from tiendo.results.models import Result
from tiendo.work.models import KeyTask


@pytest.fixture
def world(db):
    province = f.make_province()
    return province, f.make_indicator(), f.make_user("vanphong")


def test_create_update_delete_of_a_result(world) -> None:
    unit, indicator, user = world
    # when a result is typed in, corrected, then removed
    result = results.result_create(
        unit=unit, indicator=indicator, period=f.period("2022-9M"), value=D("404"),
        estimated=True, by=user,
    )
    pk = result.pk
    result = results.result_update(result=result, by=user, value=D("404.25"), estimated=False)
    results.result_delete(result=result, by=user)
    # then three rows, newest first, each with who and when and the unit it concerns
    entries = list(AuditEntry.objects.filter(object_id=str(pk)))
    assert [e.action for e in entries] == ["delete", "update", "create"]
    assert {e.actor for e in entries} == {user}
    assert all(isinstance(e.at, dt.datetime) and e.at.tzinfo is not None for e in entries)
    assert {e.unit_id for e in entries} == {unit.pk}
    delete, update, create = entries
    assert update.changes == {"estimated": [True, False], "value": ["404", "404.25"]}
    assert create.changes["value"] == [None, "404"]
    assert create.changes["status"] == [None, "draft"]
    assert delete.changes["value"] == ["404.25", None]
    assert list(audit_for_unit(unit.pk)) == entries


def test_an_update_that_changes_nothing_writes_nothing(world) -> None:
    unit, indicator, user = world
    result = f.make_result(indicator, unit, "404")
    results.result_update(result=result, by=user, value=D("404.000"))
    assert audit_for_object(result).count() == 0


def test_an_anonymous_change_is_recorded_without_actor(world) -> None:
    unit, indicator, _user = world
    result = results.result_create(
        unit=unit, indicator=indicator, period=f.period("2022-9M"), value=D("1"), by=None
    )
    assert audit_for_object(result).get().actor is None


@pytest.mark.parametrize(
    ("value", "stored"),
    [(D("367.300000"), "367.3"), (D("370"), "370"), (D("0.000100"), "0.0001"), (D("-5.50"), "-5.5")],
)
def test_decimals_are_kept_as_plain_digits(world, value, stored) -> None:
    unit, indicator, _user = world
    result = Result(unit=unit, indicator=indicator, period=f.period("2022"), value=value)
    assert snapshot(result)["value"] == stored


def test_diff_lists_only_changed_fields() -> None:
    assert diff({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": None}) == {"b": [2, 3]}


def test_snapshot_with_many_to_many_ids(db) -> None:
    # given a task coordinated by two units
    province = f.make_province()
    district = f.make_district(province, "Huyện Bắc Sơn")
    task = KeyTask.objects.create(title="Nhiệm vụ", unit=province)
    task.coordinating_units.set([district, province])

    # then only the many-to-many snapshot lists them, sorted by id
    assert "coordinating_units" not in snapshot(task)
    assert snapshot(task, many_to_many=True)["coordinating_units"] == sorted(
        [province.pk, district.pk]
    )
    # and an object not saved yet has no relations to list
    assert "coordinating_units" not in snapshot(KeyTask(title="Mới", unit=province), many_to_many=True)
