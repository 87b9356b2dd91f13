"""Tables of targets: a review report's appendix (chỉ tiêu, đơn vị tính, kế hoạch, thực hiện,
% so kế hoạch, % so cùng kỳ) read row by row into figures.

A table reaches the engine as lines whose cells stand between tabs: the DOCX and HTML readers
write a row so, and so does a table copied out of Word. Its header rows name the columns
(``lexicon/tables.toml``); the indicator is the column holding the rows' longest words, whatever
its heading says ("Chỉ tiêu" heads both the indicator and, over a year, the plan). Each row
with a result becomes one figure whose span is the row, with the contract's conventions: the
result is the ``value`` in the unit column's unit, a percentage of the plan is ``pct_of_plan``,
and a percentage of the same period last year is ``yoy_pct`` less 100, as ``bằng X% so với
cùng kỳ`` is in a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from tiendo.extract.numbers import NumberToken, find_numbers
from tiendo.extract.record import Figure
from tiendo.extract.rules import load_rules
from tiendo.extract.text import squash, syllables

__all__ = ["Table", "find_tables", "masked", "table_figures"]

Role = Literal[
    "ordinal", "indicator", "unit", "actual", "plan", "last", "period", "pct_of_plan", "yoy"
]

_HUNDRED = 100.0
_MIN_COLUMNS = 3  # an indicator and two more: a pair of cells is a label and its text
_GROUP_CHARS = 120  # at most, in a group's heading between the rows of a table
_INDEX_CELL = 6  # at most, in a cell of the row that numbers the columns ("(1)", "3=2/1")
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_UNIT_BRACKET = re.compile(r"\s*\(([^()]{1,20})\)\s*$")
_SIGN = re.compile(r"\s*([-+−–])\s*(?=\d)")
_ROW_MARK = re.compile(r"^[\s\-+–•*]+")


class Row(NamedTuple):
    start: int
    end: int
    cells: list[str]


@dataclass(frozen=True)
class Column:
    role: Role
    plan: str | None = None  # the plan's name, for a plan's column and a share of it
    estimated: bool = False
    change: bool = False  # the change on last year ("Tăng, giảm so cùng kỳ"), not a share


@dataclass(frozen=True)
class Table:
    """A run of rows whose header names the columns; ``rows`` are the rows under it."""

    start: int
    end: int
    columns: tuple[Column | None, ...]
    rows: tuple[Row, ...]

    def in_header(self, offset: int) -> bool:
        """``offset`` falls in the column headings ("Kế hoạch năm 2022" names no document)."""
        return self.start <= offset < (self.rows[0].start if self.rows else self.end)


@dataclass(frozen=True)
class _Rules:
    ordinal: frozenset[tuple[str, ...]]
    unit: frozenset[tuple[str, ...]]
    reporters: frozenset[tuple[str, ...]]
    actual: frozenset[tuple[str, ...]]
    estimated: frozenset[tuple[str, ...]]
    plans: dict[tuple[str, ...], str]
    compare: frozenset[tuple[str, ...]]
    last: frozenset[tuple[str, ...]]
    change: frozenset[tuple[str, ...]]
    lead_ins: frozenset[tuple[str, ...]]


def _keys(phrases: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(syllables(p)) for p in phrases)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_rules(
        "tables",
        {
            "ordinal": "list[str]",
            "unit": "list[str]",
            "reporters": "list[str]",
            "actual": "list[str]",
            "estimated": "list[str]",
            "plans": "dict[str,str]",
            "compare": {"words": "list[str]", "last": "list[str]", "change": "list[str]"},
            "rows": {"lead_ins": "list[str]"},
        },
    )
    return _Rules(
        ordinal=_keys(data["ordinal"]),
        unit=_keys(data["unit"]),
        reporters=_keys(data["reporters"]),
        actual=_keys(data["actual"]),
        estimated=_keys(data["estimated"]),
        plans={tuple(syllables(k)): v for k, v in data["plans"].items()},
        compare=_keys(data["compare"]["words"]),
        last=_keys(data["compare"]["last"]),
        change=_keys(data["compare"]["change"]),
        lead_ins=_keys(data["rows"]["lead_ins"]),
    )


def _holds(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Some phrase of ``phrases`` stands in ``words`` as consecutive words."""
    return any(tuple(words[i : i + n]) in phrases for i in range(len(words)) for n in (1, 2, 3, 4))


