"""The catalogue: terms of office, governing documents and the indicators measured."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tiendo.core.models import Field, Sample, Versioned
from tiendo.core.vn import int_to_roman
from tiendo.units.models import Unit


class Term(Versioned):
    """A term of office of a unit's body: ``khóa XXIII, nhiệm kỳ 2020–2025``."""

    class Body(models.TextChoices):
        PARTY = "party", _("Đảng bộ")
        COUNCIL = "council", _("Hội đồng nhân dân")

    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="terms")
    body = models.CharField(_("cơ quan"), max_length=16, choices=Body.choices, default=Body.PARTY)
    number = models.PositiveSmallIntegerField(_("khóa"), null=True, blank=True)
    start_year = models.PositiveSmallIntegerField(_("năm bắt đầu"))
    end_year = models.PositiveSmallIntegerField(_("năm kết thúc"))

    class Meta:
        verbose_name = _("nhiệm kỳ")
        verbose_name_plural = _("nhiệm kỳ")
        ordering = ["unit", "-start_year"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "body", "start_year"], name="term_unique_start"),
            models.CheckConstraint(condition=Q(end_year__gt=models.F("start_year")), name="term_end_after_start"),
        ]

    def __str__(self) -> str:
        label = f"{self.start_year}–{self.end_year}"
        if self.number:
            return f"{self.unit.short_name}: khóa {int_to_roman(self.number)}, nhiệm kỳ {label}"
        return f"{self.unit.short_name}: nhiệm kỳ {label}"


class Document(Versioned, Sample):
    """A governing document: resolution, conclusion, directive, scheme, plan …"""

    class Kind(models.TextChoices):
        RESOLUTION = "NQ", _("Nghị quyết")
        CONCLUSION = "KL", _("Kết luận")
        DIRECTIVE = "CT", _("Chỉ thị")
        SCHEME = "ĐA", _("Đề án")
        PLAN = "KH", _("Kế hoạch")
        PROGRAMME = "CTr", _("Chương trình")
        NOTICE = "TB", _("Thông báo")
        DECISION = "QĐ", _("Quyết định")
        REGULATION = "QĐi", _("Quy định")
        RULES = "QC", _("Quy chế")
        GUIDANCE = "HD", _("Hướng dẫn")
        REPORT = "BC", _("Báo cáo")
        DECREE = "NĐ", _("Nghị định")
        CIRCULAR = "TT", _("Thông tư")
        LAW = "L", _("Luật")
        OFFICIAL_LETTER = "CV", _("Công văn")
        SUBMISSION = "TTr", _("Tờ trình")
        OPTION = "PA", _("Phương án")
        PROJECT = "DA", _("Dự án")
        MINUTES = "BB", _("Biên bản")
        COMMUNIQUE = "TC", _("Thông cáo")
        COPY = "BS", _("Bản sao")

    class Style(models.TextChoices):
        """Which rules the number-symbol follows: the Party's ``62-NQ/TU`` or the State's ``156/QĐ-UBND``."""

        PARTY = "party", _("Văn bản của Đảng")
        STATE = "state", _("Văn bản nhà nước")

    kind = models.CharField(_("loại văn bản"), max_length=8, choices=Kind.choices)
    number_symbol = models.CharField(
        _("số, ký hiệu"), max_length=60, blank=True, db_index=True, help_text=_("Ví dụ 62-NQ/TU")
    )
    number = models.CharField(_("số"), max_length=20, blank=True)
    kind_symbol = models.CharField(_("ký hiệu loại"), max_length=12, blank=True)
    style = models.CharField(_("thể thức"), max_length=8, choices=Style.choices, blank=True)
    issuer_symbol = models.CharField(_("ký hiệu cơ quan ban hành"), max_length=30, blank=True)
    date = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issuer = models.ForeignKey(
        Unit, verbose_name=_("đơn vị ban hành"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="documents",
    )
    issuer_name = models.CharField(
        _("cơ quan ban hành"), max_length=200, blank=True, help_text=_("Ví dụ Ban Thường vụ Tỉnh ủy")
    )
    title = models.CharField(_("trích yếu"), max_length=500, blank=True)
    term = models.ForeignKey(
        Term, verbose_name=_("nhiệm kỳ"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="documents",
    )
    source_label = models.CharField(_("nguồn"), max_length=200, blank=True)
    search_text = models.CharField(max_length=800, blank=True, editable=False, db_index=True)

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-date", "number_symbol"]
        constraints = [
            models.UniqueConstraint(
                fields=["number_symbol", "date"],
                condition=~Q(number_symbol=""),
                name="document_unique_number_symbol_date",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_kind_display()
        if self.number_symbol:
            label = f"{label} số {self.number_symbol}"
        elif self.title:
            label = self.title
        if self.date:
            label = f"{label}, ngày {self.date.day}/{self.date.month}/{self.date.year}"
        return label


class Indicator(Versioned, Sample):
    """What is measured: ``Thu ngân sách nhà nước`` in ``tỷ đồng``, higher is better, summed over units."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Càng cao càng tốt")
        LOWER = "lower", _("Càng thấp càng tốt")

    class Aggregation(models.TextChoices):
        SUM = "sum", _("Cộng")
        MEAN = "mean", _("Bình quân")
        WEIGHTED_MEAN = "weighted_mean", _("Bình quân gia quyền")
        NONE = "none", _("Không tổng hợp")

    code = models.SlugField(_("mã"), max_length=60, unique=True)
    name = models.CharField(_("tên chỉ tiêu"), max_length=300)
    uom = models.CharField(_("đơn vị tính"), max_length=60, help_text=_("Ví dụ tỷ đồng, %, doanh nghiệp"))
    field = models.CharField(_("lĩnh vực"), max_length=16, choices=Field.choices)
    direction = models.CharField(
        _("chiều đánh giá"), max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    aggregation = models.CharField(
        _("cách tổng hợp"), max_length=16, choices=Aggregation.choices, default=Aggregation.SUM
    )
    weight = models.ForeignKey(
        "self", verbose_name=_("chỉ tiêu trọng số"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="weighted_indicators",
        help_text=_("Cho bình quân gia quyền: ví dụ dân số cho thu nhập bình quân đầu người"),
    )
    synonyms = models.JSONField(_("tên gọi khác"), default=list, blank=True)
    definition = models.TextField(_("định nghĩa"), blank=True)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)
    search_text = models.CharField(max_length=1000, blank=True, editable=False, db_index=True)

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("danh mục chỉ tiêu")
        ordering = ["field", "sort_order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(aggregation="weighted_mean") | Q(weight__isnull=False),
                name="indicator_weighted_mean_has_weight",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.uom})"
