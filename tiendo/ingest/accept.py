"""Accepting a review: every accepted item written into the data in one transaction, through
the domain services (and so the audit trail), with the upload as provenance.

What an item wrote is kept in its ``written`` (object ids), so accepting again after a
correction updates those objects instead of creating new ones. An existing object for the
same thing (the demo's meeting, a result of the same value without a sentence) is taken
over rather than duplicated. Any refusal rolls the whole review back; the reasons are kept
on the items (``errors``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, acting_user, audit_record
from tiendo.catalogue.models import Document
from tiendo.catalogue.selectors import document_by_number_symbol, term_covering
from tiendo.catalogue.services import document_create
from tiendo.core.vn import format_change, format_number, format_percent
from tiendo.ingest.facts import FigureFacts
from tiendo.ingest.items import ACCEPTED, REJECTED, ROLE_TARGET
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
from tiendo.work.models import KeyTask, Meeting, Shortcoming
from tiendo.work.services import (
    key_task_create,
    key_task_update,
    meeting_create,
    meeting_update,
    person_get_or_create,
    shortcoming_create,
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
            person = person_get_or_create(name=item["data"]["name"], unit=unit,
                                          titles=item["data"]["titles"], by=self.by)
            item["written"]["person"] = person.pk
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
        existing = self._written(Meeting, item, "meeting") or Meeting.objects.filter(
            unit=unit, kind=kind, review_period=review_period).first()
        if existing is not None:
            kept = {k: v for k, v in fields.items() if v not in (None, "")}
            meeting = meeting_update(meeting=existing, by=self.by, **kept)
            self._count(False)
        else:
            meeting = meeting_create(unit=unit, kind=kind, review_period=review_period, by=self.by,
                                     **fields)
            self._count(True)
        item["written"]["meeting"] = meeting.pk
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
            found = document_create(
                by=self.by, kind=kind, number_symbol=number if "/" in number else "", date=date,
                issuer_name=data.get("issuer") or "", title="" if "/" in number else title,
                source_label=self._label(),
            )
            self._count(True)
        item["written"]["document"] = found.pk

    def _task(self, item: dict[str, Any], unit: Unit) -> None:
        plan = self.review.plan_period
        if plan is None:
            raise ValidationError(str(MSG_NO_PLAN_PERIOD))
        title = item["data"]["text"]
        task = self._written(KeyTask, item, "task") or KeyTask.objects.filter(
            unit=unit, period=plan, title=title).first()
        if task is None:
            task = key_task_create(unit=unit, title=title, period=plan, deadline=plan.end,
                                   meeting=self.meeting, by=self.by,
                                   source_label=self._label())
            self._count(True)
        elif task.title != title or task.period_id != plan.pk:
            task = key_task_update(task=task, by=self.by, title=title, period=plan, deadline=plan.end)
            self._count(False)
        item["written"]["task"] = task.pk

    def _shortcoming(self, item: dict[str, Any], unit: Unit) -> None:
        period = self._period()
        text = item["data"]["text"]
        found = self._written(Shortcoming, item, "shortcoming") or Shortcoming.objects.filter(
            unit=unit, period=period, text=text).first()
        if found is None:
            found = shortcoming_create(unit=unit, period=period, text=text, meeting=self.meeting,
                                       by=self.by,
                                       source_label=self._label())
            self._count(True)
        elif found.text != text or found.period_id != period.pk:
            found = shortcoming_update(shortcoming=found, by=self.by, text=text, period=period)
            self._count(False)
        item["written"]["shortcoming"] = found.pk

    # -------------------------------------------------------------- figures

    def _figure(self, item: dict[str, Any], facts: FigureFacts) -> None:
        if not facts.complete:
            raise ValidationError(str(MSG_FIGURE_INCOMPLETE))
        assert facts.indicator and facts.unit and facts.period and facts.value is not None
        provenance = self._provenance(item)
        if facts.role == ROLE_TARGET:
            self._drop(item, "result", "last_year")
            year = period_get(year_key(facts.period))
            item["written"]["target"] = self._target(
                item, facts, year, facts.value, Target.Source.YEARLY_PLAN, derived=False, note="")
            return
        result = self._result(item, "result", facts, facts.period, facts.value, provenance,
                              derived=False, note="")
        item["written"]["result"] = result
        if facts.pct_of_plan:
            year = period_get(year_key(facts.period))
            note = str(NOTE_PLAN_IMPLIED) % {
                "value": format_number(facts.value), "uom": facts.indicator.uom,
                "pct": format_percent(facts.pct_of_plan), "plan": facts.plan_phrase or _("kế hoạch"),
            }
            target = self._target(item, facts, year, implied_plan(facts.value, facts.pct_of_plan),
                                  facts.plan_source, derived=True, note=note)
            item["written"]["target"] = target
        else:
            self._drop(item, "target")
        if facts.yoy_pct is not None or facts.yoy_abs is not None:
            try:
                last = implied_last_year(facts.value, yoy_pct=facts.yoy_pct,
                                         yoy_abs=None if facts.yoy_pct is not None else facts.yoy_abs)
            except ValueError:
                return
            change = (format_change(facts.yoy_pct) if facts.yoy_pct is not None
                      else f"{format_number(facts.yoy_abs)} {facts.indicator.uom}")
            note = str(NOTE_LAST_YEAR) % {"period": facts.period, "change": change}
            last_period = period_get(same_period_last_year(facts.period))
            if not _valid_during(facts.unit, last_period):
                # A unit created since (the 2025 communes) has no last year to imply.
                self._drop(item, "last_year")
                return
            item["written"]["last_year"] = self._result(
                item, "last_year", facts, last_period, last, provenance, derived=True, note=note)
        else:
            self._drop(item, "last_year")

    def _result(self, item: dict[str, Any], slot: str, facts: FigureFacts, period: Period,
                value: Decimal, provenance: dict[str, Any], *, derived: bool, note: str) -> int | None:
        """Create or update the text result for ``slot`` (the figure's own, or last year's
        derived one). A derived value never overrides a result reported from elsewhere."""
        assert facts.indicator and facts.unit
        mine = self._written(Result, item, slot)
        if mine is not None and (mine.unit_id, mine.indicator_id, mine.period_id) != (
            facts.unit.pk, facts.indicator.pk, period.pk
        ):
            result_delete(result=mine, by=self.by)
            mine = None
        same = Result.objects.filter(unit=facts.unit, indicator=facts.indicator, period=period)
        if mine is None:
            mine = same.filter(provenance=Result.Provenance.TEXT).first()
        if mine is None:
            others = same.exclude(provenance=Result.Provenance.TEXT)
            if derived and others.exists():
                return None
            # A result of the same value without its sentence (the demo's): give it the sentence.
            mine = others.filter(value=value, evidence="").first()
        fields = {"value": value, "estimated": facts.estimated and not derived, "derived": derived,
                  "note": note, **provenance}
        if mine is not None:
            result_update(result=mine, by=self.by, **fields)
            self._count(False)
            return mine.pk
        created = result_create(unit=facts.unit, indicator=facts.indicator, period=period,
                                provenance=Result.Provenance.TEXT, by=self.by, **fields)
        self._count(True)
        return created.pk

    def _target(self, item: dict[str, Any], facts: FigureFacts, year: Period, value: Decimal,
                source: str, *, derived: bool, note: str) -> int | None:
        """Create or update the target; a target given outright (not derived) is never
        overwritten by a derived one (the consistency check names the difference)."""
        assert facts.indicator and facts.unit
        mine = self._written(Target, item, "target")
        if mine is not None and (mine.unit_id, mine.indicator_id, mine.period_id, mine.source) != (
            facts.unit.pk, facts.indicator.pk, year.pk, source
        ):
            target_delete(target=mine, by=self.by)
            mine = None
        if mine is None:
            mine = Target.objects.filter(unit=facts.unit, indicator=facts.indicator, period=year,
                                         source=source).first()
            if mine is not None and not mine.derived and derived:
                return None
        if mine is not None:
            target_update(target=mine, by=self.by, value=value, derived=derived, note=note)
            self._count(False)
            return mine.pk
        created = target_create(indicator=facts.indicator, unit=facts.unit, period=year, value=value,
                                source=source, derived=derived, note=note, by=self.by)
        self._count(True)
        return created.pk

    # -------------------------------------------------------------- undoing

    def _written(self, model: type[Any], item: dict[str, Any], slot: str) -> Any:
        pk = item["written"].get(slot)
        return model.objects.filter(pk=pk).first() if pk else None

    def _drop(self, item: dict[str, Any], *slots: str) -> None:
        """Delete the results and targets an earlier accept wrote in these slots."""
        for slot in slots:
            if slot == "target":
                target = self._written(Target, item, slot)
                if target is not None and target.derived:
                    target_delete(target=target, by=self.by)
            else:
                result = self._written(Result, item, slot)
                if result is not None and result.provenance == Result.Provenance.TEXT:
                    result_delete(result=result, by=self.by)
            item["written"].pop(slot, None)

    def _undo(self, item: dict[str, Any]) -> None:
        """A rejected figure takes back the results and derived targets it wrote; other kinds
        keep what they wrote (meetings, tasks and documents may be in use by then)."""
        if item["kind"] == "figure" and item["written"]:
            try:
                with transaction.atomic():
                    self._drop(item, "result", "last_year", "target")
            except ValidationError as exc:
                self.errors[item["key"]] = _messages(exc)
