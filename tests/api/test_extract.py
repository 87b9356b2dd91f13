"""``POST /api/extract`` returns the contract's record, the same as ``tiendo extract``."""

from __future__ import annotations

import json

import pytest

from tests import factories as f
from tests.api.conftest import token_client
from tiendo.extract import extract_text


@pytest.mark.parametrize("name", ["langson-city-2022-9m.txt", "bacson-district-2023-9m.txt"])
def test_the_record_is_the_contracts(db, corpus_dev, name) -> None:
    text = (corpus_dev / name).read_text(encoding="utf-8")
    client = token_client(f.make_user("doc-bao"))
    response = client.post("/api/extract", {"text": text, "source": name}, content_type="application/json")
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(extract_text(text, source=name).to_json()))


def test_a_missing_text_names_the_field(db) -> None:
    client = token_client(f.make_user("doc-bao"))
    response = client.post("/api/extract", {"source": "x"}, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["fields"] == {"text": ["Thiếu trường này."]}
