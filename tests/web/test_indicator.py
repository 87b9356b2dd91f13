"""The indicator page: a unit's series, its children ranked, the evidence behind each value,
bounded queries and access."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.results.models import Result, Target
from tiendo.results.services import result_update


def _url(unit, indicator, code: str = "2022-9M") -> str:
    return f"/don-vi/{unit.pk}/chi-tieu/{indicator.pk}/" + (f"?ky={code}" if code else "")


def _chart(html: str) -> dict:
    return json.loads(re.search(
        r'<script id="indicator-chart-data" type="application/json">(.*?)</script>', html, re.S
    )[1])


def _ranked_names(html: str) -> list[str]:
    table = html.split('id="ranking-table"', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<th scope="row"><a href="[^"]*">([^<]*)</a></th>', table)


@pytest.fixture
def communes(world):
    city, revenue = world["city"], world["revenue"]
    made = {}
    for name, value in (("Phường Chi Lăng", "100"), ("Phường Hoàng Văn Thụ", "250"),
                        ("Xã Mai Pha", "50")):
        made[name] = commune = f.make_commune(city, name, short_name=name.split(" ", 1)[1])
        f.make_result(revenue, commune, value, period_code="2022-9M")
    return made


def test_series_of_nine_month_figures_with_target(city_client, world) -> None:
    # given 9-month figures for 2021 and 2022, a quarter, and the 2022 budget estimate
    html = city_client.get(_url(world["city"], world["revenue"])).content.decode()
    # then the series holds the 9-month figures only, oldest first, with the target line
    chart = _chart(html)
    assert chart["series"]["labels"] == ["9 tháng đầu năm 2021", "9 tháng đầu năm 2022"]
    assert chart["series"]["values"] == [331.15, 404.0]
    assert chart["series"]["targets"] == [None, 367.3]
    assert chart["series"]["chosen"] == 1
    assert chart["uom"] == "tỷ đồng"
    assert "331,15 tỷ đồng" in html and "367,3 tỷ đồng" in html
    assert "120 tỷ đồng" not in html
    assert 'id="own-value">404 tỷ đồng<' in html


def test_series_of_quarters_when_a_quarter_is_chosen(city_client, world) -> None:
    html = city_client.get(_url(world["city"], world["revenue"], "2022-Q1")).content.decode()
    assert _chart(html)["series"]["values"] == [120.0]
    assert 'id="own-value">120 tỷ đồng<' in html


def test_default_period_is_the_latest_reported(city_client, world) -> None:
    html = city_client.get(_url(world["city"], world["revenue"], "")).content.decode()
    assert _chart(html)["series"]["labels"][-1] == "9 tháng đầu năm 2022"


def test_children_ranked_highest_first_against_the_unit_value(city_client, world, communes) -> None:
    html = city_client.get(_url(world["city"], world["revenue"])).content.decode()
    assert _ranked_names(html) == ["Phường Hoàng Văn Thụ", "Phường Chi Lăng", "Xã Mai Pha"]
    caption = re.sub(r"<[^>]+>|\s+", " ", html.split('id="rollup-caption">', 1)[1].split("</p>", 1)[0])
    caption = re.sub(r"\s+", " ", caption).strip()
    assert caption.startswith(
        "Tổng các đơn vị trực thuộc: 400 tỷ đồng / Số của đơn vị: 404 tỷ đồng (chênh lệch +4)"
    )
    assert "3/3 đơn vị có số liệu" in caption
    chart = _chart(html)
    assert chart["children"]["labels"] == ["Hoàng Văn Thụ", "Chi Lăng", "Mai Pha"]
    assert chart["children"]["values"] == [250.0, 100.0, 50.0]


def test_lower_is_better_ranks_the_lowest_first(city_client, world, communes) -> None:
    poverty = f.make_poverty_rate()
    f.make_target(poverty, world["city"], "3", period_code="2022", source=Target.Source.YEARLY_PLAN)
    f.make_result(poverty, world["city"], "3.4", period_code="2022-9M")
    for name, value in (("Phường Chi Lăng", "3.4"), ("Phường Hoàng Văn Thụ", "1.2"),
                        ("Xã Mai Pha", "5")):
        f.make_result(poverty, communes[name], value, period_code="2022-9M")
    html = city_client.get(_url(world["city"], poverty)).content.decode()
    assert _ranked_names(html) == ["Phường Hoàng Văn Thụ", "Phường Chi Lăng", "Xã Mai Pha"]
    assert "thấp nhất đứng đầu" in html
    assert "Bình quân các đơn vị trực thuộc" in html
    assert "≤ 3%" in html


def test_evidence_behind_each_value(city_client, world, communes) -> None:
    revenue = world["revenue"]
    typist = f.make_user("nguyenvana")
    Result.objects.filter(unit=world["city"], indicator=revenue).update(created_by=typist)
    Result.objects.filter(unit=communes["Phường Chi Lăng"]).update(
        provenance=Result.Provenance.SHEET, source_label="bao-cao-9-thang-2022.xlsx",
        source_ref="Biểu 01!C12",
    )
    sentence = "Thu ngân sách trên địa bàn đạt hơn 250 tỷ đồng, vượt 12% dự toán"
    start = sentence.index("250 tỷ đồng")
    Result.objects.filter(unit=communes["Phường Hoàng Văn Thụ"]).update(
        provenance=Result.Provenance.TEXT, source_label="Báo Lạng Sơn", evidence=sentence,
        evidence_start=start, evidence_end=start + len("250 tỷ đồng"),
    )
    Result.objects.filter(unit=communes["Xã Mai Pha"]).update(
        provenance=Result.Provenance.SYNTHETIC, is_sample=True
    )
    html = city_client.get(_url(world["city"], revenue)).content.decode()
    assert html.count("nhập bởi nguyenvana") == 2  # both 9-month figures of the series
    assert "bao-cao-9-thang-2022.xlsx" in html and "Biểu 01!C12" in html
    assert "Thu ngân sách trên địa bàn đạt hơn <mark>250 tỷ đồng</mark>, vượt 12% dự toán" in html
    mai_pha = html.split(">Xã Mai Pha</a>", 1)[1].split("</tr>", 1)[0]
    assert 'class="badge sample"' in mai_pha and "Sinh tự động (mẫu)" in mai_pha


def _grow(world, count: int) -> None:
    """``count`` children reporting 2022-9M, and the city's 9-month figures back to 2022 - count."""
    city, revenue = world["city"], world["revenue"]
    for n in range(count):
        commune = f.make_commune(city, f"Xã Thử {n:02d}")
        f.make_result(revenue, commune, 10 + n, period_code="2022-9M")
        f.make_result(revenue, city, 300 + n, period_code=f"{2020 - n}-9M")