def _plan_named(words: list[str], plans: dict[tuple[str, ...], str]) -> str | None:
    """The plan a heading names, by its longest phrase."""
    found: tuple[int, str] | None = None
    for i in range(len(words)):
        for n in (1, 2, 3):
            name = plans.get(tuple(words[i : i + n]))
            if name is not None and (found is None or n > found[0]):
                found = (n, name)
    return found[1] if found else None


# Rows ----------------------------------------------------------------------------------------


def _rows(text: str) -> list[list[Row]]:
    """The runs of consecutive lines that hold a tab between two cells. A short line without
    tabs between two such lines is a group's heading ("I. Kinh tế" in one merged cell) and
    stays in the run, as a row of one cell."""
    runs: list[list[Row]] = []
    current: list[Row] = []
    pending: Row | None = None
    pos = 0
    for line in text.split("\n"):
        # The row's span leaves out the blanks around it, as a sentence's does.
        start, end = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
        pos += len(line) + 1
        cells = [squash(c) for c in line.split("\t")] if "\t" in line.strip() else []
        if sum(1 for c in cells if c) >= 2:
            if pending is not None:
                current.append(pending)
                pending = None
            current.append(Row(start, end, cells))
        elif current and pending is None and 0 < end - start <= _GROUP_CHARS:
            pending = Row(start, end, [squash(line)])
        elif current:
            runs.append(current)
            current, pending = [], None
    if current:
        runs.append(current)
    return runs


def _is_number(cell: str) -> bool:
    tokens = find_numbers(cell)
    return len(tokens) == 1 and tokens[0].kind == "number" and not _LETTERS.search(cell)


def _is_data(row: Row) -> bool:
    """A row with words in one cell and a number in another."""
    words = [c for c in row.cells if _LETTERS.search(c)]
    return bool(words) and any(_is_number(c) for c in row.cells if c not in words)


def _is_index_row(row: Row) -> bool:
    """The row that numbers the columns: "A | B | (1) | (2) | (3)=(2)/(1)", no word in it
    ("KH | CK" under "So sánh (%)" are headings)."""
    return all(len(c) <= _INDEX_CELL and not _LETTERS.search(c) for c in row.cells)


def _is_group(row: Row) -> bool:
    """A group's heading: text only in the first two cells ("I | Kinh tế"), or in a second
    cell merged across the rest of the row, which a reader repeats in each column."""
    return len(row.cells) < 2 or not any(c and c != row.cells[1] for c in row.cells[2:])


# Columns -------------------------------------------------------------------------------------


def _heading_roles(labels: list[str], r: _Rules) -> list[Column | None]:
    """Each column's role from its heading, before the choice of result and indicator."""
    columns: list[Column | None] = []
    for label in labels:
        words = syllables(label)
        if not words:
            columns.append(None)
            continue
        plan = _plan_named(words, r.plans)
        last = _holds(words, r.last)
        actual = _holds(words, r.actual)
        # "TH/KH", "Thực hiện/Cùng kỳ": a result over its base is a share of it.
        over = "/" in label and actual and bool(plan or last)
        compare = "%" in label or over or _holds(words, r.compare)
        if compare and last and not plan:
            columns.append(Column("yoy", change=_holds(words, r.change)))
        elif compare and plan and not last:
            columns.append(Column("pct_of_plan", plan=plan))
        elif _holds(words, r.ordinal) and len(words) <= 3:
            columns.append(Column("ordinal"))
        elif _holds(words, r.unit) and len(words) <= 3:
            columns.append(Column("unit"))
        elif compare:
            columns.append(None)
        elif actual:
            columns.append(Column("actual", estimated=_holds(words, r.estimated)))
        elif last:
            columns.append(Column("last"))
        elif plan:
            columns.append(Column("plan", plan=plan))
        elif _YEAR.search(label):
            columns.append(Column("period"))
        else:
            columns.append(None)
    return columns


def _latest_year(label: str) -> int:
    return max((int(m.group()) for m in _YEAR.finditer(label)), default=0)


