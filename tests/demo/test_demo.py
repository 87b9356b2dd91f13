"""``tiendo demo``: idempotent, faithful to the five articles, sample series marked and consistent."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Sum
from django.test import override_settings

from tiendo.audit.models import AuditEntry
from tiendo.catalogue.models import Document, Indicator
from tiendo.demo.files import DATA_DIR, sample_texts
from tiendo.demo.loader import DemoSummary, demo_load
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import period_get
from tiendo.results.selectors import dashboard_rows, judge_result
from tiendo.units.models import Succession, Unit
from tiendo.work.models import KeyTask, Meeting, Person, Recommendation, Shortcoming

DEMO_FILES = [*DATA_DIR.iterdir(), *DATA_DIR.parent.glob("*.py")]
MODELS = (Unit, Succession, Indicator, Document, Meeting, Person, KeyTask, Shortcoming,
          Recommendation, Result, Target, Period, AuditEntry)


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: Any) -> Iterator[DemoSummary]:
    """The demo loaded once for the module, inside a transaction rolled back at its end.

    Each test's own transaction is a savepoint within it, so tests cannot see each other's
    changes and the rest of the suite never sees the demo.
    """
    # The default password hasher would make hashing the three demo passwords the slowest step.
    with (
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield demo_load()
        transaction.set_rollback(True)


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def _unit(name: str) -> Unit:
    return Unit.objects.get(name=name, kind=Unit.Kind.LOCALITY)


def _real(unit: str, indicator: str, period: str) -> Result:
    return Result.objects.get(
        unit=_unit(unit), indicator__code=indicator, period=period_get(period), is_sample=False
    )


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


@pytest.mark.django_db
def test_loading_twice_changes_nothing(demo: DemoSummary) -> None:
    first = _counts()

    summary = demo_load()

    assert _counts() == first
    assert (summary.units_created, summary.rows_created) == (0, 0)
    assert first["Meeting"] == 5
    assert first["Indicator"] == 37
    assert first["KeyTask"] == 46
    assert first["Shortcoming"] == 19


@pytest.mark.django_db
def test_summary_prints_the_demo_logins(demo: DemoSummary) -> None:
    text = demo.render()

    assert "admin / tiendo-admin-2025" in text
    assert "bientap-tinh / tiendo-tinh-2025" in text
    assert "bientap-xa / tiendo-xa-2025" in text
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password("tiendo-admin-2025")
    assert (admin.membership.role, admin.membership.unit.name) == ("admin", "Tỉnh Lạng Sơn")


@pytest.mark.django_db
def test_one_audit_row_per_batch_with_source_demo(demo: DemoSummary) -> None:
    entries = AuditEntry.objects.all()
    # 2 provinces + catalogue + 5 articles + 9 units with sample series + accounts
    assert entries.count() == 18
    assert set(entries.values_list("source", "action")) == {("demo", "bulk")}


@pytest.mark.django_db
def test_city_revenue_2022_gives_the_articles_percentages(demo: DemoSummary) -> None:
    # given the demo, where Thành phố Lạng Sơn collected 404 tỷ đồng in 9 months of 2022
    result = _real("Thành phố Lạng Sơn", "thu-ngan-sach", "2022-9M")

    # when it is judged against the province's estimate and the same period of 2021
    judged = judge_result(result)

    # then it is "vượt 10% dự toán tỉnh giao, tăng 22% so với cùng kỳ"
    assert judged.target is not None
    assert (judged.target.value, judged.target.source, judged.target.derived) == (
        Decimal("367.27"), "budget_estimate", True
    )
    assert judged.target.assigned_by == _unit("Tỉnh Lạng Sơn")
    assert judged.last_value == Decimal("331.15")
    assert round(judged.pct_of_plan, 1) == Decimal("110.0")
    assert round(judged.yoy_pct, 1) == Decimal("22.0")


@pytest.mark.parametrize(
    ("unit", "indicator", "period", "pct_of_plan", "yoy_pct"),
    [
        ("Tỉnh Lạng Sơn", "thu-ngan-sach", "2021-6M", "98.35", None),
        ("Tỉnh Lạng Sơn", "kim-ngach-xuat-nhap-khau", "2021-6M", "65.26", None),
        ("Huyện Bắc Sơn", "thu-ngan-sach", "2023-9M", "120.4", None),
        ("Thị xã Hồng Lĩnh", "gia-tri-san-xuat-cn-ttcn", "2020-9M", "63.1", "7.2"),
    ],
)
@pytest.mark.django_db
def test_other_reported_percentages_are_computed_back(
    demo: DemoSummary, unit: str, indicator: str, period: str, pct_of_plan: str,
    yoy_pct: str | None,
) -> None:
    judged = judge_result(_real(unit, indicator, period))

    places = len(pct_of_plan.split(".")[1])
    assert round(judged.pct_of_plan, places) == Decimal(pct_of_plan)
    if yoy_pct is not None:
        assert round(judged.yoy_pct, 1) == Decimal(yoy_pct)


@pytest.mark.django_db
def test_estimated_figures_stay_estimated(demo: DemoSummary) -> None:
    assert _real("Tỉnh Lạng Sơn", "kim-ngach-xuat-nhap-khau", "2021-6M").estimated
    assert _real("Thị xã Hồng Lĩnh", "gia-tri-thuong-mai-dich-vu", "2020-9M").estimated
    assert not _real("Thành phố Lạng Sơn", "thu-ngan-sach", "2022-9M").estimated


@pytest.mark.django_db
def test_sample_series_are_marked_and_agree_with_the_real_figures(demo: DemoSummary) -> None:
    city = _unit("Thành phố Lạng Sơn")
    revenue = Result.objects.filter(unit=city, indicator__code="thu-ngan-sach")

    # every generated result and target is marked as sample data
    assert not Result.objects.filter(provenance="synthetic", is_sample=False).exists()
    assert Result.objects.filter(is_sample=True).exclude(provenance="synthetic").count() == 0
    assert Target.objects.filter(is_sample=True).count() == 128
    # the months of 2022 add up to the reported 404, and no sample 9-month figure competes
    months = revenue.filter(period__kind="month", period__year=2022, period__number__lte=9)
    assert months.count() == 9
    assert months.aggregate(total=Sum("value"))["total"] == Decimal("404")
    assert list(revenue.filter(period=period_get("2022-9M")).values_list("is_sample", flat=True)) == [False]
    # and the sample year is the sum of its twelve months
    year = revenue.get(period=period_get("2022"))
    twelve = revenue.filter(period__kind="month", period__year=2022).aggregate(total=Sum("value"))
    assert year.is_sample and year.value == twelve["total"]


@pytest.mark.django_db
def test_dashboard_rows_for_the_reviewed_period(demo: DemoSummary) -> None:
    rows = {row.indicator.code: row for row in dashboard_rows(
        unit=_unit("Huyện Bắc Sơn"), period=period_get("2023-9M")
    )}

    assert rows["thu-ngan-sach"].value == Decimal("35.8")
    assert round(rows["thu-ngan-sach"].pct_of_plan, 1) == Decimal("120.4")
    assert rows["chi-tieu-nghi-quyet-dat"].value == Decimal("6")
    assert rows["chi-tieu-nghi-quyet-dat"].target_value == Decimal("20")


@pytest.mark.django_db
def test_meetings_match_the_articles(demo: DemoSummary, corpus_dev: Path) -> None:
    for gold_path in sorted(corpus_dev.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["meeting"]
        review = gold["review"]
        period = period_get(f"{review['year']}-{review['months']}M")
        meeting = Meeting.objects.select_related("chair").get(review_period=period, extended=gold["extended"])
        assert meeting.session == gold["session"], gold_path.name
        assert (str(meeting.date) if meeting.date else None) == gold["date"], gold_path.name
        chair = gold["chair"]["name"] if gold["chair"] else None
        assert (meeting.chair.name if meeting.chair else None) == chair, gold_path.name


def test_no_article_sentence_is_copied(corpus_dev: Path) -> None:
    # given every task and shortcoming sentence of the five articles
    sentences = [
        item["text"]
        for gold_path in corpus_dev.glob("*.gold.json")
        for key in ("tasks", "shortcomings")
        for item in json.loads(gold_path.read_text(encoding="utf-8"))[key]
    ]
    assert len(sentences) == 65

    # then none appears in the demo's data files or code
    demo_text = _normal("\n".join(path.read_text(encoding="utf-8") for path in DEMO_FILES))
    copied = [sentence for sentence in sentences if _normal(sentence) in demo_text]
    assert copied == []


def test_sample_report_texts_say_they_are_samples() -> None:
    texts = sample_texts()

    assert [path.name for path in texts] == ["sample-report-thitran-bacson-2023-6m.txt"]
    for path in texts:
        assert path.read_text(encoding="utf-8").startswith("[VĂN BẢN MẪU do tiendo soạn")
