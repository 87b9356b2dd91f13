"""Units: localities and organisations, each valid for a span of dates, with their lineage.

A locality (tỉnh, huyện, xã …) carries the results; its Party committee and People's
Committee are named from it (``Huyện ủy Bắc Sơn`` for ``Huyện Bắc Sơn``). Organisations
that are not a locality (sở, ban, ngành; Đảng ủy Khối) are units of their own kind.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tiendo.core.models import Sample, Versioned


class Unit(Versioned, Sample):
    class Kind(models.TextChoices):
        LOCALITY = "locality", _("Đơn vị hành chính")
        PARTY_COMMITTEE = "party_committee", _("Cấp ủy đảng")
        PEOPLE_COMMITTEE = "people_committee", _("Ủy ban nhân dân")
        PEOPLE_COUNCIL = "people_council", _("Hội đồng nhân dân")
        DEPARTMENT = "department", _("Sở, ban, ngành")
        OTHER = "other", _("Khác")

    class Level(models.TextChoices):
        CENTRAL = "central", _("Trung ương")
        PROVINCE = "province", _("Cấp tỉnh")
        DISTRICT = "district", _("Cấp huyện")
        COMMUNE = "commune", _("Cấp xã")

    name = models.CharField(_("tên"), max_length=200, help_text=_("Tên đầy đủ, ví dụ Huyện Bắc Sơn"))
    short_name = models.CharField(_("tên ngắn"), max_length=120, help_text=_("Ví dụ Bắc Sơn"))
    kind = models.CharField(_("loại"), max_length=24, choices=Kind.choices, default=Kind.LOCALITY)
    level = models.CharField(_("cấp"), max_length=16, choices=Level.choices)
    admin_type = models.CharField(
        _("loại đơn vị hành chính"),
        max_length=40,
        blank=True,
        help_text=_("Tỉnh, Thành phố, Huyện, Thị xã, Quận, Xã, Phường, Thị trấn, Đặc khu"),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    code = models.CharField(_("mã chính thức"), max_length=16, blank=True, db_index=True)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    search_text = models.CharField(max_length=400, blank=True, editable=False, db_index=True)

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["level", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="unit_valid_to_after_from",
            ),
            models.UniqueConstraint(
                fields=["code", "kind", "valid_from"],
                condition=~Q(code=""),
                name="unit_code_unique_per_kind_and_start",
            ),
        ]
        indexes = [models.Index(fields=["parent", "valid_from", "valid_to"])]

    def __str__(self) -> str:
        return self.name

    def is_valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class Succession(models.Model):
    """One step of lineage: ``predecessor`` went into ``successor`` on ``date``.

    ``share`` is the fraction of the predecessor's additive results that the successor
    takes over: 1 for a whole unit merged in; for a split, the share the office agreed,
    or empty when the results cannot be divided (then they are not carried over).
    """

    class Kind(models.TextChoices):
        MERGE = "merge", _("Sáp nhập")
        SPLIT = "split", _("Chia tách")
        RENAME = "rename", _("Đổi tên")
        ADJUST = "adjust", _("Điều chỉnh địa giới")

    predecessor = models.ForeignKey(
        Unit, verbose_name=_("đơn vị cũ"), on_delete=models.CASCADE, related_name="successions"
    )
    successor = models.ForeignKey(
        Unit, verbose_name=_("đơn vị kế thừa"), on_delete=models.CASCADE, related_name="predecessions"
    )
    kind = models.CharField(_("hình thức"), max_length=16, choices=Kind.choices, default=Kind.MERGE)
    date = models.DateField(_("ngày hiệu lực"))
    share = models.DecimalField(
        _("tỷ lệ kế thừa"), max_digits=5, decimal_places=4, null=True, blank=True, default=1
    )
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("kế thừa đơn vị")
        verbose_name_plural = _("kế thừa đơn vị")
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="succession_unique"),
            models.CheckConstraint(
                condition=~Q(predecessor=models.F("successor")), name="succession_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor}"
