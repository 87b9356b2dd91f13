"""A small world for the work tests: a province, a district abolished on 1/7/2025, periods, a meeting."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from tests.factories import make_commune, make_district, make_province, make_unit, make_user
from tiendo.results.periods import period_get
from tiendo.units.models import Unit
from tiendo.work.models import Meeting

MEETING_DAY = dt.date(2023, 10, 5)


@pytest.fixture
def user(db):
    return make_user("vanphong")


@pytest.fixture
def world(db) -> SimpleNamespace:
    province = make_province("Tỉnh Lạng Sơn", code="20")
    district = make_district(
        province, "Huyện Bắc Sơn", short_name="Bắc Sơn", valid_to=dt.date(2025, 6, 30)
    )
    commune = make_commune(district, "Xã Vũ Lễ", short_name="Vũ Lễ")
    department = make_unit(
        "Sở Tài chính",
        kind=Unit.Kind.DEPARTMENT,
        level=Unit.Level.PROVINCE,
        parent=province,
        short_name="Sở Tài chính",
    )
    nine_months = period_get("2023-9M")
    year = period_get("2023")
    next_year = period_get("2024")
    meeting = Meeting.objects.create(
        unit=district,
        kind=Meeting.Kind.EXECUTIVE,
        session=14,
        date=MEETING_DAY,
        review_period=nine_months,
        plan_period=year,
    )
    return SimpleNamespace(
        province=province,
        district=district,
        commune=commune,
        department=department,
        nine_months=nine_months,
        year=year,
        next_year=next_year,
        meeting=meeting,
    )
