"""The layout of a crawled article: site chrome, the headline, the body, the by-line, the footer.

Crawled pages carry menus and tool bars above the headline (``Skip to main content``,
``Chế độ ban đêm``), metadata beside it (a crawl date ``Thứ hai, 08/08/2022``, ``663 lượt
xem``) and a footer below the article (``Theo baolangson.vn``, ``Từ khóa``, counters).
The headline is the first proper line after the last chrome line near the top; the
by-line is the last line of the article when it is a list of names.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from tiendo.extract.names import Words, is_name_syllable, lexicon
from tiendo.extract.people import find_mentions
from tiendo.extract.rules import load_rules
from tiendo.extract.signature import Signature, find_signature
from tiendo.extract.text import Segment, is_upper_word, lines, sentences, syllable_key

# Each pattern that starts on blanks starts on the first of a run ("(?<!\s)") and takes it
# whole ("\s++"): else every blank of a long run would be tried as a start, each scanning
# the rest of the run, which is quadratic in its length.
# "An Phương-Minh Linh", "Mai Linh- Siu Tơ Ni": a dash between names, spaced or not.
_AUTHOR_SEPARATORS = re.compile(r"(?<!\s)\s*+[–—-]\s*|(?<!\s)\s*+[,;/]\s*|(?<!\s)\s++và\s+")
# A syllable without its marks: an initial consonant, one to three vowels, a final consonant.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# "(Tân Lập)" or "/THĐT" after the names: where they work, their paper's initials.
_TRAILING_NOTE = re.compile(r"(?<!\s)\s*+(?:\([^()]{0,60}\)|/\s*[A-ZĐ]{2,8})$")
_NOTE_LINE = re.compile(r"\([^()]{1,60}\)")
# The time a by-line under the headline was posted: "| 05/07/2019 17:17", "15:23, 22/12/2022".
# Both start only where a run of blanks starts, and hold it whole: tried from every blank of a
# long run, they would read the rest of it each time.
_POSTED = re.compile(
    r"(?:^\s*+|(?<=\S)\s++)\|?\s*+(?:\d{1,2}:\d{2},?\s*)?\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s+\d{1,2}:\d{2})?\s*$"
)
_PHOTO_CREDIT = re.compile(r"(?:^|(?<=\S))\s*+[-–—|]\s*(?:ảnh|video)\s*:.*$", re.I)
_DATELINE = re.compile(r"^[–—-]?\s*\(?(sáng|chiều|tối|trưa|ngày|hôm)\b", re.I)
_DASH = re.compile(r"(?<!\s)\s++[–—-]\s+")
_INITIALLED = re.compile(r"(?:[A-ZĐ]\.\s?){1,2}[^\W\d_]{2,12}")
# A by-line of initials alone ("D.Q", "N.T", "PV").
_INITIALS = re.compile(r"(?:[A-ZĐ]\.?){2,3}")
# A Central Highlands name with its one-letter prefix ("R’Piên", "H’Yim"): a name of one word.
_PREFIXED_NAME = re.compile(r"[A-ZĐ]['’]\s?[^\W\d_]{2,12}")
# A source tag in capitals before a headline ("(TTV) Sở … triển khai nhiệm vụ"): no part of it.
# The time and date the page posted it, after the headline: "(12:10 20/07/2021)", "08/12/2025
# 15:14". A date alone may belong to the headline ("… NGÀY THẦY THUỐC VIỆT NAM 27/2/2019").
_PORTRAIT_JOINS = frozenset({"và", "cùng"})
_POSTED_AFTER = re.compile(
    r"\s+(?:\(\s*\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*\)"
    r"|\(\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d\s+\d{1,2}:\d{2}\s*\)"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d\s+\d{1,2}:\d{2})\s*$"
)
SOURCE_TAG = re.compile(r"\((?:[A-ZĐ][A-ZĐ0-9.]{1,14})\)\s*[–—-]?\s*")
# The site's name after the headline in a page's title ("… năm 2023 | BÁO QUẢNG NAM ONLINE",
# "… - Báo Bình Phước"): after a bar, words in capitals; after a dash, a newspaper's name.
_SITE_SUFFIX = re.compile(
    r"\s+\|\s+(?P<caps>[^|]{3,60})$|\s+[|–—-]\s+(?:Báo|Cổng thông tin|Trang thông tin)\s[^|–—-]{2,50}$"
)
# Where the next field of a metadata line starts ("Tác giả: A .Ngày đăng: …", "A | 10:30").
_META_FIELD = re.compile(r"(?<!\s)\s++[.|]\s*(?=\S)|(?<!\s)\s*+\|\s*")
_STAMP_MONTH = re.compile(r"((?:19|20)\d\d)-(\d\d)")
_PAGE_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)")
MIN_TOP_NAME_WORDS, MAX_TOP_NAME_WORDS = 3, 4  # in a by-line in title case under the headline
MAX_LABEL_NAMES = 4  # syllables of each place in a kicker ("Vĩnh Hưng – Long An")
MAX_TITLE_CHARS = 350
FOOTER_LINES = 6  # at most, short lines of a footer between the body's end and its by-line
PARAGRAPH_WORDS = 30  # at least, in a line of the body that ends the search for chrome


@dataclass(frozen=True)
class _Patterns:
    # Each list of the lexicon as one alternation: a line is tried once, not once per pattern.
    chrome: re.Pattern[str]
    meta: re.Pattern[str]
    footer: re.Pattern[str]
    closings: re.Pattern[str]
    caption_starts: re.Pattern[str]
    caption_ends: re.Pattern[str]
    leads: re.Pattern[str]
    portrait_tails: re.Pattern[str]
    kickers: re.Pattern[str]
    kicker_prefix: re.Pattern[str]
    kind_lines: re.Pattern[str]
    stamps: tuple[re.Pattern[str], ...]
    min_title_words: int
    header_lines: int
    caption_reach: int


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_rules(
        "boilerplate",
        {
            "chrome": "list[str]",
            "meta": "list[str]",
            "footer": "list[str]",
            "closings": "list[str]",
            "caption_starts": "list[str]",
            "caption_ends": "list[str]",
            "caption_reach": "int",
            "leads": "list[str]",
            "portrait_tails": "list[str]",
            "kickers": "list[str]",
            "kicker_prefix": "list[str]",
            "kind_lines": "list[str]",
            "stamps": "list[str]",
            "min_title_words": "int",
            "header_lines": "int",
        },
    )

    def compile_any(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in data[key]), re.I)

    return _Patterns(
        chrome=compile_any("chrome"),
        meta=compile_any("meta"),
        footer=compile_any("footer"),
        closings=compile_any("closings"),
        caption_starts=compile_any("caption_starts"),
        caption_ends=compile_any("caption_ends"),
        caption_reach=data["caption_reach"],
        leads=compile_any("leads"),
        portrait_tails=compile_any("portrait_tails"),
        kickers=compile_any("kickers"),
        kicker_prefix=compile_any("kicker_prefix"),
        kind_lines=compile_any("kind_lines"),
        stamps=tuple(re.compile(p, re.I) for p in data["stamps"]),
        min_title_words=data["min_title_words"],
        header_lines=data["header_lines"],
    )


@dataclass
class Layout:
    """Where the parts of the page are: offsets into the NFC text."""

    title: Segment | None
    body_start: int
    body_end: int
    authors: list[str] = field(default_factory=list)
    # The year of the page's crawl stamp: the article was published then, so a meeting whose
    # text names no year was held in it.
    stamp_year: int | None = None
    # The year of the article's own date under its headline, when it has one.
    published_year: int | None = None
    # That date itself, ISO: "Sáng nay, HĐND …" was held on it.
    published_on: str | None = None
    # The year and month of the crawl stamp itself: a meeting on a day of that month without
    # its year was held in that year.
    crawled: tuple[int, int] | None = None
    # The signature closing an official report.
    signature: Signature | None = None


def is_caption(line: str) -> bool:
    """A photo caption ("Quang cảnh hội nghị", "Các đại biểu tham dự kỳ họp.")."""
    pats = _patterns()
    line = line.strip()
    return (
        pats.caption_starts.match(line) is not None
        or pats.caption_ends.search(line, max(0, len(line) - pats.caption_reach)) is not None
    )


def _is_place_label(line: str) -> bool:
    """A kicker naming the places ("Vĩnh Hưng – Long An"): names joined by dashes only."""
    parts = _DASH.split(line.strip())
    return len(parts) > 1 and all(
        0 < len(part.split()) <= MAX_LABEL_NAMES
        and all(is_name_syllable(w) and w.isalpha() for w in part.split())
        for part in parts
    )


def is_boilerplate(line: str) -> bool:
    """A line of site chrome, page metadata or footer, or stray punctuation left by the page."""
    pats = _patterns()
    if not any(ch.isalnum() for ch in line):
        return True
    return any(p.match(line) for p in (pats.chrome, pats.meta, pats.footer))


def layout(text: str) -> Layout:
    """Split ``text`` into headline, body and by-line."""
    pats = _patterns()
    all_lines, crawled = _unstamped(lines(text), pats)
    stamp_year = crawled[0] if crawled else None
    title_index = _title_index(all_lines, pats)
    title = all_lines[title_index] if title_index is not None else None
    tag = SOURCE_TAG.match(title.text) if title is not None else None
    if title is not None and tag is not None and tag.end() < len(title.text):
        title = Segment(title.text[tag.end() :], title.start + tag.end(), title.end)
    site = _SITE_SUFFIX.search(title.text) if title is not None else None
    if site is not None and site["caps"] is not None and site["caps"] != site["caps"].upper():
        site = None
    if title is not None and site is not None and site.start() > 0:
        title = Segment(title.text[: site.start()], title.start, title.start + site.start())
    posted = _POSTED_AFTER.search(title.text) if title is not None else None
    if title is not None and posted is not None and posted.start() > 0:
        # "HĐND quận A họp kỳ thứ 2 (12:10 20/07/2021)": when the page posted it
        title = Segment(title.text[: posted.start()], title.start, title.start + posted.start())
    first_body = (title_index + 1) if title_index is not None else 0
    if title is not None and _goes_on(text, title, all_lines, first_body, pats):
        # "Đảng ủy Khối Doanh nghiệp tỉnh:" / "62,5% số đơn vị …": a headline broken after
        # its colon goes on on the next line.
        rest = all_lines[first_body]
        title = Segment(text[title.start : rest.end], title.start, rest.end)
        first_body += 1
    elif title is not None and _labels_next(title, all_lines, first_body, pats):
        # "Phiên họp thường kỳ UBND tỉnh tháng 3/2023:", a blank line, then the headline: the
        # label is its kicker
        title = all_lines[first_body]
        first_body += 1
    if title is not None and (kicker := pats.kicker_prefix.match(title.text)) is not None:
        # "Thời sự - Chính trị UBND tỉnh họp …": the section's name glued before the headline
        title = Segment(title.text[kicker.end() :], title.start + kicker.end(), title.end)
    top_authors: list[str] = []
    while first_body < len(all_lines):
        line = all_lines[first_body].text
        if not any(ch.isalnum() for ch in line):
            pass  # a line of marks only (".") between the headline and its date
        elif _is_page_meta(line, pats):
            top_authors = top_authors or _labelled_byline(line)
        elif not top_authors and not pats.kickers.match(line) and (named := _top_byline(line)):
            top_authors = named  # "THÁI THỊNH", "D.LỆ |" under the headline
        else:
            break
        first_body += 1
    body_start = all_lines[first_body].start if first_body < len(all_lines) else len(text)
    # The page's own date above the body ("06/07/2016 - 19:01", "Thứ Hai, 27/02/2023") says
    # the year it was published, closer to the meeting than the crawl stamp's; one under the
    # headline is the article's own, not the site's clock.
    published = (
        _page_date(all_lines[title_index + 1 : first_body], pats) if title_index is not None else None
    )
    published_year = int(published.group(3)) if published else None
    header = _page_date(all_lines[:first_body], pats)
    stamp_year = published_year or (int(header.group(3)) if header else None) or stamp_year
    end_index = len(all_lines)
    # A footer's words above the first paragraph ("Liên kết website", "Thống kê truy cập" in a
    # side bar before the article) end nothing.
    read = False
    for i in range(first_body, len(all_lines)):
        line = all_lines[i].text
        if read and (pats.footer.match(line) or (pats.closings.match(line) and not _table_below(all_lines, i))):
            end_index = i
            break
        read = read or _paragraph(all_lines[i].text, pats)
    signature = find_signature(text, all_lines)
    if signature is not None and signature.closing:
        # An official report closes on its signature: no writer signs it.
        end_index = min(end_index, next(i for i, s in enumerate(all_lines) if s.start >= signature.start))
    # "Nguồn: Vân Anh – Lê Đồng": a footer's first line may name the writers.
    authors = (
        byline_authors(all_lines[end_index].text)
        if end_index < len(all_lines) and signature is None
        else []
    )
    skipped = 0  # short lines of a footer not known as boilerplate, read past to the by-line
    last = -1 if authors or signature is not None else end_index - 1
    for i in range(last, first_body - 1, -1):
        line = all_lines[i].text
        if "\t" in line:
            break  # a table's row ("II | XÃ HỘI", a field in capitals) is the report's own
        if is_boilerplate(line):
            end_index = i
            continue
        if _NOTE_LINE.fullmatch(line.strip()):
            continue  # "(Đài TT-TH Lệ Thủy)" under a by-line: the writers' unit, if one is above
        authors = byline_authors(line)
        if authors:
            end_index = i
            break
        # "HÀ NGA" above "(0) Bình luận", "Nổi bật", "Tin mới nhất" and other headlines
        skipped += 1
        if _paragraph(line, pats) or skipped > FOOTER_LINES:
            break
    body_end = all_lines[end_index].start if end_index < len(all_lines) else len(text)
    return Layout(
        title=title,
        body_start=body_start,
        body_end=max(body_start, body_end),
        authors=authors or top_authors,
        signature=signature,
        stamp_year=stamp_year,
        published_year=published_year,
        published_on=_iso(published),
        crawled=crawled,
    )


def _table_below(all_lines: list[Segment], i: int) -> bool:
    """A table's row (cells between tabs) below line ``i``: an appendix."""
    return any("\t" in seg.text for seg in all_lines[i + 1 :])


