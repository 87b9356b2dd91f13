"""The official unit lists and the 2025 lineage, read from the two packages that keep them.

Plain Python, no database: ``official_batches`` returns, for each post-2025 province,
the units to load and the successions between them.

Sources, and why both:

- ``vietnam-provinces`` holds the post-2025 provinces and communes with the National
  Statistics Office codes (34 provinces, 3321 communes, no districts).
- ``vietnamadminunits`` ships ``data/dataset.db`` (SQLite): table ``admin_units_legacy``
  (63 provinces, 696 districts, 10,035 communes; five island districts have no commune)
  and table ``admin_units`` (its own copy of the 34/3321 list), and
  ``data/converter_2025.json`` with the old→new mapping keyed by its own slugs
  (``tinhlangson_huyenbacson_xavuson``). The two packages disagree on the code of about
  a hundred new communes, so a new commune is matched across them by province and name.

Lineage rules (one ``Lineage`` per predecessor → successor pair):

- A province whose code, name and territory are unchanged (Lạng Sơn, Hà Tĩnh … eleven in
  all) is one unit valid throughout; every other old province ends on 30/6/2025 with a
  ``merge`` of share 1 into the new province.
- An old commune that went whole into one new commune: ``merge``, share 1.
- An old commune divided among several new communes: ``split`` into each of them; the
  package's default new commune (``isDefaultNewWard``, the one that keeps the commune's
  seat) takes share 1, so the old commune's figures roll into exactly one successor and
  are never counted twice; the others have share empty (lineage only).
- A district: successions to every new commune that took any of its communes. When all
  its communes went whole into a single new commune (and for the island districts that
  became a đặc khu) that is a ``merge`` of share 1; otherwise a ``split`` with share empty,
  because a district's figures cannot be apportioned among communes. Its figures still
  roll up through its province.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from decimal import Decimal
from importlib.util import find_spec
from pathlib import Path

from vietnam_provinces import Province, VietNamDivisionType, Ward

REFORM_DATE = dt.date(2025, 7, 1)
LAST_DAY_BEFORE_REFORM = dt.date(2025, 6, 30)

PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
MERGE, SPLIT = "merge", "split"

# A district of type "Thành phố" is a city under the province (thành phố thuộc tỉnh).
_PROVINCE_TYPES = {
    VietNamDivisionType.TINH: "Tỉnh",
    VietNamDivisionType.THANH_PHO_TRUNG_UONG: "Thành phố",
}
_COMMUNE_TYPES = {
    VietNamDivisionType.XA: "Xã",
    VietNamDivisionType.PHUONG: "Phường",
    VietNamDivisionType.DAC_KHU: "Đặc khu",
}
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Ident:
    """How a unit is told apart across loads: its level, official code, and whether it
    starts at the reform (a post-2025 unit) or before it (a pre-2025 or unchanged unit)."""

    level: str
    code: str
    new: bool


@dataclass(frozen=True)
class OfficialUnit:
    ident: Ident
    name: str
    short_name: str
    admin_type: str
    parent: Ident | None
    valid_from: dt.date | None
    valid_to: dt.date | None


@dataclass(frozen=True)
class Lineage:
    predecessor: Ident
    successor: Ident
    kind: str
    share: Decimal | None


@dataclass
class ProvinceBatch:
    """One post-2025 province with everything that went into it, parents before children."""

    province: OfficialUnit
    units: list[OfficialUnit] = field(default_factory=list)
    lineage: list[Lineage] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.province.ident.code


def clean_name(text: str) -> str:
    """NFC with single spaces: the packages' names carry stray double spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_key(text: str) -> str:
    """A key equal for the two packages' spellings of one name.

    They differ in tone placement (``Hoà``/``Hòa``), apostrophes and dashes; each syllable
    becomes its letters without the tone mark, followed by the tone mark.
    """
    words = []
    for word in clean_name(text).lower().translate(_PUNCTUATION).split():
        decomposed = unicodedata.normalize("NFD", word)
        tones = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
        letters = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
        words.append(unicodedata.normalize("NFC", letters) + tones)
    return " ".join(words)


def short_of(name: str, admin_type: str) -> str:
    """``Huyện Bắc Sơn`` → ``Bắc Sơn``; a numbered unit keeps its type (``Quận 1``)."""
    rest = name[len(admin_type):].strip() if name.startswith(admin_type + " ") else name
    return name if rest.isdigit() else rest


