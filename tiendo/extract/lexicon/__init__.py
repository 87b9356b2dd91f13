"""Language rules as data: the TOML word lists the extraction engine walks.

``load(name)`` reads ``<name>.toml`` beside this module, checks it and returns it as a
plain dict (cached: treat it as read-only). A file is checked against the schema
registered for its name, or against the one passed in; every file, with or without
a schema, must hold only non-empty NFC strings, numbers, lists and tables, so a
word typed in another normalisation can never silently fail to match.

A schema maps each key to a type spec: ``"str"``, ``"int"``, ``"number"``,
``"list[str]"``, ``"dict[str,str]"``, ``"dict[str,int]"``, ``"dict[str,number]"``,
``"dict[str,list[str]]"``, or a nested schema (a dict) for a sub-table. A key whose
spec ends in ``?`` is optional; keys the schema does not name are errors, which
catches a mistyped key instead of ignoring the rules under it.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["LexiconError", "load", "parse", "register_schema", "schema_of"]

_DIR = Path(__file__).resolve().parent

Schema = Mapping[str, Any]


class LexiconError(ValueError):
    """A lexicon file is missing, is not TOML, or does not fit its schema."""


_SCHEMAS: dict[str, Schema] = {
    "numbers": {
        "scales": "dict[str,int]",
        "currencies": "dict[str,str]",
        "not_currencies": "list[str]",
        "not_scales": "list[str]",
        "percent_words": "list[str]",
        "qualifiers": "dict[str,str]",
        "digits": "dict[str,int]",
        "tens_word": "str",
        "ten_word": "str",
        "hundred_word": "str",
        "zero_links": "list[str]",
        "unit_only_after_tens": "list[str]",
        "date_cues_before": "list[str]",
        "date_cues_after": "list[str]",
        "max_digits": "int",
        "glued_units": "list[str]",
        "glued_verbs": "list[str]",
        "slash_plans": "list[str]",
    },
    "figures": {
        "cues": "dict[str,str]",
        "not_cues": "list[str]",
        "cue_variants": "dict[str,str]",
        "meeting_verbs": "list[str]",
        "attendance": "list[str]",
        "count_links": "list[str]",
        "respective": "list[str]",
        "averages": "list[str]",
        "whole_links": "list[str]",
        "whole_openers": "list[str]",
        "place_units": "list[str]",
        "negative_signs": "list[str]",
        "change_equivalents": "list[str]",
        "tight_equivalents": "list[str]",
        "share_verbs": "list[str]",
        "achieved": "list[str]",
        "reached_and": "list[str]",
        "share_of": "list[str]",
        "percent_restatements": "list[str]",
        "existential_cues": "list[str]",
        "owner_verbs": "list[str]",
        "standard_units": "list[str]",
        "sectors": {
            "openers": "list[str]",
            "words": "list[str]",
            "ends": "list[str]",
            "bare_words": "int",
            "compounds": "list[str]",
        },
        "plans": {"words": "list[str]", "suffixes": "list[str]"},
        "targets_met": {"units": "list[str]", "links": "list[str]", "verbs": "list[str]"},
        "measured_as": "dict[str,list[str]]",
        "comparison_links": "list[str]",
        "baselines": {
            "same_period": "list[str]",
            "bare_same_period": "list[str]",
            "other": "list[str]",
        },
        "estimated": "list[str]",
        "light_verbs": "list[str]",
        "fillers": "list[str]",
        "subjects": "list[str]",
        "time": {"phrases": "list[str]", "lead": "list[str]", "trail": "list[str]"},
        "heads": {
            "indicator": "list[str]",
            "prefixes": "list[str]",
            "not_heads": "list[str]",
            "count": "list[str]",
            "verbal": "list[str]",
            "rate": "list[str]",
            "amount": "list[str]",
            "average": "list[str]",
            "growth": "list[str]",
            "growth_subjects": "list[str]",
            "generic": "list[str]",
            "spending": "list[str]",
            "list_tail_links": "list[str]",
        },
        "units": {
            "counted": "list[str]",
            "measure": "list[str]",
            "not_units": "list[str]",
            "bare_scale_currency": "str",
        },
        "not_figure": {
            "before": "list[str]",
            "after": "list[str]",
            "thresholds": "list[str]",
            "denominators": "list[str]",
            "one_as_some": "list[str]",
            "band_bounds": "list[str]",
            "band_words": "list[str]",
            "calendar": "list[str]",
        },
        "is_figure": {"before": "list[str]", "after": "list[str]"},
        "targets": "list[str]",
        "not_targets": "list[str]",
        "assigned": "list[str]",
        "trailing_stops": "list[str]",
        "tail_continuations": "list[str]",
        "coordinate_units": "list[str]",
        "anaphora": "list[str]",
        "comparators": "list[str]",
        "comparatives": "list[str]",
        "kept_ends": "list[str]",
        "boundaries": "list[str]",
        "sentence": {"abbreviations": "list[str]"},
        "limits": "dict[str,int]",
    },
}


def register_schema(name: str, schema: Schema) -> None:
    """Declare the schema of another lexicon file, so ``load(name)`` checks it."""
    _SCHEMAS[name] = schema
    load.cache_clear()


def schema_of(name: str) -> Schema | None:
    """The schema ``load(name)`` checks against, if one is registered."""
    return _SCHEMAS.get(name)


@cache
def load(name: str) -> dict[str, Any]:
    """The checked contents of ``lexicon/<name>.toml``; raises ``LexiconError``."""
    return parse(_read(name), name, _SCHEMAS.get(name))


def parse(text: str, name: str, schema: Schema | None = None) -> dict[str, Any]:
    """Parse and check lexicon TOML given as text (``load`` on a file's contents)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {name!r}: not valid TOML: {exc}") from exc
    _check_values(data, name)
    if schema is not None:
        _check_schema(data, schema, name)
    return data


def _read(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise LexiconError(f"lexicon name {name!r}: letters, digits and _ only")
    path = _DIR / f"{name}.toml"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon {name!r}: no file {path}") from exc


def _check_values(node: Any, where: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _check_string(key, f"{where}: key")
            _check_values(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _check_values(item, f"{where}[{i}]")
    elif isinstance(node, str):
        _check_string(node, where)
    elif not isinstance(node, int | float):
        raise LexiconError(f"lexicon {where}: unsupported value {node!r}")


def _check_string(text: str, where: str) -> None:
    if not text.strip():
        raise LexiconError(f"lexicon {where}: empty string")
    if unicodedata.normalize("NFC", text) != text:
        raise LexiconError(f"lexicon {where}: {text!r} is not in Unicode NFC")
    if text != text.strip() or "  " in text:
        raise LexiconError(f"lexicon {where}: {text!r} has stray spaces")


def _check_schema(data: Mapping[str, Any], schema: Schema, where: str) -> None:
    for key in data:
        if key not in schema:
            raise LexiconError(f"lexicon {where}: unknown key {key!r}")
    for key, spec in schema.items():
        optional = isinstance(spec, str) and spec.endswith("?")
        if key not in data:
            if optional:
                continue
            raise LexiconError(f"lexicon {where}: missing key {key!r}")
        value = data[key]
        if isinstance(spec, Mapping):
            if not isinstance(value, dict):
                raise LexiconError(f"lexicon {where}.{key}: expected a table")
            _check_schema(value, spec, f"{where}.{key}")
        else:
            _check_type(value, spec.rstrip("?"), f"{where}.{key}")


def _is(value: Any, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "list[str]":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    raise LexiconError(f"unknown schema type {kind!r}")


def _check_type(value: Any, spec: str, where: str) -> None:
    if spec.startswith("dict[str,"):
        inner = spec[len("dict[str,") : -1]
        ok = isinstance(value, dict) and all(_is(v, inner) for v in value.values())
    else:
        ok = _is(value, spec)
    if not ok:
        raise LexiconError(f"lexicon {where}: expected {spec}, got {value!r}")
    if spec == "list[str]" and len(set(value)) != len(value):
        dupes = sorted({v for v in value if value.count(v) > 1})
        raise LexiconError(f"lexicon {where}: duplicate entries {dupes}")