def _page_date(header: list[Segment], pats: _Patterns) -> re.Match[str] | None:
    """The last full date on a metadata line of the page's header: the article's own under
    its headline, not the site's clock above it ("Thứ 7, 30/11/2024" over a report dated
    "Thứ 2, 12/04/2021")."""
    for line in reversed(header):
        if not _is_page_meta(line.text, pats):
            continue
        found = _PAGE_DATE.search(line.text)
        if found:
            return found
    return None


def _iso(found: re.Match[str] | None) -> str | None:
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # "31/02/2024": no day


def _unstamped(
    all_lines: list[Segment], pats: _Patterns
) -> tuple[list[Segment], tuple[int, int] | None]:
    """The lines with a crawl stamp cut from the front of the first one, and its year and
    month."""
    if not all_lines:
        return all_lines, None
    first = all_lines[0]
    for pattern in pats.stamps:
        found = pattern.match(first.text)
        if found:
            rest = Segment(first.text[found.end() :], first.start + found.end(), first.end)
            month = _STAMP_MONTH.search(found.group())
            lines_left = ([rest] if rest.text.strip() else []) + all_lines[1:]
            return lines_left, (int(month.group(1)), int(month.group(2))) if month else None
    return all_lines, None


def _is_page_meta(line: str, pats: _Patterns) -> bool:
    return pats.meta.match(line) is not None or pats.chrome.match(line) is not None


