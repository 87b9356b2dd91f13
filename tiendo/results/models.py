"""Reporting periods, targets handed down, and results reported per unit × indicator × period."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.core.models import Sample, Versioned
from tiendo.units.models import Unit


class Period(models.Model):
    """A reporting period. Cumulative from 1 January unless the kind says otherwise.

    ``month`` and ``quarter`` cover one month or quarter; ``ytd`` covers the first
    ``months`` months of the year (6 = ``6 tháng đầu năm``, 9 = ``9 tháng``); ``year`` the
    whole year; ``term`` the years of a term of office (``start``..``end`` years).
    """

    class Kind(models.TextChoices):
        MONTH = "month", _("Tháng")
        QUARTER = "quarter", _("Quý")
        YTD = "ytd", _("Lũy kế từ đầu năm")
        YEAR = "year", _("Năm")
        TERM = "term", _("Nhiệm kỳ")

    kind = models.CharField(_("loại kỳ"), max_length=8, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveSmallIntegerField(
        _("số"), default=0,
        help_text=_("Tháng (1–12), quý (1–4), số tháng lũy kế (1–11), năm cuối nhiệm kỳ; 0 cho năm"),
    )
    start = models.DateField(_("từ ngày"))
    end = models.DateField(_("đến ngày"))

    class Meta:
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        ordering = ["-end", "start"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "year", "number"], name="period_unique"),
        ]
        indexes = [models.Index(fields=["start", "end"])]

    def __str__(self) -> str:
        from tiendo.results.periods import period_label

        return period_label(self)


class Target(Versioned, Sample):
    """The value to reach: a resolution's term target, a yearly plan, or a budget estimate handed down."""

    class Comparator(models.TextChoices):
        AT_LEAST = "ge", _("Từ … trở lên (≥)")
        AT_MOST = "le", _("Không quá (≤)")
        EQUAL = "eq", _("Bằng (=)")

    class Source(models.TextChoices):
        RESOLUTION = "resolution", _("Chỉ tiêu nghị quyết")
        YEARLY_PLAN = "yearly_plan", _("Kế hoạch năm")
        BUDGET_ESTIMATE = "budget_estimate", _("Dự toán cấp trên giao")

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT, related_name="targets"
    )
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="targets")
    period = models.ForeignKey(
        Period, verbose_name=_("kỳ"), on_delete=models.PROTECT, related_name="targets"
    )
    term = models.ForeignKey(
        Term, verbose_name=_("nhiệm kỳ"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="targets",
    )
    value = models.DecimalField(_("giá trị"), max_digits=24, decimal_places=6)
    uom = models.CharField(_("đơn vị tính"), max_length=60)
    comparator = models.CharField(
        _("so sánh"), max_length=2, choices=Comparator.choices, default=Comparator.AT_LEAST
    )
    source = models.CharField(_("nguồn"), max_length=16, choices=Source.choices)
    assigned_by = models.ForeignKey(
        Unit, verbose_name=_("cấp giao"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="targets_assigned",
    )
    document = models.ForeignKey(
        Document, verbose_name=_("văn bản giao"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="targets",
    )
    derived = models.BooleanField(
        _("suy ra"), default=False,
        help_text=_("Suy ra từ một tỷ lệ % kế hoạch trong văn bản, không phải số được giao trực tiếp"),
    )
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("chỉ tiêu kế hoạch")
        verbose_name_plural = _("chỉ tiêu kế hoạch")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "indicator", "period", "source"], name="target_unique"
            ),
        ]
        indexes = [models.Index(fields=["unit", "period", "indicator"])]

    def __str__(self) -> str:
        return f"{self.indicator.name} – {self.unit} – {self.period}: {self.value} {self.uom}"


