"""The JSON Schema of the extraction record, generated from the models.

``python -m tiendo.extract.schema > docs/extraction-record.schema.json`` refreshes the
checked-in copy; a test keeps the two equal.
"""

from __future__ import annotations

import json
from typing import Any

from tiendo.extract.record import Record


def record_schema() -> dict[str, Any]:
    schema = Record.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://tiendo.local/schemas/extraction-record.schema.json"
    return schema


def schema_text() -> str:
    return json.dumps(record_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
