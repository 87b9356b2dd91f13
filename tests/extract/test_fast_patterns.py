"""The patterns written for a fast search match exactly what their plain forms match.

Each plain form below is the pattern as first written (case-insensitive, ``\\b`` in front,
alternatives side by side); the module's pattern opens with a character class instead so
that a search skips between matches in C. Both must find the same spans and groups.
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest

from tiendo.extract import dates, items, meeting, numbers, page, phrases
from tiendo.extract.phrases import tokenize

_BODY = r"\d(?:[.,]?\d)*"
PLAIN = {
    "numeral": (
        numbers._NUMERAL,
        re.compile(rf"\d{{1,2}}(?::\d\d){{1,2}}(?!\d)|{_BODY}(?:/{_BODY})*"),
    ),
    "sentence end": (phrases._SENTENCE_END, re.compile(r"\n|[.!?]+")),
    "year (meeting)": (meeting._YEAR, re.compile(r"\bnăm\s+((?:19|20)\d\d)\b", re.I)),
    "year (items)": (items._YEAR, re.compile(r"\bnăm\s+((?:19|20)\d\d)\b", re.I)),
    "date": (
        dates._NUMERIC,
        re.compile(
            r"(?:(?<![\w/.,-])|(?<=[nN]gày))(\d{1,2})\s?([/.\-–])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?"
            r"(?![\w/%]|[.,-]\d)"
        ),
    ),
    "range of days": (
        dates._RANGE,
        re.compile(
            r"(?<![\w/.,-])(\d{1,2})(?:\s?[-–]\s?|\s+(?:và|đến|tới)\s+)(\d{1,2})\s?([/.-])\s?(\d{1,2})"
            r"(?:\s?(\3)\s?(\d{4}))?(?![\w/]|[.,-]\d)"
        ),
    ),
    "days listed": (
        dates._DAY_LIST,
        re.compile(
            r"(?<=ngày )(\d{1,2}),\s?\d{1,2}\s?([/.-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?(?![\w/]|[.,-]\d)",
            re.I,
        ),
    ),
    "month of a year": (
        meeting._MONTH_YEAR,
        re.compile(r"\btháng\s+\d{1,2}\s?[/.-]\s?((?:19|20)\d\d)\b", re.I),
    ),
}
PIECES = [
    "năm 2023",
    "NĂM 2024",
    "Năm  1999",
    "xnăm 2020",
    "_năm 2020",
    "1năm 2020",
    "tháng 9/2023",
    "THÁNG 6.2018",
    "Tháng 12 - 2019",
    "athang 9/2023",
    "12:30",
    "1:2:3",
    "12:345",
    "9:99:99:99",
    "1.234,5",
    "16/25",
    "30/9/2022",
    "١٢٣",
    "…",
    "...",
    "!?",
    "\n",
    "\n.",
    ".\n",
    " ",
    "x",
    "A.",
    "đạt 404 tỷ đồng.",
    "1" * 30,
    ",1" * 10,
    "12/" * 5,
    "1." * 5,
    "ngày ",
    "NGÀY ",
    "ngày",
    "26 - 28/6/2017",
    "19, 20/12",
    "14/7",
    " và ",
    " đến ",
    "28-9",
    "19 – 4",
    "17.12.2023",
    "/2019",
    "-",
    "%",
]


def _texts() -> list[str]:
    rng = random.Random(2026)
    return ["".join(rng.choice(PIECES) for _ in range(60)) for _ in range(300)]


@pytest.mark.parametrize("name", PLAIN)
def test_fast_pattern_matches_as_the_plain_one(name: str) -> None:
    fast, plain = PLAIN[name]
    matched = 0
    for text in _texts():
        for pos in (0, 1, 7):
            found = [(m.span(), m.groups()) for m in fast.finditer(text, pos)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(text, pos)], text
            matched += len(found)
    assert matched >= 20  # the pieces make the shapes the pattern looks for


def test_tokens_when_lower_case_changes_the_length() -> None:
    # "İ" lower-cases to two characters: the tokenizer then reads match by match.
    toks = tokenize("İstanbul, đạt 5 tỷ đồng")
    assert [(t.text, t.kind) for t in toks] == [
        ("İstanbul", "w"),
        (",", "p"),
        ("đạt", "w"),
        ("5 tỷ đồng", "n"),
    ]
    assert [(t.start, t.end) for t in toks] == [(0, 8), (8, 9), (10, 13), (14, 23)]


# The page's patterns for a time posted and a photo's credit at a line's end: written to start
# only where a run of blanks starts (tried from every blank of a long run, the plain forms
# read the rest of it each time). They cut a line at the same place, blanks aside.
ENDINGS = {
    "time posted": (
        page._POSTED,
        re.compile(
            r"(?<!\S)\|?\s*(?:\d{1,2}:\d{2},?\s*)?\d{1,2}/\d{1,2}/(?:19|20)\d\d"
            r"(?:\s+\d{1,2}:\d{2})?\s*$"
        ),
    ),
    "photo credit": (page._PHOTO_CREDIT, re.compile(r"\s*[-–—|]\s*(?:ảnh|video)\s*:.*$", re.I)),
}
LINE_PIECES = [
    "Bình Nguyên", " ", "  ", "|", " | ", "07/12/2016", " 09:10", "9:10, ", "-", " – ", "Ảnh:",
    " Thanh Hải", "video:", "x", "12/2016", "/", "1",
]


@pytest.mark.parametrize("name", ENDINGS)
def test_line_endings_cut_where_the_plain_ones_do(name: str) -> None:
    fast, plain = ENDINGS[name]
    rng = random.Random(2027)
    for _ in range(3000):
        line = "".join(rng.choice(LINE_PIECES) for _ in range(rng.randint(1, 8)))
        got, want = fast.search(line), plain.search(line)
        assert (got is None) == (want is None), line
        if got is not None and want is not None:
            assert line[: got.start()].rstrip() == line[: want.start()].rstrip(), line


# A photo caption's end shapes are looked for in a line's last characters only: a line whose
# caption shape ends it is one however long the line, and one that has the shape inside it
# is none.
CAPTION_PIECES = [
    "Quang cảnh hội nghị", "Các đại biểu dự kỳ họp", "Đồng chí Trần Văn Bình", " ", ". ", ", ",
    "(Ảnh: Minh Thư)", "(ảnh minh họa: Hồng Nhung).", " - Ảnh: Thu Hà", " | ảnh: Quốc Việt",
    "phát biểu kết luận tại hội nghị.", "thảo luận tại buổi làm việc", "góp ý tại kỳ họp.",
    "huyện đã hoàn thành 18/20 chỉ tiêu đề ra", "Ảnh: Hải Yến", "x" * 70, "(", ")",
]


def test_a_caption_is_found_in_the_line_s_tail_as_in_the_whole_line() -> None:
    data = tomllib.loads((Path(page.__file__).parent / "lexicon" / "boilerplate.toml").read_text())
    starts = [re.compile(p, re.I) for p in data["caption_starts"]]
    ends = [re.compile(p, re.I) for p in data["caption_ends"]]
    rng = random.Random(2028)
    seen = {True: 0, False: 0}
    for _ in range(3000):
        line = "".join(rng.choice(CAPTION_PIECES) for _ in range(rng.randint(1, 12))).strip()
        plain = any(p.match(line) for p in starts) or any(p.search(line) for p in ends)
        assert page.is_caption(line) == plain, line
        seen[plain] += 1
    assert min(seen.values()) > 300  # both answers are tried, on lines longer than the reach too
