"""Calling a service from an endpoint: the input's references resolved within what the
account sees, and the service's refusals turned into the API's answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from tiendo.api.errors import Conflict, is_period_locked, is_version_conflict, validation_fields
from tiendo.api.scope import locked
from tiendo.results.models import Period
from tiendo.results.periods import PeriodKey, dates, parse_code, period_get
from tiendo.results.selectors import reporting_status_get
from tiendo.units.models import Unit

T = TypeVar("T")
M = TypeVar("M", bound=Model)

MSG_UNKNOWN_REFERENCE = _("Không có đối tượng mã %(value)s, hoặc tài khoản không được xem nó.")


def reference(queryset: QuerySet[M], pk: int | None, field: str) -> M | None:
    """The object ``pk`` names among ``queryset`` (already narrowed to what the account
    sees); a refusal on ``field`` (422) when there is none."""
    if pk is None:
        return None
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise ValidationError({field: ValidationError(MSG_UNKNOWN_REFERENCE, params={"value": pk})})
    return found


def references(queryset: QuerySet[M], pks: list[int], field: str) -> list[M]:
    found = {obj.pk: obj for obj in queryset.filter(pk__in=pks)}
    missing = [pk for pk in pks if pk not in found]
    if missing:
        raise ValidationError({field: ValidationError(MSG_UNKNOWN_REFERENCE, params={"value": missing[0]})})
    return [found[pk] for pk in pks]


def period_of(code: str, field: str = "period") -> Period:
    """The period a code names, created on first use (``results.periods.period_get``);
    the code's error is reported on ``field``."""
    try:
        return period_get(code)
    except ValidationError as error:
        raise ValidationError({field: error.error_dict.get("period", error.messages)}) from None


def period_find(code: str) -> Period | None:
    """The period a code names if any result, target or report ever used it (reads create nothing)."""
    key: PeriodKey = parse_code(code)
    dates(key)  # the code is refused here, not by the database, when its dates do not exist
    return Period.objects.filter(kind=key.kind, year=key.year, number=key.number).first()


def in_period(rows: QuerySet[M], code: str | None, *fields: str) -> QuerySet[M]:
    """``rows`` whose period (any of ``fields``) is the one ``code`` names."""
    if not code:
        return rows
    period = period_find(code)
    if period is None:
        return rows.none()
    condition = Q()
    for field in fields:
        condition |= Q(**{field: period})
    return rows.filter(condition)


def attempt(
    call: Callable[[], T], *, current: Callable[[], dict[str, Any]] | None = None,
    unit: Unit | None = None, period: Period | None = None,
) -> T:
    """Run a service; a stale version becomes 409 with ``current()``, a locked period 423."""
    try:
        return call()
    except ValidationError as error:
        fields = validation_fields(error)
        if current is not None and is_version_conflict(error):
            raise Conflict(fields["version"][0], fields, current()) from None
        if unit is not None and period is not None and is_period_locked(error):
            raise locked(fields["period"][0], reporting_status_get(unit=unit, period=period)) from None
        raise


def changes_of(payload: Any, *, nullable: tuple[str, ...] = ()) -> dict[str, Any]:
    """The fields a PATCH body sets, without ``version``; a null only for a field that may be
    empty (``nullable``): elsewhere null means "leave as it is"."""
    return {
        name: value for name, value in payload.dict(exclude_unset=True).items()
        if name != "version" and (value is not None or name in nullable)
    }


def current_of(schema: Any, queryset: QuerySet[M], pk: int) -> Callable[[], dict[str, Any]]:
    """What a 409 shows: the object as it is now, in the endpoint's own schema."""
    return lambda: schema.from_orm(queryset.get(pk=pk)).model_dump(mode="json")
