"""A figure's facts in plain Vietnamese, for the people who review them.

``thực hiện hơn 404 tỷ đồng · 110% dự toán tỉnh giao · +22% so với cùng kỳ``
"""

from __future__ import annotations

from tiendo.extract.record import Figure
from tiendo.extract.vnformat import format_amount, format_change, format_number, format_percent

_QUALIFIERS = {"more_than": "hơn", "almost": "gần", "about": "khoảng", "at_least": "ít nhất"}
SEPARATOR = " · "


def describe_figure(figure: Figure) -> str:
    """Each fact the figure holds, named by its role, in the order reports give them."""
    facts = []
    if figure.value is not None:
        verb = "ước" if figure.estimated else "thực hiện"
        qualifier = _QUALIFIERS.get(figure.qualifier or "", "")
        amount = format_amount(figure.value, figure.unit)
        facts.append(" ".join(word for word in (verb, qualifier, amount) if word))
    if figure.part is not None and figure.whole is not None:
        counted = figure.unit if figure.unit and figure.unit != "%" else ""
        facts.append(f"{format_number(figure.part)}/{format_number(figure.whole)} {counted}".rstrip())
    if figure.pct_of_plan is not None:
        facts.append(f"{format_percent(figure.pct_of_plan)} {figure.plan or 'kế hoạch'}")
    if figure.yoy_pct is not None:
        facts.append(f"{format_change(figure.yoy_pct)} so với cùng kỳ")
    if figure.yoy_abs is not None:
        sign = "+" if figure.yoy_abs > 0 else ""
        unit = figure.unit if figure.unit not in (None, "VND", "USD", "%") else ""
        change = (
            f"{sign}{format_amount(figure.yoy_abs, figure.unit)}"
            if figure.unit in ("VND", "USD")
            else f"{sign}{format_number(figure.yoy_abs)} {unit}".rstrip()
        )
        facts.append(f"{change} so với cùng kỳ")
    if figure.warning:
        facts.append(f"cảnh báo: {figure.warning}")
    return SEPARATOR.join(facts)
