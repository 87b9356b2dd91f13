"""What the work services share."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

MSG_TEXT_EMPTY = _("Chưa nhập nội dung.")
