"""Terms, documents and the indicator catalogue in the admin."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from tiendo.audit.admin_mixins import AuditedModelAdmin
from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.catalogue.services import document_prepare, indicator_prepare, term_check


@admin.register(Term)
class TermAdmin(AuditedModelAdmin):
    list_display = ("__str__", "unit", "body", "number", "start_year", "end_year")
    list_filter = ("body", ("unit", admin.RelatedOnlyFieldListFilter), "start_year")
    search_fields = ("unit__name", "unit__short_name", "=start_year")
    folded_search_fields = ("unit__search_text",)
    list_select_related = ("unit",)
    autocomplete_fields = ("unit",)

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        term_check(obj)


@admin.register(Document)
class DocumentAdmin(AuditedModelAdmin):
    list_display = ("number_symbol", "kind", "date", "issuer", "short_title", "style")
    list_filter = ("kind", "style", ("issuer", admin.RelatedOnlyFieldListFilter), "is_sample")
    search_fields = ("number_symbol", "title", "issuer_name")
    list_select_related = ("issuer",)
    autocomplete_fields = ("issuer", "term")
    date_hierarchy = "date"
    # Parsed from the number-symbol on save (62-NQ/TU → 62, NQ, TU, Đảng).
    readonly_fields = ("number", "kind_symbol", "issuer_symbol", "style")
    fieldsets = (
        (
            None,
            {"fields": ("kind", "number_symbol", "date", "issuer", "issuer_name", "title", "term")},
        ),
        (_("Tách từ số, ký hiệu"), {"fields": ("number", "kind_symbol", "issuer_symbol", "style")}),
        (_("Nguồn"), {"fields": ("source_label", "is_sample")}),
    )

    @admin.display(description=_("trích yếu"), ordering="title")
    def short_title(self, document: Document) -> str:
        return document.title if len(document.title) <= 90 else document.title[:89] + "…"

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        document_prepare(obj)


@admin.register(Indicator)
class IndicatorAdmin(AuditedModelAdmin):
    list_display = ("name", "code", "uom", "field", "direction", "aggregation", "sort_order")
    list_filter = ("field", "direction", "aggregation", "is_sample")
    search_fields = ("name", "code")
    list_select_related = ("weight",)
    autocomplete_fields = ("weight",)
    ordering = ("field", "sort_order", "name")

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        indicator_prepare(obj)
