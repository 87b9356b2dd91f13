"""The catalogue: indicators, periods (readable by every account), governing documents and
terms of office."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiendo.accounts.access import Permission, access_unit
from tiendo.api.errors import READ_ERRORS, WRITE_ERRORS
from tiendo.api.pagination import Page
from tiendo.api.permissions import ADMINISTER, AUTHENTICATED, EDIT, VIEW
from tiendo.api.schemas import DocumentOut, IndicatorOut, PeriodOut, TermOut
from tiendo.api.scope import UnitScope, get_seen, listed, require, seen
from tiendo.api.types import Day, Id, SearchText, SmallCount, Version, Year, bounded
from tiendo.api.writes import attempt, changes_of, current_of, reference
from tiendo.catalogue.models import Document, Term
from tiendo.catalogue.selectors import (
    document_list,
    document_search,
    indicator_list,
    indicator_search,
)
from tiendo.catalogue.services import document_create, document_update, term_create, term_update
from tiendo.core.models import Field
from tiendo.results.models import Period
from tiendo.work.selectors import document_list_for_unit

router = Router(tags=[_("Danh mục")])


class IndicatorFilter(Schema):
    field: Field | None = None
    q: SearchText | None = None


@router.get("/indicators", response=list[IndicatorOut], openapi_extra=AUTHENTICATED)
@paginate(Page)
def indicator_index(request: HttpRequest, filters: Query[IndicatorFilter]) -> object:
    indicators = indicator_search(query=filters.q) if filters.q else indicator_list()
    return indicators.filter(field=filters.field) if filters.field else indicators


@router.get("/indicators/{indicator_id}", response={200: IndicatorOut, **READ_ERRORS}, openapi_extra=AUTHENTICATED)
def indicator_detail(request: HttpRequest, indicator_id: Id) -> object:
    return get_object_or_404(indicator_list(), pk=indicator_id)


class PeriodFilter(Schema):
    kind: Period.Kind | None = None
    year: Year | None = None


@router.get("/periods", response=list[PeriodOut], openapi_extra=AUTHENTICATED)
@paginate(Page)
def period_index(request: HttpRequest, filters: Query[PeriodFilter]) -> object:
    periods = Period.objects.order_by("-end", "start", "id")
    if filters.kind:
        periods = periods.filter(kind=filters.kind)
    if filters.year is not None:
        periods = periods.filter(year=filters.year)
    return periods


@router.get("/periods/{period_id}", response={200: PeriodOut, **READ_ERRORS}, openapi_extra=AUTHENTICATED)
def period_detail(request: HttpRequest, period_id: Id) -> object:
    return get_object_or_404(Period, pk=period_id)


# ---------------------------------------------------------------- documents


class DocumentFilter(Schema):
    unit: Id | None = None
    kind: Document.Kind | None = None
    q: SearchText | None = None


@router.get("/documents", response={200: list[DocumentOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def document_index(request: HttpRequest, filters: Query[DocumentFilter]) -> object:
    """Governing documents; with ``unit``, those that concern the unit or a unit below it
    (issued by one, setting one a target or a task, adopted at one's meeting)."""
    if filters.unit is not None:
        documents = document_list_for_unit(unit=access_unit(request.user, filters.unit))
    else:
        documents = document_list()
    if filters.q:
        documents = documents.filter(pk__in=document_search(query=filters.q).values("pk"))
    if filters.kind:
        documents = documents.filter(kind=filters.kind)
    return documents.order_by("-date", "number_symbol", "id")


@router.get("/documents/{document_id}", response={200: DocumentOut, **READ_ERRORS}, openapi_extra=AUTHENTICATED)
def document_detail(request: HttpRequest, document_id: Id) -> object:
    return get_object_or_404(document_list(), pk=document_id)


class DocumentIn(Schema):
    issuer: Id
    kind: Document.Kind | None = None
    number_symbol: bounded(60) = ""
    date: Day | None = None
    issuer_name: bounded(200) = ""
    title: bounded(500) = ""
    term: Id | None = None
    source_label: bounded(200) = ""


class DocumentPatch(Schema):
    version: Version
    kind: Document.Kind | None = None
    number_symbol: bounded(60) | None = None
    date: Day | None = None
    issuer_name: bounded(200) | None = None
    title: bounded(500) | None = None
    source_label: bounded(200) | None = None


@router.post("/documents", response={201: DocumentOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def document_add(request: HttpRequest, payload: DocumentIn) -> object:
    issuer = access_unit(request.user, payload.issuer)
    require(request.user, Permission.EDIT, issuer)
    term = reference(seen(request.user, Term.objects.all(), "unit"), payload.term, "term")
    document = document_create(
        by=request.user, issuer=issuer, kind=payload.kind or "", number_symbol=payload.number_symbol,
        date=payload.date, issuer_name=payload.issuer_name, title=payload.title, term=term,
        source_label=payload.source_label,
    )
    return 201, document


@router.patch("/documents/{document_id}", response={200: DocumentOut, **WRITE_ERRORS}, openapi_extra=EDIT)
def document_change(request: HttpRequest, document_id: Id, payload: DocumentPatch) -> object:
    document = get_seen(request.user, Document.objects.all(), document_id, "issuer")
    require(request.user, Permission.EDIT, document.issuer)
    changes = changes_of(payload, nullable=("date",))
    return attempt(
        lambda: document_update(document=document, by=request.user, expected_version=payload.version,
                                **changes),
        current=current_of(DocumentOut, Document.objects.all(), document.pk),
    )


# ---------------------------------------------------------------- terms


class TermFilter(UnitScope):
    """Terms of the units the account sees."""


@router.get("/terms", response={200: list[TermOut], **READ_ERRORS}, openapi_extra=VIEW)
@paginate(Page)
def term_index(request: HttpRequest, filters: Query[TermFilter]) -> object:
    return listed(request.user, Term.objects.all(), filters, "unit").order_by("unit_id", "-start_year", "id")


@router.get("/terms/{term_id}", response={200: TermOut, **READ_ERRORS}, openapi_extra=VIEW)
def term_detail(request: HttpRequest, term_id: Id) -> object:
    return get_seen(request.user, Term.objects.all(), term_id, "unit")


class TermIn(Schema):
    unit: Id
    body: Term.Body = Term.Body.PARTY
    number: SmallCount | None = None
    start_year: Year
    end_year: Year


class TermPatch(Schema):
    version: Version
    number: SmallCount | None = None
    start_year: Year | None = None
    end_year: Year | None = None


@router.post("/terms", response={201: TermOut, **WRITE_ERRORS}, openapi_extra=ADMINISTER)
def term_add(request: HttpRequest, payload: TermIn) -> object:
    unit = access_unit(request.user, payload.unit)
    require(request.user, Permission.ADMINISTER, unit)
    return 201, term_create(
        unit=unit, body=payload.body, number=payload.number, start_year=payload.start_year,
        end_year=payload.end_year, by=request.user,
    )


@router.patch("/terms/{term_id}", response={200: TermOut, **WRITE_ERRORS}, openapi_extra=ADMINISTER)
def term_change(request: HttpRequest, term_id: Id, payload: TermPatch) -> object:
    term = get_seen(request.user, Term.objects.select_related("unit"), term_id, "unit")
    require(request.user, Permission.ADMINISTER, term.unit)
    changes = changes_of(payload, nullable=("number",))
    return attempt(
        lambda: term_update(term=term, by=request.user, expected_version=payload.version, **changes),
        current=current_of(TermOut, Term.objects.all(), term.pk),
    )