def _dataset_dir() -> Path:
    # Found without importing the package, whose import pulls in shapely and geopy.
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the vietnamadminunits package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


class _Legacy:
    """The pre-2025 list and the mapping, read once."""

    def __init__(self) -> None:
        data = _dataset_dir()
        with closing(sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)) as conn:
            conn.row_factory = sqlite3.Row
            self.rows = conn.execute(
                "SELECT province, provinceCode, provinceKey, district, districtType, districtCode,"
                " districtKey, ward, wardType, wardCode, wardKey FROM admin_units_legacy"
                " ORDER BY provinceCode, districtCode, wardCode"
            ).fetchall()
            self.new_rows = conn.execute(
                "SELECT provinceCode, provinceKey, ward, wardKey FROM admin_units"
            ).fetchall()
        self.rows_of: dict[str, list[sqlite3.Row]] = defaultdict(list)
        for row in self.rows:
            self.rows_of[row["provinceKey"]].append(row)
        mapping = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
        self.provinces: dict[str, list[str]] = mapping["DICT_PROVINCE"]
        self.whole: dict[str, dict[str, list[str]]] = mapping["DICT_PROVINCE_WARD_NO_DIVIDED"]
        self.divided: dict[str, dict[str, list[dict]]] = mapping["DICT_PROVINCE_WARD_DIVIDED"]


def _new_provinces() -> Iterator[tuple[Province, str, str]]:
    """Each post-2025 province with its two-digit code and its admin type."""
    for province in Province.iter_all():
        yield province, f"{int(province.code):02d}", _PROVINCE_TYPES[province.division_type]


def official_batches(codes: Iterable[str] | None = None) -> list[ProvinceBatch]:
    """The batches for the given post-2025 province codes (all 34 when None).

    A pre-2025 code is accepted too and stands for the province it merged into
    (``10``, old Lào Cai, loads new Lào Cai ``15``). Raises ValueError for an unknown code.
    """
    legacy = _Legacy()
    by_code = {code: (province, admin_type) for province, code, admin_type in _new_provinces()}
    key_of_new = {row["provinceCode"]: row["provinceKey"] for row in legacy.new_rows}
    wanted = _resolve_codes(codes, by_code, key_of_new, legacy) if codes else list(by_code)
    return [_batch(code, *by_code[code], key_of_new[code], legacy) for code in wanted]


def _resolve_codes(
    codes: Iterable[str],
    by_code: dict[str, tuple[Province, str]],
    key_of_new: dict[str, str],
    legacy: _Legacy,
) -> list[str]:
    new_code_of_key = {key: code for code, key in key_of_new.items()}
    old_key_of_code = {row["provinceCode"]: row["provinceKey"] for row in legacy.rows}
    new_key_of_old_key = {old: new for new, olds in legacy.provinces.items() for old in olds}
    wanted: list[str] = []
    for raw in codes:
        code = f"{int(raw):02d}" if str(raw).strip().isdigit() else str(raw).strip()
        if code not in by_code:
            old_key = old_key_of_code.get(code)
            if old_key is None:
                raise ValueError(f"không có tỉnh, thành phố mã {raw}")
            code = new_code_of_key[new_key_of_old_key[old_key]]
        if code not in wanted:
            wanted.append(code)
    return wanted


def _batch(code: str, province: Province, admin_type: str, key: str, legacy: _Legacy) -> ProvinceBatch:
    name = clean_name(province.name)
    short = short_of(name, admin_type)
    old_keys = legacy.provinces[key]
    old_rows = [row for old_key in old_keys for row in legacy.rows_of[old_key]]
    unchanged = old_keys == [key] and all(
        row["provinceCode"] == code and short_of(clean_name(row["province"]), admin_type) == short
        for row in old_rows
    )
    new_ident = Ident(PROVINCE, code, new=not unchanged)
    batch = ProvinceBatch(
        province=OfficialUnit(
            ident=new_ident,
            name=f"{admin_type} {short}",
            short_name=short,
            admin_type=admin_type,
            parent=None,
            valid_from=None if unchanged else REFORM_DATE,
            valid_to=None,
        )
    )
    batch.units.append(batch.province)
    old_idents = _add_legacy_units(batch, old_rows, unchanged)
    new_idents = _add_new_communes(batch, province, key, legacy)
    _add_lineage(batch, key, old_idents, new_idents, legacy)
    return batch


