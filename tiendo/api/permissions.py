"""Each operation names the permission it needs (``access.Permission``) in the OpenAPI
document (``x-permission``), so that clients read it and the permission matrix test checks
every endpoint against ``access.access_allows``. ``authenticated`` marks what any signed-in
account may use whatever its unit: the catalogue (indicators, periods, documents), the list
of units it sees, and extraction, which stores nothing."""

from __future__ import annotations

from typing import Any

from tiendo.accounts.access import Permission

PERMISSION_KEY = "x-permission"


def needs(permission: Permission) -> dict[str, Any]:
    """``openapi_extra`` for an operation that needs ``permission`` on its unit."""
    return {PERMISSION_KEY: str(permission)}


AUTHENTICATED = {PERMISSION_KEY: "authenticated"}
VIEW = needs(Permission.VIEW)
EDIT = needs(Permission.EDIT)
ADMINISTER = needs(Permission.ADMINISTER)
