"""Work services: what they write, what they refuse, and the audit rows they leave."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.factories import make_document
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object
from tiendo.results.periods import period_get
from tiendo.work import services as s
from tiendo.work.models import KeyTask, Meeting, Person, ProgressNote, Recommendation, Shortcoming

pytestmark = pytest.mark.django_db

# A date after today however late the tests run after they are collected: the services
# compare with today's date in Vietnam, which turns at 17:00 UTC.
LATER = timezone.localdate() + dt.timedelta(days=7)


def refusals(error: ValidationError) -> dict[str, list[Any]]:
    """``{field: [message constant, …]}`` of a refusal, before the values are filled in."""
    return {field: [item.message for item in items] for field, items in error.error_dict.items()}


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            KeyTask,
            ProgressNote,
            Meeting,
            Person,
            Recommendation,
            Shortcoming,
            AuditEntry,
        )
    }


def assert_refused(call: Callable[[], object], field: str, message: Any) -> ValidationError:
    before = counts()
    with pytest.raises(ValidationError) as caught:
        call()
    assert message in refusals(caught.value).get(field, []), refusals(caught.value)
    assert counts() == before
    return caught.value


def make_task(w, user, **extra) -> KeyTask:
    values = {
        "unit": w.district,
        "title": "Hoàn thành xây dựng nông thôn mới xã Vũ Lễ",
        "lead_unit": w.commune,
        "period": w.year,
        "deadline": dt.date(2023, 12, 31),
        "meeting": w.meeting,
    } | extra
    return s.key_task_create(by=user, **values)


# ---------------------------------------------------------------- key tasks

KEY_TASK_REFUSALS = [
    ("empty title", lambda w: {"title": "   "}, "title", s.MSG_TITLE_EMPTY),
    (
        "deadline before the meeting",
        lambda w: {"deadline": dt.date(2023, 10, 1)},
        "deadline",
        s.MSG_DEADLINE_BEFORE_MEETING,
    ),
    (
        "deadline before the period",
        lambda w: {"period": w.next_year, "deadline": dt.date(2023, 12, 1)},
        "deadline",
        s.MSG_DEADLINE_BEFORE_PERIOD,
    ),
    (
        "completed_on without done",
        lambda w: {"status": KeyTask.Status.IN_PROGRESS, "completed_on": dt.date(2023, 11, 1)},
        "completed_on",
        s.MSG_COMPLETED_ON_WITHOUT_DONE,
    ),
    (
        "completed in the future",
        lambda w: {"status": KeyTask.Status.DONE, "completed_on": LATER},
        "completed_on",
        s.MSG_COMPLETED_IN_FUTURE,
    ),
    (
        "lead unit abolished before the deadline",
        lambda w: {"lead_unit": w.district, "deadline": dt.date(2025, 12, 31)},
        "lead_unit",
        s.MSG_LEAD_UNIT_NOT_VALID,
    ),
    (
        "coordinating unit abolished before the deadline",
        lambda w: {"coordinating_units": [w.district], "deadline": dt.date(2025, 12, 31)},
        "coordinating_units",
        s.MSG_COORDINATING_UNIT_NOT_VALID,
    ),
    (
        "lead unit also coordinating",
        lambda w: {"coordinating_units": [w.commune]},
        "coordinating_units",
        s.MSG_LEAD_ALSO_COORDINATING,
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [row[1:] for row in KEY_TASK_REFUSALS],
    ids=[row[0] for row in KEY_TASK_REFUSALS],
)
def test_key_task_create_refuses(world, user, changes, field, message) -> None:
    assert_refused(lambda: make_task(world, user, **changes(world)), field, message)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [row[1:] for row in KEY_TASK_REFUSALS],
    ids=[row[0] for row in KEY_TASK_REFUSALS],
)
def test_key_task_update_refuses_and_keeps_the_row(world, user, changes, field, message) -> None:
    # given a valid task
    task = make_task(world, user)
    # when an update would make it contradict itself, then it is refused and the row kept
    assert_refused(lambda: s.key_task_update(task=task, by=user, **changes(world)), field, message)
    task.refresh_from_db()
    assert (task.version, task.deadline, task.status) == (1, dt.date(2023, 12, 31), "not_started")


def test_key_task_refusal_names_the_values(world, user) -> None:
    error = assert_refused(
        lambda: make_task(world, user, lead_unit=world.district, deadline=dt.date(2025, 12, 31)),
        "lead_unit",
        s.MSG_LEAD_UNIT_NOT_VALID,
    )
    assert error.message_dict["lead_unit"] == [
        "Đơn vị chủ trì “Huyện Bắc Sơn” không có hiệu lực vào hạn 31/12/2025."
    ]


def test_key_task_refuses_an_unknown_status(world, user) -> None:
    before = counts()
    with pytest.raises(ValidationError) as caught:
        make_task(world, user, status="xong")
    assert list(caught.value.error_dict) == ["status"]
    assert counts() == before


def test_key_task_create_writes_the_task_and_one_audit_row(world, user) -> None:
    # when
    task = make_task(world, user, coordinating_units=[world.department])
    # then
    entries = list(audit_for_object(task))
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.action, entry.actor, entry.source, entry.unit_id) == (
        "create",
        user,
        "service",
        world.district.pk,
    )
    assert entry.changes["title"] == [None, "Hoàn thành xây dựng nông thôn mới xã Vũ Lễ"]
    assert entry.changes["deadline"] == [None, "2023-12-31"]
    assert entry.changes["coordinating_units"] == [None, [world.department.pk]]
    assert task.search_text == "hoan thanh xay dung nong thon moi xa vu le"


def test_key_task_update_audits_old_and_new_values(world, user) -> None:
    task = make_task(world, user)
    # when
    task = s.key_task_update(
        task=task,
        by=user,
        expected_version=1,
        deadline=dt.date(2024, 3, 31),
        status=KeyTask.Status.IN_PROGRESS,
        coordinating_units=[world.department],
    )
    # then
    assert task.version == 2
    entry = audit_for_object(task).first()
    assert entry.action == "update"
    assert entry.changes == {
        "coordinating_units": [[], [world.department.pk]],
        "deadline": ["2023-12-31", "2024-03-31"],
        "status": ["not_started", "in_progress"],
    }


def test_key_task_update_with_nothing_changed_writes_no_audit_row(world, user) -> None:
    task = make_task(world, user)
    s.key_task_update(task=task, by=user, deadline=task.deadline)
    assert audit_for_object(task).count() == 1


def test_key_task_update_refuses_a_stale_version(world, user) -> None:
    # given two people who read version 1; the first saves
    task = make_task(world, user)
    s.key_task_update(task=task, by=user, expected_version=1, status=KeyTask.Status.IN_PROGRESS)
    # when the second saves on version 1
    error = assert_refused(
        lambda: s.key_task_update(
            task=task, by=user, expected_version=1, deadline=dt.date(2024, 1, 31)
        ),
        "version",
        s.MSG_VERSION_CONFLICT,
    )
    # then the refusal names the current version and nothing changed
    assert error.error_dict["version"][0].params == {"value": 1, "current": 2}
    assert "phiên bản hiện tại là 2" in error.message_dict["version"][0]
    task.refresh_from_db()
    assert (task.version, task.deadline) == (2, dt.date(2023, 12, 31))


def test_key_task_update_rejects_a_field_it_does_not_know(world, user) -> None:
    task = make_task(world, user)
    with pytest.raises(TypeError):
        s.key_task_update(task=task, by=user, version=9)


def test_key_task_complete(world, user) -> None:
    task = make_task(world, user)
    done = s.key_task_complete(task=task, by=user, completed_on=dt.date(2023, 11, 20))
    assert (done.status, done.completed_on, done.version) == ("done", dt.date(2023, 11, 20), 2)
    assert audit_for_object(task).first().changes == {
        "completed_on": [None, "2023-11-20"],
        "status": ["not_started", "done"],
    }


def test_key_task_complete_defaults_to_today(world, user) -> None:
    today = timezone.localdate()
    task = make_task(world, user, deadline=today)
    assert s.key_task_complete(task=task, by=user).completed_on == timezone.localdate()


@pytest.mark.parametrize(
    ("status", "completed_on", "message"),
    [
        (KeyTask.Status.DONE, dt.date(2023, 11, 1), s.MSG_ALREADY_DONE),
        (KeyTask.Status.CANCELLED, None, s.MSG_COMPLETE_CANCELLED),
    ],
    ids=["already done", "cancelled"],
)
def test_key_task_complete_refuses(world, user, status, completed_on, message) -> None:
    task = make_task(world, user, status=status, completed_on=completed_on)
    assert_refused(lambda: s.key_task_complete(task=task, by=user), "status", message)


def test_key_task_carry_over_links_a_new_task_and_leaves_the_old(world, user) -> None:
    # given an unfinished task of 2023 with a coordinating unit
    old = make_task(
        world, user, status=KeyTask.Status.IN_PROGRESS, coordinating_units=[world.department]
    )
    # when it is carried over to 2024
    new = s.key_task_carry_over(task=old, period=world.next_year, by=user)
    # then a new task continues it to the end of 2024 and the old one is untouched
    assert new.pk != old.pk
    assert (new.carried_over_from, new.period, new.deadline, new.status) == (
        old,
        world.next_year,
        dt.date(2024, 12, 31),
        "in_progress",
    )
    assert (new.title, new.unit, new.lead_unit) == (old.title, old.unit, old.lead_unit)
    assert list(new.coordinating_units.all()) == [world.department]
    assert new.meeting is None
    old.refresh_from_db()
    assert (old.status, old.version, old.period) == ("in_progress", 1, world.year)
    assert audit_for_object(old).count() == 1
    entry = audit_for_object(new).get()
    assert entry.reason == f"Chuyển tiếp từ nhiệm vụ #{old.pk} (Năm 2023)"


def test_key_task_carry_over_needs_a_valid_lead_unit_in_the_new_period(world, user) -> None:
    # the district was abolished on 1/7/2025; a 2025 task it led needs a new lead unit
    old = make_task(world, user, lead_unit=world.district)
    later = period_get("2025")
    assert_refused(
        lambda: s.key_task_carry_over(task=old, period=later, by=user),
        "lead_unit",
        s.MSG_LEAD_UNIT_NOT_VALID,
    )
    new = s.key_task_carry_over(task=old, period=later, by=user, lead_unit=world.province)
    assert new.lead_unit == world.province


@pytest.mark.parametrize(
    ("setup", "period", "field", "message"),
    [
        (
            lambda w, u, t: s.key_task_complete(task=t, by=u, completed_on=dt.date(2023, 12, 1)),
            "next_year",
            "status",
            s.MSG_CARRY_OVER_FINISHED,
        ),
        (
            lambda w, u, t: s.key_task_carry_over(task=t, period=w.next_year, by=u),
            "next_year",
            "task",
            s.MSG_ALREADY_CARRIED_OVER,
        ),
        (lambda w, u, t: None, "nine_months", "period", s.MSG_CARRY_OVER_NOT_LATER),
    ],
    ids=["done", "carried over twice", "not a later period"],
)
def test_key_task_carry_over_refuses(world, user, setup, period, field, message) -> None:
    task = make_task(world, user)
    setup(world, user, task)
    assert_refused(
        lambda: s.key_task_carry_over(task=task, period=getattr(world, period), by=user),
        field,
        message,
    )


# ---------------------------------------------------------------- progress notes

NOTE_REFUSALS = [
    ("percent over 100", {"text": "Đạt 120%", "percent": 120}, "percent", s.MSG_PERCENT_RANGE),
    ("negative percent", {"text": "Lùi", "percent": -5}, "percent", s.MSG_PERCENT_RANGE),
    ("empty text", {"text": " ", "percent": 50}, "text", s.MSG_TEXT_EMPTY),
    ("future date", {"text": "Dự kiến", "date": LATER}, "date", s.MSG_NOTE_IN_FUTURE),
]


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [row[1:] for row in NOTE_REFUSALS],
    ids=[row[0] for row in NOTE_REFUSALS],
)
def test_key_task_add_note_refuses(world, user, values, field, message) -> None:
    task = make_task(world, user)
    assert_refused(lambda: s.key_task_add_note(task=task, by=user, **values), field, message)


def test_key_task_add_note(world, user) -> None:
    task = make_task(world, user)
    note = s.key_task_add_note(
        task=task,
        by=user,
        text="Đã hoàn thành 15/19 tiêu chí",
        percent=79,
        date=dt.date(2023, 11, 1),
    )
    assert (note.task, note.percent, note.by, note.date) == (task, 79, user, dt.date(2023, 11, 1))
    entry = audit_for_object(note).get()
    assert (entry.action, entry.unit_id) == ("create", world.district.pk)
    assert entry.changes["percent"] == [None, 79]
    task.refresh_from_db()
    assert task.version == 1


# ---------------------------------------------------------------- people


def test_person_get_or_create_merges_titles(world, user) -> None:
    # when the same official is named three times with different titles
    first = s.person_get_or_create(
        name="Đồng chí  Nguyễn Văn  Hùng", unit=world.district, titles=["Bí thư Huyện ủy"], by=user
    )
    second = s.person_get_or_create(
        name="Nguyễn Văn Hùng",
        unit=world.district,
        titles=["Chủ tịch HĐND huyện", "Bí thư Huyện ủy"],
        by=user,
    )
    third = s.person_get_or_create(
        name="Đ/c Nguyễn Văn Hùng", unit=world.district, titles=["Bí thư Huyện ủy"], by=user
    )
    # then there is one person holding both titles, in the order first seen
    assert first.pk == second.pk == third.pk
    assert Person.objects.count() == 1
    third.refresh_from_db()
    assert (third.name, third.titles, third.version) == (
        "Nguyễn Văn Hùng",
        ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"],
        2,
    )
    actions = [(e.action, e.changes.get("titles")) for e in audit_for_object(third)]
    assert actions == [
        ("update", [["Bí thư Huyện ủy"], ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]]),
        ("create", [None, ["Bí thư Huyện ủy"]]),
    ]


def test_person_get_or_create_keeps_namesakes_of_other_units_apart(world, user) -> None:
    a = s.person_get_or_create(name="Lê Văn An", unit=world.district, by=user)
    b = s.person_get_or_create(name="Lê Văn An", unit=world.province, by=user)
    assert a.pk != b.pk


def test_person_get_or_create_refuses_an_empty_name(world, user) -> None:
    assert_refused(
        lambda: s.person_get_or_create(name=" đồng chí ", by=user), "name", s.MSG_PERSON_NAME_EMPTY
    )


# ---------------------------------------------------------------- meetings


def test_meeting_create_with_chair_attendees_and_documents(world, user) -> None:
    resolution = make_document("62-NQ/HU", date=dt.date(2023, 7, 1))
    guest = s.person_get_or_create(name="Trần Thị Bình", unit=world.province, by=user)
    # when
    meeting = s.meeting_create(
        unit=world.district,
        kind=Meeting.Kind.EXECUTIVE,
        date=dt.date(2023, 7, 10),
        session=12,
        extended=True,
        chair="Đồng chí Nguyễn Văn Hùng",
        chair_title="Bí thư Huyện ủy",
        attendees=[guest],
        documents=[resolution],
        review_period=world.nine_months,
        plan_period=world.year,
        by=user,
    )
    # then the chair is found or created with the title, and one row audits the meeting
    assert (meeting.chair.name, meeting.chair.titles, meeting.chair.unit) == (
        "Nguyễn Văn Hùng",
        ["Bí thư Huyện ủy"],
        world.district,
    )
    assert list(meeting.attendees.all()) == [guest]
    assert list(meeting.documents.all()) == [resolution]
    entry = audit_for_object(meeting).get()
    assert entry.changes["attendees"] == [None, [guest.pk]]
    assert entry.changes["documents"] == [None, [resolution.pk]]
    assert entry.changes["chair_id"] == [None, meeting.chair.pk]


MEETING_REFUSALS = [
    (
        "unit abolished on the date",
        lambda w: {"unit": w.district, "date": dt.date(2025, 8, 1)},
        "unit",
        s.MSG_UNIT_NOT_VALID_ON_DATE,
    ),
    (
        "visitor is the unit",
        lambda w: {"unit": w.district, "visitor": w.district},
        "visitor",
        s.MSG_VISITOR_IS_UNIT,
    ),
    (
        "plan before review",
        lambda w: {"unit": w.district, "review_period": w.year, "plan_period": w.nine_months},
        "plan_period",
        s.MSG_PLAN_BEFORE_REVIEW,
    ),
]


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [row[1:] for row in MEETING_REFUSALS],
    ids=[row[0] for row in MEETING_REFUSALS],
)
def test_meeting_create_refuses(world, user, values, field, message) -> None:
    assert_refused(
        lambda: s.meeting_create(
            kind=Meeting.Kind.STANDING, chair="Nguyễn Văn Hùng", by=user, **values(world)
        ),
        field,
        message,
    )


def test_meeting_update_refuses_a_date_after_its_tasks_deadlines(world, user) -> None:
    make_task(world, user, deadline=dt.date(2023, 10, 31))
    error = assert_refused(
        lambda: s.meeting_update(meeting=world.meeting, by=user, date=dt.date(2023, 11, 15)),
        "date",
        s.MSG_MEETING_AFTER_TASK_DEADLINES,
    )
    assert error.error_dict["date"][0].params == {"value": "15/11/2023", "count": 1}


def test_meeting_update_changes_chair_and_attendees(world, user) -> None:
    guest = s.person_get_or_create(name="Trần Thị Bình", unit=world.province, by=user)
    meeting = s.meeting_update(
        meeting=world.meeting,
        by=user,
        expected_version=1,
        chair="Hoàng Văn Cường",
        chair_title="Phó Bí thư Thường trực",
        attendees=[guest],
    )
    assert (meeting.version, meeting.chair.name, meeting.chair.titles) == (
        2,
        "Hoàng Văn Cường",
        ["Phó Bí thư Thường trực"],
    )
    assert audit_for_object(meeting).get().changes == {
        "attendees": [[], [guest.pk]],
        "chair_id": [None, meeting.chair.pk],
        "chair_title": ["", "Phó Bí thư Thường trực"],
    }


def test_meeting_update_refuses_a_stale_version(world, user) -> None:
    s.meeting_update(meeting=world.meeting, by=user, conclusions="Thống nhất")
    assert_refused(
        lambda: s.meeting_update(meeting=world.meeting, by=user, expected_version=1, session=15),
        "version",
        s.MSG_VERSION_CONFLICT,
    )


# ---------------------------------------------------------------- recommendations


def make_recommendation(w, user) -> Recommendation:
    return s.recommendation_create(
        from_unit=w.district,
        to_unit=w.province,
        meeting=w.meeting,
        topic="Giao thông",
        text="Đề nghị tỉnh hỗ trợ kinh phí nâng cấp tuyến đường ĐT.241",
        by=user,
    )


def test_recommendation_answer(world, user) -> None:
    rec = make_recommendation(world, user)
    answered = s.recommendation_answer(
        recommendation=rec,
        answer="Tỉnh bố trí vốn năm 2024",
        answered_on=dt.date(2023, 11, 2),
        by=user,
        expected_version=1,
    )
    assert (answered.status, answered.answered_on, answered.version) == (
        "answered",
        dt.date(2023, 11, 2),
        2,
    )
    assert audit_for_object(rec).first().changes == {
        "answer": ["", "Tỉnh bố trí vốn năm 2024"],
        "answered_on": [None, "2023-11-02"],
        "status": ["open", "answered"],
    }


RECOMMENDATION_REFUSALS = [
    (
        "empty answer",
        lambda rec, u: s.recommendation_answer(recommendation=rec, answer="  ", by=u),
        "answer",
        s.MSG_ANSWER_EMPTY,
    ),
    (
        "answer leaving it open",
        lambda rec, u: s.recommendation_answer(
            recommendation=rec, answer="Có", status=Recommendation.Status.OPEN, by=u
        ),
        "status",
        s.MSG_ANSWER_STATUS_OPEN,
    ),
    (
        "answered before the meeting",
        lambda rec, u: s.recommendation_answer(
            recommendation=rec, answer="Có", answered_on=dt.date(2023, 9, 1), by=u
        ),
        "answered_on",
        s.MSG_ANSWERED_BEFORE_MEETING,
    ),
    (
        "answered in the future",
        lambda rec, u: s.recommendation_answer(
            recommendation=rec, answer="Có", answered_on=LATER, by=u
        ),
        "answered_on",
        s.MSG_ANSWERED_IN_FUTURE,
    ),
    (
        "status answered without an answer",
        lambda rec, u: s.recommendation_update(
            recommendation=rec, status=Recommendation.Status.ANSWERED, by=u
        ),
        "answer",
        s.MSG_ANSWER_EMPTY,
    ),
    (
        "open with an answer",
        lambda rec, u: s.recommendation_update(recommendation=rec, answer="Đã xử lý", by=u),
        "status",
        s.MSG_ANSWER_WHILE_OPEN,
    ),
    (
        "sent to itself",
        lambda rec, u: s.recommendation_update(recommendation=rec, to_unit=rec.from_unit, by=u),
        "to_unit",
        s.MSG_RECOMMENDATION_TO_SELF,
    ),
    (
        "empty text",
        lambda rec, u: s.recommendation_update(recommendation=rec, text="", by=u),
        "text",
        s.MSG_TEXT_EMPTY,
    ),
]


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [row[1:] for row in RECOMMENDATION_REFUSALS],
    ids=[row[0] for row in RECOMMENDATION_REFUSALS],
)
def test_recommendation_refuses(world, user, call, field, message) -> None:
    rec = make_recommendation(world, user)
    assert_refused(lambda: call(rec, user), field, message)
    rec.refresh_from_db()
    assert (rec.status, rec.answer, rec.version) == ("open", "", 1)


def test_recommendation_update_refuses_a_stale_version(world, user) -> None:
    rec = make_recommendation(world, user)
    s.recommendation_update(recommendation=rec, topic="Hạ tầng", by=user)
    assert_refused(
        lambda: s.recommendation_update(recommendation=rec, topic="X", expected_version=1, by=user),
        "version",
        s.MSG_VERSION_CONFLICT,
    )


# ---------------------------------------------------------------- shortcomings


def make_shortcoming(w, user) -> Shortcoming:
    return s.shortcoming_create(
        unit=w.district,
        period=w.nine_months,
        field="economy",
        text="Tiến độ giải ngân vốn đầu tư công chậm",
        cause="Vướng giải phóng mặt bằng",
        cause_kind=Shortcoming.CauseKind.OBJECTIVE,
        meeting=w.meeting,
        by=user,
    )


SHORTCOMING_REFUSALS = [
    ("empty text", lambda w: {"text": ""}, "text", s.MSG_TEXT_EMPTY),
    (
        "cause kind without cause",
        lambda w: {"cause": " ", "cause_kind": Shortcoming.CauseKind.SUBJECTIVE},
        "cause",
        s.MSG_CAUSE_KIND_WITHOUT_CAUSE,
    ),
    (
        "unit abolished before the period",
        lambda w: {"period": period_get("2026")},
        "unit",
        s.MSG_UNIT_NOT_IN_PERIOD,
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [row[1:] for row in SHORTCOMING_REFUSALS],
    ids=[row[0] for row in SHORTCOMING_REFUSALS],
)
def test_shortcoming_update_refuses(world, user, changes, field, message) -> None:
    item = make_shortcoming(world, user)
    values = changes(world)
    assert_refused(
        lambda: s.shortcoming_update(shortcoming=item, by=user, **values), field, message
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [row[1:] for row in SHORTCOMING_REFUSALS],
    ids=[row[0] for row in SHORTCOMING_REFUSALS],
)
def test_shortcoming_create_refuses(world, user, changes, field, message) -> None:
    values = {
        "unit": world.district,
        "period": world.nine_months,
        "text": "Thu ngân sách chưa đạt",
    } | changes(world)
    assert_refused(lambda: s.shortcoming_create(by=user, **values), field, message)


def test_shortcoming_update_and_delete_are_audited(world, user) -> None:
    item = make_shortcoming(world, user)
    item = s.shortcoming_update(shortcoming=item, by=user, expected_version=1, field="party")
    pk = item.pk
    # a stale delete is refused
    assert_refused(
        lambda: s.shortcoming_delete(shortcoming=item, by=user, expected_version=1),
        "version",
        s.MSG_VERSION_CONFLICT,
    )
    # when deleted on the current version
    s.shortcoming_delete(shortcoming=item, by=user, expected_version=2)
    # then the row is gone and the trail keeps every value
    assert not Shortcoming.objects.filter(pk=pk).exists()
    actions = [
        (e.action, e.changes.get("field"), e.changes.get("text"))
        for e in AuditEntry.objects.filter(object_id=str(pk), content_type__model="shortcoming")
    ]
    assert actions == [
        ("delete", ["party", None], ["Tiến độ giải ngân vốn đầu tư công chậm", None]),
        ("update", ["economy", "party"], None),
        ("create", [None, "economy"], [None, "Tiến độ giải ngân vốn đầu tư công chậm"]),
    ]
