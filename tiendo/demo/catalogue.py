"""The demo's units, indicator catalogue, terms and documents, from the data files.

Each ``*_ensure`` creates what is missing and returns everything by its data-file key;
what exists is left untouched, so loading twice changes nothing.
"""

from __future__ import annotations

from typing import Any

from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.catalogue.number_symbol import parse_number_symbol
from tiendo.catalogue.services import document_prepare, indicator_prepare
from tiendo.demo.batches import Batch
from tiendo.demo.files import read
from tiendo.units.models import Unit
from tiendo.units.official import REFORM_DATE

_SORT_STEP = 10


def units_resolve() -> dict[str, Unit]:
    """The units named in ``units.toml``, which ``tiendo units load`` created."""
    found: dict[str, Unit] = {}
    for key, spec in read("units")["unit"].items():
        units = Unit.objects.filter(kind=Unit.Kind.LOCALITY, level=spec["level"], code=spec["code"])
        units = units.filter(valid_from=REFORM_DATE) if spec.get("new") else units.exclude(
            valid_from=REFORM_DATE
        )
        found[key] = units.get()
    return found


def indicators_ensure(batch: Batch) -> dict[str, Indicator]:
    """The catalogue of ``indicators.toml``; weighting indicators are created first."""
    specs = read("indicators")["indicator"]
    by_code = {i.code: i for i in Indicator.objects.filter(code__in=[s["code"] for s in specs])}
    order = {spec["code"]: index * _SORT_STEP for index, spec in enumerate(specs)}
    for weighted in (False, True):
        missing = [
            spec for spec in specs
            if spec["code"] not in by_code and ("weight" in spec) == weighted
        ]
        rows = Indicator.objects.bulk_create(
            [_indicator(spec, order[spec["code"]], by_code) for spec in missing]
        )
        by_code.update({row.code: row for row in rows})
        batch.count("indicator", len(rows))
    return by_code


def _indicator(spec: dict[str, Any], sort_order: int, by_code: dict[str, Indicator]) -> Indicator:
    indicator = Indicator(
        code=spec["code"],
        name=spec["name"],
        uom=spec["uom"],
        field=spec["field"],
        direction=spec["direction"],
        aggregation=spec["aggregation"],
        weight=by_code[spec["weight"]] if "weight" in spec else None,
        synonyms=list(spec.get("synonyms", [])),
        definition=spec.get("definition", ""),
        sort_order=sort_order,
    )
    indicator_prepare(indicator)
    return indicator


def terms_ensure(units: dict[str, Unit], batch: Batch) -> dict[str, Term]:
    terms: dict[str, Term] = {}
    for key, spec in read("units")["term"].items():
        unit = units[spec["unit"]]
        term = Term.objects.filter(unit=unit, body=Term.Body.PARTY, start_year=spec["start_year"]).first()
        if term is None:
            term = Term.objects.create(
                unit=unit, body=Term.Body.PARTY, number=spec["number"],
                start_year=spec["start_year"], end_year=spec["end_year"],
            )
            batch.count("term")
        terms[key] = term
    return terms


def documents_ensure(
    specs: list[dict[str, Any]],
    *,
    units: dict[str, Unit],
    terms: dict[str, Term],
    source_label: str,
    batch: Batch,
) -> dict[str, Document]:
    """The documents an article names, by number-symbol (or title when it has none)."""
    documents: dict[str, Document] = {}
    for spec in specs:
        document = _document_find(spec) or _document_create(spec, units, terms, source_label, batch)
        documents[spec.get("number_symbol") or spec["title"]] = document
    return documents


def _document_find(spec: dict[str, Any]) -> Document | None:
    if spec.get("number_symbol"):
        lookup = {"number_symbol": parse_number_symbol(spec["number_symbol"]).text}
    else:
        lookup = {"kind": spec["kind"], "title": spec["title"]}
    return Document.objects.filter(date=spec.get("date"), **lookup).first()


def _document_create(
    spec: dict[str, Any],
    units: dict[str, Unit],
    terms: dict[str, Term],
    source_label: str,
    batch: Batch,
) -> Document:
    document = Document(
        kind=spec["kind"],
        number_symbol=spec.get("number_symbol", ""),
        date=spec.get("date"),
        issuer=units[spec["issuer"]] if "issuer" in spec else None,
        issuer_name=spec.get("issuer_name", ""),
        title=spec["title"],
        term=terms[spec["term"]] if "term" in spec else None,
        source_label=source_label,
    )
    document_prepare(document)
    if not document.number_symbol:
        # Known by a number alone (Chỉ thị số 05), which no number-symbol gives.
        document.number = spec.get("number", "")
    document.save()
    batch.count("document")
    return document
