"""Small helpers every app's services share: optimistic locking, field checks, NFC text."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TypeVar

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from tiendo.core.vn import format_date, format_number

MSG_VERSION_CONFLICT = _(
    "Dữ liệu đã được sửa trong lúc bạn làm việc: bạn sửa trên phiên bản %(value)s, "
    "phiên bản hiện tại là %(current)s. Hãy tải lại rồi sửa lại."
)

MSG_CURRENT_VALUES = _("Giá trị hiện tại: %(values)s.")

M = TypeVar("M", bound=models.Model)


def lock(obj: M, expected_version: int | None, fields: Iterable[str] = ()) -> M:
    """The object's row read again under a lock; refused if it moved past ``expected_version``.

    The refusal (``MSG_VERSION_CONFLICT`` on ``version``) is followed by a second message,
    ``MSG_CURRENT_VALUES``, naming the current value of each of ``fields`` (those the caller
    meant to change), so that the person sees what the other change was.
    """
    fresh = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
    current = getattr(fresh, "version", None)
    if expected_version is not None and expected_version != current:
        messages = [ValidationError(MSG_VERSION_CONFLICT, params={"value": expected_version, "current": current})]
        shown = [item for item in (_current_value(fresh, name) for name in fields) if item]
        if shown:
            messages.append(ValidationError(MSG_CURRENT_VALUES, params={"values": "; ".join(shown)}))
        raise ValidationError({"version": messages})
    return fresh


def _current_value(obj: models.Model, name: str) -> str:
    """``nhãn trường “giá trị”`` for a concrete field of ``obj``; empty for anything else."""
    try:
        field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        return ""
    if not field.concrete or field.many_to_many:
        return ""
    value = getattr(obj, name)
    if value is None or value == "":
        shown = "—"
    elif isinstance(value, Decimal):
        shown = format_number(value)
    elif isinstance(value, dt.date):
        shown = format_date(value)
    elif field.choices:
        shown = str(getattr(obj, f"get_{name}_display")())
    elif isinstance(value, bool):
        shown = str(_("có") if value else _("không"))
    else:
        shown = str(value)
    return f"{field.verbose_name} “{shown}”"


def check_known(changes: dict[str, Any], allowed: type) -> None:
    """A programming error (not a user's) when an update names a field it may not change."""
    unknown = set(changes) - set(allowed.__annotations__)
    if unknown:
        raise TypeError(f"unknown fields for {allowed.__name__}: {', '.join(sorted(unknown))}")


def assign(obj: models.Model, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        setattr(obj, name, value)


def save_new_version(obj: Any, fields: Iterable[str]) -> None:
    """Save only ``fields`` and bump the version, so a stale copy can be refused later."""
    obj.version += 1
    obj.save(update_fields=sorted({*fields, "version", "updated_at"}))


def raise_all(errors: list[ValidationError], obj: models.Model | None = None) -> None:
    """Raise the domain errors together with the fields' own (choices, lengths) as one error."""
    merged: dict[str, list[ValidationError]] = {}
    for error in errors:
        for field, items in error.error_dict.items():
            merged.setdefault(field, []).extend(items)
    if obj is not None:
        try:
            clean_fields(obj, exclude=merged)
        except ValidationError as error:
            for field, items in error.error_dict.items():
                merged.setdefault(field, []).extend(items)
    if merged:
        raise ValidationError(merged)


def clean_fields(obj: models.Model, exclude: Iterable[str] = ()) -> None:
    # Relations come in as saved instances; checking that they exist costs a query each for nothing.
    relations = [f.name for f in obj._meta.concrete_fields if f.is_relation]
    obj.clean_fields(exclude=[*relations, *exclude])


def nfc(text: str | None) -> str:
    """Text as stored: NFC (one code point per marked letter), outer spaces removed."""
    return unicodedata.normalize("NFC", text or "").strip()
