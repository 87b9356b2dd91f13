"""The scoring harness of ``spec/extraction.md`` ("Scoring"): extractor output against gold files.

For every ``NAME.txt`` with a ``NAME.gold.json`` beside it, the extractor runs on the
text and each category is compared with the gold:

- **figures**: each figure is split into atomic facts ``(role, number)``; a predicted
  fact matches an unmatched gold fact with the same role and a number equal within
  1e-6 relative (a ``value`` fact also needs the unit to agree: ``VND``/``USD``/``%``
  exactly, counted nouns by sharing a syllable). Facts are matched in three passes:
  first to required gold facts whose figure span overlaps the predicted span, then to
  any required gold fact, then to facts of gold figures marked ``"optional": true``.
  A predicted fact that only finds an optional gold fact is set aside: it counts
  neither as true nor as false, and an unmatched optional gold fact is no miss.
- **units**: among value facts that match by number, how many have the right unit.
- **indicators**: among gold figures with at least one matched fact, how many were
  matched by a predicted figure whose indicator holds at least half of the gold
  indicator's syllables.
- **meeting**: field by field (accuracy over all fields, where both null is right;
  precision and recall count the non-null fields). ``chair`` must match name and title.
- **documents**: by ``number`` (spaces removed, dashes unified) when the gold has one,
  else by ``title`` at syllable overlap ≥ 0.6; the ``date`` must be equal too.
- **people** and **authors**: by name (case and tone-mark placement ignored).
- **titles** (of people): the titles of the matched people, compared as sets.
- **tasks** and **shortcomings**: greedy one-to-one matching at syllable overlap ≥ 0.6,
  best pairs first. Syllable overlap is ``|common syllables| / max(len(a), len(b))``
  over the multisets of lower-cased NFC syllables, tone marks placed alike.
- **title** (headline): right when its syllables equal the gold's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tiendo.extract.text import nfc, overlap, sentence_at, squash, syllables, text_key

Extractor = Callable[[Path], dict[str, Any]]

ROLES = ("value", "pct_of_plan", "yoy_pct", "yoy_abs", "part", "whole")
MEETING_FIELDS = (
    "organizer",
    "kind",
    "session",
    "extended",
    "term",
    "tenure",
    "date",
    "chair",
    "review",
    "plan",
)
CATEGORIES = (
    "figures",
    "units",
    "indicators",
    "meeting",
    "documents",
    "people",
    "titles",
    "authors",
    "tasks",
    "shortcomings",
    "title",
)
ITEM_THRESHOLD = 0.6
EXACT_UNITS = frozenset({"VND", "USD", "%"})


@dataclass
class Score:
    """Counts for one category: true/false positives, misses, and right/total for accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    total: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Issue:
    """One miss (in the gold, not found) or one false item (found, not in the gold)."""

    source: str
    category: str
    kind: str  # "miss" or "false" (or "wrong" for a field with another value)
    detail: str
    sentence: str = ""


@dataclass
class EvalReport:
    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    meeting_fields: dict[str, Score] = field(
        default_factory=lambda: {f: Score() for f in MEETING_FIELDS}
    )
    issues: list[Issue] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def table(self, verbose: bool = False) -> str:
        rows = [f"{'category':<22}{'P':>7}{'R':>7}{'F1':>7}{'acc':>7}{'n':>6}"]
        for name in CATEGORIES:
            rows.append(_row(name, self.scores[name]))
        rows.append("")
        rows.extend(_row(f"meeting.{name}", self.meeting_fields[name]) for name in MEETING_FIELDS)
        rows.append(f"\n{len(self.files)} file(s)")
        if verbose:
            for issue in self.issues:
                rows.append(f"{issue.source}: {issue.category}: {issue.kind}: {issue.detail}")
                if issue.sentence:
                    rows.append(f"    « {issue.sentence} »")
        return "\n".join(rows)


def _row(name: str, score: Score) -> str:
    def fmt(value: float | None) -> str:
        return "     -" if value is None else f"{value:6.2f}"

    n = score.total or (score.tp + score.fn)
    cells = (score.precision, score.recall, score.f1, score.accuracy)
    return f"{name:<22}" + "".join(" " + fmt(v) for v in cells) + f"{n:>6}"


