"""The meeting a report covers: who held it, what kind, its number, term, date, chair, periods.

Everything is read from the headline and the lead (the first sentences of the body),
where reports name the meeting; the rest of the text only fills gaps (a term named again
in "Nghị quyết hội nghị lần thứ 17 …, khóa XXII") and must agree with the lead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar, cast

from tiendo.extract.dates import QUARTER, DateMention, find_dates, quarter_of
from tiendo.extract.documents import own_document
from tiendo.extract.names import (
    PhraseSet,
    Words,
    is_capital,
    is_name_syllable,
    lexicon,
    org_end,
    split_trailing_name,
    title_head_at,
)
from tiendo.extract.numbers import int_to_roman, number_word, roman_to_int
from tiendo.extract.page import Layout, is_caption
from tiendo.extract.people import Mention, merge
from tiendo.extract.record import Chair, Meeting, MeetingKind, PeriodRef
from tiendo.extract.rules import load_rules
from tiendo.extract.text import Segment, is_abbreviation, sentences, syllable_key, text_key

T = TypeVar("T")

DESCRIBED_WORDS = 30  # words of a steering body's description before the place it serves
FULL_NAME_WORDS = 3  # a personal name that ends an organizer's phrase, at least
LEAD_SENTENCES = 3
DATE_SENTENCES = 8  # body sentences searched for the meeting's dated opening past the lead
TITLE_HEAD_WORDS = 5  # words of the longest title head before an organ ("Phó Bí thư Thường trực")
CAPTION_LINE_CHARS = 160  # at most, in a caption line of several sentences
OPENING_REACH = 400  # characters searched back for the start of a year's clause
UNNAMED_KIND_SEGMENTS = 2  # the headline and the lead's first sentence
GENERIC_KIND = "hội nghị"
COUNCIL_KIND = "kỳ họp"
COMMITTEE_KIND = "phiên họp"
PLENUM_KIND = "hội nghị Ban Chấp hành"
VISIT_KIND = "buổi làm việc"
WINDOW_CHARS = 220
CUE_REACH = 400  # characters around a person's mention searched for a chair cue
CLAUSE_REACH = 80  # characters before "năm 2022" searched for what the year is

_SESSION = re.compile(
    r"\b(?:lần|kỳ họp|kì họp|phiên họp|họp kỳ|họp kì) thứ\s+(\d{1,3}|[IVXLC]{1,8}\b|[^\W\d_]+(?: [^\W\d_]+){0,2})",
    re.I,
)
AT_MEETING_REACH = 40  # words from "tại hội nghị" to the comma before the organ that holds it
ORGAN_NAME_WORDS = 5  # of the longest organ before its level ("Hội đồng nhân dân")
ORGAN_WORDS = 2  # of the organizer's name, looked for in the chair's titles ("UBND tỉnh")
# The months left of the year, after the months reviewed.
_REMAINING = re.compile(
    r"\b(?:những|các)\s+tháng\s+(?:còn\s+lại(?:\s+của)?|cuối)(?:\s+năm\s+((?:19|20)\d\d))?"
    r"|\btừ\s+nay\s+đến\s+cuối\s+năm(?:\s+((?:19|20)\d\d))?"
    r"|\b(?:chặng\s+đường|thời\s+gian)\s+còn\s+lại\s+(?:của\s+)?năm(?:\s+((?:19|20)\d\d))?"
    # "bổ sung các giải pháp để thực hiện chỉ tiêu, nhiệm vụ còn lại của năm 2020"
    r"|\b(?:nhiệm\s+vụ|chỉ\s+tiêu)\s+còn\s+lại\s+(?:của\s+)?năm(?:\s+((?:19|20)\d\d))?",
    re.I,
)
_LAN_THU = [syllable_key("lần"), syllable_key("thứ")]
_TERM = re.compile(r"\bkh(?:óa|oá)\s+([IVXLC]{1,8}|\d{1,3})\b", re.I)
# What may sit between an organ and its verb: its term and tenure, in brackets or after
# commas ("HĐND huyện A (khóa XI)", "Ban Chấp hành … khóa I, nhiệm kỳ 2020-2025"). Each
# repetition starts with a literal, so the scan is linear.
# A short name in brackets may stand there too ("Sở Lao động - Thương binh và Xã hội
# (LĐTB&XH) tổ chức …"), or its province ("Đảng bộ phường A (tỉnh Gia Lai)", "Thị ủy B (An
# Giang)", "Đảng ủy phường C (TP.Bà Rịa)"). Possessive blanks keep the scan linear on a long run
# of them.
# A short name in brackets ("(LĐTB&XH)", "(HND)").
_SHORT_NAME_PATTERN = r"\([A-ZĐ][A-ZĐ&.\-]{1,15}\)"
_CAPITALS = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_DESCRIPTOR = re.compile(
    r"(?:[\s,]*+\(?\s*+(?:kh(?:óa|oá)\s++[IVXLC\d]{1,8}\b|nhiệm k[ỳì]\s++\(?\s*+\d{4}\s*+(?:[-–—]\s*+)?\d{4}\s*+\)?)\s*+\)?"
    rf"|\s*+{_SHORT_NAME_PATTERN}"
    rf"|\s*+\((?:(?:tỉnh|thành phố|huyện|quận|thị xã|TP|TX)\s++|(?:TP|TX)\.\s*+|(?-i:(?=[{_CAPITALS}])))"
    r"[^\W\d_]++(?:\s++[^\W_]++){0,3}"
    # "(huyện Mang Yang, tỉnh Gia Lai)": the province after the district
    r"(?:,\s*+(?:tỉnh|thành phố|TP\.?)\s*+[^\W\d_]++(?:\s++[^\W\d_]++){0,3})?\s*+\))*",
    re.I,
)


def _descriptor(text: str, pos: int) -> re.Match[str]:
    """What describes an organ from ``pos`` on (its term, short name or place), perhaps
    nothing: the pattern matches the empty string, so there is always a match."""
    return cast(re.Match[str], _DESCRIPTOR.match(text, pos))


_DATE_BEFORE_VERB = re.compile(
    r"\s++(?:(?:sáng|chiều|tối|trưa)\s++)?(?:ngày\s++)?\d{1,2}[-/.]\d{1,2}(?:[-/.](?:19|20)\d\d)?(?=\s)",
    re.I,
)
# A short name in brackets inside an organ's name ("Hội Nông dân (HND) tỉnh").
_SHORT_NAME = re.compile(rf"\s*{_SHORT_NAME_PATTERN}[ \t]*")
# Before a tenure named alone: the body's term right before it makes it the meeting's; a
# congress or an election it belongs to, another's.
_TERM_BEFORE = re.compile(r"\bkh[óo]a\s+[IVXLC]+\s*,?\s*$", re.I)
_NOT_THE_MEETINGS = re.compile(r"Đại hội|bầu cử", re.I)
TENURE_OWNER_CHARS = 40
# "nhiệm kì" is the older spelling; a tenure's two years are sometimes set apart by a space,
# or put in brackets ("nhiệm kỳ (2021 – 2026)").
_TENURE = re.compile(
    r"\bnhiệm k[ỳì]\s+\(?\s*((?:19|20)\d\d)\s*(?:[-–—]\s*)?((?:19|20)\d\d)\b", re.I
)
_EXTENDED = re.compile(r"\(?\bmở rộng\b\)?", re.I)
_MONTHS = re.compile(
    r"(?<![\w,.])(\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười(?: một| hai)?)\s+tháng\b", re.I
)
# words after "Năm 2027," searched for `year_plan_verbs_far` ("Năm 2020, ngành Nông nghiệp và
# Phát triển nông thôn phấn đấu …"), up to a past marker or a number, which report results
PLAN_VERB_REACH = 10
# words after "năm 2024," searched for `year_review_verbs_far`: what was reached comes after
# its subject ("năm 2024, toàn bộ 4 chỉ tiêu của ngành đều đạt")
REVIEW_VERB_REACH = 10
# "năm 2023" in any case. The word boundary is checked behind the first letter and the case
# spelt out (re.I gives each of these letters exactly its two cases), so the pattern opens
# with a character class and a search skips to the next "n" in one tight loop.
_YEAR = re.compile(r"[nN](?<!\w[nN])[ăĂ][mM]\s+((?:19|20)\d\d)\b")
# "năm 2021 - 2025", "5 năm 2021-2025": the first year of a span, not a year of its own.
_SAME_PERIOD = "cùng kỳ"
COMPARED_REACH = 30  # characters before "năm 2013" searched for the level it is compared with
_COMPARED_LEVEL = re.compile(r"(?:cao|thấp) hơn (?:mức )?[\d.,]+\s*%?\s*$", re.I)
# "tháng 4 và các tháng đầu năm 2022": the months from January to that month, reviewed together.
_MONTH_TO_DATE = re.compile(
    r"\btháng\s+(\d{1,2})\s*(?:và|,)\s+(?:các|những)\s+tháng\s+đầu\s+năm"
    r"(?:\s+((?:19|20)\d\d))?\b",
    re.I,
)
_MONTHLY = re.compile(r"\b(?:kết quả|nhiệm vụ|công tác|tình hình)\s+tháng\s+\d{1,2}\b", re.I)
_DEPUTY = syllable_key("Phó")
_CUA = syllable_key("của")
_COMMITTEE_SUFFIXES = frozenset({syllable_key("ủy"), syllable_key("uỷ")})
OWNER_REACH = 20  # words after a meeting phrase searched for "của" and the body it belongs to
_MONTH_BEFORE = re.compile(r"tháng\s+\d{1,2}\s*$", re.I)
# "tháng 8", "tháng 02": one month named, not "8 tháng" (a count of months) nor a day's month.
_SINGLE_MONTH = re.compile(r"(?<!\d )\btháng\s+(\d{1,2})\b(?![/.-]\d{1,2}[/.-])", re.I)
_NAME_DASHES = frozenset({"-", "–"})
_LATE_BEFORE = re.compile(r"\bcố\s$", re.I)
_DAY_BEFORE = re.compile(r"(?:ngày|\d)\s*$", re.I)
# Words after "Năm 2019," that report a result: a planning verb after them plans nothing.
_RESULT_KEYS = frozenset({syllable_key("đã"), syllable_key("đạt")})
# A news agency's prefix opening the lead ("TPO - ", "(HNM) – "): no word of the sentence.
_AGENCY_PREFIX = re.compile(r"^\s*(?:\([^()]{1,40}\)|[A-ZĐ]{2,10})\s*[-–—]\s+", re.I)
_REGULAR_BEFORE = re.compile(r"(?:thường|định) kỳ\s*$", re.I)
# A document's number ("số 40", "62-NQ/TU") just before: the date or the body after is the
# document's ("Chỉ thị số 40 ngày 22/11/2014 của Ban Bí thư").
_NUMBERED = r"(?:\bsố\s+\d[\w/.–-]*|\d+\s*[-–/]\s*\w*[A-ZĐ][\w/.–-]*)"
_NUMBERED_BEFORE = re.compile(_NUMBERED + r"\s*,?\s*(?:ngày|ban hành ngày)\s*$")
# A council's resolution names the council in capitals, then its term and session on the line
# under it ("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ" / "KHÓA VII, KỲ HỌP THỨ 6"): the council in session.
_ISSUING_SESSION = re.compile(
    r"^[ \t]*(?P<organ>(?:HỘI ĐỒNG NHÂN DÂN|HĐND)[^\n,]{0,60}?)[ \t]*\n"
    r"[ \t]*KH(?:ÓA|OÁ)[ \t]+(?P<term>[IVXLC]+)\b[^\n]{0,4}KỲ HỌP THỨ",
    re.M,
)
# An official document's grounds, one a line: the dates in them are the laws' own.
_LEGAL_BASIS = re.compile(r"[ \t]*(?:Căn cứ|Xét)\b")
_ISSUER_BEFORE = re.compile(_NUMBERED + r"[^.;:]{0,40}\bcủa\s*$")
_SPAN_AFTER = re.compile(r"\s*[-–—]\s*(?:19|20)\d\d\b")
# "đến tháng 6.2018", "tháng 9/2023": a month of a year, as the text dates its figures.
# Case and boundary written out as in _YEAR, for the same fast search.
_MONTH_YEAR = re.compile(r"[tT](?<!\w[tT])[hH][áÁ][nN][gG]\s+\d{1,2}\s?[/.-]\s?((?:19|20)\d\d)\b")
_YEAR_AFTER = re.compile(r"\s*(?:năm\s+|/)?((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class _Rules:
    kinds: dict[str, PhraseSet]
    any_kind: PhraseSet  # every kind's phrases, to find the next candidate fast
    unnamed_kinds: frozenset[str]
    tenure_opening_kinds: frozenset[str]
    not_after: PhraseSet
    reference_acts: PhraseSet
    window_stops: PhraseSet
    organs: PhraseSet
    described_organs: PhraseSet
    organizer_verbs: PhraseSet
    own_meeting_verbs: PhraseSet
    parent_links: PhraseSet
    presiding_verbs: PhraseSet
    chairing_boards: PhraseSet
    organizer_adverbs: PhraseSet
    not_place_words: frozenset[str]
    host_links: PhraseSet
    visit_hosts: PhraseSet
    at_meeting: frozenset[str]
    kind_of_organizer: dict[str, tuple[str, ...]]
    plenary_bodies: tuple[str, ...]
    party_committees: tuple[str, ...]
    placed_organs: tuple[str, ...]
    plenary_agenda: PhraseSet
    regular: PhraseSet
    organ_short_names: dict[str, str]
    term_owners: dict[str, frozenset[str]]
    term_bodies: tuple[str, ...]
    party_body_of_level: dict[str, str]
    date_cues: frozenset[str]
    today: PhraseSet
    date_not_cues: frozenset[str]
    review_after: tuple[str, ...]
    plan_after: tuple[str, ...]
    plan_before: tuple[str, ...]
    year_review_before: tuple[str, ...]
    year_plan_after: tuple[str, ...]
    year_plan_verbs: PhraseSet
    year_plan_verbs_far: PhraseSet
    year_review_verbs_far: PhraseSet
    year_not_after: tuple[str, ...]
    year_measure_before: tuple[str, ...]
    year_part_before: tuple[str, ...]
    year_adjusting_leads: tuple[str, ...]
    year_documents: tuple[str, ...]
    year_clause_leads: frozenset[str]
    chair_cues: tuple[str, ...]
    attendance: tuple[str, ...]
    presiding_cues: frozenset[str]
    visit_cues: frozenset[str]
    title_chair_cues: tuple[str, ...]
    chair_fillers: tuple[str, ...]
    co_chair_links: tuple[str, ...]
    co_chair_counts: frozenset[str]
    skip_titles: tuple[str, ...]
    organ_boards: PhraseSet
    organ_as_led: dict[str, str]
    prefer: dict[str, tuple[str, ...]]
    committee_heads: dict[str, str]
    head_speaks: tuple[str, ...]
    speaking_secretaries: tuple[str, ...]
    report_titles: tuple[str, ...]
    report_issuer_ends: tuple[str, ...]
    report_placeless_organs: frozenset[str]
    report_mottos: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_rules(
        "meetings",
        {
            "not_after": "list[str]",
            "reference_acts": "list[str]",
            "window_stops": "list[str]",
            "organs": "list[str]",
            "described_organs": "list[str]",
            "organizer_verbs": "list[str]",
            "own_meeting_verbs": "list[str]",
            "parent_links": "list[str]",
            "presiding_verbs": "list[str]",
            "chairing_boards": "list[str]",
            "organizer_adverbs": "list[str]",
            "not_place_words": "list[str]",
            "host_links": "list[str]",
            "visit_hosts": "list[str]",
            "at_meeting": "list[str]",
            "kinds": "dict[str,list[str]]",
            "unnamed_kinds": "list[str]",
            "reports": {
                "titles": "list[str]",
                "issuer_ends": "list[str]",
                "placeless_organs": "list[str]",
                "mottos": "list[str]",
            },
            "tenure_opening_kinds": "list[str]",
            "kind_of_organizer": "dict[str,list[str]]",
            "plenary_bodies": "list[str]",
            "party_committees": "list[str]",
            "placed_organs": "list[str]",
            "plenary_agenda": "list[str]",
            "regular_meetings": "list[str]",
            "organ_short_names": "dict[str,str]",
            "term_owners": "dict[str,list[str]]",
            "terms": {"bodies": "list[str]"},
            "party_body_of_level": "dict[str,str]",
            "dates": {"cues": "list[str]", "not_cues": "list[str]", "today": "list[str]"},
            "periods": {
                "review_after": "list[str]",
                "plan_after": "list[str]",
                "plan_before": "list[str]",
                "year_review_before": "list[str]",
                "year_plan_after": "list[str]",
                "year_plan_verbs": "list[str]",
                "year_plan_verbs_far": "list[str]",
                "year_review_verbs_far": "list[str]",
                "year_not_after": "list[str]",
                "year_measure_before": "list[str]",
                "year_part_before": "list[str]",
                "year_adjusting_leads": "list[str]",
                "year_documents": "list[str]",
                "year_clause_leads": "list[str]",
            },
            "chair": {
                "cues": "list[str]",
                "attendance": "list[str]",
                "presiding_cues": "list[str]",
                "visit_cues": "list[str]",
                "title_cues": "list[str]",
                "fillers": "list[str]",
                "co_chair_links": "list[str]",
                "co_chair_counts": "list[str]",
                "skip_titles": "list[str]",
                "organ_boards": "list[str]",
                "organ_as_led": "dict[str,str]",
                "prefer": "dict[str,list[str]]",
                "committee_heads": "dict[str,str]",
                "head_speaks": "list[str]",
                "speaking_secretaries": "list[str]",
            },
        },
    )
    named_kinds = set(data["kinds"]) | set(data["kind_of_organizer"]) | set(data["term_owners"])
    unknown = named_kinds - set(MeetingKind.__args__) - set(data["unnamed_kinds"])  # type: ignore[attr-defined]
    if unknown:
        from tiendo.extract.lexicon import LexiconError

        raise LexiconError(f"lexicon meetings.kinds: not a contract kind: {sorted(unknown)}")

    def longest_first(items: list[str]) -> tuple[str, ...]:
        return tuple(sorted((i.lower() for i in items), key=len, reverse=True))

    periods, chair = data["periods"], data["chair"]
    return _Rules(
        kinds={kind: PhraseSet(phrases) for kind, phrases in data["kinds"].items()},
        any_kind=PhraseSet([p for phrases in data["kinds"].values() for p in phrases]),
        unnamed_kinds=frozenset(data["unnamed_kinds"]),
        tenure_opening_kinds=frozenset(data["tenure_opening_kinds"]),
        not_after=PhraseSet(data["not_after"]),
        reference_acts=PhraseSet(data["reference_acts"]),
        window_stops=PhraseSet(data["window_stops"]),
        organs=PhraseSet(data["organs"]),
        described_organs=PhraseSet(data["described_organs"]),
        organizer_verbs=PhraseSet(data["organizer_verbs"]),
        own_meeting_verbs=PhraseSet(data["own_meeting_verbs"]),
        parent_links=PhraseSet(data["parent_links"]),
        presiding_verbs=PhraseSet(data["presiding_verbs"]),
        chairing_boards=PhraseSet(data["chairing_boards"]),
        organizer_adverbs=PhraseSet(data["organizer_adverbs"]),
        not_place_words=frozenset(syllable_key(w) for w in data["not_place_words"]),
        host_links=PhraseSet(data["host_links"]),
        visit_hosts=PhraseSet(data["visit_hosts"]),
        at_meeting=frozenset(syllable_key(w) for w in data["at_meeting"]),
        kind_of_organizer={
            k: tuple(text_key(b) for b in v) for k, v in data["kind_of_organizer"].items()
        },
        plenary_bodies=tuple(text_key(b) for b in data["plenary_bodies"]),
        party_committees=tuple(text_key(b) for b in data["party_committees"]),
        placed_organs=tuple(text_key(b) for b in data["placed_organs"]),
        plenary_agenda=PhraseSet(data["plenary_agenda"]),
        regular=PhraseSet(data["regular_meetings"]),
        organ_short_names={text_key(k): text_key(v) for k, v in data["organ_short_names"].items()},
        term_owners={k: frozenset(text_key(b) for b in v) for k, v in data["term_owners"].items()},
        term_bodies=tuple(text_key(b) for b in data["terms"]["bodies"]),
        party_body_of_level=data["party_body_of_level"],
        date_cues=frozenset(text_key(c) for c in data["dates"]["cues"]),
        today=PhraseSet(data["dates"]["today"]),
        date_not_cues=frozenset(text_key(c) for c in data["dates"]["not_cues"]),
        review_after=longest_first(periods["review_after"]),
        plan_after=longest_first(periods["plan_after"]),
        plan_before=longest_first(periods["plan_before"]),
        year_review_before=longest_first(periods["year_review_before"]),
        year_plan_after=longest_first(periods["year_plan_after"]),
        year_plan_verbs=PhraseSet(periods["year_plan_verbs"]),
        year_plan_verbs_far=PhraseSet(periods["year_plan_verbs_far"]),
        year_review_verbs_far=PhraseSet(periods["year_review_verbs_far"]),
        year_not_after=longest_first(periods["year_not_after"]),
        year_measure_before=longest_first(periods["year_measure_before"]),
        year_part_before=longest_first(periods["year_part_before"]),
        year_adjusting_leads=longest_first(periods["year_adjusting_leads"]),
        year_documents=longest_first(periods["year_documents"]),
        year_clause_leads=frozenset(w.lower() for w in periods["year_clause_leads"]),
        chair_cues=tuple(c.lower() for c in chair["cues"]),
        attendance=tuple(a.lower() for a in chair["attendance"]),
        presiding_cues=frozenset(c.lower() for c in chair["presiding_cues"]),
        visit_cues=frozenset(c.lower() for c in chair["visit_cues"]),
        title_chair_cues=tuple(c.lower() for c in chair["title_cues"]),
        chair_fillers=longest_first(chair["fillers"]),
        co_chair_links=longest_first(chair["co_chair_links"]),
        co_chair_counts=frozenset(w.lower() for w in chair["co_chair_counts"]),
        skip_titles=tuple(text_key(t) for t in chair["skip_titles"]),
        organ_boards=PhraseSet(chair["organ_boards"]),
        organ_as_led={text_key(k): text_key(v) for k, v in chair["organ_as_led"].items()},
        prefer={k: tuple(text_key(t) for t in v) for k, v in chair["prefer"].items()},
        committee_heads={text_key(k): text_key(v) for k, v in chair["committee_heads"].items()},
        head_speaks=tuple(w.lower() for w in chair["head_speaks"]),
        speaking_secretaries=tuple(text_key(t) for t in chair["speaking_secretaries"]),
        report_titles=tuple(data["reports"]["titles"]),
        report_issuer_ends=tuple(data["reports"]["issuer_ends"]),
        report_placeless_organs=frozenset(
            text_key(organ) for organ in data["reports"]["placeless_organs"]
        ),
        report_mottos=frozenset(text_key(m) for m in data["reports"]["mottos"]),
    )


@dataclass(frozen=True)
class _KindMatch:
    kind: str
    start: int  # word index
    length: int


def extract_meeting(
    text: str, page: Layout, words: Words, mentions: list[Mention]
) -> Meeting | None:
    """The meeting reported in ``text``, or None when no meeting is named."""
    report = _report(text, page)
    if report is not None:
        return report
    zone = _lead_zone(text, page, words)
    match = _kind_match(words, zone) or _own_meeting_match(words, zone)
    if match is None:
        # A lead that opens on the results may name the meeting only further on ("… báo
        # cáo với Hội nghị", "Tại hội nghị giao ban, …").
        match = _kind_match(words, sentences(text, page.body_start, page.body_end), congress=0)
    if match is None:
        return None
    mention = _date_mention(text, zone)
    review, plan = _periods(text, zone)
    windows = _windows(text, words, match)
    session = _session(windows[0][0]) or _first(_session(w) for w, ref in windows if not ref)
    same_meeting = [
        w
        for w, reference in windows
        if (_session(w) == session and session is not None)
        or (not reference and _session(w) is None)
    ]
    organizer, descriptor = _organizer(text, words, zone, match)
    extended = any(_EXTENDED.search(w.text) for w in same_meeting)
    own = (
        session is not None
        or extended
        or _meets(text, zone, organizer)
        or _regular(words, match, zone)
    )
    kind = _kind_of(match.kind, organizer, own or _on_the_work(words, match, organizer))
    if kind == COUNCIL_KIND and organizer:
        # "Thường trực HĐND huyện A khai mạc kỳ họp thứ 7": the council holds its session.
        organizer = _presided(organizer)
    # The organ's own term and tenure ("HĐND huyện A (khóa XI) khai mạc …") come after
    # those of the meeting phrase.
    described = [*(w.text for w in same_meeting), *([descriptor] if descriptor else [])]
    meeting = Meeting(
        organizer=organizer,
        kind=None if kind in _rules().unnamed_kinds else kind,  # type: ignore[arg-type]
        session=session,
        extended=extended,
        term=_first(_term(w, kind) for w in described),
        tenure=_first(_tenure(w) for w in described) or _zone_tenure(zone),
        review=review,
        plan=plan,
    )
    if review and review.year is None:
        review.year = (
            (mention.year if mention else None)
            or _text_year(text, page.stamp_year)
            or page.stamp_year
        )
        if plan and plan.year is None and review.year and plan.months != 12:
            plan.year = review.year
    # A meeting that plans a whole year with no period reviewed named sits at the end of the
    # year before ("Ngày 26-12, UBND xã giao chỉ tiêu kế hoạch … năm 2026").
    before_plan = None
    if review is None and plan and plan.months and plan.year:
        # ... and one that plans the last months of a year, after the months before them
        # ("Ngày 20/8, … 6 tháng cuối năm 2025").
        before_plan = (
            PeriodRef(months=12, year=plan.year - 1)
            if plan.months == 12
            else PeriodRef(months=12 - plan.months, year=plan.year)
        )
    if mention and not mention.year and meeting.tenure and kind in _rules().tenure_opening_kinds:
        meeting.date = mention.iso(meeting.tenure[0])
    elif mention:
        meeting.date = _resolve(mention, review or before_plan, zone, text, page)
    elif page.published_on and _says_today(words, zone):
        meeting.date = page.published_on  # "Sáng nay, HĐND …" under "Thứ 7, 17/12/2022"
    if plan and plan.year is None and plan.months == 1 and meeting.date:
        plan.year = int(meeting.date[:4])  # the month after a monthly meeting's
    # "kỷ niệm … ngày sinh cố Tổng Bí thư Lê Duẩn": the late leader named chairs nothing
    living = [m for m in mentions if not _LATE_BEFORE.search(text, max(0, m.start - 4), m.start)]
    meeting.chair = _chair(text, living, kind, organizer)
    if meeting.chair is None and organizer is None:
        meeting.chair = _secretary_speaking(text, words, living, match)
    if meeting.organizer is None:
        meeting.organizer = _chair_organ(meeting.chair) or _later_organ(text, words, windows, match)
        if meeting.kind == kind:
            # "… dự hội nghị Ban Chấp hành Đảng bộ huyện A khóa VIII lần thứ 18": the body
            # named later makes a numbered conference its plenum too.
            meeting.kind = _kind_of(kind, meeting.organizer, own)  # type: ignore[assignment]
    if meeting.organizer is None or meeting.term is None:
        issuer = _ISSUING_SESSION.search(text)
        if issuer is not None:
            meeting.organizer = meeting.organizer or issuer["organ"].strip()
            meeting.term = meeting.term or issuer["term"]
            resolution = own_document(text) if meeting.date is None else None
            # the council passed its resolution on the day the resolution is dated
            meeting.date = meeting.date or (resolution.date if resolution is not None else None)
    if meeting.organizer and _starts_with_any(text_key(meeting.organizer), _rules().placed_organs):
        # "UBND tỉnh tổ chức phiên họp …" in a report on Hà Giang: the organ of that place
        meeting.organizer = _with_place(text, words, meeting.organizer)
    return meeting


def _host_body(text: str, words: Words, zone: list[Segment], rules: _Rules) -> str | None:
    """The body a working visit meets, named after "làm việc với" in the headline or lead, or
    the place whose leaders it meets ("làm việc với lãnh đạo chủ chốt của tỉnh Bắc Ninh")."""
    for seg in zone:
        i = words.first_from(seg.start)
        while (hit := rules.visit_hosts.find(words, i, seg.end)) is not None:
            k = hit[0] + hit[1]
            body = _org_at(text, words, k) if k < len(words) else None
            if body:
                return body
            leaders = rules.host_links.longest_at(words, k) if k < len(words) else 0
            at = k + leaders
            host = None
            if leaders and at < len(words):
                host = _org_at(text, words, at) or _place_at(text, words, at)
            if host:
                return host
            i = k
    return None


def _meets(text: str, zone: list[Segment], organizer: str | None) -> bool:
    """The organizer itself meets ("BCH Đảng bộ xã họp đánh giá …", "Ban Chấp hành … đã
    tổ chức họp"), rather than holding a conference for others."""
    if not organizer:
        return False
    rules = _rules()
    # "Ban Thường vụ (BTV) Thành ủy họp …": the name as written may hold its abbreviation
    written = re.compile(r"\s+(?:\([^()\s]{1,12}\)\s+)?".join(map(re.escape, organizer.split())))
    for seg in zone:
        found = written.search(seg.text)
        if found is None:
            continue
        after = Words(seg.text[found.end() : found.end() + WINDOW_CHARS])
        k = 0
        for _ in range(2):
            k += rules.organizer_adverbs.longest_at(after, k)
        return bool(rules.own_meeting_verbs.longest_at(after, k))
    return False


def _kind_of(kind: str, organizer: str | None, own: bool) -> str:
    """A generic conference held by an executive body that is numbered, extended or where
    the body itself meets, is its plenum; so is a plenary body's conference on its work.
    A "kỳ họp" is a council's session: one held by a Party committee ("Ban Chấp hành Đảng bộ
    huyện … tổ chức kỳ họp lần thứ 3", "Thị ủy A tổ chức kỳ họp thứ 20") is its plenum; a
    "cuộc họp" of a Party committee's standing board ("Ban Thường vụ Huyện ủy tổ chức cuộc họp
    mở rộng") is the board's conference, not a People's Committee meeting."""
    if not organizer:
        return kind
    key = text_key(organizer)
    if kind == COUNCIL_KIND:
        return PLENUM_KIND if _starts_with_any(key, _rules().party_committees) else kind
    if kind != COMMITTEE_KIND and (kind != GENERIC_KIND or not own):
        return kind
    for body_kind, bodies in _rules().kind_of_organizer.items():
        if _starts_with_any(key, bodies):
            return body_kind
    return kind


def _regular(words: Words, match: _KindMatch, zone: list[Segment]) -> bool:
    """ "Hội nghị thường kỳ tháng 10", "Hội nghị sơ kết công tác tháng 8": the body's own
    regular or monthly meeting."""
    if _rules().regular.longest_at(words, match.start + match.length):
        return True
    return any(_MONTHLY.search(seg.text) for seg in zone)


def _on_the_work(words: Words, match: _KindMatch, organizer: str | None) -> bool:
    """ "Ban Chấp hành … tổ chức hội nghị đánh giá …": a plenary body's conference on its work;
    so is one named by the review itself ("Đảng bộ huyện A sơ kết giữa nhiệm kỳ")."""
    rules = _rules()
    after = match.start + match.length
    return (
        organizer is not None
        and _starts_with_any(text_key(organizer), rules.plenary_bodies)
        and after < len(words)
        and bool(
            rules.plenary_agenda.longest_at(words, after)
            or rules.plenary_agenda.longest_at(words, match.start) == match.length
        )
    )


def _starts_with_any(key: str, bodies: tuple[str, ...]) -> bool:
    return any(key == b or key.startswith(b + " ") for b in bodies)


def _first(values: Iterable[T | None]) -> T | None:
    for value in values:
        if value is not None:
            return value
    return None


def _report(text: str, page: Layout) -> Meeting | None:
    """An official report ("BÁO CÁO" over its subject, under the header of the organ issuing
    it) names no meeting: the issuer and the periods its subject names stand in the
    meeting's place, kind and date unknown."""
    title = page.title
    if title is None or not title.text.startswith(_rules().report_titles):
        return None
    issuer = report_issuer(text, page)
    if issuer is None:
        return None  # a headline that opens on "BÁO CÁO", with no document's header above
    review, plan, _ = _periods_in([title])
    if review is None and plan is None:
        return None
    _years(text, review, plan)
    return Meeting(organizer=issuer, review=review, plan=plan)


def report_issuer(text: str, page: Layout) -> str | None:
    """The organ whose document header stands above the headline, or None."""
    return _issuer(text[: page.title.start], _rules()) if page.title is not None else None


def _issuer(header: str, rules: _Rules) -> str | None:
    """The organ a document's header names: the line in capitals above the Party's star or
    the number ("ĐẢNG BỘ TỈNH LẠNG SƠN / THÀNH ỦY LẠNG SƠN / * / Số 215-BC/TU"), after the
    organ's line above it when the organ is written without its place ("ỦY BAN NHÂN DÂN /
    HUYỆN BẮC SƠN").
    A line of two columns (the issuer, then the motto, between tabs) is read by its first."""
    cells = (line.split("\t")[0].strip() for line in header.split("\n"))
    # The motto ("ĐẢNG CỘNG SẢN VIỆT NAM") may stand between the issuer and its star.
    lines = [line for line in cells if line and text_key(line) not in rules.report_mottos]
    ends = tuple(f"{e}{mark}" for e in rules.report_issuer_ends for mark in " :")
    end = next((i for i, line in enumerate(lines) if line == "*" or line.startswith(ends)), None)
    if not end or not lines[end - 1].isupper():
        return None
    issuer = lines[end - 1]
    if end >= 2 and text_key(lines[end - 2]) in rules.report_placeless_organs:
        issuer = f"{lines[end - 2]} {issuer}"
    return issuer


def _lead_zone(text: str, page: Layout, words: Words) -> list[Segment]:
    """The headline, then the first sentences of the body (photo captions passed over),
    and, when these date no meeting, the first sentence further on that opens with the
    meeting's date and names it ("Ngày 9/12, Ban Chấp hành … tổ chức hội nghị lần thứ 4"
    after a summary of the results)."""
    zone = [page.title] if page.title else []
    opening = sentences(text, page.body_start, page.body_end, DATE_SENTENCES + LEAD_SENTENCES)
    body = [s for s in opening if not _in_caption(text, s)]
    zone.extend(body[:LEAD_SENTENCES])
    if _date_mention(text, zone) is None:
        rules = _rules()
        for seg in body[LEAD_SENTENCES:DATE_SENTENCES]:
            named = rules.any_kind.find(words, words.first_from(seg.start), seg.end)
            if named is not None and _date_mention(text, [seg]) is not None:
                zone.append(seg)
                break
    return zone


def _in_caption(text: str, seg: Segment) -> bool:
    """The sentence is a caption, or part of a caption line ("Đại biểu tham dự hội nghị.
    Ảnh: Nguyễn Sơn")."""
    if is_caption(seg.text):
        return True
    start, end = text.rfind("\n", 0, seg.start) + 1, text.find("\n", seg.end)
    end = len(text) if end < 0 else end
    return end - start <= CAPTION_LINE_CHARS and is_caption(text[start:end])


# Kind --------------------------------------------------------------------------------------


def _kind_match(
    words: Words, zone: list[Segment], congress: int = UNNAMED_KIND_SEGMENTS
) -> _KindMatch | None:
    """The meeting's kind named first in ``zone``, a specific one before a generic one; a
    kind the contract does not name only in the first ``congress`` segments."""
    rules = _rules()
    generic: _KindMatch | None = None
    for n, segment in enumerate(zone):
        i = words.first_from(segment.start)
        while True:
            hit = rules.any_kind.find(words, i, segment.end)
            if hit is None:
                break
            i = hit[0]
            found = _kind_at(words, i, rules)
            # A congress is the one reported only when the headline or the lead's first
            # sentence names it, not the other articles' headlines listed after them.
            if found is not None and (found.kind not in rules.unnamed_kinds or n < congress):
                if found.kind != GENERIC_KIND and found.kind not in rules.unnamed_kinds:
                    return found
                generic = generic or found
            i += 1
    return generic


def _own_meeting_match(words: Words, zone: list[Segment]) -> _KindMatch | None:
    """No meeting phrase in the headline and lead, but a body that meets ("Ban Thường vụ
    Huyện ủy A họp cho ý kiến …", "UBND tỉnh họp trực tuyến với các huyện"): the verb stands
    for a conference, which the body that meets then names."""
    rules = _rules()
    for segment in zone:
        hit = rules.own_meeting_verbs.find(words, words.first_from(segment.start), segment.end)
        if hit is not None and hit[0] > 0 and rules.organs.find(
            words, words.first_from(segment.start), words[hit[0]].start
        ):
            return _KindMatch(GENERIC_KIND, hit[0], hit[1])
    return None


def _kind_at(words: Words, i: int, rules: _Rules) -> _KindMatch | None:
    best: _KindMatch | None = None
    for kind, phrases in rules.kinds.items():
        n = phrases.longest_at(words, i)
        if n and (best is None or n > best.length):
            best = _KindMatch(kind, i, n)
    if best is None or _after_reference(words, i, rules):
        return None
    return best


def _after_reference(words: Words, i: int, rules: _Rules) -> bool:
    """The meeting phrase is part of a document's name ("Nghị quyết Hội nghị Trung ương 8")."""
    for back in (1, 2, 3, 4):
        j = i - back
        if j >= 0 and rules.not_after.longest_at(words, j) == back and words.joined(i):
            # "Phát biểu kết luận hội nghị lần thứ 6, …": the act of concluding, no document
            return not any(
                j - k >= 0 and rules.reference_acts.longest_at(words, j - k) == k
                for k in (1, 2)
            )
    return False


# Windows: the words describing one mention of the meeting -----------------------------------


def _windows(text: str, words: Words, match: _KindMatch) -> list[tuple[Segment, bool]]:
    """The description after the decisive mention, then after every other mention of its
    kind, each with whether it is a document's reference to the meeting."""
    rules = _rules()
    out = [(_window(text, words, match.start, match.length), False)]
    phrases = rules.kinds[match.kind]
    i = 0
    while (hit := phrases.find(words, i, len(text))) is not None:
        i, n = hit
        if i != match.start:
            out.append((_window(text, words, i, n), _after_reference(words, i, rules)))
        i += 1
    return out


def _window(text: str, words: Words, start: int, length: int) -> Segment:
    rules = _rules()
    begin = words.starts[start]
    limit = begin + WINDOW_CHARS
    i = start + length
    end = words.ends[i - 1]
    while i < len(words) and words.starts[i] < limit:
        gap = words.gap(i)
        # "HĐND TP. Hải Phòng khóa XVI": an abbreviation's full stop goes on
        stop = gap.replace(".", "", 1) if gap.strip() == "." and is_abbreviation(words[i - 1].text) else gap
        if any(ch in stop for ch in ".;:!?\n") or rules.window_stops.longest_at(words, i):
            break
        end = words.ends[i]
        i += 1
    if i < len(words) and words.gap(i).lstrip().startswith(")"):
        end = text.index(")", end) + 1
    return Segment(text[begin:end], begin, end)


def _session(window: Segment) -> int | None:
    m = _SESSION.search(window.text)
    if not m:
        return None
    raw = m.group(1)
    if raw.isdigit():
        return int(raw)
    roman = roman_to_int(raw) if raw.isupper() else None
    if roman:
        return roman
    parts = raw.split()
    for n in range(len(parts), 0, -1):
        value = number_word(" ".join(parts[:n]))
        if value:
            return value
    return None


def _term(window: str, kind: str) -> str | None:
    """The first term in ``window`` that belongs to a body that can hold this kind of
    meeting (a People's Council session's term is the Council's, never the Committee's)."""
    for m in _TERM.finditer(window):
        raw = m.group(1)
        if not _owns_term(window[: m.start()], kind):
            continue
        if raw.isdigit():
            return int_to_roman(int(raw))
        if raw.isupper() and roman_to_int(raw):
            return raw
    return None


def _owns_term(before: str, kind: str) -> bool:
    owners = _rules().term_owners.get(kind)
    if owners is None:
        return True
    key = f" {text_key(before)}"
    best, owner = -1, None
    for body in _rules().term_bodies:
        pos = key.rfind(f" {body}")
        if pos > best:
            best, owner = pos, body
    return owner is None or owner in owners


def _zone_tenure(zone: list[Segment]) -> tuple[int, int] | None:
    """The one tenure the headline and lead name after a body's term ("HĐND huyện A khóa XII,
    nhiệm kỳ 2021-2026 khai mạc …"): the term the meeting sits in; none when they name two,
    nor one of a congress or an election ("Nghị quyết Đại hội … nhiệm kỳ 2020-2025")."""
    found = set()
    for seg in zone:
        for m in _TENURE.finditer(seg.text):
            before = seg.text[max(0, m.start() - TENURE_OWNER_CHARS) : m.start()]
            if _TERM_BEFORE.search(before) and not _NOT_THE_MEETINGS.search(before):
                found.add((int(m.group(1)), int(m.group(2))))
    return found.pop() if len(found) == 1 else None


def _tenure(window: str) -> tuple[int, int] | None:
    m = _TENURE.search(window)
    if not m:
        return None
    first, last = int(m.group(1)), int(m.group(2))
    return (first, last) if 0 < last - first <= 10 else None


# Organizer ---------------------------------------------------------------------------------


def _organizer(
    text: str, words: Words, zone: list[Segment], match: _KindMatch
) -> tuple[str | None, str | None]:
    """Who holds the meeting, and the words describing that body (its term and tenure)."""
    rules = _rules()
    if match.kind == VISIT_KIND:
        j = match.start + match.length
        if j < len(words) and words.keys[j] == _CUA:
            # "buổi làm việc của Thường trực Tỉnh ủy với Bảo hiểm xã hội tỉnh": the visitor
            # first, then the host.
            visitor_end = org_end(words, j + 1, first=True)
            if rules.host_links.longest_at(words, visitor_end):
                j = visitor_end
        j += rules.host_links.longest_at(words, j)
        host = _org_at(text, words, j)
        if host:
            return host, None
        # "… làm việc tại tỉnh Lạng Sơn" in the headline: the lead may name the host's body
        # ("… có buổi làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn").
        place = _place_at(text, words, j)
        body = _host_body(text, words, zone, rules)
        if place or body:
            return body or place, None
    headline: tuple[str, str] | None = None
    for segment in zone:
        if segment.text.isupper():
            continue  # a headline in capitals does not show where a name ends
        i = words.first_from(segment.start)
        while i < len(words) and words.starts[i] < segment.end:
            if (
                rules.organs.longest_at(words, i)
                and is_capital(words[i].text)
                and not _in_title(words, i)
                and not _ends_a_name(words, i)
                and not _ISSUER_BEFORE.search(text, max(0, words.starts[i] - 80), words.starts[i])
            ):
                # "Liên minh hợp tác xã tỉnh": the organ's own lower-case words, then its name
                n = rules.organs.longest_at(words, i)
                end = max(org_end(words, i, first=True), org_end(words, i + n) if n > 1 else 0)
                end = _before_holder(text, words, i, end)
                end = _before_kind(words, i, _past_short_name(text, words, end), rules)
                found = _acts(text, words, i, end)
                if found is None and rules.described_organs.longest_at(words, i):
                    found = _described_acts(text, words, i, end, segment.end)
                if found is not None:
                    stop, descriptor, verb = found
                    named = _committee(text, words, i, stop)
                    if rules.presiding_verbs.longest_at(words, verb):
                        named = _presided(named)
                    if headline is None and segment is zone[0] and len(zone) > 1:
                        # The headline's short name gives way to the body's full one
                        # ("HĐND huyện" → "HĐND huyện Yên Lập khoá IX, …").
                        headline = (named, descriptor)
                        break
                    if headline and not _extends(named, headline[0]):
                        return headline
                    return named, descriptor
                i = end
                continue
            i += 1
    if headline is not None:
        return headline
    subject = _subject_after_meeting(text, words, match, rules)
    if subject is not None:
        return subject, None
    place = _place_holding(text, words, zone, rules)
    if place is not None:
        return place, None
    window_end = _window(text, words, match.start, match.length).end
    i = match.start + 1
    last = match.start + match.length
    if last + 2 < len(words) and words.keys[last : last + 2] == _LAN_THU:
        last += 3  # "kỳ họp lần thứ 11 HĐND tỉnh": past the session's number
    elif last < len(words) and words.keys[last - 1] == _LAN_THU[1]:
        last += 1  # "Kỳ họp thứ 3 HĐND phường A": the kind ends on "thứ", its number next
    while i < len(words) and words.starts[i] < window_end and i <= last:
        # "Kỳ họp thứ 2, HĐND huyện A khóa XX", "kỳ họp thứ 9 - HĐND tỉnh": a mark may stand
        # between the session's number and its council.
        marked = i == last and _session_mark(words, i)
        organ = _org_at(text, words, i, marked)
        if organ:
            return _with_place(text, words, organ), None
        i += 1
    # "Lai Châu: … tại Kỳ họp thứ 2" in the headline, "… tại Kỳ họp thứ 2, HĐND tỉnh Khóa XV"
    # in the lead: the session named again with its council; "kỳ họp thứ 13.HĐND thị xã": its
    # number's full stop, typed glued, ended the window.
    for segment in zone:
        k = words.first_from(segment.start)
        while k + match.length + 1 < len(words) and words.starts[k] < segment.end:
            after = k + match.length
            again = words.keys[k : after] == words.keys[match.start : match.start + match.length]
            if again and words.keys[after - 1] == _LAN_THU[1] and _session_mark(words, after + 1):
                organ = _org_at(text, words, after + 1, True)
                if organ:
                    return _with_place(text, words, organ), None
            k += 1
    return _owner_after(text, words, match), None


def _named_after_person(text: str, words: Words, holder: int, end: int, rules: _Rules) -> bool:
    """ "Đảng ủy phường Phùng Chí Kiên (TP. Bắc Kạn) tổ chức …": a ward named after a person,
    its level in lower case right before the name and, past what describes it, a verb of
    holding (not of presiding)."""
    verb = words.first_from(_descriptor(text, words.ends[end - 1]).end())
    return (
        words[holder - 1].text.islower()
        and lexicon().levels.longest_at(words, holder - 1) == 1
        and verb < len(words)
        and bool(rules.organizer_verbs.longest_at(words, verb))
        and not rules.presiding_verbs.longest_at(words, verb)
    )


def _session_mark(words: Words, i: int) -> bool:
    """A mark between a session's number and its council: a comma, a dash, or a full stop
    typed with no space after it ("kỳ họp thứ 13.HĐND thị xã")."""
    gap = words.gap(i)
    return gap.strip() in (",", "-", "–", "—") or gap == "."


def _subject_after_meeting(
    text: str, words: Words, match: _KindMatch, rules: _Rules
) -> str | None:
    """ "Ngày 11-6, tại hội nghị sơ kết …, Quận ủy Thanh Khê cho biết …": the meeting named in
    an opening clause of place, the organ that opens the main clause after it holds it."""
    if match.start == 0 or words.keys[match.start - 1] not in rules.at_meeting:
        return None
    end = _sentence_end_at(text, words.starts[match.start])
    first = match.start + match.length
    for k in range(first, min(len(words), first + AT_MEETING_REACH)):
        if words.starts[k] >= end:
            break
        if "," not in words.gap(k) or not rules.organs.longest_at(words, k):
            continue
        if not is_capital(words[k].text) or _in_title(words, k):
            continue
        # "Liên đoàn Lao động (LĐLĐ) quận Cẩm Lệ cho biết": its short name inside the name
        stop = _past_short_name(text, words, org_end(words, k, first=True))
        if stop < len(words) and words.joined(stop) and words[stop].text.islower():
            return _committee(text, words, k, stop)
    return None


def _extends(body: str, headline: str) -> bool:
    """The body's name goes on from the headline's, or names the same organ ("HĐND xã A" for
    "Hội đồng nhân dân xã A", "Ban Thường vụ Tỉnh ủy" for "BTV Tỉnh ủy"), or its plenary
    body ("Ban Chấp hành Đảng bộ huyện A" for "Đảng bộ huyện A"): the body's wording."""
    rules = _rules()
    short = rules.organ_short_names

    def spelt(name: str) -> str:
        return " ".join(short.get(w, w) for w in text_key(name).split())

    full, head = spelt(body), spelt(headline)
    plenary = next((p for p in rules.plenary_bodies if full.startswith(f"{spelt(p)} ")), None)
    return full.startswith(head) or (
        plenary is not None and full[len(spelt(plenary)) + 1 :].startswith(head)
    )


def _owner_after(text: str, words: Words, match: _KindMatch) -> str | None:
    """ "Hội nghị tổng kết công tác năm 2016 … của Công an tỉnh A": the body the meeting
    belongs to, after "của" later in its sentence."""
    end = _sentence_end_at(text, words.starts[match.start])
    stop = min(len(words) - 1, match.start + match.length + OWNER_REACH)
    for i in range(match.start + match.length, stop):
        if words.starts[i] >= end:
            break
        if words.keys[i] == _CUA and words.joined(i + 1):
            organ = _org_at(text, words, i + 1)
            if organ:
                return organ
    return None


def _sentence_end_at(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos) for c in ".;\n") if i >= 0]
    return min(ends) if ends else len(text)


