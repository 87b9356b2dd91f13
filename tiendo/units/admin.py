"""Units and their lineage in the admin."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.audit.admin_mixins import AuditedModelAdmin, CheckedInlineMixin
from tiendo.audit.models import AuditEntry
from tiendo.core.vn import format_date
from tiendo.units.models import Succession, Unit
from tiendo.units.selectors import valid_on_q
from tiendo.units.services import (
    succession_check,
    succession_create,
    unit_check,
    unit_search_text,
)

# The day before and the day the 2025 reorganisation took effect (district level abolished).
_BEFORE_2025 = dt.date(2025, 6, 30)
_AFTER_2025 = dt.date(2025, 7, 1)


class ValidOnFilter(admin.SimpleListFilter):
    """Units valid on a day: today, either side of 1/7/2025, or any ``?valid_on=YYYY-MM-DD``."""

    title = _("có hiệu lực vào ngày")
    parameter_name = "valid_on"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        choices = [
            ("today", str(_("Hôm nay"))),
            (_BEFORE_2025.isoformat(), str(_("30/6/2025 (trước sắp xếp)"))),
            (_AFTER_2025.isoformat(), str(_("1/7/2025 (sau sắp xếp)"))),
        ]
        chosen = self.value()
        if chosen and chosen not in dict(choices):
            day = self._day(chosen)
            choices.append((chosen, format_date(day)))
        return choices

    def queryset(self, request: HttpRequest, queryset: Any) -> Any:
        if not self.value():
            return queryset
        return queryset.filter(valid_on_q(self._day(self.value())))

    @staticmethod
    def _day(value: str) -> dt.date:
        if value == "today":
            return timezone.localdate()
        try:
            return dt.date.fromisoformat(value)
        except ValueError as error:
            raise IncorrectLookupParameters(error) from error


def _check_new_succession(obj: Succession) -> None:
    # The lineage check refuses a link that already exists, the link itself included:
    # it applies to new links; an existing one is edited for its note, share or kind.
    if obj.pk is None:
        succession_check(obj)


def _create_succession(request: HttpRequest, obj: Succession) -> Succession:
    # Through the service: it also ends the predecessor's validity the day before.
    return succession_create(
        predecessor=obj.predecessor, successor=obj.successor, date=obj.date, kind=obj.kind,
        share=obj.share, note=obj.note, by=request.user, source=AuditEntry.Source.ADMIN,
    )


class SuccessionInline(CheckedInlineMixin, admin.TabularInline):
    model = Succession
    fk_name = "predecessor"
    fields = ("successor", "kind", "date", "share", "note")
    autocomplete_fields = ("successor",)
    extra = 0
    verbose_name = _("đơn vị kế thừa")
    verbose_name_plural = _("đơn vị kế thừa (khi sáp nhập, chia tách)")

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        _check_new_succession(obj)

    def create_through_service(self, request: HttpRequest, obj: Any) -> Succession:
        return _create_succession(request, obj)

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).select_related("successor")


@admin.register(Unit)
class UnitAdmin(AuditedModelAdmin):
    list_display = (
        "name",
        "short_name",
        "kind",
        "level",
        "parent",
        "code",
        "validity",
        "is_sample",
    )
    list_filter = ("level", "kind", ValidOnFilter, "is_sample")
    search_fields = ("name", "short_name", "code")
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)
    inlines = (SuccessionInline,)
    fieldsets = (
        (None, {"fields": ("name", "short_name", "kind", "level", "admin_type", "parent", "code")}),
        (_("Hiệu lực"), {"fields": ("valid_from", "valid_to", "is_sample")}),
    )

    @admin.display(description=_("hiệu lực"), ordering="valid_from")
    def validity(self, unit: Unit) -> str:
        start = format_date(unit.valid_from) or "…"
        end = format_date(unit.valid_to) or _("nay")
        return f"{start} – {end}"

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        unit_check(obj)
        obj.search_text = unit_search_text(obj)


@admin.register(Succession)
class SuccessionAdmin(AuditedModelAdmin):
    list_display = ("predecessor", "successor", "kind", "date", "share")
    list_filter = ("kind", "predecessor__level")
    search_fields = ("predecessor__name", "successor__name", "note")
    folded_search_fields = ("predecessor__search_text", "successor__search_text")
    list_select_related = ("predecessor", "successor")
    autocomplete_fields = ("predecessor", "successor")
    date_hierarchy = "date"

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        _check_new_succession(obj)

    def create_through_service(self, request: HttpRequest, obj: Any) -> Succession:
        return _create_succession(request, obj)
