"""Uploads and their reviews in the admin: read only (they change through the review screen)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tiendo.audit.admin_mixins import AuditedModelAdmin
from tiendo.ingest.models import Review, Upload


class ReadOnly:
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReviewInline(ReadOnly, admin.StackedInline):
    model = Review
    fields = ("unit", "unit_confidence", "review_period", "plan_period", "accepted_at", "accepted_by",
              "warnings")
    readonly_fields = fields


@admin.register(Upload)
class UploadAdmin(ReadOnly, AuditedModelAdmin):
    list_display = ("name", "status", "progress", "uploaded_by", "uploaded_at", "size")
    list_filter = ("status",)
    list_select_related = ("uploaded_by",)
    search_fields = ("name", "sha256")
    date_hierarchy = "uploaded_at"
    fields = ("name", "sha256", "size", "path", "uploaded_by", "uploaded_at", "unit_hint",
              "period_hint", "status", "progress", "error")
    readonly_fields = fields
    inlines = (ReviewInline,)
