"""Uploads and reviews: receive a file, read it into a review, record the reviewer's
decisions and corrections, and keep the consistency warnings up to date.

Writing the accepted items into the data is ``tiendo.ingest.accept``. Every change here
writes an audit row (source ``ingest``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import Actor, acting_user, audit_create, audit_record, snapshot
from tiendo.catalogue.models import Indicator
from tiendo.catalogue.services import indicator_create
from tiendo.core.errors import refuse
from tiendo.core.vn import format_number
from tiendo.extract import extract_text
from tiendo.extract.readers import ReadError, read_bytes
from tiendo.extract.text import nfc
from tiendo.ingest.checks import duplicate_checks, figure_checks, meeting_checks
from tiendo.ingest.facts import FigureFacts, decimal_or_none, figure_facts
from tiendo.ingest.items import (
    ACCEPTED,
    PENDING,
    REJECTED,
    ROLE_RESULT,
    ROLE_TARGET,
    SAME_NEW,
    build_items,
    is_high_confidence,
    item_by_key,
)
from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.matching import match_unit, plan_period_key, review_period_key
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.same import propose_same
from tiendo.ingest.storage import content_hash, load, store
from tiendo.results.models import Period
from tiendo.results.periods import parse_code, period_get
from tiendo.units.models import Unit

SOURCE = AuditEntry.Source.INGEST

MSG_EMPTY = _("Tệp “%(value)s” rỗng: không có nội dung nào để đọc.")
MSG_TOO_LARGE = _("Tệp “%(value)s” nặng %(size)s MB, quá giới hạn %(limit)s MB.")
MSG_UNREADABLE = _("Tệp “%(value)s”: %(reason)s.")
MSG_NOT_VIETNAMESE = _(
    "Tệp “%(value)s” không phải văn bản tiếng Việt (chỉ %(share)s%% chữ cái có dấu tiếng Việt)."
)
MSG_NOTHING_FOUND = _(
    "Tệp “%(value)s” không có số liệu hay hội nghị nào để duyệt (không tìm thấy chỉ tiêu, kết quả)."
)
MSG_NO_ITEM = _("Không có mục “%(value)s” trong bản duyệt này.")
MSG_BAD_DECISION = _("Quyết định “%(value)s” không hợp lệ.")
MSG_BAD_VALUE = _("Giá trị “%(value)s” không phải là số.")
MSG_BAD_ROLE = _("Vai trò “%(value)s” không hợp lệ: chọn kết quả thực hiện hoặc chỉ tiêu kế hoạch.")
MSG_BAD_INDICATOR = _("Không có chỉ tiêu số %(value)s trong danh mục.")
MSG_BAD_UNIT = _("Không có đơn vị số %(value)s, hoặc tài khoản không được xem đơn vị này.")
MSG_BAD_SAME = _("“%(value)s” không phải là mục đã có.")
MSG_NOT_CORRECTABLE = _("Mục “%(value)s” không có trường “%(field)s” để sửa.")

# What a reviewer may correct, per kind of item.
CORRECTABLE = {
    "figure": {"value", "uom", "indicator", "role", "unit", "period"},
    "meeting": {"unit", "period", "plan_period"},
    "task": {"same"},
    "shortcoming": {"same"},
}
ROLES = (ROLE_RESULT, ROLE_TARGET)


@dataclass(frozen=True)
class Received:
    upload: Upload
    created: bool


# ---------------------------------------------------------------- upload


def upload_receive(
    *, data: bytes, name: str, by: Actor, unit_hint: Unit | None = None,
    period_hint: Period | None = None,
) -> Received:
    """Keep ``data`` under its hash and record the upload, or return the upload of the same
    bytes received earlier. An empty or oversized file is recorded as failed, its bytes not kept."""
    if len(data) > lexicon().max_bytes:
        return upload_too_large(name=name, size=len(data), digest=content_hash(data), by=by,
                                unit_hint=unit_hint, period_hint=period_hint)
    digest = content_hash(data)
    name = PurePath(name).name or "van-ban.txt"
    error = "" if data.strip() else str(MSG_EMPTY % {"value": name})
    return _record(digest=digest, name=name, size=len(data), by=by, error=error,
                   keep=None if error else data, unit_hint=unit_hint, period_hint=period_hint)


def upload_too_large(
    *, name: str, size: int, digest: str, by: Actor, limit: int | None = None,
    unit_hint: Unit | None = None, period_hint: Period | None = None,
) -> Received:
    """Record a file refused for its size (``size`` bytes, over ``limit``) without its bytes,
    which the caller never read into memory: only their hash, computed as they streamed."""
    limit = limit or lexicon().max_bytes
    name = PurePath(name).name or "van-ban.txt"
    error = str(MSG_TOO_LARGE % {"value": name, "size": format_number(size / 2**20, 1),
                                 "limit": format_number(Decimal(limit) / 2**20)})
    return _record(digest=digest, name=name, size=size, by=by, error=error, keep=None,
                   unit_hint=unit_hint, period_hint=period_hint)


def _record(
    *, digest: str, name: str, size: int, by: Actor, error: str, keep: bytes | None,
    unit_hint: Unit | None, period_hint: Period | None,
) -> Received:
    existing = Upload.objects.filter(sha256=digest).first()
    if existing is not None:
        return Received(existing, created=False)
    with transaction.atomic():
        upload = Upload.objects.create(
            sha256=digest, name=name[:255], size=size, path=store(keep, digest) if keep else "",
            uploaded_by=acting_user(by), unit_hint=unit_hint, period_hint=period_hint,
            status=Upload.Status.FAILED if error else Upload.Status.QUEUED, error=error,
        )
        audit_create(upload, by=by, source=SOURCE)
    return Received(upload, created=True)


def upload_process(upload: Upload, *, progress: Callable[[int], None] | None = None) -> Review | None:
    """Read the upload, extract, match and check it into a review; on bad input record the
    reason on the upload and return None. Idempotent: a ready upload returns its review."""
    if upload.status == Upload.Status.FAILED:
        return None
    existing = Review.objects.filter(upload=upload).first()
    if existing is not None:
        return existing
    _progress(upload, Upload.Status.RUNNING, 10, progress)
    try:
        text = nfc(read_bytes(load(upload.path), upload.name, PurePath(upload.name).suffix.lower()))
    except ReadError as exc:
        return _fail(upload, str(MSG_UNREADABLE % {"value": upload.name, "reason": _read_reason(exc)}))
    share = vietnamese_share(text)
    if share < lexicon().vietnamese_min_share:
        return _fail(upload, str(MSG_NOT_VIETNAMESE % {
            "value": upload.name, "share": format_number(share * 100, 1)}))
    _progress(upload, Upload.Status.RUNNING, 40, progress)
    record = extract_text(text, source=upload.name)
    if not record.figures:
        return _fail(upload, str(MSG_NOTHING_FOUND % {"value": upload.name}))
    _progress(upload, Upload.Status.RUNNING, 70, progress)
    meeting = record.meeting
    review_key = review_period_key(meeting.review.to_json() if meeting and meeting.review else None)
    review_period = upload.period_hint or (period_get(review_key) if review_key else None)
    plan_key = plan_period_key(meeting.plan.to_json() if meeting and meeting.plan else None, review_key)
    if upload.unit_hint is not None:
        unit, confidence = upload.unit_hint, 1.0
    else:
        match = match_unit(meeting.organizer if meeting else None, period=review_period, text=text)
        unit = Unit.objects.get(pk=match.id) if match else None
        confidence = match.confidence if match else 0.0
    with transaction.atomic():
        review = Review(
            upload=upload, text=text, record=record.to_json(), items=build_items(record, text),
            unit=unit, unit_confidence=confidence if review_period else 0.0,
            review_period=review_period, plan_period=period_get(plan_key) if plan_key else None,
        )
        review_refresh(review)
        review.save()
        audit_record(obj=review, action=AuditEntry.Action.CREATE, by=upload.uploaded_by,
                     source=SOURCE, unit_id=review.unit_id,
                     changes={"upload": [None, upload.pk], "items": [None, len(review.items)]})
        _progress(upload, Upload.Status.READY, 100, progress)
    return review


def vietnamese_share(text: str) -> float:
    """The share of letters that only Vietnamese writes (0 for a text without letters)."""
    letters = [ch for ch in text.casefold() if ch.isalpha()]
    if not letters:
        return 0.0
    marked = lexicon().vietnamese_letters
    return sum(ch in marked for ch in letters) / len(letters)


def _read_reason(exc: ReadError) -> str:
    for fragment, message in lexicon().read_errors:
        if fragment in exc.reason:
            return message
    return exc.reason


def _progress(upload: Upload, status: str, percent: int, report: Callable[[int], None] | None) -> None:
    upload.status, upload.progress = status, percent
    upload.save(update_fields=["status", "progress"])
    if report is not None:
        report(percent)


def _fail(upload: Upload, message: str) -> None:
    upload.status, upload.error, upload.progress = Upload.Status.FAILED, message, 100
    upload.save(update_fields=["status", "error", "progress"])
    return None


# ---------------------------------------------------------------- review state


def review_refresh(review: Review) -> None:
    """Recompute the proposals that depend on the data (the existing tasks and shortcomings
    an item restates) and the warnings, from the items as corrected (not saved here)."""
    propose_same(review)
    warnings: list[dict[str, Any]] = []
    written_results = _written_ids(review, "result", "last_year")
    written_targets = _written_ids(review, "target")
    figures = figure_facts_all(review)
    for item, facts in figures:
        warnings += figure_checks(item, facts, review.text, exclude_results=written_results,
                                  exclude_targets=written_targets)
    warnings += duplicate_checks(figures, review.text)
    meeting = review.record.get("meeting") or {}
    meeting_item = next((i for i in review.items if i["kind"] == "meeting"), None)
    warnings += meeting_checks(meeting_item["key"] if meeting_item else "", meeting.get("date"),
                               review.review_period)
    review.warnings = warnings


def figure_facts_all(review: Review) -> list[tuple[dict[str, Any], FigureFacts]]:
    """Every figure item with its facts, the indicators and units read in two queries."""
    figures = [item for item in review.items if item["kind"] == "figure"]
    indicator_ids = {
        int(i["correction"].get("indicator") or (i["proposal"].get("indicator") or {}).get("id") or 0)
        for i in figures
    }
    unit_ids = {int(i["correction"]["unit"]) for i in figures if i["correction"].get("unit")}
    indicators = Indicator.objects.in_bulk(indicator_ids - {0})
    units = Unit.objects.in_bulk(unit_ids)
    return [
        (item, figure_facts(item, indicators=indicators, units=units, unit=review.unit,
                            period=review.review_period))
        for item in figures
    ]


def _written_ids(review: Review, *names: str) -> set[int]:
    return {int(item["written"][n]) for item in review.items for n in names if item["written"].get(n)}


def review_decide(*, review: Review, key: str, decision: str, by: Actor) -> Review:
    """Accept, reject or reopen one item (nothing is written into the data until accept)."""
    if decision not in (ACCEPTED, REJECTED, PENDING):
        raise refuse("decision", MSG_BAD_DECISION, value=decision)
    return _change(review, by, lambda items: _set_decision(items, key, decision))


def review_accept_high(*, review: Review, by: Actor) -> int:
    """Mark every pending high-confidence item accepted; returns how many."""
    count = 0

    def mark(items: list[dict[str, Any]]) -> None:
        nonlocal count
        for item in items:
            if item["decision"] == PENDING and is_high_confidence(item, review.unit_confidence):
                item["decision"] = ACCEPTED
                count += 1

    _change(review, by, mark)
    return count


def review_correct(
    *, review: Review, key: str, changes: dict[str, str], by: Actor,
    visible_units: Callable[[], Any] | None = None,
) -> Review:
    """Correct one item (see ``CORRECTABLE``); the item is then accepted. The meeting's unit
    and periods are the whole review's. ``visible_units`` limits the units one may choose."""
    item = item_by_key(review.items, key)
    if item is None:
        raise refuse("key", MSG_NO_ITEM, value=key)
    clean = _clean_correction(item, {k: v for k, v in changes.items() if v not in (None, "")},
                              visible_units)
    if item["kind"] == "meeting":
        review = _review_fields(review, clean, by)
        clean = {}

    def apply(items: list[dict[str, Any]]) -> None:
        target = item_by_key(items, key)
        assert target is not None
        target["correction"] = {**target["correction"], **clean}
        target["decision"] = ACCEPTED

    return _change(review, by, apply)


