"""``tiendo synth`` at a tiny scale: the real units, cumulative months, sample marks, one seed
one set of numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection

from tiendo.audit.models import AuditEntry
from tiendo.catalogue.models import Indicator
from tiendo.demo.synth import PlannedBatch, Scale, group_sessions, synth_load
from tiendo.results.models import Period, Result, Target
from tiendo.units.models import Unit

TINY = Scale("tiny", ("20",), indicators=40, years=2, max_communes=2)


def _values() -> dict[tuple[str, str, str, str, int], Decimal]:
    return {
        (r.unit.code, str(r.unit.valid_from), r.indicator.code, r.period.kind, r.period.number): r.value
        for r in Result.objects.select_related("unit", "indicator", "period")
    }


@pytest.fixture
def loaded(db):
    return synth_load(TINY, seed=7)


def test_real_units_sample_marks_and_one_audit_row_per_batch(loaded) -> None:
    assert loaded.results == Result.objects.count() > 0
    assert loaded.targets == Target.objects.count() > 0
    assert not Result.objects.filter(is_sample=False).exists()
    assert not Target.objects.filter(is_sample=False).exists()
    assert Indicator.objects.filter(code__startswith="synth-", is_sample=False).count() == 0
    assert loaded.indicators == 40
    # Lạng Sơn's communes from the official list: the 2 first of each list, and their districts
    units = Unit.objects.filter(results__isnull=False).distinct()
    assert units.filter(level=Unit.Level.COMMUNE, valid_from=dt.date(2025, 7, 1)).count() == 2
    assert units.filter(level=Unit.Level.COMMUNE, valid_to=dt.date(2025, 6, 30)).count() == 2
    bulk = AuditEntry.objects.filter(action=AuditEntry.Action.BULK, changes__table="results_result")
    assert bulk.count() == loaded.batches == 2  # one per year for the one province


def test_results_are_cumulative_from_the_first_month_the_unit_existed(loaded) -> None:
    flow = Indicator.objects.get(code="thu-ngan-sach")
    reporting = Unit.objects.filter(level=Unit.Level.COMMUNE, results__indicator=flow).distinct()
    new = reporting.filter(valid_from=dt.date(2025, 7, 1)).first()
    old = reporting.filter(valid_to=dt.date(2025, 6, 30)).first()

    def months(unit: Unit, year: int) -> list[tuple[int, Decimal]]:
        rows = Result.objects.filter(unit=unit, indicator=flow, period__year=year).select_related("period")
        return sorted((12 if r.period.kind == Period.Kind.YEAR else r.period.number, r.value) for r in rows)

    assert [m for m, _v in months(new, 2025)] == [7, 8, 9, 10, 11, 12]
    assert [m for m, _v in months(old, 2025)] == [1, 2, 3, 4, 5, 6]
    assert [m for m, _v in months(new, 2026)] == list(range(1, 13))
    values = [v for _m, v in months(new, 2026)]
    assert values == sorted(values) and values[0] > 0


def test_the_same_seed_gives_the_same_numbers_and_another_seed_others(loaded) -> None:
    first = _values()
    again = synth_load(TINY, seed=7)
    assert (again.results, again.skipped) == (0, 2)  # already there: nothing written twice
    Result.objects.all().delete()
    Target.objects.all().delete()
    synth_load(TINY, seed=7)
    assert _values() == first
    Result.objects.all().delete()
    Target.objects.all().delete()
    synth_load(TINY, seed=8)
    other = _values()
    assert other.keys() == first.keys() and other != first


M = 1_000_000


@pytest.mark.parametrize(
    ("sizes", "held", "expected"),
    [
        # an empty table: one session takes a province's 1.2 M rows whole
        ([250_000] * 5, 0, [(5, True)]),
        # a long load: each session at least what the table holds when it starts
        ([M] * 15, 0, [(1, True), (1, True), (2, True), (11, True)]),
        # the rest of a load too small to close a session joins the last one
        ([M] * 3, 0, [(1, True), (2, True)]),
        # a small load into a big table keeps the plain path: no rebuild over 50 M rows
        ([250_000] * 4, 50 * M, [(4, False)]),
        ([], 0, []),
    ],
)
def test_batches_are_grouped_into_sessions_at_least_the_size_of_the_table(sizes, held, expected) -> None:
    plan = [PlannedBatch(2026, None, [], size) for size in sizes]  # type: ignore[arg-type]
    assert [(len(group), deferred) for group, deferred in group_sessions(plan, held)] == expected


def test_a_load_into_an_empty_table_runs_in_one_session_and_leaves_the_schema_whole(db) -> None:
    with connection.cursor() as cursor:
        before = {t: connection.introspection.get_constraints(cursor, t) for t in ("results_result", "results_target")}
    summary = synth_load(TINY, seed=7)
    assert len(summary.rebuilds) == 1 and summary.rebuilds[0].rebuilt > 0
    assert summary.rebuild_seconds <= summary.write_seconds
    with connection.cursor() as cursor:
        after = {t: connection.introspection.get_constraints(cursor, t) for t in ("results_result", "results_target")}
    assert after == before


def test_plain_batches_write_the_same_numbers_without_a_session(loaded) -> None:
    first = _values()
    Result.objects.all().delete()
    Target.objects.all().delete()
    plain = synth_load(TINY, seed=7, sessions=False)
    assert not plain.rebuilds and plain.results == loaded.results
    assert _values() == first