class Result(Versioned, Sample):
    """A value achieved by a unit for an indicator in a period, with where it came from.

    One result per unit × indicator × period × provenance kind; the current value of a
    unit × indicator × period is the latest approved one, else the latest.
    """

    class Provenance(models.TextChoices):
        MANUAL = "manual", _("Nhập tay")
        SHEET = "sheet", _("Nhập từ bảng tính")
        TEXT = "text", _("Trích từ văn bản")
        SYNTHETIC = "synthetic", _("Sinh tự động (mẫu)")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Nháp")
        SUBMITTED = "submitted", _("Đã gửi duyệt")
        APPROVED = "approved", _("Đã phê duyệt")
        LOCKED = "locked", _("Đã khóa")

    # Unit and indicator are the leading columns of the composite indexes below, which
    # serve their lookups; a single-column index more would only slow every bulk load.
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT, related_name="results",
        db_index=False,
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="results", db_index=False
    )
    period = models.ForeignKey(
        Period, verbose_name=_("kỳ"), on_delete=models.PROTECT, related_name="results"
    )
    value = models.DecimalField(_("giá trị"), max_digits=24, decimal_places=6)
    # No index: a two-valued column no query of results filters on alone.
    is_sample = models.BooleanField(_("dữ liệu mẫu"), default=False)
    estimated = models.BooleanField(_("ước tính"), default=False)
    derived = models.BooleanField(
        _("suy ra"), default=False,
        help_text=_("Suy ra từ mức tăng, giảm so với cùng kỳ, không phải số được báo cáo trực tiếp"),
    )
    provenance = models.CharField(
        _("nguồn gốc"), max_length=12, choices=Provenance.choices, default=Provenance.MANUAL
    )
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    source_label = models.CharField(
        _("nguồn"), max_length=300, blank=True, help_text=_("Ví dụ Báo Lạng Sơn; tệp và ô của bảng tính")
    )
    source_url = models.URLField(_("địa chỉ nguồn"), max_length=500, blank=True)
    source_ref = models.CharField(
        _("mã nguồn"), max_length=200, blank=True,
        help_text=_("Mã băm của tệp đã tải lên, hoặc tên trang tính và ô"),
    )
    evidence = models.TextField(_("câu trích"), blank=True)
    evidence_start = models.PositiveIntegerField(_("vị trí đầu"), null=True, blank=True)
    evidence_end = models.PositiveIntegerField(_("vị trí cuối"), null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người nhập"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", db_index=False,
    )

    class Meta:
        verbose_name = _("kết quả")
        verbose_name_plural = _("kết quả")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "indicator", "period", "provenance"], name="result_unique"
            ),
            models.CheckConstraint(
                condition=Q(evidence_start__isnull=True)
                | Q(evidence_end__gte=models.F("evidence_start")),
                name="result_evidence_span_ordered",
            ),
        ]
        indexes = [
            models.Index(fields=["unit", "period", "indicator"]),
            models.Index(fields=["indicator", "period", "unit"]),
            # Only the rows a person typed in: deleting an account finds them without a scan.
            models.Index(
                fields=["created_by"], condition=Q(created_by__isnull=False), name="result_created_by_set"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.name} – {self.unit} – {self.period}: {self.value}"


class ReportingStatus(models.Model):
    """Where a unit's report for a period stands: open, submitted, sent back, or approved and locked."""

    class State(models.TextChoices):
        OPEN = "open", _("Đang nhập")
        SUBMITTED = "submitted", _("Đã gửi duyệt")
        RETURNED = "returned", _("Bị trả lại")
        LOCKED = "locked", _("Đã phê duyệt và khóa")

    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="reporting_statuses"
    )
    period = models.ForeignKey(
        Period, verbose_name=_("kỳ"), on_delete=models.PROTECT, related_name="reporting_statuses"
    )
    state = models.CharField(_("trạng thái"), max_length=12, choices=State.choices, default=State.OPEN)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    changed_at = models.DateTimeField(_("lúc"), null=True, blank=True)
    reason = models.TextField(_("lý do"), blank=True)

    class Meta:
        verbose_name = _("trạng thái báo cáo")
        verbose_name_plural = _("trạng thái báo cáo")
        constraints = [
            models.UniqueConstraint(fields=["unit", "period"], name="reporting_status_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} – {self.period}: {self.get_state_display()}"
