"""The real dev articles: every gold figure's facts are found, and nothing else is claimed."""

import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tiendo.extract.figures import find_figures

SHARED = Path(os.environ.get("TIENDO_SHARED", Path(__file__).resolve().parents[3] / "shared"))
DEV = SHARED / "corpus" / "dev"
ARTICLES = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
ROLES = ("value", "pct_of_plan", "yoy_pct", "yoy_abs", "part", "whole")

pytestmark = pytest.mark.skipif(not ARTICLES, reason="the shared dev corpus is not beside the repo")


def _facts(figures: list[dict[str, Any]]) -> list[tuple[int, str, float]]:
    return [
        (i, role, float(f[role]))
        for i, f in enumerate(figures)
        for role in ROLES
        if f.get(role) is not None
    ]


def _syllables(text: str | None) -> list[str]:
    return (text or "").lower().split()


def _read(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))["figures"]
    return gold, [f.to_json() for f in find_figures(text)]


def _match(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> tuple[list, list, list]:
    """Gold facts matched to predicted ones (role and number), as the harness scores them."""
    free = _facts(predicted)
    matched, missed = [], []
    for gi, role, number in _facts(gold):
        hit = next(
            (p for p in free if p[1] == role and abs(p[2] - number) <= 1e-6 * max(abs(number), 1)),
            None,
        )
        if hit is None:
            missed.append((gold[gi]["indicator"], role, number, gold[gi].get("optional", False)))
        else:
            free.remove(hit)
            matched.append((gold[gi], predicted[hit[0]], role))
    return matched, missed, free


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_every_gold_fact_is_found(path: Path) -> None:
    gold, predicted = _read(path)
    _, missed, _ = _match(gold, predicted)
    assert [m for m in missed if not m[3]] == []


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_no_fact_is_claimed_beyond_the_gold(path: Path) -> None:
    gold, predicted = _read(path)
    _, _, extra = _match(gold, predicted)
    assert [(predicted[i]["indicator"], role, n) for i, role, n in extra] == []


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_values_have_the_gold_unit_and_indicator(path: Path) -> None:
    gold, predicted = _read(path)
    matched, _, _ = _match(gold, predicted)
    for g, p, role in matched:
        if role != "value" or g.get("optional"):
            continue
        if {g["unit"], p["unit"]} & {"VND", "USD", "%"}:
            assert p["unit"] == g["unit"]
        else:
            assert set(_syllables(g["unit"])) & set(_syllables(p["unit"]))
        wanted = _syllables(g["indicator"])
        found = set(_syllables(p["indicator"]))
        assert 2 * sum(s in found for s in wanted) >= len(wanted), (g["indicator"], p["indicator"])


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_warnings_of_the_gold_are_reported(path: Path) -> None:
    gold, predicted = _read(path)
    assert {g["warning"] for g in gold if g.get("warning")} <= {p.get("warning") for p in predicted}
