"""The interface speaks Vietnamese whatever the browser asks for, and English when chosen."""

from __future__ import annotations

import pytest
from django.conf import settings


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cookie", "accept", "expected_text"),
    [
        (None, "en-US,en;q=0.9", "Đăng nhập"),
        (None, "", "Đăng nhập"),
        ("en", "vi", "Log in"),
        ("vi", "en", "Đăng nhập"),
        ("fr", "en", "Đăng nhập"),
    ],
)
def test_language_is_chosen_not_guessed(client, cookie, accept, expected_text) -> None:
    if cookie:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 200
    assert expected_text in response.content.decode()


@pytest.mark.django_db
def test_a_request_in_english_leaves_the_thread_in_vietnamese(client) -> None:
    from django.utils import translation

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.get("/admin/login/")
    assert translation.get_language() == settings.LANGUAGE_CODE