def _labels_next(title: Segment, all_lines: list[Segment], nxt: int, pats: _Patterns) -> bool:
    """A short line closed by a colon, the next line a headline of its own."""
    if not title.text.rstrip().endswith(":") or nxt >= len(all_lines):
        return False
    head = all_lines[nxt].text
    return _proper(head, pats) and len(head) <= MAX_TITLE_CHARS and len(sentences(head, limit=2)) == 1 and (
        not pats.leads.search(head)
    )


def _title_index(all_lines: list[Segment], pats: _Patterns) -> int | None:
    """The headline: the first proper line after the last chrome line at the top."""
    zone, chrome = _header_zone(all_lines, pats)
    start = 0
    for i, line in enumerate(zone):
        # A paragraph or a lead starts the body: chrome after it ("A A", the font-size
        # buttons) sits inside the article.
        if len(line.text) > MAX_TITLE_CHARS or _DATELINE.match(line.text) or _long_paragraph(line.text):
            break
        if chrome[i]:
            start = i + 1
    for i in range(start, len(zone)):
        head = zone[i].text
        if not _proper(head, pats):
            continue
        if len(head) > MAX_TITLE_CHARS:
            break
        # "(ABC) - …" or "… vừa tổ chức …." is the lead: the text has no headline, unless
        # the page's date and counters stand under it, as they stand under a headline.
        # So is a line of sentences ("… nêu rõ. 6 tháng qua, BCH …").
        lead = _DATELINE.match(head) or pats.leads.search(head) or len(sentences(head, limit=2)) > 1
        if lead and not _over_meta(zone, i, pats):
            break
        return i
    # Chrome under the headline (a player's voice menu) hides it from the search after the
    # last chrome line: a proper line above, with the page's date under it, is the headline.
    return next(
        (
            i
            for i in range(start)
            if _proper(zone[i].text, pats)
            and (_over_meta(zone, i, pats) or (i + 1 < len(zone) and _top_byline(zone[i + 1].text)))
        ),
        None,
    )


