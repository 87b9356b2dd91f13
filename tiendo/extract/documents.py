"""References to Party and State documents: kind, number-symbol, date, issuer, or a name.

``Nghị quyết số 62-NQ/TU, ngày 29/5/2013 của Ban Thường vụ Tỉnh ủy`` gives kind, number
``62-NQ/TU`` (spaces around ``-`` and ``/`` removed, dashes as ``-``), date and issuer.
A document without a number is named by its title (``Nghị quyết Trung ương 4 (khóa XII)``,
``Đề án vị trí việc làm``). The kind word must be capitalised: the lower-case word is the
generic noun. Each document is listed once, at its first mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from tiendo.extract.dates import DateMention, date_after, find_dates
from tiendo.extract.names import (
    PhraseSet,
    Words,
    is_capital,
    lexicon,
    org_end,
    phrase_keys,
    title_head_at,
)
from tiendo.extract.numbers import number_word
from tiendo.extract.record import DocumentKind, DocumentRef
from tiendo.extract.rules import load_rules
from tiendo.extract.text import (
    ends_line,
    heading_mark_before,
    split_at,
    squash,
    syllable_key,
    text_key,
)

# A number-symbol: digits, then parts joined by - – / (``01 – ĐA/TU``, ``100/2019/NĐ-CP``),
# the first part perhaps after a space (``03 CT-TW``). Each repetition starts with a
# separator, so the scan never backtracks over a part.
_NUMBER = re.compile(
    r"\d{1,5}[a-z]?(?:\s[A-ZĐ]{1,6}(?=[-–—/]))?"
    r"(?:\s?[-–—/]\s?[A-ZĐƯƠÂĂÊÔ0-9][A-Za-zĐđƯưƠơÂâĂăÊêÔô0-9]{0,19})*(?![\w/])"
)
_AROUND_SEPARATOR = re.compile(r"\s*([-–—/])\s*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_AFTER_AMOUNT = re.compile(r"\d\s*%?\s*$")  # "đạt 105% Kế hoạch năm 2018": a plan measured against
_COUNT_RATIO = re.compile(r"\d+/(\d+)")
_DATE_SHAPED = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d)")
# More numbers of the same kind after the first ("Nghị quyết 18, 19", "… số 05 và 10").
_MORE_NUMBERS = re.compile(r"(?:\s*,\s*|\s+và\s+)(\d{1,3})\b(?![.,/-]?\d)")
_NUMBER_LINK = re.compile(r"\s*,\s*|\s+và\s+")
_LEADING_DIGITS = re.compile(r"\d+")
_SYMBOL = re.compile(r"\d\s?[-–—/]\s?[A-ZĐ]")  # "28-NQ/TW": a number with its symbol
_DATED = re.compile(r"ngày\s*\d{1,2}\s*[/.-]\s*\d")
_LIST_END = re.compile(r"\.(?=\s|$)|\n")
_DECIMAL_TAIL = re.compile(r"[.,]\d")
_VE = syllable_key("về")
_CUA = syllable_key("của")
_VA = syllable_key("và")
_NGAY = syllable_key("ngày")
_THU = syllable_key("thứ")
_DU, _THAO = syllable_key("dự"), syllable_key("thảo")
_PERIOD = re.compile(r"(?:giai đoạn|năm) (?:19|20)\d\d", re.I)
# A congress named with its term or number ("Đại hội Đảng bộ tỉnh khóa VI"): one congress.
_CONGRESS = re.compile(r"\bĐại hội\b.*\b(?:khóa|khoá|lần thứ)\s+[IVXLC\d]+\b")
_JOINED = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# The issuer's term and tenure after its name ("… Đảng bộ huyện khóa XXIV, nhiệm kỳ 2020 - 2025").
_TERM_OR_TENURE = re.compile(
    r",?\s*(?:\(?\s*kh(?:óa|oá)\s+[IVXLC]+\s*\)?|nhiệm kỳ\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)",
    re.I,
)
# A period right after a body's resolution ("Nghị quyết Tỉnh ủy quý I-2023", "… năm 2018").
_PERIOD_SUFFIX = re.compile(
    r"\s(?:năm\s(?:19|20)\d\d|qu[ýí]\s(?:IV|I{1,3}|[1-4])(?:\s?[-/]\s?(?:19|20)\d\d|\snăm\s(?:19|20)\d\d)?)\b",
    re.I,
)
LIST_LOOKBACK = 24  # characters before a kind searched for the mark that opens a list item
QUOTED_NAME_CHARS = 400  # at most, in a document's name in quotes
MIN_LISTED_WORDS = 3  # in the subject of a listed document; a cut-off fragment is none
ISSUED_BEFORE_CHARS = 120  # searched back from a document issued for the date of its clause
TITLE_CHARS = 300  # at most, from a quoted title's opening mark to its closing one
PERIOD_AHEAD_WORDS = 12  # after a comma inside a name, words searched for its period
ORDINAL_WORDS = 3  # at most, in an ordinal written in words ("lần thứ mười hai")
HEADER_CHARS = 1500  # from the top, searched for a document's own header ("Số: 08/2015/NQ-HĐND")
HEADER_DATE_CHARS = 200  # after the header's number, searched for its place and date
# "Số: 08/2015/NQ-HĐND" (the State's), "Số 62-NQ/TU" (the Party's, no colon)
_HEADER_NUMBER = re.compile(r"^[ \t]*Số[ \t]*:?[ \t]*", re.M)
_SYMBOL_PARTS = re.compile(r"[-/]")
_KHOA_KEYS = frozenset({syllable_key("khóa"), syllable_key("khoá")})
_BOUNDARY_CHARS = frozenset(';:.!?…\n"“”()')


@dataclass(frozen=True)
class _Rules:
    kinds: PhraseSet
    kind_of: dict[tuple[str, ...], DocumentKind]
    plural_before: PhraseSet
    adopting_verbs: PhraseSet
    number_cues: frozenset[str]
    not_title_starts: PhraseSet
    generic: frozenset[str]
    title_stops: PhraseSet
    title_goes_on: PhraseSet
    comma_continuations: PhraseSet
    paired_verbs: PhraseSet
    name_comma_continuations: PhraseSet
    name_words: PhraseSet
    after_number_list: PhraseSet
    clause_verbs: PhraseSet
    agenda_closers: PhraseSet
    issuer_words: tuple[tuple[str, ...], ...]
    baseline_before: PhraseSet
    plan_bodies: PhraseSet
    plan_body_words: PhraseSet
    lower_named: frozenset[tuple[str, ...]]
    numbered_only: frozenset[tuple[str, ...]]
    compound_heads: frozenset[str]
    period_kinds: frozenset[str]
    list_leads: tuple[str, ...]
    generic_starts: PhraseSet
    generic_ends: tuple[str, ...]
    next_items: PhraseSet
    issue_verbs: PhraseSet
    number_subjects: PhraseSet
    list_qualifiers: PhraseSet
    symbol_kinds: dict[str, str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_rules(
        "documents",
        {
            "kinds": "dict[str,str]",
            "plural_before": "list[str]",
            "adopting_verbs": "list[str]",
            "number_cues": "list[str]",
            "not_title_starts": "list[str]",
            "generic_titles": "list[str]",
            "title_stops": "list[str]",
            "title_goes_on": "list[str]",
            "comma_continuations": "list[str]",
            "paired_verbs": "list[str]",
            "name_comma_continuations": "list[str]",
            "name_words": "list[str]",
            "after_number_list": "list[str]",
            "clause_verbs": "list[str]",
            "agenda_closers": "list[str]",
            "issuer_words": "list[str]",
            "baseline_before": "list[str]",
            "plan_bodies": "list[str]",
            "plan_body_words": "list[str]",
            "lower_named_kinds": "list[str]",
            "numbered_only_kinds": "list[str]",
            "compound_heads": "list[str]",
            "period_kinds": "list[str]",
            "list_leads": "list[str]",
            "generic_starts": "list[str]",
            "generic_ends": "list[str]",
            "next_items": "list[str]",
            "issue_verbs": "list[str]",
            "number_subjects": "list[str]",
            "list_qualifiers": "list[str]",
            "symbol_kinds": "dict[str,str]",
        },
    )
    for key in ("kinds", "symbol_kinds"):
        unknown = set(data[key].values()) - set(DocumentKind.__args__)  # type: ignore[attr-defined]
        if unknown:
            from tiendo.extract.lexicon import LexiconError

            raise LexiconError(f"lexicon documents.{key}: not a contract kind: {sorted(unknown)}")
    kind_of = {phrase_keys(k): v for k, v in data["kinds"].items()}
    for key in ("lower_named_kinds", "numbered_only_kinds"):
        stray = [k for k in data[key] if phrase_keys(k) not in kind_of]
        if stray:
            from tiendo.extract.lexicon import LexiconError

            raise LexiconError(f"lexicon documents.{key}: not in kinds: {stray}")
    return _Rules(
        kinds=PhraseSet(list(data["kinds"])),
        kind_of=kind_of,
        plural_before=PhraseSet(data["plural_before"]),
        adopting_verbs=PhraseSet(data["adopting_verbs"]),
        number_cues=frozenset(data["number_cues"]),
        not_title_starts=PhraseSet(data["not_title_starts"]),
        generic=frozenset(text_key(t) for t in data["generic_titles"]),
        title_stops=PhraseSet(data["title_stops"]),
        title_goes_on=PhraseSet(data["title_goes_on"]),
        comma_continuations=PhraseSet(data["comma_continuations"]),
        paired_verbs=PhraseSet(data["paired_verbs"]),
        name_comma_continuations=PhraseSet(data["name_comma_continuations"]),
        name_words=PhraseSet(data["name_words"]),
        after_number_list=PhraseSet(data["after_number_list"]),
        clause_verbs=PhraseSet(data["clause_verbs"]),
        agenda_closers=PhraseSet(data["agenda_closers"]),
        issuer_words=tuple(phrase_keys(w) for w in data["issuer_words"]),
        baseline_before=PhraseSet(data["baseline_before"]),
        plan_bodies=PhraseSet(data["plan_bodies"]),
        plan_body_words=PhraseSet(data["plan_body_words"]),
        lower_named=frozenset(phrase_keys(k) for k in data["lower_named_kinds"]),
        numbered_only=frozenset(phrase_keys(k) for k in data["numbered_only_kinds"]),
        compound_heads=frozenset(syllable_key(w) for w in data["compound_heads"]),
        period_kinds=frozenset(data["period_kinds"]),
        list_leads=tuple(data["list_leads"]),
        generic_starts=PhraseSet(data["generic_starts"]),
        generic_ends=tuple(text_key(t) for t in data["generic_ends"]),
        next_items=PhraseSet(data["next_items"]),
        issue_verbs=PhraseSet(data["issue_verbs"]),
        number_subjects=PhraseSet(data["number_subjects"]),
        list_qualifiers=PhraseSet(data["list_qualifiers"]),
        symbol_kinds=data["symbol_kinds"],
    )


def extract_documents(text: str, words: Words | None = None) -> list[DocumentRef]:
    """Each distinct document referred to in ``text``, at its first mention."""
    words = words or Words(text)
    rules = _rules()
    found: list[DocumentRef] = []
    by_key: dict[object, DocumentRef] = {}
    outer_end = -1  # the end of the last unnumbered name: names inside it are not listed
    i = 0
    while (hit := rules.kinds.find(words, i, len(text))) is not None:
        i, n = hit
        # A lower-case kind is the generic word unless a number follows ("chỉ thị số 05-CT/HU").
        lower = not words[i].text[:1].isupper()
        if _plural(words, i, rules) and _number_after(text, words, i + n, rules)[0] is None:
            listed, end = _listed(text, words, i, n, rules)
            for item in listed:
                key: object = ("title", text_key(item.title or ""))
                if key not in by_key:
                    by_key[key] = item
                    found.append(item)
            i = words.first_from(end) if listed else i + 1
            continue
        if _inside_a_word(words, i, rules):
            i += 1
            continue
        also: list[DocumentRef] = []
        number, number_end = _number_after(text, words, i + n, rules)
        if (
            lower
            and number is not None
            and number.isdigit()
            and not _cued(words, i + n, rules)
            and not _described_after(text, words, number_end, rules)
        ):
            i += 1  # "Qua kiểm tra, kết luận 1 tổ chức …": the verb and a count
            continue
        if lower and number is None:
            doc = _lower_named(text, words, i, n, rules)
            if doc is None:
                i += 1
                continue
        else:
            docs = _document_at(text, words, i, n, rules)
            doc, also = (docs[0], docs[1:]) if docs else (None, [])
        if doc is not None and doc.number is None and _generic(doc, words, i, rules):
            doc = None
        if doc is None or (doc.number is None and doc.span[0] < outer_end):
            i += n
            continue
        for one in (doc, *also):
            key = _number_key(one) if one.number else ("title", text_key(one.title or ""))
            known = by_key.get(key) or _same_numbered(one, found)
            if known is None:
                by_key[key] = one
                found.append(one)
            else:
                # "Chỉ thị số 35-CT/TW …", then "Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ
                # Chính trị": one document, its date and issuer from where they are stated.
                known.date = known.date or one.date
                known.issuer = known.issuer or one.issuer
        if doc.number is None:
            outer_end = max(outer_end, doc.span[1])
            i += n
        else:
            i = words.first_from(doc.span[1])
    # "Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12.12.2013 của Bộ Chính trị": the
    # date and issuer after the last of a run of one kind are those of each.
    for before, after in pairwise(found):
        if (
            before.kind == after.kind
            and before.number
            and after.number
            and before.date is None
            and before.issuer is None
            and _JOINED.fullmatch(text, before.span[1], after.span[0])
        ):
            before.date, before.issuer = after.date, after.issuer
    return found


def own_document(text: str) -> DocumentRef | None:
    """The document the text itself is, when its header says so."""
    return _own_header(text, _rules())


def with_own_document(text: str, documents: list[DocumentRef]) -> list[DocumentRef]:
    """``documents`` with, first, the document the text itself is, when its header says so
    and the list does not hold it already."""
    own = own_document(text)
    if own is None or any(_number_key(d) == _number_key(own) for d in documents if d.number):
        return documents
    return [own, *documents]


def _own_header(text: str, rules: _Rules) -> DocumentRef | None:
    """The document the text is, by its header: "Số: 08/2015/NQ-HĐND" at the top, then "An
    Giang, ngày 10 tháng 12 năm 2015"; the kind is the one its symbol's code names."""
    cue = _HEADER_NUMBER.search(text, 0, HEADER_CHARS)
    found = _NUMBER.match(text, cue.end()) if cue is not None else None
    if found is None:
        return None
    number = _AROUND_SEPARATOR.sub(r"\1", found.group())
    code = next((part for part in _SYMBOL_PARTS.split(number) if part.isalpha()), None)
    kind = rules.symbol_kinds.get(code or "")
    if kind is None:
        return None
    # "An Giang, ngày 10 tháng 12 năm 2015" under it: its date in full
    dated = next(
        (m for m in find_dates(text, found.end(), found.end() + HEADER_DATE_CHARS) if m.year),
        None,
    )
    date = dated.iso() if dated is not None else None
    return DocumentRef(kind=kind, number=number, date=date, span=found.span())  # type: ignore[arg-type]


