"""The accounts world of ``tests.accounts.world`` with one object of every kind in each unit,
and clients for the API: a token client (programs) and a session client (the browser)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client

from tests import factories as f
from tests.accounts.world import World, build_world
from tiendo.api.tokens import token_create
from tiendo.results.models import Target
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, Person, ProgressNote, Recommendation, Shortcoming

# Valid for every unit of the world: the districts end on 30/6/2025, the new communes start on 1/7/2025.
CODE = "2025-9M"
YEAR = "2025"


@dataclass
class Objects:
    """One object of each kind belonging to a unit."""

    unit: Unit
    result: Any
    target: Any
    task: Any
    note: Any
    meeting: Any
    person: Any
    recommendation: Any
    shortcoming: Any
    term: Any
    document: Any


@dataclass
class ApiWorld:
    world: World
    revenue: Any
    by_unit: dict[int, Objects] = field(default_factory=dict)

    def of(self, unit: Unit) -> Objects:
        return self.by_unit[unit.pk]


def _objects(unit: Unit, revenue: Any, serial: int) -> Objects:
    # A day the unit existed: the districts and old communes ended on 30/6/2025.
    day = dt.date(2025, 5, 5) if unit.valid_to is not None else dt.date(2025, 10, 5)
    meeting = Meeting.objects.create(unit=unit, kind=Meeting.Kind.EXECUTIVE, date=day)
    task = KeyTask.objects.create(
        unit=unit, title=f"Hoàn thành thu ngân sách {serial}", period=f.period(CODE),
        deadline=dt.date(2025, 12, 31), meeting=meeting,
    )
    return Objects(
        unit=unit,
        result=f.make_result(revenue, unit, "404", period_code=CODE),
        target=f.make_target(revenue, unit, "450", period_code=YEAR, source=Target.Source.YEARLY_PLAN),
        task=task,
        note=ProgressNote.objects.create(task=task, date=dt.date(2025, 10, 20), text="Đạt 80%", percent=80),
        meeting=meeting,
        person=Person.objects.create(name=f"Nguyễn Văn {serial}", unit=unit, titles=["Bí thư"]),
        recommendation=Recommendation.objects.create(from_unit=unit, text="Đề nghị bổ sung vốn"),
        shortcoming=Shortcoming.objects.create(unit=unit, period=f.period(CODE), text="Thu ngân sách chậm"),
        term=f.make_term(unit, 2020, 2025),
        document=f.make_document(f"{serial}-NQ/TU", date=dt.date(2021, 3, 1), issuer=unit),
    )


def build_api_world() -> ApiWorld:
    world = build_world()
    revenue = f.make_indicator(sort_order=1)
    api_world = ApiWorld(world=world, revenue=revenue)
    units = [world.province, world.district, world.old_a, world.old_b, world.commune,
             world.sibling_district, world.old_c, world.sibling_commune, world.other_province]
    for serial, unit in enumerate(units, start=1):
        api_world.by_unit[unit.pk] = _objects(unit, revenue, serial)
    return api_world


@pytest.fixture
def api_world(db) -> ApiWorld:
    return build_api_world()


def token_client(user: Any) -> Client:
    _token, raw = token_create(user=user, name="kiểm thử", by=None)
    return Client(HTTP_AUTHORIZATION=f"Bearer {raw}")


@pytest.fixture
def as_user():
    """A token client for an account: ``as_user(world.account("editor", "commune"))``."""
    return token_client
