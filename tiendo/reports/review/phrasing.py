"""The house style of review reports: sentences built from figures, words taken from
``phrasing.toml`` (verbs, plan words, committee names), never from chains of ``if``.

Pure functions on plain data (``structure``); no database.
"""

from __future__ import annotations

import tomllib
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from tiendo.core.vn import format_number
from tiendo.reports.review.structure import IndicatorLine, UnitInfo

PHRASING_FILE = Path(__file__).with_name("phrasing.toml")
HUNDRED = Decimal(100)
MET = ("met", "exceeded")


@cache
def phrasing() -> dict[str, Any]:
    """The phrasing tables, read once."""
    with PHRASING_FILE.open("rb") as handle:
        return tomllib.load(handle)


def rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number_text(value: Decimal, places: int = 2) -> str:
    """``404.000000`` → ``404``; ``69.7258`` at 1 place → ``69,7`` (trailing zeros dropped)."""
    return format_number(rounded(value, places), None)


def value_text(value: Decimal, uom: str) -> str:
    """``404 tỷ đồng``; a percent unit sticks to its number: ``98,5% dân số``."""
    number = number_text(value)
    if uom.startswith("%"):
        return f"{number}{uom}"
    return f"{number} {uom}".rstrip()


def is_percent(uom: str) -> bool:
    return uom.startswith("%")


# ---------------------------------------------------------------- the issuer


def admin_rules(unit: UnitInfo) -> dict[str, str]:
    """The naming rules for a unit's Party committee, by its admin type (and level for a
    city directly under the centre)."""
    table = phrasing()["admin_types"]
    key = unit.admin_type
    if key == "Thành phố" and unit.level == "province":
        key = "Thành phố trực thuộc trung ương"
    return table.get(key, table["default"])


def committee_name(unit: UnitInfo) -> str:
    """``Thành phố Lạng Sơn`` → ``Thành ủy Lạng Sơn``; a Party committee unit keeps its name."""
    if unit.kind == "party_committee":
        return unit.name
    return f"{admin_rules(unit)['committee']} {unit.short_name}"


def party_body_name(unit: UnitInfo) -> str:
    """``Tỉnh Lạng Sơn`` → ``Đảng bộ tỉnh Lạng Sơn`` (the parent line of a child's header)."""
    return f"{admin_rules(unit)['party_body']} {unit.short_name}"


def issuer_symbol(unit: UnitInfo) -> str:
    return admin_rules(unit)["symbol"]


def assigner_word(unit: UnitInfo | None) -> str | None:
    return None if unit is None else admin_rules(unit)["assigner"]


# ---------------------------------------------------------------- sentences


def pct_places() -> int:
    return int(phrasing()["sentence"]["percent_decimals"])


def plan_word(line: IndicatorLine) -> str:
    """``dự toán tỉnh giao``, ``kế hoạch năm``, ``chỉ tiêu Nghị quyết 62-NQ/TU``."""
    words = phrasing()["plan_words"]
    source = line.source or "yearly_plan"
    if source == "budget_estimate":
        assigner = assigner_word(line.assigner)
        if assigner is None:
            return words["budget_estimate_no_assigner"]
        return words["budget_estimate"].format(assigner=assigner)
    if source == "resolution" and line.document:
        return words["resolution_document"].format(document=line.document)
    return words.get(source, words["yearly_plan"])


def plan_clause(line: IndicatorLine) -> str | None:
    """``vượt 10% dự toán tỉnh giao`` / ``bằng 90% dự toán…`` / ``đạt 69,7% kế hoạch năm``;
    for a ceiling or a lower-is-better target, met or not without a percentage."""
    if line.target is None or line.value is None:
        return None
    rules = phrasing()["plan"]
    plan = plan_word(line)
    target = value_text(line.target, line.uom)
    met = line.status in MET
    if line.comparator == "le":
        return (rules["ceiling_met"] if met else rules["ceiling_not_met"]).format(plan=plan, target=target)
    if line.direction == "lower":
        return (rules["lower_met"] if met else rules["lower_not_met"]).format(plan=plan, target=target)
    if line.pct_of_plan is None:
        return None
    pct = rounded(line.pct_of_plan, pct_places())
    if pct > HUNDRED:
        return rules["above"].format(pct=number_text(pct - HUNDRED, pct_places()), plan=plan)
    if pct == HUNDRED:
        return rules["equal"].format(plan=plan)
    below = rules["below_by_source"].get(line.source or "", rules["below_default"])
    return below.format(pct=number_text(pct, pct_places()), plan=plan)


def change_clause(line: IndicatorLine) -> str | None:
    """``tăng 22% so với cùng kỳ``; a percent-valued indicator moves by points."""
    words = phrasing()["change"]
    if line.value is None or line.last_value is None:
        return None
    if is_percent(line.uom):
        points = rounded(line.value - line.last_value, 2)
        if points == 0:
            return words["same"]
        key = "up_points" if points > 0 else "down_points"
        return words[key].format(points=number_text(abs(points)))
    if line.yoy_pct is None:
        return None
    pct = rounded(line.yoy_pct, pct_places())
    if pct == 0:
        return words["same"]
    key = "up" if pct > 0 else "down"
    return words[key].format(pct=number_text(abs(pct), pct_places()))


def result_sentence(line: IndicatorLine) -> str | None:
    """``Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao, tăng 22% so với
    cùng kỳ.`` None without a value (the report then asks for it, never invents it)."""
    if line.value is None:
        return None
    verbs = phrasing()["verbs"]
    lower = line.direction == "lower"
    verb_key = ("estimated" if line.estimated else "final") + ("_lower" if lower else "")
    head = phrasing()["sentence"]["pattern"].format(
        name=line.name, verb=verbs[verb_key], value=value_text(line.value, line.uom)
    )
    clauses = [c for c in (plan_clause(line), change_clause(line)) if c]
    return ", ".join([head, *clauses]) + sample_suffix(line) + "."


def sample_suffix(line: IndicatorLine) -> str:
    """`` [số liệu mẫu]`` for a line whose value or plan is sample data, else nothing."""
    return f" {phrasing()['sentence']['sample_note']}" if line.is_sample else ""
