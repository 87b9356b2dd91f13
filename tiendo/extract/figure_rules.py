"""The figures lexicon compiled into phrase sets, once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tiendo.extract.lexicon import load
from tiendo.extract.phrases import PhraseSet

__all__ = ["Rules", "rules"]


@dataclass(frozen=True, slots=True)
class Rules:
    boundaries: frozenset[str]
    targets: PhraseSet[bool]
    assigned: PhraseSet[None]
    trailing_stops: PhraseSet[None]
    tail_continuations: PhraseSet[None]
    coordinate_units: PhraseSet[None]
    anaphora: frozenset[str]
    comparators: PhraseSet[None]
    comparatives: PhraseSet[None]
    links: PhraseSet[None]
    estimated: PhraseSet[None]
    light_verbs: PhraseSet[None]
    fillers: PhraseSet[None]
    subjects: PhraseSet[None]
    cues: PhraseSet[str]
    not_cues: PhraseSet[None]
    kept_ends: PhraseSet[None]
    cue_variants: PhraseSet[str]
    meeting_verbs: PhraseSet[None]
    attendance: PhraseSet[None]
    count_links: PhraseSet[None]
    respective: PhraseSet[None]
    averages: PhraseSet[None]
    whole_links: PhraseSet[None]
    whole_openers: PhraseSet[None]
    place_units: PhraseSet[None]
    negative_signs: PhraseSet[None]
    change_equivalents: PhraseSet[None]
    tight_equivalents: PhraseSet[None]
    share_verbs: PhraseSet[None]
    achieved: PhraseSet[None]
    target_units: frozenset[str]
    measured_as: dict[str, str]  # a unit, lower case, and the quantity it measures
    target_links: PhraseSet[None]
    target_verbs: PhraseSet[None]
    reached_and: PhraseSet[None]
    share_of: PhraseSet[None]
    percent_restatements: PhraseSet[None]
    existential_cues: PhraseSet[None]
    owner_verbs: frozenset[str]
    standard_units: PhraseSet[None]
    sector_openers: PhraseSet[None]
    sector_words: PhraseSet[None]
    sector_ends: PhraseSet[None]
    sector_bare_words: int
    sector_compounds: frozenset[str]
    plans: PhraseSet[None]
    plan_suffixes: PhraseSet[None]
    same_period: PhraseSet[None]
    bare_same_period: PhraseSet[None]
    bare_same_abbreviations: PhraseSet[None]
    other_baselines: PhraseSet[None]
    time_phrases: PhraseSet[None]
    time_lead: PhraseSet[None]
    time_trail: PhraseSet[None]
    heads: PhraseSet[None]
    head_prefixes: PhraseSet[None]
    not_heads: PhraseSet[None]
    count_heads: tuple[str, ...]
    count_head_phrases: PhraseSet[None]
    verbal_heads: frozenset[str]
    rate_heads: PhraseSet[None]
    amount_heads: PhraseSet[None]
    average_words: PhraseSet[None]
    growth_heads: PhraseSet[None]
    growth_subjects: PhraseSet[None]
    generic_heads: frozenset[str]
    spending_heads: frozenset[str]
    list_tail_links: tuple[str, ...]
    units: PhraseSet[str]
    not_units: PhraseSet[None]
    bare_scale_currency: str
    before: PhraseSet[bool]
    after: PhraseSet[bool]
    thresholds: PhraseSet[None]
    calendar_words: PhraseSet[None]
    denominators: PhraseSet[None]
    one_as_some: PhraseSet[None]
    band: PhraseSet[bool]
    abbreviations: frozenset[str]
    pre_words: int
    trailing_words: int
    indicator_words: int
    short_pre: int
    inherit_words: int
    verb_words: int
    bare_verb_words: int
    list_items: int
    label_words: int
    slug_words: int
    name_quote_words: int


def _verdicts(not_figure: list[str], is_figure: list[str]) -> PhraseSet[bool]:
    """True for a phrase that rules a number out, False for one that overrules that."""
    return PhraseSet({**dict.fromkeys(not_figure, True), **dict.fromkeys(is_figure, False)})


@cache
def rules() -> Rules:
    lex = load("figures")
    units = lex["units"]
    limits = lex["limits"]
    return Rules(
        boundaries=frozenset(lex["boundaries"]),
        targets=_verdicts(lex["targets"], lex["not_targets"]),
        assigned=PhraseSet(lex["assigned"]),
        trailing_stops=PhraseSet(lex["trailing_stops"]),
        tail_continuations=PhraseSet(lex["tail_continuations"]),
        coordinate_units=PhraseSet(lex["coordinate_units"]),
        anaphora=frozenset(w.lower() for w in lex["anaphora"]),
        comparators=PhraseSet(lex["comparators"]),
        comparatives=PhraseSet(lex["comparatives"]),
        links=PhraseSet(lex["comparison_links"]),
        estimated=PhraseSet(lex["estimated"]),
        light_verbs=PhraseSet(lex["light_verbs"]),
        fillers=PhraseSet(lex["fillers"]),
        subjects=PhraseSet(lex["subjects"]),
        cues=PhraseSet(lex["cues"]),
        not_cues=PhraseSet(lex["not_cues"]),
        kept_ends=PhraseSet(lex["kept_ends"]),
        # A variant carries the cue of the word it misspells.
        cue_variants=PhraseSet({v: lex["cues"][c] for v, c in lex["cue_variants"].items()}),
        meeting_verbs=PhraseSet(lex["meeting_verbs"]),
        attendance=PhraseSet(lex["attendance"]),
        count_links=PhraseSet(lex["count_links"]),
        respective=PhraseSet(lex["respective"]),
        averages=PhraseSet(lex["averages"]),
        whole_links=PhraseSet(lex["whole_links"]),
        whole_openers=PhraseSet(lex["whole_openers"]),
        place_units=PhraseSet(lex["place_units"]),
        negative_signs=PhraseSet(lex["negative_signs"]),
        change_equivalents=PhraseSet(lex["change_equivalents"]),
        tight_equivalents=PhraseSet(lex["tight_equivalents"]),
        share_verbs=PhraseSet(lex["share_verbs"]),
        achieved=PhraseSet(lex["achieved"]),
        target_units=frozenset(u.lower() for u in lex["targets_met"]["units"]),
        measured_as={u.lower(): q for q, us in lex["measured_as"].items() for u in us},
        target_links=PhraseSet(lex["targets_met"]["links"]),
        target_verbs=PhraseSet(lex["targets_met"]["verbs"]),
        reached_and=PhraseSet(lex["reached_and"]),
        share_of=PhraseSet(lex["share_of"]),
        percent_restatements=PhraseSet(lex["percent_restatements"]),
        existential_cues=PhraseSet(lex["existential_cues"]),
        owner_verbs=frozenset(w.lower() for w in lex["owner_verbs"]),
        standard_units=PhraseSet(lex["standard_units"]),
        sector_openers=PhraseSet(lex["sectors"]["openers"]),
        sector_words=PhraseSet(lex["sectors"]["words"]),
        sector_ends=PhraseSet(lex["sectors"]["ends"]),
        sector_bare_words=lex["sectors"]["bare_words"],
        sector_compounds=frozenset(c.lower() for c in lex["sectors"]["compounds"]),
        plans=PhraseSet(lex["plans"]["words"]),
        plan_suffixes=PhraseSet(lex["plans"]["suffixes"]),
        same_period=PhraseSet(lex["baselines"]["same_period"]),
        bare_same_period=PhraseSet(lex["baselines"]["bare_same_period"]),
        # the abbreviations ("SCK") alone: "cùng kỳ" before a cue may name the period's own
        # amount ("doanh thu cùng kỳ đạt 50 tỷ đồng")
        bare_same_abbreviations=PhraseSet(
            sorted(set(lex["baselines"]["bare_same_period"]) - set(lex["baselines"]["same_period"]))
        ),
        other_baselines=PhraseSet(lex["baselines"]["other"]),
        time_phrases=PhraseSet(lex["time"]["phrases"]),
        time_lead=PhraseSet(lex["time"]["lead"]),
        time_trail=PhraseSet(lex["time"]["trail"]),
        heads=PhraseSet(lex["heads"]["indicator"]),
        head_prefixes=PhraseSet(lex["heads"]["prefixes"]),
        not_heads=PhraseSet(lex["heads"]["not_heads"]),
        count_heads=tuple(w.lower() for w in lex["heads"]["count"]),
        count_head_phrases=PhraseSet(lex["heads"]["count"]),
        verbal_heads=frozenset(w.lower() for w in lex["heads"]["verbal"]),
        rate_heads=PhraseSet(lex["heads"]["rate"]),
        amount_heads=PhraseSet(lex["heads"]["amount"]),
        average_words=PhraseSet(lex["heads"]["average"]),
        growth_heads=PhraseSet(lex["heads"]["growth"]),
        growth_subjects=PhraseSet(lex["heads"]["growth_subjects"]),
        generic_heads=frozenset(w.lower() for w in lex["heads"]["generic"]),
        spending_heads=frozenset(w.lower() for w in lex["heads"]["spending"]),
        list_tail_links=tuple(f" {w.lower()} " for w in lex["heads"]["list_tail_links"]),
        units=PhraseSet(
            {
                **dict.fromkeys(units["counted"], "counted"),
                **dict.fromkeys(units["measure"], "measure"),
            }
        ),
        not_units=PhraseSet(units["not_units"]),
        bare_scale_currency=units["bare_scale_currency"],
        before=_verdicts(lex["not_figure"]["before"], lex["is_figure"]["before"]),
        after=_verdicts(lex["not_figure"]["after"], lex["is_figure"]["after"]),
        thresholds=PhraseSet(lex["not_figure"]["thresholds"]),
        calendar_words=PhraseSet(lex["not_figure"]["calendar"]),
        denominators=PhraseSet(lex["not_figure"]["denominators"]),
        one_as_some=PhraseSet(lex["not_figure"]["one_as_some"]),
        # True for a bound ("dưới", "từ … đến"), False for the other words a band may hold.
        band=PhraseSet(
            {
                **dict.fromkeys(lex["not_figure"]["band_words"], False),
                **dict.fromkeys(lex["not_figure"]["band_bounds"], True),
            }
        ),
        abbreviations=frozenset(lex["sentence"]["abbreviations"]),
        pre_words=limits["pre_words"],
        trailing_words=limits["trailing_words"],
        indicator_words=limits["indicator_words"],
        short_pre=limits["short_pre"],
        inherit_words=limits["inherit_words"],
        verb_words=limits["verb_words"],
        bare_verb_words=limits["bare_verb_words"],
        list_items=limits["list_items"],
        label_words=limits["label_words"],
        slug_words=limits["slug_words"],
        name_quote_words=limits["name_quote_words"],
    )
