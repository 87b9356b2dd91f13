"""Memberships (which unit an account belongs to, with which role) in the admin.

Besides superusers, an administrator (role ``admin``) of a unit manages the memberships of
its subtree here, as ``accounts.access`` says: it sees only those, and may give only
units of its subtree.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from tiendo.accounts.access import Permission, access_allows, role_of, subtree_units
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

    def _administers(self, request: HttpRequest, obj: Membership | None = None) -> bool:
        user = request.user
        if user.is_superuser:
            return True
        if role_of(user) != Membership.Role.ADMIN:
            return False
        return obj is None or access_allows(user, Permission.ADMINISTER, obj.unit)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._administers(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._administers(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._administers(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._administers(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._administers(request, obj)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Membership]:
        memberships = super().get_queryset(request)
        if request.user.is_superuser:
            return memberships
        return memberships.filter(unit__in=subtree_units(request.user))

    def get_autocomplete_fields(self, request: HttpRequest) -> tuple[str, ...]:
        # The searches behind autocompletion are the user and unit admins', which an
        # administrator without a superuser's rights cannot open: plain choices instead.
        return self.autocomplete_fields if request.user.is_superuser else ()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if not request.user.is_superuser:
            if db_field.name == "unit":
                kwargs["queryset"] = subtree_units(request.user)
            elif db_field.name == "user":
                kwargs["queryset"] = get_user_model().objects.filter(
                    Q(membership__isnull=True) | Q(membership__unit__in=subtree_units(request.user))
                )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
