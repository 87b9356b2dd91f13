"""API tokens in the admin: create one (its value is shown once), revoke, never edit or delete."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tiendo.api.models import ApiToken
from tiendo.api.tokens import token_create, token_revoke
from tiendo.audit.admin_mixins import AuditedModelAdmin
from tiendo.audit.models import AuditEntry


@admin.register(ApiToken)
class ApiTokenAdmin(AuditedModelAdmin):
    list_display = ("name", "user", "prefix", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("name", "user__username", "prefix")
    folded_search_fields = ()
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
    actions = ("revoke",)

    def get_readonly_fields(self, request: HttpRequest, obj: ApiToken | None = None) -> Any:
        shown = ("prefix", "created_at", "last_used_at", "revoked_at")
        return ("user", "name", *shown) if obj is not None else shown

    def has_delete_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        # A token is revoked, not deleted: the audit trail keeps naming it.
        return False

    def create_through_service(self, request: HttpRequest, obj: ApiToken) -> ApiToken:
        token, raw = token_create(
            user=obj.user, name=obj.name, by=request.user, source=AuditEntry.Source.ADMIN
        )
        messages.warning(
            request,
            _("Khóa API mới: %(token)s — hãy chép lại ngay, khóa chỉ hiện một lần này.")
            % {"token": raw},
        )
        return token

    @admin.action(description=gettext_lazy("Thu hồi các khóa đã chọn"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        revoked = 0
        for token in queryset.filter(revoked_at__isnull=True):
            try:
                token_revoke(token=token, by=request.user, source=AuditEntry.Source.ADMIN)
            except ValidationError:
                continue
            revoked += 1
        messages.success(request, _("Đã thu hồi %(count)s khóa.") % {"count": revoked})
