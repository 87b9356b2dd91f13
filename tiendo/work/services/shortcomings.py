"""Shortcomings named for a unit and period, with their causes."""

from __future__ import annotations

from typing import TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tiendo.audit.services import Actor, audit_create, audited_delete, audited_update
from tiendo.core.errors import refuse
from tiendo.core.services import check_known, nfc, raise_all
from tiendo.results.models import Period
from tiendo.units.models import Unit
from tiendo.work.models import Meeting, Shortcoming
from tiendo.work.services._common import MSG_TEXT_EMPTY

MSG_CAUSE_KIND_WITHOUT_CAUSE = _("Đã chọn loại nguyên nhân nhưng chưa nêu nguyên nhân.")
MSG_UNIT_NOT_IN_PERIOD = _("Đơn vị “%(value)s” không có hiệu lực trong kỳ %(period)s.")


class ShortcomingChanges(TypedDict, total=False):
    unit: Unit
    period: Period
    field: str
    text: str
    cause: str
    cause_kind: str
    meeting: Meeting | None
    source_label: str


def shortcoming_create(
    *,
    unit: Unit,
    period: Period,
    text: str,
    by: Actor,
    field: str = "",
    cause: str = "",
    cause_kind: str = "",
    meeting: Meeting | None = None,
    source_label: str = "",
    is_sample: bool = False,
) -> Shortcoming:
    """Record a shortcoming of ``unit`` in ``period``, with its cause if known."""
    shortcoming = Shortcoming(
        unit=unit,
        period=period,
        text=nfc(text),
        field=field,
        cause=nfc(cause),
        cause_kind=cause_kind,
        meeting=meeting,
        source_label=source_label,
        is_sample=is_sample,
    )
    shortcoming_check(shortcoming)
    with transaction.atomic():
        shortcoming.save()
        audit_create(shortcoming, by=by, many_to_many=True)
    return shortcoming


def shortcoming_update(
    *,
    shortcoming: Shortcoming,
    by: Actor,
    expected_version: int | None = None,
    **changes: Unpack[ShortcomingChanges],
) -> Shortcoming:
    """Change the given fields; returns the saved shortcoming (re-read under a lock)."""
    check_known(changes, ShortcomingChanges)
    return audited_update(
        shortcoming, changes, check=shortcoming_check, by=by, expected_version=expected_version,
        many_to_many=True,
    )


def shortcoming_delete(
    *, shortcoming: Shortcoming, by: Actor, expected_version: int | None = None
) -> None:
    """Delete a shortcoming; the audit row keeps every value it had."""
    audited_delete(shortcoming, by=by, expected_version=expected_version)


def shortcoming_check(shortcoming: Shortcoming) -> None:
    """Refuse a shortcoming with no text, a cause kind without a cause, or a unit absent in the period."""
    item = shortcoming
    errors: list[ValidationError] = []
    if not item.text or not item.text.strip():
        errors.append(refuse("text", MSG_TEXT_EMPTY, value=item.text))
    if item.cause_kind and not item.cause.strip():
        errors.append(refuse("cause", MSG_CAUSE_KIND_WITHOUT_CAUSE, value=item.cause_kind))
    unit, period = item.unit, item.period
    existed = (unit.valid_from is None or unit.valid_from <= period.end) and (
        unit.valid_to is None or period.start <= unit.valid_to
    )
    if not existed:
        errors.append(refuse("unit", MSG_UNIT_NOT_IN_PERIOD, value=str(unit), period=str(period)))
    raise_all(errors, item)
