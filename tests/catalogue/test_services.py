"""Catalogue services: terms, documents with their number-symbols, indicators and their synonyms."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object
from tiendo.catalogue import number_symbol, services
from tiendo.catalogue.models import Document, Indicator, Term
from tiendo.catalogue.selectors import (
    document_by_number_symbol,
    document_search,
    indicator_search,
    term_covering,
)


def _counts() -> tuple[int, int, int, int]:
    return (Document.objects.count(), Indicator.objects.count(), Term.objects.count(),
            AuditEntry.objects.count())


# ---------------------------------------------------------------- documents


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        ("62-NQ/TU", "", ("62-NQ/TU", "62", "NQ", "TU", "party", "NQ")),
        ("Số 05 - NQ/ĐU", "", ("05-NQ/ĐU", "05", "NQ", "ĐU", "party", "NQ")),
        ("10-QĐi/TW", "", ("10-QĐi/TW", "10", "QĐi", "TW", "party", "QĐi")),
        ("66-QĐ/TW", "QĐi", ("66-QĐ/TW", "66", "QĐ", "TW", "party", "QĐi")),
        ("42-TB/KL", "", ("42-TB/KL", "42", "TB", "KL", "party", "TB")),
        ("Số: 156/QĐ-UBND", "", ("156/QĐ-UBND", "156", "QĐ", "UBND", "state", "QĐ")),
    ],
)
def test_document_create_parses_the_number_symbol(db, text, kind, fields) -> None:
    document = services.document_create(
        number_symbol=text, kind=kind, date=dt.date(2016, 1, 15), title="Về xây dựng thành phố",
        by=None,
    )
    assert (document.number_symbol, document.number, document.kind_symbol, document.issuer_symbol,
            document.style, document.kind) == fields
    assert audit_for_object(document).get().action == "create"


@pytest.mark.parametrize(
    ("text", "message", "params"),
    [
        ("62-NQ", number_symbol.MSG_FORMAT, {"value": "62-NQ"}),
        ("NQ/TU", number_symbol.MSG_FORMAT, {"value": "NQ/TU"}),
        ("62-NX/TU", number_symbol.MSG_KIND, {"value": "62-NX/TU", "kind": "NX"}),
    ],
)
def test_malformed_number_symbol_refused_and_nothing_written(db, text, message, params) -> None:
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.document_create(number_symbol=text, by=None)
    assert caught.value.message_dict == {"number_symbol": [message % params]}
    assert _counts() == before


@pytest.mark.parametrize(
    ("kwargs", "field", "message", "params"),
    [
        ({"number_symbol": "62-NQ/TU", "kind": "CT"}, "kind", services.MSG_KIND_MISMATCH,
         {"value": "Chỉ thị", "symbol": "NQ", "number_symbol": "62-NQ/TU"}),
        ({"number_symbol": ""}, "kind", services.MSG_KIND_REQUIRED, {"value": ""}),
        ({"number_symbol": "12-NQ/TU", "date": dt.date(2016, 1, 15)}, "date",
         services.MSG_DOCUMENT_EXISTS, {"value": "12-NQ/TU", "date": "15/1/2016"}),
    ],
)
def test_document_refused_and_nothing_written(db, kwargs, field, message, params) -> None:
    f.make_document("12-NQ/TU", date=dt.date(2016, 1, 15))
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.document_create(by=None, **kwargs)
    assert caught.value.message_dict[field] == [message % params]
    assert _counts() == before


def test_document_outside_its_term_refused(db) -> None:
    term = f.make_term(f.make_province(), 2015, 2020)
    with pytest.raises(ValidationError) as caught:
        services.document_create(number_symbol="62-NQ/TU", date=dt.date(2021, 3, 1), term=term, by=None)
    assert caught.value.message_dict == {"date": [services.MSG_DOCUMENT_OUTSIDE_TERM % {
        "value": "1/3/2021", "term": "2015–2020"}]}


def test_document_update_reparses_and_records_old_and_new(db) -> None:
    document = services.document_create(number_symbol="62-NQ/TU", by=None)
    updated = services.document_update(document=document, by=None, number_symbol="01-ĐA/TU")
    assert (updated.kind, updated.number, updated.kind_symbol) == ("ĐA", "01", "ĐA")
    changes = audit_for_object(updated).first().changes
    assert changes["number_symbol"] == ["62-NQ/TU", "01-ĐA/TU"]
    assert changes["kind"] == ["NQ", "ĐA"]


def test_documents_found_by_number_symbol_and_accent_free_title(db) -> None:
    services.document_create(number_symbol="62-NQ/TU", title="Về xây dựng thành phố Lạng Sơn", by=None)
    assert [d.number_symbol for d in document_by_number_symbol(number_symbol="Số 62 - nq/tu")] == ["62-NQ/TU"]
    assert [d.number_symbol for d in document_search(query="xay dung thanh pho")] == ["62-NQ/TU"]
    assert [d.number_symbol for d in document_search(query="nghi quyet")] == ["62-NQ/TU"]


# ---------------------------------------------------------------- indicators


def test_indicator_synonyms_code_and_search(db) -> None:
    indicator = services.indicator_create(
        name="Thu ngân sách nhà nước", uom="tỷ đồng", field="economy", by=None,
        synonyms=["thu ngân sách", "thu NSNN", " thu  NSNN ", "Thu ngân sách nhà nước",
                  "tổng thu ngân sách nhà nước trên địa bàn"],
    )
    assert indicator.code == "thu-ngan-sach-nha-nuoc"
    assert indicator.synonyms == ["thu ngân sách", "thu NSNN", "tổng thu ngân sách nhà nước trên địa bàn"]
    for query in ("thu ngan sach", "THU NSNN", "tren dia ban"):
        assert list(indicator_search(query=query)) == [indicator]
    assert list(indicator_search(query="ngan sach tren")) == [indicator]  # any order
    assert list(indicator_search(query="ngan sach xa")) == []  # every word, or nothing


@pytest.mark.parametrize(
    ("kwargs", "field", "message", "params"),
    [
        ({"name": ""}, "name", services.MSG_INDICATOR_NAME_EMPTY, {"value": ""}),
        ({"uom": " "}, "uom", services.MSG_UOM_EMPTY, {"value": "Thu nhập bình quân"}),
        ({"aggregation": "weighted_mean"}, "weight", services.MSG_WEIGHT_REQUIRED,
         {"value": "Thu nhập bình quân"}),
        ({"weight": "population"}, "weight", services.MSG_WEIGHT_UNUSED, {"value": "Dân số (người)"}),
        ({"code": "dan-so"}, "code", services.MSG_INDICATOR_CODE_TAKEN,
         {"value": "dan-so", "other": "Dân số (người)"}),
    ],
)
def test_indicator_refused_and_nothing_written(db, kwargs, field, message, params) -> None:
    population = f.make_indicator("Dân số", uom="người", code="dan-so")
    if kwargs.get("weight") == "population":
        kwargs["weight"] = population
    before = _counts()
    fields = {"name": "Thu nhập bình quân", "uom": "triệu đồng", "field": "economy", **kwargs}
    with pytest.raises(ValidationError) as caught:
        services.indicator_create(by=None, **fields)
    assert caught.value.message_dict[field] == [message % params]
    assert _counts() == before


def test_indicator_in_use_cannot_be_deleted(db) -> None:
    indicator = f.make_indicator()
    f.make_result(indicator, f.make_province(), "1")
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.indicator_delete(indicator=indicator, by=None)
    assert caught.value.message_dict == {"indicator": [services.MSG_IN_USE % {
        "value": "Thu ngân sách nhà nước (tỷ đồng)", "what": "kết quả"}]}
    assert _counts() == before


# ---------------------------------------------------------------- terms


def test_terms_meet_at_their_boundary_year_but_do_not_overlap(db) -> None:
    city = f.make_province()
    old = services.term_create(unit=city, start_year=2015, end_year=2020, number=22, by=None)
    new = services.term_create(unit=city, start_year=2020, end_year=2025, number=23, by=None)
    assert str(new) == "Lạng Sơn: khóa XXIII, nhiệm kỳ 2020–2025"
    assert term_covering(unit=city, year=2020) == new
    assert term_covering(unit=city, year=2017) == old
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.term_create(unit=city, start_year=2024, end_year=2029, by=None)
    assert caught.value.message_dict == {"start_year": [services.MSG_TERM_OVERLAP % {
        "value": "2024–2029", "other": str(new)}]}
    with pytest.raises(ValidationError) as caught:
        services.term_create(unit=city, start_year=2030, end_year=2030, number=0, by=None)
    assert set(caught.value.message_dict) == {"end_year", "number"}
    assert _counts() == before
