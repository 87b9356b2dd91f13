"""The error every service raises for refused input, with the field and value it concerns."""

from __future__ import annotations

from django.core.exceptions import ValidationError


def refuse(field: str, message: str, **params: object) -> ValidationError:
    """A ValidationError bound to ``field``, whose message names the offending value.

    Messages are Vietnamese, translatable constants with ``%(name)s`` placeholders.
    """
    return ValidationError({field: ValidationError(message, params=params or None)})
