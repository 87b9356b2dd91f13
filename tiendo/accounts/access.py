"""Who may see what: every unit-scoped page gets its objects through these rules.

An account sees its membership unit and every unit below it; a superuser sees every unit;
an account without a membership sees none. A unit that does not exist and a unit the
account may not see give the same answer (404), so that ids reveal nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
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


# ---------------------------------------------------------------- entering figures

ENTRY_ROLES = (Membership.Role.EDITOR, Membership.Role.APPROVER, Membership.Role.ADMIN)


def entry_units(user: Any) -> QuerySet[Unit]:
    """The units whose figures ``user`` may enter (upload a sheet or a table): the visible
    units of an editor, approver or admin; every unit for a superuser; none for a viewer."""
    if not user.is_authenticated or not user.is_active:
        return Unit.objects.none()
    if user.is_superuser:
        return Unit.objects.all()
    membership = Membership.objects.filter(user=user).select_related("unit").first()
    if membership is None or membership.role not in ENTRY_ROLES:
        return Unit.objects.none()
    return unit_subtree(unit=membership.unit)


def may_enter_figures(user: Any, unit: Unit) -> bool:
    return entry_units(user).filter(pk=unit.pk).exists()


def access_unit_for_entry(user: Any, unit_id: int | str) -> Unit:
    """The unit ``unit_id`` if ``user`` may enter its figures: Http404 when it is missing or
    hidden (as ``access_unit``), PermissionDenied when it is visible but read-only."""
    unit = access_unit(user, unit_id)
    if not may_enter_figures(user, unit):
        raise PermissionDenied
    return unit
