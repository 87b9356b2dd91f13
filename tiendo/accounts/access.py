"""Who may see and do what: every rule about accounts, units and reporting periods lives here.

An account belongs to one unit with one role. It sees that unit, every unit below it and
the units whose history passed into its unit (a commune formed on 1/7/2025 sees the
communes merged into it, a province the province merged into it, with their subtrees),
whatever period is viewed. A superuser sees and may do everything; an account without a
membership sees nothing. A unit that does not exist and a unit the account may not see
give the same answer (404), so that ids reveal nothing.

What an account may do to a unit's period (the ``Permission`` values):

- view: any role, on a visible unit;
- edit (enter figures, ingest texts) and submit: an editor, on its unit or one below it
  (not on the history it only inherited);
- approve and send back: an approver of a unit strictly above (a unit's own approver
  cannot approve its own report);
- unlock: an approver strictly above the unit whose own unit is the one of whoever locked
  the period or above it;
- administer (accounts, units, catalogue): an administrator, on its unit or one below it.

``access_allows`` answers by role alone; ``access_actions`` also asks the period's state
(an editor cannot edit a submitted or locked period). Refusals raise PermissionDenied with
a Vietnamese message (``access_require``).

The text a result was read from may be read by every account that sees the result's unit.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from tiendo.accounts.models import Membership
from tiendo.catalogue.models import Document
from tiendo.core.vn import sort_key
from tiendo.results.models import Period, ReportingStatus, Result
from tiendo.units.models import Succession, Unit
from tiendo.units.selectors import unit_ancestors, valid_on_q
from tiendo.work.models import KeyTask
from tiendo.work.selectors import documents_concerning_q

# Units nest at most central → province → district → commune → department.
_SUBTREE_DEPTH = 5

Role = Membership.Role


class Permission(StrEnum):
    VIEW = "view"
    EDIT = "edit"
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    UNLOCK = "unlock"
    ADMINISTER = "administer"


MSG_DENIED = {
    Permission.VIEW: _("Bạn không có quyền xem số liệu của %(unit)s."),
    Permission.EDIT: _("Chỉ cán bộ nhập liệu của %(unit)s hoặc đơn vị cấp trên được sửa số liệu của đơn vị này."),
    Permission.SUBMIT: _("Chỉ cán bộ nhập liệu của %(unit)s hoặc đơn vị cấp trên được gửi duyệt báo cáo này."),
    Permission.APPROVE: _(
        "Chỉ người phê duyệt của đơn vị cấp trên %(unit)s được phê duyệt báo cáo này; "
        "không ai tự phê duyệt báo cáo của đơn vị mình."
    ),
    Permission.RETURN: _("Chỉ người phê duyệt của đơn vị cấp trên %(unit)s được trả lại báo cáo này."),
    Permission.UNLOCK: _(
        "Chỉ người phê duyệt ở cấp đã khóa kỳ báo cáo của %(unit)s hoặc cấp cao hơn được mở khóa."
    ),
    Permission.ADMINISTER: _("Chỉ quản trị viên của %(unit)s hoặc đơn vị cấp trên được quản trị đơn vị này."),
}
MSG_STATE_SUBMITTED = _("Báo cáo kỳ %(period)s của %(unit)s đã gửi duyệt; cần được trả lại trước khi sửa.")
MSG_STATE_LOCKED = _("Kỳ %(period)s của %(unit)s đã được phê duyệt và khóa; cần mở khóa trước khi sửa.")

# Which role grants which permission, besides view (every role) and the superuser (all).
_ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.VIEWER: frozenset(),
    Role.EDITOR: frozenset({Permission.EDIT, Permission.SUBMIT}),
    Role.APPROVER: frozenset({Permission.APPROVE, Permission.RETURN, Permission.UNLOCK}),
    Role.ADMIN: frozenset({Permission.ADMINISTER}),
}
# Permissions exercised from strictly above the unit; the others from the unit itself or above.
_FROM_ABOVE = frozenset({Permission.APPROVE, Permission.RETURN, Permission.UNLOCK})
# The state a period must be in for the action to be offered (edit: before submission).
_STATES_FOR: dict[Permission, tuple[str, ...]] = {
    Permission.EDIT: (ReportingStatus.State.OPEN, ReportingStatus.State.RETURNED),
    Permission.SUBMIT: (ReportingStatus.State.OPEN, ReportingStatus.State.RETURNED),
    Permission.APPROVE: (ReportingStatus.State.SUBMITTED,),
    Permission.RETURN: (ReportingStatus.State.SUBMITTED,),
    Permission.UNLOCK: (ReportingStatus.State.LOCKED,),
}


# ---------------------------------------------------------------- memberships


def membership_of(user: Any) -> Membership | None:
    """The account's membership (unit and role), read once per request object."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    cached = getattr(user, "_tiendo_membership", False)
    if cached is not False:
        return cached
    membership = Membership.objects.filter(user=user).select_related("unit", "unit__parent").first()
    user._tiendo_membership = membership
    return membership


