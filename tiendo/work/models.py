"""Key tasks, meetings, people, recommendations and shortcomings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tiendo.catalogue.models import Document, Term
from tiendo.core.models import Field, Sample, Versioned
from tiendo.results.models import Period
from tiendo.units.models import Unit


class Person(Versioned, Sample):
    """A named official, with the titles the texts give them."""

    name = models.CharField(_("họ và tên"), max_length=120)
    titles = models.JSONField(_("chức vụ"), default=list, blank=True)
    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="people",
    )

    class Meta:
        verbose_name = _("cán bộ")
        verbose_name_plural = _("cán bộ")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "unit"], name="person_unique_per_unit"),
            # NULL units are distinct for the constraint above: people of no unit need their own.
            models.UniqueConstraint(
                fields=["name"], condition=models.Q(unit__isnull=True),
                name="person_unique_without_unit",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Meeting(Versioned, Sample):
    """A conference, session or working visit, and what it adopted."""

    class Kind(models.TextChoices):
        EXECUTIVE = "executive", _("Hội nghị Ban Chấp hành")
        STANDING = "standing", _("Hội nghị Ban Thường vụ")
        CONFERENCE = "conference", _("Hội nghị")
        WORKING_VISIT = "working_visit", _("Buổi làm việc")
        COUNCIL_SESSION = "council_session", _("Kỳ họp HĐND")
        COMMITTEE_MEETING = "committee_meeting", _("Phiên họp UBND")

    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="meetings")
    organizer_name = models.CharField(
        _("cơ quan tổ chức"), max_length=200, blank=True, help_text=_("Như văn bản gọi: Thành ủy Lạng Sơn")
    )
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices)
    session = models.PositiveSmallIntegerField(_("lần thứ"), null=True, blank=True)
    extended = models.BooleanField(_("mở rộng"), default=False)
    term = models.ForeignKey(
        Term, verbose_name=_("nhiệm kỳ"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="meetings",
    )
    date = models.DateField(_("ngày"), null=True, blank=True)
    review_period = models.ForeignKey(
        Period, verbose_name=_("kỳ đánh giá"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="reviewed_in",
    )
    plan_period = models.ForeignKey(
        Period, verbose_name=_("kỳ triển khai"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="planned_in",
    )
    chair = models.ForeignKey(
        Person, verbose_name=_("chủ trì"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="chaired_meetings",
    )
    chair_title = models.CharField(_("chức vụ người chủ trì"), max_length=200, blank=True)
    visitor = models.ForeignKey(
        Unit, verbose_name=_("đoàn công tác của"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="visits_made", help_text=_("Với buổi làm việc: cấp trên đến làm việc"),
    )
    attendees = models.ManyToManyField(Person, verbose_name=_("thành phần dự"), blank=True, related_name="meetings")
    documents = models.ManyToManyField(
        Document, verbose_name=_("văn bản thông qua"), blank=True, related_name="adopted_at"
    )
    conclusions = models.TextField(_("kết luận"), blank=True)
    source_label = models.CharField(_("nguồn"), max_length=300, blank=True)
    source_url = models.URLField(_("địa chỉ nguồn"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("hội nghị, buổi làm việc")
        verbose_name_plural = _("hội nghị, buổi làm việc")
        ordering = ["-date"]
        indexes = [models.Index(fields=["unit", "-date"])]

    def __str__(self) -> str:
        label = self.get_kind_display()
        if self.session:
            label = f"{label} lần thứ {self.session}"
        if self.extended:
            label = f"{label} (mở rộng)"
        where = self.organizer_name or str(self.unit)
        when = f", {self.date.day}/{self.date.month}/{self.date.year}" if self.date else ""
        return f"{label} – {where}{when}"


class KeyTask(Versioned, Sample):
    """A key task set by a meeting or a document for a period."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Chưa triển khai")
        IN_PROGRESS = "in_progress", _("Đang thực hiện")
        DONE = "done", _("Hoàn thành")
        CANCELLED = "cancelled", _("Dừng thực hiện")

    title = models.TextField(_("nội dung nhiệm vụ"))
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị giao"), on_delete=models.PROTECT, related_name="key_tasks")
    lead_unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị chủ trì"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="led_tasks",
    )
    coordinating_units = models.ManyToManyField(
        Unit, verbose_name=_("đơn vị phối hợp"), blank=True, related_name="coordinated_tasks"
    )
    field = models.CharField(_("lĩnh vực"), max_length=16, choices=Field.choices, blank=True)
    period = models.ForeignKey(
        Period, verbose_name=_("kỳ"), null=True, blank=True, on_delete=models.PROTECT, related_name="key_tasks"
    )
    deadline = models.DateField(_("hạn hoàn thành"), null=True, blank=True, db_index=True)
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status.choices, default=Status.NOT_STARTED, db_index=True
    )
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("hội nghị giao"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="tasks",
    )
    document = models.ForeignKey(
        Document, verbose_name=_("văn bản giao"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="tasks",
    )
    carried_over_from = models.ForeignKey(
        "self", verbose_name=_("chuyển tiếp từ"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="carried_over_to",
    )
    source_label = models.CharField(_("nguồn"), max_length=300, blank=True)
    search_text = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("nhiệm vụ trọng tâm")
        verbose_name_plural = _("nhiệm vụ trọng tâm")
        ordering = ["deadline", "id"]
        indexes = [
            models.Index(fields=["unit", "period", "status"]),
            # The lead unit's board and the overdue counts.
            models.Index(fields=["lead_unit", "status", "deadline"], name="key_task_lead_status_deadline"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(completed_on__isnull=True) | models.Q(status="done"),
                name="key_task_completed_on_only_when_done",
            )
        ]

    def __str__(self) -> str:
        return self.title if len(self.title) <= 80 else self.title[:79] + "…"


class ProgressNote(models.Model):
    task = models.ForeignKey(KeyTask, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE, related_name="notes")
    date = models.DateField(_("ngày"))
    text = models.TextField(_("tiến độ"))
    percent = models.PositiveSmallIntegerField(_("% hoàn thành"), null=True, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người cập nhật"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("ghi nhận tiến độ")
        verbose_name_plural = _("ghi nhận tiến độ")
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percent__isnull=True) | models.Q(percent__lte=100),
                name="progress_note_percent_le_100",
            )
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y}: {self.text[:60]}"


