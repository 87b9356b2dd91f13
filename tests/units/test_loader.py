"""``tiendo units load``: the official lists, the 2025 lineage, idempotence and the audit trail."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tiendo.audit.models import AuditEntry
from tiendo.units import loader
from tiendo.units.models import Succession, Unit
from tiendo.units.official import official_batches

LAST_DAY = dt.date(2025, 6, 30)
REFORM = dt.date(2025, 7, 1)


def _locality(**filters: object) -> Unit:
    return Unit.objects.get(kind=Unit.Kind.LOCALITY, **filters)


def test_official_lists_hold_the_whole_country() -> None:
    # when every province is read from the two packages
    batches = official_batches()
    units = [unit for batch in batches for unit in batch.units]

    # then the post-2025 list has 34 provinces and 3321 communes, the old one 63 provinces
    assert len(batches) == 34
    assert sum(1 for u in units if u.ident.level == "commune" and u.ident.new) == 3321
    assert sum(1 for u in units if u.ident.level == "province" and not u.ident.new) == 63
    assert sum(1 for u in units if u.ident.level == "district") == 696
    # and the eleven provinces untouched by the reform are valid throughout
    unchanged = sorted(b.province.short_name for b in batches if b.province.valid_from is None)
    assert unchanged == sorted(
        ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
         "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"]
    )


@pytest.mark.django_db
def test_unchanged_province_is_one_unit_valid_throughout() -> None:
    # when Lạng Sơn is loaded
    counts = loader.units_load(["20"])

    # then the province is one unit with no end, holding both its old districts and new communes
    province = _locality(level="province", code="20")
    assert (province.name, province.short_name, province.admin_type) == ("Tỉnh Lạng Sơn", "Lạng Sơn", "Tỉnh")
    assert (province.valid_from, province.valid_to) == (None, None)
    assert province.children.filter(level="district").count() == 11
    assert province.children.filter(level="commune", valid_from=REFORM).count() == 65
    assert counts[loader.NEW_PROVINCES] == 1
    assert counts[loader.OLD_PROVINCES] == 1
    assert counts[loader.NEW_COMMUNES] == 65
    assert counts[loader.OLD_DISTRICTS] == 11


@pytest.mark.django_db
def test_district_ends_before_the_reform_with_its_successors() -> None:
    loader.units_load(["20"])

    # then Huyện Bắc Sơn is named in full and short, folded for search, and ends on 30/6/2025
    district = _locality(level="district", code="185")
    assert (district.name, district.short_name, district.admin_type) == ("Huyện Bắc Sơn", "Bắc Sơn", "Huyện")
    assert district.search_text == "huyen bac son | bac son | 185"
    assert district.valid_to == LAST_DAY
    assert district.children.count() == 18
    # and its figures cannot be divided among the six new communes that took its communes
    steps = Succession.objects.filter(predecessor=district).select_related("successor")
    assert sorted(s.successor.name for s in steps) == [
        "Xã Bắc Sơn", "Xã Hưng Vũ", "Xã Nhất Hòa", "Xã Tân Tri", "Xã Vũ Lăng", "Xã Vũ Lễ",
    ]
    assert {(s.kind, s.share, s.date) for s in steps} == {("split", None, REFORM)}
    # while an old commune that went whole into a new one hands over all its figures
    vu_son = _locality(level="commune", code="06355", valid_to=LAST_DAY)
    step = Succession.objects.get(predecessor=vu_son)
    assert (step.successor.name, step.kind, step.share) == ("Xã Vũ Lễ", "merge", Decimal(1))
    assert step.successor.parent == district.parent


@pytest.mark.django_db
def test_city_under_the_province_is_a_thanh_pho() -> None:
    loader.units_load(["20"])

    city = _locality(level="district", code="178")
    assert (city.name, city.short_name, city.admin_type) == ("Thành phố Lạng Sơn", "Lạng Sơn", "Thành phố")


@pytest.mark.django_db
def test_merged_province_ends_with_a_merge_into_the_new_one() -> None:
    # when new Tuyên Quang (old Tuyên Quang and Hà Giang) is loaded
    loader.units_load(["08"])

    # then old Hà Giang ends on 30/6/2025 and merges whole into the new province
    ha_giang = _locality(level="province", code="02")
    assert ha_giang.valid_to == LAST_DAY
    step = Succession.objects.get(predecessor=ha_giang)
    assert (step.kind, step.share) == ("merge", Decimal(1))
    new = step.successor
    assert (new.name, new.code, new.valid_from, new.valid_to) == ("Tỉnh Tuyên Quang", "08", REFORM, None)
    # and old Tuyên Quang, with the same code, is a unit of its own that merges too
    old = _locality(level="province", code="08", valid_to=LAST_DAY)
    assert Succession.objects.get(predecessor=old).successor == new


@pytest.mark.django_db
def test_divided_commune_rolls_into_its_default_successor_only() -> None:
    # given a province where some old communes were divided among new ones
    loader.units_load(["08"])
    split = Succession.objects.filter(kind="split", predecessor__level="commune")

    # then each of the five divided communes has exactly one successor taking its figures
    assert split.count() == 10
    assert split.values("predecessor").distinct().count() == 5
    for predecessor_id in split.values_list("predecessor_id", flat=True).distinct():
        shares = list(split.filter(predecessor_id=predecessor_id).values_list("share", flat=True))
        assert shares.count(Decimal(1)) == 1
        assert shares.count(None) == len(shares) - 1


@pytest.mark.django_db
def test_loading_twice_creates_nothing_new() -> None:
    first = loader.units_load(["20"])
    units, successions = Unit.objects.count(), Succession.objects.count()

    second = loader.units_load(["20"])

    assert first[loader.UNITS_CREATED] == units == 1 + 11 + 194 + 65
    assert first[loader.SUCCESSIONS_CREATED] == successions
    assert (second[loader.UNITS_CREATED], second[loader.SUCCESSIONS_CREATED]) == (0, 0)
    assert (Unit.objects.count(), Succession.objects.count()) == (units, successions)


@pytest.mark.django_db
def test_province_filter_takes_new_and_legacy_codes() -> None:
    # when old Hà Giang's code is given
    loader.units_load(["2"])

    # then the province it merged into is loaded, with both its old provinces, and nothing else
    provinces = Unit.objects.filter(level="province")
    assert sorted((p.name, str(p.valid_to)) for p in provinces) == [
        ("Tỉnh Hà Giang", "2025-06-30"), ("Tỉnh Tuyên Quang", "2025-06-30"), ("Tỉnh Tuyên Quang", "None"),
    ]
    assert Unit.objects.filter(level="commune", valid_from=REFORM).count() == 124


def test_unknown_province_code_is_refused() -> None:
    with pytest.raises(ValueError, match="mã 99"):
        official_batches(["99"])


@pytest.mark.django_db
def test_one_audit_row_per_province_loaded() -> None:
    loader.units_load(["20", "42"])
    loader.units_load(["20"])

    entries = AuditEntry.objects.order_by("id")
    assert [(e.action, e.source, e.object_repr) for e in entries] == [
        ("bulk", "cli", "Tỉnh Lạng Sơn"), ("bulk", "cli", "Tỉnh Hà Tĩnh"),
    ]
    assert entries[0].changes["created"] == 271
    assert entries[0].unit_id == _locality(level="province", code="20").pk


@pytest.mark.slow
@pytest.mark.django_db
def test_whole_country_load() -> None:
    counts = loader.units_load()

    localities = Unit.objects.filter(kind=Unit.Kind.LOCALITY)
    assert localities.filter(level="province", valid_to=None).count() == 34
    assert localities.filter(level="commune", valid_from=REFORM).count() == 3321
    assert localities.filter(level="province").exclude(valid_from=REFORM).count() == 63
    assert localities.filter(level="district").count() == 696
    assert counts[loader.UNITS_CREATED] == localities.count() == 14138
    assert AuditEntry.objects.count() == 34
