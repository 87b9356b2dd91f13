"""``tiendo synth``: SAMPLE data at the scale of an office, a province or the nation.

The units are the real official lists (``tiendo units load``: the communes since 1/7/2025
and the provinces, districts and communes before, with their successions). The catalogue
is the demo's real indicators followed by the families of ``synth.toml``, up to the
scale's count. Each unit gets, for every month it was valid, its cumulative result from
January (``1 tháng`` … ``11 tháng``, then the year), as real reports give it, and a yearly
target. Flows follow the demo's seasonal profiles with a yearly growth; levels and rates
drift slowly. A commune created on 1/7/2025 counts from July; one abolished on 30/6/2025
stops at June.

Everything is marked sample (``is_sample``) and written through the bulk path
(``results.bulk``): one audit row per batch. The numbers depend only on the seed and the
units' identities, so two runs with one seed give the same values. Batches go newest
year first, in bulk sessions (``results.bulk_session``: indexes and keys rebuilt once per
session, each session at least the size of the table) and a batch already present is
skipped, so an interrupted load resumes at the session it stopped in and a partial nation
still has its latest years.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Q

from tiendo.audit.models import AuditEntry
from tiendo.catalogue.models import Indicator
from tiendo.catalogue.services import indicator_prepare
from tiendo.demo.batches import Batch
from tiendo.demo.catalogue import indicators_ensure
from tiendo.demo.figures import comparator_for
from tiendo.demo.files import read
from tiendo.results.bulk import results_bulk_load, targets_bulk_load
from tiendo.results.bulk_session import SessionReport, bulk_session
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import PeriodKey, period_get
from tiendo.units.loader import units_load
from tiendo.units.models import Succession, Unit
from tiendo.units.official import REFORM_DATE
from tiendo.units.selectors import unit_subtree
from tiendo.work.models import KeyTask
from tiendo.work.services import key_task_search_text

SCALES = ("office", "province", "nation")
DEFAULT_SEED = 2025
# Rows per bulk batch (one audit row each): bounded so a batch fits comfortably in memory.
BATCH_ROWS = 250_000
# The smallest bulk session worth rebuilding the indexes for (see ``group_sessions``).
SESSION_ROWS = 1_000_000
_SORT_BASE = 10_000
_LONGEST = 10

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Scale:
    name: str
    provinces: tuple[str, ...]
    indicators: int
    years: int
    max_communes: int | None = None

    @classmethod
    def named(cls, name: str, *, years: int | None = None) -> Scale:
        """The scale of ``synth.toml``; ``years`` overrides its number of years."""
        spec = _data()["scale"][name]
        return cls(name, tuple(spec["provinces"]), spec["indicators"], years or spec["years"],
                   spec.get("max_communes"))


@dataclass(frozen=True)
class Shape:
    """How one indicator's numbers are drawn."""

    flow: bool
    base: float
    decimals: int
    profile: tuple[float, ...]
    rate: bool
    lower: bool


