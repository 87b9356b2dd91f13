"""Inputs to text: UTF-8 text, HTML pages, DOCX and PDF files.

Every reader returns the text as found (not yet NFC; the engine normalises) or raises
``ReadError`` with a one-line reason that names the file.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiendo.extract.docx_lists import ListMarks

MAX_BYTES = 64 * 1024 * 1024
ROW_LINE_CHARS = 400  # at most, in a table row written as one line of cells
# Between a table's rows: the row lines end themselves, so these add no line break of their own.
_ROW_TAGS = frozenset(["tr", "thead", "tbody", "tfoot"])
_MAX_SPAN = 50  # a colspan beyond this is a page's layout, not a table's columns

_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the signature of an OLE2 compound file
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I
)


class ReadError(Exception):
    """The input cannot be turned into text; ``str()`` is ``"FILE: reason"`` on one line."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def read_file(path: str | Path) -> str:
    """The text of a file, by its kind (suffix first, then the content's signature)."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ReadError(name, "is a directory")
        if size > MAX_BYTES:
            raise ReadError(name, f"too large ({size} bytes, limit {MAX_BYTES})")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError(name, "no such file") from exc
    except PermissionError as exc:
        raise ReadError(name, "permission denied") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot read ({exc.strerror or exc})") from exc
    return read_bytes(data, name, path.suffix.lower())


def read_bytes(data: bytes, name: str = "-", suffix: str = "") -> str:
    """The text of ``data``, of the kind given by ``suffix`` or recognised from its first bytes."""
    kind = _kind(data, suffix)
    if kind == "pdf":
        return read_pdf(data, name)
    if kind == "docx":
        return read_docx(data, name)
    if kind == "doc":
        return read_doc(data, name)
    if kind == "html":
        return read_html(data, name)
    return decode_text(data, name)


def _kind(data: bytes, suffix: str) -> str:
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        return "pdf"
    if suffix == ".docx" or (data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]):
        return "docx"
    if suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(data[:4096]):
        return "html"
    # An old Word document is a compound file; so are old Excel and PowerPoint files, which
    # only the suffix tells apart.
    if suffix == ".doc" or (not suffix and data.startswith(_COMPOUND_FILE)):
        return "doc"
    return "text"


def decode_text(data: bytes, name: str = "-") -> str:
    """UTF-8 text (a byte-order mark is dropped); binary or other encodings are refused."""
    if b"\x00" in data[:65536]:
        raise ReadError(name, "binary file, not text (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise ReadError(
            name, f"not UTF-8 text (byte 0x{bad} at offset {exc.start}); convert it to UTF-8 first"
        ) from exc


# HTML -------------------------------------------------------------------------------------

# Elements whose text is never article text.
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "textarea",
        "menu",
        "head",
        "video",
        "audio",
        "map",
    ]
)
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
        "hr",
        "caption",
    ]
)
# class or id words of site chrome (menus, share bars, related links, comments).
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|header|sidebar|share|social|comments?|"
    r"related|advert|ads|banner|cookie|toolbar|widget|tags|popup|modal|hotnews|most-?read)(?:$|[\s_-])",
    re.I,
)
_ARTICLE = re.compile(
    r"(?:^|[\s_-])(?:article|content|detail|post|entry|story|news-?body|main-?text|fulltext)"
    r"(?:$|[\s_-])",
    re.I,
)


class _HtmlTable:
    """An open table: its open row's cells, each ``(colspan, rowspan, chunks)`` with chunks of
    (text, in the article), and the cells of rows above that span down into the next rows."""

    def __init__(self) -> None:
        self.row: list[tuple[int, int, list[tuple[str, bool]]]] | None = None
        self.carry: dict[int, tuple[int, str]] = {}  # column → (rows still spanned, text)

    def grid(self) -> list[str]:
        """The open row's texts column by column, cells spanning down from above put in."""
        out: list[str] = []
        carry, self.carry = self.carry, {}
        for colspan, rowspan, chunks in self.row or []:
            while len(out) in carry:
                self._carry_on(len(out), *carry.pop(len(out)), out)
            text = "".join(t for t, _ in chunks).strip()
            for k in range(min(colspan, _MAX_SPAN)):
                if rowspan > 1:
                    self.carry[len(out)] = (min(rowspan, _MAX_SPAN) - 1, "" if k else text)
                out.append("" if k else text)
        for column in sorted(carry):
            out.extend([""] * (column - len(out)))
            self._carry_on(column, *carry[column], out)
        return out

    def _carry_on(self, column: int, rows: int, text: str, out: list[str]) -> None:
        out.append(text)
        if rows > 1:
            self.carry[column] = (rows - 1, text)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, article)
        self.tables: list[_HtmlTable] = []
        self.all: list[str] = []
        self.article: list[str] = []
        self.h1: list[str] = []
        self.title: list[str] = []
        self.in_h1 = 0
        self.in_title = False

    def _state(self) -> tuple[bool, bool]:
        return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _VOID_TAGS:
            if tag in ("br", "hr"):
                self._add("\n")
            return
        skipped, article = self._state()
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if tag in _SKIP_TAGS or (marks and _CHROME.search(marks) and not _ARTICLE.search(marks)):
            skipped = True
        if tag in ("article", "main") or (marks and _ARTICLE.search(marks)):
            article = True
        self.stack.append((tag, skipped, article))
        self._table_start(tag, attrs)
        if tag == "h1" and not skipped:
            self.in_h1 += 1
        if tag in _BLOCK_TAGS and not (tag in _ROW_TAGS and self.tables):
            self._add("\n")

    def _table_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._add("\n")  # the first row opens a line
            self.tables.append(_HtmlTable())
        elif tag == "tr" and self.tables:
            self._flush_row()
            self.tables[-1].row = []
        elif tag in ("td", "th") and self.tables:
            table = self.tables[-1]
            if table.row is None:
                table.row = []
            spans = dict(attrs)
            table.row.append((_span(spans.get("colspan")), _span(spans.get("rowspan")), []))

    def _flush_row(self) -> None:
        """Write the open row of the innermost table: one line of tabbed cells when it is a
        row of data (``row_line``), else its text as it came."""
        table = self.tables[-1]
        chunks = [chunk for _, _, cell in table.row or [] for chunk in cell]
        line = row_line(table.grid()) if table.row else None
        table.row = None
        if line is None:
            for text, article in chunks:
                self._write(text, article)
        else:
            self._write(f"{line}\n", any(article for _, article in chunks))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "tr" and self.tables:
            self._flush_row()
        elif tag == "table" and self.tables:
            self._flush_row()
            self.tables.pop()
        if not any(open_tag == tag for open_tag, _, _ in self.stack):
            return
        while self.stack:
            open_tag, skipped, _ = self.stack.pop()
            if open_tag == "h1" and not skipped:
                self.in_h1 -= 1
                self.h1.append("\n")
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS and not (tag in _ROW_TAGS and self.tables):
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        skipped, _ = self._state()
        if skipped:
            return
        # A tab in the page's source is layout whitespace; the tabs of the text are the ones
        # ``row_line`` puts between a table's cells.
        data = data.replace("\t", " ")
        if self.in_h1 > 0:
            self.h1.append(data)
        self._add(data)

    def _add(self, chunk: str) -> None:
        skipped, article = self._state()
        if skipped and chunk != "\n":
            return
        if self.tables and self.tables[-1].row is None and not chunk.strip():
            return  # the source's line breaks between a table's rows
        self._write(chunk, article)

    def _write(self, chunk: str, article: bool) -> None:
        # Inside a table cell the text waits for the row's end; a nested table's rows go
        # into the cell of the table around it.
        for table in reversed(self.tables):
            if table.row:
                table.row[-1][2].append((chunk, article))
                return
        self.all.append(chunk)
        if article:
            self.article.append(chunk)


