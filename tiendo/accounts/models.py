"""Accounts: each user belongs to a unit and holds a role there."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tiendo.core.models import Versioned
from tiendo.units.models import Unit


class Membership(Versioned):
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


class LoginFailure(models.Model):
    """One failed sign-in, kept for the throttle window: shared by every server process."""

    username = models.CharField(_("tên đăng nhập"), max_length=150)
    ip = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    at = models.DateTimeField(_("lúc"), db_index=True)

    class Meta:
        verbose_name = _("lần đăng nhập sai")
        verbose_name_plural = _("lần đăng nhập sai")
        indexes = [models.Index(fields=["username", "ip", "at"])]

    def __str__(self) -> str:
        return f"{self.username} {self.ip or ''} {self.at:%d/%m/%Y %H:%M}"
