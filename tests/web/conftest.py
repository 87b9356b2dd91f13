"""A province, the city of Lạng Sơn under it, and accounts for each."""

from __future__ import annotations

import pytest

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.results.models import Target


@pytest.fixture
def world(db):
    province = f.make_province()
    city = f.make_district(province, "Thành phố Lạng Sơn", short_name="TP Lạng Sơn")
    other = f.make_province("Tỉnh Cao Bằng")
    revenue = f.make_indicator(sort_order=1)
    f.make_target(revenue, city, "367.3", period_code="2022", source=Target.Source.BUDGET_ESTIMATE)
    f.make_result(revenue, city, "404", period_code="2022-9M")
    f.make_result(revenue, city, "331.15", period_code="2021-9M")
    f.make_result(revenue, city, "120", period_code="2022-Q1")
    user = f.make_user("canbo-thanhpho")
    Membership.objects.create(user=user, unit=city, role=Membership.Role.VIEWER)
    return {"province": province, "city": city, "other": other, "revenue": revenue, "user": user}


@pytest.fixture
def city_client(client, world):
    client.force_login(world["user"])
    return client


@pytest.fixture
def sign_in_browser(page, live_server, client, settings):
    """Sign ``user`` in to the browser ``page`` through a session cookie, sparing the sign-in
    form (the journey in test_browser.py goes through it)."""

    def sign_in(user) -> None:
        client.force_login(user)
        page.context.add_cookies([{
            "name": settings.SESSION_COOKIE_NAME,
            "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
            "url": live_server.url,
        }])

    return sign_in