def _header_zone(all_lines: list[Segment], pats: _Patterns) -> tuple[list[Segment], list[bool]]:
    """The lines the headline is looked for in: the first ones that are no chrome, and the
    chrome among them (a visitor counter's labels and numbers do not push it out of reach);
    and whether each is chrome."""
    chrome: list[bool] = []
    proper = 0
    for line in all_lines:
        chrome.append(pats.chrome.match(line.text) is not None)
        proper += not chrome[-1]
        if proper >= pats.header_lines:
            break
    return all_lines[: len(chrome)], chrome


def _long_paragraph(line: str) -> bool:
    """A paragraph of the body: sentences that end with a full stop, long enough not to be a
    headline (a short article's sharing buttons and footer come soon after it)."""
    return line.rstrip().endswith(".") and len(line.split()) >= PARAGRAPH_WORDS


def _proper(line: str, pats: _Patterns) -> bool:
    """A line that may be a headline: no chrome, metadata, footer, caption, kicker or portrait
    caption."""
    # A banner in lower case with its marks ("huyện cẩm xuyên - tỉnh hà tĩnh"); a headline
    # typed without marks ("tong ket cong tac y te nam 2016") is still one.
    banner = line[:1].isalpha() and line == line.lower() and not line.isascii()
    # A row of cells between tabs is a table's: an official document's header ("THÀNH ỦY LẠNG
    # SƠN⇥ĐẢNG CỘNG SẢN VIỆT NAM"), no headline.
    cells = "\t" in line.strip()
    if _is_page_meta(line, pats) or pats.footer.match(line) or banner or cells:
        return False  # a banner all in lower case ("huyện cẩm xuyên - tỉnh hà tĩnh") too
    words = [w for w in line.split() if any(ch.isalnum() for ch in w)]
    if _kind_line(line, pats):
        return True  # "NGHỊ QUYẾT" above its subject: an official document's name
    if len(words) < pats.min_title_words or is_caption(line) or _is_place_label(line):
        return False
    return not _doubled(words) and not _portrait(line, pats)


