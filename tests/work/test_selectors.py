"""Work selectors: the task board's statuses and order, counts per unit, bounded queries."""

from __future__ import annotations

import datetime as dt

import pytest

from tiendo.work import selectors as sel
from tiendo.work.models import KeyTask, Meeting, ProgressNote, Recommendation, Shortcoming

pytestmark = pytest.mark.django_db

TODAY = dt.date(2023, 10, 15)
D = dt.date
Status = KeyTask.Status


def task(w, title, *, status=Status.NOT_STARTED, deadline=None, completed_on=None, **extra):
    values = {"unit": w.district, "lead_unit": w.commune, "period": w.year, "meeting": w.meeting}
    return KeyTask.objects.create(
        title=title,
        status=status,
        deadline=deadline,
        completed_on=completed_on,
        **(values | extra),
    )


@pytest.fixture
def board(world) -> dict[str, KeyTask]:
    """One task in every board status, created in an order unlike the board's."""
    return {
        "chưa làm": task(world, "chưa làm", deadline=D(2023, 12, 31)),
        "đang làm": task(world, "đang làm", status=Status.IN_PROGRESS, deadline=D(2023, 12, 31)),
        "đúng hạn": task(
            world,
            "đúng hạn",
            status=Status.DONE,
            deadline=D(2023, 9, 30),
            completed_on=D(2023, 9, 30),
        ),
        "chậm": task(
            world, "chậm", status=Status.DONE, deadline=D(2023, 9, 30), completed_on=D(2023, 10, 10)
        ),
        "quá hạn đang làm": task(
            world, "quá hạn đang làm", status=Status.IN_PROGRESS, deadline=D(2023, 10, 14)
        ),
        "quá hạn chưa làm": task(world, "quá hạn chưa làm", deadline=D(2023, 9, 1)),
        "dừng": task(world, "dừng", status=Status.CANCELLED, deadline=D(2023, 9, 1)),
        "không hạn": task(world, "không hạn"),
        "hạn hôm nay": task(world, "hạn hôm nay", deadline=TODAY),
        "xong không ngày": task(
            world, "xong không ngày", status=Status.DONE, deadline=D(2023, 9, 1)
        ),
    }


def test_board_statuses_and_order(board) -> None:
    rows = [(t.title, t.board_status) for t in sel.key_task_board(today=TODAY)]
    assert rows == [
        ("quá hạn chưa làm", "overdue"),
        ("quá hạn đang làm", "overdue"),
        ("dừng", "cancelled"),
        ("xong không ngày", "done_on_time"),
        ("đúng hạn", "done_on_time"),
        ("chậm", "done_late"),
        ("hạn hôm nay", "not_started"),
        ("chưa làm", "not_started"),
        ("đang làm", "in_progress"),
        ("không hạn", "not_started"),
    ]


def test_board_filters_by_status(board) -> None:
    overdue = sel.key_task_board(status=sel.BoardStatus.OVERDUE, today=TODAY)
    assert [t.title for t in overdue] == ["quá hạn chưa làm", "quá hạn đang làm"]
    late = sel.key_task_board(status=sel.BoardStatus.DONE_LATE, today=TODAY)
    assert [t.title for t in late] == ["chậm"]


def test_board_counts(board) -> None:
    assert sel.key_task_board_counts(today=TODAY) == {
        "overdue": 2,
        "not_started": 3,
        "in_progress": 1,
        "done_on_time": 2,
        "done_late": 1,
        "cancelled": 1,
    }


def test_board_filters_by_subtree_lead_unit_and_period(world) -> None:
    # given tasks set by the province, the district and the commune under it
    task(world, "tỉnh", unit=world.province, lead_unit=world.department, deadline=D(2023, 12, 1))
    task(world, "huyện", unit=world.district, deadline=D(2023, 12, 2))
    task(world, "xã", unit=world.commune, deadline=D(2023, 12, 3), period=world.next_year)

    # then
    def titles(**filters):
        return [t.title for t in sel.key_task_board(today=TODAY, **filters)]

    assert titles(unit=world.province) == ["tỉnh", "huyện", "xã"]
    assert titles(unit=world.district) == ["huyện", "xã"]
    assert titles(unit=world.commune) == ["xã"]
    assert titles(lead_unit=world.department) == ["tỉnh"]
    assert titles(period=world.next_year) == ["xã"]
    assert titles(unit=world.district, period=world.year) == ["huyện"]


def test_board_latest_progress(world) -> None:
    t = task(world, "có tiến độ", deadline=D(2023, 12, 31))
    ProgressNote.objects.create(task=t, date=D(2023, 10, 1), text="Khởi công", percent=10)
    ProgressNote.objects.create(task=t, date=D(2023, 10, 12), text="Đạt một nửa", percent=50)
    ProgressNote.objects.create(task=t, date=D(2023, 10, 13), text="Họp bàn")
    row = sel.key_task_board(today=TODAY).get()
    assert (row.latest_percent, row.latest_note_on) == (50, D(2023, 10, 13))


@pytest.mark.parametrize("n", [3, 30])
def test_board_runs_two_queries_whatever_the_size(world, n, django_assert_num_queries) -> None:
    for i in range(n):
        t = task(world, f"nhiệm vụ {i}", deadline=D(2023, 9, 1) + dt.timedelta(days=i))
        t.coordinating_units.set([world.department])
    with django_assert_num_queries(2):
        rows = [
            (
                t.unit.name,
                t.lead_unit.name,
                str(t.period),
                str(t.meeting),
                t.board_status,
                [u.name for u in t.coordinating_units.all()],
            )
            for t in sel.key_task_board(unit=world.province, today=TODAY)
        ]
    assert len(rows) == n