def _place_holding(text: str, words: Words, zone: list[Segment], rules: _Rules) -> str | None:
    """ "Sáng 24-11, huyện A tổ chức hội nghị tổng kết …": a place named as the subject of a
    holding verb holds the meeting."""
    for segment in zone:
        first = words.first_from(segment.start)
        for i in range(first, words.first_from(segment.end)):
            # The place opens its clause: "Phó Chủ tịch HĐND tỉnh A đánh giá" names a person.
            if i > first and not words.gap(i).strip():
                continue
            end = _place_end(words, i, opening=True)
            if not end or end >= len(words):
                continue
            k = end
            if not words.joined(end):
                # "phường Đông Hòa, TP HCM tổ chức …": the city it belongs to, set off by commas
                k = _belongs_to_end(words, end)
                if not k:
                    continue
            for _ in range(2):
                k += rules.organizer_adverbs.longest_at(words, k)
            if rules.organizer_verbs.longest_at(words, k) and words.starts[k] < segment.end:
                return text[words.starts[i] : words.ends[end - 1]]
    return None


def _belongs_to_end(words: Words, k: int) -> int:
    """Past ", TP HCM" or ", tỉnh Gia Lai" at word ``k`` (a comma before it): the place the one
    before belongs to, or 0."""
    if words.gap(k).strip() != ",":
        return 0
    end = _place_end(words, k, opening=True)
    if not end:
        end = k
        while end < len(words) and end - k < 3 and (end == k or words.joined(end)) and (
            words[end].text[:1].isupper()
        ):
            end += 1
    return end if end > k and end < len(words) and words.joined(end) else 0


