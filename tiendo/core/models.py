"""Abstract bases shared by the domain models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Versioned(models.Model):
    """An editable object with a version number, for refusing updates based on a stale copy."""

    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)

    class Meta:
        abstract = True


class Sample(models.Model):
    """Data that a person did not report: demo or synthetic series, shown as such on screen."""

    is_sample = models.BooleanField(_("dữ liệu mẫu"), default=False, db_index=True)

    class Meta:
        abstract = True


class Field(models.TextChoices):
    """The four fields a review report is organised by."""

    ECONOMY = "economy", _("Kinh tế")
    SOCIETY = "society", _("Văn hóa – xã hội")
    DEFENCE = "defence", _("Quốc phòng – an ninh")
    PARTY = "party", _("Xây dựng Đảng và hệ thống chính trị")
