"""The ingest lexicon (``lexicon.toml``) as typed data, read once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

_PATH = Path(__file__).with_name("lexicon.toml")


@dataclass(frozen=True)
class KindWords:
    words: tuple[str, ...]
    admin_types: tuple[str, ...]


@dataclass(frozen=True)
class UomRule:
    source: str
    target: str
    factor: Decimal


@dataclass(frozen=True)
class Lexicon:
    organ_prefixes: tuple[str, ...]
    kinds: tuple[KindWords, ...]
    uoms: tuple[UomRule, ...]
    plans: tuple[tuple[str, str], ...]
    high: float
    fuzzy_floor: float
    fuzzy_shared_words: float
    unit_fuzzy_floor: float
    accent_free_weight: float
    relative_tolerance: Decimal
    late_days: int
    meeting_kinds: dict[str, str]
    document_kinds: dict[str, str]
    read_errors: tuple[tuple[str, str], ...]
    vietnamese_letters: frozenset[str]
    vietnamese_min_share: Decimal
    max_bytes: int
    background_bytes: int
    same_floor: float

    def kind_words(self) -> list[tuple[str, KindWords]]:
        """Every kind word with its kind, longest first (``đảng ủy xã`` before ``xã``)."""
        pairs = [(word, kind) for kind in self.kinds for word in kind.words]
        return sorted(pairs, key=lambda pair: -len(pair[0]))


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads(_PATH.read_text(encoding="utf-8"))
    return Lexicon(
        organ_prefixes=tuple(sorted(data["organ_prefixes"], key=len, reverse=True)),
        kinds=tuple(KindWords(tuple(k["words"]), tuple(k["admin_types"])) for k in data["kind"]),
        uoms=tuple(UomRule(u["from"], u["to"], Decimal(u["factor"])) for u in data["uom"]),
        plans=tuple((p["word"], p["source"]) for p in data["plan"]),
        high=float(data["matching"]["high"]),
        fuzzy_floor=float(data["matching"]["fuzzy_floor"]),
        fuzzy_shared_words=float(data["matching"]["fuzzy_shared_words"]),
        unit_fuzzy_floor=float(data["matching"]["unit_fuzzy_floor"]),
        accent_free_weight=float(data["matching"]["accent_free_weight"]),
        relative_tolerance=Decimal(data["checks"]["relative_tolerance"]),
        late_days=int(data["checks"]["late_days"]),
        meeting_kinds=dict(data["meeting_kinds"]),
        document_kinds=dict(data["document_kinds"]),
        read_errors=tuple((e["fragment"], e["message"]) for e in data["read_error"]),
        vietnamese_letters=frozenset(data["language"]["letters"]),
        vietnamese_min_share=Decimal(data["language"]["min_share"]),
        max_bytes=int(data["limits"]["max_bytes"]),
        background_bytes=int(data["limits"]["background_bytes"]),
        same_floor=float(data["same"]["floor"]),
    )