@pytest.mark.parametrize("count", [2, 12])
def test_queries_do_not_grow_with_children_or_periods(
    city_client, world, count, django_assert_num_queries
) -> None:
    _grow(world, count)
    # session, user, membership, unit, indicator, period, data version; lineage links, series
    # results and targets; children ranked, their results, the roll-up
    with django_assert_num_queries(13):
        response = city_client.get(_url(world["city"], world["revenue"]))
    html = response.content.decode()
    assert len(_ranked_names(html)) == count
    assert len(_chart(html)["series"]["values"]) == count + 2


def test_a_second_reader_gets_the_body_from_the_cache_until_a_change(
    city_client, world, communes
) -> None:
    url = _url(world["city"], world["revenue"])
    assert 'id="own-value">404 tỷ đồng<' in city_client.get(url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = city_client.get(url).content.decode()
    assert not any("results_result" in query["sql"] for query in queries.captured_queries)
    assert _ranked_names(again) == ["Phường Hoàng Văn Thụ", "Phường Chi Lăng", "Xã Mai Pha"]
    mai_pha = Result.objects.get(unit=communes["Xã Mai Pha"], indicator=world["revenue"])
    result_update(result=mai_pha, value=Decimal("900"), by=None)
    assert _ranked_names(city_client.get(url).content.decode())[0] == "Xã Mai Pha"


def test_a_unit_outside_the_subtree_is_not_found(city_client, world) -> None:
    assert city_client.get(_url(world["other"], world["revenue"])).status_code == 404
    assert city_client.get(_url(world["province"], world["revenue"])).status_code == 404
    assert city_client.get(f"/don-vi/{world['city'].pk}/chi-tieu/999999/").status_code == 404


def test_a_child_unit_is_reachable_and_links_back(client, world, communes) -> None:
    user = f.make_user("canbo-tinh")
    Membership.objects.create(user=user, unit=world["province"], role=Membership.Role.VIEWER)
    client.force_login(user)
    html = client.get(_url(world["city"], world["revenue"])).content.decode()
    chi_lang = communes["Phường Chi Lăng"]
    assert f'href="/don-vi/{chi_lang.pk}/chi-tieu/{world["revenue"].pk}/?ky=2022-9M"' in html
    assert client.get(_url(chi_lang, world["revenue"])).status_code == 200


def test_a_malformed_period_code_is_reported(city_client, world) -> None:
    html = city_client.get(_url(world["city"], world["revenue"], "2022-X")).content.decode()
    assert "Mã kỳ không hợp lệ." in html
    assert "indicator-chart-data" not in html


def test_login_required(client, world) -> None:
    response = client.get(_url(world["city"], world["revenue"]))
    assert response.status_code == 302


SIZES = {"desktop": (1366, 900), "phone": (375, 812)}


@pytest.fixture
def browser_world(transactional_db):
    province = f.make_province()
    city = f.make_district(province, "Thành phố Lạng Sơn", short_name="TP Lạng Sơn")
    revenue = f.make_indicator(sort_order=1)
    for year, target, value in ((2019, "300", "280.5"), (2020, "320", "301"), (2021, "340", "331.15"),
                                (2022, "367.3", "404")):
        f.make_target(revenue, city, target, period_code=str(year),
                      source=Target.Source.BUDGET_ESTIMATE)
        f.make_result(revenue, city, value, period_code=f"{year}-9M", is_sample=year == 2019)
    sentence = "Thu ngân sách nhà nước 9 tháng đạt hơn 150,2 tỷ đồng, vượt 10% dự toán"
    start = sentence.index("150,2 tỷ đồng")
    for name, value, extra in (
        ("Phường Chi Lăng", "150.2", {"provenance": Result.Provenance.TEXT,
                                     "source_label": "Báo Lạng Sơn", "evidence": sentence,
                                     "evidence_start": start, "evidence_end": start + 13}),
        ("Phường Hoàng Văn Thụ", "120.5", {"provenance": Result.Provenance.SHEET,
                                          "source_label": "bao-cao-9-thang-2022.xlsx",
                                          "source_ref": "Biểu 01!C12"}),
        ("Phường Vĩnh Trại", "80", {}),
        ("Phường Đông Kinh", "45.3", {"provenance": Result.Provenance.SYNTHETIC, "is_sample": True}),
        ("Xã Mai Pha", "8", {}),
    ):
        commune = f.make_commune(city, name, short_name=name.split(" ", 1)[1])
        f.make_result(revenue, commune, value, period_code="2022-9M", **extra)
    user = f.make_user("canbo-thanhpho", first_name="Nguyễn", last_name="Văn A")
    Result.objects.filter(unit=city).update(created_by=user)
    Membership.objects.create(user=user, unit=city, role=Membership.Role.VIEWER)
    return {"city": city, "revenue": revenue, "user": user}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_indicator_page_in_a_browser(
    page, live_server, browser_world, artifacts_dir, sign_in_browser
) -> None:
    out = artifacts_dir / "web"
    out.mkdir(parents=True, exist_ok=True)
    sign_in_browser(browser_world["user"])
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(live_server.url + _url(browser_world["city"], browser_world["revenue"]))
    page.wait_for_function(
        "() => window.echarts && echarts.getInstanceByDom(document.getElementById('series-chart'))"
    )
    assert page.locator("#series-chart canvas").count() == 1
    assert page.locator("#children-chart canvas").count() == 1
    count = "id => echarts.getInstanceByDom(document.getElementById(id)).getOption().series.length"
    assert page.evaluate(count, "series-chart") == 2
    assert page.evaluate(count, "children-chart") == 1
    assert page.evaluate(
        "() => echarts.getInstanceByDom(document.getElementById('series-chart')).getOption()"
        ".series[0].data.length"
    ) == 4
    assert page.locator("#ranking-table tbody tr").first.inner_text().startswith("1")
    assert page.locator("mark").first.inner_text() == "150,2 tỷ đồng"
    for name, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(200)  # the charts follow the resize
        page.screenshot(path=str(out / f"indicator-{name}.png"), full_page=True)


def test_a_merged_commune_shows_its_predecessors_figures_as_the_dashboard_does(client, world) -> None:
    # given two communes merged into a new one on 1/7/2025 (predecessors end on 30/6)
    city, revenue = world["city"], world["revenue"]
    north = f.make_commune(city, "Xã Bắc Cũ")
    south = f.make_commune(city, "Xã Nam Cũ")
    merged = f.make_commune(city, "Xã Hợp Nhất", valid_from=dt.date(2025, 7, 1))
    for old in (north, south):
        f.make_succession(old, merged, dt.date(2025, 7, 1))
    f.make_result(revenue, north, "100", period_code="2024-9M")
    f.make_result(revenue, south, "50", period_code="2024-9M")
    f.make_result(revenue, north, "70", period_code="2025-6M")
    f.make_result(revenue, south, "30", period_code="2025-6M")
    f.make_result(revenue, merged, "40", period_code="2025-9M")
    user = f.make_user()
    Membership.objects.create(user=user, unit=merged, role=Membership.Role.VIEWER)
    client.force_login(user)
    # when its indicator page opens (on its latest period, 9 months of 2025)
    chart = _chart(client.get(_url(merged, revenue, "")).content.decode())
    # then the series runs through the predecessors' years: 100 + 50, then 40 + 70 + 30
    assert chart["series"]["labels"] == ["9 tháng đầu năm 2024", "9 tháng đầu năm 2025"]
    assert chart["series"]["values"] == [150.0, 140.0]
    # and each value is the dashboard's
    dashboard = client.get(f"/don-vi/{merged.pk}/?ky=2025-9M").content.decode()
    assert "140 tỷ đồng" in dashboard
