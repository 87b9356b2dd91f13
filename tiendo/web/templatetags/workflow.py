"""The report status panel of the unit dashboard: ``{% report_panel %}`` in ``web/_report_status.html``."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from tiendo.accounts.access import Permission, access_actions, reporting_status_of, role_of
from tiendo.accounts.models import Membership
from tiendo.accounts.workflow import children_states
from tiendo.results.models import Period
from tiendo.units.models import Unit
from tiendo.web.page_cache import cached_part
from tiendo.web.workflow_views import REPORT_ACTIONS, SLUG_OF

register = template.Library()

_BUTTON_ORDER = (Permission.SUBMIT, Permission.APPROVE, Permission.RETURN, Permission.UNLOCK)
_NEEDS_REASON = (Permission.RETURN, Permission.UNLOCK)


@register.inclusion_tag("web/_report_panel.html", takes_context=True)
def report_panel(context: template.Context) -> dict[str, Any]:
    """The state of the dashboard's unit-period, who changed it and when, the reason, the
    buttons the account may use and, for an approver, the states of the units under it."""
    request, unit, period = context["request"], context["unit"], context.get("period")
    if period is None:
        return {"panel": None}
    user = request.user
    status = reporting_status_of(unit, period)
    allowed = access_actions(user, unit, period, status)
    actor = status.changed_by if status is not None else None
    approver = user.is_superuser or role_of(user) == Membership.Role.APPROVER
    return {
        "panel": {
            "unit": unit, "period": period, "code": context.get("code", ""), "status": status,
            "who": (actor.get_full_name() or actor.get_username()) if actor is not None else "",
            "buttons": [
                {"slug": SLUG_OF[permission], "label": REPORT_ACTIONS[SLUG_OF[permission]][2],
                 "needs_reason": permission in _NEEDS_REASON}
                for permission in _BUTTON_ORDER if permission in allowed
            ],
            "children": _children(request, unit, period, context.get("code", "")) if approver else "",
        },
        "messages": context.get("messages", ()),
        "csrf_token": context.get("csrf_token"),
    }


def _children(request: HttpRequest, unit: Unit, period: Period, code: str) -> str:
    """The states of the units under ``unit``: the same for every approver until the data changes."""
    return mark_safe(cached_part(request, "report-children", [unit.pk, period.pk, code], lambda: render_to_string(
        "web/_report_children.html", {"children": children_states(unit, period), "code": code}
    )))
