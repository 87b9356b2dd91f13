"""Consistency checks: each names both numbers and where they come from."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests import factories as f
from tests.ingest.conftest import ingest
from tiendo.ingest.checks import warning_text
from tiendo.ingest.models import Review
from tiendo.ingest.services import upload_process, upload_receive
from tiendo.results.models import Result, Target

# Written for this test: a district's nine months with facts that contradict each other
# and the data already in tiendo.
TEXT = """Huyện ủy Bắc Sơn tổ chức hội nghị Ban Chấp hành Đảng bộ huyện sơ kết 9 tháng đầu năm 2023.
Thu ngân sách trên địa bàn ước đạt 35,8 tỷ đồng, bằng 120,4% dự toán tỉnh giao, tăng 15% so với cùng kỳ. Toàn huyện có 30/25 xã đạt chuẩn nông thôn mới. Tổng thu ngân sách nhà nước đạt 40 tỷ đồng.
"""


def _review(text: str) -> Review:
    received = upload_receive(data=text.encode(), name="bac-son.txt", by=None)
    review = upload_process(received.upload)
    assert review is not None, received.upload.error
    return review


def _codes(review: Review) -> dict[str, str]:
    return {w["code"]: warning_text(w) for w in review.warnings}


def test_contradictions_inside_the_text(catalogue):
    warnings = _codes(_review(TEXT))
    assert "Phần 30 lớn hơn tổng 25" in warnings["part_exceeds_whole"]
    assert "35,8 tỷ đồng" in warnings["duplicate_indicator"]
    assert "40 tỷ đồng" in warnings["duplicate_indicator"]
    assert "Tổng thu ngân sách nhà nước đạt 40 tỷ đồng" in warnings["duplicate_indicator"]


def test_disagreements_with_the_data_name_both_numbers_and_their_sources(catalogue):
    district, revenue = catalogue["units"]["bac_son"], catalogue["indicators"]["thu-ngan-sach"]
    f.make_target(revenue, district, "25", period_code="2023", source=Target.Source.BUDGET_ESTIMATE)
    f.make_result(revenue, district, "40", period_code="2022-9M", source_label="Báo cáo 9 tháng 2022")
    f.make_result(revenue, district, "30", period_code="2023-9M", provenance=Result.Provenance.SHEET)
    warnings = _codes(_review(TEXT.replace(" Tổng thu ngân sách nhà nước đạt 40 tỷ đồng.", "")))
    plan = warnings["plan_disagrees"]
    assert "120,4% dự toán tỉnh giao" in plan and "25 tỷ đồng" in plan and "143,2%" in plan
    yoy = warnings["yoy_disagrees"]
    assert "+15%" in yoy and "40 tỷ đồng" in yoy and "9 tháng đầu năm 2022" in yoy and "-10,5%" in yoy
    assert "Báo cáo 9 tháng 2022" in yoy
    differs = warnings["value_differs"]
    assert "35,8 tỷ đồng" in differs and "30 tỷ đồng" in differs and "Nhập từ bảng tính" in differs


def test_agreeing_data_raises_no_warning_beyond_rounding(catalogue):
    district, revenue = catalogue["units"]["bac_son"], catalogue["indicators"]["thu-ngan-sach"]
    f.make_target(revenue, district, "29.73", period_code="2023", source=Target.Source.BUDGET_ESTIMATE)
    f.make_result(revenue, district, "31.13", period_code="2022-9M")
    text = TEXT.replace(" Toàn huyện có 30/25 xã đạt chuẩn nông thôn mới. Tổng thu ngân sách nhà nước đạt 40 tỷ đồng.", "")
    assert _review(text).warnings == []


@pytest.mark.parametrize(("name", "codes"), [
    ("bacson-district-2023-9m", ["meeting_before_end"]),
    ("honglinh-town-2020-9m", ["malformed_number"]),
    ("langson-city-2017-9m", []),
    ("langson-city-2022-9m", []),
    ("langson-province-2021-6m", []),
])
def test_what_the_checks_find_on_the_dev_texts(catalogue, corpus_dev, name, codes):
    _upload, review = ingest(corpus_dev / f"{name}.txt")
    assert [w["code"] for w in review.warnings] == codes
    if codes == ["malformed_number"]:
        assert "Số “60,6,2” viết sai" in warning_text(review.warnings[0])


def test_an_accepted_figure_does_not_warn_against_itself(catalogue, corpus_dev):
    from tiendo.ingest.accept import review_accept
    from tiendo.ingest.services import review_accept_high

    _upload, review = ingest(corpus_dev / "langson-city-2022-9m.txt")
    review_accept_high(review=review, by=None)
    review.refresh_from_db()
    assert review_accept(review=review, by=None).ok
    review.refresh_from_db()
    assert review.warnings == []
    assert Result.objects.get(period__year=2022).value == Decimal("404")