def _kind_line(line: str, pats: _Patterns) -> bool:
    """An official document's kind alone in capitals ("NGHỊ QUYẾT", "BÁO CÁO")."""
    return _in_capitals(line) and pats.kind_lines.fullmatch(line.strip()) is not None


def _doubled(words: list[str]) -> bool:
    """ "CHỈ ĐẠO ĐIỀU HÀNH CHỈ ĐẠO ĐIỀU HÀNH": a section's label the page printed twice (for
    the wide screen and the narrow one), never a headline."""
    half = len(words) // 2
    return len(words) % 2 == 0 and words[:half] == words[half:]


def _portrait(line: str, pats: _Patterns) -> bool:
    """ "Đồng chí Phạm Văn A, Phó Bí thư Thường trực Thành ủy" (and "… chủ trì hội nghị."):
    a photo's caption naming who is in it, a person with titles and nothing more."""
    mentions = find_mentions(line)
    if not mentions or mentions[0].start > 0:
        return False
    # "Ông A – Bí thư Huyện ủy và ông B – Phó Chủ tịch UBND huyện": several, joined
    joins = (line[a.end : b.start].strip(" ,") for a, b in pairwise(mentions))
    if any(j not in _PORTRAIT_JOINS for j in joins):
        return False
    tail = line[mentions[-1].end :].strip()
    return not tail or pats.portrait_tails.fullmatch(tail) is not None


