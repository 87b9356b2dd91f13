"""The language switch: Vietnamese by default, English after a POST to /i18n/setlang/."""

from __future__ import annotations


def test_switch_to_english(city_client, world) -> None:
    url = f"/don-vi/{world['city'].pk}/?ky=2022-9M"
    assert "chỉ tiêu đạt" in city_client.get(url).content.decode()
    response = city_client.post("/i18n/setlang/", {"language": "en", "next": url})
    assert response.status_code == 302
    html = city_client.get(url).content.decode()
    assert '<html lang="en">' in html
    assert "1/1 indicators met" in html
    assert "Reporting period" in html
