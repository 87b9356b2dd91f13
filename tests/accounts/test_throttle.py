"""Login throttling: five failures for one account from one address within 15 minutes,
then a Vietnamese message and no sign-in, on the web page and the admin alike."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from tiendo.accounts.models import LoginFailure
from tiendo.accounts.throttle import client_ip

PASSWORD = "mat-khau-thu-2025"


@pytest.fixture
def account(db):
    return f.make_user("canbo", password=PASSWORD, is_staff=True)


def _login(client: Client, password: str, url: str = "/dang-nhap/", ip: str = "10.0.0.1"):
    return client.post(url, {"username": "canbo", "password": password}, REMOTE_ADDR=ip)


def test_five_failures_then_even_the_right_password_waits(client, account, settings) -> None:
    for _attempt in range(4):
        response = _login(client, "sai")
        assert "Đăng nhập sai quá" not in response.content.decode()
    fifth = _login(client, "sai").content.decode()
    assert "Đăng nhập sai quá 5 lần trong 15 phút. Hãy thử lại sau 15 phút." in fifth
    refused = _login(client, PASSWORD)
    assert refused.status_code == 200 and "Đăng nhập sai quá" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not held back by these failures.
    assert _login(Client(), PASSWORD, ip="10.0.0.2").status_code == 302


def test_the_wait_ends_with_the_window_and_a_success_clears_the_count(client, account) -> None:
    for _attempt in range(5):
        _login(client, "sai")
    LoginFailure.objects.update(at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert _login(client, PASSWORD).status_code == 302
    assert LoginFailure.objects.filter(username="canbo").count() == 0


def test_the_admin_sign_in_is_throttled_too(account) -> None:
    client = Client()
    for _attempt in range(5):
        _login(client, "sai", url="/admin/login/")
    response = _login(client, PASSWORD, url="/admin/login/")
    assert "Đăng nhập sai quá" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_count_is_per_account_name_whatever_its_case(client, account) -> None:
    for _attempt in range(5):
        client.post("/dang-nhap/", {"username": "CanBo", "password": "sai"}, REMOTE_ADDR="10.0.0.1")
    assert "Đăng nhập sai quá" in _login(client, PASSWORD).content.decode()


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "", "10.0.0.9"),
        (0, "203.0.113.7", "10.0.0.9"),  # no proxy of ours: a client's own header is ignored
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # the client wrote the first part
        (2, "198.51.100.1, 203.0.113.7, 10.1.1.1", "203.0.113.7"),
        (2, "203.0.113.7", "10.0.0.9"),  # fewer parts than proxies: not from our proxies
        (1, " , ", "10.0.0.9"),
    ],
)
def test_the_address_counted_behind_our_proxies(rf, settings, proxies, forwarded, expected) -> None:
    settings.TRUSTED_PROXIES = proxies
    request = rf.post("/dang-nhap/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