def indicator_create_for_item(
    *, review: Review, key: str, name: str, uom: str, field: str, by: Actor
) -> Indicator:
    """A new catalogue indicator for an unmatched figure, its text kept as a synonym; the
    figure is corrected to use it."""
    item = item_by_key(review.items, key)
    if item is None or item["kind"] != "figure":
        raise refuse("key", MSG_NO_ITEM, value=key)
    with transaction.atomic():
        indicator = indicator_create(name=name, uom=uom, field=field, by=by,
                                     synonyms=[item["label"]] if item["label"] != name else [])
        review_correct(review=review, key=key, changes={"indicator": str(indicator.pk)}, by=by)
    return indicator


def proposed_uom(item: dict[str, Any]) -> str:
    """The unit of measure a new indicator for this figure would have: the catalogue's name
    for the extractor's unit (VND → tỷ đồng), else the extractor's unit itself."""
    raw = item["data"].get("unit") or ""
    rule = next((r for r in lexicon().uoms if r.source == raw), None)
    return rule.target if rule else raw


def _clean_correction(
    item: dict[str, Any], changes: dict[str, str], visible_units: Callable[[], Any] | None
) -> dict[str, Any]:
    allowed = CORRECTABLE.get(item["kind"], set())
    clean: dict[str, Any] = {}
    for field, raw in changes.items():
        if field not in allowed:
            raise refuse(field, MSG_NOT_CORRECTABLE, value=item["label"], field=field)
        if field == "value":
            number = decimal_or_none(raw)
            if number is None:
                raise refuse("value", MSG_BAD_VALUE, value=raw)
            clean["value"] = format(number.normalize(), "f")
        elif field == "role":
            if item["kind"] == "figure" and raw not in ROLES:
                raise refuse("role", MSG_BAD_ROLE, value=raw)
            clean["role"] = raw.strip()
        elif field == "indicator":
            if not raw.isdigit() or not Indicator.objects.filter(pk=int(raw)).exists():
                raise refuse("indicator", MSG_BAD_INDICATOR, value=raw)
            clean["indicator"] = int(raw)
        elif field == "uom":
            clean["uom"] = " ".join(raw.split())
        elif field == "same":
            # An existing one's id, or "new": the item is not the same as any existing one.
            if raw != SAME_NEW and not raw.isdigit():
                raise refuse("same", MSG_BAD_SAME, value=raw)
            clean["same"] = raw
        elif field == "unit":
            units = visible_units() if visible_units else Unit.objects.all()
            if not raw.isdigit() or not units.filter(pk=int(raw)).exists():
                raise refuse("unit", MSG_BAD_UNIT, value=raw)
            clean["unit"] = int(raw)
        else:
            clean[field] = parse_code(raw).code
    return clean


