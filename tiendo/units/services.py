"""Writes for units and their lineage (mergers, splits, renames).

Each function runs in one transaction, validates the whole object (raising
``ValidationError`` built by ``tiendo.core.errors.refuse`` with the constants below) and
writes one audit row per object it creates, changes or deletes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext_lazy as _

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, audit_create, audit_delete, audited_update
from tiendo.core.errors import refuse
from tiendo.core.search import search_text
from tiendo.core.services import (
    check_known,
    lock,
    nfc,
    raise_all,
)
from tiendo.core.vn import format_date
from tiendo.units.models import Succession, Unit

MSG_NAME_EMPTY = _("Chưa nhập tên đơn vị.")
MSG_PARENT_CYCLE = _(
    "Không thể đặt “%(value)s” làm đơn vị cấp trên: đơn vị sẽ thành cấp trên của chính nó."
)
MSG_PARENT_LEVEL = _(
    "Đơn vị cấp trên “%(value)s” ở cấp thấp hơn đơn vị (%(level)s)."
)
MSG_PARENT_NOT_VALID = _(
    "Đơn vị cấp trên “%(value)s” không có hiệu lực trong thời gian hiệu lực của đơn vị."
)
MSG_VALID_TO_BEFORE_FROM = _("Ngày hết hiệu lực %(value)s trước ngày bắt đầu hiệu lực %(start)s.")
MSG_CODE_TAKEN = _("Mã “%(value)s” đã dùng cho đơn vị “%(other)s” cùng loại, cùng ngày hiệu lực.")
MSG_UNIT_IN_USE = _("Không thể xóa đơn vị “%(value)s”: đơn vị đã có dữ liệu (%(what)s).")
MSG_SUCCESSION_SELF = _("Đơn vị “%(value)s” không thể kế thừa chính nó.")
MSG_SUCCESSION_CYCLE = _(
    "Không thể ghi “%(value)s” kế thừa “%(predecessor)s”: “%(value)s” đã là đơn vị trước "
    "của “%(predecessor)s”."
)
MSG_SUCCESSION_EXISTS = _("“%(value)s” đã được ghi là đơn vị kế thừa của “%(predecessor)s”.")
MSG_SUCCESSOR_NOT_VALID = _("Đơn vị kế thừa “%(value)s” không có hiệu lực vào ngày %(date)s.")
MSG_PREDECESSOR_NOT_VALID = _("Đơn vị cũ “%(value)s” không có hiệu lực trước ngày %(date)s.")
MSG_SHARE_RANGE = _("Tỷ lệ kế thừa %(value)s không hợp lệ: phải lớn hơn 0 và không quá 1.")

_LEVEL_RANK = {
    Unit.Level.CENTRAL: 0, Unit.Level.PROVINCE: 1, Unit.Level.DISTRICT: 2, Unit.Level.COMMUNE: 3,
}
# The kinds of succession after which the old unit stops existing.
_ENDS_PREDECESSOR = (Succession.Kind.MERGE, Succession.Kind.SPLIT, Succession.Kind.RENAME)


class UnitChanges(TypedDict, total=False):
    name: str
    short_name: str
    kind: str
    level: str
    admin_type: str
    parent: Unit | None
    code: str
    valid_from: dt.date | None
    valid_to: dt.date | None


def unit_create(
    *,
    name: str,
    level: str,
    by: Actor,
    short_name: str = "",
    kind: str = Unit.Kind.LOCALITY,
    admin_type: str = "",
    parent: Unit | None = None,
    code: str = "",
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
    is_sample: bool = False,
) -> Unit:
    """Create a unit under ``parent``. ``short_name`` defaults to ``name``.

    Raises ValidationError when the parent is at a lower level or not valid while the
    unit is, when the dates are reversed, or when the official code is taken.
    """
    unit = Unit(
        name=nfc(name), short_name=nfc(short_name) or nfc(name), kind=kind, level=level,
        admin_type=nfc(admin_type), parent=parent, code=code.strip(), valid_from=valid_from,
        valid_to=valid_to, is_sample=is_sample,
    )
    unit_check(unit)
    unit.search_text = unit_search_text(unit)
    with transaction.atomic():
        unit.save()
        audit_create(unit, by=by)
    return unit


def unit_update(
    *, unit: Unit, by: Actor, expected_version: int | None = None,
    source: str = AuditEntry.Source.SERVICE, **changes: Unpack[UnitChanges]
) -> Unit:
    """Change the given fields; returns the saved unit, re-read under a lock.

    Refuses a parent that would make the unit its own ancestor (``MSG_PARENT_CYCLE``,
    field ``parent``), besides every check of ``unit_check``. ``source``: where the change
    was made, for the audit row.
    """
    check_known(dict(changes), UnitChanges)
    for text_field in ("name", "short_name", "admin_type"):
        if text_field in changes:
            changes[text_field] = nfc(changes[text_field])  # type: ignore[literal-required]

    def check(changed: Unit) -> None:
        unit_check(changed)
        changed.search_text = unit_search_text(changed)

    return audited_update(
        unit, changes, check=check, by=by, expected_version=expected_version,
        derived=("search_text",), source=source,
    )


def unit_delete(*, unit: Unit, by: Actor) -> None:
    """Delete a unit that nothing refers to; refused (``MSG_UNIT_IN_USE``) otherwise.

    A unit that merged keeps its history: end it with ``valid_to`` or a succession instead.
    """
    with transaction.atomic():
        unit = lock(unit, None)
        audit_delete(unit, by=by)
        try:
            unit.delete()
        except ProtectedError as error:
            what = ", ".join(sorted({str(obj._meta.verbose_name) for obj in error.protected_objects}))
            raise refuse("unit", MSG_UNIT_IN_USE, value=str(unit), what=what) from None


def unit_check(unit: Unit) -> None:
    """Validate a unit as it would be saved; raises every problem at once."""
    errors: list[ValidationError] = []
    if not unit.name:
        errors.append(refuse("name", MSG_NAME_EMPTY, value=unit.name))
    if unit.valid_from and unit.valid_to and unit.valid_to < unit.valid_from:
        errors.append(refuse(
            "valid_to", MSG_VALID_TO_BEFORE_FROM, value=format_date(unit.valid_to),
            start=format_date(unit.valid_from),
        ))
    if unit.parent is not None:
        errors.extend(_parent_errors(unit, unit.parent))
    if unit.code:
        other = (
            Unit.objects.filter(code=unit.code, kind=unit.kind, valid_from=unit.valid_from)
            .exclude(pk=unit.pk).first()
        )
        if other is not None:
            errors.append(refuse("code", MSG_CODE_TAKEN, value=unit.code, other=str(other)))
    raise_all(errors, unit)


def _parent_errors(unit: Unit, parent: Unit) -> list[ValidationError]:
    if unit.pk is not None and (parent.pk == unit.pk or unit.pk in _ancestor_ids(parent)):
        return [refuse("parent", MSG_PARENT_CYCLE, value=str(parent))]
    errors = []
    if _LEVEL_RANK.get(parent.level, 0) > _LEVEL_RANK.get(unit.level, 0):
        errors.append(
            refuse("parent", MSG_PARENT_LEVEL, value=str(parent), level=unit.get_level_display())
        )
    if not _overlap(unit.valid_from, unit.valid_to, parent.valid_from, parent.valid_to):
        errors.append(refuse("parent", MSG_PARENT_NOT_VALID, value=str(parent)))
    return errors


def _ancestor_ids(unit: Unit) -> set[int]:
    """The ids above ``unit``, itself included. One query per level; a tree has four."""
    seen: set[int] = set()
    current: int | None = unit.pk
    while current is not None and current not in seen:
        seen.add(current)
        current = Unit.objects.filter(pk=current).values_list("parent_id", flat=True).first()
    return seen


def _overlap(
    start_a: dt.date | None, end_a: dt.date | None, start_b: dt.date | None, end_b: dt.date | None
) -> bool:
    return (end_b is None or start_a is None or start_a <= end_b) and (
        end_a is None or start_b is None or start_b <= end_a
    )


def unit_search_text(unit: Unit) -> str:
    """The accent-free name, short name and code kept for search."""
    return search_text([unit.name, unit.short_name, unit.code], max_length=400)


# ---------------------------------------------------------------- lineage


def succession_create(
    *,
    predecessor: Unit,
    successor: Unit,
    date: dt.date,
    by: Actor,
    kind: str = Succession.Kind.MERGE,
    share: Decimal | None = Decimal(1),
    note: str = "",
    source: str = AuditEntry.Source.SERVICE,
) -> Succession:
    """Record that ``predecessor`` went into ``successor`` on ``date``; returns the link.

    A merger, split or rename also ends the predecessor the day before ``date`` when it
    has no end yet (one more audit row, for the predecessor). ``share`` is the part of the
    predecessor's additive results the successor takes over (None: not carried over).
    Refused: a unit succeeding itself, a link that closes a loop of lineage
    (``MSG_SUCCESSION_CYCLE``), a successor not valid on ``date``, a share outside (0, 1].
    ``source``: where the link was made (the admin passes its own), for the audit rows.
    """
    succession = Succession(
        predecessor=predecessor, successor=successor, date=date, kind=kind, share=share,
        note=nfc(note),
    )
    with transaction.atomic():
        succession_check(succession)
        succession.save()
        audit_create(succession, by=by, source=source)
        if kind in _ENDS_PREDECESSOR and predecessor.valid_to is None:
            unit_update(
                unit=predecessor, by=by, source=source, valid_to=date - dt.timedelta(days=1)
            )
    return succession


def succession_delete(*, succession: Succession, by: Actor) -> None:
    """Remove a lineage link; the predecessor's end date stays as it is."""
    with transaction.atomic():
        audit_delete(succession, by=by)
        succession.delete()


