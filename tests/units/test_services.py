"""Unit services: the tree, its dates, lineage; what they refuse with the database unchanged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object
from tiendo.units import services
from tiendo.units.models import Succession, Unit


def _counts() -> tuple[int, int, int]:
    return Unit.objects.count(), Succession.objects.count(), AuditEntry.objects.count()


def test_unit_create_fills_search_text_and_audits(db) -> None:
    user = f.make_user()
    province = services.unit_create(name="Tỉnh Lạng Sơn", short_name="Lạng Sơn", level="province",
                                    code="20", by=user)
    district = services.unit_create(name="Huyện Bắc Sơn", level="district", parent=province, by=user)
    assert province.search_text == "tinh lang son | lang son | 20"
    assert district.short_name == "Huyện Bắc Sơn"
    assert [e.action for e in AuditEntry.objects.order_by("id")] == ["create", "create"]
    assert AuditEntry.objects.get(object_id=str(district.pk)).unit_id == district.pk


def test_a_unit_made_its_own_ancestor_is_refused(db) -> None:
    # given province > district > commune
    province = f.make_province()
    district = f.make_district(province, "Huyện Bắc Sơn")
    commune = f.make_commune(district, "Xã Vũ Lễ")
    before = _counts()
    # when the province is put under its own grandchild
    with pytest.raises(ValidationError) as caught:
        services.unit_update(unit=province, by=None, parent=commune)
    # then
    assert caught.value.message_dict == {
        "parent": [services.MSG_PARENT_CYCLE % {"value": "Xã Vũ Lễ"}]
    }
    assert "“Xã Vũ Lễ”" in caught.value.message_dict["parent"][0]
    province.refresh_from_db()
    assert province.parent_id is None
    assert _counts() == before


def test_a_unit_its_own_parent_is_refused(db) -> None:
    province = f.make_province()
    with pytest.raises(ValidationError) as caught:
        services.unit_update(unit=province, by=None, parent=province)
    assert list(caught.value.message_dict) == ["parent"]


@pytest.mark.parametrize(
    ("kwargs", "field", "message", "params"),
    [
        ({"name": " "}, "name", services.MSG_NAME_EMPTY, {"value": ""}),
        ({"valid_from": dt.date(2025, 7, 1), "valid_to": dt.date(2025, 6, 30)}, "valid_to",
         services.MSG_VALID_TO_BEFORE_FROM, {"value": "30/6/2025", "start": "1/7/2025"}),
        ({"level": "province"}, "parent", services.MSG_PARENT_LEVEL,
         {"value": "Huyện Cao Lộc", "level": "Cấp tỉnh"}),
        ({"valid_from": dt.date(2025, 7, 1)}, "parent", services.MSG_PARENT_NOT_VALID,
         {"value": "Huyện Cao Lộc"}),
        ({"code": "06001"}, "code", services.MSG_CODE_TAKEN,
         {"value": "06001", "other": "Xã Hợp Thành"}),
    ],
)
def test_unit_refused_and_nothing_written(db, kwargs, field, message, params) -> None:
    district = f.make_district(f.make_province(), "Huyện Cao Lộc", valid_to=dt.date(2025, 6, 30))
    f.make_commune(district, "Xã Hợp Thành", code="06001")
    before = _counts()
    fields = {"name": "Xã Mới", "level": "commune", "parent": district, **kwargs}
    with pytest.raises(ValidationError) as caught:
        services.unit_create(by=None, **fields)
    assert caught.value.message_dict[field] == [message % params]
    assert _counts() == before


def test_unit_update_records_old_and_new(db) -> None:
    unit = f.make_province("Tỉnh Lạng Sơn")
    updated = services.unit_update(unit=unit, by=None, name="Tỉnh Lạng Sơn (mới)", valid_to=dt.date(2025, 6, 30))
    assert audit_for_object(updated).first().changes == {
        "name": ["Tỉnh Lạng Sơn", "Tỉnh Lạng Sơn (mới)"],
        "search_text": ["tinh lang son | lang son", "tinh lang son (moi) | lang son"],
        "valid_to": [None, "2025-06-30"],
    }


def test_unit_delete_refused_while_it_has_children(db) -> None:
    province = f.make_province()
    f.make_district(province, "Huyện Bắc Sơn")
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.unit_delete(unit=province, by=None)
    assert caught.value.message_dict == {"unit": [services.MSG_UNIT_IN_USE % {
        "value": "Tỉnh Lạng Sơn", "what": "đơn vị"}]}
    assert _counts() == before


def test_unit_delete_audited(db) -> None:
    unit = f.make_province()
    pk = unit.pk
    services.unit_delete(unit=unit, by=None)
    assert AuditEntry.objects.get().changes["name"] == ["Tỉnh Lạng Sơn", None]
    assert not Unit.objects.filter(pk=pk).exists()


def test_a_merger_ends_the_predecessor_the_day_before(db) -> None:
    province = f.make_province()
    old = f.make_commune(province, "Xã Hoàng Đồng")
    new = f.make_commune(province, "Phường Tam Thanh", valid_from=dt.date(2025, 7, 1))
    link = services.succession_create(predecessor=old, successor=new, date=dt.date(2025, 7, 1), by=None)
    old.refresh_from_db()
    assert (link.kind, link.share, old.valid_to) == ("merge", D(1), dt.date(2025, 6, 30))
    assert [(e.action, e.object_repr) for e in AuditEntry.objects.order_by("id")] == [
        ("create", "Xã Hoàng Đồng → Phường Tam Thanh"), ("update", "Xã Hoàng Đồng"),
    ]


@pytest.mark.parametrize(
    ("pair", "kwargs", "field", "message", "params"),
    [
        (("b", "a"), {}, "successor", services.MSG_SUCCESSION_CYCLE,
         {"value": "Xã A", "predecessor": "Xã B"}),
        (("c", "a"), {}, "successor", services.MSG_SUCCESSION_CYCLE,
         {"value": "Xã A", "predecessor": "Xã C"}),
        (("a", "a"), {}, "successor", services.MSG_SUCCESSION_SELF, {"value": "Xã A"}),
        (("a", "b"), {}, "successor", services.MSG_SUCCESSION_EXISTS,
         {"value": "Xã B", "predecessor": "Xã A"}),
        (("a", "d"), {"share": D("1.5")}, "share", services.MSG_SHARE_RANGE, {"value": D("1.5")}),
        (("a", "d"), {"date": dt.date(2019, 1, 1)}, "successor", services.MSG_SUCCESSOR_NOT_VALID,
         {"value": "Xã D", "date": "1/1/2019"}),
    ],
)
def test_succession_refused_and_nothing_written(db, pair, kwargs, field, message, params) -> None:
    # given a chain A → B → C (2019, 2025) and a D valid from 2020
    province = f.make_province()
    units = {k: f.make_commune(province, f"Xã {k.upper()}") for k in "abc"}
    units["d"] = f.make_commune(province, "Xã D", valid_from=dt.date(2020, 1, 1))
    Succession.objects.create(predecessor=units["a"], successor=units["b"], date=dt.date(2019, 1, 1))
    Succession.objects.create(predecessor=units["b"], successor=units["c"], date=dt.date(2025, 7, 1))
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.succession_create(
            predecessor=units[pair[0]], successor=units[pair[1]], by=None,
            **{"date": dt.date(2025, 7, 1), **kwargs},
        )
    assert caught.value.message_dict[field] == [message % params]
    assert _counts() == before