def gold_pairs(dirs: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """``(NAME.txt, NAME.gold.json)`` for every text with a gold file, sorted."""
    pairs = []
    for directory in dirs:
        for gold in sorted(Path(directory).glob("*.gold.json")):
            text = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
            if text.exists():
                pairs.append((text, gold))
    return pairs


def _default_extractor(path: Path) -> dict[str, Any]:
    from tiendo.extract.engine import extract_file

    return extract_file(path).to_json()


def evaluate(dirs: Iterable[str | Path], extractor: Extractor | None = None) -> EvalReport:
    """Run the extractor on every gold-annotated text under ``dirs`` and score it."""
    run = extractor or _default_extractor
    report = EvalReport()
    for text_path, gold_path in gold_pairs(dirs):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = nfc(text_path.read_text(encoding="utf-8"))
        predicted = run(text_path)
        score_document(report, text_path.name, text, gold, predicted)
    return report


def score_document(
    report: EvalReport, source: str, text: str, gold: dict[str, Any], pred: dict[str, Any]
) -> None:
    """Add one document's comparison to ``report``."""
    report.files.append(source)
    ctx = _Context(report, source, text)
    _score_figures(ctx, gold.get("figures") or [], pred.get("figures") or [])
    _score_meeting(ctx, gold.get("meeting"), pred.get("meeting"))
    _score_documents(ctx, gold.get("documents") or [], pred.get("documents") or [])
    _score_people(ctx, gold.get("people") or [], pred.get("people") or [])
    _score_names(ctx, "authors", gold.get("authors") or [], pred.get("authors") or [])
    for category in ("tasks", "shortcomings"):
        _score_items(ctx, category, gold.get(category) or [], pred.get(category) or [])
    _score_title(ctx, gold.get("title"), pred.get("title"))


@dataclass
class _Context:
    report: EvalReport
    source: str
    text: str

    def score(self, category: str) -> Score:
        return self.report.scores[category]

    def issue(
        self, category: str, kind: str, detail: str, span: Sequence[int] | None = None
    ) -> None:
        sentence = ""
        if span and 0 <= span[0] < len(self.text):
            sentence = squash(sentence_at(self.text, span[0]).text)
        self.report.issues.append(Issue(self.source, category, kind, detail, sentence))


# Figures ----------------------------------------------------------------------------------


@dataclass
class _Fact:
    role: str
    number: float
    figure: int
    unit: str | None
    span: tuple[int, int]
    optional: bool = False


def same_number(a: float, b: float) -> bool:
    """Equal within 1e-6 relative."""
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def same_unit(gold: str | None, pred: str | None) -> bool:
    """``VND``/``USD``/``%`` exactly; counted nouns when they share a syllable."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold in EXACT_UNITS or pred in EXACT_UNITS:
        return gold == pred
    return bool(set(syllables(gold)) & set(syllables(pred)))


def _facts(figures: list[dict[str, Any]]) -> list[_Fact]:
    facts = []
    for index, fig in enumerate(figures):
        span = tuple(fig.get("span") or (0, 0))
        for role in ROLES:
            number = fig.get(role)
            if isinstance(number, int | float) and not isinstance(number, bool):
                facts.append(
                    _Fact(
                        role,
                        float(number),
                        index,
                        fig.get("unit"),
                        span,  # type: ignore[arg-type]
                        bool(fig.get("optional")),
                    )
                )
    return facts


def _spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score_figures(ctx: _Context, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    gold_facts, pred_facts = _facts(gold), _facts(pred)
    taken: set[int] = set()
    pairing: dict[int, int] = {}  # pred fact index → gold fact index
    unit_checked: set[int] = set()
    units = ctx.score("units")

    def candidates(p: _Fact, optional: bool, need_overlap: bool) -> Iterable[int]:
        for gi, g in enumerate(gold_facts):
            if gi in taken or g.optional != optional or g.role != p.role:
                continue
            if need_overlap and not _spans_overlap(g.span, p.span):
                continue
            if same_number(g.number, p.number):
                yield gi

    for optional, need_overlap in ((False, True), (False, False), (True, False)):
        for pi, p in enumerate(pred_facts):
            if pi in pairing:
                continue
            for gi in candidates(p, optional, need_overlap):
                g = gold_facts[gi]
                if p.role == "value":
                    if not optional and gi not in unit_checked:
                        unit_checked.add(gi)
                        units.total += 1
                        if same_unit(g.unit, p.unit):
                            units.right += 1
                        else:
                            ctx.issue(
                                "units", "wrong", f"{g.unit!r} predicted as {p.unit!r}", p.span
                            )
                    if not same_unit(g.unit, p.unit):
                        continue
                taken.add(gi)
                pairing[pi] = gi
                break

    figures = ctx.score("figures")
    for pi, p in enumerate(pred_facts):
        paired = pairing.get(pi)
        if paired is None:
            figures.fp += 1
            ind = pred[p.figure].get("indicator")
            ctx.issue("figures", "false", f"{p.role}={_num(p.number)} ({ind})", p.span)
        elif not gold_facts[paired].optional:
            figures.tp += 1
    for gi, g in enumerate(gold_facts):
        if gi not in taken and not g.optional:
            figures.fn += 1
            ind = gold[g.figure].get("indicator")
            ctx.issue("figures", "miss", f"{g.role}={_num(g.number)} ({ind})", g.span)

    _score_indicators(ctx, gold, pred, gold_facts, pred_facts, pairing)


def _score_indicators(
    ctx: _Context,
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    gold_facts: list[_Fact],
    pred_facts: list[_Fact],
    pairing: dict[int, int],
) -> None:
    votes: dict[int, dict[int, int]] = {}
    for pi, gi in pairing.items():
        g = gold_facts[gi]
        if g.optional:
            continue
        per_gold = votes.setdefault(g.figure, {})
        per_gold[pred_facts[pi].figure] = per_gold.get(pred_facts[pi].figure, 0) + 1
    score = ctx.score("indicators")
    for g_index, per_gold in votes.items():
        p_index = max(per_gold, key=lambda k: per_gold[k])
        g_ind = gold[g_index].get("indicator") or ""
        p_ind = pred[p_index].get("indicator") or ""
        score.total += 1
        if indicator_right(g_ind, p_ind):
            score.right += 1
        else:
            ctx.issue(
                "indicators",
                "wrong",
                f"{g_ind!r} predicted as {p_ind!r}",
                gold[g_index].get("span"),
            )


def indicator_right(gold: str, pred: str) -> bool:
    """At least half of the gold indicator's syllables appear in the predicted one."""
    g = syllables(gold)
    if not g:
        return True
    p = set(syllables(pred))
    return sum(1 for s in g if s in p) * 2 >= len(g)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# Meeting ----------------------------------------------------------------------------------


def _field_key(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "chair":
        return (text_key(value.get("name") or ""), text_key(value.get("title") or ""))
    if name == "organizer":
        return text_key(value)
    if name == "tenure":
        return tuple(value)
    if name in ("review", "plan"):
        # An unknown year is written ``"year": null``; an older file may leave it out.
        period = {k: v for k, v in value.items() if v is not None or k == "year"}
        period.setdefault("year", None)
        return tuple(sorted(period.items()))
    if name == "extended":
        return value or None
    return value


def _score_meeting(ctx: _Context, gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> None:
    overall = ctx.score("meeting")
    gold, pred = gold or {}, pred or {}
    for name in MEETING_FIELDS:
        g, p = _field_key(name, gold.get(name)), _field_key(name, pred.get(name))
        for score in (overall, ctx.report.meeting_fields[name]):
            score.total += 1
            if g == p:
                score.right += 1
                if g is not None:
                    score.tp += 1
            else:
                if p is not None:
                    score.fp += 1
                if g is not None:
                    score.fn += 1
        if g != p:
            ctx.issue(
                "meeting", "wrong", f"{name}: gold {gold.get(name)!r}, got {pred.get(name)!r}"
            )


# Documents, people, names, items -----------------------------------------------------------


def normalise_number(number: str) -> str:
    """``01 – ĐA/TU`` → ``01-ĐA/TU`` (the contract's form) in upper case."""
    out = number.replace("–", "-").replace("—", "-").replace(" ", "").replace("\u00a0", "")
    return out.upper()


def document_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("date") != pred.get("date"):
        return False
    if gold.get("number"):
        return bool(pred.get("number")) and normalise_number(gold["number"]) == normalise_number(
            pred["number"]
        )
    if pred.get("number") or not gold.get("title") or not pred.get("title"):
        return False
    return overlap(gold["title"], pred["title"]) >= ITEM_THRESHOLD


def _doc_label(doc: dict[str, Any]) -> str:
    return f"{doc.get('kind')} {doc.get('number') or doc.get('title')} ({doc.get('date')})"


def _greedy(
    gold: list[Any], pred: list[Any], similarity: Callable[[Any, Any], float], threshold: float
) -> dict[int, int]:
    """One-to-one pairs (gold index → pred index), best similarity first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            sim = similarity(g, p)
            if sim >= threshold:
                pairs.append((-sim, gi, pi))
    pairs.sort()
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def _tally(
    ctx: _Context,
    category: str,
    gold: list[Any],
    pred: list[Any],
    matched: dict[int, int],
    label: Callable[[Any], str],
) -> None:
    score = ctx.score(category)
    score.tp += len(matched)
    score.fn += len(gold) - len(matched)
    score.fp += len(pred) - len(matched)
    used = set(matched.values())
    for gi, g in enumerate(gold):
        if gi not in matched:
            ctx.issue(category, "miss", label(g), g.get("span") if isinstance(g, dict) else None)
    for pi, p in enumerate(pred):
        if pi not in used:
            ctx.issue(category, "false", label(p), p.get("span") if isinstance(p, dict) else None)


def _score_documents(ctx: _Context, gold: list[dict], pred: list[dict]) -> None:
    matched = _greedy(gold, pred, lambda g, p: 1.0 if document_matches(g, p) else 0.0, 1.0)
    _tally(ctx, "documents", gold, pred, matched, _doc_label)


def _score_people(ctx: _Context, gold: list[dict], pred: list[dict]) -> None:
    def same(g: dict, p: dict) -> float:
        return 1.0 if text_key(g.get("name") or "") == text_key(p.get("name") or "") else 0.0

    matched = _greedy(gold, pred, same, 1.0)
    _tally(ctx, "people", gold, pred, matched, lambda person: person.get("name", ""))
    titles = ctx.score("titles")
    for gi, pi in matched.items():
        g_titles = {text_key(t): t for t in gold[gi].get("titles") or []}
        p_titles = {text_key(t): t for t in pred[pi].get("titles") or []}
        titles.tp += len(g_titles.keys() & p_titles.keys())
        for key in g_titles.keys() - p_titles.keys():
            titles.fn += 1
            ctx.issue("titles", "miss", f"{gold[gi]['name']}: {g_titles[key]}")
        for key in p_titles.keys() - g_titles.keys():
            titles.fp += 1
            ctx.issue("titles", "false", f"{gold[gi]['name']}: {p_titles[key]}")


def _score_names(ctx: _Context, category: str, gold: list[str], pred: list[str]) -> None:
    matched = _greedy(gold, pred, lambda g, p: 1.0 if text_key(g) == text_key(p) else 0.0, 1.0)
    _tally(ctx, category, gold, pred, matched, str)


def _score_items(ctx: _Context, category: str, gold: list[dict], pred: list[dict]) -> None:
    matched = _greedy(
        gold, pred, lambda g, p: overlap(g.get("text", ""), p.get("text", "")), ITEM_THRESHOLD
    )
    _tally(ctx, category, gold, pred, matched, lambda item: item.get("text", ""))


def _score_title(ctx: _Context, gold: str | None, pred: str | None) -> None:
    score = ctx.score("title")
    score.total += 1
    g, p = text_key(gold or ""), text_key(pred or "")
    if g == p:
        score.right += 1
        if g:
            score.tp += 1
        return
    if p:
        score.fp += 1
    if g:
        score.fn += 1
    ctx.issue("title", "wrong", f"gold {gold!r}, got {pred!r}")


# Command line -----------------------------------------------------------------------------


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser(
        prog="python -m tiendo.extract.evaluate",
        description="Score the extractor against NAME.gold.json files beside NAME.txt files.",
        epilog="example: python -m tiendo.extract.evaluate ../shared/corpus/dev -v",
    )
    parser.add_argument(
        "dirs", nargs="+", metavar="DIR", help="directories with NAME.txt + NAME.gold.json"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss and false item"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    missing = [d for d in args.dirs if not Path(d).is_dir()]
    if missing:
        for directory in missing:
            print(f"tiendo eval: {directory}: not a directory", file=sys.stderr)
        return 2
    report = evaluate(args.dirs)
    if not report.files:
        print("tiendo eval: no NAME.txt with NAME.gold.json found", file=sys.stderr)
        return 2
    print(report.table(verbose=args.verbose))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
