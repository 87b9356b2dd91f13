"""The unit tree on a given date, lineage and diacritic-insensitive search."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f
from tiendo.units.selectors import (
    unit_ancestors,
    unit_children,
    unit_children_during,
    unit_predecessors,
    unit_search,
    unit_successors,
)


@pytest.fixture
def tree(db):
    province = f.make_province()
    district = f.make_district(province, "Huyện Bắc Sơn", valid_to=dt.date(2025, 6, 30))
    old = f.make_commune(district, "Xã Vũ Lễ", valid_to=dt.date(2025, 6, 30))
    kept = f.make_commune(district, "Thị trấn Bắc Sơn")
    new = f.make_commune(province, "Xã Bắc Sơn", valid_from=dt.date(2025, 7, 1))
    f.make_succession(old, new, dt.date(2025, 7, 1))
    f.make_succession(kept, new, dt.date(2025, 7, 1))
    return province, district, old, kept, new


@pytest.mark.parametrize(
    ("day", "names"),
    [
        (dt.date(2024, 12, 31), ["Huyện Bắc Sơn"]),
        (dt.date(2025, 6, 30), ["Huyện Bắc Sơn"]),
        (dt.date(2025, 7, 1), ["Xã Bắc Sơn"]),
    ],
)
def test_children_valid_on_a_day(tree, day, names) -> None:
    province = tree[0]
    assert [u.name for u in unit_children(unit=province, on=day)] == names


def test_children_during_a_year_include_the_merged(tree) -> None:
    province = tree[0]
    names = unit_children_during(unit=province, start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    assert sorted(u.name for u in names) == ["Huyện Bắc Sơn", "Xã Bắc Sơn"]


def test_lineage_both_ways(tree) -> None:
    _province, _district, old, _kept, new = tree
    assert [s.predecessor.name for s in unit_predecessors(unit=new)] == ["Xã Vũ Lễ", "Thị trấn Bắc Sơn"]
    assert [s.successor.name for s in unit_successors(unit=old)] == ["Xã Bắc Sơn"]


def test_ancestors_nearest_first(tree) -> None:
    old = tree[2]
    assert [u.name for u in unit_ancestors(unit=old)] == ["Huyện Bắc Sơn", "Tỉnh Lạng Sơn"]


@pytest.mark.parametrize(
    ("query", "on", "names"),
    [
        ("bac son", None, ["Huyện Bắc Sơn", "Thị trấn Bắc Sơn", "Xã Bắc Sơn"]),
        ("BẮC SƠN", dt.date(2026, 1, 1), ["Xã Bắc Sơn"]),
        ("vu le", None, ["Xã Vũ Lễ"]),
        ("dong dang", None, []),
    ],
)
def test_search_ignores_marks(tree, query, on, names) -> None:
    assert sorted(u.name for u in unit_search(query=query, on=on)) == names