def _paragraph(line: str, pats: _Patterns) -> bool:
    return len(line) > MAX_TITLE_CHARS // 2 or (
        line.rstrip().endswith(".") and not is_boilerplate(line) and len(line.split()) > 5
    )


def _goes_on(
    text: str, title: Segment, all_lines: list[Segment], following: int, pats: _Patterns
) -> bool:
    if following >= len(all_lines):
        return False
    rest = all_lines[following]
    if _kind_line(title.text, pats):
        # "BÁO CÁO" / "sơ kết công tác 9 tháng đầu năm …": the subject under the kind, in
        # whatever case
        return (
            len(title.text) + len(rest.text) <= MAX_TITLE_CHARS
            and not rest.text.rstrip().endswith(".")
            and any(ch.isalpha() for ch in rest.text)
        )
    if _in_capitals(title.text) and _in_capitals(rest.text):
        # "ĐẢNG BỘ QUẬN ĐỒ SƠN" / "SƠ KẾT NHIỆM VỤ 6 THÁNG …": a headline in capitals broken
        # over two lines.
        return (
            len(title.text) + len(rest.text) <= MAX_TITLE_CHARS
            and _proper(rest.text, pats)
            and not _top_byline(rest.text)  # "MINH CHÂU" under it writes it
        )
    if not title.text.rstrip().endswith(":"):
        return False
    return (
        text[title.end : rest.start].strip(" \t") == "\n"
        and len(title.text) + len(rest.text) <= MAX_TITLE_CHARS
        and _proper(rest.text, pats)
        # a sentence under it is the lead: "Huyện ủy A:" / "Ngày 5/7, Huyện ủy A tổ chức …."
        and not rest.text.rstrip().endswith(".")
        and not (_DATELINE.match(rest.text) or pats.leads.search(rest.text))
    )


def _in_capitals(line: str) -> bool:
    return any(ch.isalpha() for ch in line) and line == line.upper()


def _over_meta(zone: list[Segment], i: int, pats: _Patterns) -> bool:
    return i + 1 < len(zone) and pats.meta.match(zone[i + 1].text) is not None


