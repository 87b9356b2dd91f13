"""Accepting a review: every accepted item written into the data in one transaction, through
the domain services (and so the audit trail), with the upload as provenance.

What an item wrote is kept in its ``written`` (object ids by slot) and ``undo`` (per slot:
created, or taken over with the values it had before), so accepting again after a
correction updates those objects instead of creating new ones, and rejecting an accepted
item of any kind takes back what it wrote: what it created is deleted, what it took over
gets its earlier values back. An existing object for the same thing (the demo's meeting, a
task the reviewer confirmed as the same, a result of the same value without a sentence) is
taken over rather than duplicated. Any refusal rolls the whole review back; the reasons are kept
on the items (``errors``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, acting_user, audit_record, snapshot
from tiendo.catalogue.models import Document
from tiendo.catalogue.selectors import document_by_number_symbol, term_covering
from tiendo.catalogue.services import document_create, document_delete, document_update
from tiendo.core.vn import format_change, format_number, format_percent
from tiendo.ingest.facts import FigureFacts
from tiendo.ingest.items import ACCEPTED, REJECTED, ROLE_TARGET, SAME_NEW, same_as
from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.services import SOURCE, figure_facts_all, review_refresh
from tiendo.results.computations import implied_last_year, implied_plan
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import period_get, same_period_last_year, year_key
from tiendo.results.services import (
    result_create,
    result_delete,
    result_update,
    target_create,
    target_delete,
    target_update,
)
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, Person, Shortcoming
from tiendo.work.services import (
    key_task_create,
    key_task_delete,
    key_task_update,
    meeting_create,
    meeting_delete,
    meeting_update,
    person_delete,
    person_get_or_create,
    person_set_titles,
    shortcoming_create,
    shortcoming_delete,
    shortcoming_update,
)

MSG_NO_UNIT = gettext_lazy("Chưa xác định đơn vị của báo cáo: chọn đơn vị ở mục hội nghị.")
MSG_NO_PERIOD = gettext_lazy("Chưa xác định kỳ đánh giá: chọn kỳ ở mục hội nghị.")
MSG_NO_PLAN_PERIOD = gettext_lazy("Chưa xác định kỳ triển khai nhiệm vụ: chọn kỳ ở mục hội nghị.")
MSG_FIGURE_INCOMPLETE = gettext_lazy(
    "Số liệu chưa đủ để ghi: cần chỉ tiêu, đơn vị, kỳ và giá trị theo đơn vị tính của chỉ tiêu."
)
NOTE_PLAN_IMPLIED = gettext_lazy("Suy ra từ văn bản: %(value)s %(uom)s đạt %(pct)s %(plan)s.")
NOTE_LAST_YEAR = gettext_lazy("Suy ra từ văn bản %(period)s: %(change)s so với cùng kỳ.")


@dataclass(frozen=True)
class Accepted:
    """What one accept did: objects created and updated, by kind, or the items refused."""

    created: int
    updated: int
    errors: dict[str, list[str]]

    @property
    def ok(self) -> bool:
        return not self.errors


REF_HASH_LENGTH = 16


def source_ref(sha256: str, key: str) -> str:
    """A result's reference to its sentence: the start of the file's hash and the item's key
    (``a8d1ef20fecb90b3#figure-1036``), short enough to show, which the evidence links back to."""
    return f"{sha256[:REF_HASH_LENGTH]}#{key}"


class _Refused(Exception):
    pass


def review_accept(*, review: Review, by: Actor) -> Accepted:
    """Write every accepted item (and undo what rejected items wrote before) in one transaction."""
    writer = _Writer(review, by)
    try:
        with transaction.atomic():
            review = Review.objects.select_for_update(of=("self",)).select_related(
                "upload", "unit", "review_period", "plan_period").get(pk=review.pk)
            writer.review = review
            writer.run()
            if writer.errors:
                raise _Refused
            review.accepted_at, review.accepted_by = timezone.now(), acting_user(by)
            review.version += 1
            for item in review.items:
                item["errors"] = []
            review_refresh(review)
            review.save()
            Upload.objects.filter(pk=review.upload_id).update(status=Upload.Status.ACCEPTED)
            audit_record(obj=review, action=AuditEntry.Action.UPDATE, by=by, source=SOURCE,
                         unit_id=review.unit_id,
                         changes={"accepted": [None, {"created": writer.created,
                                                      "updated": writer.updated}]})
    except _Refused:
        _keep_errors(review, writer.errors)
    return Accepted(writer.created, writer.updated, writer.errors)


def _keep_errors(review: Review, errors: dict[str, list[str]]) -> None:
    with transaction.atomic():
        fresh = Review.objects.select_for_update().get(pk=review.pk)
        for item in fresh.items:
            item["errors"] = errors.get(item["key"], [])
        fresh.save(update_fields=["items"])


def _valid_during(unit: Unit, period: Period) -> bool:
    return unit.valid_from is None or unit.valid_from <= period.end


def _messages(exc: ValidationError) -> list[str]:
    return [str(m) for m in exc.messages]


class _Writer:
    def __init__(self, review: Review, by: Actor) -> None:
        self.review = review
        self.by = by
        self.created = 0
        self.updated = 0
        self.errors: dict[str, list[str]] = {}
        self.meeting: Meeting | None = None

    # -------------------------------------------------------------- driving

    def run(self) -> None:
        review = self.review
        order = {"meeting": 0, "document": 1, "person": 2, "task": 3, "shortcoming": 4, "figure": 5}
        facts = {item["key"]: f for item, f in figure_facts_all(review)}
        for item in sorted(review.items, key=lambda i: order[i["kind"]]):
            if item["decision"] == REJECTED:
                self._undo(item)
                continue
            if item["decision"] != ACCEPTED:
                continue
            try:
                with transaction.atomic():
                    self._write(item, facts.get(item["key"]))
            except ValidationError as exc:
                self.errors[item["key"]] = _messages(exc)

    def _write(self, item: dict[str, Any], facts: FigureFacts | None) -> None:
        kind = item["kind"]
        if kind == "figure":
            assert facts is not None
            self._figure(item, facts)
            return
        unit = self._unit()
        if kind == "meeting":
            self._meeting(item, unit)
        elif kind == "document":
            self._document(item)
        elif kind == "person":
            self._person(item, unit)
        elif kind == "task":
            self._task(item, unit)
        elif kind == "shortcoming":
            self._shortcoming(item, unit)

    def _unit(self) -> Unit:
        if self.review.unit is None:
            raise ValidationError(str(MSG_NO_UNIT))
        return self.review.unit

    def _period(self) -> Period:
        if self.review.review_period is None:
            raise ValidationError(str(MSG_NO_PERIOD))
        return self.review.review_period

    def _count(self, created: bool) -> None:
        if created:
            self.created += 1
        else:
            self.updated += 1

    def _label(self) -> str:
        """What the written objects name as their source: the uploaded file."""
        return _("Tệp %(name)s") % {"name": self.review.upload.name}

    def _provenance(self, item: dict[str, Any]) -> dict[str, Any]:
        text = self.review.text
        s0, s1 = item["sentence"]
        start, end = item["span"]
        upload = self.review.upload
        return {
            "source_label": self._label(),
            "source_ref": source_ref(upload.sha256, item["key"]),
            "evidence": text[s0:s1],
            "evidence_start": max(0, start - s0),
            "evidence_end": max(0, min(end, s1) - s0),
        }

    # -------------------------------------------------------------- meeting and work

    def _meeting(self, item: dict[str, Any], unit: Unit) -> None:
        data = item["data"]
        review_period = self._period()
        kind = lexicon().meeting_kinds.get(data.get("kind") or "", Meeting.Kind.CONFERENCE)
        chair = data.get("chair") or {}
        fields: dict[str, Any] = {
            "organizer_name": data.get("organizer") or "",
            "session": data.get("session"),
            "extended": bool(data.get("extended")),
            "date": dt.date.fromisoformat(data["date"]) if data.get("date") else None,
            "term": term_covering(unit=unit, year=review_period.year),
            "plan_period": self.review.plan_period,
            "chair": chair.get("name"),
            "chair_title": chair.get("title") or "",
            "source_label": self._label(),
        }
        where = {"unit": unit, "kind": kind, "review_period": review_period}
        existing = self._mine(Meeting, item, "meeting", where) or Meeting.objects.filter(
            **where).first()
        known = Person.objects.count()
        if existing is not None:
            kept = {**where, **{k: v for k, v in fields.items() if v not in (None, "")}}
            self._keep(item, "meeting", existing, kept)
            meeting = meeting_update(meeting=existing, by=self.by, **kept)
        else:
            meeting = meeting_create(by=self.by, **where, **fields)
            self._made(item, "meeting", meeting)
        if meeting.chair is not None and Person.objects.count() > known:
            # The chair was new: taking the meeting back takes them back too.
            self._made(item, "chair", meeting.chair)
        self.meeting = meeting

    def _document(self, item: dict[str, Any]) -> None:
        data = item["data"]
        number = data.get("number") or ""
        kind = lexicon().document_kinds.get(data["kind"], "")
        date = dt.date.fromisoformat(data["date"]) if data.get("date") else None
        title = data.get("title") or (f"{data['kind']} số {number}" if number else data["kind"])
        found: Document | None = self._written(Document, item, "document")
        if found is None and "/" in number:
            found = document_by_number_symbol(number_symbol=number).first()
        if found is None:
            found = Document.objects.filter(kind=kind, title=title).first()
        if found is None:
            created = document_create(
                by=self.by, kind=kind, number_symbol=number if "/" in number else "", date=date,
                issuer_name=data.get("issuer") or "", title="" if "/" in number else title,
                source_label=self._label(),
            )
            self._made(item, "document", created)
        elif item["written"].get("document") != found.pk:
            # An existing document is only referred to, never changed.
            self._keep(item, "document", found, {})

    def _person(self, item: dict[str, Any], unit: Unit) -> None:
        data = item["data"]
        mine = self._mine(Person, item, "person", {"unit": unit})
        if mine is not None and self._created(item, "person"):
            person_get_or_create(name=mine.name, unit=unit, titles=data["titles"], by=self.by)
            return
        known = Person.objects.count()
        person = person_get_or_create(name=data["name"], unit=unit, by=self.by)
        if Person.objects.count() > known:
            self._made(item, "person", person)
        else:
            self._keep(item, "person", person, {"titles": None})
        person_get_or_create(name=person.name, unit=unit, titles=data["titles"], by=self.by)

    def _task(self, item: dict[str, Any], unit: Unit) -> None:
        plan = self.review.plan_period
        if plan is None:
            raise ValidationError(str(MSG_NO_PLAN_PERIOD))
        title = item["data"]["text"]
        where = {"unit": unit, "period": plan}
        task = self._chosen(KeyTask, item, "task", where, title=title)
        if task is None:
            task = key_task_create(title=title, deadline=plan.end, meeting=self.meeting,
                                   by=self.by, source_label=self._label(), **where)
            self._made(item, "task", task)
            return
        changes: dict[str, Any] = dict(where)
        if self._created(item, "task"):
            changes.update(title=title, deadline=plan.end)
        if task.meeting_id is None and self.meeting is not None:
            changes["meeting"] = self.meeting
        self._keep(item, "task", task, changes)
        key_task_update(task=task, by=self.by, **changes)

    def _shortcoming(self, item: dict[str, Any], unit: Unit) -> None:
        period = self._period()
        text = item["data"]["text"]
        where = {"unit": unit, "period": period}
        found = self._chosen(Shortcoming, item, "shortcoming", where, text=text)
        if found is None:
            found = shortcoming_create(text=text, meeting=self.meeting, by=self.by,
                                       source_label=self._label(), **where)
            self._made(item, "shortcoming", found)
            return
        changes: dict[str, Any] = dict(where)
        if self._created(item, "shortcoming"):
            changes["text"] = text
        if found.meeting_id is None and self.meeting is not None:
            changes["meeting"] = self.meeting
        self._keep(item, "shortcoming", found, changes)
        shortcoming_update(shortcoming=found, by=self.by, **changes)

    def _chosen(self, model: type[Any], item: dict[str, Any], slot: str, where: dict[str, Any],
                **wording: str) -> Any:
        """The task or shortcoming this item writes to: its own; else the existing one the
        reviewer confirmed (or the matcher proposed) as the same; else one of the very same
        wording, unless the reviewer said it is new. What it wrote before for another choice
        is taken back first."""
        wanted = same_as(item)
        said_new = item["correction"].get("same") == SAME_NEW
        mine = self._mine(model, item, slot, where)
        if mine is not None and ((wanted and mine.pk != wanted)
                                 or (said_new and not self._created(item, slot))):
            self._release(item, slot)
            mine = None
        if mine is None and wanted:
            mine = model.objects.filter(pk=wanted, **where).first()
        if mine is None and not said_new:
            mine = model.objects.filter(**wording, **where).first()
        return mine

    # -------------------------------------------------------------- figures

    def _figure(self, item: dict[str, Any], facts: FigureFacts) -> None:
        if not facts.complete:
            raise ValidationError(str(MSG_FIGURE_INCOMPLETE))
        assert facts.indicator and facts.unit and facts.period and facts.value is not None
        provenance = self._provenance(item)
        if facts.role == ROLE_TARGET:
            self._release(item, "result")
            self._release(item, "last_year")
            year = period_get(year_key(facts.period))
            self._target(item, facts, year, facts.value, Target.Source.YEARLY_PLAN, derived=False,
                         note="")
            return
        self._result(item, "result", facts, facts.period, facts.value, provenance,
                     derived=False, note="")
        if facts.pct_of_plan:
            year = period_get(year_key(facts.period))
            note = str(NOTE_PLAN_IMPLIED) % {
                "value": format_number(facts.value), "uom": facts.indicator.uom,
                "pct": format_percent(facts.pct_of_plan), "plan": facts.plan_phrase or _("kế hoạch"),
            }
            self._target(item, facts, year, implied_plan(facts.value, facts.pct_of_plan),
                         facts.plan_source, derived=True, note=note)
        else:
            self._release(item, "target")
        last = None
        if facts.yoy_pct is not None or facts.yoy_abs is not None:
            try:
                last = implied_last_year(facts.value, yoy_pct=facts.yoy_pct,
                                         yoy_abs=None if facts.yoy_pct is not None else facts.yoy_abs)
            except ValueError:
                last = None
        last_period = period_get(same_period_last_year(facts.period))
        # A unit created since (the 2025 communes) has no last year to imply.
        if last is None or not _valid_during(facts.unit, last_period):
            self._release(item, "last_year")
            return
        change = (format_change(facts.yoy_pct) if facts.yoy_pct is not None
                  else f"{format_number(facts.yoy_abs)} {facts.indicator.uom}")
        note = str(NOTE_LAST_YEAR) % {"period": facts.period, "change": change}
        self._result(item, "last_year", facts, last_period, last, provenance, derived=True,
                     note=note)

    def _result(self, item: dict[str, Any], slot: str, facts: FigureFacts, period: Period,
                value: Decimal, provenance: dict[str, Any], *, derived: bool, note: str) -> None:
        """Create or update the text result for ``slot`` (the figure's own, or last year's
        derived one). A derived value never overrides a result reported from elsewhere."""
        assert facts.indicator and facts.unit
        where = {"unit": facts.unit, "indicator": facts.indicator, "period": period}
        mine = self._mine(Result, item, slot, where)
        same = Result.objects.filter(**where)
        if mine is None:
            mine = same.filter(provenance=Result.Provenance.TEXT).first()
        if mine is None:
            others = same.exclude(provenance=Result.Provenance.TEXT)
            if derived and others.exists():
                self._release(item, slot)
                return
            # A result of the same value without its sentence (the demo's): give it the sentence.
            mine = others.filter(value=value, evidence="").first()
        fields = {"value": value, "estimated": facts.estimated and not derived, "derived": derived,
                  "note": note, **provenance}
        if mine is not None:
            self._keep(item, slot, mine, fields)
            result_update(result=mine, by=self.by, **fields)
            return
        created = result_create(provenance=Result.Provenance.TEXT, by=self.by, **where, **fields)
        self._made(item, slot, created)

    def _target(self, item: dict[str, Any], facts: FigureFacts, year: Period, value: Decimal,
                source: str, *, derived: bool, note: str) -> None:
        """Create or update the target; a target given outright (not derived) is never
        overwritten by a derived one (the consistency check names the difference)."""
        assert facts.indicator and facts.unit
        where = {"unit": facts.unit, "indicator": facts.indicator, "period": year, "source": source}
        mine = self._mine(Target, item, "target", where)
        if mine is None:
            mine = Target.objects.filter(**where).first()
            if mine is not None and not mine.derived and derived:
                return
        fields = {"value": value, "derived": derived, "note": note}
        if mine is not None:
            self._keep(item, "target", mine, fields)
            target_update(target=mine, by=self.by, **fields)
            return
        created = target_create(by=self.by, **where, **fields)
        self._made(item, "target", created)

    # -------------------------------------------------------------- what an item wrote

    def _written(self, model: type[Any], item: dict[str, Any], slot: str) -> Any:
        pk = item["written"].get(slot)
        return model.objects.filter(pk=pk).first() if pk else None

    def _created(self, item: dict[str, Any], slot: str) -> bool:
        return bool(item.get("undo", {}).get(slot, {}).get("created"))

    def _mine(self, model: type[Any], item: dict[str, Any], slot: str, where: dict[str, Any]) -> Any:
        """What this item wrote in ``slot`` earlier, if it is still for ``where`` (unit,
        period…) or the item created it (it is then moved by the update). An object taken
        over for another unit or period is given back first."""
        mine = self._written(model, item, slot)
        if mine is None:
            self._release(item, slot)
            return None
        if self._created(item, slot) and model in MOVABLE:
            return mine
        if any(getattr(mine, name) != value for name, value in where.items()):
            self._release(item, slot)
            return None
        return mine

    def _made(self, item: dict[str, Any], slot: str, obj: Any) -> None:
        """The item created ``obj``: taking the item back deletes it."""
        item.setdefault("undo", {})[slot] = {"created": True}
        item["written"][slot] = obj.pk
        self._count(True)

    def _keep(self, item: dict[str, Any], slot: str, obj: Any, changes: dict[str, Any]) -> None:
        """The item updates ``obj`` (its own, or an existing one taken over): for one taken
        over, the values it had before the first change are kept, to be put back."""
        undo = item.setdefault("undo", {})
        if item["written"].get(slot) != obj.pk or slot not in undo:
            undo[slot] = {"created": False, "before": {}}
        entry = undo[slot]
        if not entry["created"]:
            before = snapshot(obj)
            for name in changes:
                entry["before"].setdefault(name, before[obj._meta.get_field(name).attname])
        item["written"][slot] = obj.pk
        self._count(False)

    def _release(self, item: dict[str, Any], slot: str) -> None:
        """Take back what the item wrote in ``slot``: delete what it created, put back the
        values of what it took over; both through the services (and the audit trail)."""
        entry = item.get("undo", {}).pop(slot, None)
        pk = item["written"].pop(slot, None)
        model = SLOTS[slot]
        obj = model.objects.filter(pk=pk).first() if pk else None
        if obj is None or entry is None:
            return
        delete, restore = UNDO[model]
        if entry["created"]:
            delete(obj, self.by)
        elif entry["before"]:
            restore(obj, self.by, _values(model, entry["before"]))

    def _undo(self, item: dict[str, Any]) -> None:
        """A rejected item takes back everything it wrote."""
        if not item["written"]:
            return
        try:
            with transaction.atomic():
                for slot in list(item["written"]):
                    self._release(item, slot)
        except ValidationError as exc:
            self.errors[item["key"]] = _messages(exc)


def _values(model: type[Any], before: dict[str, Any]) -> dict[str, Any]:
    """The kept JSON values as the model's own (a date, a decimal, the related object)."""
    values: dict[str, Any] = {}
    for name, raw in before.items():
        field = model._meta.get_field(name)
        if field.is_relation:
            values[name] = field.related_model.objects.filter(pk=raw).first() if raw else None
        else:
            values[name] = field.to_python(raw)
    return values


# Where an item's writes are kept (``written``/``undo`` slot → model).
SLOTS: dict[str, type[Any]] = {
    "meeting": Meeting, "chair": Person, "document": Document, "person": Person, "task": KeyTask,
    "shortcoming": Shortcoming, "result": Result, "last_year": Result, "target": Target,
}
# Objects an item created that follow a corrected unit or period rather than being replaced.
MOVABLE = (Meeting, KeyTask, Shortcoming)
UNDO: dict[type[Any], tuple[Callable[[Any, Actor], None], Callable[[Any, Actor, dict[str, Any]], Any]]] = {
    Meeting: (lambda o, by: meeting_delete(meeting=o, by=by),
              lambda o, by, v: meeting_update(meeting=o, by=by, **v)),
    Document: (lambda o, by: document_delete(document=o, by=by),
               lambda o, by, v: document_update(document=o, by=by, **v)),
    Person: (lambda o, by: person_delete(person=o, by=by),
             lambda o, by, v: person_set_titles(person=o, by=by, **v)),
    KeyTask: (lambda o, by: key_task_delete(task=o, by=by),
              lambda o, by, v: key_task_update(task=o, by=by, **v)),
    Shortcoming: (lambda o, by: shortcoming_delete(shortcoming=o, by=by),
                  lambda o, by, v: shortcoming_update(shortcoming=o, by=by, **v)),
    Result: (lambda o, by: result_delete(result=o, by=by),
             lambda o, by, v: result_update(result=o, by=by, **v)),
    Target: (lambda o, by: target_delete(target=o, by=by),
             lambda o, by, v: target_update(target=o, by=by, **v)),
}
