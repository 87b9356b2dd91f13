"""The extractor: one text in, one ``Record`` out (``spec/extraction.md``)."""

from __future__ import annotations

from pathlib import Path

from tiendo.extract.documents import extract_documents, with_own_document
from tiendo.extract.figures import find_figures
from tiendo.extract.items import extract_items, planned_by, planned_parts
from tiendo.extract.meeting import extract_meeting, report_issuer
from tiendo.extract.names import Words
from tiendo.extract.page import Layout, layout
from tiendo.extract.people import Mention, find_mentions, merge
from tiendo.extract.readers import read_file
from tiendo.extract.record import Figure, Record
from tiendo.extract.signature import signer_title
from tiendo.extract.tables import Table, find_tables, masked, table_figures
from tiendo.extract.text import nfc, squash, unwrap


def extract_text(text: str, source: str = "-") -> Record:
    """Everything the contract asks for, read from ``text`` (normalised to NFC first:
    all spans index the NFC text; a line break inside a sentence reads as a space)."""
    text = unwrap(nfc(text))
    page = layout(text)
    words = Words(text)
    mentions = find_mentions(text, words)
    # The article is the headline and the body: site chrome above it and the footer below
    # hold other articles' headlines and counters, not this report's facts.
    title = page.title

    def in_article(pos: int) -> bool:
        # The metadata between headline and body (by-line, date, view counter) is no part.
        in_title = title is not None and title.start <= pos < title.end
        return in_title or page.body_start <= pos < page.body_end

    tables = find_tables(text)
    meeting = extract_meeting(text, page, words, mentions)
    tasks, shortcomings = extract_items(text, page, words, planned_by(meeting))
    # The numbers of a report's part on the period to come are its targets.
    planned = planned_parts(text, page, words)

    def a_result(pos: int) -> bool:
        return in_article(pos) and not any(start <= pos < end for start, end in planned)

    return Record(
        source=source,
        title=squash(page.title.text) if page.title else None,
        meeting=meeting,
        figures=[f for f in _figures(text, tables) if a_result(f.span[0])],
        # The header above the headline ("Số: 08/2015/NQ-HĐND") names the document itself.
        documents=with_own_document(
            text,
            [
                d
                for d in extract_documents(text, words)
                if in_article(d.span[0]) and not any(t.in_header(d.span[0]) for t in tables)
            ],
        ),
        people=merge([m for m in mentions if in_article(m.start)] + _signer(text, page)),
        authors=page.authors,
        tasks=tasks,
        shortcomings=shortcomings,
    )


def _signer(text: str, page: Layout) -> list[Mention]:
    """The signer of an official report, with the office signed in and the organ issuing it."""
    signature = page.signature
    if signature is None:
        return []
    name = signature.name
    title = signer_title(signature.office, report_issuer(text, page))
    return [Mention(name.text, name.start, name.end, name.start, name.end, [title])]


def _figures(text: str, tables: list[Table]) -> list[Figure]:
    """The sentences' figures, then each table row's that no sentence already stated (a
    report's appendix restates its body's results: the contract reports a statement once, at
    its first full occurrence)."""
    figures = find_figures(masked(text, tables))
    if not tables:
        return figures
    stated = {(f.value, f.unit) for f in figures if f.value is not None}
    rows = [f for f in table_figures(tables) if f.value is None or (f.value, f.unit) not in stated]
    return sorted([*figures, *rows], key=lambda f: f.span[0])


def extract_file(path: str | Path) -> Record:
    """``extract_text`` on a file read by its kind (text, HTML, DOCX, PDF); the source is the
    path as given. Raises ``ReadError`` when the file cannot be read."""
    return extract_text(read_file(path), source=str(path))