def _add_legacy_units(
    batch: ProvinceBatch, rows: list[sqlite3.Row], unchanged: bool
) -> dict[str, Ident]:
    """Old provinces, districts and communes; returns the mapping slug → ident of each old
    commune (and of each island district, which the mapping names in a commune's place)."""
    by_slug: dict[str, Ident] = {}
    seen: set[Ident] = set()
    for row in rows:
        province = Ident(PROVINCE, row["provinceCode"], new=False)
        if unchanged:
            province = batch.province.ident
        elif province not in seen:
            seen.add(province)
            name = clean_name(row["province"])
            admin_type = "Tỉnh" if name.startswith("Tỉnh ") else "Thành phố"
            batch.units.append(_old_unit(province, name, admin_type, None))
            batch.lineage.append(Lineage(province, batch.province.ident, MERGE, Decimal(1)))
        district = Ident(DISTRICT, row["districtCode"], new=False)
        if district not in seen:
            seen.add(district)
            batch.units.append(
                _old_unit(district, clean_name(row["district"]), row["districtType"], province)
            )
        slug = f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey'] or ''}"
        if not row["wardCode"]:
            by_slug[slug] = district
            continue
        commune = Ident(COMMUNE, row["wardCode"], new=False)
        batch.units.append(_old_unit(commune, clean_name(row["ward"]), row["wardType"], district))
        by_slug[slug] = commune
    return by_slug


def _old_unit(ident: Ident, name: str, admin_type: str, parent: Ident | None) -> OfficialUnit:
    return OfficialUnit(
        ident=ident,
        name=name,
        short_name=short_of(name, admin_type),
        admin_type=admin_type,
        parent=parent,
        valid_from=None,
        valid_to=LAST_DAY_BEFORE_REFORM,
    )


def _add_new_communes(
    batch: ProvinceBatch, province: Province, key: str, legacy: _Legacy
) -> dict[str, Ident]:
    """The province's post-2025 communes; returns the mapping slug → ident of each."""
    slug_of_name = {
        name_key(row["ward"]): row["wardKey"]
        for row in legacy.new_rows
        if row["provinceKey"] == key
    }
    by_slug: dict[str, Ident] = {}
    for ward in Ward.iter_by_province(province.code):
        admin_type = _COMMUNE_TYPES[ward.division_type]
        name = clean_name(ward.name)
        ident = Ident(COMMUNE, f"{int(ward.code):05d}", new=True)
        batch.units.append(
            OfficialUnit(
                ident=ident,
                name=name,
                short_name=short_of(name, admin_type),
                admin_type=admin_type,
                parent=batch.province.ident,
                valid_from=REFORM_DATE,
                valid_to=None,
            )
        )
        slug = slug_of_name.get(name_key(name))
        if slug is None:
            raise ValueError(f"{name} ({batch.code}) has no match in vietnamadminunits")
        by_slug[slug] = ident
    return by_slug


def _add_lineage(
    batch: ProvinceBatch,
    key: str,
    old: dict[str, Ident],
    new: dict[str, Ident],
    legacy: _Legacy,
) -> None:
    parent_of = {unit.ident: unit.parent for unit in batch.units}
    successors_of_district: dict[Ident, set[Ident]] = defaultdict(set)
    divided_districts: set[Ident] = set()

    for new_slug, old_slugs in legacy.whole.get(key, {}).items():
        successor = new[new_slug]
        for old_slug in old_slugs:
            predecessor = old[old_slug]
            district = predecessor if predecessor.level == DISTRICT else parent_of[predecessor]
            successors_of_district[district].add(successor)
            if predecessor.level == COMMUNE:
                batch.lineage.append(Lineage(predecessor, successor, MERGE, Decimal(1)))

    for old_slug, parts in legacy.divided.get(key, {}).items():
        predecessor = old[old_slug]
        district = parent_of[predecessor]
        divided_districts.add(district)
        for part in parts:
            successor = new[part["newWardKey"]]
            successors_of_district[district].add(successor)
            share = Decimal(1) if part["isDefaultNewWard"] else None
            batch.lineage.append(Lineage(predecessor, successor, SPLIT, share))

    for district, successors in successors_of_district.items():
        whole = len(successors) == 1 and district not in divided_districts
        for successor in sorted(successors, key=lambda ident: ident.code):
            batch.lineage.append(
                Lineage(district, successor, MERGE if whole else SPLIT, Decimal(1) if whole else None)
            )
