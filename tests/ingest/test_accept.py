"""Accepting a review of a dev article writes results with their sentence, the derived plan
and last year's value, the meeting, tasks and shortcomings; accepting again updates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType

from tests.ingest.conftest import ingest
from tiendo.audit.models import AuditEntry
from tiendo.catalogue.models import Document
from tiendo.demo.reports import Catalogue as DemoCatalogue
from tiendo.demo.reports import reports_ensure
from tiendo.ingest.accept import review_accept
from tiendo.ingest.items import ACCEPTED, REJECTED, is_high_confidence
from tiendo.ingest.services import review_accept_high, review_correct, review_decide
from tiendo.results.models import Result, Target
from tiendo.results.periods import period_get
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, Person, Shortcoming
from tiendo.work.services import meeting_create, person_set_titles

BUDGET = "figure-1036"


@pytest.fixture
def city_review(catalogue, corpus_dev, editor):
    _upload, review = ingest(corpus_dev / "langson-city-2022-9m.txt", by=editor)
    assert review is not None
    return review


def _accept_all(review, by):
    review_accept_high(review=review, by=by)
    review.refresh_from_db()
    return review_accept(review=review, by=by)


def test_accept_writes_the_figure_with_its_sentence_and_what_it_implies(city_review, catalogue, editor):
    outcome = _accept_all(city_review, editor)
    assert outcome.ok, outcome.errors
    city, revenue = catalogue["units"]["city"], catalogue["indicators"]["thu-ngan-sach"]
    result = Result.objects.get(unit=city, indicator=revenue, period=period_get("2022-9M"))
    assert (result.value, result.provenance, result.derived) == (Decimal("404"), "text", False)
    assert "404 tỷ đồng" in result.evidence
    assert result.evidence[result.evidence_start:result.evidence_end].startswith("thu ngân sách")
    assert result.source_ref == f"{city_review.upload.sha256[:16]}#{BUDGET}"
    plan = Target.objects.get(unit=city, indicator=revenue, period=period_get("2022"))
    assert (plan.value, plan.source, plan.derived) == (Decimal("367.27"), "budget_estimate", True)
    last = Result.objects.get(unit=city, indicator=revenue, period=period_get("2021-9M"))
    assert (last.value, last.derived) == (Decimal("331.15"), True)
    meeting = Meeting.objects.get(unit=city, review_period=period_get("2022-9M"))
    assert (meeting.session, meeting.kind, meeting.chair.name) == (10, "executive", "Nguyễn Công Trưởng")
    assert KeyTask.objects.filter(unit=city, period=period_get("2022-Q4"), meeting=meeting).count() == 13
    assert Shortcoming.objects.filter(unit=city, period=period_get("2022-9M")).count() == 2
    assert AuditEntry.objects.filter(object_id=str(result.pk), action="create").exists()


def test_accepting_again_after_a_correction_updates_rather_than_duplicates(city_review, catalogue, editor):
    _accept_all(city_review, editor)
    before = Result.objects.count(), Target.objects.count(), KeyTask.objects.count(), Meeting.objects.count()
    review = review_correct(review=city_review, key=BUDGET, changes={"value": "405"}, by=editor)
    outcome = review_accept(review=review, by=editor)
    assert outcome.ok, outcome.errors
    after = Result.objects.count(), Target.objects.count(), KeyTask.objects.count(), Meeting.objects.count()
    assert after == before
    city = catalogue["units"]["city"]
    result = Result.objects.get(unit=city, period=period_get("2022-9M"))
    assert result.value == Decimal("405")
    assert Target.objects.get(unit=city).value == Decimal("368.18")


def test_rejecting_a_figure_after_accepting_takes_its_results_back(city_review, catalogue, editor):
    _accept_all(city_review, editor)
    review = review_decide(review=city_review, key=BUDGET, decision=REJECTED, by=editor)
    assert review_accept(review=review, by=editor).ok
    assert not Result.objects.filter(unit=catalogue["units"]["city"]).exists()
    assert not Target.objects.filter(unit=catalogue["units"]["city"]).exists()


def test_a_refused_write_rolls_the_whole_review_back_and_says_why(catalogue, corpus_dev, editor):
    _upload, review = ingest(corpus_dev / "langson-city-2017-9m.txt", by=editor)
    # "10 nhiệm vụ" matches no indicator: accepting it cannot be written.
    review = review_decide(review=review, key="figure-320", decision=ACCEPTED, by=editor)
    review = review_decide(review=review, key="figure-1496", decision=ACCEPTED, by=editor)
    outcome = review_accept(review=review, by=editor)
    assert list(outcome.errors) == ["figure-320"]
    assert "chưa đủ để ghi" in outcome.errors["figure-320"][0]
    assert not Result.objects.exists()
    review.refresh_from_db()
    assert next(i for i in review.items if i["key"] == "figure-320")["errors"]


def test_changing_the_indicator_moves_the_result(city_review, catalogue, editor):
    _accept_all(city_review, editor)
    other = catalogue["indicators"]["gia-tri-thuong-mai-dich-vu"]
    review = review_correct(review=city_review, key=BUDGET, changes={"indicator": str(other.pk)},
                            by=editor)
    assert review_accept(review=review, by=editor).ok
    city = catalogue["units"]["city"]
    assert list(Result.objects.filter(unit=city, period=period_get("2022-9M"))
                .values_list("indicator__code", flat=True)) == ["gia-tri-thuong-mai-dich-vu"]


@pytest.mark.parametrize(("uom", "value"), [("doanh nghiệp", "28"), ("nghìn doanh nghiệp", None)])
def test_correcting_the_unit_of_measure_of_the_number(catalogue, corpus_dev, editor, uom, value):
    _upload, review = ingest(corpus_dev / "honglinh-town-2020-9m.txt", by=editor)
    new_firms = "figure-653"
    review = review_correct(review=review, key=new_firms, changes={"uom": "DN"}, by=editor)
    assert "uom_mismatch" in [w["code"] for w in review.warnings if w["key"] == new_firms]
    review = review_correct(review=review, key=new_firms, changes={"uom": uom}, by=editor)
    assert ("uom_mismatch" in [w["code"] for w in review.warnings if w["key"] == new_firms]) is (value is None)
    if value is not None:
        assert review_accept(review=review, by=editor).ok
        assert Result.objects.get(indicator__code="doanh-nghiep-thanh-lap-moi",
                                  period=period_get("2020-9M")).value == Decimal(value)


def test_a_unit_created_since_gets_no_last_year_value(catalogue, corpus_dev, editor):
    new_ward = Unit.objects.filter(valid_from=dt.date(2025, 7, 1), admin_type="Phường").first()
    _upload, review = ingest(corpus_dev / "langson-city-2022-9m.txt", by=editor,
                             unit_hint=new_ward, period_hint=period_get("2025-9M"))
    review = review_decide(review=review, key=BUDGET, decision=ACCEPTED, by=editor)
    outcome = review_accept(review=review, by=editor)
    assert outcome.ok, outcome.errors
    assert list(Result.objects.filter(unit=new_ward).values_list("period__year", "derived")) == [(2025, False)]


def _reject_kind(review, kind, by):
    for item in review.items:
        if item["kind"] == kind:
            review = review_decide(review=review, key=item["key"], decision=REJECTED, by=by)
    return review


KIND_MODELS = [("meeting", Meeting, "langson-city-2022-9m"), ("document", Document, "langson-city-2017-9m"),
               ("person", Person, "langson-city-2017-9m"), ("task", KeyTask, "langson-city-2022-9m"),
               ("shortcoming", Shortcoming, "langson-city-2022-9m")]


@pytest.mark.parametrize(("kind", "model", "article"), KIND_MODELS)
def test_rejecting_an_accepted_item_of_any_kind_takes_back_what_it_created(
        catalogue, corpus_dev, editor, kind, model, article):
    _upload, review = ingest(corpus_dev / f"{article}.txt", by=editor)
    for item in review.items:
        if item["kind"] == "figure":
            review = review_decide(review=review, key=item["key"], decision=REJECTED, by=editor)
    before = model.objects.count()
    for key in _accept_all(review, editor).errors:
        # The 2017 text's "42-TB/KL" is a notice numbered as a conclusion: not writable as read.
        review = review_decide(review=review, key=key, decision=REJECTED, by=editor)
    assert review_accept(review=review, by=editor).ok
    review.refresh_from_db()
    accepted = model.objects.count()
    created = {item["written"][kind] for item in review.items
               if item["kind"] == kind and item["undo"].get(kind, {}).get("created")}
    keys = [item["key"] for item in review.items if item["kind"] == kind and item["written"]]
    assert created and accepted > before
    review = _reject_kind(review, kind, editor)
    outcome = review_accept(review=review, by=editor)
    assert outcome.ok, outcome.errors
    assert model.objects.count() == accepted - len(created)
    deleted = AuditEntry.objects.filter(action="delete", object_id__in=[str(pk) for pk in created],
                                        content_type=ContentType.objects.get_for_model(model))
    assert deleted.count() == len(created)
    review.refresh_from_db()
    assert all(not item["written"] for item in review.items if item["kind"] == kind)
    # Accepted again: written once more, once.
    for key in keys:
        review = review_decide(review=review, key=key, decision=ACCEPTED, by=editor)
    assert review_accept(review=review, by=editor).ok
    assert review_accept(review=review, by=editor).ok
    assert model.objects.count() == accepted


def test_a_person_taken_over_gets_back_the_titles_they_had(city_review, editor):
    assert _accept_all(city_review, editor).ok
    chair = Person.objects.get(name="Nguyễn Công Trưởng")
    person_set_titles(person=chair, titles=["Bí thư Thành ủy"], by=None)
    person_key = next(i["key"] for i in city_review.items
                      if i["kind"] == "person" and i["label"] == chair.name)
    review = review_decide(review=city_review, key=person_key, decision=REJECTED, by=editor)
    review = review_decide(review=review, key=person_key, decision=ACCEPTED, by=editor)
    assert review_accept(review=review, by=editor).ok
    review = review_decide(review=review, key=person_key, decision=REJECTED, by=editor)
    assert review_accept(review=review, by=editor).ok
    chair.refresh_from_db()
    assert chair.titles == ["Bí thư Thành ủy"]


def test_rejecting_gives_a_meeting_taken_over_its_earlier_values(city_review, catalogue, editor):
    city = catalogue["units"]["city"]
    earlier = meeting_create(unit=city, kind=Meeting.Kind.EXECUTIVE, review_period=period_get("2022-9M"),
                             organizer_name="Thành ủy", session=9, by=None)
    assert _accept_all(city_review, editor).ok
    earlier.refresh_from_db()
    assert (earlier.session, earlier.chair.name) == (10, "Nguyễn Công Trưởng")
    assert Meeting.objects.count() == 1
    review = _reject_kind(city_review, "meeting", editor)
    assert review_accept(review=review, by=editor).ok
    earlier.refresh_from_db()
    assert (earlier.session, earlier.organizer_name, earlier.chair) == (9, "Thành ủy", None)
    assert KeyTask.objects.filter(meeting=earlier).count() == 13


def test_a_corrected_unit_moves_what_the_items_created(city_review, catalogue, editor):
    assert _accept_all(city_review, editor).ok
    counts = KeyTask.objects.count(), Shortcoming.objects.count(), Meeting.objects.count()
    meeting_key = next(i["key"] for i in city_review.items if i["kind"] == "meeting")
    province = catalogue["units"]["province"]
    review = review_correct(review=city_review, key=meeting_key, changes={"unit": str(province.pk)},
                            by=editor)
    outcome = review_accept(review=review, by=editor)
    assert outcome.ok, outcome.errors
    assert (KeyTask.objects.count(), Shortcoming.objects.count(), Meeting.objects.count()) == counts
    assert KeyTask.objects.filter(unit=province).count() == 13
    assert Meeting.objects.get().unit == province


@pytest.fixture
def demo_reports(catalogue):
    """The demo's meetings, tasks and shortcomings of the five articles, in its own words."""
    reports_ensure(DemoCatalogue(units=catalogue["units"], terms=catalogue["terms"],
                                 indicators=catalogue["indicators"]))


