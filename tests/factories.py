"""Plain factory functions for model objects, with defaults taken from the dev corpus.

They write straight through the ORM (no validation, no audit row), so a test sets up its
world in a few lines and then exercises one service or selector. ``search_text`` is filled
the way the services fill it. Periods are passed as codes (``"2022-9M"``) or objects.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.catalogue.number_symbol import parse_number_symbol
from tiendo.core.models import Field
from tiendo.core.search import search_text
from tiendo.results.models import Period, ReportingStatus, Result, Target
from tiendo.results.periods import period_get
from tiendo.units.models import Succession, Unit

_serial = itertools.count(1)

PeriodLike = Period | str


def period(code: PeriodLike) -> Period:
    """The period for a code (``2022-9M``, ``2022``, ``2020-2025``), created on first use."""
    return code if isinstance(code, Period) else period_get(code)


def make_user(username: str | None = None, *, password: str | None = None, **extra: Any) -> Any:
    """A user; without ``password`` it cannot log in, which spares the slow password hashing."""
    username = username or f"canbo{next(_serial)}"
    return get_user_model().objects.create_user(username, password=password, **extra)


def make_unit(
    name: str | None = None,
    *,
    level: str = Unit.Level.PROVINCE,
    parent: Unit | None = None,
    kind: str = Unit.Kind.LOCALITY,
    short_name: str | None = None,
    code: str = "",
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
    **extra: Any,
) -> Unit:
    name = name or f"Đơn vị {next(_serial)}"
    short = short_name or name.split(" ", 1)[-1]
    return Unit.objects.create(
        name=name, short_name=short, level=level, parent=parent, kind=kind, code=code,
        valid_from=valid_from, valid_to=valid_to,
        search_text=search_text([name, short, code], max_length=400), **extra,
    )


def make_province(name: str = "Tỉnh Lạng Sơn", **extra: Any) -> Unit:
    return make_unit(name, level=Unit.Level.PROVINCE, **extra)


def make_district(parent: Unit, name: str | None = None, **extra: Any) -> Unit:
    return make_unit(name, level=Unit.Level.DISTRICT, parent=parent, **extra)


def make_commune(parent: Unit, name: str | None = None, **extra: Any) -> Unit:
    return make_unit(name, level=Unit.Level.COMMUNE, parent=parent, **extra)


def make_succession(
    predecessor: Unit, successor: Unit, date: dt.date, *,
    kind: str = Succession.Kind.MERGE, share: Decimal | None = Decimal(1),
) -> Succession:
    """A lineage link. Like the service, a merger ends the predecessor the day before."""
    if kind != Succession.Kind.ADJUST and predecessor.valid_to is None:
        predecessor.valid_to = date - dt.timedelta(days=1)
        predecessor.save(update_fields=["valid_to"])
    return Succession.objects.create(
        predecessor=predecessor, successor=successor, date=date, kind=kind, share=share
    )


def make_term(
    unit: Unit, start_year: int = 2020, end_year: int = 2025, *, number: int | None = 23,
    body: str = Term.Body.PARTY,
) -> Term:
    return Term.objects.create(
        unit=unit, start_year=start_year, end_year=end_year, number=number, body=body
    )


def make_document(
    number_symbol: str = "62-NQ/TU",
    *,
    date: dt.date | None = dt.date(2016, 1, 15),
    kind: str | None = None,
    issuer: Unit | None = None,
    title: str = "",
    term: Term | None = None,
    **extra: Any,
) -> Document:
    """A document; number, kind and issuer symbols are parsed from ``number_symbol``."""
    fields: dict[str, Any] = {"number_symbol": "", "kind": kind or Document.Kind.RESOLUTION}
    if number_symbol:
        parsed = parse_number_symbol(number_symbol)
        fields = {
            "number_symbol": parsed.text, "number": parsed.number,
            "kind_symbol": parsed.kind_symbol, "issuer_symbol": parsed.issuer_symbol,
            "style": parsed.style, "kind": kind or parsed.kinds[0],
        }
    return Document.objects.create(
        date=date, issuer=issuer, title=title, term=term,
        search_text=search_text([fields["number_symbol"], title], max_length=800),
        **fields, **extra,
    )


def make_indicator(
    name: str = "Thu ngân sách nhà nước",
    *,
    uom: str = "tỷ đồng",
    field: str = Field.ECONOMY,
    direction: str = Indicator.Direction.HIGHER,
    aggregation: str = Indicator.Aggregation.SUM,
    weight: Indicator | None = None,
    synonyms: list[str] | None = None,
    code: str | None = None,
    sort_order: int = 0,
    **extra: Any,
) -> Indicator:
    code = code or f"chi-tieu-{next(_serial)}"
    synonyms = synonyms or []
    return Indicator.objects.create(
        name=name, uom=uom, field=field, direction=direction, aggregation=aggregation,
        weight=weight, synonyms=synonyms, code=code, sort_order=sort_order,
        search_text=search_text([name, *synonyms, code], max_length=1000), **extra,
    )


def make_poverty_rate(**extra: Any) -> Indicator:
    """``Tỷ lệ hộ nghèo`` (%): lower is better, averaged over units."""
    return make_indicator(
        "Tỷ lệ hộ nghèo", uom="%", field=Field.SOCIETY, direction=Indicator.Direction.LOWER,
        aggregation=Indicator.Aggregation.MEAN, **extra,
    )


def make_target(
    indicator: Indicator,
    unit: Unit,
    value: Decimal | str | int,
    *,
    period_code: PeriodLike = "2022",
    source: str = Target.Source.BUDGET_ESTIMATE,
    comparator: str | None = None,
    uom: str | None = None,
    term: Term | None = None,
    document: Document | None = None,
    **extra: Any,
) -> Target:
    """A target; the comparator defaults to ≤ for a lower-is-better indicator, else ≥."""
    if comparator is None:
        comparator = (
            Target.Comparator.AT_MOST if indicator.direction == Indicator.Direction.LOWER
            else Target.Comparator.AT_LEAST
        )
    return Target.objects.create(
        indicator=indicator, unit=unit, period=period(period_code), value=Decimal(value),
        uom=uom or indicator.uom, comparator=comparator, source=source, term=term,
        document=document, **extra,
    )


def make_result(
    indicator: Indicator,
    unit: Unit,
    value: Decimal | str | int,
    *,
    period_code: PeriodLike = "2022-9M",
    status: str = Result.Status.DRAFT,
    provenance: str = Result.Provenance.MANUAL,
    estimated: bool = False,
    **extra: Any,
) -> Result:
    return Result.objects.create(
        indicator=indicator, unit=unit, period=period(period_code), value=Decimal(value),
        status=status, provenance=provenance, estimated=estimated, **extra,
    )


def make_reporting_status(
    unit: Unit,
    period_code: PeriodLike,
    *,
    state: str = ReportingStatus.State.LOCKED,
    changed_by: Any = None,
    changed_at: dt.datetime | None = None,
    reason: str = "",
) -> ReportingStatus:
    return ReportingStatus.objects.create(
        unit=unit, period=period(period_code), state=state, changed_by=changed_by,
        changed_at=changed_at or timezone.now(), reason=reason,
    )
