"""Periods, targets, results and reporting statuses in the admin.

The result list shows ``% kế hoạch``, ``So với cùng kỳ`` (the change, ``+22%``) and ``Đánh giá``
for every row of the page, judged together by ``tiendo.results.selectors.results_judged_rows``
(two queries whatever the page size) with the rules of the unit dashboard. They are
computed, so the list cannot be ordered by them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tiendo.audit.admin_mixins import AuditedModelAdmin
from tiendo.core.vn import format_change, format_number, format_percent
from tiendo.results.computations import Judgement
from tiendo.results.models import Period, ReportingStatus, Result, Target
from tiendo.results.selectors import JudgedResult, judge_result, results_judged_rows
from tiendo.results.services import (
    Action,
    refuse_if_locked,
    reporting_status_set,
    result_check,
    target_check,
)


def show_value(value: Decimal | None, uom: str) -> str:
    """``404 tỷ đồng``, ``98,35%``: the value in the indicator's unit of measure."""
    if value is None:
        return "—"
    number = format_number(value)
    return f"{number}%" if uom.strip() == "%" else f"{number} {uom}".strip()


@admin.register(Period)
class PeriodAdmin(AuditedModelAdmin):
    list_display = ("__str__", "kind", "year", "number", "start", "end")
    list_filter = ("kind", "year")
    search_fields = ("=year",)
    ordering = ("-end", "start")


@admin.register(Target)
class TargetAdmin(AuditedModelAdmin):
    list_display = (
        "indicator",
        "unit",
        "period",
        "target_value",
        "comparator",
        "source",
        "derived",
    )
    list_filter = (
        "source",
        "indicator__field",
        "comparator",
        ("period", admin.RelatedOnlyFieldListFilter),
        ("unit", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("indicator__name", "unit__name", "document__number_symbol")
    folded_search_fields = ("indicator__search_text", "unit__search_text")
    list_select_related = ("indicator", "unit", "period")
    autocomplete_fields = ("indicator", "unit", "period", "term", "assigned_by", "document")

    @admin.display(description=_("giá trị"), ordering="value")
    def target_value(self, target: Target) -> str:
        return show_value(target.value, target.uom)

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        target_check(obj)


class JudgedChangeList(ChangeList):
    """Judges the page's results together once they are fetched."""

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        judged = results_judged_rows(list(self.result_list))
        for result in self.result_list:
            result.judged = judged.get(result.pk)


@admin.register(Result)
class ResultAdmin(AuditedModelAdmin):
    list_display = (
        "indicator",
        "unit",
        "period",
        "shown_value",
        "plan_percent",
        "last_year_percent",
        "judgement_label",
        "estimated",
        "provenance",
        "status",
    )
    list_filter = (
        "status",
        "provenance",
        "estimated",
        "indicator__field",
        ("period", admin.RelatedOnlyFieldListFilter),
        ("unit", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("indicator__name", "unit__name", "source_label", "evidence")
    folded_search_fields = ("indicator__search_text", "unit__search_text")
    list_select_related = ("indicator", "unit", "period")
    autocomplete_fields = ("indicator", "unit", "period")
    readonly_fields = ("plan_percent", "last_year_percent", "judgement_label", "created_by")
    # A province holds millions of results: counting them all on every page costs more
    # than the number is worth.
    show_full_result_count = False
    fieldsets = (
        (
            None,
            {"fields": ("indicator", "unit", "period", "value", "estimated", "derived", "status")},
        ),
        (
            _("Đánh giá (tính tự động)"),
            {
                "fields": ("plan_percent", "last_year_percent", "judgement_label"),
            },
        ),
        (
            _("Nguồn"),
            {
                "fields": (
                    "provenance",
                    "source_label",
                    "source_url",
                    "source_ref",
                    "evidence",
                    "evidence_start",
                    "evidence_end",
                    "note",
                    "created_by",
                    "is_sample",
                )
            },
        ),
    )

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return JudgedChangeList

    @staticmethod
    def _judged(result: Result) -> JudgedResult | None:
        """The page's judgement, or (on the change form) this result's own; None unsaved."""
        if not hasattr(result, "judged"):
            result.judged = judge_result(result) if result.pk is not None else None
        return result.judged

    @admin.display(description=_("thực hiện"), ordering="value")
    def shown_value(self, result: Result) -> str:
        return show_value(result.value, result.indicator.uom)

    @admin.display(description=_("% kế hoạch"))
    def plan_percent(self, result: Result) -> str:
        judged = self._judged(result)
        return format_percent(judged.pct_of_plan if judged else None, decimals=1) or "—"

    @admin.display(description=_("So với cùng kỳ"))
    def last_year_percent(self, result: Result) -> str:
        judged = self._judged(result)
        return format_change(judged.yoy_pct if judged else None, decimals=1) or "—"

    @admin.display(description=_("Đánh giá"))
    def judgement_label(self, result: Result) -> str:
        judged = self._judged(result)
        return str(Judgement(judged.status).label) if judged and judged.status else "—"

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        refuse_if_locked(obj.unit, obj.period)
        result_check(obj)

    def save_model(self, request: HttpRequest, obj: Result, form: Any, change: bool) -> None:
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ReportingStatus)
class ReportingStatusAdmin(AuditedModelAdmin):
    """The state moves only through the actions, which move the unit's results with it."""

    list_display = ("unit", "period", "state", "changed_by", "changed_at")
    list_filter = (
        "state",
        ("period", admin.RelatedOnlyFieldListFilter),
        ("unit", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("unit__name", "reason")
    folded_search_fields = ("unit__search_text",)
    list_select_related = ("unit", "period", "changed_by")
    autocomplete_fields = ("unit", "period")
    readonly_fields = ("state", "changed_by", "changed_at", "reason")
    date_hierarchy = "changed_at"
    actions = ("submit", "approve")

    @admin.action(description=_("Gửi duyệt báo cáo đã chọn"))
    def submit(self, request: HttpRequest, queryset: QuerySet[ReportingStatus]) -> None:
        self._apply(request, queryset, Action.SUBMIT)

    @admin.action(description=_("Phê duyệt và khóa báo cáo đã chọn"))
    def approve(self, request: HttpRequest, queryset: QuerySet[ReportingStatus]) -> None:
        self._apply(request, queryset, Action.APPROVE)

    def _apply(
        self, request: HttpRequest, queryset: QuerySet[ReportingStatus], action: str
    ) -> None:
        done = 0
        for status in queryset.select_related("unit", "period"):
            try:
                reporting_status_set(
                    unit=status.unit, period=status.period, action=action, by=request.user
                )
            except ValidationError as error:
                for message in error.messages:
                    self.message_user(request, f"{status}: {message}", messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(request, _("Đã cập nhật %(count)s báo cáo.") % {"count": done})