class Recommendation(Versioned, Sample):
    """What a unit asks of the level above, and the answer it gets."""

    class Status(models.TextChoices):
        OPEN = "open", _("Chưa trả lời")
        ANSWERED = "answered", _("Đã trả lời")
        RESOLVED = "resolved", _("Đã giải quyết")
        DECLINED = "declined", _("Không chấp thuận")

    from_unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị kiến nghị"), on_delete=models.PROTECT, related_name="recommendations_made"
    )
    to_unit = models.ForeignKey(
        Unit, verbose_name=_("gửi đến"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="recommendations_received",
    )
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("tại hội nghị"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="recommendations",
    )
    topic = models.CharField(_("lĩnh vực, chủ đề"), max_length=200, blank=True)
    text = models.TextField(_("nội dung kiến nghị"))
    answer = models.TextField(_("trả lời"), blank=True)
    answered_on = models.DateField(_("ngày trả lời"), null=True, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status.choices, default=Status.OPEN, db_index=True
    )

    class Meta:
        verbose_name = _("kiến nghị")
        verbose_name_plural = _("kiến nghị")
        ordering = ["status", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="open") | models.Q(answered_on__isnull=True),
                name="recommendation_open_not_answered",
            )
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"


class Shortcoming(Versioned, Sample):
    """A limitation or difficulty named for a unit and period, with its cause."""

    class CauseKind(models.TextChoices):
        OBJECTIVE = "objective", _("Khách quan")
        SUBJECTIVE = "subjective", _("Chủ quan")

    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="shortcomings")
    period = models.ForeignKey(
        Period, verbose_name=_("kỳ"), on_delete=models.PROTECT, related_name="shortcomings"
    )
    field = models.CharField(_("lĩnh vực"), max_length=16, choices=Field.choices, blank=True)
    text = models.TextField(_("hạn chế, khó khăn"))
    cause = models.TextField(_("nguyên nhân"), blank=True)
    cause_kind = models.CharField(_("loại nguyên nhân"), max_length=12, choices=CauseKind.choices, blank=True)
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("nêu tại"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="shortcomings",
    )
    source_label = models.CharField(_("nguồn"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("hạn chế, khó khăn")
        verbose_name_plural = _("hạn chế, khó khăn")
        ordering = ["unit", "period", "id"]
        indexes = [models.Index(fields=["unit", "period"])]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"
