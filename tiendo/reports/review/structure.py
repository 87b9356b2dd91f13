"""The review report as plain data: what ``build`` produces and every renderer reads.

Nothing here knows Django, python-docx or openpyxl; a test can compare a built report
with an expected one field by field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

PARTY, STATE = "party", "state"


# ---------------------------------------------------------------- gathered facts


@dataclass(frozen=True)
class UnitInfo:
    name: str
    short_name: str
    admin_type: str
    level: str
    kind: str


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator of the unit-period, judged (from ``dashboard_rows``)."""

    code: str
    name: str
    uom: str
    field: str
    direction: str = "higher"
    value: Decimal | None = None
    estimated: bool = False
    target: Decimal | None = None
    comparator: str | None = None
    source: str | None = None
    assigner: UnitInfo | None = None
    document: str = ""
    last_value: Decimal | None = None
    pct_of_plan: Decimal | None = None
    yoy_pct: Decimal | None = None
    yoy_abs: Decimal | None = None
    status: str | None = None
    is_sample: bool = False


@dataclass(frozen=True)
class TaskLine:
    title: str
    status: str
    status_label: str
    field: str = ""
    lead: str = ""


@dataclass(frozen=True)
class ShortcomingLine:
    text: str
    cause: str = ""
    cause_kind: str = ""
    field: str = ""


@dataclass(frozen=True)
class PeriodInfo:
    kind: str
    year: int
    number: int
    end: dt.date


@dataclass(frozen=True)
class ReviewData:
    """Everything the report says, read from the database by ``gather``."""

    unit: UnitInfo
    parent: UnitInfo | None
    period: PeriodInfo
    lines: tuple[IndicatorLine, ...] = ()
    met: int = 0
    total: int = 0
    without_value: int = 0
    tasks_review: tuple[TaskLine, ...] = ()
    tasks_next: tuple[TaskLine, ...] = ()
    shortcomings: tuple[ShortcomingLine, ...] = ()
    signer: str = ""


# ---------------------------------------------------------------- the built report


@dataclass(frozen=True)
class Paragraph:
    """``kind``: part, part_title, heading, subheading, body, item or placeholder."""

    text: str
    kind: str = "body"


@dataclass(frozen=True)
class Header:
    style: str
    parent_line: str
    issuer_line: str
    mark: str
    number: str
    national: str
    motto: str
    place_date: str


@dataclass(frozen=True)
class Title:
    doc_type: str
    summary: str


@dataclass(frozen=True)
class Section:
    heading: str
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class AppendixRow:
    """``kind`` group (roman-numbered field row) or item."""

    kind: str
    stt: str
    name: str
    uom: str = ""
    plan: str = ""
    actual: str = ""
    pct_plan: str = ""
    pct_last: str = ""
    judgement: str = ""
    # The numbers behind the texts, for the spreadsheet.
    plan_value: Decimal | None = None
    actual_value: Decimal | None = None
    pct_plan_value: Decimal | None = None
    pct_last_value: Decimal | None = None


@dataclass(frozen=True)
class Appendix:
    title: str
    subtitle: str
    attached: str
    columns: tuple[str, ...]
    rows: tuple[AppendixRow, ...]
    placeholder: str = ""


@dataclass(frozen=True)
class Signature:
    authority: str
    title: str
    name: str


@dataclass(frozen=True)
class Recipients:
    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    style: str
    header: Header
    title: Title
    sections: tuple[Section, ...]
    signature: Signature
    recipients: Recipients
    appendix: Appendix
    issuer: str = ""
    filename_stem: str = "bao-cao"
    extra: dict[str, str] = field(default_factory=dict)
