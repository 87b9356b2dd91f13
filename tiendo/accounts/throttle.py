"""Login throttling: after ``LOGIN_FAILURE_LIMIT`` failed sign-ins for one account name
from one address within ``LOGIN_FAILURE_WINDOW_MINUTES``, further attempts from there are
refused until the oldest failure leaves the window; a success clears the count.

Failures live in the database, so every gunicorn worker sees the same count without a
cache server. The address is the connection's (``REMOTE_ADDR``), or behind our own
``TRUSTED_PROXIES`` reverse proxies the one the outermost of them wrote into
``X-Forwarded-For``; what a client writes there itself is never taken.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.accounts.models import LoginFailure

MSG_THROTTLED = _(
    "Đăng nhập sai quá %(limit)s lần trong %(window)s phút. Hãy thử lại sau %(wait)s phút."
)


def _limit() -> int:
    return int(getattr(settings, "LOGIN_FAILURE_LIMIT", 5))


def _window() -> dt.timedelta:
    return dt.timedelta(minutes=int(getattr(settings, "LOGIN_FAILURE_WINDOW_MINUTES", 15)))


def client_ip(request: Any) -> str | None:
    """The client's address of ``request`` (None without a request)."""
    if request is None:
        return None
    proxies = int(getattr(settings, "TRUSTED_PROXIES", 0))
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if proxies > 0 and len(forwarded) >= proxies and forwarded[-proxies]:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or None


def _key(username: str) -> str:
    return (username or "").strip().casefold()[:150]


def login_wait_minutes(username: str, ip: str | None) -> int:
    """Minutes before ``username`` may try again from ``ip``; 0 when it may now."""
    since = timezone.now() - _window()
    failures = list(
        LoginFailure.objects.filter(username=_key(username), ip=ip, at__gte=since)
        .order_by("-at").values_list("at", flat=True)[: _limit()]
    )
    if len(failures) < _limit():
        return 0
    free_at = failures[-1] + _window()
    return max(1, math.ceil((free_at - timezone.now()).total_seconds() / 60))


def login_failure_record(username: str, ip: str | None) -> None:
    """Count one failed sign-in; failures older than the window are dropped meanwhile."""
    now = timezone.now()
    LoginFailure.objects.filter(at__lt=now - _window()).delete()
    LoginFailure.objects.create(username=_key(username), ip=ip, at=now)


def login_failures_clear(username: str, ip: str | None) -> None:
    LoginFailure.objects.filter(username=_key(username), ip=ip).delete()


def throttled_message(username: str, ip: str | None) -> str | None:
    """The Vietnamese refusal when ``username`` must wait, else None."""
    wait = login_wait_minutes(username, ip)
    if not wait:
        return None
    return MSG_THROTTLED % {
        "limit": _limit(), "window": int(_window().total_seconds() // 60), "wait": wait,
    }