def home_unit(user: Any) -> Unit | None:
    """The unit the account belongs to, or None (a superuser without membership, a guest)."""
    membership = membership_of(user)
    return membership.unit if membership else None


def role_of(user: Any) -> str | None:
    """The account's role (a ``Membership.Role`` value), or None without a membership."""
    membership = membership_of(user)
    return membership.role if membership else None


def _is_superuser(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser)


# ---------------------------------------------------------------- units seen


def _below_any(roots: Any) -> Q:
    """The units in ``roots`` (ids or a subquery of them) and every unit below one of them."""
    condition = Q(pk__in=roots)
    path = "parent"
    for _level in range(_SUBTREE_DEPTH):
        condition |= Q(**{f"{path}__in": roots})
        path += "__parent"
    return condition


def _lineage_roots(user: Any, unit: Unit) -> list[int]:
    """``unit`` and the units whose history passed into it, predecessors of predecessors
    too (one query, kept on the request's user). Units merged into a unit below it lie
    below it already (a commune merged into another of the same district), or below a
    predecessor of it (a province merged into the account's province)."""
    cached = getattr(user, "_tiendo_lineage", None)
    if cached is not None:
        return cached
    direct = Succession.objects.filter(successor=unit.pk).values("predecessor")
    found = Succession.objects.filter(Q(successor=unit.pk) | Q(successor__in=direct))
    roots = [unit.pk, *sorted(set(found.values_list("predecessor_id", flat=True)) - {unit.pk})]
    user._tiendo_lineage = roots
    return roots


def visible_units(user: Any) -> QuerySet[Unit]:
    """The units ``user`` may see, as one query usable as a subquery (after one query for
    the lineage of the account's unit)."""
    if _is_superuser(user):
        return Unit.objects.all()
    unit = home_unit(user)
    if unit is None:
        return Unit.objects.none()
    return Unit.objects.filter(_below_any(_lineage_roots(user, unit)))


def subtree_units(user: Any) -> QuerySet[Unit]:
    """The units ``user`` acts on (its unit and those below it, not the inherited history)."""
    if _is_superuser(user):
        return Unit.objects.all()
    unit = home_unit(user)
    return Unit.objects.filter(_below_any([unit.pk])) if unit is not None else Unit.objects.none()


def access_unit(user: Any, unit_id: int | str) -> Unit:
    """The unit ``unit_id`` if ``user`` may see it; Http404 when it is missing or forbidden."""
    try:
        pk = int(unit_id)
    except (TypeError, ValueError):
        raise Http404 from None
    home = home_unit(user)
    if home is not None:
        # Most pages are about the account's own subtree: one query, no lineage needed.
        unit = Unit.objects.filter(_below_any([home.pk]), pk=pk).select_related("parent").first()
        if unit is not None:
            return unit
    unit = visible_units(user).filter(pk=pk).select_related("parent").first()
    if unit is None:
        raise Http404
    return unit


