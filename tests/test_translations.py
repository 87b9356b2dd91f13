"""The English translation: complete, consistent with the source, compiled, and used.

Needs no GNU gettext: the .po is read by the small parser below and the .mo by the standard
library, so a fresh machine runs these checks as they are. To update the translation:

    tiendo manage makemessages -l en --ignore=.venv --ignore=tests --ignore=bench
    (translate the new or fuzzy entries in tiendo/locale/en/LC_MESSAGES/django.po)
    tiendo manage compilemessages -l en --ignore=.venv
"""

from __future__ import annotations

import ast
import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.conftest import REPO

PACKAGE = REPO / "tiendo"
NOT_TRANSLATED = (PACKAGE / "extract",)  # Django-free, its messages are not translated
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "ugettext", "ugettext_lazy"}
PLURAL_NAMES = {"ngettext", "ngettext_lazy"}


def _locale_dir() -> Path:
    return Path(settings.LOCALE_PATHS[0]) / "en" / "LC_MESSAGES"


PO = _locale_dir() / "django.po"
MO = _locale_dir() / "django.mo"


# ---------------------------------------------------------------- a small .po parser


@dataclass
class Entry:
    line: int
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)  # index 0 for a singular entry
    flags: set[str] = field(default_factory=set)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None

    @property
    def key(self) -> str:
        return self.msgid if self.msgctxt is None else f"{self.msgctxt}\x04{self.msgid}"


def _unquote(text: str, where: str) -> str:
    text = text.strip()
    assert text.startswith('"') and text.endswith('"'), f"{where}: not a quoted string: {text}"
    return ast.literal_eval(text)  # .po escapes (\n, \t, \", \\) are Python's


def parse_po(path: Path) -> list[Entry]:
    """Entries of a .po file, obsolete (``#~``) ones left out."""
    entries: list[Entry] = []
    entry: Entry | None = None
    target: tuple[str, int] | None = None  # which string continuation lines extend
    seen_msgstr = has_msgid = False

    def start(number: int) -> Entry:
        nonlocal entry, seen_msgstr, has_msgid
        entry = Entry(line=number)
        entries.append(entry)
        seen_msgstr = has_msgid = False
        return entry

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if not line:
            entry, target, seen_msgstr, has_msgid = None, None, False, False
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if entry is None or seen_msgstr:
                start(number)
            if line.startswith("#,"):
                assert entry is not None
                entry.flags |= {flag.strip() for flag in line[2:].split(",") if flag.strip()}
            target = None
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            assert entry is not None and target is not None, f"{where}: stray continuation line"
            name, index = target
            value = _unquote(line, where)
            if name == "msgid":
                entry.msgid += value
            elif name == "msgid_plural":
                entry.msgid_plural = (entry.msgid_plural or "") + value
            elif name == "msgctxt":
                entry.msgctxt = (entry.msgctxt or "") + value
            else:
                entry.msgstr[index] += value
            continue
        # a msgctxt or msgid opens a new entry unless it continues one that has only comments so far
        if keyword in ("msgctxt", "msgid") and (entry is None or seen_msgstr or has_msgid):
            start(number)
        if keyword == "msgid":
            has_msgid = True
        assert entry is not None, f"{where}: {keyword} outside an entry"
        if keyword == "msgctxt":
            entry.msgctxt, target = _unquote(rest, where), ("msgctxt", 0)
        elif keyword == "msgid":
            entry.msgid, target = _unquote(rest, where), ("msgid", 0)
        elif keyword == "msgid_plural":
            entry.msgid_plural, target = _unquote(rest, where), ("msgid_plural", 0)
        elif keyword == "msgstr":
            entry.msgstr[0], target = _unquote(rest, where), ("msgstr", 0)
            seen_msgstr = True
        elif match := re.fullmatch(r"msgstr\[(\d+)\]", keyword):
            index = int(match.group(1))
            entry.msgstr[index], target = _unquote(rest, where), ("msgstr", index)
            seen_msgstr = True
        else:
            raise AssertionError(f"{where}: unexpected line: {raw}")
    return entries


