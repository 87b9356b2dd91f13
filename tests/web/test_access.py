"""Pages answer 200 inside the account's subtree and 404 outside it, missing or forbidden alike."""

from __future__ import annotations

import pytest
from django.http import Http404

from tests import factories as f
from tiendo.accounts.access import access_unit, visible_units


def test_an_account_sees_its_unit_and_the_units_below(world) -> None:
    commune = f.make_commune(world["city"], "Phường Chi Lăng")
    assert set(visible_units(world["user"])) == {world["city"], commune}


def test_a_superuser_sees_every_unit(world) -> None:
    admin = f.make_user("quantri", is_superuser=True)
    assert visible_units(admin).count() == 3


def test_missing_and_forbidden_units_raise_the_same_404(world) -> None:
    with pytest.raises(Http404):
        access_unit(world["user"], world["province"].pk)
    with pytest.raises(Http404):
        access_unit(world["user"], 999_999)
    assert access_unit(world["user"], world["city"].pk) == world["city"]


def test_dashboard_pages_follow_the_rules(city_client, world) -> None:
    assert city_client.get(f"/don-vi/{world['city'].pk}/").status_code == 200
    assert city_client.get(f"/don-vi/{world['province'].pk}/").status_code == 404
    assert city_client.get(f"/don-vi/{world['other'].pk}/").status_code == 404
    assert city_client.get("/don-vi/999999/").status_code == 404
    url = f"/don-vi/{world['other'].pk}/du-bao/{world['revenue'].pk}/?ky=2022-9M"
    assert city_client.get(url).status_code == 404


def test_pages_ask_for_a_login(client, world) -> None:
    response = client.get(f"/don-vi/{world['city'].pk}/")
    assert (response.status_code, response["Location"]) == (
        302, f"/dang-nhap/?next=/don-vi/{world['city'].pk}/"
    )
    assert client.get("/dang-nhap/").status_code == 200
