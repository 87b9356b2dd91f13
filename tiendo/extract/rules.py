"""Language rules as data: the TOML files under ``lexicon/``, checked against a shape.

Each module that walks a lexicon states the shape it expects, so a typo in a data
file fails loudly on load (naming the file and the key) instead of silently
matching nothing. A shape is written like the data: ``str``, ``int``, ``bool``,
``[shape]`` for a list, ``{"key": shape}`` for a table with those keys (a key
ending in ``?`` is optional) and ``{str: shape}`` for a table of any keys.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_DIR = Path(__file__).parent / "lexicon"


class LexiconError(ValueError):
    """A lexicon file is missing, is not valid TOML, or does not have the expected shape."""


def load_rules(name: str, shape: dict[Any, Any]) -> dict[str, Any]:
    """The table in ``lexicon/<name>.toml``, after checking it has ``shape``."""
    data = _read(name)
    _check(data, shape, f"{name}.toml")
    return data


@lru_cache(maxsize=None)
def _read(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / f"{name}.toml"
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise LexiconError(f"{path.name}: cannot read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path.name}: {exc}") from exc


def _check(value: Any, shape: Any, where: str) -> None:
    if shape is str or shape is int or shape is bool:
        if not isinstance(value, shape) or (shape is int and isinstance(value, bool)):
            raise LexiconError(f"{where}: expected {shape.__name__}, got {type(value).__name__}")
        if shape is str and not value.strip():
            raise LexiconError(f"{where}: empty string")
        return
    if isinstance(shape, list):
        if not isinstance(value, list):
            raise LexiconError(f"{where}: expected a list, got {type(value).__name__}")
        for i, item in enumerate(value):
            _check(item, shape[0], f"{where}[{i}]")
        return
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: expected a table, got {type(value).__name__}")
    if str in shape:
        for key, item in value.items():
            _check(item, shape[str], f"{where}.{key}")
        return
    wanted = {key.rstrip("?"): key.endswith("?") for key in shape}
    for key in value:
        if key not in wanted:
            raise LexiconError(f"{where}: unknown key {key!r}")
    for key, optional in wanted.items():
        if key in value:
            _check(value[key], shape[key + "?" if optional else key], f"{where}.{key}")
        elif not optional:
            raise LexiconError(f"{where}: missing key {key!r}")
