"""Search from the header: marks ignored, Vietnamese order, only what the account sees,
live results through htmx, bounded queries."""

from __future__ import annotations

import re

import pytest

from tests import factories as f
from tiendo.accounts.search import search_visible
from tiendo.core.search import search_text
from tiendo.work.models import KeyTask


def _task(unit, title: str) -> KeyTask:
    return KeyTask.objects.create(unit=unit, title=title, search_text=search_text([title], max_length=2000))


@pytest.fixture
def places(world):
    city = world["city"]
    for name in ("Xã Bắc Sơn", "Xã Bắc Quỳnh", "Xã Bác Sơn Mới", "Phường Đông Kinh", "Phường Dông Sơn"):
        f.make_commune(city, name)
    f.make_district(world["province"], "Huyện Bắc Sơn")  # beside the city: not the account's
    f.make_commune(world["other"], "Xã Bắc Hợp")          # another province
    return city


def _names(html: str, heading: str) -> list[str]:
    section = re.search(rf"<h2>{heading}</h2><ul>(.*?)</ul>", html, re.S)
    return re.findall(r"<a [^>]*>([^<]*)</a>", section[1]) if section else []


def test_without_accents_and_in_vietnamese_order(city_client, places) -> None:
    html = city_client.get("/tim-kiem/", {"q": "bac"}).content.decode()
    # ``Bác`` before ``Bắc`` (a < ă), the district and the other province's commune left out
    assert _names(html, "Đơn vị") == ["Xã Bác Sơn Mới", "Xã Bắc Quỳnh", "Xã Bắc Sơn"]


def test_d_before_dd(city_client, places) -> None:
    html = city_client.get("/tim-kiem/", {"q": "phuong d"}).content.decode()
    assert _names(html, "Đơn vị") == ["Phường Dông Sơn", "Phường Đông Kinh"]


@pytest.mark.parametrize(
    ("query", "heading", "expected"),
    [
        ("son bac", "Đơn vị", ["Xã Bác Sơn Mới", "Xã Bắc Sơn"]),
        ("moi son bac", "Đơn vị", ["Xã Bác Sơn Mới"]),
        ("ngan sach thu", "Chỉ tiêu", ["Thu ngân sách nhà nước"]),
        ("cong dau tu giai ngan", "Nhiệm vụ trọng tâm", ["Đẩy nhanh giải ngân vốn đầu tư công"]),
        ("son bac kinh", "Đơn vị", []),
    ],
)
def test_the_words_may_come_in_any_order(city_client, world, places, query, heading, expected) -> None:
    _task(world["city"], "Đẩy nhanh giải ngân vốn đầu tư công")
    html = city_client.get("/tim-kiem/", {"q": query}).content.decode()
    assert _names(html, heading) == expected


def test_an_indicator_is_found_without_marks_and_opens_on_the_accounts_unit(city_client, world) -> None:
    html = city_client.get("/tim-kiem/", {"q": "thu ngan sach"}).content.decode()
    assert _names(html, "Chỉ tiêu") == ["Thu ngân sách nhà nước"]
    assert f'href="/don-vi/{world["city"].pk}/chi-tieu/{world["revenue"].pk}/"' in html


def test_tasks_and_documents_of_units_the_account_does_not_see_are_left_out(city_client, world) -> None:
    _task(world["city"], "Đẩy nhanh giải ngân vốn đầu tư công")
    _task(world["other"], "Đẩy nhanh giải ngân vốn sự nghiệp")
    mine = f.make_document(issuer=world["city"], title="Nghị quyết về giải ngân vốn đầu tư công")
    f.make_document("70-NQ/TU", issuer=world["other"], title="Nghị quyết về giải ngân vốn Cao Bằng")
    html = city_client.get("/tim-kiem/", {"q": "giai ngan"}).content.decode()
    assert _names(html, "Nhiệm vụ trọng tâm") == ["Đẩy nhanh giải ngân vốn đầu tư công"]
    assert _names(html, "Văn bản") == [str(mine)]


def test_live_results_come_as_a_fragment(city_client, places) -> None:
    response = city_client.get("/tim-kiem/", {"q": "Bac Son"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html and html.lstrip().startswith('<div class="results"')
    assert _names(html, "Đơn vị") == ["Xã Bác Sơn Mới", "Xã Bắc Sơn"]
    assert "Xem tất cả kết quả" in html


def test_nothing_found_and_too_short(city_client, world) -> None:
    assert "Không tìm thấy “zzz”." in city_client.get("/tim-kiem/", {"q": "zzz"}).content.decode()
    assert "Hãy gõ ít nhất 2 ký tự." in city_client.get("/tim-kiem/", {"q": "b"}).content.decode()


def test_an_account_without_a_unit_finds_nothing(world) -> None:
    assert search_visible(user=f.make_user(), query="thu ngan sach", limit=5).empty


def test_the_live_list_is_cut_and_says_so(world) -> None:
    for n in range(8):
        f.make_commune(world["city"], f"Xã Tân {n}")
    found = search_visible(user=world["user"], query="tan", limit=5)
    assert ([u.name for u in found.units.items], found.units.more) == (
        [f"Xã Tân {n}" for n in range(5)], True
    )


@pytest.mark.parametrize("count", [3, 60])
def test_search_runs_a_bounded_number_of_queries(city_client, world, count,
                                                 django_assert_max_num_queries) -> None:
    for n in range(count):
        f.make_commune(world["city"], f"Xã Bắc {n}")
        _task(world["city"], f"Nhiệm vụ Bắc {n}")
        f.make_document(f"{n + 1}-KH/TU", issuer=world["city"], title=f"Kế hoạch Bắc {n}")
    with django_assert_max_num_queries(9):
        assert city_client.get("/tim-kiem/", {"q": "bac"}).status_code == 200
