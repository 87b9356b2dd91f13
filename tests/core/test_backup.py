"""``tiendo backup`` then ``tiendo restore`` gives back every row of every table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection

from tests import factories as f
from tests.dbtools import django_rows
from tiendo.audit.models import AuditEntry
from tiendo.cli import main
from tiendo.results.models import Result
from tiendo.results.services import result_create, result_update


def _fill() -> Result:
    province = f.make_province()
    district = f.make_district(province, "Huyện Bắc Sơn", valid_to=dt.date(2025, 6, 30))
    commune = f.make_commune(province, "Xã Bắc Sơn", valid_from=dt.date(2025, 7, 1))
    f.make_succession(district, commune, dt.date(2025, 7, 1))
    user = f.make_user("nhaplieu")
    indicator = f.make_indicator()
    result = result_create(unit=district, indicator=indicator, period=f.period("2024"),
                           value=Decimal("404.5"), by=user, note="Số liệu có dấu: ước đạt")
    f.make_reporting_status(district, "2023")
    return result


@pytest.mark.django_db(transaction=True)
def test_round_trip_gives_back_every_table(tmp_path, capsys) -> None:
    result = _fill()
    before = django_rows(connection)
    path = tmp_path / "sao-luu" / "tiendo.backup"

    assert main(["backup", str(path)]) == 0
    assert "Đã sao lưu CSDL vào" in capsys.readouterr().out

    result_update(result=result, by=None, value=Decimal(1), note="")
    f.make_province("Tỉnh Cao Bằng")
    AuditEntry.objects.filter(action=AuditEntry.Action.CREATE).delete()
    assert django_rows(connection) != before

    assert main(["restore", str(path), "--yes"]) == 0
    after = django_rows(connection)
    assert [table for table in before if before[table] != after.get(table)] == []
    assert set(after) == set(before)
    assert sum(len(rows) for rows in after.values()) > 20


@pytest.mark.django_db(transaction=True)
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(tmp_path, capsys) -> None:
    _fill()
    before = django_rows(connection)
    bogus = tmp_path / "bieu.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    assert main(["restore", str(bogus), "--yes"]) == 2
    assert "không phải bản sao lưu" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "khong-co"), "--yes"]) == 2
    assert "Không có tệp sao lưu" in capsys.readouterr().err
    assert django_rows(connection) == before


@pytest.mark.django_db(transaction=True)
def test_restore_asks_before_replacing(tmp_path, monkeypatch, capsys) -> None:
    _fill()
    path = tmp_path / "tiendo.backup"
    assert main(["backup", str(path)]) == 0
    f.make_province("Tỉnh Cao Bằng")
    before = django_rows(connection)
    monkeypatch.setattr("builtins.input", lambda prompt: "khong")
    assert main(["restore", str(path)]) == 1
    assert django_rows(connection) == before
