"""The audit trail: who changed what, when, from which value to which."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        CREATE = "create", _("Tạo mới")
        UPDATE = "update", _("Sửa")
        DELETE = "delete", _("Xóa")
        SUBMIT = "submit", _("Gửi duyệt")
        APPROVE = "approve", _("Phê duyệt")
        RETURN = "return", _("Trả lại")
        UNLOCK = "unlock", _("Mở khóa")
        BULK = "bulk", _("Nạp hàng loạt")

    class Source(models.TextChoices):
        SERVICE = "service", _("Ứng dụng")
        ADMIN = "admin", _("Trang quản trị")
        API = "api", _("API")
        CLI = "cli", _("Dòng lệnh")
        IMPORT = "import", _("Nhập bảng tính")
        INGEST = "ingest", _("Đọc văn bản")
        DEMO = "demo", _("Dữ liệu mẫu")

    at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("thao tác"), max_length=16, choices=Action.choices)
    source = models.CharField(
        _("nguồn"), max_length=16, choices=Source.choices, default=Source.SERVICE
    )
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("loại đối tượng"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.CharField(_("mã đối tượng"), max_length=64)
    object_repr = models.CharField(_("đối tượng"), max_length=300)
    # A plain integer, not a foreign key: the audit app sits below units in the layers,
    # and an entry must outlive the unit it names.
    unit_id = models.BigIntegerField(_("mã đơn vị"), null=True, blank=True, db_index=True)
    changes = models.JSONField(_("thay đổi"), default=dict, blank=True)
    reason = models.TextField(_("lý do"), blank=True)

    class Meta:
        verbose_name = _("mục nhật ký")
        verbose_name_plural = _("nhật ký thay đổi")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "-at"])]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.get_action_display()} {self.object_repr}"
