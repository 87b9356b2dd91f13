"""Who may see what: every unit-scoped page gets its objects through these rules.

An account sees its membership unit and every unit below it; a superuser sees every unit;
an account without a membership sees none. A unit that does not exist and a unit the
account may not see give the same answer (404), so that ids reveal nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from tiendo.accounts.models import Membership
from tiendo.core.vn import sort_key
from tiendo.results.models import Result
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_subtree, valid_on_q


def home_unit(user: Any) -> Unit | None:
    """The unit the account belongs to, or None (a superuser without membership, a guest)."""
    if not user.is_authenticated:
        return None
    membership = Membership.objects.filter(user=user).select_related("unit").first()
    return membership.unit if membership else None


def visible_units(user: Any) -> QuerySet[Unit]:
    """The units ``user`` may see, as one query usable as a subquery."""
    if not user.is_authenticated or not user.is_active:
        return Unit.objects.none()
    if user.is_superuser:
        return Unit.objects.all()
    unit = home_unit(user)
    return unit_subtree(unit=unit) if unit is not None else Unit.objects.none()


def access_unit(user: Any, unit_id: int | str) -> Unit:
    """The unit ``unit_id`` if ``user`` may see it; Http404 when it is missing or forbidden."""
    try:
        pk = int(unit_id)
    except (TypeError, ValueError):
        raise Http404 from None
    unit = visible_units(user).filter(pk=pk).select_related("parent").first()
    if unit is None:
        raise Http404
    return unit


def home_units(user: Any, *, on: dt.date) -> list[Unit]:
    """The units the home page lists: the account's unit, then the units directly under it
    valid on ``on``, and those that ended before ``on`` but reported results (a district
    abolished in 2025 keeps its history); for a superuser without a unit, the top units
    and those under them."""
    root = home_unit(user)
    if root is not None:
        top = Q(pk=root.pk)
        below = Q(parent=root.pk)
    elif user.is_authenticated and user.is_superuser:
        top = Q(parent__isnull=True)
        below = Q(parent__parent__isnull=True, parent__isnull=False)
    else:
        return []
    reported = Exists(Result.objects.filter(unit=OuterRef("pk")))
    units = list(
        visible_units(user)
        .filter(top | (below & (valid_on_q(on) | (Q(valid_to__lt=on) & reported))))
        .select_related("parent")
    )
    tops = [unit for unit in units if unit.parent_id is None or (root is not None and unit.pk == root.pk)]
    rest = [unit for unit in units if unit not in tops]
    return [*tops, *sorted(rest, key=lambda unit: sort_key(unit.name))]


EDITING_ROLES = (Membership.Role.EDITOR, Membership.Role.APPROVER, Membership.Role.ADMIN)


def can_edit(user: Any) -> bool:
    """Whether ``user`` may enter data (upload and review reports): an editor or above, or a
    superuser."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return Membership.objects.filter(user=user, role__in=EDITING_ROLES).exists()


def access_edit(user: Any, *, unit_id: int | None, owner_id: int | None) -> None:
    """Http404 unless ``user`` may edit data of ``unit_id``: an editor or above who sees the
    unit. Work not yet tied to a unit (a review whose unit is still unknown) is open to the
    account that started it and to superusers."""
    if not can_edit(user):
        raise Http404
    if unit_id is None:
        if not (user.is_superuser or owner_id == user.pk):
            raise Http404
        return
    if not visible_units(user).filter(pk=unit_id).exists():
        raise Http404
