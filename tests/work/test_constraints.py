"""The database refuses what the services refuse, for rows written around them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from tiendo.work.models import KeyTask, Person, Recommendation


def _refused(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_a_name_once_among_people_of_no_unit(world) -> None:
    Person.objects.create(name="Nguyễn Văn A")
    assert _refused(lambda: Person.objects.create(name="Nguyễn Văn A"))
    # the same name in a unit is another person
    assert not _refused(lambda: Person.objects.create(name="Nguyễn Văn A", unit=world.province))


@pytest.mark.parametrize(
    ("status", "refused"),
    [(KeyTask.Status.DONE, False), (KeyTask.Status.IN_PROGRESS, True), (KeyTask.Status.CANCELLED, True)],
)
def test_completed_on_only_for_a_done_task(world, status, refused) -> None:
    def create() -> None:
        KeyTask.objects.create(
            title="Nhiệm vụ", unit=world.province, status=status, completed_on=dt.date(2023, 11, 1)
        )

    assert _refused(create) is refused


@pytest.mark.parametrize(
    ("status", "refused"),
    [(Recommendation.Status.OPEN, True), (Recommendation.Status.ANSWERED, False)],
)
def test_an_open_recommendation_has_no_answer_date(world, status, refused) -> None:
    def create() -> None:
        Recommendation.objects.create(
            from_unit=world.district, text="Kiến nghị", answer="Trả lời", status=status,
            answered_on=dt.date(2023, 11, 1),
        )

    assert _refused(create) is refused