def _same_numbered(doc: DocumentRef, found: list[DocumentRef]) -> DocumentRef | None:
    """A number alone that begins a number-symbol of the same kind listed before ("Nghị quyết
    04" after "Nghị quyết số 04-NQ/TU"): that document again."""
    if not doc.number or not doc.number.isdigit():
        return None
    prefix = doc.number.lstrip("0")
    return next(
        (
            d
            for d in found
            if d.kind == doc.kind
            and d.number
            and d.number.split("-")[0].split("/")[0].lstrip("0") == prefix
            and d.number != doc.number
        ),
        None,
    )


def _generic(doc: DocumentRef, words: Words, i: int, rules: _Rules) -> bool:
    """An unnumbered mention of the genre's generic documents ("Nghị quyết của Đảng",
    "Chương trình Mục tiêu quốc gia xây dựng nông thôn mới")."""
    bare = text_key(_TERM_OR_TENURE.sub(" ", doc.title or "")).strip(" ,")
    return (
        text_key(doc.title or "") in rules.generic
        or bool(rules.generic_starts.longest_at(words, i))
        or (doc.number is None and bare.endswith(rules.generic_ends))
        or _issuer_only(doc)
    )


def _issuer_only(doc: DocumentRef) -> bool:
    """ "Nghị quyết HĐND tỉnh", "Hướng dẫn của UBTƯ MTTQ Việt Nam", "Nghị quyết của Ban Chấp
    hành Đảng bộ huyện khóa XXIV, nhiệm kỳ 2020 - 2025": named by the body that issues it
    alone (its term aside), no subject, ordinal or period: that body's documents in general."""
    name = _TERM_OR_TENURE.sub(" ", doc.title or "")
    rest = Words(name)
    k = len(phrase_keys(doc.kind))
    k += rest.keys[k : k + 1] == [_CUA]
    org_words = lexicon().org_words
    if k >= len(rest) or not (org_words.longest_at(rest, k) or is_capital(rest[k].text)):
        return False
    while k < len(rest):
        word = rest[k].text
        if word[:1].isdigit() or rest.keys[k] in (_VE, _THU):
            return False
        n = org_words.longest_at(rest, k) or (1 if word[:1].isupper() else 0)
        if not n:
            return False
        k += n
    return True


