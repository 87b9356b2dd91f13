"""``{% may_enter_figures unit as may_enter %}``: whether the signed-in account may upload
figures for ``unit`` (the dashboard's partial shows the upload links only then)."""

from __future__ import annotations

from typing import Any

from django import template

from tiendo.accounts.access import may_enter_figures as _may_enter_figures
from tiendo.units.models import Unit

register = template.Library()


@register.simple_tag(takes_context=True)
def may_enter_figures(context: dict[str, Any], unit: Unit) -> bool:
    return _may_enter_figures(context["request"].user, unit)