def test_overdue_count_by_unit(world) -> None:
    # two overdue tasks led by the commune, one set by the province without a lead unit
    task(world, "a", deadline=D(2023, 9, 1))
    task(world, "b", deadline=D(2023, 9, 2), status=Status.IN_PROGRESS)
    task(world, "c", deadline=D(2023, 9, 2), unit=world.province, lead_unit=None)
    task(world, "not yet", deadline=D(2023, 12, 1))
    task(world, "done", deadline=D(2023, 9, 1), status=Status.DONE, completed_on=D(2023, 10, 1))
    task(world, "cancelled", deadline=D(2023, 9, 1), status=Status.CANCELLED)
    rows = [(u.name, u.overdue) for u in sel.overdue_count_by_unit(today=TODAY)]
    assert rows == [("Xã Vũ Lễ", 2), ("Tỉnh Lạng Sơn", 1)]
    within = [
        (u.name, u.overdue) for u in sel.overdue_count_by_unit(within=world.district, today=TODAY)
    ]
    assert within == [("Xã Vũ Lễ", 2)]


def test_meetings_of_a_unit_with_their_tasks(world, django_assert_num_queries) -> None:
    later = Meeting.objects.create(
        unit=world.district,
        kind=Meeting.Kind.STANDING,
        date=D(2023, 11, 20),
        plan_period=world.next_year,
    )
    Meeting.objects.create(unit=world.province, kind=Meeting.Kind.EXECUTIVE, date=D(2023, 10, 1))
    task(world, "sau", deadline=D(2023, 12, 31))
    task(world, "trước", deadline=D(2023, 11, 30))
    task(world, "quá hạn", deadline=D(2023, 10, 10))
    task(world, "của hội nghị sau", meeting=later, deadline=D(2024, 3, 1), period=world.next_year)
    with django_assert_num_queries(4):
        rows = [
            (
                m.date,
                [(t.title, t.board_status, t.lead_unit.name) for t in m.tasks.all()],
                list(m.attendees.all()),
                list(m.documents.all()),
                str(m.review_period),
            )
            for m in sel.meeting_list_for_unit(unit=world.district, today=TODAY)
        ]
    assert [(day, tasks) for day, tasks, *_rest in rows] == [
        (D(2023, 11, 20), [("của hội nghị sau", "not_started", "Xã Vũ Lễ")]),
        (
            D(2023, 10, 5),
            [
                ("quá hạn", "overdue", "Xã Vũ Lễ"),
                ("trước", "not_started", "Xã Vũ Lễ"),
                ("sau", "not_started", "Xã Vũ Lễ"),
            ],
        ),
    ]
    planned = sel.meeting_list_for_unit(unit=world.district, period=world.next_year)
    assert [m.pk for m in planned] == [later.pk]


def test_open_recommendations(world) -> None:
    def rec(from_unit, status=Recommendation.Status.OPEN, **extra):
        return Recommendation.objects.create(
            from_unit=from_unit,
            to_unit=world.province,
            text=f"kiến nghị {status}",
            status=status,
            **extra,
        )

    first = rec(world.commune)
    rec(world.commune)
    rec(world.district)
    rec(world.district, Recommendation.Status.ANSWERED, answer="Đã trả lời")
    rec(world.department, Recommendation.Status.RESOLVED, answer="Xong")
    counts = [(u.name, u.open_recommendations) for u in sel.recommendation_open_count_by_unit()]
    assert counts == [("Xã Vũ Lễ", 2), ("Huyện Bắc Sơn", 1)]
    within = sel.recommendation_open_count_by_unit(within=world.commune)
    assert [(u.name, u.open_recommendations) for u in within] == [("Xã Vũ Lễ", 2)]
    listed = sel.recommendation_open_list(from_unit=world.commune)
    assert [r.pk for r in listed][:1] == [first.pk]
    assert len(listed) == 2
    assert sel.recommendation_open_list(to_unit=world.province).count() == 3


def test_shortcomings_by_period(world, django_assert_num_queries) -> None:
    def shortcoming(unit, period, field, text):
        return Shortcoming.objects.create(unit=unit, period=period, field=field, text=text)

    shortcoming(world.district, world.nine_months, "society", "Giảm nghèo chưa bền vững")
    shortcoming(world.district, world.nine_months, "economy", "Thu ngân sách đạt thấp")
    shortcoming(world.district, world.year, "economy", "Giải ngân chậm")
    shortcoming(world.commune, world.year, "party", "Sinh hoạt chi bộ chưa đều")
    with django_assert_num_queries(1):
        rows = [
            (str(s.period), s.field, s.unit.short_name)
            for s in sel.shortcoming_list(unit=world.district)
        ]
    assert rows == [
        ("Năm 2023", "economy", "Bắc Sơn"),
        ("9 tháng đầu năm 2023", "economy", "Bắc Sơn"),
        ("9 tháng đầu năm 2023", "society", "Bắc Sơn"),
    ]
    with_commune = sel.shortcoming_list(unit=world.district, period=world.year, subtree=True)
    assert [s.text for s in with_commune] == ["Giải ngân chậm", "Sinh hoạt chi bộ chưa đều"]
    per_period = [
        (str(p), p.shortcoming_count) for p in sel.shortcoming_count_by_period(unit=world.district)
    ]
    assert per_period == [("Năm 2023", 1), ("9 tháng đầu năm 2023", 2)]
