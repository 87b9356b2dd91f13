"""Periods, targets, results and reporting statuses in the admin.

The result list shows ``% kế hoạch``, ``% cùng kỳ`` and ``Đánh giá`` computed in SQL for
every row of the page (one query whatever the page size), by the same rules as
``tiendo.results.selectors.judge_result``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Case, OuterRef, Q, QuerySet, Subquery, When
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tiendo.audit.admin_mixins import AuditedModelAdmin
from tiendo.core.vn import format_number, format_percent
from tiendo.results.computations import Judgement
from tiendo.results.judgement import DECIMAL, judgement_expr, pct_of_expr, pct_of_plan_expr
from tiendo.results.models import Period, ReportingStatus, Result, Target
from tiendo.results.selectors import CURRENT_ORDER, TARGET_PRECEDENCE
from tiendo.results.services import (
    Action,
    _refuse_if_locked,
    _result_check,
    _target_check,
    reporting_status_set,
)

_YEAR, _TERM = Period.Kind.YEAR, Period.Kind.TERM


def show_value(value: Decimal | None, uom: str) -> str:
    """``404 tỷ đồng``, ``98,35%``: the value in the indicator's unit of measure."""
    if value is None:
        return "—"
    number = format_number(value)
    return f"{number}%" if uom.strip() == "%" else f"{number} {uom}".strip()


def judged(results: QuerySet[Result]) -> QuerySet[Result]:
    """Results annotated ``target_value``, ``last_value``, ``pct_of_plan``, ``pct_of_last``
    (this year's value as a percent of last year's) and ``judgement``.

    The target is the one that applies to the result's period (a term period: that term's;
    otherwise its year's, budget estimate before yearly plan before resolution, failing
    those a term covering the year); last year is the current result of the same period a
    year (a term: a term) earlier. Like ``judge_result``, the result's own value is judged.
    """
    same = {"unit": OuterRef("unit"), "indicator": OuterRef("indicator")}
    year = OuterRef("period__year")
    for_term = Target.objects.filter(period=OuterRef("period"), **same)
    for_year = Target.objects.filter(
        Q(period__kind=_YEAR, period__year=year)
        | Q(period__kind=_TERM, period__year__lte=year, period__number__gte=year),
        **same,
    )

    def target(column: str, output: Any = None) -> Case:
        def first(targets: QuerySet[Target]) -> Subquery:
            ordered = targets.order_by(TARGET_PRECEDENCE, "period__year", "-id")
            return Subquery(ordered.values(column)[:1], output_field=output)

        return Case(
            When(period__kind=_TERM, then=first(for_term)),
            default=first(for_year),
            output_field=output,
        )

    last_term = Result.objects.filter(
        period__kind=_TERM,
        period__number=year,
        period__year=2 * OuterRef("period__year") - OuterRef("period__number"),
        **same,
    )
    last_other = Result.objects.filter(
        period__kind=OuterRef("period__kind"),
        period__year=year - 1,
        period__number=OuterRef("period__number"),
        **same,
    )

    def last(results_: QuerySet[Result]) -> Subquery:
        return Subquery(results_.order_by(*CURRENT_ORDER).values("value")[:1], output_field=DECIMAL)

    # A period ending before its target's (9 months against the year) is still in progress.
    partial = ~Q(period__kind__in=(_YEAR, _TERM)) | Q(period__kind=_YEAR, target_period_kind=_TERM)
    return results.annotate(
        target_value=target("value", DECIMAL),
        target_comparator=target("comparator"),
        target_period_kind=target("period__kind"),
        last_value=Case(
            When(period__kind=_TERM, then=last(last_term)),
            default=last(last_other),
            output_field=DECIMAL,
        ),
    ).annotate(
        pct_of_plan=pct_of_plan_expr(
            "value", "target_value", "target_comparator", "indicator__direction"
        ),
        pct_of_last=pct_of_expr("value", "last_value"),
        judgement=judgement_expr(
            "value", "target_value", "target_comparator", "indicator__direction", partial
        ),
    )


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
        _target_check(obj)


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

    def get_queryset(self, request: HttpRequest) -> QuerySet[Result]:
        return judged(super().get_queryset(request))

    @admin.display(description=_("thực hiện"), ordering="value")
    def shown_value(self, result: Result) -> str:
        return show_value(result.value, result.indicator.uom)

    @admin.display(description=_("% kế hoạch"), ordering="pct_of_plan")
    def plan_percent(self, result: Result) -> str:
        return format_percent(getattr(result, "pct_of_plan", None), decimals=1) or "—"

    @admin.display(description=_("% cùng kỳ"), ordering="pct_of_last")
    def last_year_percent(self, result: Result) -> str:
        return format_percent(getattr(result, "pct_of_last", None), decimals=1) or "—"

    @admin.display(description=_("Đánh giá"), ordering="judgement")
    def judgement_label(self, result: Result) -> str:
        value = getattr(result, "judgement", None)
        return str(Judgement(value).label) if value else "—"

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        _refuse_if_locked(obj.unit, obj.period)
        _result_check(obj)

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
