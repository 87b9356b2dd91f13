"""Home: the units the account sees, each with its score, overdue tasks and open recommendations."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from tiendo.web import views
from tiendo.work.models import KeyTask


def _queries(client) -> tuple[int, str]:
    """The queries of a first reader: the factories write without the audit trail, so the
    cached cards would not know of them."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_home_lists_the_unit_then_its_children(city_client, world) -> None:
    f.make_commune(world["city"], "Phường Chi Lăng")
    _n, html = _queries(city_client)
    assert html.index("Thành phố Lạng Sơn") < html.index("Phường Chi Lăng")
    assert "1/1 chỉ tiêu đạt" in html
    assert "Tỉnh Cao Bằng" not in html


def _add_communes(world, count: int) -> None:
    """``count`` communes of the city, each with a target met in 9 months of 2022."""
    for _ in range(count):
        commune = f.make_commune(world["city"])
        f.make_target(world["revenue"], commune, "10", period_code="2022")
        f.make_result(world["revenue"], commune, "12", period_code="2022-9M")


def test_home_query_count_does_not_grow_with_units(city_client, world) -> None:
    _add_communes(world, 2)
    few, _html = _queries(city_client)
    _add_communes(world, 20)
    many, html = _queries(city_client)
    assert many == few
    assert html.count("1/1 chỉ tiêu đạt") == min(23, views.HOME_PAGE_SIZE)


def test_home_counts_overdue_tasks(city_client, world) -> None:
    KeyTask.objects.create(
        unit=world["city"], title="Hoàn thành giải phóng mặt bằng", deadline=dt.date(2020, 1, 1)
    )
    _n, html = _queries(city_client)
    assert '<div class="alert"><dt>Nhiệm vụ quá hạn</dt><dd>1</dd>' in html


def test_home_keeps_former_units_that_reported_after_those_without_figures(client, world) -> None:
    # given a province account, today's communes without figures, and two districts abolished in 2025
    from tiendo.accounts.models import Membership

    province = world["province"]
    reported = f.make_district(province, "Huyện Bắc Sơn", valid_to=dt.date(2025, 6, 30))
    f.make_result(world["revenue"], reported, "35.8", period_code="2023-9M")
    f.make_district(province, "Huyện Chi Lăng", valid_to=dt.date(2025, 6, 30))
    f.make_commune(province, "Xã An Bình", valid_from=dt.date(2025, 7, 1))
    user = f.make_user("canbo-tinh")
    Membership.objects.create(user=user, unit=province, role=Membership.Role.VIEWER)
    client.force_login(user)
    # when the home page is opened
    _n, html = _queries(client)
    # then the former district with figures is listed, marked with its end, before the empty commune
    assert html.index("Tỉnh Lạng Sơn") < html.index("Huyện Bắc Sơn") < html.index("Xã An Bình")
    assert "Hoạt động đến 30/6/2025" in html
    assert "Huyện Chi Lăng" not in html


def test_home_scores_one_page_of_units_in_the_same_queries(city_client, world, monkeypatch) -> None:
    # given a page of 5 cards and a city with 7, then 19 communes that reported
    monkeypatch.setattr(views, "HOME_PAGE_SIZE", 5)
    _add_communes(world, 7)
    few, html = _queries(city_client)
    _add_communes(world, 12)
    many, html = _queries(city_client)
    # then the first page has the city and 4 communes, in as many queries for 20 units as for 8
    assert many == few
    assert html.count('class="card unit-card') == 5
    assert "Trang 1/4" in html and 'href="?trang=2"' in html
    # and the last page scores the last 5 communes
    last = city_client.get("/?trang=4").content.decode()
    assert last.count('class="card unit-card') == 5 and last.count("1/1 chỉ tiêu đạt") == 5
    assert "unit-card-main" not in last