def _choose_result(columns: list[Column | None], labels: list[str]) -> None:
    """One result column: the actual of the latest year (the first of equals, a result
    before its estimate); other actuals are earlier results. With no actual named, the
    column of the latest year alone is the result."""
    actual = {i: c for i, c in enumerate(columns) if c is not None and c.role == "actual"}
    periods = [i for i, c in enumerate(columns) if c is not None and c.role == "period"]
    for i in periods:
        columns[i] = Column("last")
    if not actual:
        years = {_latest_year(labels[i]) for i in periods}
        if len(years) == len(periods) > 1:
            columns[max(periods, key=lambda i: _latest_year(labels[i]))] = Column("actual")
        return
    best = max(actual, key=lambda i: (_latest_year(labels[i]), not actual[i].estimated, -i))
    for i in actual:
        if i != best:
            columns[i] = Column("last")


def _indicator_column(rows: list[Row], columns: list[Column | None]) -> int | None:
    """The column whose cells hold the most words: the rows' names (a column headed as the
    unit's holds fewer, unless it names the units that report)."""
    width = max(len(r.cells) for r in rows)
    best, most = None, 0.0
    for j in range(width):
        column = columns[j] if j < len(columns) else None
        if column is not None and column.role == "ordinal":
            continue
        words = sum(len(_LETTERS.findall(r.cells[j])) for r in rows if j < len(r.cells))
        if words > most:
            best, most = j, words
    return best


def _labels(header: list[list[str]], width: int) -> list[str]:
    """Each column's heading, its header rows' cells joined. A heading over several columns
    is written once with blanks after it: a blank whose column has a heading further down
    ("So sánh (%)" over "KH" and "CK") is the heading to its left."""
    grid = [cells + [""] * (width - len(cells)) for cells in header]
    for k, cells in enumerate(grid[:-1]):
        for j in range(1, width):
            if not cells[j] and cells[j - 1] and any(below[j] for below in grid[k + 1 :]):
                cells[j] = cells[j - 1]
    return [" ".join(dict.fromkeys(cells[j] for cells in grid if cells[j])) for j in range(width)]


def _read_table(run: list[Row], r: _Rules) -> Table | None:
    first = next((k for k, row in enumerate(run) if _is_data(row)), None)
    if first is None or first == 0:
        return None
    header = [
        row
        for k, row in enumerate(run[:first])
        if not _is_index_row(row) and (k == 0 or not _is_group(row))
    ]
    body = [row for row in run[first:] if not _is_index_row(row)]
    width = max(len(row.cells) for row in run)
    if width < _MIN_COLUMNS or not header or not body:
        return None
    labels = _labels([row.cells for row in header], width)
    columns = _heading_roles(labels, r)
    _choose_result(columns, labels)
    indicator = _indicator_column(body, columns)
    if indicator is None or tuple(syllables(labels[indicator])) in r.reporters:
        return None  # the rows are the units reporting, what they measure is in the headings
    columns[indicator] = Column("indicator")
    roles = {c.role for c in columns if c is not None}
    if not roles & {"actual", "pct_of_plan", "yoy"}:
        return None
    # A bare "So sánh (%)" compares with the one base the table has.
    if "plan" in roles and "last" not in roles:
        bare = Column("pct_of_plan", plan=next(c.plan for c in columns if c and c.role == "plan"))
    elif "last" in roles and "plan" not in roles:
        bare = Column("yoy")
    else:
        bare = None
    for j, label in enumerate(labels):
        words = syllables(label)
        if columns[j] is None and bare is not None and _holds(words, r.compare):
            columns[j] = bare
    return Table(run[0].start, run[-1].end, tuple(columns), tuple(body))


def find_tables(text: str) -> list[Table]:
    """The tables of targets in ``text``: runs of tabbed rows under a header naming a result,
    a share of the plan or a share of last year's."""
    if "\t" not in text:
        return []
    r = _rules()
    return [t for run in _rows(text) if (t := _read_table(run, r)) is not None]


def masked(text: str, tables: list[Table]) -> str:
    """``text`` with the tables' rows blanked, offsets kept: what the sentence reader reads."""
    if not tables:
        return text
    out = []
    pos = 0
    for table in tables:
        out.append(text[pos : table.start])
        out.append("".join(ch if ch == "\n" else " " for ch in text[table.start : table.end]))
        pos = table.end
    out.append(text[pos:])
    return "".join(out)


# Figures -------------------------------------------------------------------------------------