def _listed(
    text: str, words: Words, i: int, n: int, rules: _Rules
) -> tuple[list[DocumentRef], int]:
    """ "thông qua 9 Nghị quyết gồm: Ban hành Quy chế …; điều chỉnh kế hoạch …": a count of
    documents of one kind, then their subjects listed after a colon, one document each; and
    where the list ends."""
    counted = i > 0 and words.keys[i - 1].isdigit()
    # "Đáng chú ý là các Nghị quyết về: A; B": a plural kind before the colon lists them too.
    plural = any(i >= b and rules.plural_before.longest_at(words, i - b) == b for b in (1, 2))
    if not (counted or plural):
        return [], 0
    k = i + n
    if k < len(words) and not words.gap(k).strip():
        k += rules.list_qualifiers.longest_at(words, k)  # "9 Nghị quyết quan trọng gồm:"
    if k >= len(words):
        return [], 0
    kind = rules.kind_of[tuple(words.keys[i : i + n])]
    about = words.keys[k - 1] == _VE
    if words.gap(k).strip() == ":":
        colon = text.index(":", words.ends[k - 1])
    elif k > i + n and about and not words.gap(k - 1).strip() and _adopted(words, i, rules):
        colon = words.ends[k - 1] - 1  # "các nghị quyết về A; B; C": no colon, semicolons
    else:
        return [], 0
    stop = _LIST_END.search(text, colon + 1)
    end = stop.start() if stop else len(text)
    if text[colon] != ":" and ";" not in text[colon + 1 : end]:
        return [], 0
    # "các Nghị quyết về: A" names "Nghị quyết về A"; "9 Nghị quyết gồm: A", "Nghị quyết A".
    docs = []
    for piece in split_at(text, colon + 1, end, ";"):
        name = piece.text.strip(" ,.…")
        if len(name.split()) >= MIN_LISTED_WORDS:
            start = piece.start + piece.text.index(name)
            if rules.kinds.longest_at(Words(name), 0) and is_capital(name):
                title = squash(name)  # "… 3 Nghị quyết: Nghị quyết bổ sung …": named in full
            else:
                if name[:3] == "Về ":
                    name = "v" + name[1:]  # "3 Nghị quyết: Về việc …": the colon's capital
                title = squash(f"{kind} về {name}" if about else f"{kind} {name}")
            docs.append(DocumentRef(kind=kind, title=title, span=(start, start + len(name))))  # type: ignore[arg-type]
    return docs, end


