"""Showing an uploaded text as read: a table's row keeps its cells apart on the page."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# A tab stands between two cells of a table's row (the readers write rows so); a tab stop of
# the browser would leave the cells ragged, a thin rule reads as the table's own.
_CELL_SEP = '<span class="cell-sep" aria-hidden="true"></span>'


@register.filter
def cells(text: str) -> SafeString:
    """``text`` escaped, with each tab shown as a rule between two cells."""
    return mark_safe(escape(text).replace("\t", _CELL_SEP))  # the text is escaped first