def _before_kind(words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "hội nghị Tỉnh ủy và Kỳ họp HĐND tỉnh": the organ ends before a meeting phrase (and
    the "và" that joins it), which is no part of its name."""
    for k in range(start + 1, end):
        if _kind_at(words, k, rules) is not None:
            return k - 1 if words[k - 1].text == "và" and k - 1 > start else k
    return end


def _later_organ(
    text: str, words: Words, windows: list[tuple[Segment, bool]], match: _KindMatch
) -> str | None:
    """An organ right after a later mention of the meeting ("Kỳ họp thứ 3 HĐND huyện sẽ làm
    việc đến …"), its number in between."""
    phrases = _rules().kinds[match.kind]
    for window, reference in windows[1:]:
        if reference:
            continue
        i = words.first_from(window.start)
        n = phrases.longest_at(words, i)
        for j in range(i + n, min(i + n + 2, len(words))):
            if words.starts[j] >= window.end:
                break
            organ = _org_at(text, words, j)
            if organ:
                return _with_place(text, words, organ)
    return None


def _chair_organ(chair: Chair | None) -> str | None:
    """The body the chair heads ("Chủ tịch UBND tỉnh" → "UBND tỉnh"): who holds a meeting
    that the text names only by its chair ("Chủ tịch UBND tỉnh A chủ trì phiên họp")."""
    if chair is None or not chair.title:
        return None
    title_words = Words(chair.title)
    if title_words.keys[:1] == [_DEPUTY]:
        return None  # a deputy who opens or chairs speaks for the body, not as its head
    n = lexicon().heads.longest_at(title_words, 0)
    if not n or not _rules().organs.longest_at(title_words, n):
        return None
    return chair.title[title_words[n].start :]


def _described_acts(
    text: str, words: Words, start: int, end: int, limit: int
) -> tuple[int, str, int] | None:
    """``_acts`` for a body named by what it steers: its lower-case description runs on, past
    commas, to the level and place it serves ("Ban Chỉ đạo phòng, chống tội phạm … huyện Chư
    Prông họp …"), where the holding verb follows."""
    levels = lexicon().levels
    for k in range(end, min(end + DESCRIBED_WORDS, len(words))):
        if words.starts[k] >= limit or any(mark in words.gap(k) for mark in ".;:\n"):
            return None
        if levels.longest_at(words, k):
            stop = _past_short_name(text, words, org_end(words, k, first=True))
            found = _acts(text, words, start, stop)
            if found is not None:
                return found
    return None


def _acts(text: str, words: Words, start: int, end: int) -> tuple[int, str, int] | None:
    """If the organ ``words[start:end]`` is the subject of a holding verb ("tổ chức", "khai
    mạc") or names the meeting ("HĐND thành phố A khóa VI, kỳ họp thứ hai"), where the organ
    ends, the description between it and the verb, and where the verb starts. A lower-case
    place ("HĐND huyện Tam đảo khai mạc") may take a word or two more."""
    rules = _rules()
    for stop in range(end, min(end + 3, len(words) + 1)):
        if stop > end:
            extra = words[stop - 1]
            if (
                not words.joined(stop - 1)
                or not extra.text.isalpha()
                or not extra.text.islower()
                or extra.key in rules.not_place_words
                or rules.organizer_verbs.longest_at(words, stop - 1)
                or not is_capital(words[end - 1].text)
            ):
                return None
        m = _descriptor(text, words.ends[stop - 1])
        # "UBND Q. Cẩm Lệ (Đà Nẵng) ngày 19-1 tổ chức …": the date between the organ and its verb
        dated = _DATE_BEFORE_VERB.match(text, m.end())
        after = dated.end() if dated else m.end()
        j = words.first_from(after)
        if j >= len(words) or "\n" in text[words.ends[stop - 1] : words.starts[j]]:
            continue
        between = text[after : words.starts[j]]
        # The province after a district's organ ("Huyện ủy A, tỉnh B tổ chức …", "Ban Chấp
        # hành Đảng bộ quận A, TPHCM khóa XII tổ chức …"), its term after it.
        place_end = (_place_end(words, j) or _belongs_to_end(words, j)) if between.strip() == "," else 0
        if place_end and place_end < len(words) and words.joined(place_end):
            described = _descriptor(text, words.ends[place_end - 1])
            if described.group().strip():
                m = described
                j = words.first_from(described.end())
                between = text[described.end() : words.starts[j]] if j < len(words) else ""
            else:
                j, between = place_end, ""
        # The body it belongs to ("Phòng Giáo dục tiểu học thuộc Sở Giáo dục và Đào tạo tổ
        # chức …") describes the organ.
        if not between.strip() and (link := rules.parent_links.longest_at(words, j)):
            j, between = _past_parent(text, words, j + link), ""
        k = j
        for _ in range(2):
            k += rules.organizer_adverbs.longest_at(words, k)
        if k >= len(words):
            continue
        spaced = words.joined(k) if k > j else not between.strip()
        # A headline's "Huyện ủy A: Đánh giá tình hình …" names the organ, then what it does;
        # "HĐND tỉnh A khóa XIII, nhiệm kỳ 2021 - 2026, khai mạc …": a comma closes its term.
        closed = between.strip() == ":" or (between.strip() == "," and bool(m.group().strip()))
        if ((spaced or closed) and rules.organizer_verbs.longest_at(words, k)) or (
            (spaced or between.strip() == ",") and _kind_at(words, k, rules)
        ):
            return stop, m.group(), k
    return None


def _past_short_name(text: str, words: Words, end: int) -> int:
    """ "Hội Nông dân (HND) tỉnh tổ chức …": the organ's name goes on after its short name in
    brackets; the index past the rest of it (``end`` when nothing of the name follows)."""
    if end <= 0 or end >= len(words):
        return end
    short = _SHORT_NAME.match(text, words.ends[end - 1])
    if short is None:
        return end
    j = words.first_from(short.end())
    if j >= len(words) or not lexicon().org_words.longest_at(words, j):
        return end
    return org_end(words, j, first=True)


def _past_parent(text: str, words: Words, i: int) -> int:
    """The word after the parent body starting at ``words[i]`` and its bracketed short name."""
    if i >= len(words) or not _rules().organs.longest_at(words, i):
        return i - 1
    end = org_end(words, i, first=True)
    if end < len(words) and words.gap(end).strip() == "(":
        close = text.find(")", words.ends[end - 1], words.ends[end - 1] + WINDOW_CHARS // 4)
        if close >= 0:
            end = words.first_from(close)
    return end


def _presided(organ: str) -> str:
    """A committee's standing board that chairs a conference chairs it for the committee
    ("Thường trực Thành ủy chủ trì hội nghị" → "Thành ủy")."""
    organ_words = Words(organ)
    n = _rules().chairing_boards.longest_at(organ_words, 0)
    if not n or n >= len(organ_words) or not _rules().organs.longest_at(organ_words, n):
        return organ
    return organ[organ_words[n].start :]


def _place_at(text: str, words: Words, i: int) -> str | None:
    """``huyện Bắc Sơn``: a lower-case level and a capitalised place (a visit's host)."""
    end = _place_end(words, i)
    return text[words.starts[i] : words.ends[end - 1]] if end else None


def _place_end(words: Words, i: int, opening: bool = False) -> int:
    """The index past ``huyện Bắc Sơn`` starting at word ``i``, or 0 when none starts there.
    A clause ``opening`` on the place may write its level in capitals ("Huyện Xuân Lộc vừa tổ
    chức …"), but "Huyện Ủy …" is the committee."""
    level = lexicon().levels.longest_at(words, i)
    if not level:
        return 0
    j = i + level
    capital_ok = opening and j < len(words) and words.keys[j] not in _COMMITTEE_SUFFIXES
    if not (words[i].text.islower() or capital_ok):
        return 0
    k = j
    while k < len(words) and k - j < 4 and words.joined(k) and is_name_syllable(words[k].text):
        k += 1
    # "tỉnh Thừa Thiên - Huế", "Bà Rịa-Vũng Tàu": a dash between two capitalised names
    if k > j and k < len(words) and words.gap(k).strip() in _NAME_DASHES:
        m = k
        while m < len(words) and m - k < 3 and (m == k or words.joined(m)) and is_name_syllable(words[m].text):
            m += 1
        k = m if m > k else k
    return k if k > j else 0


def _org_at(text: str, words: Words, i: int, marked: bool = False) -> str | None:
    """The organ phrase that starts at word ``i`` (``Ban Thường vụ Thành ủy Lạng Sơn``);
    ``marked``: after a comma or a dash, not only after spaces."""
    if i >= len(words) or not _rules().organs.longest_at(words, i) or not is_capital(words[i].text):
        return None
    if not (marked or words.joined(i)) or _in_title(words, i):
        return None
    if _ends_a_name(words, i):
        return None  # "TP. Hải Phòng phát biểu": "Phòng" ends the city's name, no office
    end = _before_holder(text, words, i, org_end(words, i, first=marked))
    # "HĐND tỉnh Khóa XV": the term, capitalised, is no part of the name
    term = next((k for k in range(i + 1, end) if _TERM.match(text, words.starts[k])), end)
    return _committee(text, words, i, term)


def _before_holder(text: str, words: Words, i: int, end: int) -> int:
    """ "… Ngân hàng Chính sách xã hội tỉnh Nguyễn Ngọc Sâm chủ trì", "Bí thư Đảng ủy Quân sự
    tỉnh Lê Văn Thanh": a title's holder ends the organ phrase from ``i`` to ``end``; two
    syllables may be a place ("Huyện ủy Yên Lập")."""
    holder = split_trailing_name(words, i + 1, end)
    if (
        holder is not None
        and end - holder >= FULL_NAME_WORDS
        and not _named_after_person(text, words, holder, end, _rules())
    ):
        return holder
    return end


def _ends_a_name(words: Words, i: int) -> bool:
    """The word at ``i`` is written like a name's next syllable: a capitalised word right
    before it, neither in capitals."""
    if i == 0 or not words.joined(i) or words.gap(i).strip():
        return False
    before, here = words[i - 1].text, words[i].text
    return is_capital(before) and not before.isupper() and not here.isupper()


def _in_title(words: Words, i: int) -> bool:
    """The organ at word ``i`` ends a person's title ("Phó Chủ tịch HĐND tỉnh Trần Văn A",
    "Bí thư Huyện ủy"): it names the office, not the body holding the meeting."""
    heads = lexicon().heads
    for back in range(1, TITLE_HEAD_WORDS + 1):
        j = i - back
        if j >= 0 and words.joined(i) and heads.longest_at(words, j) == back:
            # "phiên họp thành viên UBND tỉnh": the members' meeting, no person's title (a kind
            # ending the sentence before is no part of it)
            return not (j >= 2 and words.joined(j) and _kind_at(words, j - 2, _rules()))
    return False


def _committee(text: str, words: Words, start: int, end: int) -> str:
    """The organ as the text names it ("Đảng bộ xã Tây Đô" stays the membership's name), less
    a short name in brackets inside it: "Hội Liên hiệp Phụ nữ (LHPN) tỉnh" → "Hội Liên hiệp
    Phụ nữ tỉnh"."""
    phrase = text[words.starts[start] : words.ends[end - 1]]
    # a headline's organ ends with its line ("… Tỉnh ủy Nghệ An\n\n- 29/03/2024")
    phrase = phrase.split("\n", 1)[0].rstrip(" -–")
    return _SHORT_NAME.sub(" ", phrase) if "(" in phrase else phrase


def _with_place(text: str, words: Words, organ: str) -> str:
    """An organ named by its level only gets the place the text names most often at that
    level: "Ban Chấp hành Đảng bộ tỉnh" → "Tỉnh ủy Lạng Sơn" (the committee of the Party
    organisation), "HĐND tỉnh" → "HĐND tỉnh Lạng Sơn"."""
    rules = _rules()
    organ_words = Words(organ)
    n = len(organ_words)
    for level_len in (2, 1):
        if n - level_len < 1:
            continue
        level = " ".join(organ_words.texts(n - level_len, n))
        if level not in rules.party_body_of_level:
            continue
        place = _common_place(text, words, level)
        if not place:
            return organ
        if syllable_key("bộ") in set(organ_words.keys[: n - level_len]) and (
            f"{organ} {place}" not in text
        ):
            return f"{rules.party_body_of_level[level]} {place}"
        return f"{organ} {place}"
    return organ


def _closes_title(words: Words, i: int) -> bool:
    """The level at word ``i`` ends the organ of a title ("Chủ tịch UBND tỉnh Lê Trí Thanh"):
    the capitals after it may be the holder's name, not a place."""
    organs = _rules().organs
    for k in range(max(0, i - ORGAN_NAME_WORDS), i):
        n = organs.longest_at(words, k)
        # "Bí thư Đảng ủy Quân sự tỉnh Lê Văn Thanh": the organ's own name before the level
        named = n == i - k or (0 < n < i - k and org_end(words, k + n) > i)
        if named and _in_title(words, k):
            return True
    return False


def _common_place(text: str, words: Words, level: str) -> str | None:
    rules = _rules()
    level_keys = tuple(syllable_key(w) for w in level.split())
    counts: Counter[str] = Counter()
    last = len(words) - len(level_keys)
    for i in words.positions().get(level_keys[0], ()):
        if i >= last:
            break
        if (
            words.match(i, level_keys)
            and words[i].text.islower()
            and (i + len(level_keys) < len(words) and words.joined(i + len(level_keys)))
            and not _closes_title(words, i)
        ):
            j = i + len(level_keys)
            k = j
            while (
                k < len(words)
                and words.joined(k)
                and words[k].text[:1].isupper()
                and (k - j < 4)
                and not _TERM.match(text, words.starts[k])  # "HĐND tỉnh Khóa XV": a term
                and not rules.organizer_verbs.longest_at(words, k)  # "UBND tỉnh Họp phiên …"
            ):
                k += 1
            if k > j:
                counts[text[words.starts[j] : words.ends[k - 1]]] += 1
    return counts.most_common(1)[0][0] if counts else None


# Periods -----------------------------------------------------------------------------------


def _periods(text: str, zone: list[Segment]) -> tuple[PeriodRef | None, PeriodRef | None]:
    """The period reviewed and the period planned, from the lead, else from the whole text."""
    review, plan, loose = _periods_in(zone)
    # A monthly meeting ("đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11", "phiên
    # họp thường kỳ tháng 9") reviews and plans single months, which the contract has no form
    # for: neither is reported, and a year named further on is no period of its own.
    monthly = review is None and (
        _names_single_month(zone) or any(_MONTHLY.search(seg.text) for seg in zone)
    )
    if (review is None or plan is None) and not monthly:
        more_review, more_plan, _ = _periods_in(sentences(text))
        review = review or more_review
        if plan is None or (loose and more_plan is not None and more_plan.months != 12):
            plan = more_plan
    _years(text, review, plan)
    return review, plan


def _years(text: str, review: PeriodRef | None, plan: PeriodRef | None) -> None:
    """Each period's year, where only the other or the text names it."""
    if review and review.year is None:
        review.year = _review_year(text, review, plan)
    if plan and plan.year is None and review and review.year is not None:
        plan.year = review.year + (1 if plan.months == 12 and review.months == 12 else 0)


def _names_single_month(zone: list[Segment]) -> bool:
    """ "đánh giá tình hình … tháng 8 và thống nhất nhiệm vụ trọng tâm tháng 9/2017", "phiên
    họp thường kỳ tháng 4": the lead names a single month reviewed, planned or met for."""
    for seg in zone:
        low = seg.text.lower()
        for m in _SINGLE_MONTH.finditer(seg.text):
            month = int(m.group(1))
            if not 1 <= month <= 12 or _DAY_BEFORE.search(seg.text, 0, m.start()):
                continue
            before = low[_clause_start(low, m.start(), ";:.()\n") : m.start()]
            if _nearest_cue(before) is not None or _REGULAR_BEFORE.search(before) is not None:
                return True
    return False


def _periods_in(
    segments: list[Segment],
) -> tuple[PeriodRef | None, PeriodRef | None, bool]:
    """The period reviewed and the period planned in ``segments``, and whether that plan is
    a whole year named before any period reviewed (which the months planned replace)."""
    rules = _rules()
    review: PeriodRef | None = None
    plan: PeriodRef | None = None
    # A whole year named to do before any period reviewed ("Tập trung thực hiện thắng lợi
    # nhiệm vụ năm 2019" in a headline) gives way to the months the lead plans.
    loose_year: PeriodRef | None = None
    for seg in segments:
        low = seg.text.lower()
        to_date = _MONTH_TO_DATE.search(seg.text)
        if review is None and to_date and 1 <= int(to_date.group(1)) <= 12:
            named = to_date.group(2)
            review = PeriodRef(months=int(to_date.group(1)), year=int(named) if named else None)
        for m in _MONTHS.finditer(seg.text):
            months = _count(m.group(1))
            if months is None or not 1 <= months <= 12:
                continue
            after = low[m.end() : m.end() + 30].lstrip()
            year = _year_after(seg.text, m.end())
            if any(after.startswith(w) for w in rules.plan_after):
                if plan is None or plan is loose_year:
                    plan = PeriodRef(months=months, year=year)
            elif (
                months < 12
                and (
                    any(after.startswith(w) for w in rules.review_after)
                    or year
                    # "đánh giá kết quả thực hiện nhiệm vụ 9 tháng và …": the cue before it
                    or _nearest_cue(low[max(0, m.start() - CLAUSE_REACH) : m.start()]) == "review"
                )
            ):
                review = review or PeriodRef(months=months, year=year)
        remaining = _REMAINING.search(seg.text)
        # "những tháng còn lại của năm 2019" after "9 tháng": the 3 months left.
        if (
            remaining
            and review is not None
            and review.months
            and review.months < 12
            and (plan is None or plan is loose_year or plan.months == 12)
        ):
            named = next((g for g in remaining.groups() if g), None)
            plan = PeriodRef(months=12 - review.months, year=int(named) if named else None)
        for m in QUARTER.finditer(seg.text):
            quarter = quarter_of(m)
            year = int(m.group(2)) if m.group(2) else None
            before = low[max(0, m.start() - 40) : m.start()].rstrip()
            # A quarter after the period reviewed is the one planned ("đánh giá quý I, triển
            # khai nhiệm vụ quý II/2024").
            reviewed = (review.months or (review.quarter or 0) * 3) if review else 0
            # The longer cue decides: "thực hiện nhiệm vụ quý I" reviews, "nhiệm vụ quý II" plans.
            plan_cue = max((len(w) for w in rules.plan_before if before.endswith(w)), default=0)
            review_cue = max(
                (len(w) for w in rules.year_review_before if before.endswith(w)), default=0
            )
            is_plan = plan_cue > review_cue or bool(reviewed and quarter and quarter * 3 > reviewed)
            if is_plan:
                # a quarter planned replaces a whole year named before the period reviewed
                if plan is None or plan is loose_year:
                    plan = PeriodRef(quarter=quarter, year=year)
            else:
                review = review or PeriodRef(quarter=quarter, year=year)
        if review is None or (review.months == 12 and plan is None):
            had_review = review is not None
            review, plan = _year_periods(seg.text, low, review, plan)
            if (
                review is None
                and not had_review
                and plan is not None
                and plan.months == 12
                and loose_year is None
            ):
                loose_year = plan
    return review, plan, plan is not None and plan is loose_year


def _year_periods(
    original: str, low: str, review: PeriodRef | None, plan: PeriodRef | None
) -> tuple[PeriodRef | None, PeriodRef | None]:
    """Whole years: "tổng kết công tác năm 2017; triển khai nhiệm vụ năm 2018", "đánh giá
    việc thực hiện các chỉ tiêu năm 2018", "Năm 2021, …" opening the sentence."""
    not_after = _rules().year_not_after
    for m in _YEAR.finditer(original):
        # "phiên họp thường kỳ tháng 10 năm 2023": a month of the year, not the whole year.
        if _SPAN_AFTER.match(original, m.end()) or _MONTH_BEFORE.search(original, 0, m.start()):
            continue
        # "phát triển thành phố đến năm 2030": a horizon or a baseline, no period of the report
        if low[max(0, m.start() - 12) : m.start()].rstrip().endswith(not_after):
            continue
        year = int(m.group(1))
        role = _year_role(original, low, m)
        if role == "review" and review is None:
            review = PeriodRef(months=12, year=year)
        elif (
            role == "plan"
            and review is None
            and plan is not None
            and plan.months == 12
            and plan.year is not None
            and year == plan.year + 1
        ):
            # "kết quả thực hiện các mục tiêu nhiệm vụ … năm 2018 và phương hướng nhiệm vụ năm
            # 2019": the year before the one planned is the one reviewed.
            review, plan = PeriodRef(months=12, year=plan.year), PeriodRef(months=12, year=year)
        elif (
            role == "plan"
            and (plan is None or _part_of(plan, review))
            and (
                review is None
                # "tháng 12 và các tháng đầu năm" names twelve months and no year yet
                or (review.months == 12 and (review.year is None or year == review.year + 1))
            )
        ):
            plan = PeriodRef(months=12, year=year)
    return review, plan


def _part_of(plan: PeriodRef, review: PeriodRef | None) -> bool:
    """ "6 tháng cuối năm 2020" in a review of the whole of 2020 is behind the meeting, no plan."""
    return (
        review is not None
        and review.months == 12
        and plan.months is not None
        and plan.months < 12
        and plan.year == review.year
    )


def _year_role(original: str, low: str, m: re.Match[str]) -> str | None:
    """Whether "năm Y" names the year reviewed or the year planned: the nearest cue in its
    clause decides; a sentence that opens with the year reviews it unless a planning verb
    follows ("Trong năm 2024, huyện tập trung …")."""
    rules = _rules()
    clause_start = _clause_start(low, m.start(), ",;:.()\n")
    before = low[clause_start : m.start()]
    if before.rstrip().endswith(rules.year_measure_before + rules.year_part_before):
        return None
    if low[m.end() :].lstrip().startswith(rules.year_plan_after):
        return "plan"  # "… trong năm 2022 và những năm tiếp theo"
    # The whole clause, long as it may be, for how it opens.
    floor = max(0, m.start() - OPENING_REACH)
    opening = low[max(floor, *(low.rfind(ch, floor, m.start()) + 1 for ch in ",;:.()\n")) : m.start()]
    if opening.lstrip().startswith(rules.year_adjusting_leads):
        return None
    role = _nearest_cue(before)
    document = max(before.rfind(d + " ") for d in rules.year_documents)
    if (
        role == "plan"
        and document >= 0
        and _nearest_cue(before[:document]) == "review"
        # "thực hiện Nghị quyết … năm 2019 và triển khai phương hướng nhiệm vụ năm 2020": the
        # document belongs to the year between
        and not _YEAR.search(before, document)
    ):
        role = "review"
    after = Words(original[m.end() : m.end() + CLAUSE_REACH])
    far = range(
        next(
            (k for k in range(min(len(after), PLAN_VERB_REACH)) if after.keys[k] in _RESULT_KEYS),
            min(len(after), PLAN_VERB_REACH),
        )
    )
    lead = _AGENCY_PREFIX.sub("", original[clause_start : m.start()], count=1).strip().lower()
    # "Trên cơ sở những kết quả đạt được, năm 2026 xã A tiếp tục đề ra …": a clause that
    # opens with the year and plans in it.
    opens_plan = not lead and any(rules.year_plan_verbs_far.longest_at(after, k) for k in far)
    if role is None and not opens_plan and clause_start > 0 and low[clause_start - 1] == ",":
        # "tổng kết công tác xây dựng Đảng, xây dựng chính quyền, … năm 2025": the cue
        # before a list of fields, no other year between.
        wide = low[_clause_start(low, clause_start - 1, ";:.()\n") : clause_start]
        if not _YEAR.search(wide):
            role = _nearest_cue(wide)
    if role is not None:
        return role
    # A clause that opens with the year and says what was done in it reviews it ("…, năm
    # 2018 huyện A đã hoàn thành nhiều chỉ tiêu", "Trong năm 2021 xã A đã lãnh đạo …").
    if (not lead or lead in rules.year_clause_leads) and any(
        rules.year_review_verbs_far.longest_at(after, k)
        for k in range(min(len(after), REVIEW_VERB_REACH))
    ):
        return "review"
    if (lead and lead not in rules.year_clause_leads) or clause_start != _sentence_start(
        low, m.start()
    ):
        return None
    if low[m.end() : m.end() + 1] != ",":
        return None
    near = range(min(len(after), 3))
    plans = any(rules.year_plan_verbs.longest_at(after, k) for k in near) or any(
        rules.year_plan_verbs_far.longest_at(after, k) for k in far
    )
    return "plan" if plans else "review"


def _clause_start(low: str, pos: int, marks: str) -> int:
    start = max(0, pos - CLAUSE_REACH)
    for ch in marks:
        start = max(start, low.rfind(ch, start, pos) + 1)
    return start


def _nearest_cue(before: str) -> str | None:
    """The cue ending nearest the end of ``before`` decides; of two ending there, the longer
    ("phương hướng nhiệm vụ công tác" plans where "công tác" alone reviews)."""
    rules = _rules()
    best, role = (-1, 0), None
    # A result measured against a plan ("vượt kế hoạch") names neither period: the longer
    # measure ending where the plan word ends outranks it.
    for cues, name in (
        (rules.year_review_before, "review"),
        (rules.plan_before, "plan"),
        (rules.year_measure_before, None),
    ):
        for cue in cues:
            pos = before.rfind(cue)
            if pos >= 0 and (pos + len(cue), len(cue)) > best:
                best, role = (pos + len(cue), len(cue)), name
    return role


def _sentence_start(low: str, pos: int) -> int:
    return _clause_start(low, pos, ".;:\n")


def _count(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else number_word(raw)


def _year_after(text: str, pos: int) -> int | None:
    window = text[pos : pos + 30]
    m = _YEAR_AFTER.match(window, 0)
    if m:
        return int(m.group(1))
    low = window.lower()
    for lead in ("đầu năm", "cuối năm", "năm", "còn lại của năm", "qua"):
        if low.lstrip().startswith(lead):
            rest = window.lstrip()[len(lead) :]
            m = _YEAR_AFTER.match(rest)
            if m:
                return int(m.group(1))
    return None


def _review_year(text: str, review: PeriodRef, plan: PeriodRef | None) -> int | None:
    if plan and plan.year is not None:
        next_year = plan.months == 12 or (plan.quarter == 1 and review.quarter != 1)
        return plan.year - 1 if next_year else plan.year
    for seg in sentences(text):
        for m in _MONTHS.finditer(seg.text):
            if _count(m.group(1)) == review.months:
                year = _year_after(seg.text, m.end())
                if year:
                    return year
    return None


def _text_year(text: str, stamped: int | None = None) -> int | None:
    """The year the report is about when its periods name none ("10 tháng đầu năm" … "hoàn
    thành các mục tiêu năm 2025"): the year named most often, not as a baseline ("so với năm
    2024") or a span; a month of a year counts too ("lũy kế đến tháng 6.2018"); on a tie the
    year the page is stamped with, else the earlier, as later years are the ones planned."""
    not_after = _rules().year_not_after
    counts: Counter[int] = Counter(int(m.group(1)) for m in _MONTH_YEAR.finditer(text))
    baselines: list[int] = []
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].lower().rstrip()
        # "cao hơn mức 2,14% năm 2013": the level of a year compared with, a baseline too
        reach = max(0, m.start() - COMPARED_REACH)
        compared = "hơn" in text[reach : m.start()] and _COMPARED_LEVEL.search(text, reach, m.start())
        if before.endswith(_SAME_PERIOD) or compared:
            baselines.append(int(m.group(1)))
        elif not _after_any_of(text, m.start(), not_after):
            counts[int(m.group(1))] += 1
    if not counts and baselines:
        # Only a baseline named: "tăng 8% so với cùng kỳ năm 2023" is said of 2024.
        return max(baselines) + 1
    if not counts:
        # No year named by itself: the years of full dates ("từ ngày 1/7/2025") tell it.
        counts = Counter(d.year for d in find_dates(text) if d.year)
        if not counts:
            return None
    top = max(counts.values())
    if stamped is not None and counts.get(stamped) == top:
        return stamped
    return min(counts, key=lambda y: (-counts[y], y))


def _after_any_of(text: str, pos: int, words: list[str] | tuple[str, ...]) -> bool:
    """One of ``words`` ends the few characters before ``pos`` ("đến năm 2030")."""
    before = text[max(0, pos - 12) : pos].lower().rstrip()
    return any(before.endswith(w) for w in words)


def _period_end(review: PeriodRef) -> dt.date | None:
    """The last day of the period reviewed."""
    month = review.months or (review.quarter or 0) * 3
    if not review.year or not month:
        return None
    return _month_end(review.year, month)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


# Date --------------------------------------------------------------------------------------


def _date_mention(text: str, zone: list[Segment]) -> DateMention | None:
    """The first date in the headline or lead introduced as the meeting's ("Sáng 17.12",
    "Từ ngày 26 - 28/6/2017"), never a cut-off ("tính đến ngày 31/5")."""
    for seg in zone:
        for mention in find_dates(text, seg.start, seg.end, short_dots=True):
            if _is_meeting_date(text, seg.start, mention):
                return mention
    return None


def _is_meeting_date(text: str, floor: int, mention: DateMention) -> bool:
    """A meeting-date cue ends the words before the date, and no cut-off cue does; a
    document's number before "ngày" makes it the document's date."""
    rules = _rules()
    if _NUMBERED_BEFORE.search(text, max(floor, mention.start - 40), mention.start):
        return False
    line = text.rfind("\n", 0, mention.start) + 1
    if _LEGAL_BASIS.match(text, line):
        return False  # "Căn cứ Luật … ngày 19 tháng 6 năm 2015;": the law's date
    before = text[max(floor, mention.start - 24) : mention.start]
    before = before.rstrip(" (").rstrip()
    keys = Words(before).keys
    for n in (3, 2, 1):
        if len(keys) >= n:
            phrase = " ".join(keys[-n:])
            if phrase in rules.date_not_cues:
                return False
            if phrase in rules.date_cues:
                return True
    return False


def _says_today(words: Words, zone: list[Segment]) -> bool:
    """The lead says the meeting is today ("Sáng nay, HĐND thành phố … khai mạc")."""
    today = _rules().today
    return any(today.find(words, words.first_from(seg.start), seg.end) for seg in zone[1:])


def _resolve(
    mention: DateMention,
    review: PeriodRef | None,
    zone: list[Segment],
    text: str,
    page: Layout,
) -> str | None:
    """The date with its year: as written; else the year that puts it nearest the end of
    the review period (a year-end review held on 18/12 or on 11/1, a visit on 29/8 about the
    year's work); without a review period, the one year the headline and lead name, else the
    year the text names most ("Tháng 10/2017, …" in a monthly meeting's report); before
    either, the year of the article's own date under its headline; before all, the year of
    the crawl stamp when the meeting falls in its month."""
    if mention.year:
        return mention.iso()
    if page.crawled is not None and page.crawled[1] == mention.month:
        # "Sáng nay 23/11" on a page stamped 2022-11: held the month the page was taken
        return mention.iso(page.crawled[0])
    stamp_year = page.stamp_year
    end = _period_end(review) if review else None
    if end is None:
        return mention.iso(
            page.published_year or _zone_year(zone) or _text_year(text) or stamp_year
        )
    distances = {}
    for year in (end.year, end.year + 1):
        try:
            distances[year] = abs(dt.date(year, mention.month, mention.day) - end)
        except ValueError:
            continue  # 29/2 in a common year
    if not distances:
        return None
    # A meeting is held before the page that reports it ("Thứ 2, 12/04/2021" under the
    # headline of a review of the year's Youth Month, held on 12/4).
    if stamp_year in distances and max(distances) > stamp_year:
        return mention.iso(stamp_year)
    return mention.iso(min(distances, key=lambda year: (distances[year], year)))


def _zone_year(zone: list[Segment]) -> int | None:
    """The one year the headline and lead name, a month's year among them ("nhiệm vụ trọng
    tâm tháng 2/2025"); the first years of spans ("năm 2021 - 2025") only when no year stands
    alone."""
    single: set[int] = set()
    spans: set[int] = set()
    for seg in zone:
        for m in _YEAR.finditer(seg.text):
            if _after_any_of(seg.text, m.start(), _rules().year_not_after):
                continue  # "mật độ chăn nuôi … đến năm 2030": a horizon, no year of the report
            (spans if _SPAN_AFTER.match(seg.text, m.end()) else single).add(int(m.group(1)))
        single.update(int(m.group(1)) for m in _MONTH_YEAR.finditer(seg.text))
    years = single or spans
    return years.pop() if len(years) == 1 else None


# Chair -------------------------------------------------------------------------------------


def _chair(
    text: str, mentions: list[Mention], kind: str, organizer: str | None = None
) -> Chair | None:
    """The person a chair cue points to, best cue first; of co-chairs listed before one cue
    ("A, Bí thư …; B, Phó Bí thư … chủ trì"), the first listed, who ranks highest."""
    rules = _rules()
    best: tuple[int, int] | None = None
    chosen: Mention | None = None
    # Who is listed among the guests stays a guest when named again ("đ/c A, trưởng đoàn …
    # phát biểu"), unless said to preside.
    guests = {text_key(m.name) for m in mentions if _attending(_before(text, m))}
    # "… của Tổng Bí thư A trong chuyến thăm và làm việc tại địa phương": a visit recalled at
    # a conference chairs nothing there
    cues = tuple(
        c for c in rules.chair_cues if kind == VISIT_KIND or c not in rules.visit_cues
    )
    for index in range(len(mentions)):
        rank = _cue_rank(text, mentions, index, cues)
        if rank is None:
            continue
        if text_key(mentions[index].name) in guests and cues[rank] not in rules.presiding_cues:
            continue
        # "B - Bí thư Đảng ủy xã (Chủ trì hội nghị)": a bracketed cue is said of B alone.
        after = text[mentions[index].end : mentions[index].end + CUE_REACH].lstrip(" ,")
        bracket = after[1 : after.find(")")].lower() if after.startswith("(") else ""
        own = any(cue in bracket for cue in rules.chair_cues)
        first = index if own else _list_head(text, mentions, index)
        if best is None or (rank, first) < best:
            best, chosen = (rank, first), mentions[first]
    if chosen is None:
        return (
            _chair_by_title(text, mentions, kind, organizer)
            or _committee_head(text, mentions, organizer)
            or _visitor(text, mentions, kind, organizer)
        )
    person = next(p for p in merge(mentions) if text_key(p.name) == text_key(chosen.name))
    return Chair(name=person.name, title=_chair_title(person.titles, kind, organizer))


def _visitor(
    text: str, mentions: list[Mention], kind: str, organizer: str | None
) -> Chair | None:
    """A working visit with nobody said to preside: the first official named who is not the
    host's ("Ngày 30/1, đồng chí A, Phó Chủ tịch HĐND tỉnh đã đến kiểm tra … tại huyện B")
    nor among those who came with the visit ("Cùng dự buổi làm việc có …") leads it."""
    if kind != VISIT_KIND:
        return None
    host = _place_words(organizer)
    leading = [
        m
        for k, m in enumerate(mentions)
        if not _attending(_before(text, mentions[_list_head(text, mentions, k)]))
    ]
    for person in merge(leading):
        if person.titles and not (host and any(host in text_key(t) for t in person.titles)):
            return Chair(name=person.name, title=_chair_title(person.titles, kind, organizer))
    return None


def _place_words(organizer: str | None) -> str:
    """The capitalised words that end an organ's name: its place ("Kỳ Sơn")."""
    words = (organizer or "").split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        tail.insert(0, word)
    return text_key(" ".join(tail)) if len(tail) < len(words) else ""


def _secretary_speaking(
    text: str, words: Words, mentions: list[Mention], match: _KindMatch
) -> Chair | None:
    """ "Phát biểu tại hội nghị tổng kết …, Bí thư Tỉnh ủy A Nguyễn Văn B nhấn mạnh …": with
    no body named as holding it, the committee's secretary who speaks in the sentence that
    names the meeting chairs it (and his committee holds it)."""
    rules = _rules()
    at = words.starts[match.start]
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    end = _sentence_end(text, at)
    heads = rules.speaking_secretaries
    said = text[start:end].lower()
    if not any(verb in said for verb in rules.head_speaks):
        return None
    for mention in mentions:
        if not start <= mention.start < end:
            continue
        for title in mention.titles:
            if text_key(title).startswith(heads):
                return Chair(name=mention.name, title=title)
    return None


def _committee_head(text: str, mentions: list[Mention], organizer: str | None) -> Chair | None:
    """Where nobody is said to preside over a Party committee's conference, its secretary
    ("Bí thư Tỉnh ủy" at the Tỉnh ủy's) who speaks or directs there, when one person named in
    the text holds that title; one who only attends or hands out awards chairs nothing."""
    rules = _rules()
    organ = f" {text_key(organizer or '')} "
    wanted = next((t for body, t in rules.committee_heads.items() if f" {body} " in organ), None)
    if wanted is None:
        return None
    holders = {
        text_key(p.name): (p, title)
        for p in merge(mentions)
        for title in p.titles
        if text_key(title).startswith(wanted)
    }
    if len(holders) != 1:
        return None
    person, title = next(iter(holders.values()))
    key = text_key(person.name)
    for m in (m for m in mentions if text_key(m.name) == key):
        said = _before(text, m) + " " + text[m.end : _sentence_end(text, m.end)].lower()
        if any(verb in said for verb in rules.head_speaks):
            return Chair(name=person.name, title=title)
    return None


def _chair_by_title(
    text: str, mentions: list[Mention], kind: str, organizer: str | None
) -> Chair | None:
    """ "Kết luận hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh …": a cue that names the chair by
    a title alone, held by one person named elsewhere in the text."""
    rules = _rules()
    low = text.lower()
    titled = [(p, title.lower()) for p in merge(mentions) for title in p.titles]
    for cue in rules.title_chair_cues:
        at = low.find(cue)
        while at >= 0:
            after = low[at + len(cue) : at + len(cue) + CUE_REACH]
            holders = {text_key(p.name): p for p, title in titled if _names_title(after, title)}
            if len(holders) == 1:
                person = next(iter(holders.values()))
                return Chair(name=person.name, title=_chair_title(person.titles, kind, organizer))
            at = low.find(cue, at + 1)
    return None


def _names_title(after: str, title: str) -> bool:
    """The words after a cue are fillers, then a word of address and ``title``."""
    for address in ("đồng chí ", "ông ", "bà "):
        pos = after.find(address + title)
        if pos >= 0 and _only_fillers(after[:pos]):
            return True
    return False


def _cue_rank(text: str, mentions: list[Mention], index: int, cues: tuple[str, ...]) -> int | None:
    mention = mentions[index]
    next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
    stop = min(_sentence_end(text, mention.end), next_start)
    after = text[mention.end : stop].lower()
    before = _before(text, mention)
    ranks = [i for i, cue in enumerate(cues) if cue in after or _cue_before(before, cue)]
    if not ranks:
        return None
    # "Tham dự hội nghị có đồng chí A, …, trưởng đoàn …": a guest, unless said to preside.
    if _attending(before) and not any(cues[i] in _rules().presiding_cues for i in ranks):
        return None
    return min(ranks)


def _before(text: str, mention: Mention) -> str:
    """The words of the mention's sentence before it, lower case, within reach of a cue."""
    floor = max(0, mention.start - CUE_REACH)
    sentence_start = max(
        floor, text.rfind(".", floor, mention.start) + 1, text.rfind("\n", floor, mention.start) + 1
    )
    return text[sentence_start : mention.start].lower()


def _attending(before: str) -> bool:
    return any(before.lstrip().startswith(a) for a in _rules().attendance)


def _list_head(text: str, mentions: list[Mention], index: int) -> int:
    """The first of the mentions listed right before ``mentions[index]``, separated by
    commas, semicolons or "và" only, or by the rest of an item that a semicolon closes
    ("A, Trưởng đoàn ĐBQH khóa XIV, đơn vị tỉnh Hà Giang; B, …")."""
    while index > 0:
        raw = text[mentions[index - 1].end : mentions[index].start]
        gap = raw.strip(" ,;\t")
        item_rest = raw.rstrip(" \t").endswith(";") and not any(c in raw for c in ".:\n")
        if gap not in ("", "và") and not _joins_co_chairs(gap) and not item_rest:
            break
        index -= 1
    return index


def _joins_co_chairs(gap: str) -> bool:
    """ "A cùng 2 Phó Chủ tịch B và C chủ trì": a link, perhaps a count, between the chair and
    those who chair with him."""
    rules, low = _rules(), gap.lower()
    link = next((w for w in rules.co_chair_links if low == w or low.startswith(w + " ")), None)
    if link is None:
        return False
    rest = low[len(link) :].split()
    return not rest or (len(rest) == 1 and _is_count(rest[0], rules.co_chair_counts))


def _is_count(word: str, counts: frozenset[str]) -> bool:
    return word.isdigit() or number_word(word) is not None or word in counts


def _cue_before(before: str, cue: str) -> bool:
    """``dưới sự chủ trì của đồng chí X``, ``Kết luận hội nghị, ông X``, ``Chủ trì hội
    nghị có các đồng chí: X, …``: the cue, then only filler words."""
    pos = before.rfind(cue)
    if pos < 0:
        return False
    tail = before[pos + len(cue) :].strip(" ,:")
    if tail.startswith("của ") and len(tail) < 20:
        return True
    if _only_fillers(tail):
        return True
    # "Kết luận tại phiên họp về tình hình … chiều 30/10, ông X": the cue opens the sentence,
    # then its clause to a comma, then fillers.
    opening, rest = _AGENCY_PREFIX.sub("", before, count=1).lstrip(), before[pos + len(cue) :]
    return (
        (opening.startswith(cue) or opening.startswith(f"phát biểu {cue}"))
        and "," in rest
        and _only_fillers(rest[rest.rfind(",") + 1 :])
    )


def _only_fillers(tail: str) -> bool:
    fillers = _rules().chair_fillers
    tail = tail.strip(" ,:")
    while tail:
        filler = next((f for f in fillers if tail == f or tail.startswith(f + " ")), None)
        if filler is None:
            return False
        tail = tail[len(filler) :].strip(" ,:")
    return True


def _sentence_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + CUE_REACH)
    ends = [i for i in (text.find(c, pos, limit) for c in ".\n;") if i >= 0]
    return min(ends) if ends else limit


def _chair_title(titles: list[str], kind: str, organizer: str | None = None) -> str | None:
    rules = _rules()
    # The title that heads the body holding the meeting ("Chủ tịch UBND tỉnh" at a conference
    # of the UBND tỉnh), before the kind's usual title.
    body = _led_body(organizer) if organizer else ""
    for title in titles if body else ():
        if _heads(title, body):
            return title
    organ = " ".join(text_key(organizer or "").split()[:ORGAN_WORDS])
    for title in titles if organ else ():
        key = text_key(title)
        if f" {organ}" in f" {key}" and not any(key.startswith(s) for s in rules.skip_titles):
            return title
    for preferred in rules.prefer.get(kind, ()):
        for title in titles:
            if text_key(title).startswith(preferred):
                return title
    for title in titles:
        if not any(text_key(title).startswith(skip) for skip in rules.skip_titles):
            return title
    return titles[0] if titles else None


def _led_body(organizer: str) -> str:
    """The body an organizer names, as a title's body would name it (syllable keys): past a
    board of it, its Party organisation read as the committee that leads it ("Ban Chấp hành
    Đảng bộ UBND tỉnh Gia Lai" → "đảng ủy ubnd tỉnh gia lai")."""
    rules = _rules()
    words = Words(organizer)
    keys = " ".join(words.keys[rules.organ_boards.longest_at(words, 0) :])
    for organisation, committee in rules.organ_as_led.items():
        if keys.startswith(f"{organisation} "):
            return committee + keys[len(organisation) :]
    return keys


def _heads(title: str, body: str) -> bool:
    """Past its head, the title names ``body`` or the start of it ("Bí thư Đảng ủy UBND tỉnh"
    heads "đảng ủy ubnd tỉnh gia lai"; "Phó Bí thư Tỉnh ủy" does not)."""
    words = Words(title)
    head = title_head_at(words, 0)
    own = " ".join(words.keys[head:])
    shorter, longer = sorted((own, body), key=len)
    return (
        head > 0
        and len(shorter.split()) >= ORGAN_WORDS
        and f"{longer} ".startswith(f"{shorter} ")
    )