def _adopted(words: Words, i: int, rules: _Rules) -> bool:
    """A verb of adoption ends within three words before the kind at word ``i`` ("thông qua
    các nghị quyết", "biểu quyết thông qua những nghị quyết")."""
    return any(
        (n := rules.adopting_verbs.longest_at(words, j)) and j + n >= i - 1
        for j in range(max(0, i - 4), i - 1)
    )


def _cued(words: Words, j: int, rules: _Rules) -> bool:
    """Word ``j``, right after a kind, is "số" that announces its number."""
    return j < len(words) and words[j].text.lower() in rules.number_cues


def _described_after(text: str, words: Words, pos: int, rules: _Rules) -> bool:
    """A quoted name or what it is about follows the number ("đề án 178 “Phụ nữ …”", "chỉ
    thị 05 về đẩy mạnh …"): a document, not a count."""
    if _opens_quote(text, pos):
        return True
    k = words.first_from(pos)
    return k < len(words) and words.joined(k) and bool(rules.number_subjects.longest_at(words, k))


def _number_key(doc: DocumentRef) -> tuple[str, str]:
    """One document per kind and number: "Chỉ thị 05" is not "Nghị quyết 05"."""
    return doc.kind, (doc.number or "").upper()


def _inside_a_word(words: Words, i: int, rules: _Rules) -> bool:
    """ "thi hành kỷ luật 6 đảng viên": the kind's word is the second half of another word."""
    return i > 0 and words.joined(i) and words.keys[i - 1] in rules.compound_heads


def _plural(words: Words, i: int, rules: _Rules) -> bool:
    if i > 0 and words.joined(i) and words.keys[i - 1].isdigit():
        return True  # "thông qua 11 nghị quyết": a count of documents, none named
    for back in (1, 2):
        j = i - back
        if j >= 0 and rules.plural_before.longest_at(words, j) == back and words.joined(i):
            return True
    # "các Nghị quyết, Chỉ thị của Trung ương": a kind listed after a plural kind.
    if words.gap(i).strip() == "," or (i > 0 and words.keys[i - 1] == _VA):
        last = i - 1 if words.gap(i).strip() == "," else i - 2
        for n in (1, 2, 3):
            j = last - n + 1
            if j >= 0 and rules.kinds.longest_at(words, j) == n:
                return _plural(words, j, rules)
    return False


