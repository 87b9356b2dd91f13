"""Labels for the work pages: ``{{ task.board_status|board_label }}`` → ``Quá hạn``."""

from __future__ import annotations

from django import template

from tiendo.work.selectors import BoardStatus

register = template.Library()


@register.filter
def board_label(value: str) -> str:
    """The label of a ``BoardStatus`` value (annotated in SQL, so without ``get_…_display``)."""
    try:
        return str(BoardStatus(value).label)
    except ValueError:
        return value
