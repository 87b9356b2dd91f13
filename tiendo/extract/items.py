"""Key tasks set for the coming period, and the shortcomings named: one item per list entry.

A report opens a list of tasks with a leader's directive (``đồng chí đề nghị …``,
``lưu ý: …``) or with an announcement that looks ahead (``đề ra một số nhiệm vụ trọng tâm
… 3 tháng cuối năm``), and a list of shortcomings with an existential (``vẫn còn những
hạn chế như: …``) or the turn after the results (``Bên cạnh những kết quả đạt được, …``).
The list runs to the end of the paragraph and on through the next paragraphs that open
with a connector (``Theo đó``, ``Cùng với đó``, a list mark); photo captions in between
are passed over. Items are split at ``;`` and sentence ends, and lose the connectors and,
for tasks, the subject (``thành phố cần làm tốt …`` → ``làm tốt …``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Literal

from tiendo.extract.dates import QUARTER, quarter_of
from tiendo.extract.names import PhraseSet, Words, is_capital, org_end, phrase_keys
from tiendo.extract.numbers import number_word, roman_to_int
from tiendo.extract.page import SOURCE_TAG, Layout, is_caption
from tiendo.extract.record import Meeting, TextItem
from tiendo.extract.rules import load_rules
from tiendo.extract.text import (
    Segment,
    ends_line,
    heading_mark_before,
    lines,
    sentences,
    split_at,
    syllable_key,
)

MIN_ITEM_WORDS = 3
CONCESSION_REACH = 9  # words back from "còn" to a concession that makes it context
CONCESSION_CLAUSE_WORDS = 30  # ... or to "mặc dù" opening its clause, commas between
SUBJECT_REACH = 14  # words between an item's start and its verb when a subject is dropped
NAME_SUBJECT_WORDS = 18  # at most, in a body's name that opens a task as its subject
CAPTION_WORDS = 25
_LIST_MARK = re.compile(
    r"(?:[-+•*–—]+|\(?\d{1,2}(?:[.)]|-(?=\s*[^\W\d_]))|\(?[a-zđ](?:[)]|\.(?=\s))|[IVX]{1,4}[.)])\s*"
)
_ROMAN_MARK = re.compile(r"[IVX]{1,4}")  # a heading of the report's parts ("II.")
_PART_HEADING = re.compile(r"phần\b", re.I)  # "Phần II", "PHẦN THỨ HAI"
_ENDS = ".…;!?"  # what ends a sentence, and no heading
# A numbered item's mark ("1.", "2)", "3-"): a list the report sets out, not a bullet.
_NUMBER_MARK = re.compile(r"\(?\d{1,2}(?:[.)]|-(?=\s*[^\W\d_]))\s*")
_TRAILING = " \t\u00a0.…,;:/!?"
_PERIOD_QUALIFIER = re.compile(
    r"(?:trong|của)\s[\w\s]{0,40}?\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", re.I
)
_ETC = re.compile(r",\s*(?:\.{3}|…)\s*(?=\w)")
PURPOSE_COMMAS = 4  # commas inside a clause of purpose ("nông, lâm, thủy sản")
COPULA_REACH = 16  # words between an announcing noun and its copula ("… 6 tháng cuối năm là")
LEAD_IN_WORDS = 16  # at most, in a source or motto before the period that opens a task list
SPEAKER_CLAUSES = 2  # comma clauses searched for the speaker's verb before what is said
OPENER_WORDS = 8  # at most, in the clause that opens a task list with the period planned
GROUNDS_WORDS = 20  # at most, in the clause naming the results a task builds on
SPEAKER_WORDS = 14  # at most, in the clause that names who said a shortcoming
OWN_SUBJECT_WORDS = 3  # at least, before "còn", for a clause to name what still falls short
TURN_CLAUSE_WORDS = 12  # at most, in the clause that turns from the results to the shortcomings
LEAD_VERB_WORDS = 4  # at most, before the announcing noun an item opens with ("chỉ ra một số")
MODAL_REACH = 8  # words after a remark, its period and subject, searched for a modal
LISTED_SUBJECT_REACH = 20  # words of subjects listed before their modal
HARM_REACH = 10  # words before "thấp hơn" searched for the harm that fell
RESPONSE_SUBJECT_WORDS = 5  # at most, in the body named after a shortcoming that acted on it
CUT_ITEM_WORDS = 5  # at most, in a last item broken off by the text's cut end
HEADING_CHARS = 80  # at most, in a line of shortcoming nouns that heads a list
HEADING_LINE_CHARS = 120  # at most, in a heading of the report's parts and fields
LISTED_LEAD_WORDS = 4  # words before the task verb that opens a list named after it
ACTOR_REACH = 4  # words back from a directive to the level named as who gives it
TOPIC_CLAUSES = 3  # comma clauses of a purpose searched for the period planned after them
TOPIC_OPENER_WORDS = 16  # ... when that clause states a purpose or topic ("Để thực hiện …")
CLAUSE_BACK = 8  # words searched back from a directive for a past marker in its clause
DELEGATE_REACH = 3  # words between a directive and the delegates it addresses
ADDRESSEE_REACH = 10  # words naming whom a directive addresses ("huyện và các phòng ban …")
OPENER_SUBJECT_REACH = 18  # words after that clause's comma, before the task verb
PASSIVE_TAIL = 4  # last words of a sentence searched for the "được" of a passive report
PAST_REACH = 5  # first words of a sentence searched for a past marker
NOUN_LIST_GAP = 8  # words between a shortcoming noun and the "như:" that opens its list
NOUN_LEAD_GAP = 16  # ... when a comma and a list's lead come before the colon (", nhất là:")
LIKE_LIST_GAP = 10  # words between a shortcoming noun and a "như" with no colon after it
_CON = syllable_key("còn")
_VAN = syllable_key("vẫn")
_VA = syllable_key("và")
_DUOC = syllable_key("được")
_PERIOD_UNITS = frozenset({syllable_key("tháng"), syllable_key("quý")})
_QUARTER_NUMERALS = frozenset({"I", "II", "III", "IV"})
_NHU = syllable_key("như")
_LA = syllable_key("là")
_NHUNG = syllable_key("nhưng")
_TUY = syllable_key("tuy")  # "Tuy nhiên" turns even without its comma; "Song", "Nhưng" may not
_LOW = syllable_key("thấp")
_THEO = syllable_key("theo")


@dataclass(frozen=True)
class _Rules:
    directives: PhraseSet
    directive_not_after: PhraseSet
    directive_nouns: PhraseSet
    modal_lookalikes: PhraseSet
    request_verbs: PhraseSet
    announcements: PhraseSet
    announcement_verbs: PhraseSet
    future: PhraseSet
    nouns: PhraseSet
    turns: PhraseSet
    but: PhraseSet
    negative: PhraseSet
    causes: PhraseSet
    connectors: PhraseSet
    subjects: PhraseSet
    modals: PhraseSet
    verbs: PhraseSet
    opener_words: PhraseSet
    modal_directives: PhraseSet
    past: PhraseSet
    followers: PhraseSet
    year_openers: PhraseSet
    plan_verbs: PhraseSet
    result_verbs: PhraseSet
    concessive: PhraseSet
    announcement_links: PhraseSet
    prescriptive_modals: PhraseSet
    year_announcement_verbs: PhraseSet
    meeting_held: PhraseSet
    turn_back: PhraseSet
    delegates: PhraseSet
    discussion: PhraseSet
    copulas: PhraseSet
    purpose_clauses: PhraseSet
    consequences: PhraseSet
    facing: PhraseSet
    failures: PhraseSet
    reviewed: PhraseSet
    cause_sentences: PhraseSet
    horizons: PhraseSet
    modal_leads: PhraseSet
    conceded: PhraseSet
    directive_not_before: PhraseSet
    future_modals: PhraseSet
    agenda_verbs: PhraseSet
    opener_lead_ins: PhraseSet
    grounds: PhraseSet
    both_words: PhraseSet
    positive_states: PhraseSet
    plain_buts: PhraseSet
    conclusions: PhraseSet
    attributive_past: PhraseSet
    agenda_items: PhraseSet
    reports: PhraseSet
    unit_subjects: PhraseSet
    shortcoming_announcements: PhraseSet
    opener_topics: PhraseSet
    vague_qualifiers: PhraseSet
    review_parts: PhraseSet
    narrating_aspects: PhraseSet
    meeting_asks: PhraseSet
    discussion_topics: PhraseSet
    empty_shortcomings: PhraseSet
    empty_openers: PhraseSet
    predicate_adverbs: PhraseSet
    clarifications: PhraseSet
    directive_objects: PhraseSet
    inner_buts: PhraseSet
    setting_verbs: PhraseSet
    forecast_subjects: PhraseSet
    paired_verbs: PhraseSet
    estimates: PhraseSet
    named_after: PhraseSet
    meeting_subjects: PhraseSet
    key_task_nouns: PhraseSet
    key_task_not_after: PhraseSet
    list_lead_words: PhraseSet
    changes: PhraseSet
    directive_awards: PhraseSet
    in_need: PhraseSet
    agenda_lists: PhraseSet
    colon_run_signals: PhraseSet
    remedies: PhraseSet
    task_splitters: PhraseSet
    conditions: PhraseSet
    existential_links: PhraseSet
    concession_openers: PhraseSet
    effort_turns: PhraseSet
    topic_links: PhraseSet
    attendance: PhraseSet
    at_meeting: PhraseSet
    acknowledgements: PhraseSet
    consequence_leads: PhraseSet
    consequence_modals: PhraseSet
    acknowledging_verbs: PhraseSet
    counted_targets: PhraseSet
    purpose_openers: PhraseSet
    remedy_plans: PhraseSet
    harms: PhraseSet
    harm_rises: PhraseSet
    detail_leads: PhraseSet
    speech_verbs: PhraseSet
    speech_nouns: PhraseSet
    existentials: PhraseSet
    pointing_back: PhraseSet
    goal_verbs: PhraseSet
    manner_adverbs: PhraseSet
    circumstances: PhraseSet
    addressed_directives: PhraseSet
    addressees: PhraseSet
    elaborations: PhraseSet
    period_words: PhraseSet
    present_markers: PhraseSet
    not_addressees: PhraseSet
    topic_headings: PhraseSet
    proposal_headings: PhraseSet
    plan_heading_nouns: PhraseSet
    determiners: tuple[str, ...]
    list_words: tuple[str, ...]
    list_leads: tuple[str, ...]
    levels: PhraseSet
    level_ranks: dict[tuple[str, ...], int]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    keys = (
        "task_directives",
        "directive_not_after",
        "directive_nouns",
        "modal_lookalikes",
        "request_verbs",
        "task_announcements",
        "announcement_verbs",
        "future_markers",
        "shortcoming_nouns",
        "shortcoming_turns",
        "shortcoming_but",
        "negative_markers",
        "cause_starts",
        "connectors",
        "subjects",
        "modals",
        "task_verbs",
        "opener_words",
        "modal_directives",
        "past_markers",
        "task_followers",
        "year_openers",
        "plan_verbs",
        "result_verbs",
        "concessive",
        "announcement_links",
        "prescriptive_modals",
        "year_announcement_verbs",
        "meeting_held",
        "shortcoming_turn_back",
        "delegates",
        "discussion",
        "announcement_copulas",
        "purpose_clauses",
        "consequence_starts",
        "facing_verbs",
        "failure_phrases",
        "reviewed_periods",
        "cause_sentences",
        "horizon_words",
        "modal_leads",
        "conceded_failures",
        "directive_not_before",
        "future_modals",
        "agenda_verbs",
        "opener_lead_ins",
        "grounds",
        "both_words",
        "positive_states",
        "plain_buts",
        "conclusion_openers",
        "attributive_past",
        "agenda_items",
        "report_phrases",
        "unit_subjects",
        "shortcoming_announcements",
        "opener_topics",
        "vague_qualifiers",
        "review_parts",
        "narrating_aspects",
        "meeting_asks",
        "discussion_topics",
        "empty_shortcomings",
        "empty_openers",
        "predicate_adverbs",
        "clarifications",
        "directive_objects",
        "inner_buts",
        "setting_verbs",
        "forecast_subjects",
        "paired_verbs",
        "estimates",
        "named_after",
        "meeting_subjects",
        "key_task_nouns",
        "key_task_not_after",
        "list_lead_words",
        "change_words",
        "directive_awards",
        "in_need",
        "agenda_lists",
        "colon_run_signals",
        "remedy_verbs",
        "task_splitters",
        "conditions",
        "existential_links",
        "concession_openers",
        "effort_turns",
        "topic_links",
        "attendance_starts",
        "at_meeting_openers",
        "acknowledgements",
        "consequence_leads",
        "consequence_modals",
        "acknowledging_verbs",
        "counted_targets",
        "purpose_openers",
        "remedy_plans",
        "harms",
        "harm_rises",
        "detail_leads",
        "speech_verbs",
        "speech_nouns",
        "existentials",
        "pointing_back",
        "goal_verbs",
        "manner_adverbs",
        "circumstances",
        "addressed_directives",
        "addressees",
        "elaborations",
        "period_words",
        "present_markers",
        "not_addressees",
        "topic_headings",
        "proposal_headings",
        "plan_heading_nouns",
    )
    lists = ("shortcoming_determiners", "shortcoming_list_words", "shortcoming_list_leads")
    schema = {**dict.fromkeys((*keys, *lists), "list[str]"), "level_ranks": "dict[str,int]"}
    data = load_rules("sections", schema)
    sets = [PhraseSet(data[k]) for k in keys]
    # The phrase sets fill the first fields in order, which mypy cannot count in a starred list.
    return _Rules(  # type: ignore[misc]
        *sets,  # type: ignore[arg-type]
        determiners=tuple(data["shortcoming_determiners"]),
        list_words=tuple(data["shortcoming_list_words"]),
        # longest first: "cụ thể như" before "như"
        list_leads=tuple(sorted(data["shortcoming_list_leads"], key=len, reverse=True)),
        levels=PhraseSet(list(data["level_ranks"])),
        level_ranks={phrase_keys(k): v for k, v in data["level_ranks"].items()},
    )


# How the next sentences follow a shortcoming trigger: as a list, only while they name a
# shortcoming, or not at all; "clauses" is a list whose first sentence holds comma-joined
# clauses, one shortcoming each.
Follow = Literal["list", "clauses", "strict", "none"]


@dataclass
class _State:
    mode: str | None = None  # "task", "short" or "proposal" while a list is open
    single: bool = False  # the list is one "Tuy nhiên" sentence
    # After such a sentence, the next sentences of its paragraph go on with the list only
    # while they name a shortcoming ("Tuy nhiên, A còn chậm. B chưa đáp ứng yêu cầu.").
    strict: bool = False
    # The sentence before named the tasks or solutions set ("Hội nghị đã đề ra các giải
    # pháp quý II."): "Trong đó, tập trung …" lists them.
    announced: bool = False
    # The sentence before ended on a colon that introduced items to come ("Hạn chế, tồn
    # tại:"): the next paragraph holds them, whatever it opens with.
    intro: bool = False


_MONTH_NAMED = re.compile(r"\btháng\s+(\d{1,2})(?!\d)", re.I)


@dataclass(frozen=True)
class PlannedPeriod:
    """The period a meeting plans, as the lead gives it: a quarter ("Quý II, huyện tiếp tục
    …"), or a month still to come when it meets ("Trong tháng 5, huyện tập trung …" at a
    meeting on 28 April or on 9 May): a clause naming either opens the tasks."""

    quarter: int | None = None
    months: frozenset[int] = frozenset()

    def named_in(self, clause: str) -> bool:
        if self.quarter is not None and any(
            quarter_of(m) == self.quarter for m in QUARTER.finditer(clause)
        ):
            return True
        return any(int(m.group(1)) in self.months for m in _MONTH_NAMED.finditer(clause))


# A monthly meeting held in the first days of a month reviews the month before it and plans
# its own month ("Chiều 9/5, … họp thường kỳ tháng 4", then "Trong tháng 5, huyện tập trung …").
REVIEWS_LAST_MONTH_DAYS = 10


def planned_by(meeting: Meeting | None) -> PlannedPeriod | None:
    """The quarter the meeting plans, and the months still to come when it meets: the next
    one, and its own in its first days."""
    if meeting is None:
        return None
    quarter = meeting.plan.quarter if meeting.plan is not None else None
    months: set[int] = set()
    if meeting.date:
        month, day = int(meeting.date[5:7]), int(meeting.date[8:10])
        months.add(month % 12 + 1)
        if day <= REVIEWS_LAST_MONTH_DAYS:
            months.add(month)
    return PlannedPeriod(quarter, frozenset(months))


def planned_parts(text: str, page: Layout, words: Words) -> list[tuple[int, int]]:
    """Where a report's part on the period to come runs: from its heading ("II. PHƯƠNG
    HƯỚNG, NHIỆM VỤ NĂM 2027", "Phần II / KẾ HOẠCH NĂM 2027") to the next heading of its rank
    or above, the signature, or the body's end. The numbers there are the plan's targets ("1.
    Mục tiêu / Tốc độ tăng trưởng đạt 8%"), no results."""
    rules = _rules()
    top = min(page.title.start, page.body_start) if page.title else page.body_start
    end_of_body = min(page.body_end, page.signature.start if page.signature else page.body_end)
    latest: list[int | None] = []  # read once, at the first heading of the plan's nouns

    def latest_year() -> int | None:
        if not latest:
            latest.append(_latest_year(text, words, rules, top, page.body_end))
        return latest[0]

    parts: list[tuple[int, int]] = []
    opened: tuple[int, int] | None = None  # where the part starts, and its heading's rank
    for whole in lines(text):
        if whole.start < page.body_start or whole.start >= end_of_body:
            continue
        # the heading's words, after its mark ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
        listed = _LIST_MARK.match(text, whole.start, whole.end)
        start = listed.end() if listed is not None else whole.start
        line = Segment(text[start : whole.end], start, whole.end)
        mark = _heading_mark(text, line) if line.text else None
        if mark is None:
            continue
        rank = _heading_rank(mark, line.text)
        plan = _task_heading(text, words, line, rules) or _plan_heading(text, words, line, rules, latest_year)
        if opened is not None and rank <= opened[1] and not plan:
            parts.append((opened[0], whole.start))
            opened = None
        elif opened is None and plan:
            opened = (whole.start, rank)
    if opened is not None:
        parts.append((opened[0], end_of_body))
    return parts


def _heading_rank(mark: str, line: str) -> int:
    """0 for a part ("Phần II"), 1 for a roman mark or a line in capitals, 2 for a number, 3
    for a letter, 4 for a bullet or a line in lower case."""
    if _PART_HEADING.match(line):
        return 0
    if _ROMAN_MARK.fullmatch(mark) or (not mark and line.isupper()):
        return 1
    if mark.isdigit():
        return 2
    return 3 if mark.isalpha() else 4


def _plan_heading(
    text: str, words: Words, line: Segment, rules: _Rules, latest: Callable[[], int | None]
) -> bool:
    """ "KẾ HOẠCH NĂM 2027", "Các chỉ tiêu chủ yếu năm 2027": the plan's nouns and the period
    to come (the latest year the text names, or words of the future)."""
    i, end = words.first_from(line.start), words.first_from(line.end)
    i += rules.plan_heading_nouns.longest_at(words, i) if i < end else 0
    if i == words.first_from(line.start) or i == end:
        return False
    rest = Segment(text[words.starts[i] : line.end], words.starts[i], line.end)
    if not _only_period(words, rest, rules) or _find(words, rules.reviewed, rest) is not None:
        return False
    return _names_year(text, rest, latest()) or _find(words, rules.future, rest) is not None


def extract_items(
    text: str, page: Layout, words: Words | None = None, planned: PlannedPeriod | None = None
) -> tuple[list[TextItem], list[TextItem]]:
    """``(tasks, shortcomings)`` from the body of ``text``; ``planned`` is the period the
    meeting plans, when the lead names it ("Quý II, huyện tiếp tục …" opens its tasks)."""
    rules = _rules()
    words = words or Words(text)
    tasks: list[TextItem] = []
    shortcomings: list[TextItem] = []
    state = _State()
    # Years in the footer (other articles' headlines) are no years of this report.
    top = min(page.title.start, page.body_start) if page.title else page.body_start
    latest = _latest_year(text, words, rules, top, page.body_end)
    # The sentence before, if it gave no task: across a paragraph's end too, so that "Đó là
    # chỉ đạo của …" opening a paragraph points back at the quotation above it.
    before: Segment | None = None
    for para in lines(text):
        # The body may start inside the first line, after a crawl stamp.
        if para.end <= page.body_start or para.start >= page.body_end:
            continue
        # A caption by its shape ("… (Ảnh: HH)") is one; a short line with no stop may be an
        # item or a heading instead.
        if is_caption(para.text) or (
            _is_caption(para.text)
            and not _an_item(words, para, rules, state.mode)
            and not _heads_items(text, words, para, rules)
        ):
            if para.text.isupper():
                state = _State()  # "KIẾN NGHỊ, ĐỀ XUẤT": the report's next part ends the list
            continue
        if state.mode and not state.intro and not _continues(words, para, rules, state.mode):
            state = _State()
        narrating = False  # the paragraph tells what the period reviewed saw done
        for sent in sentences(text, max(para.start, page.body_start), para.end):
            if narrating and _looks_ahead(text, words, sent, rules, latest):
                narrating = False
            if narrating and not state.mode and _opens_unmarked(words, sent, rules):
                # "Trong 6 tháng vừa qua, Đảng ủy Khối đã hoàn thành … Chỉ đạo các chi, đảng bộ
                # cơ sở tổ chức đại hội …", "… Về xây dựng cơ bản đã đôn đốc …; Tổ chức thẩm định
                # 28 công trình": the paragraph goes on with what was done
                before = None
                continue
            tells = not narrating and _tells_reviewed(text, words, sent, rules, latest)
            if tells:
                narrating = True
                if state.mode == "task" or state.announced:
                    state = _State()  # the tasks announced before do not start here
            if (
                before is not None
                and rules.pointing_back.longest_at(words, words.first_from(sent.start))
                and not _is_past(words, before.start, before.end, rules)
            ):
                inner = _unquoted(text, before)
                tasks.extend(_items(text, words, inner.start, inner.end, rules, task=True, clauses=True))
            had = len(tasks)
            _read_sentence(text, words, sent, state, tasks, shortcomings, rules, latest, planned)
            if tells:
                # "Trong 6 tháng đầu năm 2026, … đã có sự tập trung chỉ đạo quyết liệt nên …":
                # what was done then sets no task and opens no list
                del tasks[had:]
                if state.mode == "task":
                    state = _State()
            before = sent if len(tasks) == had else None
            if state.single:
                state.single, state.strict = False, True
            state.announced = _find(words, rules.announcements, sent) is not None or _sets_targets(
                words, sent, rules
            )
    return _unique(_whole(text, tasks, page)), _unique(_whole(text, shortcomings, page))


def _unquoted(text: str, sent: Segment) -> Segment:
    """ "“Tiếp tục A; B; C…”.": a quotation whole, less its marks, so its ";" part items."""
    body = sent.text.rstrip(" .")
    if len(body) > 2 and body[0] in "“\"" and body[-1] in "”\"" and body.count(body[0]) == 1:
        return Segment(body[1:-1], sent.start + 1, sent.start + len(body) - 1)
    return sent


def _whole(text: str, items: list[TextItem], page: Layout) -> list[TextItem]:
    """The items less a last one of a few words that the text's cut end broke off ("… nâng
    cao chất lư"): an excerpt that stops mid-word leaves no item. A body that a footer or a
    signature closes was not cut."""
    if not items or text[page.body_end :].strip():
        return items
    last = items[-1]
    end = text[: page.body_end].rstrip()
    broken = last.span[1] >= len(end) and end[-1:].isalpha()
    return items[:-1] if broken and len(last.text.split()) <= CUT_ITEM_WORDS else items


def _read_sentence(
    text: str,
    words: Words,
    sent: Segment,
    state: _State,
    tasks: list[TextItem],
    shortcomings: list[TextItem],
    rules: _Rules,
    latest: int | None = None,
    planned: PlannedPeriod | None = None,
) -> None:
    announced_shortcomings = state.mode == "short"
    state.intro = False
    first = words.first_from(sent.start)
    if rules.attendance.longest_at(words, first):
        # "Tham dự có bà A, Thường vụ chỉ đạo thành phố B; …": who attended, no task in it
        state.mode = None if state.mode == "task" else state.mode
        return
    cause = rules.causes.longest_at(words, first) and not rules.consequences.longest_at(
        words, first
    )
    # A sentence on the causes ends a list of shortcomings and is none itself; one that opens
    # on "Nguyên nhân" is none even after a paragraph break ended the list.
    if cause and (state.mode == "short" or rules.cause_sentences.longest_at(words, first)):
        state.mode = None
        return
    if state.mode and _LIST_MARK.fullmatch(text, sent.start, sent.end):
        return  # "1." read as a sentence of its own: the item follows it
    mark = _heading_mark(text, sent)
    if mark is not None and _task_heading(text, words, sent, rules):
        state.mode, state.single, state.strict, state.intro = "task", False, False, True
        return
    if mark is not None and _proposal_heading(text, words, sent, rules):
        state.mode, state.single, state.strict = "proposal", False, False
        return
    if (
        mark
        and state.mode is None
        and not _ends_colon(text, sent)
        and not _noun_heading(text, words, sent, rules)
    ):
        return  # "1. Lãnh đạo phát triển kinh tế": the field of the results below, no task
    if state.mode and mark is not None and (_ROMAN_MARK.fullmatch(mark) or text[sent.start : sent.end].isupper()):
        # "IV. TỔ CHỨC THỰC HIỆN": the report's next part ends the list
        state.mode = None
    elif state.mode and mark is not None and rules.topic_headings.longest_at(words, first):
        return  # "1. Về kinh tế": the field of the items below, no item
    if state.mode == "proposal":
        return  # what the report asks of the bodies above it: no task it sets
    listed = _listed_before(words, sent, rules)
    if listed is not None:
        # "A, B, C là những nhiệm vụ trọng tâm được kỳ họp đề ra.": the tasks come first.
        tasks.extend(_items(text, words, listed[0], listed[1], rules, task=True, clauses=True))
        state.mode = None
        return
    task_start = _task_trigger(text, words, sent, rules, latest, planned)
    if task_start is None:
        task_start = _year_opener(text, words, sent, rules, latest)
    if task_start is None and (main := _after_lead_in(text, words, sent, rules)) is not None:
        task_start = _opener(text, words, main, rules, latest, planned)
        if task_start is None:
            task_start = _year_opener(text, words, main, rules, latest)
    if task_start is None and tasks and state.mode is None:
        task_start = _follower(words, sent, rules)
    if task_start is None and state.mode is None:
        task_start = _numbered_task(text, words, sent, rules)
    if task_start is None and state.announced:
        task_start = _in_which(words, sent, rules)
    if task_start is None and state.mode is None:
        task_start = _prescription(words, sent, rules)
    if task_start is None and state.mode is None:
        task_start = _settled(words, sent, rules)
    if task_start is not None and task_start >= 0:
        at = words.first_from(_skip_punct(text, task_start))
        if _remedies_listed(text, words, at, sent, rules):
            task_start = None  # "lưu ý cần khắc phục những hạn chế như A, B": shortcomings
        elif (nouns := _noun_list(text, words, sent, rules)) is not None and 0 <= nouns[0] < task_start:
            # "Các đại biểu nêu một số tồn tại hạn chế đó là: A; B; đề nghị C": the list the
            # shortcomings open, less the proposals among its items.
            found = _items(text, words, nouns[0], sent.end, rules, task=False)
            shortcomings.extend(it for it in found if not _proposes(words, it, rules))
            state.mode = None
            return
    if task_start is not None:
        state.mode, state.single, state.strict = "task", False, False
        state.intro = task_start == -1 and _ends_colon(text, sent)
        if task_start >= 0:
            shortcomings.extend(_lead_shortcomings(text, words, sent, task_start, rules))
            task_start = _past_lead_colon(text, task_start, sent)
            tasks.extend(_items(text, words, task_start, sent.end, rules, task=True))
        return
    # In a task list, a sentence that opens on a task verb is one more task, even when it
    # names what fell short ("Tập trung hoàn thành chỉ tiêu chưa đạt …").
    directive = state.mode == "task" and rules.verbs.longest_at(words, first)
    elaborated = rules.elaborations.longest_at(words, first)
    if announced_shortcomings and elaborated:
        # "… vẫn còn những tồn tại, hạn chế. Đó là, A; B chưa chỉ rõ những tồn tại …; C": the
        # sentence is the list announced, whatever nouns its items hold
        start = _skip_punct(text, words.ends[first + elaborated - 1])
        found = _items(text, words, start, sent.end, rules, False)
        shortcomings.extend(it for it in found if not _proposes(words, it, rules))
        return
    short = None if directive else _shortcoming_trigger(text, words, sent, rules)
    if short is not None and short[1] == "none" and state.mode == "short":
        short = None  # in a list of shortcomings every part is one, not only the last
    if short is not None:
        start, follow = short
        if follow != "none" or state.mode != "short":  # a list already open goes on
            state.mode = "short" if follow != "none" else None
            state.single, state.strict = follow == "strict", False
        named = _find(words, rules.shortcoming_announcements, sent) is not None
        state.intro = start == -1 and follow != "none" and (_ends_colon(text, sent) or named)
        if start >= 0:
            found = _items(text, words, start, sent.end, rules, False, follow == "clauses")
            if follow == "none":  # only the parts that fall short, not the results beside them
                found = [it for it in found if _names_shortfall(words, it, rules)]
            # "…; tổng sản phẩm tăng trưởng âm 3,61%, kim ngạch xuất khẩu giảm 10,9%": a part
            # that only states changes in figures reports them, unless a colon announced the
            # shortfalls it details ("chưa đạt …, đó là: A đạt 72%, …")
            if not text[:start].rstrip().endswith(":"):
                found = [
                    it
                    for it in found
                    if not _states_figures(text, words, Segment(it.text, *it.span), rules)
                ]
            if _requested(words, sent, start, rules):
                # "huyện kiến nghị với tỉnh giải quyết một số khó khăn như: Ban hành A; xem xét
                # B": what the body asks for, item by item, names no shortfall
                found = [it for it in found if not _asks_for(words, it, rules)]
            shortcomings.extend(it for it in found if not _proposes(words, it, rules))
        return
    if state.mode == "task":
        # One that opens on a task verb is one more task: a past marker later in it is
        # attributive ("… triển khai các dự án đã được phê duyệt"). One that opens on a
        # condition promises help from elsewhere ("Nếu phường gặp vướng mắc thì …").
        # "Ông A, Bí thư Thành ủy, tham dự kỳ họp.": who attended, wherever the verb stands
        attended = _find(words, rules.attendance, sent) is not None
        prescribed = None if directive or attended else _prescription(words, sent, rules)
        if prescribed is not None:
            # "Để hoàn thành các chỉ tiêu đề ra, Huyện ủy sẽ tiếp tục …": a purpose that names a
            # result, then what the body will do
            tasks.extend(_items(text, words, prescribed, sent.end, rules, task=True))
            return
        asked = _find(words, rules.directives, sent)
        asks_meeting = asked is not None and _asks_the_meeting(words, sum(asked), sent.end, rules)
        topics = rules.discussion_topics.longest_at(words, first)
        if rules.conditions.longest_at(words, first) or attended or asks_meeting or topics or _delegates_act(words, first, rules) or (not directive and (
            _is_past(words, sent.start, sent.end, rules)
            or _is_result(text, words, sent, rules)
            or _passive_report(words, sent, rules)
            or _reports(words, sent, rules)
        )):
            state.mode = None  # the report is narrating again
            return
        elaborated = rules.elaborations.longest_at(words, first)
        if elaborated and not rules.verbs.longest_at(words, first + elaborated):
            return  # "Đó là điện, dầu khí, than đá …": what the task before names, no task
        start = _announced_colon(text, words, sent, rules)
        tasks.extend(_items(text, words, start, sent.end, rules, task=True))
    elif state.mode == "short":
        but = rules.but.longest_at(words, first)
        if rules.turn_back.longest_at(words, first) or (
            but and rules.effort_turns.longest_at(words, first + but)
        ):
            state.mode = None  # "Song, với sự nỗ lực …": the report turns back to the results
            return
        negative = _find(words, rules.negative, sent)
        discussed = _find(words, rules.discussion, sent) is not None
        if discussed and (negative is None or rules.nouns.longest_at(words, negative[0])):
            state.mode = None  # "HĐND huyện sẽ thảo luận, làm rõ … hạn chế và nguyên nhân"
            return
        if _states_figures(text, words, sent, rules):
            state.mode = None  # "Tổng thu ngân sách … đạt 46,6% kế hoạch": results again
            return
        if negative is None and _harm_rises(words, first, sent.end, rules):
            shortcomings.extend(_items(text, words, sent.start, sent.end, rules, task=False))
            return
        if negative is None and state.strict:
            state.mode, state.strict = None, False
            return
        if negative is None and (
            _is_result(text, words, sent, rules)
            or _find(words, rules.modals, sent) is not None
            or _find(words, rules.positive_states, sent) is not None
        ):
            # the results resume ("An ninh chính trị ổn định"), or the remedies begin ("cần …")
            state.mode = None
            return
        shortcomings.extend(_items(text, words, sent.start, sent.end, rules, task=False))


def _names_shortcomings(words: Words, i: int, rules: _Rules) -> bool:
    """From word ``i``: (about) a determiner, (a word of kind) and a shortcoming noun ("về một
    số mặt tồn tại", "những hạn chế")."""
    i += rules.topic_links.longest_at(words, i) if i < len(words) else 0
    determiner = _determiner_at(words, i, rules)
    if not determiner:
        return False
    i += determiner
    return any(i + k < len(words) and rules.nouns.longest_at(words, i + k) for k in (0, 1))


def _delegates_act(words: Words, first: int, rules: _Rules) -> bool:
    """ "Tại kỳ họp, các đại biểu HĐND huyện chất vấn …", "Các đại biểu cũng tập trung làm
    rõ …": what the delegates did there."""
    n = rules.at_meeting.longest_at(words, first)
    k = first + n
    d = rules.delegates.longest_at(words, k) if k < len(words) else 0
    if not d or n:
        return bool(d)
    return any(rules.discussion.longest_at(words, j) for j in range(k + d, min(k + d + 3, len(words))))


def _past_lead_colon(text: str, start: int, sent: Segment) -> int:
    """ "Trong quý IV, Ủy ban … tiếp tục tập trung các nội dung công tác: A; B": a colon in
    the first item ends the lead that names them; the items follow it."""
    semicolon = text.find(";", start, sent.end)
    colon = text.find(":", start, semicolon if semicolon >= 0 else sent.end)
    if colon < 0 or len(text[colon + 1 : sent.end].split()) < MIN_ITEM_WORDS:
        return start
    return colon + 1


def _announced_colon(text: str, words: Words, sent: Segment, rules: _Rules) -> int:
    """ "Các ngành chỉ đạo thực hiện tốt một số nội dung sau: A": a sentence that goes on a
    task list and announces its own items; they start after the colon. A colon after other
    words explains ("thực hiện “mục tiêu kép”: vừa …"), and the item is the whole."""
    start = _past_lead_colon(text, sent.start, sent)
    if start == sent.start:
        return start
    k = words.first_from(start - 1)
    lead = any(
        k - back >= 0 and rules.list_lead_words.longest_at(words, k - back) == back
        for back in (1, 2)
    )
    return start if lead else sent.start


# Triggers: each returns where the items start in the sentence, -1 for an introduction whose
# items follow in the next sentences, or None when the sentence opens no list.


def _find(
    words: Words, phrases: PhraseSet, sent: Segment, start: int | None = None
) -> tuple[int, int] | None:
    return phrases.find(words, words.first_from(sent.start if start is None else start), sent.end)


def _asks_upward(text: str, words: Words, sent: Segment, i: int, n: int, rules: _Rules) -> bool:
    """The directive at word ``i`` is a unit's request to a level above its own: the subject
    of its clause names a lower level than the one addressed right after it."""
    clause = max(sent.start, text.rfind(",", sent.start, words.starts[i]) + 1)
    subject = next(
        (r for k in range(words.first_from(clause), i) if (r := _level_rank(words, k, rules))),
        None,
    )
    addressed = _level_rank(words, i + n, rules)
    if addressed is None and (organ := rules.addressees.longest_at(words, i + n)):
        addressed = _level_rank(words, i + n + organ, rules)  # "kiến nghị: UBND tỉnh …"
    if addressed is None:
        # "Huyện A kiến nghị: UBND tỉnh Cà Mau chỉ đạo các sở hỗ trợ …": the level asked to
        # direct, named right before the verb
        k = i - 1
        while k >= 0 and i - k <= ACTOR_REACH and addressed is None:
            addressed = _level_rank(words, k, rules)
            if not words.joined(k):
                break
            k -= 1
    return subject is not None and addressed is not None and addressed > subject


def _level_rank(words: Words, k: int, rules: _Rules) -> int | None:
    n = rules.levels.longest_at(words, k) if k < len(words) else 0
    return rules.level_ranks.get(tuple(words.keys[k : k + n])) if n else None


def _names_year(text: str, sent: Segment, year: int | None) -> bool:
    return year is not None and any(
        int(m.group(1)) == year for m in _YEAR.finditer(text, sent.start, sent.end)
    )


def _topic_end(text: str, words: Words, sent: Segment, rules: _Rules, comma: int) -> int:
    """ "Về phương hướng, nhiệm vụ 6 tháng cuối năm 2020, UBND huyện …": a topic may list its
    nouns with commas; it ends at the first comma after the period planned it names."""
    pieces = split_at(text, sent.start, sent.end, ",", TOPIC_CLAUSES)
    for piece in pieces[:-1]:
        if _find(words, rules.future, piece) is not None:
            return text.find(",", piece.end, sent.end)
    return comma


def _task_trigger(
    text: str,
    words: Words,
    sent: Segment,
    rules: _Rules,
    latest: int | None = None,
    planned: PlannedPeriod | None = None,
) -> int | None:
    directives, modal_directives = rules.directives.by_first, rules.modal_directives.by_first
    keys = words.keys
    first = words.first_from(sent.start)
    purposed = _after_purpose(words, first, sent, rules)
    if purposed is not None:
        return purposed
    # "Kết luận hội nghị, ông A … đã chỉ đạo các địa phương …": the chair's closing words
    # are reported in the past, and still set the tasks.
    concluding = bool(rules.conclusions.longest_at(words, first))
    # "UBND huyện đã chỉ đạo A; B; chỉ đạo C": after a directive given, the later ones of the
    # sentence go on narrating, unless a future marker comes between.
    narrated = -1
    for i in range(first, words.first_from(sent.end)):
        key = keys[i]
        if key in directives:
            n = rules.directives.longest_at(words, i)
            if n and rules.addressed_directives.longest_at(words, i) == n:
                addressed = rules.addressees.longest_at(words, i + n)
                n = n if addressed and not rules.not_addressees.longest_at(words, i + n) else 0
            given = n and (
                _after_any(words, i, rules.directive_not_after)
                or (i > 0 and rules.directive_nouns.longest_at(words, i - 1) > 1)
                or _past_in_clause(words, i, rules)
                or _after_results(text, words, sent, i, rules)
            )
            if given and not concluding:
                narrated = i
            elif n and narrated >= 0 and rules.future.find(words, narrated, i) is None:
                given = True
            if given and not (concluding and _after_any(words, i, rules.past)):
                n = 0  # a directive already given in the period reviewed, or a noun
            if (
                n
                and not _reviewed_opening(text, words, sent, i, rules, latest)
                and not _asks_the_meeting(words, i + n, sent.end, rules)
            ):
                if rules.directive_not_before.longest_at(words, i + n):
                    return -1  # "Đó là lưu ý của Bí thư …": the directives are around it
                if rules.directive_awards.longest_at(words, i + n):
                    continue  # "đề nghị trao tặng huy hiệu …": a proposal reported
                if rules.directive_objects.longest_at(words, i + n):
                    continue  # "đạt chỉ tiêu, yêu cầu nhiệm vụ đã đề ra": the noun
                if _asks_upward(text, words, sent, i, n, rules):
                    continue  # "quận A đề nghị thành phố sớm bổ sung cán bộ": a request
                after = words.first_from(_skip_punct(text, words.ends[i + n - 1]))
                if after < len(words) and rules.turns.longest_at(words, after):
                    return None  # "lưu ý, bên cạnh những kết quả …, vẫn còn …": shortcomings
                if _names_shortcomings(words, after, rules):
                    return None  # "lưu ý về một số mặt tồn tại, đó là A; B": shortcomings
                return _after_intro(text, words, words.ends[i + n - 1], sent, rules)
        if key in modal_directives:
            n = rules.modal_directives.longest_at(words, i)
            if n and rules.directive_not_before.longest_at(words, i + n):
                continue  # "Theo chỉ đạo của Giám đốc, …": the noun
            if n and _names_shortcomings(words, i + n, rules):
                return None  # "chỉ rõ những tồn tại, hạn chế mà tỉnh cần khắc phục, như: A"
            modal = _modal_soon(words, i + n, sent.end, rules) if n else None
            if modal is not None and any(
                _names_shortcomings(words, modal + k, rules) for k in (1, 2)
            ):
                return None  # "cho rằng tỉnh cần lưu ý về một số mặt tồn tại, đó là A; B"
            if modal is not None:
                # "chỉ đạo, trong tháng 5, các cấp, ngành cần tập trung A; B": from the verb on
                return words.starts[modal] if modal < len(words) else sent.end
            if n and i + n < len(words) and words.gap(i + n).strip() in (",", ":"):
                # "nhấn mạnh, 6 tháng cuối năm, hệ thống dân vận tiếp tục tham mưu …": the
                # period planned opens the tasks after the directive
                after = words.starts[i + n]
                rest = Segment(text[after : sent.end], after, sent.end)
                opened = _opener(text, words, rest, rules, latest, planned)
                if opened is not None:
                    return opened
    run = _verb_run_colon(text, words, sent, rules)
    if run is not None:
        return run
    opened = _opener(text, words, sent, rules, latest, planned)
    if opened is not None:
        return opened
    labelled = _label_opener(text, words, sent, rules, latest)
    if labelled is not None:
        return labelled
    about = _about_opener(text, words, sent, rules)
    if about is not None:
        return about
    keyed = _key_task_list(text, words, sent, rules)
    if keyed is not None:
        return keyed
    found = _find(words, rules.announcements, sent)
    if found is None:
        return None
    if _after_any(words, found[0], rules.key_task_not_after):
        if _opens_reviewed(text, words, sent, rules):
            return None  # "Trong công tác thi đua thực hiện nhiệm vụ kinh tế, năm qua, …": results
        # "Ngoài đánh giá kết quả thực hiện nhiệm vụ …, HĐND còn xem xét … phương hướng, nhiệm
        # vụ 6 tháng cuối năm": the tasks carried out are reviewed; a later noun may announce
        later = rules.announcements.find(words, found[0] + found[1], sent.end)
        found = later if later is not None else found
    # "… đã đề ra 6 nhóm nhiệm vụ trọng tâm, trong đó đặc biệt chú trọng A; B": key tasks
    # whose items a link opens are to do, whatever period the sentence names
    future = _find(words, rules.future, sent) is not None or _key_tasks_linked(
        words, found, sent, rules
    )
    year_named = _names_year(text, sent, latest)
    # "Nhiệm vụ trọng tâm trong tháng 10 là tổ chức thành công Đại hội": key tasks named with
    # a copula are to do whatever period the sentence names.
    if future or year_named or _names_key_tasks(words, found, sent, rules):
        opens = words.first_from(sent.start) == found[0]
        copula = _after_copula(words, found[0] + found[1], sent, rules, opens=opens)
        if copula is not None:
            return copula
        # "… đề ra 11 nội dung thực hiện trong quý II năm 2026, trọng tâm: A; B": the noun
        # right before a colon heads the list after it.
        labelled = _labelled_list(text, words, found, sent, rules)
        if labelled is not None:
            return labelled
    if not future:
        # "thông qua nhiệm vụ năm 2019 và xác định các giải pháp …": the year planned, the
        # latest the text names, stands for the future marker before a strong verb; not in a
        # sentence that opens on the period reviewed ("Ngay từ đầu năm, toàn thị xã đã …").
        if not year_named or _find(words, rules.year_announcement_verbs, sent) is None:
            return None
        if _reviewed_opening(text, words, sent, found[0], rules):
            return None
        # "Hội nghị đã thảo luận, bàn về phương hướng … năm 2014": the meeting's own doing.
        meeting_said = rules.meeting_subjects.longest_at(words, words.first_from(sent.start))
        if not meeting_said and _is_past(words, sent.start, sent.end, rules):
            return None
    if _find(words, rules.announcement_verbs, sent) is None:
        return None
    # "Thời gian tới, ngành cần nâng cao … các chương trình, giải pháp …": a modal and its verb
    # before the noun open the list; the noun is one of the objects.
    prescribed = _find(words, rules.prescriptive_modals, sent)
    # "những tồn tại, hạn chế cần khắc phục": a shortcoming's relative clause, not a directive.
    if (
        prescribed is not None
        and prescribed[0] < found[0]
        and not _after_any(words, prescribed[0], rules.nouns)
    ):
        verb = prescribed[0] + prescribed[1]
        if verb < len(words) and rules.verbs.longest_at(words, verb):
            return words.starts[verb]
    cue_end = words[found[0] + found[1] - 1].end
    agenda = _find(words, rules.meeting_held, sent)
    if agenda is not None and agenda[0] < found[0]:
        return None  # the lead names the meeting's agenda; no list follows it
    if _in_agenda_list(text, words, found[0], sent, rules):
        return None
    colon = text.find(":", cue_end, sent.end)
    if colon >= 0:
        # "… thông qua dự thảo các báo cáo, … với 8 nội dung gồm: A; B": the agenda's items.
        lead = rules.agenda_lists.find(words, words.first_from(cue_end), colon)
        # "Báo cáo kết quả …, phương hướng, nhiệm vụ thời gian tới, ông A cho biết: Năm 2024,
        # GRDP tăng 7,78%": the report opens on a year before the one planned, its results.
        past = _YEAR.match(text, _skip_punct(text, colon + 1))
        if latest is not None and past is not None and int(past.group(1)) < latest:
            return None
        return None if lead is not None else colon + 1
    # "HĐND huyện thảo luận, quyết nghị nhiệm vụ 6 tháng cuối năm; dự toán …": a list of the
    # reports and resolutions before the meeting, not of the tasks it sets.
    voted = _find(words, rules.agenda_verbs, sent)
    if voted is not None and voted[0] < found[0] and ";" in text[cue_end : sent.end]:
        return None
    if ";" in text[cue_end : sent.end]:
        first_end = text.index(";", cue_end)
        if rules.reports.find(words, words.first_from(cue_end), first_end) is not None:
            # "Làm việc về … phương hướng, nhiệm vụ những tháng cuối năm, Thường trực HĐND tỉnh
            # đánh giá cao những kết quả …; công tác …": the noun named the agenda, the list
            # judges what was done
            return None
        # "xác định mục tiêu tăng thu ngân sách; đẩy nhanh …": the first item is what the
        # noun names, when no task verb opens it before the semicolon
        task_verb = _find(words, rules.verbs, sent, cue_end)
        return words[task_verb[0]].start if task_verb and words[task_verb[0]].start < first_end else cue_end
    if text[sent.start : sent.start + 3].lower() == "về ":
        comma = text.find(",", cue_end, sent.end)
        if comma >= 0 and len(text[comma : sent.end].split()) > MIN_ITEM_WORDS:
            return comma + 1
    link = _find(words, rules.announcement_links, sent, cue_end)
    if link is not None and rules.verbs.longest_at(words, link[0] + link[1]):
        return words[link[0] + link[1] - 1].end
    return -1


def _in_agenda_list(text: str, words: Words, k: int, sent: Segment, rules: _Rules) -> bool:
    """ "Hội nghị Trung ương đã họp, bàn về các nội dung: Tình hình … và nhiệm vụ năm 2018; …":
    the noun at word ``k`` is an item of an agenda listed after its colon."""
    colon = text.rfind(":", sent.start, words.starts[k])
    if colon < 0:
        return False
    last = words.first_from(colon) - 1
    return any(
        rules.agenda_lists.longest_at(words, j) for j in range(max(0, last - 2), last + 1)
    )


def _opens_reviewed(text: str, words: Words, sent: Segment, rules: _Rules) -> bool:
    """The sentence's first two clauses name the period reviewed ("…, năm qua, …")."""
    end = sent.start
    for _ in range(2):
        comma = text.find(",", end + 1, sent.end)
        if comma < 0:
            break
        end = comma
    lead = Segment(text[sent.start : end], sent.start, end)
    return end > sent.start and _find(words, rules.reviewed, lead) is not None


def _remedies_listed(text: str, words: Words, i: int, sent: Segment, rules: _Rules) -> bool:
    """From word ``i``: (a modal,) a remedy verb, a determiner, shortcoming nouns and "như"
    with the list after it ("cần khắc phục những tồn tại, hạn chế như A, B"): the directive
    names the shortcomings to remedy."""
    i += rules.modals.longest_at(words, i) if i < len(words) else 0
    n = rules.remedies.longest_at(words, i) if i < len(words) else 0
    if not n:
        return False
    j = i + n
    j += _determiner_at(words, j, rules)
    m = rules.nouns.longest_at(words, j) if j < len(words) else 0
    if not m:
        return False
    noun_end = words.ends[_noun_run_end(words, j + m, rules) - 1]
    return _like_list(text, words, noun_end, sent) is not None


def _key_task_list(text: str, words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "… với các nhiệm vụ trọng tâm như: A; B": the key tasks named before a colon are to do
    whatever period the sentence names, unless they were carried out ("kết quả thực hiện các
    nhiệm vụ trọng tâm như: …")."""
    found = _find(words, rules.key_task_nouns, sent)
    if found is None:
        return None
    i, n = found
    if _after_any(words, i, rules.key_task_not_after):
        return None
    end = words.ends[i + n - 1]
    k = _past_future_marker(words, i + n, rules)  # "… trong thời gian tới như: A; B"
    k += rules.list_lead_words.longest_at(words, k) if k < len(words) else 0
    if k > i + n:
        end = words.ends[k - 1]
    colon = text.find(":", end, sent.end)
    if colon > end and _PERIOD_QUALIFIER.fullmatch(text[end:colon].strip()):
        end = colon  # "5 nhiệm vụ trọng tâm trong học kỳ II năm học 2017-2018: (1) …"
    if text[end : end + 2].strip()[:1] != ":":
        return None
    colon = text.index(":", end)
    rest = text[colon + 1 : sent.end].split()
    if not rest:
        return -1  # "Các nhiệm vụ trọng tâm gồm:" heads the lines below
    return colon + 1 if len(rest) >= MIN_ITEM_WORDS else None


def _past_future_marker(words: Words, k: int, rules: _Rules) -> int:
    """Past the period planned at word ``k`` ("trong thời gian tới"), if one is there."""
    if k >= len(words):
        return k
    j = k + rules.opener_words.longest_at(words, k)
    n = rules.future.longest_at(words, j) if j < len(words) else 0
    return j + n if n else k


def _after_purpose(words: Words, first: int, sent: Segment, rules: _Rules) -> int | None:
    """ "Để thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2026, 3 tháng cuối năm các cấp, các
    ngành sẽ phải tập trung …": after a purpose that opens the sentence, the first modal and
    its task verb prescribe, before any directive or past marker."""
    if not rules.purpose_openers.longest_at(words, first):
        return None
    for j in range(first + 1, words.first_from(sent.end)):
        if rules.past.longest_at(words, j) or words.keys[j] in rules.directives.by_first:
            return None
        m = rules.prescriptive_modals.longest_at(words, j) or rules.future_modals.longest_at(
            words, j
        )
        if m:
            m += rules.prescriptive_modals.longest_at(words, j + m)  # "sẽ phải"
            verb = j + m < len(words) and rules.verbs.longest_at(words, j + m)
            return words.starts[j + m] if verb else None
    return None


def _key_tasks_linked(
    words: Words, found: tuple[int, int], sent: Segment, rules: _Rules
) -> bool:
    """The announcing noun at ``found`` names key tasks and a link ("trong đó") follows it."""
    return _names_key_tasks(words, found, sent, rules) and (
        rules.announcement_links.find(words, found[0] + found[1], sent.end) is not None
    )


def _names_key_tasks(words: Words, found: tuple[int, int], sent: Segment, rules: _Rules) -> bool:
    """The announcing noun at ``found`` names key tasks ("Nhiệm vụ trọng tâm … là"), not what
    carried them out ("Kết quả thực hiện nhiệm vụ trọng tâm là …")."""
    key = _find(words, rules.key_task_nouns, sent)
    return (
        key is not None
        and key[0] == found[0]
        and not _after_any(words, key[0], rules.key_task_not_after)
    )


def _verb_run_colon(text: str, words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "… nội dung để Hội huyện tiếp tục triển khai thực hiện: A; B": a run of task verbs with
    no object ends on the colon, and a modal or "tiếp tục" in it makes it a directive; the
    items follow the colon."""
    colon = text.find(":", sent.start, sent.end)
    if colon < 0 or len(text[colon + 1 : sent.end].split()) < MIN_ITEM_WORDS:
        return None
    end = words.first_from(colon)
    if end == 0 or text[words.ends[end - 1] : colon].strip():
        return None
    start, signal = end, False
    while start > 0:
        step = next(
            (n for n in (3, 2, 1) if start - n >= 0 and _run_step(words, start - n, n, rules)),
            0,
        )
        if not step or (start < end and not words.joined(start)):
            break
        start -= step
        signal = signal or bool(rules.colon_run_signals.longest_at(words, start))
    if start == end or not signal or _past_in_clause(words, start, rules):
        return None
    if rules.forecast_subjects.longest_at(words, words.first_from(sent.start)):
        return None  # "Tình hình kinh tế - xã hội tiếp tục phát triển: A; B": how it went
    if any(start >= n and rules.nouns.longest_at(words, start - n) == n for n in (1, 2, 3)):
        return None  # "chỉ ra các tồn tại cần khắc phục: A; B": the shortcomings to remedy
    lead = Segment(text[sent.start : words.starts[start]], sent.start, words.starts[start])
    if _find(words, rules.reviewed, lead) is not None and _find(words, rules.future, lead) is None:
        return None  # "Theo đó, trong 6 tháng đầu năm, kinh tế tiếp tục phát triển: A; B"
    return None if _reviewed_opening(text, words, sent, start, rules) else colon + 1


def _run_step(words: Words, i: int, n: int, rules: _Rules) -> bool:
    """The ``n`` words from word ``i`` are a task verb or a modal, whole."""
    return rules.verbs.longest_at(words, i) == n or rules.colon_run_signals.longest_at(words, i) == n


def _labelled_list(
    text: str, words: Words, found: tuple[int, int], sent: Segment, rules: _Rules
) -> int | None:
    """The first announcing noun with a colon right after it, in a sentence with a verb of
    announcing before it: where the items start."""
    i, n = found
    while True:
        end = words.ends[i + n - 1]
        if text[end : end + 2].strip()[:1] == ":":
            verb = _find(words, rules.announcement_verbs, sent)
            return text.index(":", end) + 1 if verb is not None and verb[0] < i else None
        nxt = rules.announcements.find(words, i + n, sent.end)
        if nxt is None:
            return None
        i, n = nxt


def _after_copula(
    words: Words, i: int, sent: Segment, rules: _Rules, *, opens: bool = False
) -> int | None:
    """ "Nhiệm vụ trọng tâm 6 tháng cuối năm là tiếp tục A; B", "phương hướng … đã nêu rõ cần
    A": the announcing noun, a copula in its clause, then a task verb (after a modal at most);
    the items start at that verb. A noun that ``opens`` the sentence may stand for the copula
    with a comma ("Nhiệm vụ trọng tâm năm 2027, tiếp tục …")."""
    for j in range(i, min(i + COPULA_REACH, len(words))):
        # "Nhiệm vụ cấp bách, đặc biệt quan trọng hiện nay là …": a comma between the noun's
        # qualities; any other mark ends its clause.
        if words.starts[j] >= sent.end or any(ch in words.gap(j) for ch in ";:."):
            break
        n = rules.copulas.longest_at(words, j)
        if n:
            k = j + n
        elif opens and "," in words.gap(j):
            k = j
        else:
            continue
        k += rules.modals.longest_at(words, k)
        if k < len(words) and words.starts[k] < sent.end and rules.verbs.longest_at(words, k):
            return words.starts[k]
    return None


def _after_results(text: str, words: Words, sent: Segment, i: int, rules: _Rules) -> bool:
    """ "Đến nay toàn huyện trồng được 634 ha …; chỉ đạo các xã tổ chức …": a directive in a
    later part of a sentence that opened on results is one more thing done."""
    semicolon = text.find(";", sent.start, words.starts[i])
    if semicolon < 0:
        return False
    opening = Segment(text[sent.start : semicolon], sent.start, semicolon)
    return _is_result(text, words, opening, rules) or _is_past(words, sent.start, semicolon, rules)


def _past_in_clause(words: Words, i: int, rules: _Rules) -> bool:
    """ "Huyện ủy đã tập trung lãnh đạo và chỉ đạo các cấp ủy …": a past marker earlier in
    the clause makes the directive one already given."""
    for j in range(i - 1, max(-1, i - CLAUSE_BACK), -1):
        gap = words.gap(j + 1)
        # "đã tập trung lãnh đạo, chỉ đạo các cơ quan …": the pair's comma is no clause's end
        paired = gap.strip() == "," and any(
            j + 1 - back >= 0 and rules.paired_verbs.longest_at(words, j + 1 - back) == back
            for back in (1, 2, 3)
        )
        if any(ch in gap for ch in ",;:.") and not paired:
            break
        if rules.task_splitters.longest_at(words, j):
            break  # "… những kết quả mà toàn ngành đã đạt được, đồng thời yêu cầu …"
        if rules.past.longest_at(words, j):
            return True
    return False


def _reviewed_opening(
    text: str, words: Words, sent: Segment, i: int, rules: _Rules, latest: int | None = None
) -> bool:
    """ "Trong 6 tháng đầu năm 2024, UBND huyện chỉ đạo các cơ quan …": the sentence opens on
    the period reviewed, so its directive was given then; so does one that opens on a year
    before the latest the text names ("Năm 2014, … tập trung chỉ đạo các ngành …" in a
    review that plans 2015)."""
    comma = text.find(",", sent.start, words.starts[i])
    if comma < 0:
        return False
    clause = Segment(text[sent.start : comma], sent.start, comma)
    if _find(words, rules.future, clause) is not None:
        return False
    if rules.acknowledgements.longest_at(words, words.first_from(sent.start)):
        return False  # "Ghi nhận những kết quả đạt được trong thời gian qua, … đề nghị …"
    if latest is not None and any(
        int(m.group(1)) < latest for m in _YEAR.finditer(text, clause.start, clause.end)
    ):
        return True
    return _find(words, rules.reviewed, clause) is not None


def _tells_reviewed(
    text: str, words: Words, sent: Segment, rules: _Rules, latest: int | None
) -> bool:
    """The sentence opens on the period reviewed and tells what was done in it ("Trong 6
    tháng vừa qua, Đảng ủy Khối đã hoàn thành việc hợp nhất …")."""
    comma = text.find(",", sent.start, sent.end)
    after = words.first_from(comma) if comma >= 0 else len(words)
    return (
        after < len(words)
        and after - words.first_from(sent.start) <= OPENER_WORDS
        and _reviewed_opening(text, words, sent, after, rules, latest)
        and _narrates(words, sent, rules)
        and not _prescribes(words, sent, rules)
    )


def _prescribes(words: Words, sent: Segment, rules: _Rules) -> bool:
    """A modal of duty in the sentence ("cần", "phải"); "nên" of a consequence is none."""
    i, end = words.first_from(sent.start), words.first_from(sent.end)
    while (found := rules.modals.find(words, i, sent.end)) is not None:
        if not rules.consequence_modals.longest_at(words, found[0]):
            return True
        i = found[0] + found[1]
        if i >= end:
            break
    return False


def _looks_ahead(
    text: str, words: Words, sent: Segment, rules: _Rules, latest: int | None
) -> bool:
    """The sentence speaks of the period planned: a future marker or modal, or the year."""
    future = _find(words, rules.future, sent)
    if future is not None and rules.present_markers.longest_at(words, future[0]):
        # "số quỹ hội toàn huyện hiện nay là trên 1 tỷ đồng": a level now, told as a result
        future = _find(words, rules.future, sent, words[future[0] + future[1] - 1].end)
    return (
        future is not None
        or _find(words, rules.future_modals, sent) is not None
        or _names_year(text, sent, latest)
    )


def _opens_unmarked(words: Words, sent: Segment, rules: _Rules) -> bool:
    """The sentence opens on a directive, a task verb or a topic ("Về …")."""
    first = words.first_from(sent.start)
    return first < len(words) and any(
        opening.longest_at(words, first)
        for opening in (rules.directives, rules.verbs, rules.opener_topics)
    )


def _asks_the_meeting(words: Words, i: int, end: int, rules: _Rules) -> bool:
    """ "yêu cầu, đại biểu tham dự hội nghị cần tập trung đánh giá …": what the delegates
    are asked to discuss at the meeting, not a task for the period; so is what the hosts are
    asked to clarify there ("đề nghị lãnh đạo huyện làm rõ một số thông tin …")."""
    clarify = rules.clarifications.find(words, i, end)
    if clarify is not None and clarify[0] - i <= ADDRESSEE_REACH:
        return True
    # "đề nghị: Trên cơ sở kết quả đạt được …, các đại biểu cho ý kiến …": past the results
    # the request builds on, to whom it is addressed
    i = _after_grounds(words, i, end, rules)
    found = rules.delegates.find(words, i, end)
    if found is None or found[0] - i > DELEGATE_REACH:
        return False
    return rules.discussion.find(words, found[0] + found[1], end) is not None


def _modal_soon(words: Words, i: int, end: int, rules: _Rules) -> int | None:
    """The word after a modal ("cần", "phải") within the next few words, after the period
    planned and a subject at most ("nhấn mạnh: thời gian tới các cấp ủy cần …", "nhấn mạnh
    trong năm 2027, các cấp Hội cần …"); None if there is none."""
    if i < len(words):
        i += rules.future.longest_at(words, i)
    year = rules.year_openers.longest_at(words, i) if i < len(words) else 0
    if year and i + year < len(words) and words.keys[i + year].isdigit():
        i += year + 1
    if i < len(words) and rules.opener_words.longest_at(words, i):
        # "chỉ đạo, trong tháng 5, các cấp, ngành, địa phương cần …": the month planned
        k = next((k for k in range(i + 1, min(i + 5, len(words))) if "," in words.gap(k)), None)
        if k is not None:
            i = k
    if i < len(words) and rules.purpose_clauses.longest_at(words, i):
        # "nhấn mạnh, để thực hiện kế hoạch năm 2018, đặc biệt …, các địa phương cần …": past
        # the clause of purpose, one of its commas ends it.
        commas = 0
        for k in range(i + 1, len(words)):
            if words.starts[k] >= end or commas == PURPOSE_COMMAS:
                break
            if "," in words.gap(k):
                commas += 1
                found = _modal_within(words, k, end, rules)
                if found is not None:
                    return found
        return None
    return _modal_within(words, i, end, rules)


def _modal_within(words: Words, i: int, end: int, rules: _Rules) -> int | None:
    for j in range(i, min(i + MODAL_REACH, len(words))):
        if words.starts[j] >= end:
            break
        n = rules.modals.longest_at(words, j)
        if n and rules.modal_lookalikes.longest_at(words, j) > n:
            continue  # "… năm 2024 cũng như nhiệm vụ năm 2025": "as well as", no duty
        if n and any(
            j >= b and rules.concession_openers.longest_at(words, j - b) == b for b in (1, 2)
        ):
            return None  # "khẳng định, mặc dù phải đối mặt với nhiều khó khăn, …": conceded
        if n and not ("," in words.gap(j) and rules.consequence_modals.longest_at(words, j)):
            return j + n
    return None


def _opener(
    text: str,
    words: Words,
    sent: Segment,
    rules: _Rules,
    latest: int | None = None,
    planned: PlannedPeriod | None = None,
) -> int | None:
    """ "Trong 6 tháng cuối năm, huyện tiếp tục A; B": a short opening clause naming the
    period planned, then a subject and a task verb; the items start after the comma.
    Without the comma ("Thời gian tới huyện tập trung A; B") a subject must follow the
    period, and the items start at it."""
    first = words.first_from(sent.start)
    lead = first + rules.opener_words.longest_at(words, first)
    # "Nhiệm vụ trọng tâm trong những tháng cuối năm, Hội sẽ …": the noun labels the period.
    label = rules.announcements.longest_at(words, first) if lead == first else 0
    period = lead
    if label and first + label < len(words):
        period = first + label + rules.opener_words.longest_at(words, first + label)
    if period >= len(words):
        return None
    comma = text.find(",", sent.start, sent.end)
    after = words.first_from(comma) if comma >= 0 else len(words)
    topical = bool(rules.opener_topics.longest_at(words, first))
    if topical:
        # "Để đạt các mục tiêu, kế hoạch năm 2020, thời gian tới Tiền Hải tiếp tục …": a
        # clause of purpose, then the period planned with no comma after it.
        for piece in split_at(text, sent.start, sent.end, ",", TOPIC_CLAUSES)[1:]:
            k = words.first_from(piece.start)
            if k < len(words) and rules.future.longest_at(words, k):
                opened = _bare_opener(words, k, sent, rules)
                if opened is not None:
                    return opened
        comma = _topic_end(text, words, sent, rules, comma)
        after = words.first_from(comma) if comma >= 0 else len(words)
    limit = (TOPIC_OPENER_WORDS if topical else OPENER_WORDS) + label
    if comma < 0 or after - first > limit or after >= len(words):
        return _bare_opener(words, lead, sent, rules)
    clause = Segment(text[sent.start : comma], sent.start, comma)
    # "Trong quý II-2021, huyện tập trung …" when the meeting plans the second quarter
    names_planned = planned is not None and planned.named_in(clause.text)
    if (
        _find(words, rules.future, clause) is None
        and not (topical and _names_year(text, clause, latest))
        and not names_planned
    ):
        return _bare_opener(words, lead, sent, rules)
    count = words[period].text  # "6" or "Sáu"
    months = _counts_months(words, period)
    if not months and any(
        int(m.group(1)) != latest for m in _YEAR.finditer(text, clause.start, clause.end)
    ):
        # "Cuối năm 2015, tỷ lệ hộ nghèo …": the end of a year already reviewed. "6 tháng cuối
        # năm 2017, …" plans, whatever later year the text names.
        return None
    if not (
        topical
        or names_planned
        or count.isdigit()
        or number_word(count)
        or rules.future.longest_at(words, period)
        or rules.future.longest_at(words, first)  # "Những tháng cuối năm, …"
    ):
        return None
    comma, after = _past_purpose(text, words, comma, sent, rules)
    if after < len(words) and rules.forecast_subjects.longest_at(words, after):
        return None  # "Thời gian tới, tình hình dịch bệnh tiếp tục diễn biến phức tạp": a forecast
    # The subject may be a list of bodies ("các cấp ủy, chính quyền, mặt trận và các đoàn thể").
    for j in range(after, min(after + OPENER_SUBJECT_REACH, len(words))):
        # "…, tỉnh A đã đạt được nhiều kết quả, hoàn thành 24/24 chỉ tiêu": what was done
        if words.starts[j] >= sent.end or rules.past.longest_at(words, j):
            break
        # "…, UBND xã đặt ra các chỉ tiêu chủ yếu như: A; B": a verb of setting opens them too
        if (
            rules.verbs.longest_at(words, j)
            or rules.modals.longest_at(words, j)
            or rules.plan_verbs.longest_at(words, j)
        ):
            if _narrated_verb(words, j, rules):
                return None
            plan = rules.plan_verbs.longest_at(words, j) or rules.verbs.longest_at(words, j)
            if plan and _counts_targets(text, words, j + plan, sent, rules):
                return -1  # "Nhiệm kỳ mới, phường đề ra 26 chỉ tiêu, 5 chương trình": announced
            return _past_announced_colon(text, words, comma + 1, sent, rules)
    return None




def _will(words: Words, k: int, sent: Segment, rules: _Rules) -> int | None:
    """The planning verb after "sẽ" within a subject's reach of word ``k``, no past before
    it: where the tasks start."""
    for j in range(k + 1, min(k + SUBJECT_REACH // 2, len(words))):
        if words.starts[j] >= sent.end or rules.past.longest_at(words, j):
            return None
        m = rules.future_modals.longest_at(words, j)
        if m:
            return j + m if rules.plan_verbs.longest_at(words, j + m) else None
    return None


def _after_lead_in(text: str, words: Words, sent: Segment, rules: _Rules) -> Segment | None:
    """ "Cũng theo ông A, trong những tháng còn lại …", "Với phương châm “…”, trong 6 tháng
    cuối năm, …": the sentence after a source or a motto that opens it, where a period
    planned may open the tasks."""
    first = words.first_from(sent.start)
    colon = text.find(":", sent.start, sent.end)
    if colon >= 0 and words.first_from(colon) - first <= LEAD_IN_WORDS:
        # "Chủ tịch UBND huyện A: Năm 2020, huyện …": the speaker named before a colon.
        start = _skip_punct(text, colon + 1)
        if start < sent.end:
            return Segment(text[start : sent.end], start, sent.end)
    pieces = split_at(text, sent.start, sent.end, ",", SPEAKER_CLAUSES + 1)
    # "Tại hội nghị, Bí thư Đảng ủy phường A cho biết, năm 2026, phường …": who said it
    for k, piece in enumerate(pieces[:SPEAKER_CLAUSES]):
        last = words.first_from(piece.end) - 1
        if last - first > LEAD_IN_WORDS or k + 1 >= len(pieces):
            break
        if rules.speech_verbs.ends_before(words, last + 1):
            after = pieces[k + 1]
            return Segment(text[after.start : sent.end], after.start, sent.end)
    if not rules.opener_lead_ins.longest_at(words, first):
        return None
    # The first comma outside quotes ends the lead-in: a motto may hold commas of its own.
    if len(pieces) < 2 or words.first_from(pieces[0].end) - first > LEAD_IN_WORDS:
        return None
    return Segment(text[pieces[1].start : sent.end], pieces[1].start, sent.end)


def _about_opener(text: str, words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "Về nhiệm vụ tháng 11 năm 2026, hoàn chỉnh A, tập trung B": the tasks named as the
    topic, a comma, then a task verb with no subject."""
    first = words.first_from(sent.start)
    lead = first + rules.opener_words.longest_at(words, first)
    if lead > first:
        lead += _determiner_at(words, lead, rules)  # "Về các giải pháp, …"
    n = rules.announcements.longest_at(words, lead) if lead > first else 0
    if not n:
        return None
    # "Về phương hướng, nhiệm vụ năm 2025, …": the comma after the topic, not inside it
    comma = text.find(",", words.ends[lead + n - 1], sent.end)
    after = words.first_from(comma) if comma >= 0 else len(words)
    while after < len(words) and rules.announcements.longest_at(words, after):
        comma = text.find(",", words.ends[after], sent.end)
        after = words.first_from(comma) if comma >= 0 else len(words)
    if after >= len(words) or after - first > OPENER_WORDS or words.starts[after] >= sent.end:
        return None
    if rules.verbs.longest_at(words, after):
        return words.starts[after]
    # "…, Huyện ủy A tập trung chỉ đạo …": a short subject, then a planning verb
    for j in range(after + 1, min(after + SUBJECT_REACH // 2, len(words))):
        if words.starts[j] >= sent.end or "," in words.gap(j) or rules.past.longest_at(words, j):
            break
        if rules.plan_verbs.longest_at(words, j):
            return words.starts[j]
    return None


def _counts_months(words: Words, i: int) -> bool:
    """A count of months or quarters starts at word ``i`` ("6 tháng", "Sáu tháng")."""
    if i + 1 >= len(words):
        return False
    count = words[i].text
    return (count.isdigit() or number_word(count) is not None) and words.keys[i + 1] in _PERIOD_UNITS


def _bare_opener(words: Words, lead: int, sent: Segment, rules: _Rules) -> int | None:
    """The period planned opens the sentence with no comma; a subject, then a task verb.
    "Nhiệm vụ tháng 11 tập trung A, B" names the next period after the noun, the verb next."""
    if _counts_months(words, lead):
        lead += 2  # "6 tháng cuối năm ngành y tế tiếp tục …": the months, then the period
    n = rules.future.longest_at(words, lead)
    if not n:
        return _named_period_opener(words, lead, sent, rules)
    k = lead + n
    if k < len(words) and _is_year_word(words, k):
        k += 1  # "6 tháng cuối năm 2020 hội LHPN xã tiếp tục …": the year of the period
    if k >= len(words) or words.starts[k] >= sent.end:
        return None
    if not rules.subjects.longest_at(words, k):
        # "thời gian tới Tiền Hải tiếp tục …": a place's name, then a planning verb.
        j = k
        while j < len(words) and words.joined(j) and words[j].text[:1].isupper():
            j += 1
        if j > k and j < len(words) and words.joined(j) and rules.plan_verbs.longest_at(words, j):
            return words.starts[j]
        # "Trong thời gian tới Hội Liên hiệp phụ nữ tỉnh sẽ tiếp tục …": any subject before
        # "sẽ" and a planning verb.
        verb = _will(words, k, sent, rules)
        return None if verb is None else words.starts[verb]
    for j in range(k + 1, min(k + SUBJECT_REACH // 2, len(words))):
        if words.starts[j] >= sent.end or rules.past.longest_at(words, j):
            break
        if rules.plan_verbs.longest_at(words, j):
            return words.starts[k]
    return None


def _is_year_word(words: Words, k: int) -> bool:
    key = words.keys[k]
    return len(key) == 4 and key.isdigit() and key[:2] in ("19", "20")


# "năm 2027" in any case; the boundary behind the first letter and the case spelt out let a
# search skip to the next "n" in one tight loop (re.I gives these letters only their two cases).
_YEAR = re.compile(r"[nN](?<!\w[nN])[ăĂ][mM]\s+((?:19|20)\d\d)\b")
# A digit that starts a number other than a year ("năm 2016" only names the baseline).
_FIGURE_DIGIT = re.compile(r"(?<!năm )(?<![\d.,/])\d")


def _latest_year(text: str, words: Words, rules: _Rules, start: int, end: int) -> int | None:
    """The latest year ``text[start:end]`` names with "năm", horizons left out unless all
    are."""
    years: list[int] = []
    horizons: list[int] = []
    for m in _YEAR.finditer(text, start, end):
        i = words.first_from(m.start())
        horizon = rules.horizons.ends_before(words, i)
        (horizons if horizon else years).append(int(m.group(1)))
    years = years or horizons
    return max(years) if years else None


def _label_opener(
    text: str, words: Words, sent: Segment, rules: _Rules, latest: int | None
) -> int | None:
    """ "Mục tiêu, giảm tỷ lệ hộ nghèo xuống còn 2,3%; thu nhập bình quân đạt 33 triệu đồng":
    an announcing noun as a label, then a list; the items start after its mark."""
    first = words.first_from(sent.start)
    n = rules.announcements.longest_at(words, first)
    if n and _ends_colon(text, sent):
        # "Nhiệm vụ trọng tâm 6 tháng cuối năm:" heads the list on the lines below.
        forward = _find(words, rules.future, sent) is not None or _names_year(text, sent, latest)
        return -1 if forward else None
    if not n or first + n >= len(words) or words.gap(first + n).strip() not in (",", ":"):
        return None
    start = words.starts[first + n]
    semicolon = text.find(";", start, sent.end)
    if semicolon < 0:
        return None
    if rules.past.find(words, words.first_from(start), semicolon) is not None:
        return None  # "Nhiệm vụ, các chỉ tiêu đã hoàn thành; …": a report, not a list to do
    return start


def _named_period_opener(words: Words, lead: int, sent: Segment, rules: _Rules) -> int | None:
    """ "Nhiệm vụ tháng 11 tập trung …", "Nhiệm vụ quý II tập trung …": the items start at the
    planning verb right after the period."""
    n = rules.announcements.longest_at(words, lead)
    k = lead + n
    if n:
        k += rules.opener_words.longest_at(words, k)  # "Nhiệm vụ trọng tâm trong tháng 3 …"
    ahead = rules.future.longest_at(words, k) if n and k < len(words) else 0
    if ahead and k + ahead < len(words) and rules.plan_verbs.longest_at(words, k + ahead):
        return words.starts[k + ahead]  # "Nhiệm vụ trọng tâm trong thời gian tới tiếp tục …"
    if not n or k + 2 >= len(words) or words.keys[k] not in _PERIOD_UNITS:
        return None
    count = words.keys[k + 1]
    if not (count.isdigit() or number_word(count) or count.upper() in _QUARTER_NUMERALS):
        return None
    verb = k + 2
    if words.starts[verb] < sent.end and rules.plan_verbs.longest_at(words, verb):
        return words.starts[verb]
    # "… trong tháng 3-2018, thành phố tiếp tục …": the year, a comma, a subject, a plan verb.
    after = next((j for j in range(k + 2, min(k + 5, len(words))) if "," in words.gap(j)), None)
    if after is None:
        return None
    for j in range(after, min(after + SUBJECT_REACH // 2, len(words))):
        if words.starts[j] >= sent.end or rules.past.longest_at(words, j):
            break
        if rules.plan_verbs.longest_at(words, j):
            return words.starts[after]
    return None


def _year_opener(
    text: str, words: Words, sent: Segment, rules: _Rules, latest: int | None
) -> int | None:
    """ "Năm 2027, xã tập trung A; B": a short opening clause naming the latest year the
    text names, then a subject and a planning verb; the items start after the comma."""
    comma = text.find(",", sent.start, sent.end)
    if latest is None:
        return None
    first = words.first_from(sent.start)
    after = words.first_from(comma) if comma >= 0 else len(words)
    if after - first > OPENER_WORDS or after >= len(words):
        return _bare_year_opener(words, first, sent, rules, latest)
    n = rules.year_openers.longest_at(words, first)
    if not n or first + n >= after or words.keys[first + n] != str(latest):
        return None
    if _narrates(words, sent, rules):
        return None  # "Trong năm 2022, việc triển khai … đã được thực hiện": the year reviewed
    if _find(words, rules.circumstances, sent) is not None:
        return None  # "Năm 2026, ngành triển khai nhiệm vụ có nhiều thuận lợi nhưng …": how it went
    comma, after = _past_purpose(text, words, comma, sent, rules)
    if after < len(words) and rules.forecast_subjects.longest_at(words, after):
        return None  # "Thời gian tới, tình hình dịch bệnh tiếp tục diễn biến phức tạp": a forecast
    narrated = False
    for j in range(after, min(after + SUBJECT_REACH, len(words))):
        if words.starts[j] >= sent.end or rules.past.longest_at(words, j):
            break
        # A long subject ("các cấp Hội Cựu chiến binh trong tỉnh") stands before "sẽ", or
        # before a planning verb when no verb of a result, no number and no purpose came
        # first ("Thành ủy lựa chọn 10 nhiệm vụ để tập trung …" reports a choice made).
        near = j - after < SUBJECT_REACH // 2 or not narrated
        plan = rules.plan_verbs.longest_at(words, j)
        if plan and _narrated_verb(words, j, rules):
            return None
        if plan and words.keys[j + plan : j + plan + 1] == [_DUOC]:
            plan = 0  # "tiếp tục được duy trì": what the year saw, in the passive
        if near and plan and _counts_targets(text, words, j + plan, sent, rules):
            return -1  # "Năm 2023, Huyện ủy đề ra 16 chỉ tiêu cụ thể.": the tasks come next
        if (near and plan) or rules.future_modals.longest_at(words, j):
            return _past_announced_colon(text, words, comma + 1, sent, rules)
        narrated = (
            narrated
            or words.keys[j].isdigit()
            or ":" in words.gap(j + 1)
            or bool(rules.result_verbs.longest_at(words, j))
            or bool(rules.purpose_clauses.longest_at(words, j))
        )
    # "Năm 2021 Đảng ủy phường tập trung lãnh, chỉ đạo …": the comma was inside the task.
    return _bare_year_opener(words, first, sent, rules, latest)


def _counts_targets(text: str, words: Words, k: int, sent: Segment, rules: _Rules) -> bool:
    """From word ``k``: a count of targets or tasks that ends the sentence, no list after it
    ("Năm 2027, huyện đề ra 10 chỉ tiêu; trong đó …" lists them)."""
    rest = text[words.ends[k] : sent.end] if k < len(words) else ""
    if not _target_count(words, k, rules) or any(mark in rest for mark in ";:"):
        return False
    # "đề ra 26 chỉ tiêu, 5 chương trình đột phá nhằm …": more counts, and what they serve
    for piece in split_at(text, words.ends[k], sent.end, ",")[1:]:
        m = words.first_from(piece.start)
        if not _target_count(words, m, rules):
            return False
    return True


def _target_count(words: Words, k: int, rules: _Rules) -> bool:
    """Word ``k`` counts targets or tasks ("16 chỉ tiêu", "4 nhiệm vụ")."""
    return (
        k + 1 < len(words)
        and words.keys[k].isdigit()
        and bool(rules.counted_targets.longest_at(words, k + 1))
    )


def _bare_year_opener(
    words: Words, first: int, sent: Segment, rules: _Rules, latest: int
) -> int | None:
    """ "Năm 2021 Đảng ủy phường tập trung A": the latest year, no comma, a short subject and
    a planning verb; the items start at the verb."""
    n = rules.year_openers.longest_at(words, first)
    if not n or first + n >= len(words) or words.keys[first + n] != str(latest):
        return None
    if _narrates(words, sent, rules):
        return None
    for j in range(first + n + 1, min(first + n + 1 + SUBJECT_REACH // 2, len(words))):
        if words.starts[j] >= sent.end or not words.joined(j):
            break
        if rules.plan_verbs.longest_at(words, j):
            return None if _narrated_verb(words, j, rules) else words.starts[j]
    return None


def _narrated_verb(words: Words, j: int, rules: _Rules) -> bool:
    """ "Năm 2027 được xác định là …", "các ngành đang tập trung …": a verb in the passive or
    in progress says what the year is or what is being done, not what is to be done."""
    return _after_any(words, j, rules.narrating_aspects)


def _narrates(words: Words, sent: Segment, rules: _Rules) -> bool:
    """A past marker in the sentence that tells what was done; "kế hoạch đã đề ra" only
    names a plan."""
    i, end = words.first_from(sent.start), sent.end
    while (found := rules.past.find(words, i, end)) is not None:
        if not rules.attributive_past.longest_at(words, found[0]):
            return True
        i = found[0] + found[1]
    return False


def _past_announced_colon(text: str, words: Words, pos: int, sent: Segment, rules: _Rules) -> int:
    """ "6 tháng cuối năm, Sở đã đề ra một số nhiệm vụ, giải pháp như: A; B": the items start
    after the colon that closes an announcing noun, if one comes before the first item ends."""
    first_end = text.find(";", pos, sent.end)
    colon = text.find(":", pos, sent.end if first_end < 0 else first_end)
    if colon < 0:
        return pos
    if rules.announcements.find(words, words.first_from(pos), colon) is not None:
        return colon + 1
    # "… cần tập trung thực hiện trong thời gian tới đó là: A; B": a link closes the lead.
    k = words.first_from(colon)
    linked = any(rules.announcement_links.longest_at(words, k - back) == back for back in (1, 2))
    return colon + 1 if linked else pos


def _past_purpose(
    text: str, words: Words, comma: int, sent: Segment, rules: _Rules
) -> tuple[int, int]:
    """ "Năm 2022, với mục tiêu …, Ngành tiếp tục …": a clause of purpose between the period
    and the subject is passed over. The comma before the subject, and the word after it: the
    first comma whose clause holds a planning verb before any other comma ("với mục tiêu giá
    trị sản xuất nông, lâm, thủy sản tăng trên 4%, Ngành tiếp tục …")."""
    after = words.first_from(comma)
    if after >= len(words) or not rules.purpose_clauses.longest_at(words, after):
        return comma, after
    nxt = text.find(",", words.ends[after], sent.end)
    for _ in range(PURPOSE_COMMAS):
        if nxt < 0:
            break
        k = words.first_from(nxt)
        for j in range(k, min(k + SUBJECT_REACH, len(words))):
            if words.starts[j] >= sent.end or (j > k and "," in words.gap(j)):
                break
            if rules.plan_verbs.longest_at(words, j):
                return nxt, k
        nxt = text.find(",", nxt + 1, sent.end)
    return comma, after


def _is_result(text: str, words: Words, sent: Segment, rules: _Rules) -> bool:
    """A sentence that reports a result: a result verb before any task verb or modal, and a
    number in the sentence."""
    if not re.search(r"\d", text[sent.start : sent.end]):
        return False
    for j in range(words.first_from(sent.start), words.first_from(sent.end)):
        result = rules.result_verbs.longest_at(words, j)
        # "Tăng cường …" is a task verb, though "tăng" reports a result.
        if result and result >= rules.verbs.longest_at(words, j):
            return True
        if rules.verbs.longest_at(words, j) or rules.modals.longest_at(words, j):
            return False
    return False


def _states_figures(text: str, words: Words, sent: Segment, rules: _Rules) -> bool:
    """A sentence with numbers whose only words of a shortfall are changes ("giảm 15,3% so với
    cùng kỳ", "âm 0,8%"): it reports figures, whatever they show."""
    if not _FIGURE_DIGIT.search(text, sent.start, sent.end):
        return False  # "giảm so với cùng kỳ năm 2016": a fall with no figure is a shortfall
    if _falls_short(words, words.first_from(sent.start), sent.end, rules):
        return False
    i = words.first_from(sent.start)
    while (found := rules.negative.find(words, i, sent.end)) is not None:
        if not rules.changes.longest_at(words, found[0]):
            return False
        i = found[0] + found[1]
    return True


def _listed_before(words: Words, sent: Segment, rules: _Rules) -> tuple[int, int] | None:
    """ "Đẩy mạnh A, kiểm soát B, đảm bảo C là những nhiệm vụ trọng tâm …": a task verb opens
    the sentence (after a source's mark at most) and the announcing phrase closes the list;
    the offsets of the list."""
    first = words.first_from(sent.start)
    found = rules.named_after.find(words, first + 1, sent.end)
    if found is None:
        return None
    verb = next(
        (
            k
            for k in range(first, min(first + LISTED_LEAD_WORDS, found[0]))
            if rules.verbs.longest_at(words, k)
        ),
        None,
    )
    if verb is None:
        return None
    return words.starts[verb], words[found[0]].start


def _numbered_task(text: str, words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "1-Tiếp tục tổ chức nghiên cứu …": a numbered item that opens on a task verb, nothing
    in it done yet, is a task the report sets out; the verbs after it go on the list."""
    mark = _NUMBER_MARK.match(text, sent.start, sent.end)
    if mark is None or _heading_after(text, mark.end()):
        return None
    i = words.first_from(mark.end())
    if i >= len(words) or not rules.verbs.longest_at(words, i) or _narrates(words, sent, rules):
        return None
    return mark.end()


def _heading_after(text: str, pos: int) -> bool:
    """The rest of the line from ``pos`` is a heading: short, with no sentence's end ("1. Lãnh
    đạo phát triển kinh tế" over the results it heads)."""
    stop = pos + HEADING_LINE_CHARS + 1
    line_end = text.find("\n", pos, stop)
    if line_end < 0 and stop < len(text):
        return False
    rest = text[pos : line_end if line_end >= 0 else len(text)].rstrip()
    return bool(rest) and rest[-1] not in _ENDS and rest[-1] != ":"


def _settled(words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "Ban Thường vụ Tỉnh ủy xác định tiếp tục thực hiện A; B": a body settling what is to
    be done, a task verb right after; the items start at that verb."""
    found = rules.setting_verbs.find(words, words.first_from(sent.start), sent.end)
    if found is None:
        return None
    i, n = found
    k = i + n
    if k >= len(words) or not words.joined(k) or not rules.verbs.longest_at(words, k):
        return None
    return None if _past_in_clause(words, i, rules) else words.starts[k]


def _follower(words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "Đồng thời, các xã cần …", "Cùng với đó nâng cao …" after a task list: more
    directives."""
    first = words.first_from(sent.start)
    n = rules.followers.longest_at(words, first)
    if not n or first + n >= len(words) or words.starts[first + n] >= sent.end:
        return None
    if words.gap(first + n).strip() in ("", ",") and rules.verbs.longest_at(words, first + n):
        return sent.start
    if words.gap(first + n).strip() != ",":
        return None
    return sent.start if _modal_soon(words, first + n, sent.end, rules) else None


def _sets_targets(words: Words, sent: Segment, rules: _Rules) -> bool:
    """ "Phường đề ra 16 chỉ tiêu cho năm 2027.": a verb of setting and a count of targets,
    not said as done, announce the targets the next sentence details."""
    j, last = words.first_from(sent.start), words.first_from(sent.end)
    while (found := rules.plan_verbs.find(words, j, sent.end)) is not None:
        k = found[0] + found[1]
        if k + 1 < last and _target_count(words, k, rules):
            return not _is_past(words, sent.start, sent.end, rules)
        j = found[0] + 1
    return False


def _in_which(words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "Hội nghị đã đề ra các giải pháp quý II. Trong đó, tập trung A; B": after a sentence
    that names what was set, "Trong đó" and a task verb open the list."""
    first = words.first_from(sent.start)
    n = rules.announcement_links.longest_at(words, first)
    if not n or first + n >= len(words) or words.starts[first + n] >= sent.end:
        return None
    verb = rules.verbs.longest_at(words, first + n)
    if not verb or rules.directive_not_before.longest_at(words, first + n + verb):
        return None  # "Đó là chỉ đạo của Chủ tịch …": whose the directives are
    return words.starts[first + n]


def _prescription(words: Words, sent: Segment, rules: _Rules) -> int | None:
    """ "Theo đó, các đơn vị, địa phương cần tiếp tục đôn đốc …": a subject, then "cần" or
    "phải" and a task verb, is a directive without a directive verb."""
    first = words.first_from(sent.start)
    n = rules.connectors.longest_at(words, first)
    if n and first + n < len(words) and words.gap(first + n).strip() in ("", ","):
        first += n
        if _bare_modal(words, first, sent.end, rules) is not None:
            return sent.start
    verb = _prescribed(words, first, sent, rules)
    if verb is not None:
        return sent.start if rules.subjects.longest_at(words, first) else words.starts[verb]
    # "Trên tinh thần đó, Cà Mau cần tập trung …", "Theo chỉ đạo của Phó Thủ tướng, tỉnh Kon
    # Tum cần …": a short lead clause, then the subject.
    comma = next(
        (
            k
            for k in range(first + 1, min(first + OPENER_WORDS + 1, len(words)))
            if words.gap(k).strip() == ","
        ),
        None,
    )
    if comma is not None and words.starts[comma] < sent.end:
        verb = _prescribed(words, comma, sent, rules)
        if verb is not None:
            return words.starts[comma] if rules.subjects.longest_at(words, comma) else words.starts[verb]
    # "…, vì vậy các ngành, địa phương cần phối hợp …": a consequence further on prescribes.
    lead = rules.consequence_leads.find(words, first + 1, sent.end)
    if lead is None:
        return None
    verb = _prescribed(words, lead[0] + lead[1], sent, rules)
    return None if verb is None else words.starts[verb]


def _prescribed(words: Words, first: int, sent: Segment, rules: _Rules) -> int | None:
    """From word ``first``: a subject (a known one, or a place's name), then "cần" or "phải"
    and a task verb; the verb's index."""
    j = first
    while (
        j < len(words)
        and (j == first or words.joined(j))
        and words[j].text[:1].isupper()
        and j - first < 4
    ):
        j += 1
    # "Cà Mau cần …", "ĐUQS tỉnh phải …": a place's name, or a body's initials
    initials = first < len(words) and len(words[first].text) > 1 and words[first].text.isupper()
    named = j - first >= 2 or initials
    if not named and not rules.subjects.longest_at(words, first):
        return None
    for j in range(first + 1, min(first + SUBJECT_REACH, len(words))):
        if words.starts[j] >= sent.end:
            break
        # "Huyện ủy sẽ tiếp tục quán triệt …": what the body will do is set for it too
        m = rules.prescriptive_modals.longest_at(words, j) or rules.future_modals.longest_at(
            words, j
        )
        if m:
            m += rules.both_words.longest_at(words, j + m)  # "phải vừa tập trung A; vừa B"
            return j + m if rules.verbs.longest_at(words, j + m) else None
        if (
            rules.verbs.longest_at(words, j)
            or rules.modals.longest_at(words, j)
            or rules.nouns.longest_at(words, j)
        ):
            return None  # the subject acts or did (narration), or names a shortcoming
    return None


def _bare_modal(words: Words, j: int, end: int, rules: _Rules) -> int | None:
    """ "(Bên cạnh đó,) cần chú trọng …", "(Đồng thời,) chỉ đạo cần khắc phục …": a modal
    with no subject, perhaps after the verb of the one who directs, then a task verb. The
    index of that verb."""
    j += rules.modal_leads.longest_at(words, j)
    m = rules.prescriptive_modals.longest_at(words, j)
    if m and words.starts[j] < end and rules.verbs.longest_at(words, j + m):
        return j + m
    return None


def _is_past(words: Words, start: int, end: int, rules: _Rules) -> bool:
    """A past marker before the first task verb ("Hội nghị cũng đã tổ chức …")."""
    i = words.first_from(start)
    for j in range(i, min(i + PAST_REACH, len(words))):
        if words.starts[j] >= end or rules.verbs.longest_at(words, j):
            break
        if rules.past.longest_at(words, j):
            return True
    return False


def _reports(words: Words, sent: Segment, rules: _Rules) -> bool:
    """ "Chủ tịch UBND tỉnh khẳng định dịch bệnh đang tạo ra nhiều khó khăn.", "giáo dục đạt
    nhiều kết quả tích cực": a sentence that states or judges, with no modal before it or
    just after it, is the report going on, not one more task."""
    first = words.first_from(sent.start)
    found = rules.reports.find(words, first, sent.end)
    if found is None:
        return False
    if rules.modals.find(words, first, words[found[0]].start) is not None:
        return False
    return not _modal_soon(words, found[0] + found[1], sent.end, rules)


def _passive_report(words: Words, sent: Segment, rules: _Rules) -> bool:
    """ "Quốc phòng - an ninh được giữ vững.": a sentence that ends on what was done, in the
    passive with no modal before it, reports the period; "phải được giữ vững" is a task."""
    first, stop = words.first_from(sent.start), words.first_from(sent.end)
    for j in range(max(first, stop - PASSIVE_TAIL), stop):
        if words.keys[j] == _DUOC:
            return rules.modals.find(words, first, words.starts[j]) is None
    return False


def _after_intro(text: str, words: Words, pos: int, sent: Segment, rules: _Rules) -> int:
    """After a directive: the items, or after the colon of "…một số nhiệm vụ, đó là:"."""
    colon = text.find(":", pos, sent.end)
    if colon >= 0:
        before = text[pos:colon].lower()
        if not before.strip() or any(
            cue in before for cue in ("nhiệm vụ", "nội dung", "giải pháp", "sau", "đó là", "như")
        ):
            return colon + 1
    rest = text[pos : sent.end].strip(_TRAILING)
    return pos if len(rest.split()) > MIN_ITEM_WORDS else -1


def _after_any(words: Words, i: int, phrases: PhraseSet) -> bool:
    # Up to three words back: "đã tập trung chỉ đạo các …" is a directive already given.
    for back in (1, 2, 3):
        j = i - back
        if j >= 0 and words.joined(i) and phrases.longest_at(words, j) == back:
            return True
    return False


def _shortcoming_trigger(
    text: str, words: Words, sent: Segment, rules: _Rules
) -> tuple[int, Follow] | None:
    """Where the shortcomings start in the sentence (-1: in the next sentences), and how the
    next sentences follow: as a list, only while they name a shortcoming, or not at all."""
    first = words.first_from(sent.start)
    start = first
    but = rules.but.longest_at(words, first)
    if but and rules.effort_turns.longest_at(words, first + but):
        return None  # "Tuy nhiên, với sự vào cuộc quyết liệt …": the efforts that overcame them
    if but:
        start = first + but
    turn = rules.turns.longest_at(words, start)
    if turn:
        # "Bên cạnh những thành tựu đã đạt được năm 2016, …": the turn's clause to its comma.
        comma = text.find(",", words.ends[start + turn - 1], sent.end)
        if comma >= 0 and words.first_from(comma) - start <= TURN_CLAUSE_WORDS:
            turn = words.first_from(comma) - start
    body = words.starts[start + turn] if turn and start + turn < len(words) else None
    if turn:
        start += turn
    body_start = _skip_punct(text, words.starts[start] if start < len(words) else sent.end)
    listed = _noun_list(text, words, sent, rules)
    if listed is not None:
        return listed
    if _noun_heading(text, words, sent, rules):
        return -1, "list"
    # "HĐND thành phố cũng thẳng thắn nhìn nhận tình hình … còn nhiều khó khăn": what the
    # verb acknowledges, when it names a shortfall of a subject; ending on the nouns, it also
    # introduces the next sentences.
    acknowledged = _acknowledged(text, words, sent, rules)
    if acknowledged is not None:
        return acknowledged, "list" if _is_intro(text, acknowledged, sent.end) else "none"
    # "Tuy vậy, …, Bí thư cũng nhìn nhận còn một số chỉ tiêu chưa đạt.": naming that some fell
    # short introduces the shortcomings of the next sentences.
    named = _find(words, rules.shortcoming_announcements, sent)
    if named is not None and (
        (
            _is_intro(text, words[named[0]].start, sent.end)
            and not _conceded_after(words, named[0] + named[1], sent, rules)
        )
        or _counted_intro(words, named[0] + named[1], sent, rules)
    ):
        return -1, "list"
    exist = _existential(words, sent, rules)
    if exist is not None:
        unit = rules.unit_subjects.longest_at(words, words.first_from(body_start)) > 0
        # "…, cho biết bên cạnh những kết quả đạt được, tình hình … vẫn còn nhiều khó khăn, hạn
        # chế mà cần thẳng thắn nhìn nhận.": the turn inside the sentence introduces them too.
        inner = _find(words, rules.turns, sent)
        turned = bool(turn) or unit or (inner is not None and inner[0] < exist[0])
        # "… đánh giá dù đạt được kết quả khá toàn diện song A còn chậm; B còn hạn chế": the
        # effort conceded, the shortfalls from the turn on
        conceded = _after_conceded_effort(words, body_start, sent.end, rules)
        if body_start < conceded <= (words[exist[0]].start if exist[0] < len(words) else sent.end):
            return conceded, "none"
        # After "Tuy nhiên," every clause is the other side of the results, not one of them.
        among = None if turned or but else _among_results(text, words, exist[0], sent)
        if among is not None:
            return among, "none"
        return _after_existential(text, words, *exist, body_start, sent, turned), "list"
    if turn and body is not None:
        if _names_them_only(words, body_start, sent, rules):
            return None  # "…, Hội nghị đã chỉ ra một số tồn tại, hạn chế và thảo luận …"
        return (-1 if _is_intro(text, body_start, sent.end) else body_start), "list"
    if (
        but
        and _find(words, rules.negative, sent) is not None
        and (words.gap(first + but).strip() == "," or words.keys[first] == _TUY)
    ):
        # "Tuy nhiên, vẫn còn một số chỉ tiêu chưa đạt …, đó là: A, B": they follow the colon
        lead = Segment(text[body_start : sent.end], body_start, sent.end)
        return _announced_colon(text, words, lead, rules), "strict"
    # "…, thực hiện khá tốt nội dung được kiểm tra; tuy nhiên, một số tổ chức còn lúng túng …":
    # the turn after the results, inside the sentence
    inner = rules.inner_buts.find(words, first + 1, sent.end)
    if inner is not None and words.gap(inner[0]).strip() in (";", ","):
        after = inner[0] + inner[1]
        if after < len(words) and rules.negative.find(words, after, sent.end) is not None:
            return _skip_punct(text, words.ends[after - 1]), "strict"
    # "… trật tự an toàn xã hội ổn định nhưng tình hình tội phạm còn phức tạp": a plain
    # turn after a sound state, no shortfall or concession before it, to one after it
    plain = rules.plain_buts.find(words, first + 1, sent.end)
    if plain is not None:
        after = plain[0] + plain[1]
        before = Segment(text[sent.start : words[plain[0]].start], sent.start, words[plain[0]].start)
        if (
            after < len(words)
            and rules.negative.find(words, after, sent.end) is not None
            and _find(words, rules.negative, before) is None
            and _find(words, rules.concession_openers, before) is None
            and _find(words, rules.conceded, before) is None
            and _find(words, rules.positive_states, before) is not None
        ):
            return words.starts[after], "strict"
    # "3 tiêu chí chưa đạt gồm: A; B": what fell short, listed after the colon.
    failed = _failed_colon(text, words, sent, rules)
    if failed is not None:
        return failed, "strict"
    # "các chỉ tiêu … chưa đạt được 50% kế hoạch": a result that falls short, said plainly.
    # The figures that follow detail it; they are results, not more shortcomings.
    if _falls_short(words, words.first_from(sent.start), sent.end, rules):
        return body_start, "none"
    return None


def _failed_colon(text: str, words: Words, sent: Segment, rules: _Rules) -> int | None:
    """Past the colon after a failure phrase and a short qualifier ("chưa đạt gồm:")."""
    colon = text.find(":", sent.start, sent.end)
    if colon < 0:
        return None
    last, i, end = None, words.first_from(sent.start), words.first_from(colon)
    while (found := rules.failures.find(words, i, colon)) is not None:
        last, i = found, found[0] + found[1]
    if last is None or i > end:
        return None
    return _qualified_colon(text, words.ends[i - 1], colon, sent, rules)


def _acknowledged(text: str, words: Words, sent: Segment, rules: _Rules) -> int | None:
    """Where the clause after a verb of acknowledging starts, if it names a shortfall that
    no concession takes back ("Bí thư thừa nhận tiến độ giải ngân còn chậm")."""
    found = _find(words, rules.acknowledging_verbs, sent)
    if found is None:
        return None
    after = found[0] + found[1]
    if after >= len(words) or words.starts[after] >= sent.end or not words.joined(after):
        return None
    negative = rules.negative.find(words, after, sent.end)
    # "chỉ ra những hạn chế …", "nhìn nhận còn nhiều khó khăn": no subject before the
    # shortfall; the nouns announce the shortcomings listed after them.
    if negative is None or negative[0] == after or rules.nouns.longest_at(words, negative[0]):
        return None
    if _conceded_after(words, after, sent, rules) or _counted_intro(words, after, sent, rules):
        return None  # the hard context of a success; "chỉ ra 2 nhóm vấn đề còn tồn tại": a count
    return words.starts[after]


def _proposes(words: Words, item: TextItem, rules: _Rules) -> bool:
    """The item opens on a request or a modal ("đề nghị làm rõ …", "cần gắn …")."""
    first = words.first_from(item.span[0])
    return bool(
        rules.modal_leads.longest_at(words, first)
        or rules.prescriptive_modals.longest_at(words, first)
    )


def _requested(words: Words, sent: Segment, start: int, rules: _Rules) -> bool:
    """A directive (a request: "kiến nghị", "đề nghị") stands before the list at ``start``."""
    return rules.directives.find(words, words.first_from(sent.start), start) is not None


def _asks_for(words: Words, item: TextItem, rules: _Rules) -> bool:
    """The item opens on what is asked of the body addressed ("xem xét bố trí …")."""
    first = words.first_from(item.span[0])
    return bool(rules.verbs.longest_at(words, first) or rules.request_verbs.longest_at(words, first))


def _names_shortfall(words: Words, item: TextItem, rules: _Rules) -> bool:
    """A negative word, or a harm that grew ("tội phạm trộm cắp có chiều hướng gia tăng")."""
    first = words.first_from(item.span[0])
    return rules.negative.find(words, first, item.span[1]) is not None or _harm_rises(
        words, first, item.span[1], rules
    )


def _falls_short(words: Words, i: int, end: int, rules: _Rules) -> bool:
    """A failure phrase from word ``i`` on, not conceded ("tuy không đạt kế hoạch huyện giao
    nhưng vượt kế hoạch tỉnh giao" reports a success)."""
    start = i
    while (found := rules.failures.find(words, i, end)) is not None:
        j = found[0]
        conceded = j > 0 and words.joined(j) and rules.conceded.longest_at(words, j - 1) == 1
        if not conceded and not _lower_harm(words, j, found[1], rules) and not _in_context(
            words, j, rules
        ):
            return True
        i = j + found[1]
    return _harm_rises(words, start, end, rules)


def _harm_rises(words: Words, i: int, end: int, rules: _Rules) -> bool:
    """ "Dịch bệnh sốt xuất huyết tăng cao": a harm that grew falls short too."""
    while (found := rules.harm_rises.find(words, i, end)) is not None:
        j = found[0]
        if rules.harms.find(
            words, max(i, j - HARM_REACH), words.starts[j]
        ) is not None and not _in_context(words, j, rules):
            return True
        i = j + found[1]
    return False


def _in_context(words: Words, i: int, rules: _Rules) -> bool:
    """Word ``i`` is in a clause that sets the context ("thực hiện trong bối cảnh dịch bệnh
    diễn biến phức tạp, …")."""
    return _opened_by(words, i, rules.concessive)


def _lower_harm(words: Words, j: int, n: int, rules: _Rules) -> bool:
    """ "vi phạm về trật tự xã hội thấp hơn so với cùng kỳ": a harm that fell short of last
    year is a success."""
    if _LOW not in words.keys[j : j + n]:
        return False
    return rules.harms.find(words, max(0, j - HARM_REACH), words.starts[j]) is not None


def _noun_list(
    text: str, words: Words, sent: Segment, rules: _Rules
) -> tuple[int, Follow] | None:
    """ "những khó khăn, vướng mắc cần giải quyết như: A; B": a determiner, a shortcoming
    noun, then a colon later in the sentence; the items follow the colon."""
    # The first noun after a determiner: "cũng tồn tại nhiều khó khăn, bất cập như: …" uses
    # one of the nouns as its verb first.
    opening = _opening(text, words, sent, rules)
    if opening < len(words):
        opening += rules.topic_links.longest_at(words, opening)  # "Về tồn tại, hạn chế đó là …"
    n = rules.nouns.longest_at(words, opening) if opening < len(words) else 0
    if n:
        # "Hạn chế trong công tác mặt trận được đánh giá là A": the noun opens the sentence.
        end = words.ends[_noun_run_end(words, opening + n, rules) - 1]
        listed = _copula_list(text, words, end, sent, rules)
        if listed is not None:
            return listed, "list"
    found = _find(words, rules.nouns, sent)
    while found is not None:
        i = found[0]
        # "chỉ ra những hạn chế như A; B", or the noun bare after the verb ("chỉ ra hạn chế
        # như A; B")
        if any(_ends_with(words, i, d) for d in rules.determiners) or _after_any(
            words, i, rules.shortcoming_announcements
        ):
            break
        found = rules.nouns.find(words, i + found[1], sent.end)
    if found is None:
        return None
    if _after_concession(words, found[0], rules):
        return None  # "mặc dù gặp nhiều khó khăn nhưng …": the context of the results
    noun_end = words[_noun_run_end(words, found[0] + found[1], rules) - 1].end
    colon = text.find(":", noun_end, sent.end)
    if colon < 0:
        k = words.first_from(noun_end)
        link = rules.announcement_links.longest_at(words, k) if k < len(words) else 0
        if link and text[noun_end : words.starts[k]].strip() == "," and words.starts[k] < sent.end:
            return _skip_punct(text, words.ends[k + link - 1]), "list"  # "…, đó là A; B"
        listed = _like_list(text, words, noun_end, sent)
        if listed is None:
            listed = _copula_list(text, words, noun_end, sent, rules)
        if listed is not None:
            return listed, "list"
        named = _named(words, found[0], rules.shortcoming_announcements, rules)
        if not named and not _named(words, found[0], rules.facing, rules):
            return None
        # "… nhìn nhận những khó khăn do thiên tai, tiến độ A còn chậm, …", "… đối mặt với
        # những khó khăn nhất định, A, B": the clauses from the noun on (or after its vague
        # qualifier) are the list.
        rest = text[noun_end : sent.end]
        k = words.first_from(noun_end)
        if not named and k < len(words) and rules.causes.longest_at(words, k):
            # "sản xuất nông nghiệp gặp nhiều khó khăn, thách thức do A, B": what faced them and
            # why, one shortcoming from the clause's subject on.
            comma = text.rfind(",", sent.start, words[found[0]].start)
            return _skip_punct(text, comma + 1 if comma >= 0 else sent.start), "list"
        if named and k < len(words) and rules.topic_links.longest_at(words, k):
            # "Các địa phương cũng báo cáo những khó khăn về công tác kiểm tra, …": the noun
            # and what it is about name them.
            determiner = next(d for d in rules.determiners if _ends_with(words, found[0], d))
            return words[found[0] - len(determiner.split())].start, "list"
        # "Hội nghị chỉ ra những tồn tại, hạn chế cần khắc phục.": the next sentences hold them.
        short = len(re.findall(r"\w+", rest)) <= NOUN_LIST_GAP
        clause_end = text.find(";", noun_end, sent.end)
        if named and rules.review_parts.find(words, k, sent.end if clause_end < 0 else clause_end):
            # "chỉ ra những hạn chế, yếu kém, nguyên nhân chủ quan, khách quan; dự báo …": the
            # parts of the review named, not the shortcomings
            return (-1, "list") if short else None
        if rules.negative.find(words, k, sent.end) and "," in rest:
            vague = rules.vague_qualifiers.longest_at(words, k)
            if vague and words.gap(k + vague).strip() == ",":
                return _skip_punct(text, words.ends[k + vague - 1]), "clauses"
            return words[found[0]].start, "clauses"
        return (-1, "list") if named and short else None
    if not text[colon + 1 : sent.end].strip() and _short_qualifier(text, noun_end, colon, rules):
        return -1, "list"  # "Hội nghị chỉ ra những tồn tại, hạn chế như:" and the lines below
    listed = _qualified_colon(text, noun_end, colon, sent, rules)
    return None if listed is None else (listed, "list")


def _opening(text: str, words: Words, sent: Segment, rules: _Rules) -> int:
    """The word that opens the sentence's body, past "Tuy nhiên," and the like."""
    first = words.first_from(sent.start)
    but = rules.but.longest_at(words, first)
    return first + but if but and words.gap(first + but).strip() == "," else first


def _copula_list(
    text: str, words: Words, noun_end: int, sent: Segment, rules: _Rules
) -> int | None:
    """ "có một số khó khăn nổi lên là A; B", "Hạn chế trong công tác mặt trận được đánh giá
    là A": "là" within a short qualifier of the noun, no mark between, opens the list."""
    j = words.first_from(noun_end)
    for k in range(j, min(j + NOUN_LIST_GAP + 1, len(words))):
        if words.starts[k] >= sent.end or not words.joined(k):
            break
        if words.keys[k] == _LA:
            rest = text[words.ends[k] : sent.end]
            if len(rest.split()) < MIN_ITEM_WORDS:
                return None
            return _skip_punct(text, words.ends[k])
    return None


def _qualified_colon(
    text: str, noun_end: int, colon: int, sent: Segment, rules: _Rules
) -> int | None:
    """Past the colon that closes a shortcoming noun ending at ``noun_end``, if only a short
    qualifier stands between ("cần giải quyết như:"); a longer stretch is a sentence of its
    own whose colon introduces something else."""
    if len(text[colon + 1 : sent.end].split()) < MIN_ITEM_WORDS:
        return None
    return colon + 1 if _short_qualifier(text, noun_end, colon, rules) else None


def _short_qualifier(text: str, noun_end: int, colon: int, rules: _Rules) -> bool:
    between = re.findall(r"\w+", text[noun_end:colon].lower())
    # "những hạn chế, tồn tại trong 6 tháng đầu năm 2026: A; B": the period they belong to.
    if _PERIOD_QUALIFIER.fullmatch(text[noun_end:colon].strip()) is not None:
        return True
    said = " ".join(between)
    if len(between) <= NOUN_LEAD_GAP and _comma_lead(text[noun_end:colon], rules):
        return True  # "những hạn chế trong triển khai thực hiện …, nhất là: A; B"
    return len(between) <= NOUN_LIST_GAP and (
        not between or any(said == w or said.endswith(" " + w) for w in rules.list_words)
    )


def _list_lead_ending(fragment: str, rules: _Rules) -> str | None:
    """The words that lead a list ("như", "nhất là") at the end of ``fragment``, in lower
    case, and what comes before them; None if it ends on none."""
    low = fragment.rstrip().lower()
    return next((low[: -len(w)] for w in rules.list_leads if low.endswith(" " + w)), None)


def _comma_lead(between: str, rules: _Rules) -> bool:
    """``between`` ends on a comma and a word that leads a list (", nhất là")."""
    before = _list_lead_ending(between, rules)
    return before is not None and before.rstrip().endswith(",")


def _ends_colon(text: str, sent: Segment) -> bool:
    return text[sent.start : sent.end].rstrip().endswith(":")


def _noun_heading(text: str, words: Words, sent: Segment, rules: _Rules) -> bool:
    """ "* Hạn chế, tồn tại:", "2. Những khó khăn, vướng mắc": a line of shortcoming nouns
    alone heads the shortcomings that follow."""
    if sent.end - sent.start > HEADING_CHARS:
        return False
    i = words.first_from(sent.start)
    if i >= len(words) or words.starts[i] >= sent.end:
        return False
    i += _determiner_at(words, i, rules)
    n = rules.nouns.longest_at(words, i)
    if not n:
        return False
    k = _noun_run_end(words, i + n, rules)
    # "Hạn chế, yếu kém và nguyên nhân": the causes the part goes on to, under the same heading
    if k + 1 < len(words) and words.keys[k] == _VA and (part := rules.review_parts.longest_at(words, k + 1)):
        k += 1 + part
    end = words.ends[k - 1]
    return end <= sent.end and not text[end : sent.end].strip(" \t:.\n")


def _heading_mark(text: str, sent: Segment) -> str | None:
    """When ``sent`` is a heading, the mark before it on its line ("II", "1", "" for none): a
    short sentence that ends its line with no sentence's end ("1. Về kinh tế", "III. PHƯƠNG
    HƯỚNG, NHIỆM VỤ:")."""
    if sent.end - sent.start > HEADING_LINE_CHARS or text[sent.start : sent.end].rstrip()[-1:] in _ENDS:
        return None
    if not ends_line(text, sent.end):
        return None
    return heading_mark_before(text, sent.start)


def _an_item(words: Words, line: Segment, rules: _Rules, mode: str | None) -> bool:
    """In a list open, a short line with no stop is one more item, no photo's caption: it
    bears a list's mark, or opens on a task verb among tasks, or names a shortfall among
    shortcomings."""
    if mode is None:
        return False
    if _LIST_MARK.match(line.text):
        return True
    first = words.first_from(line.start)
    if mode == "task":
        return bool(rules.verbs.longest_at(words, first))
    return mode == "short" and rules.negative.find(words, first, line.end) is not None


def _heads_items(text: str, words: Words, line: Segment, rules: _Rules) -> bool:
    """A line that heads the tasks, the shortcomings or the proposals below it, no photo's
    caption."""
    return (
        _task_heading(text, words, line, rules)
        or _noun_heading(text, words, line, rules)
        or _proposal_heading(text, words, line, rules)
    )


def _proposal_heading(text: str, words: Words, sent: Segment, rules: _Rules) -> bool:
    """ "III. KIẾN NGHỊ, ĐỀ XUẤT": a heading of what the report asks of the bodies above."""
    if _heading_mark(text, sent) is None:
        return False
    i, end = words.first_from(sent.start), words.first_from(sent.end)
    while i < end and (n := rules.proposal_headings.longest_at(words, i)):
        i += n
    return i == end and i > words.first_from(sent.start)


def _task_heading(text: str, words: Words, sent: Segment, rules: _Rules) -> bool:
    """ "II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM", "Phương hướng, nhiệm vụ năm 2027": a heading
    of the tasks' nouns and the period they are for heads the tasks below it, with or without
    a colon; not one of the period reviewed ("Nhiệm vụ 6 tháng đầu năm")."""
    if _heading_mark(text, sent) is None:
        return False
    i, end = words.first_from(sent.start), words.first_from(sent.end)
    nouns = 0
    while i < end:
        if n := rules.announcements.longest_at(words, i):
            nouns, i = nouns + 1, i + n
        elif words.keys[i] == _VA:
            i += 1  # "nhiệm vụ và giải pháp"
        else:
            break
    if not nouns or i == end:
        return bool(nouns)
    rest = Segment(text[words.starts[i] : sent.end], words.starts[i], sent.end)
    return _only_period(words, rest, rules) and _find(words, rules.reviewed, rest) is None


def _determiner_at(words: Words, i: int, rules: _Rules) -> int:
    """How many words of a shortcoming determiner ("những", "một số") start at word ``i``."""
    return next((len(d.split()) for d in rules.determiners if _starts_with(words, i, d)), 0)


def _is_con(words: Words, i: int) -> bool:
    """Word ``i`` is "còn" (the key, a function of the lower-cased word, is the cheap test)."""
    return words.keys[i] == _CON and words[i].text.lower() == "còn"


def _starts_with(words: Words, i: int, phrase: str) -> bool:
    """The words from word ``i`` are ``phrase`` (lower case)."""
    n = len(phrase.split())
    return " ".join(words.texts(i, i + n)).lower() == phrase


def _ends_with(words: Words, i: int, phrase: str) -> bool:
    """The words just before word ``i`` are ``phrase`` (lower case)."""
    n = len(phrase.split())
    return " ".join(words.texts(i - n, i)).lower() == phrase


def _named(words: Words, i: int, verbs: PhraseSet, rules: _Rules) -> bool:
    """Word ``i`` is a shortcoming noun after one of ``verbs`` and a determiner ("nhìn nhận
    những khó khăn …")."""
    determiner = next((d for d in rules.determiners if _ends_with(words, i, d)), None)
    if determiner is None:
        return False
    return _after_any(words, i - len(determiner.split()), verbs)


def _like_list(text: str, words: Words, noun_end: int, sent: Segment) -> int | None:
    """ "những hạn chế trong công tác điều hành như A, B; C": without a colon, "như" within a
    short qualifier of the noun opens the list."""
    j = words.first_from(noun_end)
    for k in range(j, min(j + LIKE_LIST_GAP + 1, len(words))):
        if words.starts[k] >= sent.end:
            break
        if words.keys[k] == _NHU:
            rest = text[words.ends[k] : sent.end]
            return words.ends[k] if len(rest.split()) >= MIN_ITEM_WORDS else None
    return None


def _existential(words: Words, sent: Segment, rules: _Rules) -> tuple[int, bool] | None:
    """The word index just past "còn [đối mặt với] [một số|những] hạn chế" in the sentence,
    if any, and whether a determiner stands before the noun ("không ít khó khăn, thách thức"
    announces; bare, "còn hạn chế" is a clause's predicate)."""
    for i in range(words.first_from(sent.start), words.first_from(sent.end)):
        if _is_con(words, i):
            if (
                _after_concession(words, i, rules)
                or _after_any(words, i, rules.in_need)
                or _remedied(words, i, rules)
                or _after_any(words, i, rules.nouns)
            ):
                # "… sửa chữa nhà cho hộ còn khó khăn về nhà ở": whom it helped; "kiến nghị
                # giải quyết những vấn đề còn tồn tại": what is asked to be remedied; "những
                # hạn chế, yếu kém còn tồn tại": the nouns named, qualified
                continue
            j = i + 1
            j += rules.existential_links.longest_at(words, j)
            j += rules.facing.longest_at(words, j)
            determiner = _determiner_at(words, j, rules)
            j += determiner
            n = rules.nouns.longest_at(words, j)
            if n and words.starts[j] < sent.end:
                end = _noun_run_end(words, j + n, rules)
                if _turns_after(words, end, sent, rules):
                    continue  # "tuy còn khó khăn trên nhiều mặt, nhưng …": conceded
                return end, determiner > 0
    return None


def _turns_after(words: Words, k: int, sent: Segment, rules: _Rules) -> bool:
    """The clause from word ``k`` ends at a comma within a few words and the next turns back
    to the results ("…, nhưng Huyện ủy …", "…, song …")."""
    for m in range(k, min(k + TURN_CLAUSE_WORDS, words.first_from(sent.end))):
        if words.gap(m).strip():
            return words.gap(m).strip() == "," and bool(rules.turn_back.longest_at(words, m))
    return False


def _names_them_only(words: Words, start: int, sent: Segment, rules: _Rules) -> bool:
    """From ``start``, the sentence says that shortcomings were pointed out and names none:
    the verb, a determiner and the nouns, nothing that falls short after them."""
    body = Segment(words.text[start : sent.end], start, sent.end)
    named = _find(words, rules.shortcoming_announcements, body)
    if named is None:
        return False
    after = named[0] + named[1]
    found = rules.nouns.find(words, after, sent.end)
    if found is None or found[0] - after > len(max(rules.determiners, key=len).split()):
        return False
    end = _noun_run_end(words, found[0] + found[1], rules)
    return end >= len(words) or rules.negative.find(words, end, sent.end) is None


def _noun_run_end(words: Words, end: int, rules: _Rules) -> int:
    """Past the shortcoming nouns that follow word ``end - 1`` ("tồn tại, hạn chế và yếu kém")."""
    while end < len(words) and words.gap(end).strip() in ("", ","):
        # "khó khăn, thách thức và tồn tại, hạn chế": "và" joins two nouns too
        joined = words.keys[end] == _VA and end + 1 < len(words)
        more = rules.nouns.longest_at(words, end + joined)
        if not more:
            break
        end += joined + more
    return end


def _among_results(text: str, words: Words, end_index: int, sent: Segment) -> int | None:
    """ "… tăng trưởng GRDP 6,3%; nuôi trồng thủy sản phát triển khá, chăn nuôi còn nhiều khó
    khăn do giá heo hơi giảm; công tác giải ngân được chú ý": "còn" in a later part of a list
    of results. The shortcoming starts at the clause that holds it; of the parts after, only
    those naming a shortfall are more."""
    con = next(
        (k for k in range(end_index - 1, words.first_from(sent.start) - 1, -1) if _is_con(words, k)),
        None,
    )
    if con is None:
        return None
    semicolon = text.rfind(";", sent.start, words.starts[con])
    if semicolon < 0:
        return None
    comma = max(semicolon, text.rfind(",", semicolon, words.starts[con]))
    return _skip_punct(text, comma + 1)


def _conceded_after(words: Words, i: int, sent: Segment, rules: _Rules) -> bool:
    """The first "còn" from word ``i`` on is the context of the results ("phản ánh sự phục hồi
    tích cực trong bối cảnh nền kinh tế toàn cầu còn nhiều khó khăn")."""
    for j in range(i, words.first_from(sent.end)):
        if _is_con(words, j):
            return _after_concession(words, j, rules)
    return False


def _after_concession(words: Words, i: int, rules: _Rules) -> bool:
    """ "trong điều kiện (vẫn) còn nhiều khó khăn", "trong điều kiện Mang Yang còn …": the
    context of the results, its subject between with no punctuation; or a clause that opens
    on "mặc dù" and has not turned yet ("mặc dù trong quá trình tổ chức, triển khai … còn có
    những khó khăn nhất định, nhưng …")."""
    if _within(words, i, rules.concessive):
        return True
    return _opened_by(words, i, rules.concession_openers, rules.turn_back)


def _opened_by(words: Words, i: int, openers: PhraseSet, stops: PhraseSet | None = None) -> bool:
    """One of ``openers`` opens the clause that holds word ``i``: it stands a few words back,
    commas allowed, no semicolon, full stop or one of ``stops`` between."""
    for j in range(i - 1, max(-1, i - CONCESSION_CLAUSE_WORDS), -1):
        gap = words.gap(j + 1)
        if ";" in gap or "." in gap or (stops is not None and stops.longest_at(words, j)):
            return False
        if openers.longest_at(words, j):
            return True
    return False


def _remedied(words: Words, i: int, rules: _Rules) -> bool:
    """ "giải quyết những vấn đề còn tồn tại": a remedy verb and a determiner before the noun
    that "còn" qualifies, a few words back with no punctuation between ("công tác xử lý rác
    thải còn hạn chế" names the shortcoming of the remedy itself)."""
    return any(
        j + n < i
        and words.spaced(j, back + 1)
        and _determiner_at(words, j + n, rules)
        for j, n, back in _phrases_back(words, i, rules.remedies, first=2)
    )


def _within(words: Words, i: int, phrases: PhraseSet) -> bool:
    """One of ``phrases`` ends right before word ``i``, or within a few words before it with no
    punctuation between."""
    return any(
        j + n >= i - 1 or words.spaced(j, back + 1)
        for j, n, back in _phrases_back(words, i, phrases, first=1)
    )


def _phrases_back(
    words: Words, i: int, phrases: PhraseSet, first: int
) -> Iterator[tuple[int, int, int]]:
    """The phrases that start ``first`` to ``CONCESSION_REACH`` words before word ``i``, nearest
    first: where each starts, its length and how far back."""
    for back in range(first, min(CONCESSION_REACH, i) + 1):
        j = i - back
        n = phrases.longest_at(words, j)
        if n:
            yield j, n, back


def _after_existential(
    text: str,
    words: Words,
    end_index: int,
    determined: bool,
    body_start: int,
    sent: Segment,
    turned: bool,
) -> int:
    """Where the shortcomings start after "còn những hạn chế": after "như:", at a capital
    that starts the first item, or (a short remainder) in the next sentences; a sentence
    with its own subject ("Chất lượng giáo dục vẫn còn hạn chế.") is itself the item, one
    whose subject is the unit reporting ("phường A vẫn còn hạn chế cần khắc phục.") or that
    turns from the results introduces them (``turned``)."""
    pos = words.ends[end_index - 1]
    after = text[pos : sent.end]
    stripped = after.lstrip()
    low = stripped.lower()
    for lead in ("như sau:", "như:", ":", "sau:"):
        if low.startswith(lead):
            return pos + (len(after) - len(stripped)) + len(lead)
    colon = text.find(":", pos, sent.end)
    if colon >= 0 and (listed := _qualified_colon(text, pos, colon, sent, _rules())) is not None:
        return listed  # "vẫn còn hạn chế cần khắc phục như: A; B"
    if colon < 0 and (listed := _like_list(text, words, pos, sent)) is not None:
        return listed  # "vẫn còn có những hạn chế cần được khắc phục, như A, B; C"
    if low.startswith(","):
        # "vẫn còn những khó khăn, hạn chế, đó là A, B": the list follows the link, or the
        # next lines when a short lead closes the sentence ("…, trong đó nổi bật như sau:").
        link = _rules().announcement_links.longest_at(words, end_index)
        if link and words.starts[end_index] < sent.end:
            start = _skip_punct(text, words.ends[end_index + link - 1])
            closing = text[start : sent.end].rstrip()
            if closing.endswith(":") and len(closing.split()) <= NOUN_LIST_GAP:
                return -1
            return start
    if low.startswith(";") and determined:
        # "còn gặp không ít khó khăn, thách thức; A; B"; with a subject of its own before "còn"
        # ("hoạt động thu hút đầu tư còn nhiều khó khăn; A") the clause is the first item
        subject = text[body_start:pos].lower().split(" còn ")[0].split(",")[-1].split()
        owned = len(subject) >= OWN_SUBJECT_WORDS and subject[0] not in ("vẫn", "còn")
        return body_start if owned else _skip_punct(text, pos)
    if low.startswith(",") and ";" in low:
        # "vẫn còn nhiều khó khăn, thách thức, A; B; C": the list follows the comma.
        return _skip_punct(text, pos)
    if low.startswith("như "):
        return pos + (len(after) - len(stripped)) + 3
    if stripped[:1].isupper() and after[:1].isspace():
        return pos + (len(after) - len(stripped))
    rest = stripped.strip(_TRAILING).split()
    if rest[:1] == ["mà"]:
        rest = rest[1:]  # "… hạn chế mà cần thẳng thắn nhìn nhận": a relative clause on them
    # a short remainder after clauses parted by ";" ends a list, not a lead into one
    if len(rest) < 6 and ";" not in text[body_start:pos]:
        said = text[body_start:pos].lower().split(" còn ")[0]
        if turned or len(said.split()) < 4:
            return -1
    return body_start


def _counted_intro(words: Words, i: int, sent: Segment, rules: _Rules) -> bool:
    """ "… đã chỉ ra 4 nhóm vấn đề còn tồn tại, hạn chế của ngành.": a count of shortcomings
    after the verb of naming, in a short remainder, announces them."""
    if i >= len(words) or words.starts[i] >= sent.end:
        return False
    count = words.keys[i]
    if not (count.isdigit() or number_word(words[i].text)):
        return False
    end = words.first_from(sent.end)
    return end - i <= NOUN_LIST_GAP + 4 and rules.nouns.find(words, i, sent.end) is not None


def _is_intro(text: str, start: int, end: int) -> bool:
    """ "… vẫn còn một số lĩnh vực chưa đạt mục tiêu đề ra.": a sentence that announces."""
    low = text[start:end].lower()
    for det in _rules().determiners:
        pos = low.find("còn " + det)
        if pos >= 0:
            rest = low[pos + 4 + len(det) :].strip(_TRAILING)
            return ";" not in rest and len(rest.split()) <= 8
    return False


def _skip_punct(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] in ",:;"):
        pos += 1
    return pos


# Paragraphs --------------------------------------------------------------------------------


def _is_caption(line: str) -> bool:
    """A photo caption: a short line that does not end a sentence and holds no sentence's
    end either (a paragraph the excerpt's end cut short does), or one in a caption's shape
    ("Toàn cảnh kỳ họp (Ảnh: Văn Nguyễn).")."""
    short = line[-1:] not in '.…;:!?"”)' and len(line.split()) <= CAPTION_WORDS
    return (short and len(sentences(line, limit=2)) < 2) or is_caption(line)


def _continues(words: Words, para: Segment, rules: _Rules, mode: str) -> bool:
    """The paragraph goes on with the list open before it: a list mark, a connector, or, in a
    list of tasks, a task verb opening it ("Làm tốt công tác …", "Nâng cao …")."""
    if _LIST_MARK.match(para.text) or mode == "proposal":
        return True  # the proposals run to the next heading
    first = words.first_from(para.start)
    if mode == "task" and rules.verbs.longest_at(words, first):
        return True
    if mode == "task" and rules.prescriptive_modals.longest_at(words, first):
        return True  # "Phải bảo đảm một số cân đối lớn …", "Phải có hàng rào …": a must
    if mode == "task" and (n := rules.subjects.longest_at(words, first)):
        # "Huyện chú trọng xây dựng kết cấu hạ tầng …": the body the tasks are for, then a
        # task verb (after a modal at most)
        k = first + n
        k += rules.modals.longest_at(words, k) if k < len(words) else 0
        return k < len(words) and bool(rules.verbs.longest_at(words, k))
    if mode == "short" and rules.at_meeting.longest_at(words, first):
        return False  # "Tại buổi làm việc, Sở … đã giải trình …": the meeting again
    if mode == "short":
        # "… hạn chế như A.\nHiện, một số dự án … bị ngưng trệ; …": a paragraph whose first
        # sentence names a shortfall, not only changes in figures, goes on with the
        # shortcomings; one that names the shortcomings only as a topic ("trao đổi về những
        # khó khăn, hạn chế còn tồn đọng") does not.
        lead = sentences(words.text, para.start, para.end, 1)
        if (
            lead
            and not _states_figures(words.text, words, lead[0], rules)
            and not rules.causes.longest_at(words, first)
        ):
            negative = rules.negative.find(words, first, lead[0].end)
            return negative is not None and not rules.nouns.longest_at(words, negative[0])
    return bool(rules.connectors.longest_at(words, first))


# Items -------------------------------------------------------------------------------------


def _items(
    text: str,
    words: Words,
    start: int,
    end: int,
    rules: _Rules,
    task: bool,
    clauses: bool = False,
) -> list[TextItem]:
    out = []
    # "… cần tập trung vào nhiệm vụ cụ thể…giải quyết dứt điểm đơn thư": an ellipsis parts
    # items as a semicolon does
    pieces = split_at(text, start, end, ";…")
    if task and pieces:
        pieces[0] = _after_key_tasks(text, words, pieces[0], rules)
    if task and clauses and len(pieces) == 1:
        # commas part the tasks only where no semicolon does, as for shortcomings
        pieces = [
            part
            for piece in pieces
            for part in _split_before(text, words, piece, rules.verbs, rules.manner_adverbs)
        ]
    if task:
        # "chủ động A, đồng thời chủ động B": two tasks.
        pieces = [
            part
            for piece in pieces
            for part in _split_before(text, words, piece, rules.task_splitters)
        ]
    if not task:
        pieces = _predicates_joined(text, words, pieces, rules)
    if not task and len(pieces) == 1 and (clauses or _list_follows(text, words, start, rules)):
        # commas part a list's items only where no semicolon does: "A, B; C" is two items
        pieces = _clauses(text, words, pieces[0], rules)
    caused = False
    for piece in pieces:
        # "A đạt thấp, nguyên nhân chính là do hạn hán; doanh nghiệp gặp khó khăn": after a
        # cause, the parts go on listing causes unless one falls short or names its own cause.
        own_cause = not task and _names_cause(words, piece, rules)
        if caused and not own_cause and not _falls_short_in(words, piece, rules):
            continue
        caused = own_cause
        if task and _only_period(words, piece, rules):
            continue  # "… nhiệm vụ trọng tâm trong sáu tháng cuối năm; trong đó, tiếp tục A"
        item = _clean(text, words, piece.start, piece.end, rules, task)
        if item is not None and (task or not _says_nothing(words, item, rules)):
            out.append(item)
    return out


def _predicates_joined(
    text: str, words: Words, pieces: list[Segment], rules: _Rules
) -> list[Segment]:
    """ "khoản thu ngoài quốc doanh, thu lệ phí trước bạ… lại đạt thấp": after an ellipsis
    that ends a list of subjects, a piece opening on the shortfall is their predicate."""
    out: list[Segment] = []
    for piece in pieces:
        first = words.first_from(piece.start)
        first += rules.predicate_adverbs.longest_at(words, first)
        if out and text[out[-1].end : piece.start].strip() == "…" and (
            rules.negative.longest_at(words, first) or rules.failures.longest_at(words, first)
        ):
            out[-1] = Segment(text[out[-1].start : piece.end], out[-1].start, piece.end)
        else:
            out.append(piece)
    return out


def _lead_shortcomings(
    text: str, words: Words, sent: Segment, task_start: int, rules: _Rules
) -> list[TextItem]:
    """ "Nhận định tình hình an ninh … còn tiềm ẩn nhiều nguy cơ, Ban đề nghị UBND huyện tiếp
    tục …": the clause before the directive's own names what falls short."""
    comma = text.rfind(",", sent.start, task_start)
    if comma <= sent.start:
        return []
    clause = Segment(text[sent.start : comma], sent.start, comma)
    found = _shortcoming_trigger(text, words, clause, rules)
    if found is None or found[0] < 0:
        return []
    items = _items(text, words, found[0], comma, rules, task=False)
    return [it for it in items if _names_shortfall(words, it, rules)]


def _says_nothing(words: Words, item: TextItem, rules: _Rules) -> bool:
    """ "Tuy còn nhiều khó khăn": difficulties named with nothing of what they are."""
    i = words.first_from(item.span[0])
    i += rules.empty_openers.longest_at(words, i)
    n = rules.empty_shortcomings.longest_at(words, i)
    return bool(n) and (i + n >= len(words) or words.starts[i + n] >= item.span[1])


def _only_period(words: Words, piece: Segment, rules: _Rules) -> bool:
    """The piece names only a period ("trong sáu tháng cuối năm", "quý IV/2026")."""
    i, n = words.first_from(piece.start), 0
    while i < len(words) and words.starts[i] < piece.end:
        k = rules.period_words.longest_at(words, i)
        if not k and not words[i].text.isdigit() and not roman_to_int(words[i].text):
            return False
        i, n = i + max(k, 1), n + 1
    return n > 0


def _after_key_tasks(text: str, words: Words, piece: Segment, rules: _Rules) -> Segment:
    """ "Đảng bộ sẽ bám sát các nhiệm vụ trọng tâm, trong đó tập trung A", "… tập trung một số
    nhiệm vụ trọng tâm như A": the key tasks named only as such, the first task is what the
    link names."""
    found = rules.key_task_nouns.find(words, words.first_from(piece.start), piece.end)
    if found is None:
        return piece
    k = found[0] + found[1]
    if k >= len(words) or words.starts[k] >= piece.end:
        return piece
    # "… trong đó tập trung A" after a comma, or "… như A" right after the noun
    gap = words.gap(k).strip()
    links = rules.announcement_links if gap == "," else rules.list_lead_words if not gap else None
    link = links.longest_at(words, k) if links is not None else 0
    if not link or k + link >= len(words) or not rules.verbs.longest_at(words, k + link):
        return piece
    start = words.starts[k + link]
    return Segment(text[start : piece.end], start, piece.end)


def _names_cause(words: Words, piece: Segment, rules: _Rules) -> bool:
    """A comma in ``piece`` opens its cause (", nguyên nhân là …")."""
    return any(
        words.gap(k).strip() == "," and rules.cause_sentences.longest_at(words, k)
        for k in range(words.first_from(piece.start) + 1, words.first_from(piece.end))
    )


def _falls_short_in(words: Words, piece: Segment, rules: _Rules) -> bool:
    return _falls_short(words, words.first_from(piece.start), piece.end, rules)


def _split_before(
    text: str, words: Words, piece: Segment, phrases: PhraseSet, adverbs: PhraseSet | None = None
) -> list[Segment]:
    """ "Đẩy mạnh A, kiểm soát B, đảm bảo C": a new item at each comma one of ``phrases``
    follows (here the task verbs)."""
    out: list[Segment] = []
    begin = piece.start
    for seg in split_at(text, piece.start, piece.end, ",")[1:]:
        end = text.rfind(",", begin, seg.start)
        # "kịp thời tháo gỡ, giải quyết những khó khăn": a verb alone shares the object after
        if phrases.longest_at(words, words.first_from(seg.start)) and not (
            adverbs is not None and _bare_verb(words, begin, end, phrases, adverbs)
        ):
            out.append(Segment(text[begin:end], begin, end))
            begin = seg.start
    out.append(Segment(text[begin : piece.end], begin, piece.end))
    return out


def _bare_verb(words: Words, start: int, end: int, verbs: PhraseSet, adverbs: PhraseSet) -> bool:
    """Whether the words from ``start`` to ``end`` are one of ``verbs`` with no object, after
    ``adverbs`` at most ("kịp thời tháo gỡ", "kiểm tra")."""
    j, last = words.first_from(start), words.first_from(end)
    while j < last and (n := adverbs.longest_at(words, j)) and j + n < last:
        j += n
    return j < last and j + verbs.longest_at(words, j) == last


def _list_follows(text: str, words: Words, start: int, rules: _Rules) -> bool:
    """The items from ``start`` follow a colon on their line or a link that opens a list
    ("đó là"); items on the lines below a heading's colon are whole sentences."""
    if text[:start].rstrip(" \t").endswith(":"):
        return True
    i = words.first_from(start)
    return i < len(words) and _after_any(words, i, rules.announcement_links)


def _clauses(text: str, words: Words, piece: Segment, rules: _Rules) -> list[Segment]:
    """ "như: A còn thiếu quan tâm, B còn chậm, việc C, D còn chậm": a list after a colon
    whose items are clauses, each naming its shortcoming, split by commas.

    Each comma-separated segment is a clause (a subject, then a shortcoming word), a
    predicate (it opens on the shortcoming word: "chưa phát huy hết tiềm năng", "đạt thấp …")
    or plain words. Once an item names a shortcoming, a new item starts at a clause; after a
    clause, it starts at anything but a predicate, which goes on with the same shortfall. The
    rest must name a shortcoming too."""
    segments = split_at(text, piece.start, piece.end, ",")
    firsts = [words.first_from(seg.start) for seg in segments]
    named = [
        rules.negative.find(words, k, seg.end) is not None
        and not _introduces(words, k, seg.end, rules)
        for k, seg in zip(firsts, segments, strict=True)
    ]
    # Whether a shortcoming is named from each segment to the end, read back once.
    rest_named: list[bool] = list(accumulate(reversed(named), lambda later, here: later or here))[
        ::-1
    ]
    out: list[Segment] = []
    begin, has_clause, has_negative = piece.start, False, False
    for seg, first, here, rest in zip(segments, firsts, named, rest_named, strict=True):
        opens = bool(
            rules.negative.longest_at(words, first) or rules.failures.longest_at(words, first)
        )
        clause = here and not opens
        if has_negative and rest and (clause or (has_clause and not opens)):
            end = text.rfind(",", begin, seg.start)
            out.append(Segment(text[begin:end], begin, end))
            begin, has_clause, has_negative = seg.start, False, False
        has_clause = has_clause or clause
        has_negative = has_negative or here
    out.append(Segment(text[begin : piece.end], begin, piece.end))
    return out


def _introduces(words: Words, k: int, end: int, rules: _Rules) -> bool:
    """ "Vẫn còn một số văn bản quy phạm pháp luật, đề án hoàn thành chậm": "còn" and a
    determiner open the segment and name no shortfall, only the subjects of one to come."""
    j = k + (k < len(words) and words.keys[k] == _VAN)
    if j >= len(words) or not _is_con(words, j):
        return False
    j += 1
    if not _determiner_at(words, j, rules):
        return False
    return rules.negative.find(words, j, end) is None


def _before_remedy(words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "những hạn chế … cần tập trung phấn đấu quyết liệt …", "… còn chậm, cần sớm khắc
    phục": the remedy a modal of duty prescribes after a shortcoming is no part of it; "nên"
    of a consequence goes on ("… nên triển khai còn chậm")."""
    i = words.first_from(start) + 1
    while (found := rules.prescriptive_modals.find(words, i, end)) is not None:
        k = found[0] + found[1]
        remedy = k < len(words) and words.starts[k] < end and rules.verbs.longest_at(words, k)
        if remedy and not rules.consequence_modals.longest_at(words, found[0]):
            return words[found[0]].start
        i = k
    return end


def _clean(
    text: str, words: Words, start: int, end: int, rules: _Rules, task: bool
) -> TextItem | None:
    # the piece may start past the tag's opening bracket
    tag = SOURCE_TAG.match(text, start - 1 if start and text[start - 1] == "(" else start)
    if tag is not None and start < tag.end() < end:
        start = tag.end()  # "(QBĐT) - Phong trào … chưa mạnh": the paper's tag opens the lead
    while True:
        start = _skip_mark(text, start, end)
        i = words.first_from(start)
        if i >= len(words) or words.starts[i] >= end:
            return None
        n = rules.connectors.longest_at(words, i)
        if not n or words.ends[i + n - 1] >= end:
            break
        start = words.ends[i + n - 1]
    if task:
        if _is_past(words, start, end, rules):
            return None  # "… đã trình Sở thẩm định Đề án": done, not to do
        if rules.estimates.find(words, words.first_from(start), end) is not None:
            return None  # "ngành Công nghiệp ước đạt 1,4 tỷ đồng": a result estimated
        start = _past_period_clause(text, words, start, end, rules)
        if rules.agenda_items.longest_at(words, words.first_from(start)):
            return None  # "Thông qua các tờ trình …": what the session did, not a task it set
        start = _drop_subject(words, start, end, rules)
        k = words.first_from(start)
        joined = rules.connectors.longest_at(words, k) if k < len(words) else 0
        if joined and k + joined < len(words) and words.starts[k + joined] < end:
            start = words.starts[k + joined]  # "phường đặt mục tiêu và tập trung …": the second verb
        k = words.first_from(start)
        modal = rules.prescriptive_modals.longest_at(words, k) if k < len(words) else 0
        if modal and k + modal < len(words) and words.starts[k + modal] < end:
            start = words.starts[k + modal]  # "Phải có cơ chế phù hợp …": what must be
        k = words.first_from(start)
        both = rules.both_words.longest_at(words, k) if k < len(words) else 0
        if both and k + both < len(words) and rules.verbs.longest_at(words, k + both):
            start = words.starts[k + both]  # "vừa tập trung A; vừa B": each task from its verb
        if rules.agenda_items.longest_at(words, words.first_from(start)):
            return None
        if rules.meeting_asks.longest_at(words, words.first_from(start)):
            return None  # "cần tập trung thảo luận, đề ra phương án …": asked of the meeting
    else:
        start = _past_listing_lead(text, words, start, end, rules)
        start = _after_speaker(text, words, start, end, rules)
        start = _after_conceded_effort(words, start, end, rules)
        i = words.first_from(start)
        if (
            rules.turn_back.longest_at(words, i)
            or rules.concession_openers.longest_at(words, i)
            or rules.concession_openers.longest_at(words, _after_short_lead(text, words, start, end))
        ):
            # "…; nhưng với sự chỉ đạo quyết liệt …": the results again; "…; mặc dù … còn có
            # những khó khăn nhất định, nhưng …" (after "Trong 6 tháng đầu năm," too): what the
            # results overcame
            return None
        n = rules.nouns.longest_at(words, i)
        if n and words.first_from(end) <= _noun_run_end(words, i + n, rules):
            return None  # "khó khăn, thách thức": the nouns that announce, no shortcoming
        start = _after_conceded_success(text, words, start, end, rules)
        end = _before_turn_back(text, words, start, end, rules)
        end = _before_remedy(words, start, end, rules)
    etc = _ETC.search(text, start, end)
    if etc is not None:
        end = etc.start()  # "A, B,... đã tác động lớn đến …": the list trails off at ",..."
    while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    if text[end - 3 : end] == "...":
        end -= 3
    item = text[start:end]
    if len(item.split()) < MIN_ITEM_WORDS:
        return None
    return TextItem(text=item, span=(start, end))


def _after_speaker(text: str, words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "Bí thư Đảng ủy phường A chia sẻ, trụ sở … còn khó khăn", "Theo ông B, thành phố vẫn
    còn …": who said it, a comma, then the shortcoming."""
    first = words.first_from(start)
    # "Theo ông B, …", "Tổng Bí thư chỉ rõ: …"
    comma = min((p for p in (text.find(",", start, end), text.find(":", start, end)) if p >= 0), default=-1)
    if comma < 0 or words.first_from(comma) - first > SPEAKER_WORDS:
        return start
    last = words.first_from(comma) - 1
    # "lĩnh vực văn hoá thông tin, thể dục thể thao chưa mạnh": a field, no one speaking
    said = rules.speech_verbs.ends_before(words, last + 1) and not rules.speech_nouns.ends_before(
        words, last + 1, (3, 4)
    )
    if not said and words.keys[first] != _THEO:
        return start
    return _skip_mark(text, comma + 1, end)


def _after_conceded_effort(words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "Dù đã cố gắng nhưng tỉnh vẫn là tỉnh khó khăn": an effort conceded, no shortfall in
    it, then the turn; the shortcoming starts after the turn."""
    i = words.first_from(start)
    last = words.first_from(end)
    # "Tại hội nghị, các đại biểu đánh giá dù …": after who judged it, a few words in
    opener = next(
        (
            k
            for k in range(i, min(i + SPEAKER_WORDS, last))
            if rules.concession_openers.longest_at(words, k)
            and (k == i or _after_any(words, k, rules.speech_verbs) or words.gap(k).strip())
        ),
        None,
    )
    if opener is None:
        return start
    i, n = opener, rules.concession_openers.longest_at(words, opener)
    for k in range(i + n, min(i + CONCESSION_CLAUSE_WORDS, last)):
        if words.gap(k).strip():
            return start  # the clause ended before any turn
        turn = rules.but.longest_at(words, k)
        if turn:
            if rules.negative.find(words, i, words.starts[k]) is not None or k + turn >= len(words):
                return start  # "mặc dù còn khó khăn nhưng …": what the results overcame
            return words.starts[k + turn]
    return start


def _after_conceded_success(
    text: str, words: Words, start: int, end: int, rules: _Rules
) -> int:
    """ "Công tác chấn chỉnh trật tự đô thị được duy trì, nhưng vẫn còn tồn tại tình trạng …":
    the success conceded first is no part of the shortcoming after the turn."""
    for k in range(words.first_from(start) + 1, words.first_from(end)):
        if words.gap(k).strip() != "," or not rules.turn_back.longest_at(words, k):
            continue
        if rules.negative.find(words, words.first_from(start), words.starts[k]) is not None:
            return start  # the shortfall is named before the turn
        after = k + rules.turn_back.longest_at(words, k)
        # "…, song chưa đạt kế hoạch" says it of the subject before the turn; "…, nhưng vẫn còn
        # tồn tại tình trạng A" names a shortfall of its own
        if not rules.existentials.longest_at(words, after):
            return start
        return words.starts[after]
    return start


def _after_short_lead(text: str, words: Words, start: int, end: int) -> int:
    """The first word after a short opening clause and its comma ("Trong 6 tháng đầu năm,"),
    or the first word when none."""
    comma = _short_lead_comma(text, words, start, end)
    if comma is None:
        return words.first_from(start)
    return min(words.first_from(comma), len(words) - 1)


def _after_grounds(words: Words, i: int, end: int, rules: _Rules) -> int:
    """ "Trên cơ sở kết quả đạt được về A, B, các xã …": past a clause from word ``i`` that
    names the results a request builds on, to the subject after one of its commas; else
    ``i``."""
    if i >= len(words) or not rules.grounds.longest_at(words, i):
        return i
    for j in range(i + 1, min(i + GROUNDS_WORDS + 1, words.first_from(end))):
        if "," in words.gap(j) and rules.subjects.longest_at(words, j):
            return j
    return i


def _short_lead_comma(text: str, words: Words, start: int, end: int) -> int | None:
    """The comma that closes an opening clause of a few words, if one does."""
    comma = text.find(",", start, end)
    if comma < 0 or words.first_from(comma) - words.first_from(start) > OPENER_WORDS:
        return None
    return comma


def _past_listing_lead(text: str, words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "Các ý kiến tập trung vào một số vấn đề như: A", "một số chỉ tiêu còn đạt thấp so với
    kế hoạch như: A": a lead that ends on a list's lead and a colon announces what follows;
    the item is after the colon."""
    colon = text.find(":", start, end)
    if colon < 0 or len(text[colon + 1 : end].split()) < MIN_ITEM_WORDS:
        return start
    if _list_lead_ending(text[start:colon], rules) is None:
        return start
    return _skip_mark(text, colon + 1, end)


def _past_period_clause(text: str, words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "(yêu cầu,) trong những tháng cuối năm, phường cần ưu tiên …": the item starts after a
    short clause that names the period planned, or the results the task builds on."""
    first = words.first_from(start)
    # "Trên cơ sở kết quả đạt được trong năm qua, các xã cần …": what the task builds on
    grounded = _after_grounds(words, first, end, rules)
    if grounded != first:
        return words.starts[grounded]
    # "(đề nghị,) 6 tháng cuối năm, Đảng ủy … tập trung …": the period may open on its count
    counted = first < len(words) and words.keys[first].isdigit()
    if not rules.opener_words.longest_at(words, first) and not counted:
        return start
    comma = _short_lead_comma(text, words, start, end)
    if comma is None:
        return start
    if rules.future.find(words, first, comma) is None and not _names_a_year(words, first, comma):
        return start
    return _skip_mark(text, comma + 1, end)


def _names_a_year(words: Words, first: int, end: int) -> bool:
    """ "trong năm 2027,": a clause that names the year planned."""
    keys = words.keys
    return any(keys[k].isdigit() and len(keys[k]) == 4 for k in range(first, words.first_from(end)))


def _before_turn_back(text: str, words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "A chưa đảm bảo, song với sự quyết tâm của các cấp, kinh tế có bước phát triển": the
    shortcoming ends at the comma before the turn back to the results, or before its cause
    ("A đạt thấp, nguyên nhân chính là do hạn hán")."""
    for k in range(words.first_from(start) + 1, words.first_from(end)):
        if words.gap(k).strip() != ",":
            # "Tốc độ phục hồi tăng trưởng còn chậm nhưng các chỉ số … đã được cải thiện": a
            # plain "nhưng" turns back as well, when nothing after it falls short
            plain = not words.gap(k).strip() and words.keys[k] == _NHUNG
            if plain and rules.negative.find(words, k, end) is None:
                return words.ends[k - 1]
            continue
        if rules.cause_sentences.longest_at(words, k) or _responded(words, k, rules):
            return words.ends[k - 1]
        # "…, do dịch bệnh kéo dài", "…, dự kiến hoàn thành trong tháng 12": its cause or the
        # plan to reach it, no part of the shortfall
        cause = rules.causes.longest_at(words, k) and not rules.consequences.longest_at(words, k)
        if cause or rules.remedy_plans.longest_at(words, k):
            return words.ends[k - 1]
        # "một số lĩnh vực … giảm so với cùng kỳ, cụ thể: tổng doanh thu … giảm 5,29%": the
        # figures that detail it
        n = rules.detail_leads.longest_at(words, k)
        if n and ":" in words.gap(k + n):
            return words.ends[k - 1]
        if not rules.turn_back.longest_at(words, k):
            continue
        if rules.negative.find(words, k, end) is None:
            return words.ends[k - 1]
    return end


def _responded(words: Words, k: int, rules: _Rules) -> bool:
    """ "…, Đoàn kiểm tra đã nhắc nhở và hướng dẫn …": a body named with a capital after the
    comma, then what it did about the shortcoming, which is no part of it."""
    if not words[k].text[:1].isupper():
        return False
    for j in range(k + 1, min(k + 1 + RESPONSE_SUBJECT_WORDS, len(words))):
        if not words.joined(j):
            return False
        if rules.past.longest_at(words, j):
            return True
    return False


def _skip_mark(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",:;.…"):
        start += 1
    m = _LIST_MARK.match(text, start, end)
    return m.end() if m and m.end() < end else start


def _drop_subject(words: Words, start: int, end: int, rules: _Rules) -> int:
    """ "thành phố cũng cần chủ động …" → "chủ động …": a subject, up to the first task verb;
    "cần chú trọng …" → "chú trọng …": a modal with no subject; "chỉ ra một số nhiệm vụ các
    cấp Hội cần thực hiện …" → "thực hiện …": the tasks named, then who must do them."""
    i = words.first_from(start)
    verb = _bare_modal(words, i, end, rules) if i < len(words) else None
    if verb is not None:
        return words.starts[verb]
    named = rules.announcements.find(words, i, end) if i < len(words) else None
    if named is not None and named[0] - i <= LEAD_VERB_WORDS:
        for j in range(named[0] + named[1], min(named[0] + SUBJECT_REACH, len(words))):
            if words.starts[j] >= end or not words.joined(j):
                break
            m = rules.prescriptive_modals.longest_at(words, j)
            if m and j + m < len(words) and rules.verbs.longest_at(words, j + m):
                return words.starts[j + m]
    if i >= len(words):
        return start
    if not rules.subjects.longest_at(words, i):
        # "Hương Trà tiếp tục hỗ trợ …", "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách
        # xã hội tỉnh chủ động …": a body's name, then (after a modal) a task verb.
        if not is_capital(words[i].text) or rules.verbs.longest_at(words, i):
            return start
        first = max(i + 1, org_end(words, i, first=True))  # "Công an TP. Vũng Tàu"
        for j in range(first, min(i + NAME_SUBJECT_WORDS, len(words))):
            if words.starts[j] >= end or not words.joined(j):
                return start
            if rules.modals.longest_at(words, j) or rules.verbs.longest_at(words, j):
                modal = rules.modals.longest_at(words, j)  # "Hội sẽ tiếp tục …"
                # a name has two capitalised words at least ("Kêu gọi các tổ chức …" is a verb)
                capitals = sum(is_capital(words[k].text) for k in range(i, j))
                j += modal
                j += rules.both_words.longest_at(words, j) if modal else 0  # "phải vừa …"
                acts = (modal or capitals > 1) and j < len(words) and words.starts[j] < end
                return words.starts[j] if acts and rules.verbs.longest_at(words, j) else start
        return start
    for j in range(i + 1, min(i + LISTED_SUBJECT_REACH, len(words))):
        # "các cấp, các ngành, nhất là các đồng chí Ủy viên … phải đoàn kết …": subjects listed
        # with commas, then the modal.
        if words.starts[j] >= end or ";" in words.gap(j):
            break
        m = rules.prescriptive_modals.longest_at(words, j)
        if m and j + m < len(words) and rules.verbs.longest_at(words, j + m):
            return words.starts[j + m]
    # "cấp ủy, chỉ huy các cấp, cán bộ, người lao động của công ty tiếp tục …": subjects
    # listed with commas reach further for their verb
    listed = any("," in words.gap(k) for k in range(i + 1, min(i + SUBJECT_REACH, len(words))))
    reach = LISTED_SUBJECT_REACH if listed else SUBJECT_REACH
    for j in range(i + 1, min(i + reach, len(words))):
        if words.starts[j] >= end:
            break
        if ";" in words.gap(j):
            break
        # "xã đặt mục tiêu tăng thu ngân sách": the goal is the task, whatever its verb
        goal = rules.goal_verbs.longest_at(words, j)
        if goal and j + goal < len(words) and words.starts[j + goal] < end:
            return words.starts[j + goal]
        if rules.verbs.longest_at(words, j):
            return words.starts[j]
    return start


def _unique(items: list[TextItem]) -> list[TextItem]:
    seen: set[tuple[int, int]] = set()
    out = []
    for item in items:
        if item.span not in seen:
            seen.add(item.span)
            out.append(item)
    return out
