"""The checked-in JSON Schema is the one the models generate."""

from pathlib import Path

from tiendo.extract.schema import schema_text

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "extraction-record.schema.json"


def test_checked_in_schema_is_current() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: python -m tiendo.extract.schema > docs/extraction-record.schema.json"
    )


def test_schema_names_every_top_level_field() -> None:
    import json

    fields = set(json.loads(schema_text())["properties"])
    assert fields == {
        "source",
        "title",
        "meeting",
        "figures",
        "documents",
        "people",
        "authors",
        "tasks",
        "shortcomings",
    }
