"""A bulk session sets the indexes and keys aside, and puts every one of them back, checked;
a failure anywhere leaves the table and its schema as they were."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, models

from tests import factories as f
from tiendo.audit.models import AuditEntry
from tiendo.results.bulk import results_bulk_load, targets_bulk_load
from tiendo.results.bulk_session import bulk_session
from tiendo.results.models import Result, Target

TABLES = ("results_result", "results_target")


def _schema() -> dict[str, Any]:
    """Every constraint and index of the two tables as Django reads them back, and on
    PostgreSQL the catalogue's own definitions (deferrable, validated, partial …) and the
    columns' defaults (a batch in a session lends them its shared values)."""
    with connection.cursor() as cursor:
        out: dict[str, Any] = {t: connection.introspection.get_constraints(cursor, t) for t in TABLES}
        if connection.vendor == "postgresql":
            for table in TABLES:
                cursor.execute(
                    "SELECT conname, pg_get_constraintdef(oid), condeferrable, condeferred, convalidated"
                    " FROM pg_constraint WHERE conrelid = %s::regclass ORDER BY conname", [table])
                out[f"{table} constraints"] = cursor.fetchall()
                cursor.execute(
                    "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid), indisvalid, indisunique"
                    " FROM pg_index WHERE indrelid = %s::regclass ORDER BY 1", [table])
                out[f"{table} indexes"] = cursor.fetchall()
                cursor.execute("SELECT column_name, column_default FROM information_schema.columns"
                               " WHERE table_name = %s ORDER BY 1", [table])
                out[f"{table} defaults"] = cursor.fetchall()
    return out


def _rows() -> list[tuple[int, int, int, str, str]]:
    return sorted(Result.objects.values_list("unit_id", "indicator_id", "period_id", "value", "provenance"))


@pytest.fixture
def world(db):
    province = f.make_province()
    communes = [f.make_commune(province, f"Xã {n}") for n in range(3)]
    periods = [f.period(code) for code in ("2024-3M", "2024-6M", "2024-9M", "2024")]
    return province, communes, f.make_indicator(), periods


def _batch(communes, indicator, periods, value: str = "1.5") -> list[tuple[int, int, int, str]]:
    return [(c.pk, indicator.pk, p.pk, value) for c in communes for p in periods]


def test_a_session_sets_aside_then_puts_back_every_index_and_key(world) -> None:
    province, communes, revenue, periods = world
    before = _schema()
    audits = AuditEntry.objects.filter(action=AuditEntry.Action.BULK).count()
    with bulk_session(Result, Target) as report:
        inside = _schema()
        results_bulk_load(_batch(communes[:2], revenue, periods), anchor=province, label="lô 1",
                          provenance=Result.Provenance.SYNTHETIC, status=Result.Status.APPROVED,
                          is_sample=True, source_label="Số liệu mẫu\tcó tab")
        results_bulk_load(_batch(communes[2:], revenue, periods), anchor=province, label="lô 2")
        targets_bulk_load([(c.pk, revenue.pk, periods[-1].pk, "9", "tỷ đồng", "ge") for c in communes],
                          anchor=province, label="kế hoạch")
    assert _schema() == before
    assert report.rebuilt == len(report.steps) > 0
    for table in TABLES:
        kept = inside[table]
        # Inside: only the primary key, the CHECKs and (SQLite) what its CREATE TABLE holds.
        assert {name for name, c in kept.items() if c["index"] and not c["primary_key"]} <= (
            {name for name, c in kept.items() if c["unique"]} if connection.vendor == "sqlite" else set())
        assert len(kept) < len(before[table])
        if connection.vendor == "postgresql":
            assert not any(c["foreign_key"] or (c["unique"] and not c["primary_key"]) for c in kept.values())
    assert Result.objects.count() == 12 and Target.objects.count() == 3
    shared = ("provenance", "status", "is_sample", "source_label", "version", "note")
    assert set(Result.objects.filter(unit__in=communes[:2]).values_list(*shared)) == {
        ("synthetic", "approved", True, "Số liệu mẫu\tcó tab", 1, "")}
    assert set(Result.objects.filter(unit=communes[2]).values_list(*shared)) == {("sheet", "draft", False, "", 1, "")}
    assert {r.value for r in Result.objects.all()} == {D("1.5")}
    assert {(t.uom, t.comparator, t.value) for t in Target.objects.all()} == {("tỷ đồng", "ge", D("9"))}
    assert AuditEntry.objects.filter(action=AuditEntry.Action.BULK).count() == audits + 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite keeps its unique keys in the session")
