"""Matching: organizer → unit (kind words, validity dates), review → period, text → indicator."""

from __future__ import annotations

import pytest

from tiendo.ingest.matching import (
    Catalogue,
    match_unit,
    plan_period_key,
    review_period_key,
    split_organizer,
)
from tiendo.results.periods import PeriodKey, period_get


@pytest.mark.parametrize(("organizer", "admin_types", "name"), [
    ("Thành ủy Lạng Sơn", ("Thành phố",), "Lạng Sơn"),
    ("Ban Thường vụ Thành ủy Lạng Sơn", ("Thành phố",), "Lạng Sơn"),
    ("Huyện ủy Bắc Sơn", ("Huyện",), "Bắc Sơn"),
    ("Đảng ủy xã Vũ Sơn", ("Xã",), "Vũ Sơn"),
    ("UBND tỉnh Lạng Sơn", ("Tỉnh",), "Lạng Sơn"),
    ("Ban thường vụ Thị ủy", ("Thị xã",), ""),
    ("Sở Tài chính", None, "Sở Tài chính"),
])
def test_kind_words_are_taken_off_the_organizer(organizer, admin_types, name):
    kind, rest = split_organizer(organizer)
    assert (kind.admin_types if kind else None, rest) == (admin_types, name)


@pytest.mark.parametrize(("organizer", "period", "expected", "confidence"), [
    ("Thành ủy Lạng Sơn", "2022-9M", "Thành phố Lạng Sơn", 0.95),
    ("Huyện ủy Bắc Sơn", "2023-9M", "Huyện Bắc Sơn", 0.95),
    ("Tỉnh ủy Lạng Sơn", "2021-6M", "Tỉnh Lạng Sơn", 0.95),
    ("Đảng ủy xã Vũ Sơn", "2023-9M", "Xã Vũ Sơn", 0.95),
    # Districts ended on 30/6/2025: no district is valid in 2026.
    ("Huyện ủy Bắc Sơn", "2026-9M", None, None),
    ("Thành ủy Hà Nội", "2022-9M", None, None),
])
def test_organizer_to_unit_respects_validity(catalogue, organizer, period, expected, confidence):
    match = match_unit(organizer, period=period_get(period))
    assert (match.label if match else None, match.confidence if match else None) == (expected, confidence)


def test_an_organizer_without_a_name_is_found_by_the_name_in_the_text(catalogue):
    text = "Ban thường vụ Thị ủy họp. Sáp nhập Trường THPT Hồng Lĩnh và trường khác."
    match = match_unit("Ban thường vụ Thị ủy", period=period_get("2020-9M"), text=text)
    assert (match.label, match.confidence) == ("Thị xã Hồng Lĩnh", 0.6)


@pytest.mark.parametrize(("review", "plan", "review_key", "plan_key"), [
    ({"months": 9, "year": 2022}, {"months": 3, "year": 2022}, PeriodKey("ytd", 2022, 9), PeriodKey("quarter", 2022, 4)),
    ({"months": 6, "year": 2021}, {"months": 6, "year": 2021}, PeriodKey("ytd", 2021, 6), PeriodKey("year", 2021)),
    ({"months": 9, "year": 2017}, {"quarter": 4, "year": 2017}, PeriodKey("ytd", 2017, 9), PeriodKey("quarter", 2017, 4)),
    ({"months": 12, "year": 2020}, {"year": 2021}, PeriodKey("year", 2020), PeriodKey("year", 2021)),
    ({"quarter": 3, "year": 2022}, None, PeriodKey("quarter", 2022, 3), None),
    ({"months": 9, "year": None}, None, None, None),
])
def test_review_and_plan_periods(review, plan, review_key, plan_key):
    key = review_period_key(review)
    assert (key, plan_period_key(plan, key)) == (review_key, plan_key)


@pytest.mark.parametrize(("phrase", "code", "how"), [
    ("thu ngân sách nhà nước", "thu-ngan-sach", "synonym"),
    ("Thu NSNN", "thu-ngan-sach", "synonym"),
    ("tổng thu ngân sách trên địa bàn tỉnh", "thu-ngan-sach", "fuzzy"),
    ("thu ngan sach nha nuoc tren dia ban huyen", "thu-ngan-sach", "accent_free"),
    ("doanh nghiệp thành lập mới", "doanh-nghiep-thanh-lap-moi", "synonym"),
    ("số con mèo được nuôi", None, None),
    # a short synonym ("chỉ tiêu đạt") shares two words with the phrase, not its predicate
    ("chỉ tiêu đang thực hiện", None, None),
    ("chỉ tiêu chưa có số liệu", None, None),
    ("chỉ tiêu đạt và vượt kế hoạch", "chi-tieu-nghi-quyet-dat", "fuzzy"),
])
def test_indicator_synonyms_first_then_fuzzy_then_accent_free(catalogue, phrase, code, how):
    match = Catalogue.load().match(phrase)
    codes = {i.pk: c for c, i in catalogue["indicators"].items()}
    assert (codes[match.id] if match else None, match.how if match else None) == (code, how)


def test_fuzzy_matching_only_among_indicators_of_a_fitting_unit(catalogue):
    phrase = "tổng thu ngân sách trên địa bàn tỉnh"
    assert Catalogue.load().match(phrase, lambda uom: uom == "tỷ đồng") is not None
    assert Catalogue.load().match(phrase, lambda uom: uom == "doanh nghiệp") is None
