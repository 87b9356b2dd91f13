"""Who may see what: every unit-scoped page gets its objects through these rules.

An account sees its membership unit and every unit below it; a superuser sees every unit;
an account without a membership sees none. A unit that does not exist and a unit the
account may not see give the same answer (404), so that ids reveal nothing. An account
whose role is editor, approver or admin may also enter figures for the units it sees. The
text a result was read from may be read by every account that sees the result's unit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from tiendo.accounts.models import Membership
from tiendo.catalogue.models import Document
from tiendo.core.vn import sort_key
from tiendo.results.models import Result
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_subtree, valid_on_q
from tiendo.work.models import KeyTask
from tiendo.work.selectors import documents_concerning_q

# The roles that may type figures in; a viewer only reads.
ENTRY_ROLES = (Membership.Role.EDITOR, Membership.Role.APPROVER, Membership.Role.ADMIN)


def membership_of(user: Any) -> Membership | None:
    """The account's membership with its unit, read once per user object (a request's user):
    a page asks ``home_unit`` and ``may_enter`` without a second query."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_tiendo_membership"):
        user._tiendo_membership = Membership.objects.filter(user=user).select_related("unit").first()
    return user._tiendo_membership


def home_unit(user: Any) -> Unit | None:
    """The unit the account belongs to, or None (a superuser without membership, a guest)."""
    membership = membership_of(user)
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


def may_enter(user: Any) -> bool:
    """Whether ``user`` may type figures for the units it sees: a superuser, or an active
    account whose role is editor, approver or admin."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    membership = membership_of(user)
    return membership is not None and membership.role in ENTRY_ROLES


def access_unit_for_entry(user: Any, unit_id: int | str) -> Unit:
    """``access_unit`` for the data-entry pages: Http404 for a unit the account may not see,
    PermissionDenied (403) for one it sees but may not enter figures for."""
    unit = access_unit(user, unit_id)
    if not may_enter(user):
        raise PermissionDenied
    return unit


def visible_documents(user: Any) -> QuerySet[Document]:
    """Documents that concern a unit ``user`` sees: issued by it, setting it a target or a
    task, or adopted at one of its meetings (every document for a superuser)."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        return Document.objects.all()
    return Document.objects.filter(documents_concerning_q(visible_units(user)))


def visible_key_tasks(user: Any) -> QuerySet[KeyTask]:
    """Key tasks set by a unit ``user`` sees."""
    return KeyTask.objects.filter(unit__in=visible_units(user))


def entry_units(user: Any) -> QuerySet[Unit]:
    """The units whose figures ``user`` may enter (upload a sheet or a table): the visible
    units of an account that may enter figures, none otherwise."""
    return visible_units(user) if may_enter(user) else Unit.objects.none()


def may_read_source(user: Any, source_ref: str) -> bool:
    """Whether ``user`` may read the text a result was read from (its ``source_ref``):
    whoever sees the unit of a result citing it, read-only, whatever their role."""
    return bool(source_ref) and Result.objects.filter(
        source_ref=source_ref, unit__in=visible_units(user)).exists()


def access_edit(user: Any, *, unit_id: int | None, owner_id: int | None) -> None:
    """Http404 unless ``user`` may edit data of ``unit_id``: an editor or above who sees the
    unit. Work not yet tied to a unit (a review whose unit is still unknown) is open to the
    account that started it and to superusers."""
    if not may_enter(user):
        raise Http404
    if unit_id is None:
        if not (user.is_superuser or owner_id == user.pk):
            raise Http404
        return
    if not visible_units(user).filter(pk=unit_id).exists():
        raise Http404
