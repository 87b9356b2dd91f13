"""Reads for terms, documents and the indicator catalogue."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.catalogue.number_symbol import normalise, parse_number_symbol
from tiendo.core.search import search_q
from tiendo.units.models import Unit


def indicator_list(*, field: str | None = None) -> QuerySet[Indicator]:
    """The catalogue in report order (field, then sort order, then name), weights joined."""
    indicators = Indicator.objects.select_related("weight")
    return indicators.filter(field=field) if field else indicators


def indicator_search(*, query: str) -> QuerySet[Indicator]:
    """Indicators whose name, synonyms or code hold every word of ``query``, marks ignored.

    ``thu ngan sach`` finds ``Thu ngân sách nhà nước`` and the one whose synonym is ``thu NSNN``
    is found by ``nsnn``.
    """
    return indicator_list().filter(search_q(query))


def document_list(*, issuer: Unit | None = None, kind: str | None = None) -> QuerySet[Document]:
    """Documents, newest first, with issuer and term joined."""
    documents = Document.objects.select_related("issuer", "term", "term__unit")
    if issuer is not None:
        documents = documents.filter(issuer=issuer)
    if kind:
        documents = documents.filter(kind=kind)
    return documents


def document_search(*, query: str) -> QuerySet[Document]:
    """Documents whose number-symbol, kind, title or issuer name contain ``query``, marks ignored."""
    return document_list().filter(search_q(query))


def document_by_number_symbol(*, number_symbol: str) -> QuerySet[Document]:
    """Documents with this number-symbol as written in any usual way (``Số 62 - NQ/TU``).

    A Party number repeats across terms, so several documents may answer; newest first.
    """
    try:
        canonical = parse_number_symbol(number_symbol).text
    except ValidationError:
        canonical = normalise(number_symbol)
    return document_list().filter(number_symbol=canonical)


def term_list(*, unit: Unit) -> QuerySet[Term]:
    """The unit's terms, latest first."""
    return Term.objects.filter(unit=unit).select_related("unit")


def term_covering(*, unit: Unit, year: int, body: str = Term.Body.PARTY) -> Term | None:
    """The unit's term that ``year`` falls in; the later one for a boundary year (2025)."""
    return (
        Term.objects.filter(unit=unit, body=body, start_year__lte=year, end_year__gte=year)
        .select_related("unit").order_by("-start_year").first()
    )
