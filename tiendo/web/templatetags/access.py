"""What the account may do, for templates: ``{% if request.user|may_enter %}``."""

from __future__ import annotations

from typing import Any

from django import template

from tiendo.accounts import access

register = template.Library()


@register.filter
def may_enter(user: Any) -> bool:
    return access.may_enter(user)
