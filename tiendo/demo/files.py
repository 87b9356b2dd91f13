"""The demo's data files (``tiendo/demo/data``): facts and sample parameters, not code."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")


@cache
def read(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>.toml``; floats come back as Decimal, exactly as written."""
    with (DATA_DIR / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle, parse_float=Decimal)


def sample_texts() -> list[Path]:
    """The sample report texts written for tiendo (each says so on its first line)."""
    return sorted(DATA_DIR.glob("sample-report-*.txt"))
