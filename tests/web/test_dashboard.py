"""The unit dashboard: figures in Vietnamese format, default period, filters, bounded queries."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from tiendo.core.models import Field
from tiendo.results.models import Result, Target
from tiendo.results.services import result_update


def _score(html: str) -> str:
    return re.search(r'id="score"><strong>([^<]*)</strong>', html)[1]


def test_city_nine_months_2022(city_client, world) -> None:
    # given langson-city-2022-9m: "đạt hơn 404 tỷ đồng, vượt 10% dự toán, tăng 22% so với cùng kỳ"
    html = city_client.get(f"/don-vi/{world['city'].pk}/?ky=2022-9M").content.decode()
    assert "404 tỷ đồng" in html
    assert "110,0%" in html
    assert "+22%" in html
    assert "▲" in html
    assert _score(html) == "1/1 chỉ tiêu đạt"
    assert "status-exceeded" in html and "Vượt" in html


def test_default_period_is_the_latest_with_data(city_client, world) -> None:
    html = city_client.get(f"/don-vi/{world['city'].pk}/").content.decode()
    assert re.findall(r'<option value="([^"]*)" selected', html) == ["2022-9M"]
    assert "9 tháng đầu năm 2022" in html


def test_a_quarter_has_no_year_end_projection_and_no_judgement_yet(city_client, world) -> None:
    html = city_client.get(f"/don-vi/{world['city'].pk}/?ky=2022-Q1").content.decode()
    assert "120 tỷ đồng" in html
    assert _score(html) == "0/1 chỉ tiêu đạt"
    assert "Đang thực hiện" in html
    assert "du-bao" not in html


def test_sample_and_estimated_values_are_marked(city_client, world) -> None:
    hospital = f.make_indicator("Số giường bệnh", uom="giường", field=Field.SOCIETY)
    f.make_result(hospital, world["city"], "350", period_code="2022-9M", estimated=True, is_sample=True)
    html = city_client.get(f"/don-vi/{world['city'].pk}/?ky=2022-9M").content.decode()
    assert "350 giường" in html
    assert ">ước</abbr>" in html
    assert 'class="badge sample"' in html


@pytest.fixture
def mixed(world):
    poverty = f.make_poverty_rate()
    f.make_target(poverty, world["city"], "3", period_code="2022", source=Target.Source.YEARLY_PLAN)
    f.make_result(poverty, world["city"], "3.4", period_code="2022-9M")
    return poverty


def test_a_target_without_a_value_says_so(city_client, world) -> None:
    poverty = f.make_poverty_rate()
    f.make_target(poverty, world["city"], "3", period_code="2022", source=Target.Source.YEARLY_PLAN)
    html = city_client.get(f"/don-vi/{world['city'].pk}/?ky=2022-9M").content.decode()
    row = html.split("Tỷ lệ hộ nghèo", 1)[1].split("</li>", 1)[0]
    assert '<span class="badge status">Chưa có số liệu</span>' in row
    assert _score(html) == "1/2 chỉ tiêu đạt"


def test_filter_by_field_and_status_without_javascript(city_client, world, mixed) -> None:
    url = f"/don-vi/{world['city'].pk}/?ky=2022-9M"
    society = city_client.get(url + "&linh-vuc=society").content.decode()
    assert "Tỷ lệ hộ nghèo" in society and "Thu ngân sách nhà nước" not in society
    not_met = city_client.get(url + "&trang-thai=not_met").content.decode()
    assert "Tỷ lệ hộ nghèo" in not_met and "Thu ngân sách nhà nước" not in not_met
    assert _score(not_met) == "1/2 chỉ tiêu đạt"


def test_filter_through_htmx_returns_the_table_only(city_client, world, mixed) -> None:
    response = city_client.get(
        f"/don-vi/{world['city'].pk}/?ky=2022-9M&trang-thai=exceeded",
        HTTP_HX_REQUEST="true", HTTP_HX_TARGET="indicator-table",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="indicator-table">')
    assert "Thu ngân sách nhà nước" in html and "Tỷ lệ hộ nghèo" not in html
    assert "<html" not in html


def _add_indicators(world, count: int) -> None:
    for n in range(count):
        indicator = f.make_indicator(f"Chỉ tiêu {n}", uom="tỷ đồng", sort_order=10 + n)
        f.make_target(indicator, world["city"], "100", period_code="2022")
        f.make_result(indicator, world["city"], "80", period_code="2022-9M")
        f.make_result(indicator, world["city"], "70", period_code="2021-9M")


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_indicators(city_client, world) -> None:
    url = f"/don-vi/{world['city'].pk}/?ky=2022-9M"
    _add_indicators(world, 2)
    cache.clear()
    with_3 = _queries(city_client, url)
    _add_indicators(world, 27)
    cache.clear()
    # 10 for the page, 1 for the report status panel, 1 for the data version.
    assert _queries(city_client, url) == with_3 == 12


def test_a_second_reader_gets_the_table_from_the_cache(city_client, world, mixed) -> None:
    url = f"/don-vi/{world['city'].pk}/?ky=2022-9M"
    first = city_client.get(url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = city_client.get(url).content.decode()
    assert not any("results_result" in query["sql"] for query in queries.captured_queries)
    assert _score(second) == _score(first) == "1/2 chỉ tiêu đạt"


def test_a_change_through_the_services_shows_at_once(city_client, world, mixed) -> None:
    url = f"/don-vi/{world['city'].pk}/?ky=2022-9M"
    assert _score(city_client.get(url).content.decode()) == "1/2 chỉ tiêu đạt"
    poverty = Result.objects.get(unit=world["city"], indicator=mixed)
    result_update(result=poverty, value=Decimal("1"), by=None)
    assert _score(city_client.get(url).content.decode()) == "2/2 chỉ tiêu đạt"
    assert _score(city_client.get(url + "&trang-thai=not_met").content.decode()) == "2/2 chỉ tiêu đạt"


def test_projection_fragment(city_client, world) -> None:
    for year in (2019, 2020):
        f.make_result(world["revenue"], world["city"], "300", period_code=f"{year}-9M")
        f.make_result(world["revenue"], world["city"], "400", period_code=str(year))
    response = city_client.get(
        f"/don-vi/{world['city'].pk}/du-bao/{world['revenue'].pk}/?ky=2022-9M"
    )
    # past years brought 25% of the year in the last 3 months: 404 / 0.75
    assert "538,67 tỷ đồng" in response.content.decode()
    assert "kịp kế hoạch" in response.content.decode()
