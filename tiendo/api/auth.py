"""Who is calling: a program with ``Authorization: Bearer <token>``, or the browser with its
session cookie, in which case unsafe methods must carry the CSRF token (ninja checks it)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from tiendo.api.tokens import token_user


class TokenAuth(HttpBearer):
    """``Authorization: Bearer tdo_…``: a token created with ``tiendo manage api_token create``
    or in the admin."""

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        if not token or len(token) > 200:
            return None
        user = token_user(token)
        if user is not None:
            # Services and access rules read the account from the request, as for a session.
            request.user = user
        return user


# Token first: a program sending a bearer token needs no CSRF token and no cookie.
AUTH = [TokenAuth(), SessionAuth(csrf=True)]
