"""Key tasks: create, update, complete, carry over to a later period, and their progress notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.audit.models import AuditEntry
from tiendo.audit.services import (
    Actor,
    acting_user,
    audit_create,
    audit_record,
    audit_update,
    audited_delete,
    diff,
    snapshot,
)
from tiendo.catalogue.models import Document
from tiendo.core.errors import refuse
from tiendo.core.search import search_text
from tiendo.core.services import assign, check_known, lock, nfc, raise_all, save_new_version
from tiendo.core.vn import format_date
from tiendo.results.models import Period
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, ProgressNote
from tiendo.work.services._common import MSG_TEXT_EMPTY

MSG_TITLE_EMPTY = _("Chưa nhập nội dung nhiệm vụ.")
MSG_DEADLINE_BEFORE_MEETING = _(
    "Hạn hoàn thành %(value)s trước ngày hội nghị giao nhiệm vụ (%(meeting_date)s)."
)
MSG_DEADLINE_BEFORE_PERIOD = _("Hạn hoàn thành %(value)s trước khi kỳ %(period)s bắt đầu.")
MSG_COMPLETED_ON_WITHOUT_DONE = _(
    "Có ngày hoàn thành %(value)s nhưng trạng thái không phải “Hoàn thành”."
)
MSG_COMPLETED_IN_FUTURE = _("Ngày hoàn thành %(value)s chưa đến.")
MSG_ALREADY_DONE = _("Nhiệm vụ đã hoàn thành ngày %(value)s.")
MSG_COMPLETE_CANCELLED = _("Nhiệm vụ đã dừng thực hiện, không thể đánh dấu hoàn thành.")
MSG_LEAD_UNIT_NOT_VALID = _("Đơn vị chủ trì “%(value)s” không có hiệu lực vào hạn %(date)s.")
MSG_COORDINATING_UNIT_NOT_VALID = _(
    "Đơn vị phối hợp “%(value)s” không có hiệu lực vào hạn %(date)s."
)
MSG_LEAD_ALSO_COORDINATING = _("“%(value)s” đã là đơn vị chủ trì, không thể đồng thời phối hợp.")
MSG_CARRY_OVER_FINISHED = _(
    "Nhiệm vụ ở trạng thái “%(value)s”: chỉ chuyển tiếp nhiệm vụ chưa hoàn thành."
)
MSG_ALREADY_CARRIED_OVER = _("Nhiệm vụ đã được chuyển tiếp sang kỳ %(value)s.")
MSG_CARRY_OVER_NOT_LATER = _("Kỳ chuyển tiếp %(value)s phải sau kỳ %(current)s của nhiệm vụ.")
MSG_PERCENT_RANGE = _("Tỷ lệ hoàn thành %(value)s%% không hợp lệ: phải từ 0 đến 100.")
MSG_NOTE_IN_FUTURE = _("Ngày ghi nhận tiến độ %(value)s chưa đến.")
MSG_TASK_HAS_NOTES = _(
    "Nhiệm vụ “%(value)s” đã có %(count)s ghi nhận tiến độ: không xóa được, hãy chuyển trạng thái."
)

# KeyTask.search_text is a TextField; this only bounds a pathological title.
_SEARCH_LENGTH = 4000
_FINISHED = (KeyTask.Status.DONE, KeyTask.Status.CANCELLED)


class KeyTaskChanges(TypedDict, total=False):
    title: str
    unit: Unit
    lead_unit: Unit | None
    coordinating_units: Sequence[Unit]
    field: str
    period: Period | None
    deadline: dt.date | None
    status: str
    completed_on: dt.date | None
    meeting: Meeting | None
    document: Document | None
    source_label: str


def key_task_create(
    *,
    unit: Unit,
    title: str,
    by: Actor,
    lead_unit: Unit | None = None,
    coordinating_units: Sequence[Unit] = (),
    field: str = "",
    period: Period | None = None,
    deadline: dt.date | None = None,
    status: str = KeyTask.Status.NOT_STARTED,
    completed_on: dt.date | None = None,
    meeting: Meeting | None = None,
    document: Document | None = None,
    source_label: str = "",
    carried_over_from: KeyTask | None = None,
    is_sample: bool = False,
) -> KeyTask:
    """Create a key task of ``unit`` (the unit that sets it), led by ``lead_unit``.

    Raises ValidationError when the task contradicts itself (see ``key_task_check``).
    """
    task = KeyTask(
        unit=unit,
        title=nfc(title),
        lead_unit=lead_unit,
        field=field,
        period=period,
        deadline=deadline,
        status=status,
        completed_on=completed_on,
        meeting=meeting,
        document=document,
        source_label=source_label,
        carried_over_from=carried_over_from,
        is_sample=is_sample,
    )
    key_task_check(task, coordinating_units=coordinating_units)
    task.search_text = key_task_search_text(task)
    with transaction.atomic():
        task.save()
        task.coordinating_units.set(coordinating_units)
        audit_create(
            task, by=by, reason=_carry_over_reason(carried_over_from), many_to_many=True
        )
    return task


def key_task_update(
    *,
    task: KeyTask,
    by: Actor,
    expected_version: int | None = None,
    **changes: Unpack[KeyTaskChanges],
) -> KeyTask:
    """Change the given fields of a task; returns the saved task (re-read under a lock)."""
    check_known(changes, KeyTaskChanges)
    with transaction.atomic():
        task = lock(task, expected_version, changes)
        before = snapshot(task, many_to_many=True)
        coordinating = changes.pop("coordinating_units", None)
        if "title" in changes:
            changes["title"] = nfc(changes["title"])
        assign(task, changes)
        key_task_check(
            task,
            coordinating_units=list(task.coordinating_units.all())
            if coordinating is None
            else coordinating,
        )
        task.search_text = key_task_search_text(task)
        save_new_version(task, [*changes, "search_text"])
        if coordinating is not None:
            task.coordinating_units.set(coordinating)
        audit_update(task, before, by=by, many_to_many=True)
    return task


def key_task_delete(*, task: KeyTask, by: Actor, expected_version: int | None = None) -> None:
    """Delete a task that has no progress recorded; one with notes is refused (its history
    would be lost)."""
    with transaction.atomic():
        current = lock(task, expected_version)
        notes = current.notes.count()
        if notes:
            raise refuse("task", MSG_TASK_HAS_NOTES, value=current.title[:80], count=notes)
        audited_delete(current, by=by)


def key_task_complete(
    *,
    task: KeyTask,
    by: Actor,
    completed_on: dt.date | None = None,
    expected_version: int | None = None,
) -> KeyTask:
    """Mark a task done on ``completed_on`` (today by default).

    Refused for a task already done or cancelled; whether it was done late is read
    from ``completed_on`` against the deadline, not stored.
    """
    with transaction.atomic():
        current = lock(task, expected_version, ["status", "completed_on"])
        if current.status == KeyTask.Status.DONE:
            raise refuse("status", MSG_ALREADY_DONE, value=format_date(current.completed_on))
        if current.status == KeyTask.Status.CANCELLED:
            raise refuse("status", MSG_COMPLETE_CANCELLED, value=current.get_status_display())
        return key_task_update(
            task=current,
            by=by,
            status=KeyTask.Status.DONE,
            completed_on=completed_on or timezone.localdate(),
        )


def key_task_carry_over(
    *,
    task: KeyTask,
    period: Period,
    by: Actor,
    deadline: dt.date | None = None,
    lead_unit: Unit | None = None,
    coordinating_units: Sequence[Unit] | None = None,
    meeting: Meeting | None = None,
) -> KeyTask:
    """Carry an unfinished task into a later ``period`` as a new task; returns the new task.

    The old task is left exactly as it was (its status records how the old period
    ended); the new one points back to it through ``carried_over_from``. The new task
    keeps the old lead and coordinating units unless others are given, and its deadline
    is the end of ``period`` unless one is given. A task is carried over at most once.
    """
    with transaction.atomic():
        old = lock(task, None)
        if old.status in _FINISHED:
            raise refuse("status", MSG_CARRY_OVER_FINISHED, value=old.get_status_display())
        already = old.carried_over_to.select_related("period").first()
        if already is not None:
            raise refuse("task", MSG_ALREADY_CARRIED_OVER, value=str(already.period or ""))
        if old.period is not None and period.end <= old.period.end:
            raise refuse(
                "period", MSG_CARRY_OVER_NOT_LATER, value=str(period), current=str(old.period)
            )
        return key_task_create(
            unit=old.unit,
            title=old.title,
            by=by,
            lead_unit=lead_unit or old.lead_unit,
            coordinating_units=list(old.coordinating_units.all())
            if coordinating_units is None
            else coordinating_units,
            field=old.field,
            period=period,
            deadline=deadline or period.end,
            status=KeyTask.Status.IN_PROGRESS
            if old.status == KeyTask.Status.IN_PROGRESS
            else KeyTask.Status.NOT_STARTED,
            meeting=meeting,
            document=old.document,
            source_label=old.source_label,
            carried_over_from=old,
            is_sample=old.is_sample,
        )


def key_task_add_note(
    *,
    task: KeyTask,
    text: str,
    by: Actor,
    date: dt.date | None = None,
    percent: int | None = None,
) -> ProgressNote:
    """Record progress on a task (``date`` defaults to today). The task itself is unchanged."""
    note = ProgressNote(
        task=task,
        text=nfc(text),
        date=date or timezone.localdate(),
        percent=percent,
        by=acting_user(by),
    )
    progress_note_check(note)
    with transaction.atomic():
        note.save()
        # Notes have no unit of their own: file the entry under the task's unit.
        audit_record(
            obj=note,
            action=AuditEntry.Action.CREATE,
            by=by,
            unit_id=task.unit_id,
            changes=diff({}, snapshot(note)),
        )
    return note


def key_task_search_text(task: KeyTask) -> str:
    """The accent-free text the task is found by (``xay dung nong thon moi``)."""
    return search_text([task.title], max_length=_SEARCH_LENGTH)


def key_task_check(task: KeyTask, *, coordinating_units: Sequence[Unit] = ()) -> None:
    """Refuse a task that contradicts itself; used by the services and the admin forms."""
    errors: list[ValidationError] = []
    if not task.title or not task.title.strip():
        errors.append(refuse("title", MSG_TITLE_EMPTY, value=task.title))
    today = timezone.localdate()
    if task.completed_on is not None:
        if task.status != KeyTask.Status.DONE:
            errors.append(
                refuse(
                    "completed_on",
                    MSG_COMPLETED_ON_WITHOUT_DONE,
                    value=format_date(task.completed_on),
                )
            )
        if task.completed_on > today:
            errors.append(
                refuse(
                    "completed_on", MSG_COMPLETED_IN_FUTURE, value=format_date(task.completed_on)
                )
            )
    if task.deadline is not None:
        errors += _deadline_errors(task, coordinating_units)
    raise_all(errors, task)


def progress_note_check(note: ProgressNote) -> None:
    """Refuse a progress note with no text, a percent outside 0–100, or a date yet to come."""
    errors: list[ValidationError] = []
    if not note.text or not note.text.strip():
        errors.append(refuse("text", MSG_TEXT_EMPTY, value=note.text))
    if note.percent is not None and not 0 <= note.percent <= 100:
        errors.append(refuse("percent", MSG_PERCENT_RANGE, value=note.percent))
    if note.date is not None and note.date > timezone.localdate():
        errors.append(refuse("date", MSG_NOTE_IN_FUTURE, value=format_date(note.date)))
    raise_all(errors, note)


def _deadline_errors(task: KeyTask, coordinating_units: Sequence[Unit]) -> list[ValidationError]:
    deadline = task.deadline
    assert deadline is not None
    errors = []
    shown = format_date(deadline)
    if task.meeting is not None and task.meeting.date and deadline < task.meeting.date:
        errors.append(
            refuse(
                "deadline",
                MSG_DEADLINE_BEFORE_MEETING,
                value=shown,
                meeting_date=format_date(task.meeting.date),
            )
        )
    if task.period is not None and deadline < task.period.start:
        errors.append(
            refuse("deadline", MSG_DEADLINE_BEFORE_PERIOD, value=shown, period=str(task.period))
        )
    if task.lead_unit is not None and not task.lead_unit.is_valid_on(deadline):
        errors.append(
            refuse("lead_unit", MSG_LEAD_UNIT_NOT_VALID, value=str(task.lead_unit), date=shown)
        )
    for unit in coordinating_units:
        if unit.pk == task.lead_unit_id:
            errors.append(refuse("coordinating_units", MSG_LEAD_ALSO_COORDINATING, value=str(unit)))
        elif not unit.is_valid_on(deadline):
            errors.append(
                refuse(
                    "coordinating_units",
                    MSG_COORDINATING_UNIT_NOT_VALID,
                    value=str(unit),
                    date=shown,
                )
            )
    return errors


def _carry_over_reason(old: KeyTask | None) -> str:
    return "" if old is None else f"Chuyển tiếp từ nhiệm vụ #{old.pk} ({old.period or ''})"
