"""The world the sheet tests share, and filling in a template the way staff would."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook

from tests.factories import (
    make_district,
    make_indicator,
    make_poverty_rate,
    make_province,
    make_user,
    period,
)
from tiendo.accounts.models import Membership
from tiendo.core.models import Field
from tiendo.reports.sheets import layout as L
from tiendo.results.models import Period
from tiendo.units.models import Unit


def row_of(ws: Any, code: str) -> int:
    for row in range(L.FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(row=row, column=L.COL_CODE).value == code:
            return row
    raise AssertionError(f"no row for {code}")


def fill(data: bytes, entries: dict[tuple[str, str, int], Any]) -> bytes:
    """``{(sheet, indicator code, column): value}`` typed into a template; the new file's bytes."""
    book = load_workbook(io.BytesIO(data))
    for (sheet, code, column), value in entries.items():
        ws = book[sheet]
        ws.cell(row=row_of(ws, code), column=column, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@dataclass
class World:
    province: Unit
    bac_son: Unit
    cao_loc: Unit
    gone: Unit
    budget: Any
    poverty: Any
    schools: Any
    period: Period
    user: Any


def make_world() -> World:
    """Lạng Sơn with two districts valid in 2023 and one merged away; three indicators."""
    province = make_province(code="20")
    bac_son = make_district(province, "Huyện Bắc Sơn", code="181")
    cao_loc = make_district(province, "Huyện Cao Lộc", code="182")
    # Merged away before 2023: not on the 2023 template.
    gone = make_district(province, "Huyện Cũ", code="199", valid_to=dt.date(2020, 12, 31))
    budget = make_indicator("Thu ngân sách nhà nước", code="thu-ngan-sach", synonyms=["thu NSNN"])
    poverty = make_poverty_rate(code="ty-le-ho-ngheo")
    schools = make_indicator(
        "Trường đạt chuẩn quốc gia", uom="trường", field=Field.SOCIETY, code="truong-chuan",
        sort_order=2,
    )
    user = make_user("nhaplieu")
    Membership.objects.create(user=user, unit=province, role=Membership.Role.EDITOR)
    return World(province, bac_son, cao_loc, gone, budget, poverty, schools, period("2023-9M"), user)
