"""Sign-in forms that say, in Vietnamese, when the login throttle refuses an attempt."""

from __future__ import annotations

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from tiendo.accounts.throttle import client_ip, throttled_message


class ThrottleMessageMixin:
    # Set when the refusal is the throttle's, so that a page can show its message instead
    # of "wrong name or password".
    throttled = False

    def get_invalid_login_error(self) -> ValidationError:
        message = throttled_message(self.cleaned_data.get("username", ""), client_ip(self.request))
        if message is not None:
            self.throttled = True
            return ValidationError(message, code="throttled")
        return super().get_invalid_login_error()  # type: ignore[misc]


class ThrottledAuthenticationForm(ThrottleMessageMixin, AuthenticationForm):
    """The web sign-in form."""


class ThrottledAdminAuthenticationForm(ThrottleMessageMixin, AdminAuthenticationForm):
    """The admin's sign-in form."""
