"""Writes for terms of office, governing documents and the indicator catalogue.

Each function runs in one transaction, validates the whole object (raising
``ValidationError`` built by ``tiendo.core.errors.refuse`` with the constants below) and
writes one audit row per object it creates, changes or deletes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model, ProtectedError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from tiendo.audit.services import Actor, audit_create, audit_delete, audited_update
from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.catalogue.number_symbol import parse_number_symbol
from tiendo.core.errors import refuse
from tiendo.core.search import search_text
from tiendo.core.services import check_known, nfc, raise_all
from tiendo.core.vn import fold, format_date
from tiendo.units.models import Unit

MSG_IN_USE = _("Không thể xóa “%(value)s”: đang được dùng (%(what)s).")

MSG_TERM_YEARS = _("Năm kết thúc %(value)s phải sau năm bắt đầu %(start)s.")
MSG_TERM_NUMBER = _("Khóa %(value)s không hợp lệ: phải là số dương.")
MSG_TERM_OVERLAP = _("Nhiệm kỳ %(value)s trùng thời gian với nhiệm kỳ đã có: %(other)s.")

MSG_KIND_REQUIRED = _("Chưa chọn loại văn bản và chưa có số, ký hiệu để suy ra loại.")
MSG_KIND_MISMATCH = _(
    "Loại văn bản “%(value)s” không khớp ký hiệu “%(symbol)s” trong số, ký hiệu %(number_symbol)s."
)
MSG_DOCUMENT_EXISTS = _("Văn bản số %(value)s ngày %(date)s đã có.")
MSG_DOCUMENT_OUTSIDE_TERM = _("Ngày ban hành %(value)s nằm ngoài nhiệm kỳ %(term)s.")

MSG_INDICATOR_NAME_EMPTY = _("Chưa nhập tên chỉ tiêu.")
MSG_UOM_EMPTY = _("Chưa nhập đơn vị tính của chỉ tiêu “%(value)s”.")
MSG_INDICATOR_CODE_TAKEN = _("Mã chỉ tiêu “%(value)s” đã dùng cho “%(other)s”.")
MSG_WEIGHT_REQUIRED = _(
    "Chỉ tiêu tổng hợp theo bình quân gia quyền phải chọn chỉ tiêu trọng số (“%(value)s”)."
)
MSG_WEIGHT_UNUSED = _(
    "Chỉ tiêu trọng số “%(value)s” chỉ dùng khi tổng hợp theo bình quân gia quyền."
)
MSG_WEIGHT_SELF = _("Chỉ tiêu “%(value)s” không thể là trọng số của chính nó.")


# ---------------------------------------------------------------- terms


class TermChanges(TypedDict, total=False):
    number: int | None
    start_year: int
    end_year: int
    body: str


def term_create(
    *, unit: Unit, start_year: int, end_year: int, by: Actor, number: int | None = None,
    body: str = Term.Body.PARTY,
) -> Term:
    """Create ``khóa {number}, nhiệm kỳ {start_year}–{end_year}`` of ``unit``'s ``body``.

    Terms of one body share at most their boundary year (2020–2025, then 2025–2030);
    an overlap beyond that is refused (``MSG_TERM_OVERLAP``).
    """
    term = Term(unit=unit, start_year=start_year, end_year=end_year, number=number, body=body)
    with transaction.atomic():
        term_check(term)
        term.save()
        audit_create(term, by=by)
    return term


def term_update(
    *, term: Term, by: Actor, expected_version: int | None = None, **changes: Unpack[TermChanges]
) -> Term:
    check_known(dict(changes), TermChanges)
    return audited_update(term, changes, check=term_check, by=by, expected_version=expected_version)


def term_delete(*, term: Term, by: Actor) -> None:
    _delete(term, by=by)


def term_check(term: Term) -> None:
    """Validate a term as it would be saved (years, khóa, overlap); raises every problem at once."""
    errors: list[ValidationError] = []
    if term.end_year <= term.start_year:
        errors.append(refuse("end_year", MSG_TERM_YEARS, value=term.end_year, start=term.start_year))
    if term.number is not None and term.number <= 0:
        errors.append(refuse("number", MSG_TERM_NUMBER, value=term.number))
    overlapping = (
        Term.objects.filter(
            unit_id=term.unit_id, body=term.body, start_year__lt=term.end_year,
            end_year__gt=term.start_year,
        ).exclude(pk=term.pk).select_related("unit").first()
    )
    if overlapping is not None:
        errors.append(refuse(
            "start_year", MSG_TERM_OVERLAP, value=f"{term.start_year}–{term.end_year}",
            other=str(overlapping),
        ))
    raise_all(errors, term)


# ---------------------------------------------------------------- documents


class DocumentChanges(TypedDict, total=False):
    kind: str
    number_symbol: str
    date: dt.date | None
    issuer: Unit | None
    issuer_name: str
    title: str
    term: Term | None
    source_label: str


def document_create(
    *,
    by: Actor,
    kind: str = "",
    number_symbol: str = "",
    date: dt.date | None = None,
    issuer: Unit | None = None,
    issuer_name: str = "",
    title: str = "",
    term: Term | None = None,
    source_label: str = "",
    is_sample: bool = False,
) -> Document:
    """Create a document; its number, kind symbol, issuer symbol and style come from ``number_symbol``.

    ``kind`` may be left empty when the number-symbol names it (``62-NQ/TU`` → Nghị quyết).
    Raises ValidationError on ``number_symbol`` for a malformed one (``62-NQ``, ``NQ/TU``) or
    an unknown kind or issuer, on ``kind`` when the two disagree, and on ``date`` when the
    same number-symbol already exists for that date or the date is outside ``term``.
    """
    document = Document(
        kind=kind, number_symbol=number_symbol, date=date, issuer=issuer,
        issuer_name=nfc(issuer_name), title=nfc(title), term=term, source_label=nfc(source_label),
        is_sample=is_sample,
    )
    with transaction.atomic():
        document_prepare(document)
        document.save()
        audit_create(document, by=by)
    return document


def document_update(
    *, document: Document, by: Actor, expected_version: int | None = None,
    **changes: Unpack[DocumentChanges],
) -> Document:
    """Change the given fields; returns the saved document.

    A new number-symbol is parsed again, and sets the kind too unless ``kind`` is given.
    """
    check_known(dict(changes), DocumentChanges)
    follow_symbol = "number_symbol" in changes and "kind" not in changes

    def check(doc: Document) -> None:
        if follow_symbol:
            doc.kind = ""  # follow the new number-symbol's kind
        document_prepare(doc)

    return audited_update(
        document, changes, check=check, by=by, expected_version=expected_version,
        derived=("number", "kind", "kind_symbol", "issuer_symbol", "style", "search_text",
                 "number_symbol", "title", "issuer_name"),
    )


def document_delete(*, document: Document, by: Actor) -> None:
    _delete(document, by=by)


def document_prepare(document: Document) -> None:
    """Fill the fields derived from the number-symbol and validate; raises every problem at once."""
    errors: list[ValidationError] = []
    document.title = nfc(document.title)
    document.issuer_name = nfc(document.issuer_name)
    raw = nfc(document.number_symbol)
    if raw:
        parsed = parse_number_symbol(raw)
        document.number_symbol = parsed.text
        document.number = parsed.number
        document.kind_symbol = parsed.kind_symbol
        document.issuer_symbol = parsed.issuer_symbol
        document.style = parsed.style
        if not document.kind:
            document.kind = parsed.kinds[0]
        elif document.kind not in parsed.kinds:
            errors.append(refuse(
                "kind", MSG_KIND_MISMATCH, value=Document.Kind(document.kind).label,
                symbol=parsed.kind_symbol, number_symbol=parsed.text,
            ))
    else:
        document.number_symbol = document.number = document.kind_symbol = ""
        document.issuer_symbol = document.style = ""
        if not document.kind:
            errors.append(refuse("kind", MSG_KIND_REQUIRED, value=""))
    if document.number_symbol and document.date is not None:
        clash = Document.objects.filter(number_symbol=document.number_symbol, date=document.date)
        if clash.exclude(pk=document.pk).exists():
            errors.append(refuse(
                "date", MSG_DOCUMENT_EXISTS, value=document.number_symbol,
                date=format_date(document.date),
            ))
    term = document.term
    if term is not None and document.date is not None and not (
        term.start_year <= document.date.year <= term.end_year
    ):
        errors.append(refuse(
            "date", MSG_DOCUMENT_OUTSIDE_TERM, value=format_date(document.date),
            term=f"{term.start_year}–{term.end_year}",
        ))
    raise_all(errors, document)
    kind_label = Document.Kind(document.kind).label if document.kind in Document.Kind.values else ""
    document.search_text = search_text(
        [document.number_symbol, str(kind_label), document.title, document.issuer_name],
        max_length=800,
    )


# ---------------------------------------------------------------- indicators


class IndicatorChanges(TypedDict, total=False):
    code: str
    name: str
    uom: str
    field: str
    direction: str
    aggregation: str
    weight: Indicator | None
    synonyms: list[str]
    definition: str
    sort_order: int


def indicator_create(
    *,
    name: str,
    uom: str,
    field: str,
    by: Actor,
    code: str = "",
    direction: str = Indicator.Direction.HIGHER,
    aggregation: str = Indicator.Aggregation.SUM,
    weight: Indicator | None = None,
    synonyms: Iterable[str] = (),
    definition: str = "",
    sort_order: int = 0,
    is_sample: bool = False,
) -> Indicator:
    """Create an indicator; ``code`` defaults to the accent-free slug of ``name``.

    ``synonyms`` are kept in NFC, each once, without the name itself. A weighted mean needs
    a ``weight`` indicator and only a weighted mean may have one.
    """
    indicator = Indicator(
        code=code, name=nfc(name), uom=nfc(uom), field=field, direction=direction,
        aggregation=aggregation, weight=weight, synonyms=list(synonyms),
        definition=nfc(definition), sort_order=sort_order, is_sample=is_sample,
    )
    with transaction.atomic():
        indicator_prepare(indicator)
        indicator.save()
        audit_create(indicator, by=by)
    return indicator


def indicator_update(
    *, indicator: Indicator, by: Actor, expected_version: int | None = None,
    **changes: Unpack[IndicatorChanges],
) -> Indicator:
    """Change the given fields; returns the saved indicator.

    Changing ``uom`` does not convert the values already stored: targets in the old unit
    stay as they are and ``target_create`` refuses new ones that disagree.
    """
    check_known(dict(changes), IndicatorChanges)
    return audited_update(
        indicator, changes, check=indicator_prepare, by=by, expected_version=expected_version,
        derived=("code", "name", "uom", "synonyms", "search_text"),
    )


def indicator_delete(*, indicator: Indicator, by: Actor) -> None:
    _delete(indicator, by=by)


def indicator_prepare(indicator: Indicator) -> None:
    """Normalise (NFC, code, synonyms, search text) and validate an indicator; raises ValidationError."""
    errors: list[ValidationError] = []
    indicator.name = nfc(indicator.name)
    indicator.uom = nfc(indicator.uom)
    indicator.code = nfc(indicator.code) or slugify(fold(indicator.name))[:60]
    indicator.synonyms = _synonyms(indicator.synonyms, indicator.name)
    if not indicator.name:
        errors.append(refuse("name", MSG_INDICATOR_NAME_EMPTY, value=indicator.name))
    if not indicator.uom:
        errors.append(refuse("uom", MSG_UOM_EMPTY, value=indicator.name))
    other = Indicator.objects.filter(code=indicator.code).exclude(pk=indicator.pk).first()
    if other is not None:
        errors.append(refuse("code", MSG_INDICATOR_CODE_TAKEN, value=indicator.code, other=str(other)))
    weighted = indicator.aggregation == Indicator.Aggregation.WEIGHTED_MEAN
    if weighted and indicator.weight is None:
        errors.append(refuse("weight", MSG_WEIGHT_REQUIRED, value=indicator.name))
    elif not weighted and indicator.weight is not None:
        errors.append(refuse("weight", MSG_WEIGHT_UNUSED, value=str(indicator.weight)))
    elif indicator.weight is not None and indicator.pk and indicator.weight.pk == indicator.pk:
        errors.append(refuse("weight", MSG_WEIGHT_SELF, value=indicator.name))
    raise_all(errors, indicator)
    indicator.search_text = search_text(
        [indicator.name, *indicator.synonyms, indicator.code], max_length=1000
    )


def _synonyms(values: Iterable[str], name: str) -> list[str]:
    kept: list[str] = []
    for value in values:
        text = " ".join(nfc(value).split())
        if text and text != name and text not in kept:
            kept.append(text)
    return kept


# ---------------------------------------------------------------- shared


def _delete(obj: Model, *, by: Actor) -> None:
    """Delete with its audit row, or refuse naming what still refers to the object."""
    with transaction.atomic():
        audit_delete(obj, by=by)
        try:
            obj.delete()
        except ProtectedError as error:
            what = ", ".join(sorted({str(o._meta.verbose_name) for o in error.protected_objects}))
            raise refuse(type(obj)._meta.model_name or "object", MSG_IN_USE, value=str(obj),
                         what=what) from None