def _labelled_byline(line: str) -> list[str]:
    """ "Tác giả: A .Ngày đăng: …": a by-line among the metadata says it is one."""
    low = line.strip().lower()
    if not any(low.startswith(p.lower()) for p in lexicon().byline_prefixes if p.endswith(":")):
        return []
    return byline_authors(_META_FIELD.split(line)[0])


def _top_byline(line: str) -> list[str]:
    """A by-line in capitals or initials alone on its line, as sites print it under the
    headline; a name in ordinary case there may be a subtitle, unless the time it was posted
    follows it ("Bình Nguyên 07/12/2016 09:10")."""
    text = line.strip()
    stamped = _POSTED.search(text)
    if stamped is not None:
        text = text[: stamped.start()]
    # "Trần Long - Thuỳ Linh - Ảnh: Thanh Hải": the photo's credit says it is a by-line too
    credit = _PHOTO_CREDIT.search(text)
    if credit is not None:
        text = text[: credit.start()]
    text = text.strip().rstrip("|").strip()
    if not text:
        return []
    if text != text.upper() and stamped is None and credit is None:
        # "Lương Tiểu Quyên": a full name in title case, a family name first, as no subtitle is.
        parts = _AUTHOR_SEPARATORS.split(text)
        if not all(
            MIN_TOP_NAME_WORDS <= len(part.split()) <= MAX_TOP_NAME_WORDS
            and syllable_key(part.split()[0]) in lexicon().surnames
            and all(w[:1].isupper() for w in part.split())
            for part in parts
        ):
            return []
    return byline_authors(text)


def _syllable(word: str) -> bool:
    """One Vietnamese syllable (``HIỀN``), not an acronym (``UBND``)."""
    bare = "".join(
        ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch)
    )
    return _SYLLABLE.fullmatch(bare.replace("đ", "d")) is not None


def _affiliation(part: str) -> bool:
    words = Words(part)
    return bool(len(words) and lexicon().affiliations.longest_at(words, 0))


def byline_authors(line: str) -> list[str]:
    """``MAI CHI – PHƯƠNG VY`` → two authors; ``Dương Lan - Hồng Thuyên`` too; else ``[]``."""
    text = line.strip()
    for prefix in lexicon().byline_prefixes:
        if text.lower().startswith(prefix.lower()):
            text = text[len(prefix) :].strip()
            break
    text = _TRAILING_NOTE.sub("", text)
    # "Đức Phương." : a closing full stop after the name; the words must still all be names.
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    if not text or len(text) > 90 or text[-1] in ".:;!?":
        return []
    parts = [p.strip() for p in _AUTHOR_SEPARATORS.split(text) if p.strip()]
    if len(parts) > 1 and _DASH.search(text) and _affiliation(parts[-1]):
        parts.pop()  # "Trần Văn A – Huyện đoàn B": the writer's unit
    if not parts:
        return []
    for part in parts:
        if _INITIALLED.fullmatch(part) or _INITIALS.fullmatch(part):
            continue  # "Q.NHƯ", "T. Linh", "D.Q", "PV": initials, or a name after them
        if len(parts) > 1 and _PREFIXED_NAME.fullmatch(part):
            continue  # "Đức Hải – R’Piên"
        words = part.split()
        if len(parts) == 1 and len(words) == 1 and is_upper_word(part) and _syllable(part):
            continue  # "HIỀN": a pen name alone on the last line, in capitals; "UBND" is none
        if not 2 <= len(words) <= 5 or syllable_key(words[0]) in lexicon().outlets:
            return []  # "Theo Báo Lạng Sơn": the source paper, no author
        # a name in capitals is Vietnamese syllables ("POWERED BY ONECMS" is a site's footer)
        upper = all(is_upper_word(w) and w.isalpha() and _syllable(w) for w in words)
        if not upper and not all(is_name_syllable(w) and w.isalpha() for w in words):
            return []
    return parts
