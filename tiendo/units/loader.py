"""``tiendo units load``: the official provinces, districts and communes with their 2025 lineage.

What is loaded and the lineage rules are in ``tiendo.units.official``. Here they become
``Unit`` and ``Succession`` rows: kind ``locality``; pre-2025 units valid until 30/6/2025,
post-2025 units from 1/7/2025, an unchanged province valid throughout.

The load is idempotent: a unit is recognised by level, official code and whether it
starts on 1/7/2025, a succession by its two units; what exists is left as it is (an
office may have corrected a name) and only what is missing is created. It runs in one
transaction with bulk inserts, and writes one audit row per province that gained rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from django.db import transaction

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, audit_record
from tiendo.units.models import Succession, Unit
from tiendo.units.official import (
    COMMUNE,
    DISTRICT,
    PROVINCE,
    REFORM_DATE,
    Ident,
    OfficialUnit,
    ProvinceBatch,
    official_batches,
)
from tiendo.units.services import unit_search_text

NEW_PROVINCES = "tỉnh, thành phố từ 1/7/2025"
NEW_COMMUNES = "xã, phường, đặc khu từ 1/7/2025"
OLD_PROVINCES = "tỉnh, thành phố đến 30/6/2025"
OLD_DISTRICTS = "quận, huyện, thị xã, thành phố thuộc tỉnh đến 30/6/2025"
OLD_COMMUNES = "xã, phường, thị trấn đến 30/6/2025"
SUCCESSIONS = "quan hệ kế thừa"
UNITS_CREATED = "đơn vị mới tạo"
SUCCESSIONS_CREATED = "quan hệ kế thừa mới tạo"

_BATCH_SIZE = 500
_LEVELS = (PROVINCE, DISTRICT, COMMUNE)


def units_load(
    provinces: Iterable[str] | None = None,
    *,
    by: Actor = None,
    source: str = AuditEntry.Source.CLI,
) -> dict[str, int]:
    """Load the official units of the given post-2025 provinces (all when None).

    ``provinces`` are official codes (``"20"``); a pre-2025 code loads the province it
    merged into. Returns, labelled for printing, how many units of each list the load
    covers and how many units and successions it created (0 on a second run).
    Raises ValueError for an unknown code.
    """
    batches = official_batches(provinces)
    totals: Counter[str] = Counter()
    with transaction.atomic():
        ids = _existing_unit_ids()
        known = _existing_pairs()
        for batch in batches:
            units_created = _create_units(batch, ids)
            successions_created = _create_successions(batch, ids, known)
            if units_created.total() or successions_created:
                _audit(batch, ids, units_created, successions_created, by=by, source=source)
            totals.update(_covered(batch))
            totals[UNITS_CREATED] += units_created.total()
            totals[SUCCESSIONS_CREATED] += successions_created
    labels = (NEW_PROVINCES, NEW_COMMUNES, OLD_PROVINCES, OLD_DISTRICTS, OLD_COMMUNES,
              SUCCESSIONS, UNITS_CREATED, SUCCESSIONS_CREATED)
    return {label: totals[label] for label in labels}


def _existing_unit_ids() -> dict[Ident, int]:
    rows = Unit.objects.filter(kind=Unit.Kind.LOCALITY, level__in=_LEVELS).exclude(code="")
    return {
        Ident(level, code, new=valid_from == REFORM_DATE): pk
        for pk, level, code, valid_from in rows.values_list("pk", "level", "code", "valid_from")
    }


def _existing_pairs() -> set[tuple[int, int]]:
    pairs = Succession.objects.filter(predecessor__kind=Unit.Kind.LOCALITY)
    return set(pairs.values_list("predecessor_id", "successor_id"))


def _create_units(batch: ProvinceBatch, ids: dict[Ident, int]) -> Counter[str]:
    """Create the batch's missing units, parents before children; record their ids."""
    created: Counter[str] = Counter()
    for level in _LEVELS:
        missing = [u for u in batch.units if u.ident.level == level and u.ident not in ids]
        rows = Unit.objects.bulk_create([_row(unit, ids) for unit in missing], batch_size=_BATCH_SIZE)
        for unit, row in zip(missing, rows, strict=True):
            ids[unit.ident] = row.pk
        created[level] += len(rows)
    return created


def _row(unit: OfficialUnit, ids: dict[Ident, int]) -> Unit:
    row = Unit(
        name=unit.name,
        short_name=unit.short_name,
        kind=Unit.Kind.LOCALITY,
        level=unit.ident.level,
        admin_type=unit.admin_type,
        parent_id=ids[unit.parent] if unit.parent else None,
        code=unit.ident.code,
        valid_from=unit.valid_from,
        valid_to=unit.valid_to,
    )
    row.search_text = unit_search_text(row)
    return row


def _create_successions(
    batch: ProvinceBatch, ids: dict[Ident, int], known: set[tuple[int, int]]
) -> int:
    rows = []
    for step in batch.lineage:
        pair = (ids[step.predecessor], ids[step.successor])
        if pair in known:
            continue
        known.add(pair)
        rows.append(
            Succession(
                predecessor_id=pair[0],
                successor_id=pair[1],
                kind=step.kind,
                date=REFORM_DATE,
                share=step.share,
            )
        )
    return len(Succession.objects.bulk_create(rows, batch_size=_BATCH_SIZE))


def _covered(batch: ProvinceBatch) -> Counter[str]:
    """How many units of each official list the batch holds (an unchanged province is in both)."""
    counts: Counter[str] = Counter()
    for unit in batch.units:
        level, new = unit.ident.level, unit.ident.new
        if level == PROVINCE:
            if new or unit.valid_to is None:
                counts[NEW_PROVINCES] += 1
            if not new:
                counts[OLD_PROVINCES] += 1
        elif level == DISTRICT:
            counts[OLD_DISTRICTS] += 1
        else:
            counts[NEW_COMMUNES if new else OLD_COMMUNES] += 1
    counts[SUCCESSIONS] = len(batch.lineage)
    return counts


def _audit(
    batch: ProvinceBatch,
    ids: dict[Ident, int],
    units_created: Counter[str],
    successions_created: int,
    *,
    by: Actor,
    source: str,
) -> None:
    province = Unit.objects.get(pk=ids[batch.province.ident])
    changes: dict[str, Any] = {
        "created": sum(units_created.values()),
        "by_level": {level: units_created[level] for level in _LEVELS},
        "successions": successions_created,
        "province_code": batch.code,
    }
    audit_record(obj=province, action=AuditEntry.Action.BULK, by=by, source=source, changes=changes)
