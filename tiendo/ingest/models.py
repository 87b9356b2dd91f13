"""An uploaded file (kept by content hash) and the review of what was extracted from it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tiendo.results.models import Period
from tiendo.units.models import Unit


class Upload(models.Model):
    """One file (or pasted text) as received: who sent it, when, and how far its reading got.

    The bytes live in the data directory under their SHA-256 (``uploads/ab/abcd…``); the
    same bytes uploaded again are recognised by ``sha256`` and lead to the first review.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ xử lý")
        RUNNING = "running", _("Đang đọc")
        READY = "ready", _("Chờ duyệt")
        ACCEPTED = "accepted", _("Đã ghi vào dữ liệu")
        FAILED = "failed", _("Không đọc được")

    sha256 = models.CharField(_("mã băm SHA-256"), max_length=64, unique=True)
    name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveBigIntegerField(_("kích thước (byte)"))
    path = models.CharField(_("nơi lưu"), max_length=300, help_text=_("Trong thư mục dữ liệu"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    uploaded_at = models.DateTimeField(_("tải lên lúc"), auto_now_add=True)
    unit_hint = models.ForeignKey(
        Unit, verbose_name=_("đơn vị chỉ định"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    period_hint = models.ForeignKey(
        Period, verbose_name=_("kỳ chỉ định"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    error = models.TextField(_("lỗi"), blank=True)

    class Meta:
        verbose_name = _("tệp tải lên")
        verbose_name_plural = _("tệp tải lên")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.name


class Review(models.Model):
    """What the extractor read from an upload, the proposals, the reviewer's decisions and
    the warnings, all kept with the review.

    ``items`` is a list of dicts, one per extracted item, keyed by ``key`` (its kind and the
    start of its span: stable for a given text), each with ``decision``, ``proposal``,
    ``correction`` and ``written`` (the objects the last accept wrote, so that the next
    accept updates them).
    """

    upload = models.OneToOneField(
        Upload, verbose_name=_("tệp"), on_delete=models.CASCADE, related_name="review"
    )
    text = models.TextField(_("văn bản"))
    record = models.JSONField(_("bản ghi trích xuất"))
    items = models.JSONField(_("các mục"), default=list)
    warnings = models.JSONField(_("cảnh báo"), default=list)
    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="reviews",
    )
    unit_confidence = models.FloatField(_("độ tin cậy đơn vị"), default=0)
    review_period = models.ForeignKey(
        Period, verbose_name=_("kỳ đánh giá"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    plan_period = models.ForeignKey(
        Period, verbose_name=_("kỳ triển khai"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    accepted_at = models.DateTimeField(_("ghi lúc"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người ghi"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)

    class Meta:
        verbose_name = _("bản duyệt")
        verbose_name_plural = _("bản duyệt")

    def __str__(self) -> str:
        return str(self.upload)