def home_units(user: Any, *, on: dt.date) -> list[Unit]:
    """The units the home page lists: the account's unit, then the units directly under it
    valid on ``on``, and those that ended before ``on`` but reported results (a district
    abolished in 2025 keeps its history); for a superuser without a unit, the top units.
    After the account's unit, those with figures (terms aside) come first, each part in
    Vietnamese alphabetical order. Units only, in one query: the page scores one page of
    them (a province's superuser listed and scored 430 units, 90 s)."""
    root = home_unit(user)
    if root is not None:
        top = Q(pk=root.pk)
        below = Q(parent=root.pk) & (valid_on_q(on) | (Q(valid_to__lt=on) & Exists(
            Result.objects.filter(unit=OuterRef("pk"))
        )))
    elif _is_superuser(user):
        top, below = Q(parent__isnull=True), Q(pk__in=[])
    else:
        return []
    units = list(
        visible_units(user).filter(top | below).select_related("parent")
        .annotate(has_figures=Exists(
            Result.objects.filter(unit=OuterRef("pk")).exclude(period__kind=Period.Kind.TERM)
        ))
    )
    first = [unit for unit in units if root is not None and unit.pk == root.pk]
    rest = [unit for unit in units if root is None or unit.pk != root.pk]
    return [*first, *sorted(rest, key=lambda unit: (not unit.has_figures, sort_key(unit.name)))]


# ---------------------------------------------------------------- what an account may do


def _is_at_or_above(upper: Unit, unit: Unit) -> bool:
    return upper.pk == unit.pk or any(a.pk == upper.pk for a in unit_ancestors(unit=unit))


def _is_above(upper: Unit, unit: Unit) -> bool:
    return upper.pk != unit.pk and _is_at_or_above(upper, unit)


def _locker_unit_allows(user_unit: Unit, status: ReportingStatus | None) -> bool:
    """Whether ``user_unit`` is at or above the unit of whoever locked the period. A lock
    by a script or an account without a unit is left to any approver above the unit; a
    lock by a superuser without a unit only to a superuser."""
    locker = status.changed_by if status is not None else None
    if locker is None:
        return True
    membership = Membership.objects.filter(user=locker).select_related("unit__parent").first()
    if membership is None:
        return not locker.is_superuser
    return _is_at_or_above(user_unit, membership.unit)


def access_allows(
    user: Any, permission: str, unit: Unit, period: Period | None = None,
    *, status: ReportingStatus | None = None,
) -> bool:
    """Whether the account's role lets it do ``permission`` on ``unit`` (and ``period``).

    The period's state is not asked (see ``access_actions``), except that unlocking looks
    at who locked it (``status``, read from the database when not given).
    """
    permission = Permission(permission)
    if _is_superuser(user):
        return True
    membership = membership_of(user)
    if membership is None:
        return False
    if permission == Permission.VIEW:
        return visible_units(user).filter(pk=unit.pk).exists()
    if permission not in _ROLE_PERMISSIONS[membership.role]:
        return False
    if permission in _FROM_ABOVE:
        if not _is_above(membership.unit, unit):
            return False
    elif not _is_at_or_above(membership.unit, unit):
        return False
    if permission == Permission.UNLOCK:
        if status is None and period is not None:
            status = reporting_status_of(unit, period)
        return _locker_unit_allows(membership.unit, status)
    return True


def access_require(user: Any, permission: str, unit: Unit, period: Period | None = None) -> None:
    """Raise PermissionDenied (with the rule in Vietnamese) unless ``access_allows``."""
    if not access_allows(user, permission, unit, period):
        raise PermissionDenied(MSG_DENIED[Permission(permission)] % {"unit": unit})


