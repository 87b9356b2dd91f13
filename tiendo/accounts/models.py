"""Accounts: each user belongs to a unit and holds a role there."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tiendo.units.models import Unit


class Membership(models.Model):
    """The unit an account belongs to (it sees that unit and its subtree) and its role."""

    class Role(models.TextChoices):
        VIEWER = "viewer", _("Xem")
        EDITOR = "editor", _("Nhập liệu")
        APPROVER = "approver", _("Phê duyệt")
        ADMIN = "admin", _("Quản trị")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("tài khoản"), on_delete=models.CASCADE,
        related_name="membership",
    )
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="members")
    role = models.CharField(_("vai trò"), max_length=12, choices=Role.choices, default=Role.VIEWER)

    class Meta:
        verbose_name = _("thành viên đơn vị")
        verbose_name_plural = _("thành viên đơn vị")

    def __str__(self) -> str:
        return f"{self.user} – {self.unit} ({self.get_role_display()})"
