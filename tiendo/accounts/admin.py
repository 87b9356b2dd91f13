"""Memberships (which unit an account belongs to, with which role) in the admin."""

from __future__ import annotations

from django.contrib import admin

from tiendo.accounts.models import Membership
from tiendo.audit.admin_mixins import AuditedModelAdmin


@admin.register(Membership)
class MembershipAdmin(AuditedModelAdmin):
    list_display = ("user", "unit", "role")
    list_filter = ("role", ("unit", admin.RelatedOnlyFieldListFilter), "unit__level")
    search_fields = ("user__username", "user__first_name", "user__last_name", "unit__name")
    folded_search_fields = ("unit__search_text",)
    list_select_related = ("user", "unit")
    autocomplete_fields = ("user", "unit")
