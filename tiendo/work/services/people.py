"""People named in meetings and texts, found by name and unit, their titles merged."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tiendo.audit.services import (
    Actor,
    audit_create,
    audit_update,
    audited_delete,
    audited_update,
    snapshot,
)
from tiendo.core.errors import refuse
from tiendo.core.services import clean_fields, nfc
from tiendo.units.models import Unit
from tiendo.work.models import Person

MSG_PERSON_NAME_EMPTY = _("Chưa nhập họ và tên.")

# Leading forms of address are not part of a name (spec/glossary.md: đồng chí).
_ADDRESS = re.compile(r"^(?:đồng\s+chí|đ/c|đc)\.?(?:\s+|$)", re.IGNORECASE)


def person_get_or_create(
    *,
    name: str,
    by: Actor,
    unit: Unit | None = None,
    titles: Iterable[str] = (),
    is_sample: bool = False,
) -> Person:
    """The person called ``name`` in ``unit``, created if new; ``titles`` are added to theirs.

    The name is stored in NFC with spaces collapsed and a leading ``đồng chí``/``Đ/c``
    removed. Titles keep their first-seen order; a title already held is not repeated.
    Writes an audit row only when the person is created or gains a title.
    """
    clean = _person_name(name)
    if not clean:
        raise refuse("name", MSG_PERSON_NAME_EMPTY, value=name)
    wanted = [nfc(title) for title in titles if title and title.strip()]
    with transaction.atomic():
        person = (
            Person.objects.select_for_update().filter(name=clean, unit=unit).order_by("id").first()
        )
        if person is None:
            person = Person(name=clean, unit=unit, titles=_merge(wanted, []), is_sample=is_sample)
            clean_fields(person)
            person.save()
            audit_create(person, by=by, many_to_many=True)
            return person
        merged = _merge(person.titles, wanted)
        if merged != person.titles:
            before = snapshot(person, many_to_many=True)
            person.titles = merged
            person.version += 1
            person.save(update_fields=["titles", "version", "updated_at"])
            audit_update(person, before, by=by, many_to_many=True)
        return person


def _person_name(name: str) -> str:
    return _ADDRESS.sub("", " ".join(nfc(name).split()))


def _merge(first: Iterable[str], then: Iterable[str]) -> list[str]:
    merged: list[str] = []
    for title in [*first, *then]:
        if title not in merged:
            merged.append(title)
    return merged


def person_set_titles(*, person: Person, titles: Iterable[str], by: Actor) -> Person:
    """Replace a person's titles (taking back titles a text gave them); returns the saved person."""
    wanted = _merge([nfc(title) for title in titles if title and title.strip()], [])
    return audited_update(person, {"titles": wanted}, check=clean_fields, by=by, many_to_many=True)


def person_delete(*, person: Person, by: Actor) -> None:
    """Delete a person; the meetings they chaired or attended keep no link to them."""
    audited_delete(person, by=by)
