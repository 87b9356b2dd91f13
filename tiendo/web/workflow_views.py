"""Pages of the approval workflow and the audit trail.

The report actions (submit, approve, send back, unlock) post to one address per action;
the services in ``accounts.workflow`` check the rights (403 with the rule in Vietnamese)
and the state (the form again, with the message). The audit pages are read-only: a unit's
page lists every change in its subtree, an object's page the changes of that object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy

from tiendo.accounts.access import Permission, access_require, access_unit, reporting_status_of
from tiendo.accounts.workflow import (
    children_states,
    report_approve,
    report_return,
    report_submit,
    report_unlock,
)
from tiendo.audit.admin_display import AuditRow, Change, audit_rows_mixed
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import AuditFilter, audit_content_types, audit_filter, audit_for_units
from tiendo.results.models import Period, ReportingStatus, Result
from tiendo.results.periods import parse_code, period_get
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_subtree

AUDIT_PAGE_SIZE = 50


def _submit(unit: Unit, period: Period, by: Any, reason: str) -> Any:
    return report_submit(unit=unit, period=period, by=by)


def _approve(unit: Unit, period: Period, by: Any, reason: str) -> Any:
    return report_approve(unit=unit, period=period, by=by, override_reason=reason)


def _return(unit: Unit, period: Period, by: Any, reason: str) -> Any:
    return report_return(unit=unit, period=period, by=by, reason=reason)


def _unlock(unit: Unit, period: Period, by: Any, reason: str) -> Any:
    return report_unlock(unit=unit, period=period, by=by, reason=reason)


# address slug → (permission, service, button label, message once done)
REPORT_ACTIONS: dict[str, tuple[Permission, Callable[..., Any], Any, Any]] = {
    "gui-duyet": (Permission.SUBMIT, _submit, gettext_lazy("Gửi duyệt"), gettext_lazy("Đã gửi duyệt báo cáo.")),
    "phe-duyet": (
        Permission.APPROVE, _approve, gettext_lazy("Phê duyệt và khóa"),
        gettext_lazy("Đã phê duyệt và khóa kỳ báo cáo."),
    ),
    "tra-lai": (Permission.RETURN, _return, gettext_lazy("Trả lại"), gettext_lazy("Đã trả lại báo cáo.")),
    "mo-khoa": (Permission.UNLOCK, _unlock, gettext_lazy("Mở khóa"), gettext_lazy("Đã mở khóa kỳ báo cáo.")),
}
SLUG_OF = {permission: slug for slug, (permission, *_rest) in REPORT_ACTIONS.items()}


def _period_or_404(code: str) -> Period:
    try:
        return period_get(parse_code(code))
    except ValidationError:
        raise Http404 from None


def _messages_of(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


@login_required
def report_action(request: HttpRequest, unit_id: int, code: str, action: str) -> HttpResponse:
    """GET: the form asking for the reason (send back, unlock, approve over pending
    children); POST: do the action and go back to the dashboard."""
    unit = access_unit(request.user, unit_id)
    if action not in REPORT_ACTIONS:
        raise Http404
    permission, service, label, done = REPORT_ACTIONS[action]
    period = _period_or_404(code)
    errors: list[str] = []
    reason = ""
    if request.method == "POST":
        reason = request.POST.get("ly-do", "")
        try:
            service(unit, period, request.user, reason)
        except ValidationError as error:
            errors = _messages_of(error)
        else:
            messages.success(request, str(done))
            return redirect(f"{reverse('web:unit_dashboard', args=[unit.pk])}?ky={code}")
    else:
        access_require(request.user, permission, unit, period)
    status = reporting_status_of(unit, period)
    children = children_states(unit, period) if permission == Permission.APPROVE else []
    context = {
        "unit": unit, "period": period, "code": code, "action": action, "label": label,
        "permission": permission.value, "status": status, "errors": errors, "reason": reason,
        "children": children,
        "pending": [child for child in children if child.state != ReportingStatus.State.LOCKED],
    }
    return render(request, "web/report_action.html", context, status=400 if errors else 200)


# ---------------------------------------------------------------- audit pages


def _day(raw: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def _int(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else None


@login_required
def audit_unit(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Every change in the unit's subtree, newest first, 50 a page, with filters."""
    unit = access_unit(request.user, unit_id)
    chosen = AuditFilter(
        action=request.GET.get("thao-tac", ""), source=request.GET.get("nguon", ""),
        content_type_id=_int(request.GET.get("loai", "")), actor=request.GET.get("nguoi", "").strip(),
        start=_day(request.GET.get("tu", "")), end=_day(request.GET.get("den", "")),
    )
    entries = audit_for_units(unit_subtree(unit=unit).values("pk"))
    page = Paginator(audit_filter(entries, chosen), AUDIT_PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    entries_shown = list(page.object_list)
    names = dict(
        Unit.objects.filter(pk__in={entry.unit_id for entry in entries_shown}).values_list("pk", "name")
    )
    for entry in entries_shown:
        entry.unit_name = names.get(entry.unit_id, "")
    context = {
        "unit": unit, "page": page, "rows": _readable(audit_rows_mixed(entries_shown)),
        "chosen": chosen, "actions": AuditEntry.Action.choices, "sources": AuditEntry.Source.choices,
        "types": [(ct.pk, _type_label(ct)) for ct in audit_content_types(entries)], "query": query.urlencode(),
    }
    return render(request, "web/audit_unit.html", context)


@login_required
def audit_object(request: HttpRequest, unit_id: int, type_id: int, object_id: str) -> HttpResponse:
    """The changes of one object of the unit's subtree; 404 for an object outside it."""
    unit = access_unit(request.user, unit_id)
    content_type = ContentType.objects.filter(pk=type_id).first()
    if content_type is None:
        raise Http404
    entries = list(
        audit_for_units(unit_subtree(unit=unit).values("pk"))
        .filter(content_type=content_type, object_id=object_id)
    )
    if not entries:
        raise Http404
    context = {
        "unit": unit, "rows": _readable(audit_rows_mixed(entries)), "object_repr": entries[0].object_repr,
        "type_label": _type_label(content_type),
    }
    return render(request, "web/audit_object.html", context)


def _type_label(content_type: ContentType) -> str:
    model = content_type.model_class()
    return capfirst(model._meta.verbose_name) if model is not None else content_type.model


MSG_RESULTS_MOVED = gettext_lazy("số kết quả chuyển sang “%(status)s”")


def _readable(rows: list[AuditRow]) -> list[AuditRow]:
    """A report action records ``results: [how many, their new status]``; shown as the
    count of results moved to the status's label, with no "old → new"."""
    readable = []
    for row in rows:
        changes = row.changes
        moved = row.entry.changes.get("results")
        if row.entry.content_type.model_class() is ReportingStatus and moved and len(moved) == 2:
            status = dict(Result.Status.choices).get(moved[1], moved[1])
            changes = [
                Change(label=str(MSG_RESULTS_MOVED % {"status": status}), old="", new=str(moved[0]))
                if change.label == "results" else change
                for change in changes
            ]
        readable.append(AuditRow(entry=row.entry, changes=changes))
    return readable
