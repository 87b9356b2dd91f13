"""Writes for accounts' memberships: which unit an account belongs to and with which role.

Only an administrator of the unit (or of a unit above it), or a superuser, may give or
change a membership, and only within its own subtree (PermissionDenied otherwise). Each
write is audited; an update based on an old version is refused.
"""

from __future__ import annotations

from typing import Any, TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tiendo.accounts.access import Permission, access_require
from tiendo.accounts.models import Membership
from tiendo.audit.services import audit_create, audit_delete, audited_update
from tiendo.core.errors import refuse
from tiendo.core.services import check_known, raise_all
from tiendo.units.models import Unit

MSG_MEMBERSHIP_EXISTS = _("Tài khoản “%(value)s” đã thuộc %(unit)s; hãy sửa thay vì thêm.")


class MembershipChanges(TypedDict, total=False):
    unit: Unit
    role: str


def membership_create(*, user: Any, unit: Unit, role: str, by: Any) -> Membership:
    """Make ``user`` a member of ``unit`` with ``role``. Refused: an account that already
    has a unit (``user``), a role not in ``Membership.Role`` (``role``)."""
    access_require(by, Permission.ADMINISTER, unit)
    # By id: assigning ``user=`` would cache this unsaved membership on the account even
    # when it is refused.
    membership = Membership(user_id=user.pk, unit=unit, role=role)
    with transaction.atomic():
        existing = Membership.objects.filter(user=user).select_related("unit").first()
        errors: list[ValidationError] = []
        if existing is not None:
            errors.append(refuse("user", MSG_MEMBERSHIP_EXISTS, value=user.get_username(), unit=existing.unit))
        raise_all(errors, membership)
        membership.save()
        audit_create(membership, by=by)
    return membership


def membership_update(
    *, membership: Membership, by: Any, expected_version: int | None = None,
    **changes: Unpack[MembershipChanges],
) -> Membership:
    """Move an account to another unit or give it another role; both the old and the new
    unit must be within the administrator's reach."""
    check_known(dict(changes), MembershipChanges)
    access_require(by, Permission.ADMINISTER, membership.unit)
    if "unit" in changes:
        access_require(by, Permission.ADMINISTER, changes["unit"])
    return audited_update(membership, changes, check=raise_all_fields, by=by, expected_version=expected_version)


def membership_delete(*, membership: Membership, by: Any) -> None:
    """Take the account out of its unit: it then sees nothing."""
    access_require(by, Permission.ADMINISTER, membership.unit)
    with transaction.atomic():
        audit_delete(membership, by=by)
        membership.delete()


def raise_all_fields(membership: Membership) -> None:
    """The fields' own checks (a role among the choices)."""
    raise_all([], membership)
