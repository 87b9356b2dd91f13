"""Template filters for the ingest links."""

from __future__ import annotations

from typing import Any

from django import template

from tiendo.accounts.access import can_edit

register = template.Library()


@register.filter
def can_ingest(user: Any) -> bool:
    """Whether the account may upload and review reports (an editor or above)."""
    return can_edit(user)