def _more_number(text: str, pos: int) -> tuple[str, int] | None:
    """One more number of the same kind after a comma or "và": a bare one ("Nghị quyết 18,
    19") or a whole number-symbol ("Nghị quyết số 21-NQ/TW, 28-NQ/TW")."""
    link = _NUMBER_LINK.match(text, pos)
    symbol = _NUMBER.match(text, link.end()) if link is not None else None
    if symbol is not None and _SYMBOL.search(symbol.group()):
        return _AROUND_SEPARATOR.sub(r"\1", symbol.group()), symbol.end()
    more = _MORE_NUMBERS.match(text, pos)
    return (more.group(1), more.end()) if more is not None else None


def _document_at(text: str, words: Words, i: int, n: int, rules: _Rules) -> list[DocumentRef]:
    """The document whose kind is at word ``i``, then those of the same kind whose numbers
    follow its number ("Nghị quyết 18, 19 của Trung ương"), with its date and issuer."""
    kind = rules.kind_of[tuple(words.keys[i : i + n])]
    start = words.starts[i]
    number, pos_after = _number_after(text, words, i + n, rules)
    if number is not None:
        numbers, end = [number], pos_after
        while (more := _more_number(text, end)) is not None and _ends_number_list(
            text, words, more[1], rules
        ):
            numbers.append(more[0])
            end = more[1]
        numbers = _with_shared_symbol(numbers)
        date = date_after(text, end)
        if date:
            end = date.end
        else:
            date = _issued_before(text, words, i, rules)
        issuer, issuer_end = _issuer_after(text, words, end, rules)
        if issuer:
            end = issuer_end
        return [
            DocumentRef(
                kind=kind,
                number=one,
                date=date.iso() if date else None,
                issuer=issuer,  # type: ignore[arg-type]
                span=(start, end),
            )
            for one in numbers
        ]
    if tuple(words.keys[i : i + n]) in rules.numbered_only:
        return []  # "báo cáo KH sản xuất vụ đông": an abbreviation names a document by number
    named = _unnumbered(text, words, i, n, kind, rules)
    return [named] if named is not None else []


def _with_shared_symbol(numbers: list[str]) -> list[str]:
    """ "Nghị quyết số 18, 19-NQ/TW": the symbol written once, after the last number, is
    that of the bare numbers before it too."""
    last = numbers[-1]
    digits = _LEADING_DIGITS.match(last)
    if len(numbers) == 1 or digits is None or not _SYMBOL.search(last):
        return numbers
    suffix = last[digits.end() :]
    return [one + suffix if one.isdigit() else one for one in numbers]


def _unnumbered(
    text: str, words: Words, i: int, n: int, kind: str, rules: _Rules
) -> DocumentRef | None:
    """The document at word ``i`` named by its title (in quotes, or by the words after it)."""
    start, pos = words.starts[i], words.ends[i + n - 1]
    if _opens_quote(text, pos):
        return _quoted(text, start, pos, kind)
    amount = _NUMBER.match(text, words.starts[i + n]) if i + n < len(words) else None
    if amount is not None and words.joined(i + n) and _followed_by_unit(text, amount.end()):
        return None  # "(Kế hoạch 384 tỷ đồng)", "(Kế hoạch 9%)": the planned amount
    if _sentence_start(text, start) and not (i + n < len(words) and is_capital(words[i + n].text)):
        return None
    if _is_baseline(words, i, n, rules):
        return None
    named = _named(text, words, i, n, kind, pos, rules)
    return None if named is not None and _part_heading(text, named.span) else named


def _part_heading(text: str, span: tuple[int, int]) -> bool:
    """ "Phần II / KẾ HOẠCH NĂM 2027": a name in capitals that fills its line, after a heading's
    mark at most, heads a part of the report; it refers to no document."""
    start, end = span
    if not text[start:end].isupper() or not ends_line(text, end):
        return False
    return heading_mark_before(text, start) is not None


def _ends_number_list(text: str, words: Words, pos: int, rules: _Rules) -> bool:
    """After a number that follows the first ("Chỉ thị 05 và 10"), a mark or a word that goes
    on with the sentence ("của", "còn"): not a count ("Chỉ thị 05 và 10 đảng viên")."""
    rest = text[pos : pos + 2].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    k = words.first_from(pos)
    return k < len(words) and bool(rules.after_number_list.longest_at(words, k))


def _issued_before(text: str, words: Words, i: int, rules: _Rules) -> DateMention | None:
    """ "Ngày 25-11-2019, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU": the
    date that opens the clause of the verb issuing it, right before the kind."""
    if i == 0 or not _after_issue_verb(words, i, rules):
        return None
    floor = max(0, words.starts[i] - ISSUED_BEFORE_CHARS)
    cut = max(text.rfind(ch, floor, words.starts[i]) for ch in ".;\n")
    found = list(find_dates(text, max(floor, cut + 1), words.starts[i]))
    return found[-1] if found else None


def _after_issue_verb(words: Words, i: int, rules: _Rules) -> bool:
    return rules.issue_verbs.ends_before(words, i, (1, 2, 3))


def _lower_named(text: str, words: Words, i: int, n: int, rules: _Rules) -> DocumentRef | None:
    """ "đề án “Phát triển đàn bò …”", "đề án phát triển nông nghiệp giai đoạn 2021-2025": a
    lower-case kind of `lower_named_kinds` names one document when a quoted title follows it,
    its description spans a stated period or names one congress, or a body that issued it is
    named."""
    if tuple(words.keys[i : i + n]) not in rules.lower_named:
        return None
    kind = rules.kind_of[tuple(words.keys[i : i + n])]
    start, pos = words.starts[i], words.ends[i + n - 1]
    if _opens_quote(text, pos):
        return _quoted(text, start, pos, kind)
    if _is_baseline(words, i, n, rules):
        return None  # "các chỉ tiêu nghị quyết HĐND huyện đề ra": the plan measured against
    doc = _named(text, words, i, n, kind, pos, rules)
    if doc is None or not (
        doc.issuer
        or _PERIOD.search(doc.title or "")
        or _CONGRESS.search(doc.title or "")
        or (_names_body(doc, n, rules) and _PERIOD_SUFFIX.match(text, doc.span[1]))
    ):
        return None
    return doc