@dataclass
class SynthSummary:
    scale: str
    seed: int
    years: list[int]
    units: int = 0
    indicators: int = 0
    results: int = 0
    targets: int = 0
    tasks: int = 0
    batches: int = 0
    skipped: int = 0
    seconds: float = 0.0
    write_seconds: float = 0.0
    rebuilds: list[SessionReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Results and targets written per second of bulk writing: validation, ``COPY`` or
        inserts, audit rows, and the bulk sessions' setting aside, rebuilding of indexes,
        checking of keys and commit; not the generation of the numbers."""
        return (self.results + self.targets) / self.write_seconds if self.write_seconds else 0.0

    @property
    def rebuild_seconds(self) -> float:
        return sum(report.seconds for report in self.rebuilds)

    def render(self) -> str:
        return "\n".join([
            f"Dữ liệu mẫu quy mô {self.scale} (seed {self.seed}, năm {self.years[0]}–{self.years[-1]}):",
            f"  đơn vị có số liệu: {self.units}",
            f"  chỉ tiêu: {self.indicators}",
            f"  kết quả mới: {self.results}",
            f"  chỉ tiêu kế hoạch mới: {self.targets}",
            f"  nhiệm vụ trọng tâm mới: {self.tasks}",
            f"  lô đã ghi: {self.batches}, lô đã có từ trước (bỏ qua): {self.skipped}",
            f"  phiên nạp lớn (chỉ mục dựng lại một lần): {len(self.rebuilds)}, "
            f"dựng lại {self.rebuild_seconds:.1f} giây",
            f"  thời gian: {self.seconds:.1f} giây, trong đó ghi {self.write_seconds:.1f} giây "
            f"({self.rate:,.0f} dòng/giây)",
            "Mọi số liệu này là dữ liệu mẫu (is_sample), không phải số liệu thật.",
        ])


def synth_load(
    scale: Scale, *, seed: int = DEFAULT_SEED, progress: Progress | None = None, sessions: bool = True,
) -> SynthSummary:
    """Load the scale's units, catalogue, targets, results and key tasks; see the module.

    ``sessions=False`` writes every batch on the plain path: slower, but the results table
    stays readable by a server running on the same database meanwhile."""
    data = _data()
    started = time.perf_counter()
    years = list(range(data["last_year"] - scale.years + 1, data["last_year"] + 1))
    summary = SynthSummary(scale.name, seed, years)
    say = progress or (lambda _message: None)
    with transaction.atomic():
        units_load(scale.provinces or None, source=AuditEntry.Source.DEMO)
        groups = list(_unit_groups(scale))
        indicators = _catalogue(scale.indicators, anchor=groups[0][0])
        periods = _periods(years)
    summary.indicators = len(indicators)
    shapes = {indicator.pk: _shape(indicator, data) for indicator in indicators}
    summary.units = sum(len(units) for _anchor, units in groups)
    say(f"{summary.units} đơn vị, {len(indicators)} chỉ tiêu, {len(years)} năm")
    plan = _plan(groups, years, indicators, summary)
    grouped = group_sessions(plan, Result.objects.count()) if sessions else [(plan, False)]
    for session, deferred in grouped:
        if deferred:
            with bulk_session(Result, Target) as report:
                for batch in session:
                    _load_batch(batch, indicators, shapes, periods, seed, data, summary, say)
            summary.rebuilds.append(report)
            summary.write_seconds += report.seconds
            say(f"dựng lại {report.rebuilt} chỉ mục và khóa: {report.seconds:.1f} giây")
        else:
            for batch in session:
                _load_batch(batch, indicators, shapes, periods, seed, data, summary, say)
    summary.tasks = _tasks(groups, years, seed)
    summary.seconds = time.perf_counter() - started
    return summary


def _data() -> dict[str, Any]:
    return read("synth")


# ---------------------------------------------------------------- catalogue and periods


def _catalogue(count: int, *, anchor: Unit) -> list[Indicator]:
    """The demo's real indicators, then the families of ``synth.toml`` (marked sample)."""
    batch = Batch("danh mục mẫu")
    real = indicators_ensure(batch)
    ordered = sorted(real.values(), key=lambda i: (i.sort_order, i.pk))
    wanted: list[tuple[str, dict[str, Any]]] = []
    number = 0
    for family in _data()["family"]:
        for item in family["items"]:
            spec = item if isinstance(item, dict) else {"item": item}
            number += 1
            wanted.append((f"synth-{number:03d}", {**family, **spec}))
    existing = {i.code: i for i in Indicator.objects.filter(code__in=[code for code, _s in wanted])}
    missing = []
    for index, (code, spec) in enumerate(wanted):
        if code in existing:
            continue
        indicator = Indicator(
            code=code, name=spec["name"] % spec["item"], uom=spec["uom"], field=spec["field"],
            direction=spec.get("direction", Indicator.Direction.HIGHER),
            aggregation=Indicator.Aggregation.SUM if spec["kind"] == "flow" else Indicator.Aggregation.MEAN,
            definition=f"{spec['kind']}:{spec.get('profile', '')}", sort_order=_SORT_BASE + index,
            is_sample=True,
        )
        indicator_prepare(indicator)
        missing.append(indicator)
    created = Indicator.objects.bulk_create(missing)
    batch.count("indicator", len(created))
    batch.record(anchor=anchor)
    generated = sorted([*existing.values(), *created], key=lambda i: i.code)
    return [*ordered, *generated][:count]


def _shape(indicator: Indicator, data: dict[str, Any]) -> Shape:
    kind, _sep, profile = indicator.definition.partition(":") if indicator.is_sample else ("", "", "")
    if not kind:
        summed = indicator.aggregation == Indicator.Aggregation.SUM
        kind = "flow" if summed and indicator.code not in data["levels"] else "level"
        profile = "revenue" if indicator.code == "thu-ngan-sach" else "industry"
    rate = indicator.uom.startswith("%")
    lower = indicator.direction == Indicator.Direction.LOWER
    base = float(data["base"].get(indicator.uom, data["base"]["default"]))
    if rate and lower:
        base = float(data["lower_rate_base"])
    weights = [float(w) for w in read("series")["profile"][profile or "industry"]]
    total = sum(weights)
    decimals = 2 if indicator.uom in data["decimal_uoms"] or rate else 0
    return Shape(kind == "flow", base, decimals, tuple(w / total for w in weights), rate, lower)


def _periods(years: list[int]) -> dict[tuple[int, int], Period]:
    """The cumulative periods of each year by (year, months): ``1 tháng`` … ``11 tháng``, year."""
    out = {}
    for year in years:
        for months in range(1, 13):
            key = PeriodKey(Period.Kind.YEAR, year) if months == 12 else PeriodKey(Period.Kind.YTD, year, months)
            out[(year, months)] = period_get(key)
    return out


# ---------------------------------------------------------------- units


def _unit_groups(scale: Scale) -> Iterator[tuple[Unit, list[Unit]]]:
    """For each post-2025 province of the scale: the province, and the localities that
    report under it now or before 1/7/2025 (its predecessors' subtrees)."""
    provinces = Unit.objects.filter(
        Q(valid_to__isnull=True), kind=Unit.Kind.LOCALITY, level=Unit.Level.PROVINCE
    ).order_by("code")
    if scale.provinces:
        provinces = provinces.filter(code__in=scale.provinces)
    for province in provinces:
        roots = {province.pk} | set(
            Succession.objects.filter(successor=province, predecessor__level=Unit.Level.PROVINCE)
            .values_list("predecessor_id", flat=True)
        )
        units: dict[int, Unit] = {}
        for root in Unit.objects.filter(pk__in=roots):
            for unit in unit_subtree(unit=root).filter(kind=Unit.Kind.LOCALITY):
                units[unit.pk] = unit
        yield province, _capped(sorted(units.values(), key=_identity), scale.max_communes)


def _capped(units: list[Unit], cap: int | None) -> list[Unit]:
    if cap is None:
        return units
    kept, counts = [], {True: 0, False: 0}
    for unit in units:
        if unit.level == Unit.Level.COMMUNE:
            new = unit.valid_from == REFORM_DATE
            if counts[new] >= cap:
                continue
            counts[new] += 1
        kept.append(unit)
    return kept


def _identity(unit: Unit) -> str:
    """What a unit is recognised by across databases (not its id): the seed of its numbers."""
    return f"{unit.level}:{unit.code}:{unit.valid_from or ''}"


def _months(unit: Unit, year: int) -> list[int]:
    """The months of ``year`` the unit was valid on their last day."""
    out = []
    for month in range(1, 13):
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        if (unit.valid_from is None or unit.valid_from <= last) and (
            unit.valid_to is None or unit.valid_to >= last
        ):
            out.append(month)
    return out


def _chunks(units: list[Unit], rows_per_unit: int) -> Iterator[list[Unit]]:
    size = max(1, BATCH_ROWS // max(1, rows_per_unit))
    for start in range(0, len(units), size):
        yield units[start:start + size]


# ---------------------------------------------------------------- batches and sessions


@dataclass(frozen=True)
class PlannedBatch:
    """One batch to write: one audit row for its results, one for its targets."""

    year: int
    anchor: Unit
    units: list[Unit]
    rows: int


def _plan(
    groups: list[tuple[Unit, list[Unit]]], years: list[int], indicators: list[Indicator],
    summary: SynthSummary,
) -> list[PlannedBatch]:
    """The batches still to write, newest year first; one already present is skipped (the
    check runs here, before any session sets the indexes it reads aside)."""
    plan = []
    for year in reversed(years):
        for anchor, units in groups:
            living = [unit for unit in units if _months(unit, year)]
            for chunk in _chunks(living, len(indicators) * 12):
                already = Result.objects.filter(
                    unit__in=chunk, period__year=year, provenance=Result.Provenance.SYNTHETIC,
                    indicator=indicators[0],
                ).exists()
                if already:
                    summary.skipped += 1
                    continue
                rows = len(indicators) * sum(len(_months(unit, year)) for unit in chunk)
                plan.append(PlannedBatch(year, anchor, chunk, rows))
    return plan


def group_sessions(plan: list[PlannedBatch], held: int) -> Iterator[tuple[list[PlannedBatch], bool]]:
    """Consecutive batches grouped into transactions, each with whether it is a bulk
    session (indexes and keys rebuilt at its end) or plain batches.

    A session writes at least as many rows as the table holds when it starts, so its
    rebuild costs at most about twice what it wrote and the rebuilds of a whole load add
    up to a few times the final one; it closes once it has (and at least
    ``SESSION_ROWS``) if what remains is enough for the next one, else it takes the rest.
    Each session commits on its own: an interrupted load keeps the sessions before."""
    remaining = sum(batch.rows for batch in plan)
    current: list[PlannedBatch] = []
    rows = 0
    for batch in plan:
        current.append(batch)
        rows += batch.rows
        remaining -= batch.rows
        if rows >= max(held, SESSION_ROWS) and remaining >= held + rows:
            yield current, True
            held += rows
            current, rows = [], 0
    if current:
        yield current, rows >= held


# ---------------------------------------------------------------- numbers


def _load_batch(
    batch: PlannedBatch, indicators: list[Indicator], shapes: dict[int, Shape],
    periods: dict[tuple[int, int], Period], seed: int, data: dict[str, Any], summary: SynthSummary,
    say: Progress,
) -> None:
    units, anchor, year = batch.units, batch.anchor, batch.year
    year_id = periods[(year, 12)].pk
    period_ids = {month: periods[(year, month)].pk for month in range(1, 13)}
    growth_range = tuple(map(float, data["growth"]))
    plan_range = tuple(map(float, data["plan_ratio"]))
    # What each row needs of an indicator, read once a batch rather than once a value.
    measured = [(i.pk, i.code, shapes[i.pk], i.uom, comparator_for(i)) for i in indicators]
    # Growth counts from the first year of the longest scale, so a year's numbers do
    # not depend on how many years were asked for.
    index = year - (data["last_year"] - _LONGEST + 1)
    results: list[tuple[int, int, int, str]] = []
    targets: list[tuple[int, int, int, str, str, str]] = []
    for unit in units:
        unit_id, identity = unit.pk, _identity(unit)
        rng = random.Random(f"{seed}:{identity}")
        size = rng.uniform(0.5, 2.0) * _level_factor(unit, data)
        months = _months(unit, year)
        ids = [period_ids[month] for month in months]
        for indicator_id, code, shape, uom, comparator in measured:
            yearly = random.Random(f"{seed}:{identity}:{code}:{year}")
            growth = rng.uniform(*growth_range)
            values = _series(shape, size, growth, index, yearly, months)
            results.extend([(unit_id, indicator_id, period_id, value)
                            for period_id, value in zip(ids, values, strict=True)])
            plan = float(values[-1]) * yearly.uniform(*plan_range)
            if shape.lower:
                plan = float(values[-1]) / yearly.uniform(*plan_range)
            targets.append((unit_id, indicator_id, year_id, _fmt(plan, shape), uom, comparator))
    label = f"{anchor.name} {year}: {len(units)} đơn vị"
    started = time.perf_counter()
    # One transaction: an interrupted load never leaves results without their targets,
    # which the resume (it skips a batch whose results exist) would not add later.
    with transaction.atomic():
        results_bulk_load(
            results, anchor=anchor, label=label, provenance=Result.Provenance.SYNTHETIC,
            status=Result.Status.APPROVED, is_sample=True, source_label=data["source_label"],
            source=AuditEntry.Source.DEMO,
        )
        targets_bulk_load(
            targets, anchor=anchor, label=label, is_sample=True, note=data["source_label"],
            source=AuditEntry.Source.DEMO,
        )
    summary.write_seconds += time.perf_counter() - started
    summary.results += len(results)
    summary.targets += len(targets)
    summary.batches += 1
    say(f"{year} {anchor.name}: {summary.results:,} kết quả")


def _level_factor(unit: Unit, data: dict[str, Any]) -> float:
    if unit.level == Unit.Level.PROVINCE:
        return float(data["province_factor"])
    if unit.level == Unit.Level.DISTRICT:
        return float(data["district_factor"])
    return 1.0


def _series(
    shape: Shape, size: float, growth: float, index: int, rng: random.Random, months: list[int]
) -> list[str]:
    """The cumulative values of the given months: a flow summed from the first of them,
    a level read at each month's end."""
    spec = f".{shape.decimals}f"
    if shape.flow:
        total = shape.base * size * (1 + growth) ** index
        running, out = 0.0, []
        for month in months:
            running += total * shape.profile[month - 1] * rng.uniform(0.94, 1.06)
            out.append(format(max(running, 0.0), spec))
        return out
    level = shape.base * (1 if shape.rate else size) * (1 + growth / 4) ** index
    values = [level * rng.uniform(0.98, 1.02) for _month in months]
    if shape.rate:
        values = [min(value, 100.0) for value in values]
    return [format(max(value, 0.0), spec) for value in values]


def _fmt(value: float, shape: Shape) -> str:
    return f"{max(value, 0.0):.{shape.decimals}f}"


# ---------------------------------------------------------------- key tasks

_TASK_STATUSES = (KeyTask.Status.NOT_STARTED, KeyTask.Status.IN_PROGRESS, KeyTask.Status.IN_PROGRESS,
                  KeyTask.Status.DONE, KeyTask.Status.DONE)


def _tasks(groups: list[tuple[Unit, list[Unit]]], years: list[int], seed: int) -> int:
    """A few sample key tasks a year for each province and district, for the task board."""
    titles = _data()["tasks"]
    created = 0
    for anchor, units in groups:
        owners = [u for u in units if u.level != Unit.Level.COMMUNE]
        if KeyTask.objects.filter(unit__in=owners, is_sample=True, source_label=_data()["source_label"]).exists():
            continue
        rows = []
        for owner in owners:
            rng = random.Random(f"{seed}:task:{_identity(owner)}")
            leads = [u for u in units if u.parent_id == owner.pk] or [owner]
            for year in years:
                if not _months(owner, year):
                    continue
                for title in titles:
                    status = rng.choice(_TASK_STATUSES)
                    deadline = dt.date(year, rng.randint(1, 12), 28)
                    task = KeyTask(
                        title=f"{title} năm {year}", unit=owner, lead_unit=rng.choice(leads),
                        deadline=deadline, status=status,
                        completed_on=deadline - dt.timedelta(days=rng.randint(-20, 40)) if status == KeyTask.Status.DONE else None,
                        source_label=_data()["source_label"], is_sample=True,
                    )
                    task.search_text = key_task_search_text(task)
                    rows.append(task)
        with transaction.atomic():
            KeyTask.objects.bulk_create(rows, batch_size=2000)
            batch = Batch("nhiệm vụ mẫu")
            batch.count("key_task", len(rows))
            batch.record(anchor=anchor)
        created += len(rows)
    return created

