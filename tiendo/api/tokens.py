"""Creating, revoking and checking API tokens; each change is written to the audit trail."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.api.models import ApiToken
from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, audit_create, audit_update, snapshot
from tiendo.core.errors import refuse
from tiendo.core.services import nfc

TOKEN_PREFIX = "tdo_"
MSG_TOKEN_NAME_EMPTY = _("Chưa đặt tên cho khóa API (chương trình nào dùng nó).")
MSG_TOKEN_REVOKED = _("Khóa API “%(value)s” đã bị thu hồi.")
# Writing ``last_used_at`` on every request would make each read a write; once a minute is enough.
_TOUCH_EVERY_SECONDS = 60


def token_digest(raw: str) -> str:
    """The stored form of a token. Tokens are 256 random bits, so a plain SHA-256 suffices."""
    return hashlib.sha256(raw.encode()).hexdigest()


def token_create(
    *, user: Any, name: str, by: Actor, source: str = AuditEntry.Source.SERVICE
) -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the saved row and the token, which is not kept."""
    name = nfc(name)
    if not name:
        raise refuse("name", MSG_TOKEN_NAME_EMPTY, value=name)
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name[:100], prefix=raw[:12], key_hash=token_digest(raw))
    with transaction.atomic():
        token.save()
        audit_create(token, by=by, source=source)
    return token, raw


def token_revoke(
    *, token: ApiToken, by: Actor, reason: str = "", source: str = AuditEntry.Source.SERVICE
) -> ApiToken:
    """Stop ``token`` from authenticating; refused for a token already revoked."""
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is not None:
            raise refuse("token", MSG_TOKEN_REVOKED, value=str(token))
        before = snapshot(token)
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_update(token, before, by=by, reason=nfc(reason), source=source)
    return token


def token_user(raw: str) -> Any | None:
    """The active account a token belongs to, or None for an unknown, revoked or disabled one."""
    token = (
        ApiToken.objects.filter(key_hash=token_digest(raw), revoked_at__isnull=True)
        .select_related("user").first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > _TOUCH_EVERY_SECONDS:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
