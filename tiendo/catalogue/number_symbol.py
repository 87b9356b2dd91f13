"""Number-symbols of documents (số, ký hiệu): ``62-NQ/TU`` (Party) and ``156/QĐ-UBND`` (State).

The accepted abbreviations are data (``document_symbols.toml``), not code. Parsing is
pure: no database, so ingest and forms can call it on any text.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import gettext_lazy as _

from tiendo.core.errors import refuse

# Beside this module, not in a data/ folder: .gitignore keeps data/ for the runtime database.
DATA_FILE = Path(__file__).with_name("document_symbols.toml")

FIELD = "number_symbol"

MSG_FORMAT = _(
    "Số, ký hiệu “%(value)s” không đúng mẫu: văn bản của Đảng ghi “62-NQ/TU” "
    "(số-loại/cơ quan), văn bản nhà nước ghi “156/QĐ-UBND” (số/loại-cơ quan)"
)
MSG_KIND = _("Số, ký hiệu “%(value)s”: “%(kind)s” không phải ký hiệu loại văn bản đã biết")
MSG_ISSUER = _("Số, ký hiệu “%(value)s”: “%(issuer)s” không phải ký hiệu cơ quan ban hành đã biết")

PARTY = "party"
STATE = "state"

_LETTERS = "A-Za-zĐđ"
_PARTY = re.compile(rf"^(?P<number>\d{{1,5}})-(?P<kind>[{_LETTERS}]+)/(?P<issuer>[{_LETTERS}0-9]+)$")
_STATE = re.compile(
    rf"^(?P<number>\d{{1,5}})/(?:(?P<year>\d{{4}})/)?"
    rf"(?P<groups>[{_LETTERS}0-9]+(?:-[{_LETTERS}0-9]+)*)$"
)
# "Số 62-NQ/TU", "Số: 156/QĐ-UBND", "số 05 - NQ/ĐU": the word and spaces are not part of it.
_PREFIX = re.compile(r"^s[ốo]\s*:?\s*", re.IGNORECASE)
_SPACES_AROUND_SEPARATORS = re.compile(r"\s*([-/])\s*")


@dataclass(frozen=True)
class NumberSymbol:
    """A parsed number-symbol. ``kinds`` are the ``Document.Kind`` values its abbreviation may mean."""

    number: str
    kind_symbol: str
    issuer_symbol: str
    style: str
    kinds: tuple[str, ...]
    year: int | None = None

    @property
    def text(self) -> str:
        """The canonical spelling: ``62-NQ/TU``, ``156/QĐ-UBND``, ``09/2019/NĐ-CP``."""
        if self.style == PARTY:
            return f"{self.number}-{self.kind_symbol}/{self.issuer_symbol}"
        year = f"{self.year}/" if self.year else ""
        kind = f"{self.kind_symbol}-" if self.kind_symbol else ""
        return f"{self.number}/{year}{kind}{self.issuer_symbol}"


@dataclass(frozen=True)
class _Rules:
    kinds: dict[str, tuple[str, ...]]
    kinds_folded: dict[str, str]
    issuers: dict[str, str]
    issuers_folded: dict[str, str]
    patterns: tuple[re.Pattern[str], ...]


@cache
def _rules() -> dict[str, _Rules]:
    raw = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    return {style: _load_style(raw[style]) for style in (PARTY, STATE)}


def _load_style(data: dict[str, Any]) -> _Rules:
    kinds = {_nfc(k): tuple(v) for k, v in data["kinds"].items()}
    issuers = {_nfc(k): v for k, v in data["issuers"].items()}
    return _Rules(
        kinds=kinds,
        kinds_folded={k.casefold(): k for k in kinds},
        issuers=issuers,
        issuers_folded={k.casefold(): k for k in issuers},
        patterns=tuple(re.compile(p) for p in data.get("issuer_patterns", [])),
    )


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def normalise(text: str) -> str:
    """``Số: 156 / QĐ – UBND`` → ``156/QĐ-UBND``: NFC, no ``Số``, no spaces, hyphens for dashes."""
    text = _nfc(text).strip().replace("–", "-").replace("‑", "-")
    text = _PREFIX.sub("", text)
    return _SPACES_AROUND_SEPARATORS.sub(r"\1", text)


def parse_number_symbol(text: str, *, field: str = FIELD) -> NumberSymbol:
    """Parse and validate a number-symbol; abbreviations are matched case-insensitively.

    Raises ValidationError on ``field`` naming the value when the shape is neither
    ``62-NQ/TU`` nor ``156/QĐ-UBND``, or when the kind or the issuer is not known.
    """
    value = normalise(text)
    if match := _PARTY.match(value):
        rules = _rules()[PARTY]
        kind = _known(rules.kinds_folded, match["kind"])
        if kind is None:
            raise refuse(field, MSG_KIND, value=text, kind=match["kind"])
        issuer = _known(rules.issuers_folded, match["issuer"]) or _by_pattern(rules, match["issuer"])
        if issuer is None:
            raise refuse(field, MSG_ISSUER, value=text, issuer=match["issuer"])
        return NumberSymbol(
            number=match["number"], kind_symbol=kind, issuer_symbol=issuer, style=PARTY,
            kinds=rules.kinds[kind],
        )
    if match := _STATE.match(value):
        return _parse_state(text, match, field)
    raise refuse(field, MSG_FORMAT, value=text)


def _parse_state(text: str, match: re.Match[str], field: str) -> NumberSymbol:
    rules = _rules()[STATE]
    groups = match["groups"].split("-")
    kind = _known(rules.kinds_folded, groups[0])
    year = int(match["year"]) if match["year"] else None
    if kind is None:
        # A State công văn has no kind group: "123/UBND-KT" is number/issuer-unit.
        issuer = _known(rules.issuers_folded, groups[0])
        if issuer is None:
            raise refuse(field, MSG_KIND if len(groups) > 1 else MSG_FORMAT, value=text, kind=groups[0])
        return NumberSymbol(
            number=match["number"], kind_symbol="", issuer_symbol="-".join([issuer, *groups[1:]]),
            style=STATE, kinds=("CV",), year=year,
        )
    if len(groups) < 2:
        raise refuse(field, MSG_FORMAT, value=text)
    issuer_groups = []
    for group in groups[1:]:
        known = _known(rules.issuers_folded, group) or _by_pattern(rules, group)
        if known is None:
            raise refuse(field, MSG_ISSUER, value=text, issuer=group)
        issuer_groups.append(known)
    return NumberSymbol(
        number=match["number"], kind_symbol=kind, issuer_symbol="-".join(issuer_groups),
        style=STATE, kinds=rules.kinds[kind], year=year,
    )


def _known(folded: dict[str, str], symbol: str) -> str | None:
    return folded.get(symbol.casefold())


def _by_pattern(rules: _Rules, symbol: str) -> str | None:
    upper = symbol.upper()
    return upper if any(p.match(upper) for p in rules.patterns) else None
