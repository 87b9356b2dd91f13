"""The bulk path: validates the whole batch first, writes it in one go, audits it once."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from tests import factories as f
from tiendo.audit.models import AuditEntry
from tiendo.results.bulk import results_bulk_load, targets_bulk_load
from tiendo.results.models import ReportingStatus, Result, Target


@pytest.fixture
def world(db):
    province = f.make_province()
    communes = [f.make_commune(province, f"Xã {n}") for n in range(3)]
    return province, communes, f.make_indicator(), f.period("2024-6M"), f.period("2024")


def test_a_batch_is_written_and_audited_once(world) -> None:
    province, communes, revenue, half, year = world
    rows = [(c.pk, revenue.pk, p.pk, f"{n}.5") for n, c in enumerate(communes) for p in (half, year)]
    audits = AuditEntry.objects.count()
    report = results_bulk_load(rows, anchor=province, label="lô 1", is_sample=True,
                               provenance=Result.Provenance.SYNTHETIC, status=Result.Status.APPROVED)
    assert (report.rows, report.units, report.indicators, report.periods) == (6, 3, 1, 2)
    stored = Result.objects.filter(indicator=revenue).order_by("unit_id", "period__end")
    assert [(r.unit_id, r.value, r.is_sample, r.status) for r in stored] == [
        (c.pk, D(f"{n}.5"), True, "approved") for n, c in enumerate(communes) for _p in (half, year)
    ]
    assert AuditEntry.objects.count() == audits + 1
    entry = AuditEntry.objects.get(pk=report.audit_id)
    assert (entry.action, entry.unit_id, entry.changes["created"], entry.changes["batch"]) == (
        AuditEntry.Action.BULK, province.pk, 6, "lô 1")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (lambda u, i, p: (u, i, p, "12,5"), "không phải số"),
        (lambda u, i, p: (u, i, p, "1e30"), "không phải số"),
        (lambda u, i, p: (u, i, p, "0.0000001"), "không phải số"),
        (lambda u, i, p: (u + 10_000, i, p, "1"), "không có đơn vị"),
        (lambda u, i, p: (u, i + 10_000, p, "1"), "không có chỉ tiêu"),
        (lambda u, i, p: (u, i, p), "cần 4 cột"),
    ],
)
def test_a_bad_row_refuses_the_whole_batch(world, bad, message) -> None:
    province, communes, revenue, _half, year = world
    rows = [(communes[0].pk, revenue.pk, year.pk, "1"), bad(communes[1].pk, revenue.pk, year.pk)]
    with pytest.raises(ValidationError) as raised:
        results_bulk_load(rows, anchor=province, label="lô hỏng")
    assert message in " ".join(raised.value.messages)
    assert not Result.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.BULK).exists()


def test_repeats_locked_periods_and_existing_rows_are_refused(world) -> None:
    province, communes, revenue, half, year = world
    row = (communes[0].pk, revenue.pk, year.pk, "1")
    with pytest.raises(ValidationError, match="lặp lại"):
        results_bulk_load([row, row], anchor=province, label="lặp")
    f.make_reporting_status(communes[1], half, state=ReportingStatus.State.LOCKED)
    with pytest.raises(ValidationError, match="đã khóa"):
        results_bulk_load([(communes[1].pk, revenue.pk, half.pk, "2")], anchor=province, label="khóa")
    results_bulk_load([row], anchor=province, label="lần 1")
    with pytest.raises(ValidationError, match="đã có"):
        results_bulk_load([row, (communes[2].pk, revenue.pk, year.pk, "3")], anchor=province, label="lần 2")
    assert Result.objects.count() == 1


def test_targets_carry_their_unit_of_measure_and_comparator(world) -> None:
    province, communes, revenue, _half, year = world
    targets_bulk_load([(communes[0].pk, revenue.pk, year.pk, D("300"), "tỷ đồng", "ge")],
                      anchor=province, label="kế hoạch", is_sample=True)
    target = Target.objects.get()
    assert (target.value, target.uom, target.comparator, target.is_sample) == (D("300"), "tỷ đồng", "ge", True)
    with pytest.raises(ValidationError, match="phép so sánh"):
        targets_bulk_load([(communes[1].pk, revenue.pk, year.pk, "1", "tỷ đồng", ">=")],
                          anchor=province, label="sai")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN plans differ on SQLite")
def test_a_unit_period_view_reads_results_through_an_index(world) -> None:
    _province, communes, _revenue, _half, year = world
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table: ask whether an index exists
        cursor.execute("EXPLAIN " + str(Result.objects.filter(unit=communes[0], period=year).query))
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "Seq Scan on results_result" not in plan
    conditions = [line for line in plan.splitlines() if "Index Cond" in line]
    assert conditions and "unit_id" in conditions[0] and "period_id" in conditions[0]