def reporting_status_of(unit: Unit, period: Period) -> ReportingStatus | None:
    """The unit-period's status row with who changed it last, None while it is open and untouched."""
    return (
        ReportingStatus.objects.filter(unit=unit, period=period)
        .select_related("changed_by").first()
    )


def state_of(status: ReportingStatus | None) -> str:
    return status.state if status is not None else ReportingStatus.State.OPEN


def access_actions(
    user: Any, unit: Unit, period: Period, status: ReportingStatus | None = None
) -> frozenset[Permission]:
    """What ``user`` may do now on ``unit``'s ``period``: role and state together (the
    buttons to show). ``status`` as returned by ``reporting_status_of``."""
    state = state_of(status)
    return frozenset(
        permission for permission, states in _STATES_FOR.items()
        if state in states and access_allows(user, permission, unit, period, status=status)
    )


def access_edit(user: Any, unit: Unit, period: Period) -> None:
    """Refuse an edit of ``unit``'s figures for ``period``: PermissionDenied for the role,
    PermissionDenied naming the state when the period is submitted or locked."""
    access_require(user, Permission.EDIT, unit, period)
    state = state_of(reporting_status_of(unit, period))
    if state == ReportingStatus.State.SUBMITTED:
        raise PermissionDenied(MSG_STATE_SUBMITTED % {"period": period, "unit": unit})
    if state == ReportingStatus.State.LOCKED:
        raise PermissionDenied(MSG_STATE_LOCKED % {"period": period, "unit": unit})


# ---------------------------------------------------------------- entering figures


def may_enter(user: Any) -> bool:
    """Whether the account's role lets it enter figures at all (the entry and upload links
    are shown only then); which units and periods is ``access_allows``'s answer."""
    if _is_superuser(user):
        return True
    membership = membership_of(user)
    return membership is not None and Permission.EDIT in _ROLE_PERMISSIONS[membership.role]


def entry_units(user: Any) -> QuerySet[Unit]:
    """The units whose figures ``user`` may enter (type in, upload a sheet or a table)."""
    return subtree_units(user) if may_enter(user) else Unit.objects.none()


def access_unit_for_entry(user: Any, unit_id: int | str) -> Unit:
    """``access_unit`` for the data-entry pages: Http404 for a unit the account may not see,
    PermissionDenied (403) for one it sees but may not enter figures for."""
    unit = access_unit(user, unit_id)
    access_require(user, Permission.EDIT, unit)
    return unit


def access_review(user: Any, *, unit_id: int | None, owner_id: int | None) -> None:
    """Http404 unless ``user`` may work on an ingest review of ``unit_id``: an account that
    may enter that unit's figures. A review whose unit is still unknown is open to the
    account that started it and to superusers."""
    if not may_enter(user):
        raise Http404
    if unit_id is None:
        if not (_is_superuser(user) or owner_id == user.pk):
            raise Http404
        return
    if not entry_units(user).filter(pk=unit_id).exists():
        raise Http404


# ---------------------------------------------------------------- other objects seen


def visible_documents(user: Any) -> QuerySet[Document]:
    """Documents that concern a unit ``user`` sees: issued by it, setting it a target or a
    task, or adopted at one of its meetings (every document for a superuser)."""
    if _is_superuser(user):
        return Document.objects.all()
    return Document.objects.filter(documents_concerning_q(visible_units(user)))


def visible_key_tasks(user: Any) -> QuerySet[KeyTask]:
    """Key tasks set by a unit ``user`` sees."""
    return KeyTask.objects.filter(unit__in=visible_units(user))


def may_read_source(user: Any, source_ref: str) -> bool:
    """Whether ``user`` may read the text a result was read from (its ``source_ref``):
    whoever sees the unit of a result citing it, read-only, whatever their role."""
    return bool(source_ref) and Result.objects.filter(
        source_ref=source_ref, unit__in=visible_units(user)).exists()
