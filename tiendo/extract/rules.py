"""Loading the lexicons this package's rule modules walk, each checked against its schema.

The rules are data (``lexicon/*.toml``); each module states the schema of the file it
reads, in the notation of ``tiendo.extract.lexicon`` (``"list[str]"``, nested tables),
so a typo in a data file fails on load, naming the file and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tiendo.extract.lexicon import load, register_schema


def load_rules(name: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """The checked contents of ``lexicon/<name>.toml`` (raises ``LexiconError``)."""
    register_schema(name, schema)
    return load(name)
