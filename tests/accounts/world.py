"""Two provinces around the 2025 reform, and one account per role at each level.

Tỉnh Lạng Sơn had Huyện Bắc Sơn (ended 30/6/2025) with Xã Cũ A and Xã Cũ B, which merged
into Xã Bắc Sơn (1/7/2025, directly under the province), and a sibling Huyện Văn Quan with
Xã Cũ C, which merged into the sibling Xã Văn Quan. Tỉnh Cao Bằng is another province.
Accounts are named ``<role>-<level>`` (``approver-province``), with a sibling at each level
(``editor-commune-sibling``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tests import factories as f
from tiendo.accounts.access import Permission
from tiendo.accounts.models import Membership
from tiendo.units.models import Unit

REFORM = dt.date(2025, 7, 1)
BEFORE = dt.date(2025, 6, 30)
ROLES = [role.value for role in Membership.Role]
LEVELS = ("province", "district", "commune")
PASSWORD = "mat-khau-thu-2025"


@dataclass
class World:
    province: Unit
    district: Unit
    old_a: Unit
    old_b: Unit
    commune: Unit
    sibling_district: Unit
    old_c: Unit
    sibling_commune: Unit
    other_province: Unit
    other_district: Unit
    accounts: dict[str, Any] = field(default_factory=dict)

    def unit_of(self, level: str, *, sibling: bool = False) -> Unit:
        """The account unit at ``level`` (province, district, commune), or its sibling."""
        units = {
            ("province", False): self.province, ("province", True): self.other_province,
            ("district", False): self.district, ("district", True): self.sibling_district,
            ("commune", False): self.commune, ("commune", True): self.sibling_commune,
        }
        return units[(level, sibling)]

    def account(self, role: str, level: str, *, sibling: bool = False) -> Any:
        return self.accounts[_name(role, level, sibling)]

    def below(self, level: str, *, sibling: bool = False) -> set[Unit]:
        """The units strictly below the account unit at ``level``."""
        if level == "province":
            if sibling:
                return {self.other_district}
            return {self.district, self.old_a, self.old_b, self.commune, self.sibling_district,
                    self.old_c, self.sibling_commune}
        if level == "district":
            return {self.old_c} if sibling else {self.old_a, self.old_b}
        return set()

    def inherited(self, level: str, *, sibling: bool = False) -> set[Unit]:
        """The history merged into the account unit at ``level`` (seen, never acted on)."""
        if level == "commune":
            return {self.old_c} if sibling else {self.old_a, self.old_b}
        return set()

    def units(self) -> list[Unit]:
        return [self.province, self.district, self.old_a, self.old_b, self.commune,
                self.sibling_district, self.old_c, self.sibling_commune, self.other_province,
                self.other_district]

    def where(self, user: Any) -> tuple[str, str, bool]:
        """The (role, level, sibling) of one of the world's accounts."""
        name = next(name for name, account in self.accounts.items() if account.pk == user.pk)
        role, level, *rest = name.split("-")
        return role, level, bool(rest)


# The rules, written independently of ``accounts.access``: what each role grants, and
# which permissions are used from strictly above the unit.
GRANTS = {
    "viewer": set(),
    "editor": {Permission.EDIT, Permission.SUBMIT},
    "approver": {Permission.APPROVE, Permission.RETURN, Permission.UNLOCK},
    "admin": {Permission.ADMINISTER},
}
FROM_ABOVE = {Permission.APPROVE, Permission.RETURN, Permission.UNLOCK}


def expected_allowed(world: World, user: Any, permission: str, unit: Unit) -> bool:
    """Whether the rules let ``user`` (one of the world's accounts) do ``permission`` on
    ``unit``; unlocking as for a period locked by a script."""
    role, level, sibling = world.where(user)
    own = world.unit_of(level, sibling=sibling)
    below = world.below(level, sibling=sibling)
    if permission == Permission.VIEW:
        return unit in below | {own} | world.inherited(level, sibling=sibling)
    if permission not in GRANTS[role]:
        return False
    return unit in below if permission in FROM_ABOVE else unit in below | {own}


def expected_may_enter(world: World, user: Any) -> bool:
    """Whether ``user``'s role enters figures and ingests texts at all (the upload pages)."""
    role, _level, _sibling = world.where(user)
    return Permission.EDIT in GRANTS[role]


def expected_lists_upload(world: World, user: Any, unit: Unit | None, *, uploader: Any = None) -> bool:
    """Whether an upload read into a review of ``unit`` (None while unknown) is listed to
    ``user``: to whoever sent it, and to the accounts that may work on the review (those
    entering ``unit``'s figures)."""
    if uploader is not None and uploader.pk == user.pk:
        return True
    return unit is not None and expected_allowed(world, user, Permission.EDIT, unit)


def _name(role: str, level: str, sibling: bool) -> str:
    return f"{role}-{level}" + ("-sibling" if sibling else "")


def build_world(*, passwords: bool = False) -> World:
    province = f.make_province("Tỉnh Lạng Sơn")
    district = f.make_district(province, "Huyện Bắc Sơn", valid_to=BEFORE)
    old_a = f.make_commune(district, "Xã Cũ A", valid_to=BEFORE)
    old_b = f.make_commune(district, "Xã Cũ B", valid_to=BEFORE)
    commune = f.make_commune(province, "Xã Bắc Sơn", valid_from=REFORM)
    sibling_district = f.make_district(province, "Huyện Văn Quan", valid_to=BEFORE)
    old_c = f.make_commune(sibling_district, "Xã Cũ C", valid_to=BEFORE)
    sibling_commune = f.make_commune(province, "Xã Văn Quan", valid_from=REFORM)
    for old in (old_a, old_b):
        f.make_succession(old, commune, REFORM)
    f.make_succession(old_c, sibling_commune, REFORM)
    other_province = f.make_province("Tỉnh Cao Bằng")
    world = World(
        province=province, district=district, old_a=old_a, old_b=old_b, commune=commune,
        sibling_district=sibling_district, old_c=old_c, sibling_commune=sibling_commune,
        other_province=other_province,
        other_district=f.make_district(other_province, "Huyện Hà Quảng", valid_to=BEFORE),
    )
    for role in ROLES:
        for level in ("province", "district", "commune"):
            for sibling in (False, True):
                name = _name(role, level, sibling)
                user = f.make_user(name, password=PASSWORD if passwords else None)
                Membership.objects.create(user=user, unit=world.unit_of(level, sibling=sibling), role=role)
                world.accounts[name] = user
    return world
