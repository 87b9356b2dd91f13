"""Memberships (which unit an account belongs to, with which role) in the admin."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from tiendo.accounts.models import LoginFailure, Membership
from tiendo.audit.admin_mixins import AuditedModelAdmin


@admin.register(Membership)
class MembershipAdmin(AuditedModelAdmin):
    list_display = ("user", "unit", "role")
    list_filter = ("role", ("unit", admin.RelatedOnlyFieldListFilter), "unit__level")
    search_fields = ("user__username", "user__first_name", "user__last_name", "unit__name")
    folded_search_fields = ("unit__search_text",)
    list_select_related = ("user", "unit")
    autocomplete_fields = ("user", "unit")


@admin.register(LoginFailure)
class LoginFailureAdmin(AuditedModelAdmin):
    """Failed sign-ins in the throttle window: read only; deleting one lifts a wait early."""

    list_display = ("at", "username", "ip")
    list_filter = ("at",)
    search_fields = ("username", "ip")
    folded_search_fields = ()
    readonly_fields = ("username", "ip", "at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
