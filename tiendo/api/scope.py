"""The objects an account may see and change, for the endpoints: every rule comes from
``tiendo.accounts.access``; this module only applies it to the API's querysets and turns
its refusals into the API's answers (403 for a role, 409 for a submitted period, 423 with
who and when for a locked one)."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.http import Http404
from ninja import Schema

from tiendo.accounts.access import (
    Permission,
    access_allows,
    access_edit,
    access_require,
    access_unit,
    reporting_status_of,
    state_of,
    visible_units,
)
from tiendo.api.errors import ApiError, Locked
from tiendo.api.types import Id
from tiendo.results.models import Period, ReportingStatus
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_subtree

M = TypeVar("M", bound=Model)


def seen(user: Any, queryset: QuerySet[M], *unit_fields: str) -> QuerySet[M]:
    """The rows of ``queryset`` the account may see: those whose unit (any of ``unit_fields``,
    e.g. ``from_unit`` or ``to_unit``) is among ``access.visible_units``."""
    return queryset.filter(_any_unit_in(visible_units(user), unit_fields))


def units_filter(user: Any, unit_id: int | None, subtree: bool) -> QuerySet[Unit] | None:
    """The units a list is narrowed to by its ``unit`` (and ``subtree``) parameters; None
    for no narrowing. A unit the account may not see is a 404 (``access.access_unit``)."""
    if unit_id is None:
        return None
    unit = access_unit(user, unit_id)
    if not subtree:
        return Unit.objects.filter(pk=unit.pk)
    return visible_units(user).filter(pk__in=unit_subtree(unit=unit))


class UnitScope(Schema):
    """The filter every unit-scoped list takes: one unit, or with ``subtree`` the units below it too."""

    unit: Id | None = None
    subtree: bool = False


def listed(user: Any, queryset: QuerySet[M], scope: UnitScope, *unit_fields: str) -> QuerySet[M]:
    """The rows the account sees (``seen``), narrowed to the list's ``unit`` filter."""
    return narrowed(seen(user, queryset, *unit_fields), units_filter(user, scope.unit, scope.subtree),
                    *unit_fields)


def narrowed(queryset: QuerySet[M], units: QuerySet[Unit] | None, *unit_fields: str) -> QuerySet[M]:
    return queryset if units is None else queryset.filter(_any_unit_in(units, unit_fields))


def _any_unit_in(units: QuerySet[Unit], unit_fields: tuple[str, ...]) -> Q:
    condition = Q()
    for field in unit_fields:
        condition |= Q(**{f"{field}__in": units})
    return condition


def get_seen(user: Any, queryset: QuerySet[M], pk: int, *unit_fields: str) -> M:
    """One row the account may see, else 404 (missing and forbidden alike)."""
    found = seen(user, queryset, *unit_fields).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def require(user: Any, permission: str, unit: Unit) -> None:
    """403 with the rule's message unless the account's role allows ``permission`` on ``unit``
    (``access.access_require`` raises PermissionDenied, which the API answers with 403)."""
    access_require(user, permission, unit)


def require_edit(user: Any, unit: Unit, period: Period | None) -> None:
    """Refuse a change to ``unit``'s figures for ``period`` (``access.access_edit``): 403 for
    the role, 409 while the period is submitted, 423 (who locked it, when) once locked."""
    if period is None:
        require(user, Permission.EDIT, unit)
        return
    try:
        access_edit(user, unit, period)
    except PermissionDenied as denied:
        if not access_allows(user, Permission.EDIT, unit, period):
            raise ApiError(403, "forbidden", str(denied)) from None
        status = reporting_status_of(unit, period)
        if state_of(status) == ReportingStatus.State.LOCKED:
            raise locked(str(denied), status) from None
        raise ApiError(409, "period_submitted", str(denied)) from None


def locked(message: str, status: ReportingStatus | None) -> Locked:
    by = status.changed_by if status is not None else None
    return Locked(
        message,
        locked_by=(by.get_full_name() or by.get_username()) if by is not None else None,
        locked_at=status.changed_at if status is not None else None,
    )
