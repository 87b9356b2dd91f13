"""Vietnamese number formats for templates: ``{{ row.value|amount:row.indicator.uom }}``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import template

from tiendo.core import vn

register = template.Library()


@register.filter
def amount(value: Decimal | None, uom: str) -> str:
    """``404, "tỷ đồng"`` → ``404 tỷ đồng``."""
    return vn.format_amount(value, uom)


@register.filter
def number(value: Decimal | None) -> str:
    return vn.format_number(value)


@register.filter
def percent(value: Decimal | None, decimals: int = 1) -> str:
    """``109.9918`` → ``110,0%``."""
    return vn.format_percent(value, decimals)


@register.filter
def change(value: Decimal | None, decimals: int = 0) -> str:
    """``21.9991`` → ``+22%``."""
    return vn.format_change(value, decimals)


@register.filter
def signed(value: Decimal | None) -> str:
    """``72.85`` → ``+72,85``."""
    if value is None:
        return ""
    return ("+" if value > 0 else "") + vn.format_number(value)


@register.filter
def bar(value: Decimal | None) -> int:
    """A percent of plan as a bar width, 0 to 100."""
    return 0 if value is None else max(0, min(100, int(value)))


@register.filter
def date_vn(value: dt.date | None) -> str:
    return vn.format_date(value)