@pytest.fixture(scope="module")
def po_entries() -> list[Entry]:
    assert PO.is_file(), f"missing {PO}: run makemessages -l en"
    return parse_po(PO)


@pytest.fixture(scope="module")
def messages(po_entries: list[Entry]) -> list[Entry]:
    return [entry for entry in po_entries if not entry.is_header]


def _name(entry: Entry) -> str:
    return f"django.po:{entry.line} {entry.msgid!r}"


# ---------------------------------------------------------------- placeholders

NAMED = re.compile(r"%\((\w+)\)[#0\- +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
POSITIONAL = re.compile(r"%[diouxXeEfFgGcrsa]")  # no flags: "% cùng kỳ" is text, not a directive
BRACED = re.compile(r"\{(\w*)\}")


def placeholders(text: str) -> tuple[set[str], list[str], set[str]]:
    text = text.replace("%%", "")
    return (
        set(NAMED.findall(text)),
        POSITIONAL.findall(NAMED.sub("", text)),
        set(BRACED.findall(text)),
    )


# ---------------------------------------------------------------- the .po


def test_po_lives_in_locale_paths() -> None:
    assert Path(settings.LOCALE_PATHS[0]).resolve() == (PACKAGE / "locale").resolve()
    assert "en" in dict(settings.LANGUAGES)
    assert PO.is_file() and MO.is_file()


def test_header_is_final_utf8_english(po_entries: list[Entry]) -> None:
    headers = [entry for entry in po_entries if entry.is_header]
    assert len(headers) == 1, "the .po must have exactly one header"
    header = headers[0]
    assert "fuzzy" not in header.flags
    assert "Language: en\n" in header.msgstr[0]
    assert "charset=UTF-8" in header.msgstr[0]


def test_every_entry_is_translated_and_not_fuzzy(messages: list[Entry]) -> None:
    assert len(messages) > 300
    fuzzy = [_name(entry) for entry in messages if "fuzzy" in entry.flags]
    empty = [
        _name(entry) for entry in messages if not entry.msgstr or not all(entry.msgstr.values())
    ]
    assert not fuzzy, "fuzzy entries:\n" + "\n".join(fuzzy)
    assert not empty, "untranslated entries:\n" + "\n".join(empty)


def test_msgids_are_unique(messages: list[Entry]) -> None:
    keys = [entry.key for entry in messages]
    assert len(keys) == len(set(keys))


def test_placeholders_match(messages: list[Entry]) -> None:
    wrong = []
    for entry in messages:
        sources = [entry.msgid] if entry.msgid_plural is None else [entry.msgid, entry.msgid_plural]
        for index, msgstr in entry.msgstr.items():
            source = sources[min(index, len(sources) - 1)]
            if placeholders(source) != placeholders(msgstr):
                wrong.append(
                    f"{_name(entry)}: {placeholders(source)} != {placeholders(msgstr)}"
                    f" in {msgstr!r}"
                )
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_placeholder_parser() -> None:
    named, positional, braced = placeholders("Tỷ lệ %(value)s%% của %s: {name} % cùng kỳ")
    assert (named, positional, braced) == ({"value"}, ["%s"], {"name"})


# ---------------------------------------------------------------- the compiled .mo


def test_mo_matches_po(messages: list[Entry]) -> None:
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    catalog = compiled._catalog
    stale = []
    expected: dict[object, str] = {}
    for entry in messages:
        if entry.msgid_plural is None:
            expected[entry.key] = entry.msgstr[0]
        else:
            for index, msgstr in entry.msgstr.items():
                expected[(entry.key, index)] = msgstr
    for key, msgstr in expected.items():
        if catalog.get(key) != msgstr:
            stale.append(f"{key!r}: .mo has {catalog.get(key)!r}, .po has {msgstr!r}")
    extra = sorted(str(key) for key in set(catalog) - set(expected) - {""})
    assert not stale, "the .mo is stale; run compilemessages:\n" + "\n".join(stale)
    assert not extra, "the .mo has entries the .po lacks; run compilemessages:\n" + "\n".join(extra)


# ---------------------------------------------------------------- the source


def _python_files() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path.is_relative_to(skip) for skip in NOT_TRANSLATED):
            continue
        yield path


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def source_msgids() -> dict[str, str]:
    """Every literal passed to a gettext function in tiendo/ (outside extract), with where it is."""
    found: dict[str, str] = {}
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            count = 1 if name in GETTEXT_NAMES else 2 if name in PLURAL_NAMES else 0
            for arg in node.args[:count]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    found.setdefault(arg.value, f"{path.relative_to(REPO)}:{node.lineno}")
    return found


