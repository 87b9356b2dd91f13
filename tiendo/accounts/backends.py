"""Django's model backend behind the login throttle (``accounts.throttle``): every sign-in,
the web page, the admin or an API session, counts its failures and is refused while throttled."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from tiendo.accounts.throttle import (
    client_ip,
    login_failure_record,
    login_failures_clear,
    login_wait_minutes,
)


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request: Any, username: str | None = None, password: str | None = None,
                     **kwargs: Any) -> Any:
        if username is None or password is None:
            return None
        ip = client_ip(request)
        if login_wait_minutes(username, ip):
            # PermissionDenied stops Django from trying any other backend.
            raise PermissionDenied
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            login_failure_record(username, ip)
        else:
            login_failures_clear(username, ip)
        return user
