"""The rules of ``accounts.access`` for every role at every level, on its subtree and a sibling's.

The expectations are written from the rules, not from the code: the units each account's
unit stands above, the history it inherits, and which role grants which action.
"""

from __future__ import annotations

import itertools

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from tests import factories as f
from tests.accounts.world import LEVELS, ROLES, World, expected_allowed
from tiendo.accounts.access import (
    Permission,
    access_actions,
    access_allows,
    access_edit,
    access_require,
    access_unit,
    home_units,
    visible_units,
)
from tiendo.results.models import ReportingStatus


def _all_units(world: World) -> list:
    return [world.province, world.district, world.old_a, world.old_b, world.commune,
            world.sibling_district, world.old_c, world.sibling_commune, world.other_province,
            world.other_district]


def _expected(world: World, role: str, level: str, sibling: bool, permission: Permission, unit) -> bool:
    return expected_allowed(world, world.account(role, level, sibling=sibling), permission, unit)


ACCOUNTS = list(itertools.product(ROLES, LEVELS, (False, True)))


@pytest.mark.parametrize(("role", "level", "sibling"), ACCOUNTS)
def test_every_permission_on_every_unit_follows_the_rules(world, role, level, sibling) -> None:
    user = world.account(role, level, sibling=sibling)
    period = f.period("2024")
    wrong = []
    for permission, unit in itertools.product(Permission, _all_units(world)):
        expected = _expected(world, role, level, sibling, permission, unit)
        if access_allows(user, permission, unit, period) != expected:
            wrong.append((permission.value, unit.name, expected))
    assert wrong == []


@pytest.mark.parametrize(("role", "level", "sibling"), ACCOUNTS)
def test_visible_units_and_access_unit_agree_with_the_view_rule(world, role, level, sibling) -> None:
    user = world.account(role, level, sibling=sibling)
    seen = set(visible_units(user))
    assert seen == {u for u in _all_units(world) if _expected(world, role, level, sibling, Permission.VIEW, u)}
    for unit in _all_units(world):
        if unit in seen:
            assert access_unit(user, unit.pk) == unit
        else:
            with pytest.raises(Http404):
                access_unit(user, unit.pk)


def test_a_commune_after_the_reform_sees_the_communes_merged_into_it(world) -> None:
    user = world.account("viewer", "commune")
    assert set(visible_units(user)) == {world.commune, world.old_a, world.old_b}
    # History is seen, not acted on: the commune's editor cannot edit what its predecessors reported.
    editor = world.account("editor", "commune")
    assert not access_allows(editor, Permission.EDIT, world.old_a, f.period("2024"))
    assert access_allows(editor, Permission.EDIT, world.commune, f.period("2025-Q3"))


def test_home_lists_the_own_unit_first(world) -> None:
    units = home_units(world.account("viewer", "province"), on=world.commune.valid_from)
    assert units[0] == world.province
    assert set(units[1:]) == {world.commune, world.sibling_commune}


def test_home_of_a_superuser_lists_the_top_units_only(world) -> None:
    root = f.make_user("goc-trang-chu", is_superuser=True)
    units = home_units(root, on=world.commune.valid_from)
    assert units and all(unit.parent_id is None for unit in units)
    assert world.province in units and world.commune not in units


def test_superuser_and_guest(world) -> None:
    root = f.make_user("goc", is_superuser=True)
    period = f.period("2024")
    assert all(access_allows(root, p, world.province, period) for p in Permission)
    stranger = f.make_user("khach")
    assert not any(access_allows(stranger, p, world.commune, period) for p in Permission)
    assert visible_units(stranger).count() == 0


def test_unlock_needs_the_level_that_locked_or_above(world) -> None:
    """The province approver locked the old commune's year: the district approver (below
    the locker) may not unlock it; the province approver may."""
    period = f.period("2024")
    f.make_reporting_status(world.old_a, period, changed_by=world.account("approver", "province"))
    assert not access_allows(world.account("approver", "district"), Permission.UNLOCK, world.old_a, period)
    assert access_allows(world.account("approver", "province"), Permission.UNLOCK, world.old_a, period)
    # Locked by the district: the district and the province may unlock.
    later = f.period("2023")
    f.make_reporting_status(world.old_a, later, changed_by=world.account("approver", "district"))
    assert access_allows(world.account("approver", "district"), Permission.UNLOCK, world.old_a, later)
    assert access_allows(world.account("approver", "province"), Permission.UNLOCK, world.old_a, later)


@pytest.mark.parametrize(
    ("state", "editor_actions", "approver_actions"),
    [
        (None, {Permission.EDIT, Permission.SUBMIT}, set()),
        (ReportingStatus.State.RETURNED, {Permission.EDIT, Permission.SUBMIT}, set()),
        (ReportingStatus.State.SUBMITTED, set(), {Permission.APPROVE, Permission.RETURN}),
        (ReportingStatus.State.LOCKED, set(), {Permission.UNLOCK}),
    ],
)
def test_actions_offered_follow_the_state(world, state, editor_actions, approver_actions) -> None:
    period = f.period("2025-Q3")
    status = None
    if state is not None:
        status = f.make_reporting_status(world.commune, period, state=state)
    editor = world.account("editor", "commune")
    approver = world.account("approver", "province")
    assert access_actions(editor, world.commune, period, status) == editor_actions
    assert access_actions(approver, world.commune, period, status) == approver_actions
    assert access_actions(world.account("approver", "commune"), world.commune, period, status) == set()


@pytest.mark.parametrize(
    ("state", "message"),
    [(ReportingStatus.State.SUBMITTED, "đã gửi duyệt"), (ReportingStatus.State.LOCKED, "khóa")],
)
def test_an_edit_is_refused_in_a_submitted_or_locked_period(world, state, message) -> None:
    period = f.period("2025-Q3")
    editor = world.account("editor", "commune")
    access_edit(editor, world.commune, period)
    f.make_reporting_status(world.commune, period, state=state)
    with pytest.raises(PermissionDenied, match=message):
        access_edit(editor, world.commune, period)


def test_a_refusal_says_the_rule_in_vietnamese(world) -> None:
    with pytest.raises(PermissionDenied, match="không ai tự phê duyệt"):
        access_require(world.account("approver", "commune"), Permission.APPROVE, world.commune)
