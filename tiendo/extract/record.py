"""The extraction record: the typed form of ``spec/extraction.md``.

These models are the contract between the extractor and everything that reads
its output. Field names and meanings are fixed by the spec; ``Record.to_json()``
gives exactly the contract's JSON (absent knowledge is ``null`` or ``[]``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]

Qualifier = Literal["more_than", "almost", "about", "at_least"]
MeetingKind = Literal[
    "hội nghị Ban Chấp hành",
    "hội nghị Ban Thường vụ",
    "hội nghị",
    "buổi làm việc",
    "kỳ họp",
    "phiên họp",
]
DocumentKind = Literal[
    "Nghị quyết",
    "Kết luận",
    "Chỉ thị",
    "Đề án",
    "Kế hoạch",
    "Thông báo",
    "Quyết định",
    "Hướng dẫn",
    "Quy định",
    "Chương trình",
    "Nghị định",
    "Thông tư",
    "Luật",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class PeriodRef(_Model):
    """A review or plan period: ``{"months": 9, "year": 2022}`` or ``{"quarter": 4, "year": 2017}``."""

    months: int | None = Field(default=None, ge=1, le=12)
    quarter: int | None = Field(default=None, ge=1, le=4)
    year: int | None = None

    def to_json(self) -> dict[str, int | None]:
        """``months`` and ``quarter`` only when set; ``year`` always, null when unknown."""
        out: dict[str, int | None] = {}
        if self.months is not None:
            out["months"] = self.months
        if self.quarter is not None:
            out["quarter"] = self.quarter
        out["year"] = self.year
        return out


class Chair(_Model):
    name: str
    title: str | None = None


class Meeting(_Model):
    organizer: str | None = None
    kind: MeetingKind | None = None
    session: int | None = None
    extended: bool = False
    term: str | None = None
    tenure: tuple[int, int] | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    chair: Chair | None = None
    review: PeriodRef | None = None
    plan: PeriodRef | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "organizer": self.organizer,
            "kind": self.kind,
            "session": self.session,
            "extended": self.extended,
            "term": self.term,
            "tenure": list(self.tenure) if self.tenure else None,
            "date": self.date,
            "chair": self.chair.model_dump() if self.chair else None,
            "review": self.review.to_json() if self.review else None,
            "plan": self.plan.to_json() if self.plan else None,
        }


class Figure(_Model):
    """One quantitative statement about a result, with all the facts attached to it."""

    indicator: str
    value: float | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    estimated: bool = False
    pct_of_plan: float | None = None
    plan: str | None = None
    yoy_pct: float | None = None
    yoy_abs: float | None = None
    part: float | None = None
    whole: float | None = None
    span: Span
    warning: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "indicator": self.indicator,
            "value": _number(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "estimated": self.estimated,
            "pct_of_plan": self.pct_of_plan,
            "plan": self.plan,
            "yoy_pct": self.yoy_pct,
            "yoy_abs": _number(self.yoy_abs),
            "part": _number(self.part),
            "whole": _number(self.whole),
            "span": list(self.span),
        }
        if self.warning:
            out["warning"] = self.warning
        return out


class DocumentRef(_Model):
    kind: DocumentKind
    number: str | None = None
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    issuer: str | None = None
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "number": self.number,
            "title": self.title,
            "date": self.date,
            "issuer": self.issuer,
            "span": list(self.span),
        }


class Person(_Model):
    name: str
    titles: list[str] = Field(default_factory=list)
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "titles": list(self.titles), "span": list(self.span)}


class TextItem(_Model):
    """A key task or a shortcoming: one item of a list in the text."""

    text: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


class Record(_Model):
    """Everything extracted from one input text."""

    source: str
    title: str | None = None
    meeting: Meeting | None = None
    figures: list[Figure] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    tasks: list[TextItem] = Field(default_factory=list)
    shortcomings: list[TextItem] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "meeting": self.meeting.to_json() if self.meeting else None,
            "figures": [f.to_json() for f in self.figures],
            "documents": [d.to_json() for d in self.documents],
            "people": [p.to_json() for p in self.people],
            "authors": list(self.authors),
            "tasks": [t.to_json() for t in self.tasks],
            "shortcomings": [s.to_json() for s in self.shortcomings],
        }


def _number(value: float | None) -> float | int | None:
    """Whole numbers print as integers (``404000000000``, not ``404000000000.0``)."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**63:
        return int(value)
    return value