TEMPLATE_TAG = re.compile(
    r"""\{%\s*(?:translate|trans)\s+(?P<q>["'])(?P<text>.*?)(?P=q)(?:\s+[^%]*)?%\}"""
)


BLOCK_TAG = re.compile(
    r"\{%\s*(?:blocktranslate|blocktrans)(?P<options>[^%]*)%\}(?P<text>.*?)"
    r"\{%\s*(?:endblocktranslate|endblocktrans)\s*%\}",
    re.DOTALL,
)
VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def _block_msgid(text: str, options: str) -> str:
    """The msgid Django makes of a simple blocktranslate body.

    ``%`` is doubled and ``{{ x }}`` becomes ``%(x)s``.
    """
    if "trimmed" in options.split():
        text = " ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return VARIABLE.sub(r"%(\1)s", text.replace("%", "%%"))


def template_msgids() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("templates/**/*.html")):
        source = path.read_text(encoding="utf-8")
        where = f"{path.relative_to(REPO)}"
        for number, line in enumerate(source.splitlines(), 1):
            for match in TEMPLATE_TAG.finditer(line):
                found.setdefault(match.group("text"), f"{where}:{number}")
        for match in BLOCK_TAG.finditer(source):
            if "{% plural" in match.group("text") or "context" in match.group("options").split():
                continue  # not simple: left to makemessages
            number = source.count("\n", 0, match.start()) + 1
            found.setdefault(
                _block_msgid(match.group("text"), match.group("options")), f"{where}:{number}"
            )
    return found


def test_source_scan_finds_messages() -> None:
    found = source_msgids()
    assert "chỉ tiêu" in found and "Tiếng Việt" in found
    assert not any(where.startswith("tiendo/extract/") for where in found.values())


def test_every_source_string_is_in_the_po(messages: list[Entry]) -> None:
    known = {entry.msgid for entry in messages} | {
        e.msgid_plural for e in messages if e.msgid_plural
    }
    missing = [
        f"{where}: {text!r}"
        for text, where in {**template_msgids(), **source_msgids()}.items()
        if text not in known
    ]
    assert not missing, (
        "strings missing from the English .po;"
        " run makemessages -l en, translate, compilemessages:\n" + "\n".join(sorted(missing))
    )


# ---------------------------------------------------------------- in use


def test_model_names_in_english() -> None:
    from tiendo.catalogue.models import Indicator
    from tiendo.work.models import KeyTask

    with translation.override("en"):
        assert str(Indicator._meta.verbose_name) == "indicator"
        assert str(Indicator._meta.verbose_name_plural) == "indicator catalogue"
        assert str(KeyTask._meta.verbose_name_plural) == "key tasks"
        assert str(Indicator.Direction.HIGHER.label) == "Higher is better"
    with translation.override("vi"):
        assert str(Indicator._meta.verbose_name_plural) == "danh mục chỉ tiêu"


@pytest.mark.django_db
def test_service_error_in_english() -> None:
    from tiendo.catalogue.models import Term
    from tiendo.catalogue.services import term_check

    term = Term(start_year=2025, end_year=2020, number=0)
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        term_check(term)
    with translation.override("en"):
        messages = refused.value.message_dict
    assert messages["end_year"] == ["End year 2020 must be after start year 2025."]
    assert messages["number"] == ["Tenure number 0 is invalid: it must be a positive number."]

    with translation.override("vi"), pytest.raises(ValidationError) as refused_vi:
        term_check(term)
    with translation.override("vi"):
        assert refused_vi.value.message_dict["end_year"] == [
            "Năm kết thúc 2020 phải sau năm bắt đầu 2025."
        ]