def _span(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) > 0 else 1


def _tidy(text: str) -> str:
    """Collapse runs of spaces inside lines (inside a table row's cells) and runs of blank
    lines between them."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = "\t".join(" ".join(cell.split()) for cell in raw.split("\t")).strip(" ")
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _decode_html(data: bytes, name: str) -> str:
    if b"\x00" in data[:65536]:
        raise ReadError(name, "binary file, not HTML (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _META_CHARSET.search(data[:8192])
        if declared:
            encoding = declared.group(1).decode("ascii", "replace")
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass
        raise ReadError(
            name,
            f"HTML is not UTF-8 (byte 0x{data[exc.start : exc.start + 1].hex()} at offset "
            f"{exc.start}) and declares no usable charset",
        ) from exc


def read_html(data: bytes, name: str = "-") -> str:
    """The headline and the article body of an HTML page, without scripts, styles and menus."""
    parser = _TextParser()
    try:
        parser.feed(_decode_html(data, name))
        parser.close()
    except (AssertionError, ValueError) as exc:
        raise ReadError(name, f"unreadable HTML ({exc})") from exc
    body = _tidy("".join(parser.article)) or _tidy("".join(parser.all))
    headline = _tidy("".join(parser.h1)).split("\n")[0] if parser.h1 else ""
    if not headline and not body:
        headline = _tidy("".join(parser.title))
    if headline and not body.startswith(headline):
        body = f"{headline}\n\n{body}" if body else headline
    if not body.strip():
        raise ReadError(name, "HTML page has no text")
    return body


# DOCX and PDF -----------------------------------------------------------------------------


def read_doc(data: bytes, name: str = "-") -> str:
    """An old Word document (.doc), converted to DOCX with LibreOffice and read as one."""
    from tiendo.extract.office import ConversionError, convert

    if not data.startswith(_COMPOUND_FILE):
        raise ReadError(name, "not an old Word .doc file")
    try:
        converted = convert(data, ".doc", "docx")
    except ConversionError as error:
        raise ReadError(name, f"old Word .doc file not converted ({error}); save it as .docx") from error
    return read_docx(converted, name)


def read_docx(data: bytes, name: str = "-") -> str:
    """Paragraphs and table cells of a DOCX file, in document order, one per line."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from tiendo.extract.docx_lists import ListMarks

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(name, f"not a valid DOCX file ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # python-docx raises lxml errors on damaged XML
        raise ReadError(name, f"damaged DOCX file ({type(exc).__name__})") from exc
    out: list[str] = []
    marks = ListMarks(document)
    body = document.element.body
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            out.append(marks.text(Paragraph(child, document)))
        elif child.tag.endswith("}tbl"):
            _table_lines(Table(child, document), out, marks)
    text = "\n".join(out).strip()
    if not text:
        raise ReadError(name, "DOCX file has no text")
    return text


def _table_lines(table: object, out: list[str], marks: ListMarks) -> None:
    seen: set[object] = set()  # the cell elements themselves: merged cells repeat one
    for row in table.rows:  # type: ignore[attr-defined]
        cells = row.cells
        # A cell merged across columns is written once, blanks after it (as a table copied out
        # of Word reads); one merged down the rows is repeated in each, as the cell above.
        line = row_line(
            [
                "" if k and cell._tc is cells[k - 1]._tc else "\n".join(marks.text(p, alone=True) for p in cell.paragraphs)
                for k, cell in enumerate(cells)
            ]
        )
        if line is not None:
            out.append(line)
            seen.update(cell._tc for cell in cells)
            continue
        for cell in cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            out.extend(text for p in cell.paragraphs if (text := marks.text(p, alone=True)).strip())


def row_line(cells: list[str]) -> str | None:
    """A table row as one line, its cells between tabs (a cell spanning columns, then a blank
    for each further column, so the columns line up), when it is a row of data: two cells or
    more with text, each one paragraph (the lines of a cell are its paragraphs), short enough
    together. A row holding paragraphs (the two columns of a document's header, prose laid
    out in a table) gives ``None``: its paragraphs stay lines of their own."""
    if any(len([line for line in c.split("\n") if line.strip()]) > 1 for c in cells):
        return None
    texts = [" ".join(c.split()) for c in cells]
    if sum(1 for t in dict.fromkeys(texts) if t) < 2 or sum(map(len, texts)) > ROW_LINE_CHARS:
        return None
    return "\t".join(texts)


def read_pdf(data: bytes, name: str = "-") -> str:
    """The text layer of a PDF, page by page."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(name, "PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pypdf lets other errors through on damaged files
        raise ReadError(name, f"damaged PDF ({type(exc).__name__})") from exc
    text = "\n\n".join(p.strip() for p in pages).strip()
    if not text:
        raise ReadError(name, "PDF has no text layer (a scan?); run OCR first")
    return text
