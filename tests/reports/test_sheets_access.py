"""An import run as an account writes only the units whose figures that account may enter."""

from __future__ import annotations

import pytest

from tests.factories import make_user
from tests.reports.sheets_helpers import fill, make_world
from tiendo.accounts.models import Membership
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.importing import sheet_import, table_import
from tiendo.reports.sheets.template import sheet_template
from tiendo.results.models import Result

FORBIDDEN = "Tài khoản của bạn không được nhập số liệu cho đơn vị “{}” (chỉ đơn vị của mình và các đơn vị trực thuộc)"


@pytest.fixture
def world(db):
    return make_world()


def _account(unit, role: str, **extra):
    user = make_user(**extra)
    if unit is not None:
        Membership.objects.create(user=user, unit=unit, role=role)
    return user


@pytest.fixture
def filled(world) -> bytes:
    return fill(sheet_template(world.province, world.period), {
        ("Lạng Sơn", "thu-ngan-sach", L.COL_VALUE): 5000,
        ("Bắc Sơn", "thu-ngan-sach", L.COL_VALUE): 404,
        ("Cao Lộc", "thu-ngan-sach", L.COL_VALUE): 300,
    })


def test_a_district_editor_may_not_write_the_province_or_a_sibling(world, filled):
    # given
    editor = _account(world.bac_son, Membership.Role.EDITOR)
    # when
    report = sheet_import(filled, by=editor)
    # then: refused whole, one line per sheet outside the district
    assert [str(e) for e in report.errors] == [
        f"Lạng Sơn: {FORBIDDEN.format('Tỉnh Lạng Sơn')}",
        f"Cao Lộc: {FORBIDDEN.format('Huyện Cao Lộc')}",
    ]
    assert Result.objects.count() == 0


@pytest.mark.parametrize(
    ("role", "where", "superuser", "created"),
    [
        (Membership.Role.VIEWER, "province", False, 0),
        (Membership.Role.EDITOR, "province", False, 3),
        # Approvers judge figures and administrators manage accounts; neither types figures in.
        (Membership.Role.APPROVER, "province", False, 0),
        (Membership.Role.ADMIN, "province", False, 0),
        (None, None, True, 3),
        (None, None, False, 0),
    ],
)
def test_who_may_write_the_whole_province(world, filled, role, where, superuser, created):
    user = _account(getattr(world, where) if where else None, role, is_superuser=superuser)
    report = sheet_import(filled, by=user)
    assert (report.created, Result.objects.count()) == (created, created)
    assert bool(report.errors) == (created == 0)


def test_a_table_row_of_a_unit_outside_is_refused_at_its_cell(world):
    # given
    editor = _account(world.cao_loc, Membership.Role.EDITOR)
    table = (
        "Đơn vị,Chỉ tiêu,Kỳ,Giá trị\n"
        "Cao Lộc,thu-ngan-sach,2023-9M,300\n"
        "Bắc Sơn,thu-ngan-sach,2023-9M,404\n"
    ).encode()
    # when
    report = table_import(table, by=editor, name="bang.csv")
    # then
    assert [str(e) for e in report.errors] == [f"bang.csv!A3: {FORBIDDEN.format('Huyện Bắc Sơn')}"]
    assert Result.objects.count() == 0