def _review_fields(review: Review, clean: dict[str, Any], by: Actor) -> Review:
    with transaction.atomic():
        review = Review.objects.select_for_update().get(pk=review.pk)
        before = snapshot(review)
        if "unit" in clean:
            review.unit_id, review.unit_confidence = clean["unit"], 1.0
        if "period" in clean:
            review.review_period = period_get(clean["period"])
            review.unit_confidence = 1.0 if review.unit_id else 0.0
        if "plan_period" in clean:
            review.plan_period = period_get(clean["plan_period"])
        review.version += 1
        review_refresh(review)
        review.save()
        after = snapshot(review)
        changes = {k: [before[k], after[k]] for k in ("unit_id", "review_period_id", "plan_period_id")
                   if before[k] != after[k]}
        if changes:
            audit_record(obj=review, action=AuditEntry.Action.UPDATE, by=by, source=SOURCE,
                         unit_id=review.unit_id, changes=changes)
    return review


def _set_decision(items: list[dict[str, Any]], key: str, decision: str) -> None:
    item = item_by_key(items, key)
    if item is None:
        raise refuse("key", MSG_NO_ITEM, value=key)
    item["decision"] = decision


def _change(review: Review, by: Actor, mutate: Callable[[list[dict[str, Any]]], None]) -> Review:
    """Apply ``mutate`` to the items under a lock; the audit row holds only what changed:
    ``{item key: [[decision, correction] before, after]}``."""
    with transaction.atomic():
        review = Review.objects.select_for_update().get(pk=review.pk)
        before = {i["key"]: [i["decision"], dict(i["correction"])] for i in review.items}
        mutate(review.items)
        review.version += 1
        review_refresh(review)
        review.save()
        changes = {
            i["key"]: [before[i["key"]], [i["decision"], i["correction"]]]
            for i in review.items if before[i["key"]] != [i["decision"], i["correction"]]
        }
        if changes:
            audit_record(obj=review, action=AuditEntry.Action.UPDATE, by=by, source=SOURCE,
                         unit_id=review.unit_id, changes=changes)
    return review

