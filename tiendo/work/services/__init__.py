"""Writes for key tasks, meetings, people, recommendations and shortcomings.

Every function here runs in one transaction, validates the whole resulting object
(raising ``ValidationError`` built with ``tiendo.core.errors.refuse`` and the message
constants re-exported below, which tests reuse), and writes one audit row per object it
creates or changes, many-to-many relations included.

Updates take ``expected_version``: the version the caller last read. When another
change landed in between, the update is refused with ``MSG_VERSION_CONFLICT`` naming
the current version, so nobody overwrites a change they have not seen. Updates read the
row again under a lock and return that fresh, saved object; the argument is left as it was.
"""

from tiendo.core.services import MSG_VERSION_CONFLICT
from tiendo.work.services._common import MSG_TEXT_EMPTY
from tiendo.work.services.meetings import (
    MSG_MEETING_AFTER_TASK_DEADLINES,
    MSG_PLAN_BEFORE_REVIEW,
    MSG_UNIT_NOT_VALID_ON_DATE,
    MSG_VISITOR_IS_UNIT,
    MeetingChanges,
    meeting_check,
    meeting_create,
    meeting_delete,
    meeting_update,
)
from tiendo.work.services.people import (
    MSG_PERSON_NAME_EMPTY,
    person_delete,
    person_get_or_create,
    person_set_titles,
)
from tiendo.work.services.recommendations import (
    MSG_ANSWER_EMPTY,
    MSG_ANSWER_STATUS_OPEN,
    MSG_ANSWER_WHILE_OPEN,
    MSG_ANSWERED_BEFORE_MEETING,
    MSG_ANSWERED_IN_FUTURE,
    MSG_RECOMMENDATION_TO_SELF,
    RecommendationChanges,
    recommendation_answer,
    recommendation_check,
    recommendation_create,
    recommendation_update,
)
from tiendo.work.services.shortcomings import (
    MSG_CAUSE_KIND_WITHOUT_CAUSE,
    MSG_UNIT_NOT_IN_PERIOD,
    ShortcomingChanges,
    shortcoming_check,
    shortcoming_create,
    shortcoming_delete,
    shortcoming_update,
)
from tiendo.work.services.tasks import (
    MSG_ALREADY_CARRIED_OVER,
    MSG_ALREADY_DONE,
    MSG_CARRY_OVER_FINISHED,
    MSG_CARRY_OVER_NOT_LATER,
    MSG_COMPLETE_CANCELLED,
    MSG_COMPLETED_IN_FUTURE,
    MSG_COMPLETED_ON_WITHOUT_DONE,
    MSG_COORDINATING_UNIT_NOT_VALID,
    MSG_DEADLINE_BEFORE_MEETING,
    MSG_DEADLINE_BEFORE_PERIOD,
    MSG_LEAD_ALSO_COORDINATING,
    MSG_LEAD_UNIT_NOT_VALID,
    MSG_NOTE_IN_FUTURE,
    MSG_PERCENT_RANGE,
    MSG_TASK_HAS_NOTES,
    MSG_TITLE_EMPTY,
    KeyTaskChanges,
    key_task_add_note,
    key_task_carry_over,
    key_task_check,
    key_task_complete,
    key_task_create,
    key_task_delete,
    key_task_search_text,
    key_task_update,
    progress_note_check,
)

__all__ = [
    "MSG_ALREADY_CARRIED_OVER",
    "MSG_ALREADY_DONE",
    "MSG_ANSWERED_BEFORE_MEETING",
    "MSG_ANSWERED_IN_FUTURE",
    "MSG_ANSWER_EMPTY",
    "MSG_ANSWER_STATUS_OPEN",
    "MSG_ANSWER_WHILE_OPEN",
    "MSG_CARRY_OVER_FINISHED",
    "MSG_CARRY_OVER_NOT_LATER",
    "MSG_CAUSE_KIND_WITHOUT_CAUSE",
    "MSG_COMPLETED_IN_FUTURE",
    "MSG_COMPLETED_ON_WITHOUT_DONE",
    "MSG_COMPLETE_CANCELLED",
    "MSG_COORDINATING_UNIT_NOT_VALID",
    "MSG_DEADLINE_BEFORE_MEETING",
    "MSG_DEADLINE_BEFORE_PERIOD",
    "MSG_LEAD_ALSO_COORDINATING",
    "MSG_LEAD_UNIT_NOT_VALID",
    "MSG_MEETING_AFTER_TASK_DEADLINES",
    "MSG_NOTE_IN_FUTURE",
    "MSG_PERCENT_RANGE",
    "MSG_PERSON_NAME_EMPTY",
    "MSG_PLAN_BEFORE_REVIEW",
    "MSG_RECOMMENDATION_TO_SELF",
    "MSG_TASK_HAS_NOTES",
    "MSG_TEXT_EMPTY",
    "MSG_TITLE_EMPTY",
    "MSG_UNIT_NOT_IN_PERIOD",
    "MSG_UNIT_NOT_VALID_ON_DATE",
    "MSG_VERSION_CONFLICT",
    "MSG_VISITOR_IS_UNIT",
    "KeyTaskChanges",
    "MeetingChanges",
    "RecommendationChanges",
    "ShortcomingChanges",
    "key_task_add_note",
    "key_task_carry_over",
    "key_task_check",
    "key_task_complete",
    "key_task_create",
    "key_task_delete",
    "key_task_search_text",
    "key_task_update",
    "meeting_check",
    "meeting_create",
    "meeting_delete",
    "meeting_update",
    "person_delete",
    "person_get_or_create",
    "person_set_titles",
    "progress_note_check",
    "recommendation_answer",
    "recommendation_check",
    "recommendation_create",
    "recommendation_update",
    "shortcoming_check",
    "shortcoming_create",
    "shortcoming_delete",
    "shortcoming_update",
]