def _names_body(doc: DocumentRef, n: int, rules: _Rules) -> bool:
    """ "nghị quyết Huyện ủy năm 2015": the body that issued it named right after the kind,
    capitalised (not "nghị quyết đại hội đảng bộ các cấp"); it names one document when the
    period it plans follows ("thực hiện nghị quyết Tỉnh ủy trong 6 tháng đầu năm" is the
    body's resolutions in general)."""
    title = (doc.title or "").split()
    return (
        len(title) > n
        and is_capital(title[n])
        and _names_issuer(phrase_keys(" ".join(title[n:])), rules)
    )


def _opens_quote(text: str, pos: int) -> bool:
    """A quotation mark opens at ``pos``, after a space at most."""
    return text[pos : pos + 2].lstrip(" ")[:1] in ("“", '"')


def _quoted(text: str, start: int, pos: int, kind: str) -> DocumentRef | None:
    """The kind ending at ``pos``, then its title in quotation marks ("Chương trình “Mỗi xã
    một sản phẩm”")."""
    opening = text[pos : pos + 2].lstrip(" ")[:1]
    close = text.find("”" if opening == "“" else '"', pos + 2, pos + TITLE_CHARS)
    if close < 0:
        return None
    return DocumentRef(kind=kind, title=squash(text[start : close + 1]), span=(start, close + 1))  # type: ignore[arg-type]


def _is_baseline(words: Words, i: int, n: int, rules: _Rules) -> bool:
    """ "so với Nghị quyết Đảng ủy (xã) đề ra": a comparison word before the kind, and only a
    body's name after it (no place, number or title), so it names a plan, not a document."""
    before = rules.baseline_before.ends_before(words, i)
    # "bằng 105,5% Nghị quyết HĐND huyện giao": a percentage right before the kind.
    if not before and not words.gap(i).strip().endswith("%"):
        return False
    j = i + n
    body = rules.plan_bodies.longest_at(words, j)
    if not body or not words.joined(j):
        return False
    j += body
    j += rules.plan_body_words.longest_at(words, j) if j < len(words) and words.joined(j) else 0
    return j >= len(words) or not words.joined(j) or not is_capital(words[j].text)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(' \t\u00a0"“(-–')
    return not before or before[-1] in ".!?…\n"


def _number_after(text: str, words: Words, j: int, rules: _Rules) -> tuple[str | None, int]:
    """The number-symbol right after the kind (after ``số`` if written), and where it ends."""
    if j >= len(words) or "\n" in words.gap(j):
        return None, 0  # the number is on the kind's line, not the page's date under it
    if not words.joined(j) and words.gap(j).strip() not in ("",):
        return None, 0
    has_cue = False
    if words[j].text.lower() in rules.number_cues:
        has_cue = True
        j += 1
        if j >= len(words) or words.gap(j).strip() not in ("", ":"):
            return None, 0
    if j >= len(words):
        return None, 0
    m = _NUMBER.match(text, words.starts[j])
    if not m:
        return None, 0
    raw = m.group()
    bare = raw.isdigit()
    if bare and (_YEAR.fullmatch(raw) or (not has_cue and len(raw) > 3) or not int(raw)):
        return None, 0  # a year, a count, or "Chỉ thị 0" cut off by the excerpt's end
    if bare and not has_cue and _followed_by_unit(text, m.end()):
        return None, 0
    if _DATE_SHAPED.match(raw):
        return None, 0  # "… thông qua 11 nghị quyết 18/07/2023 - 16:55": a date
    ratio = _COUNT_RATIO.fullmatch(raw)
    if ratio and not has_cue and not _YEAR.fullmatch(ratio.group(1)):
        return None, 0  # "vượt kế hoạch 10/25 chỉ tiêu": a part of a whole, no number
    number = _AROUND_SEPARATOR.sub(r"\1", raw).replace("–", "-").replace("—", "-")
    return number, m.end()


def _followed_by_unit(text: str, pos: int) -> bool:
    """``Chương trình 135`` is a name; ``Kế hoạch 3 năm`` and ``(kế hoạch 9,05%)`` are
    quantities (a decimal part is never in a document's number)."""
    if _DECIMAL_TAIL.match(text, pos):
        return True
    rest = text[pos : pos + 16].lstrip().lower()
    if _DATED.match(rest):
        return False  # "Kế hoạch 437 ngày 10/10/2014": the date it was issued
    return rest.startswith(("năm", "tháng", "ngày", "%", "tỷ", "triệu", "người", "xã"))


def _issuer_after(text: str, words: Words, pos: int, rules: _Rules) -> tuple[str | None, int]:
    """``của Ban Thường vụ Tỉnh ủy`` right after ``pos`` (a comma may come first)."""
    j = words.first_from(pos)
    if j + 1 >= len(words) or text[pos : words.starts[j]].strip(" ,") != "":
        return None, pos
    if words[j].text != "của" or not is_capital(words[j + 1].text) or not words.joined(j + 1):
        return None, pos
    end = _issuer_end(words, j + 1, rules)
    if end is None:
        return None, pos
    # "của Bộ Chính trị, Ban Bí thư": two bodies issued it together
    while end < len(words) and words.gap(end).strip() == "," and is_capital(words[end].text):
        more = _issuer_end(words, end, rules)
        if more is None:
            break
        end = more
    return text[words.starts[j + 1] : words.ends[end - 1]], words.ends[end - 1]


