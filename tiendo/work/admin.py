"""Key tasks, meetings, people, recommendations and shortcomings in the admin.

Forms run the same checks as ``tiendo.work.services``; the task list shows the board
status computed in SQL (``tiendo.work.selectors.board_status``).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.audit.admin_mixins import AuditedModelAdmin, CheckedInlineMixin
from tiendo.work.models import KeyTask, Meeting, Person, ProgressNote, Recommendation, Shortcoming
from tiendo.work.selectors import BoardStatus, board_status
from tiendo.work.services import (
    key_task_check,
    key_task_search_text,
    meeting_check,
    progress_note_check,
    recommendation_check,
    shortcoming_check,
)

_RELATED_ONLY = admin.RelatedOnlyFieldListFilter


def _short(text: str, length: int = 90) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class BoardStatusFilter(admin.SimpleListFilter):
    title = _("tình trạng")
    parameter_name = "board"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return list(BoardStatus.choices)

    def queryset(self, request: HttpRequest, queryset: QuerySet[KeyTask]) -> QuerySet[KeyTask]:
        return queryset.filter(board_status=self.value()) if self.value() else queryset


class ProgressNoteInline(CheckedInlineMixin, admin.TabularInline):
    model = ProgressNote
    fields = ("date", "text", "percent", "by")
    readonly_fields = ("by",)
    extra = 0

    def get_queryset(self, request: HttpRequest) -> QuerySet[ProgressNote]:
        return super().get_queryset(request).select_related("by")

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        progress_note_check(obj)


@admin.register(KeyTask)
class KeyTaskAdmin(AuditedModelAdmin):
    list_display = (
        "short_title",
        "unit",
        "lead_unit",
        "period",
        "deadline",
        "board",
        "completed_on",
    )
    list_filter = (
        BoardStatusFilter,
        "status",
        "field",
        ("period", _RELATED_ONLY),
        ("unit", _RELATED_ONLY),
        ("lead_unit", _RELATED_ONLY),
    )
    search_fields = ("title", "source_label")
    list_select_related = ("unit", "lead_unit", "period")
    autocomplete_fields = (
        "unit",
        "lead_unit",
        "coordinating_units",
        "period",
        "meeting",
        "document",
        "carried_over_from",
    )
    date_hierarchy = "deadline"
    inlines = (ProgressNoteInline,)
    fieldsets = (
        (None, {"fields": ("title", "unit", "lead_unit", "coordinating_units", "field", "period")}),
        (_("Tiến độ"), {"fields": ("deadline", "status", "completed_on")}),
        (
            _("Nguồn"),
            {
                "fields": (
                    "meeting",
                    "document",
                    "carried_over_from",
                    "source_label",
                    "is_sample",
                )
            },
        ),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[KeyTask]:
        return (
            super().get_queryset(request).annotate(board_status=board_status(timezone.localdate()))
        )

    @admin.display(description=_("nội dung nhiệm vụ"), ordering="title")
    def short_title(self, task: KeyTask) -> str:
        return _short(task.title)

    @admin.display(description=_("tình trạng"), ordering="board_status")
    def board(self, task: KeyTask) -> str:
        return str(BoardStatus(task.board_status).label)

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        if "coordinating_units" in cleaned_data:
            coordinating = list(cleaned_data["coordinating_units"])
        else:
            coordinating = list(obj.coordinating_units.all()) if obj.pk else []
        key_task_check(obj, coordinating_units=coordinating)
        obj.search_text = key_task_search_text(obj)

    def prepare_inline(self, request: HttpRequest, obj: Any) -> None:
        if isinstance(obj, ProgressNote) and obj.pk is None and obj.by_id is None:
            obj.by = request.user


@admin.register(Person)
class PersonAdmin(AuditedModelAdmin):
    list_display = ("name", "titles_shown", "unit")
    list_filter = (("unit", _RELATED_ONLY), "is_sample")
    search_fields = ("name", "unit__name")
    folded_search_fields = ("unit__search_text",)
    list_select_related = ("unit",)
    autocomplete_fields = ("unit",)

    @admin.display(description=_("chức vụ"))
    def titles_shown(self, person: Person) -> str:
        return "; ".join(person.titles)


@admin.register(Meeting)
class MeetingAdmin(AuditedModelAdmin):
    list_display = ("__str__", "kind", "unit", "date", "session", "extended", "chair")
    list_filter = (
        "kind",
        "extended",
        ("unit", _RELATED_ONLY),
        ("review_period", _RELATED_ONLY),
        ("plan_period", _RELATED_ONLY),
    )
    search_fields = ("organizer_name", "conclusions", "chair__name", "unit__name", "source_label")
    folded_search_fields = ("unit__search_text",)
    list_select_related = ("unit", "chair")
    autocomplete_fields = (
        "unit",
        "term",
        "review_period",
        "plan_period",
        "chair",
        "visitor",
        "attendees",
        "documents",
    )
    date_hierarchy = "date"

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        meeting_check(obj)


@admin.register(Recommendation)
class RecommendationAdmin(AuditedModelAdmin):
    list_display = ("short_text", "from_unit", "to_unit", "topic", "status", "answered_on")
    list_filter = ("status", ("from_unit", _RELATED_ONLY), ("to_unit", _RELATED_ONLY))
    search_fields = ("text", "answer", "topic", "from_unit__name")
    folded_search_fields = ("from_unit__search_text", "to_unit__search_text")
    list_select_related = ("from_unit", "to_unit")
    autocomplete_fields = ("from_unit", "to_unit", "meeting")
    date_hierarchy = "answered_on"

    @admin.display(description=_("nội dung kiến nghị"), ordering="text")
    def short_text(self, recommendation: Recommendation) -> str:
        return _short(recommendation.text)

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        recommendation_check(obj)


@admin.register(Shortcoming)
class ShortcomingAdmin(AuditedModelAdmin):
    list_display = ("short_text", "unit", "period", "field", "cause_kind")
    list_filter = (
        "field",
        "cause_kind",
        ("period", _RELATED_ONLY),
        ("unit", _RELATED_ONLY),
    )
    search_fields = ("text", "cause", "unit__name")
    folded_search_fields = ("unit__search_text",)
    list_select_related = ("unit", "period")
    autocomplete_fields = ("unit", "period", "meeting")

    @admin.display(description=_("hạn chế, khó khăn"), ordering="text")
    def short_text(self, shortcoming: Shortcoming) -> str:
        return _short(shortcoming.text)

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        shortcoming_check(obj)
