"""Shared checker for the figure tables: each case lists the figures a sentence states."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from tiendo.extract.figures import find_figures


def F(indicator: str, **facts: Any) -> dict[str, Any]:
    """An expected figure: its indicator and only the fields the case is about."""
    return {"indicator": indicator, **facts}


def figures_of(text: str) -> list[dict[str, Any]]:
    return [f.to_json() for f in find_figures(unicodedata.normalize("NFC", text))]


def assert_figures(text: str, expected: list[dict[str, Any]]) -> None:
    assert_found(text, figures_of(text), expected)


def assert_found(text: str, got: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    """``got`` (figures found in ``text``, as the contract's JSON) are the ``expected`` ones."""
    shown = [{k: v for k, v in g.items() if v not in (None, False)} for g in got]
    assert len(got) == len(expected), f"{len(got)} figures: {shown}"
    for g, e in zip(got, expected, strict=True):
        for key, want in e.items():
            if isinstance(want, float):
                assert g[key] == pytest.approx(want), f"{key}: {shown}"
            else:
                assert g[key] == want, f"{key}: {shown}"
        for number in (g["value"], g["pct_of_plan"], g["yoy_pct"], g["part"]):
            assert number is None or isinstance(number, int | float)
        assert 0 <= g["span"][0] < g["span"][1] <= len(text)