def succession_check(succession: Succession) -> None:
    """Validate a lineage link as ``succession_create`` would; raises ValidationError."""
    predecessor, successor, date = succession.predecessor, succession.successor, succession.date
    if predecessor.pk == successor.pk:
        raise refuse("successor", MSG_SUCCESSION_SELF, value=str(successor))
    if predecessor.pk in _lineage_successor_ids(successor):
        raise refuse(
            "successor", MSG_SUCCESSION_CYCLE, value=str(successor), predecessor=str(predecessor)
        )
    errors: list[ValidationError] = []
    if Succession.objects.filter(predecessor=predecessor, successor=successor).exists():
        errors.append(refuse(
            "successor", MSG_SUCCESSION_EXISTS, value=str(successor), predecessor=str(predecessor)
        ))
    if not successor.is_valid_on(date):
        errors.append(refuse(
            "successor", MSG_SUCCESSOR_NOT_VALID, value=str(successor), date=format_date(date)
        ))
    if predecessor.valid_from is not None and predecessor.valid_from >= date:
        errors.append(refuse(
            "predecessor", MSG_PREDECESSOR_NOT_VALID, value=str(predecessor), date=format_date(date)
        ))
    if succession.share is not None and not Decimal(0) < succession.share <= Decimal(1):
        errors.append(refuse("share", MSG_SHARE_RANGE, value=succession.share))
    raise_all(errors, succession)


def _lineage_successor_ids(unit: Unit) -> set[int]:
    """Every unit that ``unit`` went into, directly or later on. One query per generation."""
    found: set[int] = set()
    frontier = {unit.pk}
    while frontier:
        frontier = set(
            Succession.objects.filter(predecessor_id__in=frontier).values_list("successor_id", flat=True)
        ) - found
        found |= frontier
    return found