def _issuer_end(words: Words, i: int, rules: _Rules) -> int | None:
    """Past the issuing body that starts at word ``i``, an office of one first ("Chủ tịch UBND
    tỉnh", "Thủ tướng Chính phủ"), or None."""
    end = org_end(words, i + title_head_at(words, i), first=True)
    return end if end > i and _names_issuer(words.keys[i:end], rules) else None


def _names_issuer(keys: Sequence[str], rules: _Rules) -> bool:
    """One of the issuer words stands among ``keys``, whole ("Chính phủ", not the "chính" of
    "Chính quyền địa phương")."""
    return any(
        tuple(keys[k : k + len(phrase)]) == phrase
        for k in range(len(keys))
        for phrase in rules.issuer_words
    )


def _issuer_closing(
    text: str, words: Words, start: int, end: int, rules: _Rules
) -> tuple[int, str | None]:
    """ "Chương trình công tác năm 2022 của Đảng ủy thị trấn": the body that closes a
    description issued it; the title ends before its "của"."""
    for k in range(end - 2, start, -1):
        if words.keys[k] != _CUA:
            continue
        issuer, issuer_end = _issuer_after(text, words, words.ends[k - 1], rules)
        if issuer is not None and issuer_end == words.ends[end - 1]:
            return k, issuer
        break
    return end, None


def _named(
    text: str, words: Words, i: int, n: int, kind: str, pos: int, rules: _Rules
) -> DocumentRef | None:
    """A document named, not numbered: a proper name, or a description (``về …``)."""
    j = i + n
    if j >= len(words) or not words.joined(j):
        return None
    issuer = None
    if words[j].text[:1].isupper():
        end = _proper_name_end(text, words, j, rules)
        # "Nghị quyết Tỉnh ủy quý I-2023", "Nghị quyết Tỉnh ủy năm 2018": the period it plans.
        period = _PERIOD_SUFFIX.match(text, words.ends[end - 1]) if end < len(words) else None
        if period is not None and kind in rules.period_kinds:
            end = words.first_from(period.end())
        # "Nghị quyết HĐND thị xã về tình hình kinh tế - xã hội …": what it is about goes on;
        # so does a description in title case, no body named ("Đề án Xây dựng nông thôn mới").
        described = not _names_issuer(words.keys[j:end], rules)
        described = described and not _PERIOD_SUFFIX.match(text, words.ends[end - 1])
        if end < len(words) and words.joined(end) and (
            words.keys[end] == _VE
            or (
                described
                and not is_capital(words[end].text)
                and not rules.title_stops.longest_at(words, end)
            )
        ):
            end = _description_end(text, words, end, rules, _list_item(text, words.starts[i]))
    else:
        period = _PERIOD_SUFFIX.match(text, words.ends[j - 1])
        if (
            period is not None
            and kind in rules.period_kinds
            and is_capital(words[i].text)
            and not _AFTER_AMOUNT.search(text, max(0, words.starts[i] - 12), words.starts[i])
        ):
            # "tổng kết thực hiện Nghị quyết năm 2018": the body's resolution for the year.
            end = words.first_from(period.end())
            if end < len(words) and words.joined(end) and words.keys[end] == _VE:
                end = _description_end(text, words, end, rules)
            title = squash(text[words.starts[i] : words.ends[end - 1]])
            return DocumentRef(kind=kind, title=title, span=(words.starts[i], words.ends[end - 1]))  # type: ignore[arg-type]
        if rules.not_title_starts.longest_at(words, j):
            return None
        issuer, issuer_end = _issuer_after(text, words, pos, rules)
        if issuer:
            # "theo Nghị quyết của Đảng bộ đề ra": the issuer alone, the sentence going on.
            k = words.first_from(issuer_end)
            if (
                k >= len(words)
                or not words.joined(k)
                or rules.not_title_starts.longest_at(words, k)
            ):
                return None
        start = words.first_from(issuer_end) if issuer else j
        end = _description_end(text, words, start, rules, _list_item(text, words.starts[i]))
        if issuer is None:
            end, issuer = _issuer_closing(text, words, start, end, rules)
    if end <= j or all(words[k].text.isupper() for k in range(j, end)):
        return None  # "Chương trình TRUYỀN HÌNH": a site's menu, not a document
    if all(words[k].text.isdigit() for k in range(j, end)):
        return None  # a number that is none ("Chỉ thị 0" cut off by the excerpt's end)
    title_end = _with_quoted_name(text, words.ends[end - 1])
    title_end = _with_closing_parenthesis(text, title_end)
    title = squash(text[words.starts[i] : title_end])
    # "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015": the date it was passed
    date = date_after(text, title_end)
    return DocumentRef(
        kind=kind,  # type: ignore[arg-type]
        title=title,
        date=date.iso() if date else None,
        issuer=issuer,  # type: ignore[arg-type]
        span=(words.starts[i], date.end if date else title_end),
    )


def _proper_name_end(text: str, words: Words, j: int, rules: _Rules) -> int:
    """Past a proper name: capitalised words, numbers, ``lần thứ XIII``, ``(khóa XII)``."""
    k = j
    while k < len(words):
        committee = words.gap(k).strip() == "," and rules.name_comma_continuations.longest_at(words, k)
        if k > j and not words.joined(k) and not _opens_term(words, k) and not committee:
            break
        if is_capital(words[k].text):
            k += max(1, lexicon().org_compounds.longest_at(words, k))
            continue
        span = rules.name_words.longest_at(words, k) or _ordinal_after(words, k)
        if not span:
            break
        k += span
    return k


def _ordinal_after(words: Words, k: int) -> int:
    """ "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành …": the number in words after "thứ"
    goes on with the name; the words it takes, 0 when none."""
    if k == 0 or words.keys[k - 1] != _THU:
        return 0
    for n in range(min(ORDINAL_WORDS, len(words) - k), 0, -1):
        if number_word(" ".join(words[m].text for m in range(k, k + n))) is not None:
            return n
    return 0


