"""Meetings: conferences, sessions and working visits, with chair, attendees and documents adopted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tiendo.audit.services import (
    Actor,
    audit_create,
    audit_update,
    audited_delete,
    audited_update,
    snapshot,
)
from tiendo.catalogue.models import Document, Term
from tiendo.core.errors import refuse
from tiendo.core.services import assign, check_known, lock, raise_all, save_new_version
from tiendo.core.vn import format_date
from tiendo.results.models import Period
from tiendo.units.models import Unit
from tiendo.work.models import Meeting, Person
from tiendo.work.services.people import person_get_or_create

MSG_UNIT_NOT_VALID_ON_DATE = _("Đơn vị “%(value)s” không có hiệu lực vào ngày %(date)s.")
MSG_VISITOR_IS_UNIT = _("Đoàn công tác phải của cấp khác với đơn vị được làm việc.")
MSG_PLAN_BEFORE_REVIEW = _("Kỳ triển khai %(value)s kết thúc trước kỳ đánh giá %(review)s.")
MSG_MEETING_AFTER_TASK_DEADLINES = _(
    "Hội nghị ngày %(value)s đã giao %(count)s nhiệm vụ có hạn trước ngày đó."
)


class MeetingChanges(TypedDict, total=False):
    unit: Unit
    kind: str
    organizer_name: str
    session: int | None
    extended: bool
    term: Term | None
    date: dt.date | None
    review_period: Period | None
    plan_period: Period | None
    chair: Person | str | None
    chair_title: str
    visitor: Unit | None
    attendees: Sequence[Person]
    documents: Sequence[Document]
    conclusions: str
    source_label: str
    source_url: str


def meeting_create(
    *,
    unit: Unit,
    kind: str,
    by: Actor,
    date: dt.date | None = None,
    organizer_name: str = "",
    session: int | None = None,
    extended: bool = False,
    term: Term | None = None,
    review_period: Period | None = None,
    plan_period: Period | None = None,
    chair: Person | str | None = None,
    chair_title: str = "",
    visitor: Unit | None = None,
    attendees: Sequence[Person] = (),
    documents: Sequence[Document] = (),
    conclusions: str = "",
    source_label: str = "",
    source_url: str = "",
    is_sample: bool = False,
) -> Meeting:
    """Record a meeting of ``unit``.

    ``chair`` may be a name: the person is found or created in ``unit`` (see
    ``person_get_or_create``), and ``chair_title`` is added to their titles.
    """
    meeting = Meeting(
        unit=unit,
        kind=kind,
        date=date,
        organizer_name=organizer_name,
        session=session,
        extended=extended,
        term=term,
        review_period=review_period,
        plan_period=plan_period,
        chair_title=chair_title,
        visitor=visitor,
        conclusions=conclusions,
        source_label=source_label,
        source_url=source_url,
        is_sample=is_sample,
    )
    meeting_check(meeting)
    with transaction.atomic():
        meeting.chair = _chair(chair, chair_title, unit, by, is_sample)
        meeting.save()
        meeting.attendees.set(attendees)
        meeting.documents.set(documents)
        audit_create(meeting, by=by, many_to_many=True)
    return meeting


def meeting_update(
    *,
    meeting: Meeting,
    by: Actor,
    expected_version: int | None = None,
    **changes: Unpack[MeetingChanges],
) -> Meeting:
    """Change the given fields of a meeting; returns the saved meeting (re-read under a lock).

    Moving the date past the deadline of a task the meeting set is refused.
    """
    check_known(changes, MeetingChanges)
    with transaction.atomic():
        meeting = lock(meeting, expected_version, changes)
        before = snapshot(meeting, many_to_many=True)
        attendees = changes.pop("attendees", None)
        documents = changes.pop("documents", None)
        chair = changes.pop("chair", meeting.chair)
        assign(meeting, changes)
        meeting_check(meeting)
        meeting.chair = _chair(chair, meeting.chair_title, meeting.unit, by, meeting.is_sample)
        save_new_version(meeting, [*changes, "chair"])
        if attendees is not None:
            meeting.attendees.set(attendees)
        if documents is not None:
            meeting.documents.set(documents)
        audit_update(meeting, before, by=by, many_to_many=True)
    return meeting


def meeting_delete(*, meeting: Meeting, by: Actor, expected_version: int | None = None) -> None:
    """Delete a meeting. The tasks, shortcomings and recommendations it raised are kept,
    unlinked from it, each change with its own audit row."""
    with transaction.atomic():
        current = lock(meeting, expected_version)
        for raised in (*current.tasks.all(), *current.shortcomings.all(),
                       *current.recommendations.all()):
            audited_update(raised, {"meeting": None}, check=lambda _obj: None, by=by)
        audited_delete(current, by=by)


def meeting_check(meeting: Meeting) -> None:
    """Refuse a meeting whose unit, visitor, periods or tasks' deadlines contradict each other."""
    errors: list[ValidationError] = []
    if meeting.date is not None and not meeting.unit.is_valid_on(meeting.date):
        errors.append(
            refuse(
                "unit",
                MSG_UNIT_NOT_VALID_ON_DATE,
                value=str(meeting.unit),
                date=format_date(meeting.date),
            )
        )
    if meeting.visitor_id is not None and meeting.visitor_id == meeting.unit_id:
        errors.append(refuse("visitor", MSG_VISITOR_IS_UNIT, value=str(meeting.visitor)))
    if meeting.pk is not None and meeting.date is not None:
        late = meeting.tasks.filter(deadline__lt=meeting.date).count()
        if late:
            errors.append(
                refuse(
                    "date",
                    MSG_MEETING_AFTER_TASK_DEADLINES,
                    value=format_date(meeting.date),
                    count=late,
                )
            )
    review, plan = meeting.review_period, meeting.plan_period
    if review is not None and plan is not None and plan.end < review.end:
        errors.append(
            refuse("plan_period", MSG_PLAN_BEFORE_REVIEW, value=str(plan), review=str(review))
        )
    raise_all(errors, meeting)


def _chair(
    chair: Person | str | None, title: str, unit: Unit, by: Actor, is_sample: bool
) -> Person | None:
    if chair is None or (isinstance(chair, str) and not chair.strip()):
        return None
    if isinstance(chair, Person):
        if not title or title in chair.titles:
            return chair
        return person_get_or_create(name=chair.name, unit=chair.unit, titles=[title], by=by)
    return person_get_or_create(
        name=chair, unit=unit, titles=[title] if title else [], by=by, is_sample=is_sample
    )
