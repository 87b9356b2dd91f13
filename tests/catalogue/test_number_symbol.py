"""Number-symbols as real texts write them, and the malformed ones refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tiendo.catalogue.number_symbol import (
    MSG_FORMAT,
    MSG_ISSUER,
    MSG_KIND,
    PARTY,
    STATE,
    parse_number_symbol,
)


@pytest.mark.parametrize(
    ("text", "number", "kind_symbol", "issuer", "style", "kinds", "canonical"),
    [
        ("62-NQ/TU", "62", "NQ", "TU", PARTY, ("NQ",), "62-NQ/TU"),
        ("05-NQ/ĐU", "05", "NQ", "ĐU", PARTY, ("NQ",), "05-NQ/ĐU"),
        ("10-QĐi/TW", "10", "QĐi", "TW", PARTY, ("QĐi",), "10-QĐi/TW"),
        ("66-QĐ/TW", "66", "QĐ", "TW", PARTY, ("QĐ", "QĐi"), "66-QĐ/TW"),
        ("36-HD/VPTW", "36", "HD", "VPTW", PARTY, ("HD",), "36-HD/VPTW"),
        ("24-BS/UBKTTU", "24", "BS", "UBKTTU", PARTY, ("BS",), "24-BS/UBKTTU"),
        ("42-TB/KL", "42", "TB", "KL", PARTY, ("TB",), "42-TB/KL"),
        ("01-ĐA/TU", "01", "ĐA", "TU", PARTY, ("ĐA",), "01-ĐA/TU"),
        ("147-CTHĐ/TU", "147", "CTHĐ", "TU", PARTY, ("CTr",), "147-CTHĐ/TU"),
        ("234-CV/BTGTU", "234", "CV", "BTGTU", PARTY, ("CV",), "234-CV/BTGTU"),
        ("Số 62 - NQ/TU", "62", "NQ", "TU", PARTY, ("NQ",), "62-NQ/TU"),
        ("62-nq/tu", "62", "NQ", "TU", PARTY, ("NQ",), "62-NQ/TU"),
        ("156/QĐ-UBND", "156", "QĐ", "UBND", STATE, ("QĐ",), "156/QĐ-UBND"),
        ("Số: 12/KH-UBND", "12", "KH", "UBND", STATE, ("KH",), "12/KH-UBND"),
        ("09/2019/NĐ-CP", "09", "NĐ", "CP", STATE, ("NĐ",), "09/2019/NĐ-CP"),
        ("123/UBND-KT", "123", "", "UBND-KT", STATE, ("CV",), "123/UBND-KT"),
    ],
)
def test_accepted(text, number, kind_symbol, issuer, style, kinds, canonical) -> None:
    parsed = parse_number_symbol(text)
    assert (parsed.number, parsed.kind_symbol, parsed.issuer_symbol, parsed.style, parsed.kinds) == (
        number, kind_symbol, issuer, style, kinds,
    )
    assert parsed.text == canonical


@pytest.mark.parametrize(
    ("text", "message", "params"),
    [
        ("62-NQ", MSG_FORMAT, {"value": "62-NQ"}),
        ("NQ/TU", MSG_FORMAT, {"value": "NQ/TU"}),
        ("62/NQ", MSG_FORMAT, {"value": "62/NQ"}),
        ("", MSG_FORMAT, {"value": ""}),
        ("62-XYZ/TU", MSG_KIND, {"value": "62-XYZ/TU", "kind": "XYZ"}),
        ("62-NQ/ZZ", MSG_ISSUER, {"value": "62-NQ/ZZ", "issuer": "ZZ"}),
    ],
)
def test_refused_naming_field_and_value(text, message, params) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_number_symbol(text)
    assert caught.value.message_dict == {"number_symbol": [message % params]}