def _opens_term(words: Words, k: int) -> bool:
    """``… Trung ương 4 (khóa XII)``: a parenthesis that holds the term continues a name."""
    return words.gap(k).strip() == "(" and words.keys[k] in _KHOA_KEYS


def _other_kind_named(words: Words, j: int, k: int, rules: _Rules) -> bool:
    """A capitalised kind starts at word ``k`` that the description from word ``j`` does not
    name already: another document, not a second object ("Chương trình hành động thực hiện
    Nghị quyết A và Nghị quyết B")."""
    n = rules.kinds.longest_at(words, k) if k < len(words) else 0
    if not n or not is_capital(words[k].text):
        return False
    kind = words.keys[k : k + n]
    return all(words.keys[m : m + n] != kind for m in range(j, k))


def _names_next(words: Words, k: int, rules: _Rules) -> bool:
    """The draft of another document starts at word ``k`` ("và dự thảo Chương trình …"); a
    document named after a bare "và" may be the object of the name ("thực hiện Nghị quyết A
    và Nghị quyết B")."""
    if k + 2 >= len(words) or words.keys[k] != _DU or words.keys[k + 1] != _THAO:
        return False
    return bool(rules.kinds.longest_at(words, k + 2))


def _list_item(text: str, start: int) -> bool:
    """ "thông qua các dự thảo: A; Nghị quyết về phương hướng, nhiệm vụ năm 2024; …": a name
    that opens an item of a list runs to the item's end, commas and all."""
    before = text[max(0, start - LIST_LOOKBACK) : start].rstrip().lower()
    return before.endswith((";", ":", *_rules().list_leads))


def _description_end(text: str, words: Words, j: int, rules: _Rules, listed: bool = False) -> int:
    """Past a descriptive name: up to a clause boundary, a stop word, or a comma that does
    not lead to ``nhiệm kỳ``/``giai đoạn`` (in an item of a list, a comma goes on)."""
    k = j
    while k < len(words):
        if k > j:
            gap = words.gap(k)
            if any(ch in _BOUNDARY_CHARS for ch in gap) and not _opens_term(words, k):
                break
            if words.keys[k] == _NGAY and k + 1 < len(words) and words.keys[k + 1].isdigit():
                break  # "… ngày 22 tháng 11 năm 2019": the date it was issued
            if "," in gap and rules.clause_verbs.longest_at(words, k):
                break  # "…, học tập Chuyên đề năm 2019": the next item of the agenda
            if "," in gap and is_capital(words[k].text) and rules.kinds.longest_at(words, k):
                break  # "Nghị quyết về A năm 2025, Nghị quyết về B": the next document
            if (
                "," in gap
                and not listed
                and not rules.comma_continuations.longest_at(words, k)
                and not _period_ahead(text, words, k)
                and not rules.paired_verbs.ends_before(words, k)
            ):
                break
            if words.keys[k] == _VA and _names_next(words, k + 1, rules):
                break  # "… năm 2027 và dự thảo Chương trình …": the next document
            if (
                words.keys[k] == _VA
                and _YEAR.fullmatch(words.keys[k - 1])
                and k + 1 < len(words)
                and is_capital(words[k + 1].text)
            ):
                break  # "Quyết định huyện nông thôn mới năm 2023 và Lễ hội trà": the next event
            if rules.next_items.longest_at(words, k) or rules.agenda_closers.longest_at(words, k):
                break  # "… 9 tháng đầu năm 2018 và thông qua dự thảo Báo cáo …": the next item
            if words.keys[k] == _VA and _other_kind_named(words, j, k + 1, rules):
                break  # "… nhiệm vụ năm 2019 và Chương trình làm việc …": another document
            n = rules.kinds.longest_at(words, k)
            if n and is_capital(words[k].text):
                number_end = _number_after(text, words, k + n, rules)[1]
                if number_end:
                    # "Hướng dẫn thực hiện một số nội dung Chỉ thị số 35-CT/TW của Bộ Chính trị
                    # về …": the name ends on the number of the document it serves.
                    return words.first_from(number_end)
            if (
                not listed
                and rules.title_stops.longest_at(words, k)
                and not rules.title_goes_on.longest_at(words, k)
            ):
                break
        k += 1
    return k


def _period_ahead(text: str, words: Words, k: int) -> bool:
    """ "Đề án phát triển công nghiệp, thương mại dịch vụ … giai đoạn 2018-2020": after a
    comma inside the name, its period comes within a few words, before any other mark."""
    last = min(len(words), k + PERIOD_AHEAD_WORDS) - 1
    end = words.ends[last]
    for ch in ",;:.()":
        at = text.find(ch, words.starts[k], end)
        if at >= 0:
            end = at
    return _PERIOD.search(text, words.starts[k], end) is not None


def _with_quoted_name(text: str, end: int) -> int:
    """ "Nghị quyết chuyên đề “Nâng cao chất lượng …”": the name in quotes after the words."""
    at = end
    while at < len(text) and text[at] in " \t":
        at += 1
    if at >= len(text) or text[at] not in "“\"":
        return end
    close = text.find("”" if text[at] == "“" else '"', at + 1, at + QUOTED_NAME_CHARS)
    return end if close < 0 or "\n" in text[at:close] else close + 1


def _with_closing_parenthesis(text: str, end: int) -> int:
    """Keep the ``)`` of ``(khóa XII)`` when the name ends inside it."""
    opened = text.rfind("(", max(0, end - 20), end)
    if opened >= 0 and text.find(")", opened, end) < 0 and text[end : end + 1] == ")":
        return end + 1
    return end
