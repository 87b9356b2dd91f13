"""The audit trail in the admin: read only, for everybody, superusers included."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from tiendo.audit.admin_display import audit_rows, field_labels
from tiendo.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = (
        "at",
        "actor",
        "action",
        "source",
        "content_type",
        "object_link",
        "changed_fields",
    )
    list_filter = ("action", "source", "content_type")
    search_fields = ("object_repr", "reason", "actor__username", "object_id")
    list_select_related = ("actor", "content_type")
    date_hierarchy = "at"
    fields = (
        "at",
        "actor",
        "action",
        "source",
        "content_type",
        "object_id",
        "object_link",
        "unit_id",
        "reason",
        "changes_table",
    )
    readonly_fields = fields

    # The trail is written by the services and the audited admins only: nobody adds,
    # edits or removes an entry by hand.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description=_("đối tượng"), ordering="object_repr")
    def object_link(self, entry: AuditEntry) -> str:
        ct = entry.content_type
        try:
            url = reverse(f"admin:{ct.app_label}_{ct.model}_change", args=[entry.object_id])
        except NoReverseMatch:
            return entry.object_repr
        if entry.action == AuditEntry.Action.DELETE:
            return entry.object_repr
        return format_html('<a href="{}">{}</a>', url, entry.object_repr)

    @admin.display(description=_("trường thay đổi"))
    def changed_fields(self, entry: AuditEntry) -> str:
        return ", ".join(field_labels(entry.content_type.model_class(), entry.changes))

    @admin.display(description=_("thay đổi (cũ → mới)"))
    def changes_table(self, entry: AuditEntry) -> str:
        row = audit_rows([entry], entry.content_type.model_class())[0]
        if not row.changes:
            return "—"
        return format_html(
            "<table><tbody>{}</tbody></table>",
            format_html_join(
                "",
                "<tr><th>{}</th><td>{}</td><td>→</td><td>{}</td></tr>",
                ((change.label, change.old, change.new) for change in row.changes),
            ),
        )