def test_what_the_models_declare_is_what_a_session_rebuilds(world) -> None:
    with bulk_session(Result, Target) as report:
        pass
    rebuilt = {name for name, _seconds in report.steps}
    for model in (Result, Target):
        declared = {index.name for index in model._meta.indexes} | {
            c.name for c in model._meta.constraints if isinstance(c, models.UniqueConstraint)}
        assert declared <= rebuilt
        relations = [field for field in model._meta.concrete_fields if field.remote_field]
        keys = [name for name in rebuilt if name.startswith(f"{model._meta.db_table}_") and "_fk_" in name]
        assert len(keys) == len(relations)


def test_a_bad_batch_in_a_session_leaves_the_table_and_its_indexes_as_they_were(world) -> None:
    province, communes, revenue, periods = world
    results_bulk_load(_batch(communes[:1], revenue, periods), anchor=province, label="có sẵn")
    before, rows = _schema(), _rows()
    audits = AuditEntry.objects.filter(action=AuditEntry.Action.BULK).count()
    bad = [*_batch(communes[2:], revenue, periods), (communes[2].pk, revenue.pk, periods[0].pk + 10_000, "1")]
    with pytest.raises(ValidationError, match="không có kỳ"), bulk_session(Result, Target):
        results_bulk_load(_batch(communes[1:2], revenue, periods), anchor=province, label="tốt")
        results_bulk_load(bad, anchor=province, label="hỏng")
    assert _rows() == rows
    assert _schema() == before
    assert AuditEntry.objects.filter(action=AuditEntry.Action.BULK).count() == audits


def test_a_key_already_in_the_table_is_refused_and_nothing_is_written(world) -> None:
    province, communes, revenue, periods = world
    results_bulk_load(_batch(communes[:1], revenue, periods[:1]), anchor=province, label="có sẵn")
    before, rows = _schema(), _rows()
    again = [*_batch(communes[1:], revenue, periods), *_batch(communes[:1], revenue, periods[:1], "2")]
    # PostgreSQL finds it when the unique key is rebuilt, SQLite (whose key stays) at the batch.
    with pytest.raises(ValidationError, match="không ghi gì") as raised, bulk_session(Result, Target):
        results_bulk_load(again, anchor=province, label="lặp với dữ liệu cũ")
    assert "result_unique" in str(raised.value) or "UNIQUE" in str(raised.value)
    assert _rows() == rows
    assert _schema() == before


def test_two_batches_of_one_session_sharing_a_key_are_refused(world) -> None:
    province, communes, revenue, periods = world
    with pytest.raises(ValidationError, match="không ghi gì"), bulk_session(Result):
        results_bulk_load(_batch(communes, revenue, periods[:2]), anchor=province, label="1")
        results_bulk_load(_batch(communes[:1], revenue, periods[1:]), anchor=province, label="2")
    assert not Result.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite keeps its foreign keys in the session")
def test_a_row_that_escaped_validation_fails_the_key_check_at_the_end(world) -> None:
    province, communes, revenue, periods = world
    before = _schema()
    with pytest.raises(ValidationError, match="fk_units_unit"), bulk_session(Result):
        results_bulk_load(_batch(communes, revenue, periods), anchor=province, label="tốt")
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO results_result (version, created_at, updated_at, is_sample, value, estimated,"
                " derived, provenance, status, source_label, source_url, source_ref, evidence, note,"
                " indicator_id, period_id, unit_id) SELECT 1, now(), now(), false, 1, false, false,"
                " 'sheet', 'draft', '', '', '', '', '', %s, %s, max(id) + 1 FROM units_unit",
                [revenue.pk, periods[0].pk])
    assert not Result.objects.exists()
    assert _schema() == before