@pytest.mark.parametrize("article", ["langson-city-2022-9m", "bacson-district-2023-9m",
                                     "honglinh-town-2020-9m"])
def test_the_texts_tasks_and_shortcomings_update_the_demos_instead_of_duplicating(
        demo_reports, corpus_dev, editor, article):
    counts = KeyTask.objects.count(), Shortcoming.objects.count()
    _upload, review = ingest(corpus_dev / f"{article}.txt", by=editor)
    work = [item for item in review.items if item["kind"] in ("task", "shortcoming")]
    assert work and all(item["proposal"].get("same") for item in work)
    assert len({item["proposal"]["same"]["id"] for item in work}) == len(work)
    for item in work:
        review = review_decide(review=review, key=item["key"], decision=ACCEPTED, by=editor)
    outcome = review_accept(review=review, by=editor)
    assert outcome.ok, outcome.errors
    assert (KeyTask.objects.count(), Shortcoming.objects.count()) == counts
    # Taken back: the demo's own wording and links stay as they were.
    before = sorted(KeyTask.objects.values_list("pk", "title", "meeting_id", "version"))
    for item in work:
        review = review_decide(review=review, key=item["key"], decision=REJECTED, by=editor)
    assert review_accept(review=review, by=editor).ok
    assert (KeyTask.objects.count(), Shortcoming.objects.count()) == counts
    assert [row[:3] for row in sorted(KeyTask.objects.values_list("pk", "title", "meeting_id"))] == \
        [row[:3] for row in before]


def test_a_reviewer_may_say_a_task_is_new(demo_reports, corpus_dev, editor):
    _upload, review = ingest(corpus_dev / "langson-city-2022-9m.txt", by=editor)
    task = next(item for item in review.items if item["kind"] == "task")
    same = task["proposal"]["same"]
    assert same["confidence"] < 0.85
    assert not is_high_confidence(task, review.unit_confidence)
    review = review_correct(review=review, key=task["key"], changes={"same": "new"}, by=editor)
    assert review_accept(review=review, by=editor).ok
    count = KeyTask.objects.count()
    review = review_correct(review=review, key=task["key"], changes={"same": str(same["id"])}, by=editor)
    assert review_accept(review=review, by=editor).ok
    assert KeyTask.objects.count() == count - 1
    review.refresh_from_db()
    assert next(i for i in review.items if i["key"] == task["key"])["written"]["task"] == same["id"]
