"""Audit entries as people read them: field labels, choice labels, names instead of ids, dates d/m/Y."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from tiendo.audit.models import AuditEntry
from tiendo.core.vn import format_date, format_number

EMPTY = "—"


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditRow:
    entry: AuditEntry
    changes: list[Change]


def audit_rows(entries: Sequence[AuditEntry], model: type[models.Model] | None) -> list[AuditRow]:
    """The entries with each change labelled and shown; ids of related objects become their
    names with one query per related model (an object deleted since shows as ``#id``)."""
    names = _related_names(entries, model)
    return [
        AuditRow(
            entry=entry,
            changes=[
                Change(
                    label=_label(model, key),
                    old=_show(model, key, pair[0] if _is_pair(pair) else None, names),
                    new=_show(model, key, pair[1] if _is_pair(pair) else pair, names),
                )
                for key, pair in sorted(entry.changes.items())
            ],
        )
        for entry in entries
    ]


def audit_rows_mixed(entries: Sequence[AuditEntry]) -> list[AuditRow]:
    """``audit_rows`` for entries about objects of several models, in the given order
    (the names of related objects: one query per related model of each model present)."""
    by_type: dict[int, list[AuditEntry]] = {}
    for entry in entries:
        by_type.setdefault(entry.content_type_id, []).append(entry)
    rows: dict[int, AuditRow] = {}
    for group in by_type.values():
        for row in audit_rows(group, group[0].content_type.model_class()):
            rows[row.entry.pk] = row
    return [rows[entry.pk] for entry in entries]


def field_labels(model: type[models.Model] | None, keys: Iterable[str]) -> list[str]:
    """The verbose names of the changed fields, for a one-line summary (no query)."""
    return [_label(model, key) for key in sorted(keys)]


def _is_pair(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2


def _field(model: type[models.Model] | None, key: str) -> models.Field | None:
    if model is None:
        return None
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if key in (field.name, field.attname):
            return field
    try:
        return model._meta.get_field(key)  # type: ignore[return-value]
    except FieldDoesNotExist:
        return None


def _label(model: type[models.Model] | None, key: str) -> str:
    field = _field(model, key)
    return str(field.verbose_name) if field is not None else key


def _related_names(
    entries: Iterable[AuditEntry], model: type[models.Model] | None
) -> dict[tuple[type[models.Model], str], str]:
    wanted: dict[type[models.Model], set[Any]] = {}
    for entry in entries:
        for key, pair in entry.changes.items():
            field = _field(model, key)
            if field is None or not field.is_relation or field.related_model is None:
                continue
            values = pair if _is_pair(pair) else [pair]
            for value in values:
                ids = value if isinstance(value, list) else [value]
                wanted.setdefault(field.related_model, set()).update(
                    i for i in ids if i is not None
                )
    names = {}
    for related, ids in wanted.items():
        for pk, obj in related._default_manager.in_bulk(list(ids)).items():
            names[(related, str(pk))] = str(obj)
    return names


def _show(
    model: type[models.Model] | None,
    key: str,
    value: Any,
    names: dict[tuple[type[models.Model], str], str],
) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    field = _field(model, key)
    if field is not None and field.is_relation and field.related_model is not None:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(names.get((field.related_model, str(i)), f"#{i}") for i in ids)
    if isinstance(value, bool):
        return _("Có") if value else _("Không")
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.DateTimeField):
        return _datetime(value)
    if isinstance(field, models.DateField):
        return _date(value)
    if isinstance(field, models.DecimalField):
        return _decimal(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _date(value: Any) -> str:
    try:
        return format_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _datetime(value: Any) -> str:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return f"{format_date(moment.date())} {moment:%H:%M}"


def _decimal(value: Any) -> str:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    # Every stored decimal shown: a trail must not round what it records.
    exponent = number.as_tuple().exponent
    return format_number(
        number, decimals=-exponent if isinstance(exponent, int) and exponent < 0 else 0
    )