def _amount(cell: str, unit: str) -> tuple[NumberToken | None, str | None]:
    """The number in ``cell`` read with the unit's words after it ("1.350" "tỷ đồng")."""
    if not cell or not any(ch.isdigit() for ch in cell):
        return None, None
    tokens = [t for t in find_numbers(f"{cell} {unit}".strip()) if t.kind in ("number", "ratio")]
    if len(tokens) != 1:
        return None, None  # a range, or a note beside the number: no one amount
    return tokens[0], tokens[0].warning


def _percent(cell: str) -> tuple[float | None, str | None]:
    """A percentage cell's number; a sign before it is the change's ("-4,2"), as a sentence's
    "giảm" is."""
    sign = _SIGN.match(cell)
    token, warning = _amount(cell[sign.end() if sign else 0 :].rstrip("% "), "")
    if token is None or token.whole is not None or token.value is None:
        return None, warning
    return (-token.value if sign and sign.group(1) != "+" else token.value), warning


def _indicator(cell: str, r: _Rules) -> tuple[str, str]:
    """The indicator and a unit written in brackets after it ("Thu ngân sách (tỷ đồng)")."""
    text = _ROW_MARK.sub("", cell).rstrip(" :")
    unit = ""
    bracket = _UNIT_BRACKET.search(text)
    token = _amount("1", bracket.group(1))[0] if bracket else None
    if bracket and token is not None and (token.scale or token.currency or token.is_percent):
        unit, text = bracket.group(1), text[: bracket.start()]
    words = text.split()
    for n in (3, 2, 1):
        lead = tuple(syllables(" ".join(words[:n])))
        if len(lead) == n and lead in r.lead_ins:
            text = " ".join(words[n:]).lstrip(":, ")
            break
    return text.strip(), unit


def _unit_name(token: NumberToken, unit: str) -> str | None:
    """The contract's unit for an amount read with the unit column's words: a currency, "%",
    or the counted noun past the scale word ("nghìn tấn" → "tấn")."""
    if token.currency:
        return token.currency
    if token.is_percent:
        return "%"
    if token.scale and not unit.split()[1:]:
        return None  # "tỷ" alone: a count in billions of what the indicator names
    words = unit.split()
    return " ".join(words[1:] if token.scale else words) or None


def _row_figure(row: Row, table: Table, r: _Rules) -> Figure | None:
    cells = {c.role: row.cells[j] for j, c in enumerate(table.columns) if c and j < len(row.cells)}
    plan_column = next((c for c in table.columns if c and c.role == "pct_of_plan"), None)
    yoy_column = next((c for c in table.columns if c and c.role == "yoy"), None)
    actual_column = next((c for c in table.columns if c and c.role == "actual"), None)
    indicator, bracket_unit = _indicator(cells.get("indicator", ""), r)
    if not indicator:
        return None
    unit = cells.get("unit") or bracket_unit
    warnings: list[str] = []
    value, unit_name, qualifier, part, whole = None, None, None, None, None
    token, warning = _amount(cells.get("actual", ""), unit)
    if warning:
        warnings.append(warning)
    if token is not None:
        if token.whole is not None:
            part, whole = token.value, token.whole
        else:
            value = token.value
        unit_name = _unit_name(token, unit)
        qualifier = token.qualifier
    pct_of_plan, warning = _percent(cells.get("pct_of_plan", ""))
    if warning:
        warnings.append(warning)
    yoy, warning = _percent(cells.get("yoy", ""))
    if warning:
        warnings.append(warning)
    if yoy is not None and yoy_column is not None and not yoy_column.change:
        yoy = round(yoy - _HUNDRED, 10)
    # A row whose only number is malformed still stands, to carry its warning to the reviewer.
    if value is None and part is None and pct_of_plan is None and yoy is None and not warnings:
        return None
    return Figure(
        indicator=indicator,
        value=value,
        unit=unit_name,
        qualifier=qualifier,  # type: ignore[arg-type]
        estimated=bool(actual_column and actual_column.estimated),
        pct_of_plan=pct_of_plan,
        plan=plan_column.plan if plan_column and pct_of_plan is not None else None,
        yoy_pct=yoy,
        part=part,
        whole=whole,
        span=(row.start, row.end),
        warning="; ".join(warnings) or None,
    )


def table_figures(tables: list[Table]) -> list[Figure]:
    """One figure per row that states a result or a comparison, in order."""
    r = _rules()
    return [
        figure
        for table in tables
        for row in table.rows
        if (figure := _row_figure(row, table, r)) is not None
    ]
