"""Recommendations a unit sends to the level above, and their answers."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiendo.audit.services import Actor, audit_create, audited_update
from tiendo.core.errors import refuse
from tiendo.core.services import check_known, nfc, raise_all
from tiendo.core.vn import format_date
from tiendo.units.models import Unit
from tiendo.work.models import Meeting, Recommendation
from tiendo.work.services._common import MSG_TEXT_EMPTY

MSG_RECOMMENDATION_TO_SELF = _("Đơn vị không thể gửi kiến nghị cho chính mình.")
MSG_ANSWER_EMPTY = _("Kiến nghị ở trạng thái “%(value)s” phải có nội dung trả lời.")
MSG_ANSWER_STATUS_OPEN = _("Trả lời kiến nghị phải chọn trạng thái khác “Chưa trả lời”.")
MSG_ANSWER_WHILE_OPEN = _(
    "Kiến nghị đã có trả lời hoặc ngày trả lời nhưng trạng thái là “Chưa trả lời”."
)
MSG_ANSWERED_IN_FUTURE = _("Ngày trả lời %(value)s chưa đến.")
MSG_ANSWERED_BEFORE_MEETING = _(
    "Ngày trả lời %(value)s trước ngày hội nghị nêu kiến nghị (%(meeting_date)s)."
)

_NEEDS_ANSWER = (Recommendation.Status.ANSWERED, Recommendation.Status.DECLINED)


class RecommendationChanges(TypedDict, total=False):
    from_unit: Unit
    to_unit: Unit | None
    meeting: Meeting | None
    topic: str
    text: str
    answer: str
    answered_on: dt.date | None
    status: str


def recommendation_create(
    *,
    from_unit: Unit,
    text: str,
    by: Actor,
    to_unit: Unit | None = None,
    meeting: Meeting | None = None,
    topic: str = "",
    is_sample: bool = False,
) -> Recommendation:
    """Record what ``from_unit`` asks of ``to_unit`` (usually the level above); it starts open."""
    recommendation = Recommendation(
        from_unit=from_unit,
        to_unit=to_unit,
        meeting=meeting,
        topic=topic,
        text=nfc(text),
        is_sample=is_sample,
    )
    recommendation_check(recommendation)
    with transaction.atomic():
        recommendation.save()
        audit_create(recommendation, by=by, many_to_many=True)
    return recommendation


def recommendation_answer(
    *,
    recommendation: Recommendation,
    answer: str,
    by: Actor,
    status: str = Recommendation.Status.ANSWERED,
    answered_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Recommendation:
    """Answer a recommendation on ``answered_on`` (today by default) and set its status.

    ``status`` is answered, resolved or declined; an answered or declined one needs
    the answer's text.
    """
    if status == Recommendation.Status.OPEN:
        raise refuse("status", MSG_ANSWER_STATUS_OPEN, value=status)
    return recommendation_update(
        recommendation=recommendation,
        by=by,
        expected_version=expected_version,
        answer=nfc(answer),
        status=status,
        answered_on=answered_on or timezone.localdate(),
    )


def recommendation_update(
    *,
    recommendation: Recommendation,
    by: Actor,
    expected_version: int | None = None,
    **changes: Unpack[RecommendationChanges],
) -> Recommendation:
    """Change the given fields; returns the saved recommendation (re-read under a lock)."""
    check_known(changes, RecommendationChanges)
    return audited_update(
        recommendation, changes, check=recommendation_check, by=by, expected_version=expected_version,
        many_to_many=True,
    )


def recommendation_check(recommendation: Recommendation) -> None:
    """Refuse a recommendation whose status, answer and dates disagree."""
    rec = recommendation
    errors: list[ValidationError] = []
    if not rec.text or not rec.text.strip():
        errors.append(refuse("text", MSG_TEXT_EMPTY, value=rec.text))
    if rec.to_unit_id is not None and rec.to_unit_id == rec.from_unit_id:
        errors.append(refuse("to_unit", MSG_RECOMMENDATION_TO_SELF, value=str(rec.to_unit)))
    if rec.status in _NEEDS_ANSWER and not rec.answer.strip():
        errors.append(refuse("answer", MSG_ANSWER_EMPTY, value=rec.get_status_display()))
    if rec.status == Recommendation.Status.OPEN and (rec.answer.strip() or rec.answered_on):
        errors.append(refuse("status", MSG_ANSWER_WHILE_OPEN, value=rec.get_status_display()))
    if rec.answered_on is not None:
        shown = format_date(rec.answered_on)
        if rec.answered_on > timezone.localdate():
            errors.append(refuse("answered_on", MSG_ANSWERED_IN_FUTURE, value=shown))
        meeting_date = rec.meeting.date if rec.meeting is not None else None
        if meeting_date and rec.answered_on < meeting_date:
            errors.append(
                refuse(
                    "answered_on",
                    MSG_ANSWERED_BEFORE_MEETING,
                    value=shown,
                    meeting_date=format_date(meeting_date),
                )
            )
    raise_all(errors, rec)
