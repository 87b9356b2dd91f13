"""The work pages: task board and task page, meetings, recommendations, shortcomings and
documents. Statuses exact, filters without JavaScript, bounded queries, 404 outside the subtree."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.catalogue.models import Document
from tiendo.work.models import (
    KeyTask,
    Meeting,
    Person,
    ProgressNote,
    Recommendation,
    Shortcoming,
)
from tiendo.work.services.tasks import key_task_complete

DONE, IN_PROGRESS = KeyTask.Status.DONE, KeyTask.Status.IN_PROGRESS
FAR = dt.date(2099, 12, 31)


def make_task(unit, title, **extra) -> KeyTask:
    return KeyTask.objects.create(title=title, unit=unit, **extra)


def make_meeting(unit, **extra) -> Meeting:
    fields = {"kind": Meeting.Kind.EXECUTIVE, "date": dt.date(2022, 10, 5)} | extra
    return Meeting.objects.create(unit=unit, **fields)


@pytest.fixture
def board(world):
    """The city's tasks, one in each board status, and one set by the province."""
    city = world["city"]
    commune = f.make_commune(city, "Phường Chi Lăng")
    office = f.make_unit("Văn phòng Thành ủy", parent=city, short_name="VP Thành ủy")
    return {
        "commune": commune,
        "office": office,
        "late": make_task(city, "Hoàn thành quy hoạch chung", deadline=dt.date(2022, 6, 30),
                          status=DONE, completed_on=dt.date(2022, 7, 15), period=f.period("2022")),
        "on_time": make_task(city, "Tổ chức Đại hội thể dục thể thao", deadline=dt.date(2022, 8, 31),
                             status=DONE, completed_on=dt.date(2022, 8, 20), period=f.period("2022")),
        "overdue": make_task(commune, "Giải phóng mặt bằng khu tái định cư",
                             deadline=dt.date(2022, 9, 30), status=IN_PROGRESS, lead_unit=office,
                             period=f.period("2022")),
        "in_progress": make_task(city, "Xây dựng đô thị văn minh", deadline=FAR, status=IN_PROGRESS,
                                 lead_unit=office, period=f.period("2023")),
        "not_started": make_task(city, "Chuyển đổi số các phường", deadline=FAR,
                                 period=f.period("2023")),
        "outside": make_task(world["province"], "Nhiệm vụ của tỉnh", deadline=dt.date(2022, 1, 1)),
    }


def _html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _groups(html: str) -> dict[str, list[str]]:
    """``{board status: task titles}`` in page order."""
    sections = re.findall(r'<section class="status-group bs-(\w+)".*?</section>', html, re.S)
    bodies = re.split(r'<section class="status-group bs-\w+"', html)[1:]
    return {
        status: re.findall(r'class="task-title"[^>]*>([^<]*)</a>', body)
        for status, body in zip(sections, bodies, strict=True)
    }


def _counts(html: str) -> dict[str, int]:
    return {status: int(n) for status, n in re.findall(r'id="count-(\w+)">(\d+)<', html)}


# The board


def test_the_board_groups_tasks_by_status_overdue_first(city_client, world, board) -> None:
    html = _html(city_client, f"/don-vi/{world['city'].pk}/nhiem-vu/")
    assert _groups(html) == {
        "overdue": ["Giải phóng mặt bằng khu tái định cư"],
        "not_started": ["Chuyển đổi số các phường"],
        "in_progress": ["Xây dựng đô thị văn minh"],
        "done_on_time": ["Tổ chức Đại hội thể dục thể thao"],
        "done_late": ["Hoàn thành quy hoạch chung"],
    }
    assert _counts(html) == {
        "overdue": 1, "not_started": 1, "in_progress": 1, "done_on_time": 1, "done_late": 1,
    }
    assert "Quá hạn" in html and "Hoàn thành chậm" in html
    assert "30/9/2022" in html
    assert "Nhiệm vụ của tỉnh" not in html


def test_the_cached_board_follows_the_data_and_the_day(city_client, world, board, monkeypatch) -> None:
    url = f"/don-vi/{world['city'].pk}/nhiem-vu/"
    today = timezone.localdate()
    due = make_task(world["city"], "Kiểm tra công tác phòng cháy", deadline=today, period=f.period("2022"))
    assert "Kiểm tra công tác phòng cháy" in _groups(_html(city_client, url))["not_started"]
    monkeypatch.setattr(timezone, "localdate", lambda: today + dt.timedelta(days=1))
    assert "Kiểm tra công tác phòng cháy" in _groups(_html(city_client, url))["overdue"]
    key_task_complete(task=due, by=None, completed_on=today)
    assert "Kiểm tra công tác phòng cháy" in _groups(_html(city_client, url))["done_on_time"]


def test_the_board_filters_by_lead_unit_period_and_status(city_client, world, board) -> None:
    url = f"/don-vi/{world['city'].pk}/nhiem-vu/"
    by_lead = _html(city_client, f"{url}?chu-tri={board['office'].pk}")
    assert _groups(by_lead) == {
        "overdue": ["Giải phóng mặt bằng khu tái định cư"],
        "in_progress": ["Xây dựng đô thị văn minh"],
    }
    assert _counts(by_lead) == {
        "overdue": 1, "not_started": 0, "in_progress": 1, "done_on_time": 0, "done_late": 0,
    }
    by_period = _html(city_client, f"{url}?ky=2023")
    assert _groups(by_period) == {
        "not_started": ["Chuyển đổi số các phường"], "in_progress": ["Xây dựng đô thị văn minh"],
    }
    by_status = _html(city_client, f"{url}?ky=2022&trang-thai=done_late")
    assert _groups(by_status) == {"done_late": ["Hoàn thành quy hoạch chung"]}
    assert _counts(by_status)["done_on_time"] == 1
    nothing = _html(city_client, f"{url}?chu-tri={world['other'].pk}")
    assert _groups(nothing) == {}
    assert "Không có mục nào khớp bộ lọc." in nothing


def test_the_board_filter_through_htmx_returns_the_groups_only(city_client, world, board) -> None:
    response = city_client.get(
        f"/don-vi/{world['city'].pk}/nhiem-vu/?trang-thai=overdue",
        HTTP_HX_REQUEST="true", HTTP_HX_TARGET="task-board",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="task-board">')
    assert "<html" not in html
    assert _groups(html) == {"overdue": ["Giải phóng mặt bằng khu tái định cư"]}


def test_the_board_of_a_unit_below_shows_only_its_tasks(client, world, board) -> None:
    admin = f.make_user("quantri", is_superuser=True)
    client.force_login(admin)
    html = _html(client, f"/don-vi/{board['commune'].pk}/nhiem-vu/")
    assert _groups(html) == {"overdue": ["Giải phóng mặt bằng khu tái định cư"]}


# The task page


def test_the_task_page_shows_notes_origin_and_carry_over(city_client, world, board) -> None:
    city = world["city"]
    meeting = make_meeting(city, session=12, date=dt.date(2022, 1, 10))
    document = f.make_document("45-NQ/TU", date=dt.date(2022, 1, 12), issuer=city)
    task = board["overdue"]
    task.meeting, task.document = meeting, document
    task.carried_over_from = board["late"]
    task.save()
    follow_up = make_task(city, "Bàn giao mặt bằng giai đoạn 2", carried_over_from=task,
                          period=f.period("2023"))
    ProgressNote.objects.create(task=task, date=dt.date(2022, 8, 15), text="Đã kiểm đếm 80% hộ", percent=60)
    ProgressNote.objects.create(task=task, date=dt.date(2022, 9, 20), text="Còn 12 hộ chưa đồng ý", percent=85)
    html = _html(city_client, f"/don-vi/{city.pk}/nhiem-vu/{task.pk}/")
    assert "Giải phóng mặt bằng khu tái định cư" in html
    assert '<span class="badge status">Quá hạn</span>' in html
    assert html.index("20/9/2022") < html.index("15/8/2022")
    assert "Còn 12 hộ chưa đồng ý" in html and "85%" in html
    assert f"/don-vi/{city.pk}/hoi-nghi/{meeting.pk}/" in html
    assert f"/don-vi/{city.pk}/van-ban/{document.pk}/" in html
    assert "Nghị quyết số 45-NQ/TU, ngày 12/1/2022" in html
    assert f'href="/don-vi/{city.pk}/nhiem-vu/{board["late"].pk}/">Hoàn thành quy hoạch chung' in html
    assert f'href="/don-vi/{city.pk}/nhiem-vu/{follow_up.pk}/">Bàn giao mặt bằng giai đoạn 2' in html
    assert "VP Thành ủy" in html or "Văn phòng Thành ủy" in html


# Meetings


@pytest.fixture
def meeting(world, board):
    city = world["city"]
    chair = Person.objects.create(name="Nguyễn Văn A", unit=city)
    meeting = make_meeting(
        city, kind=Meeting.Kind.EXECUTIVE, session=12, extended=True, date=dt.date(2022, 10, 5),
        term=f.make_term(city), chair=chair, chair_title="Bí thư Thành ủy",
        review_period=f.period("2022-9M"), conclusions="Tập trung giải phóng mặt bằng.",
    )
    meeting.attendees.set([chair, Person.objects.create(name="Trần Thị B", unit=city)])
    meeting.documents.add(f.make_document("45-NQ/TU", date=dt.date(2022, 10, 5), issuer=city,
                                          title="Về phát triển đô thị"))
    for key in ("overdue", "late"):
        board[key].meeting = meeting
        board[key].save(update_fields=["meeting"])
    Recommendation.objects.create(from_unit=city, to_unit=world["province"], meeting=meeting,
                                  text="Đề nghị bổ sung vốn đầu tư công")
    Shortcoming.objects.create(unit=city, period=f.period("2022-9M"), meeting=meeting,
                               text="Thu hút đầu tư còn hạn chế", cause="Thiếu quỹ đất sạch",
                               cause_kind=Shortcoming.CauseKind.SUBJECTIVE)
    return meeting


def test_the_meeting_list(city_client, world, meeting) -> None:
    make_meeting(world["city"], kind=Meeting.Kind.STANDING, date=dt.date(2022, 3, 1))
    html = _html(city_client, f"/don-vi/{world['city'].pk}/hoi-nghi/")
    assert html.index("5/10/2022") < html.index("1/3/2022")
    assert "Hội nghị Ban Chấp hành lần thứ 12 (mở rộng)" in html
    assert "2 nhiệm vụ · 1 văn bản" in html
    filtered = _html(city_client, f"/don-vi/{world['city'].pk}/hoi-nghi/?ky=2022-9M")
    assert "5/10/2022" in filtered and "1/3/2022" not in filtered


def test_the_meeting_page_shows_everything_it_decided(city_client, world, meeting) -> None:
    html = _html(city_client, f"/don-vi/{world['city'].pk}/hoi-nghi/{meeting.pk}/")
    assert "Hội nghị Ban Chấp hành lần thứ 12 (mở rộng)" in html
    assert "5/10/2022" in html
    assert "khóa XXIII, nhiệm kỳ 2020–2025" in html
    assert "Nguyễn Văn A, Bí thư Thành ủy" in html
    assert "Nguyễn Văn A, Trần Thị B" in html
    assert "Nghị quyết số 45-NQ/TU" in html and "Về phát triển đô thị" in html
    assert "Tập trung giải phóng mặt bằng." in html
    assert re.findall(r'class="task-title"[^>]*>([^<]*)</a>', html) == [
        "Hoàn thành quy hoạch chung", "Giải phóng mặt bằng khu tái định cư",
    ]
    assert '<span class="badge status">Hoàn thành chậm</span>' in html
    assert "Đề nghị bổ sung vốn đầu tư công" in html and "Chưa trả lời" in html
    assert "Thu hút đầu tư còn hạn chế" in html and "Nguyên nhân (chủ quan): Thiếu quỹ đất sạch" in html


# Recommendations and shortcomings


def test_recommendations_with_answer_and_status_filter(city_client, world) -> None:
    city, province = world["city"], world["province"]
    Recommendation.objects.create(from_unit=city, to_unit=province, text="Đề nghị hỗ trợ kinh phí")
    Recommendation.objects.create(
        from_unit=city, to_unit=province, text="Đề nghị điều chỉnh quy hoạch",
        answer="Đã giao Sở Xây dựng", answered_on=dt.date(2022, 11, 2),
        status=Recommendation.Status.ANSWERED,
    )
    Recommendation.objects.create(from_unit=world["other"], text="Kiến nghị của tỉnh khác")
    url = f"/don-vi/{city.pk}/kien-nghi/"
    html = _html(city_client, url)
    assert html.index("Đề nghị hỗ trợ kinh phí") < html.index("Đề nghị điều chỉnh quy hoạch")
    assert "Đã giao Sở Xây dựng" in html and "2/11/2022" in html
    assert "Kiến nghị của tỉnh khác" not in html
    assert "Tất cả (2)" in html and "Chưa trả lời (1)" in html
    answered = _html(city_client, f"{url}?trang-thai=answered")
    assert "Đề nghị điều chỉnh quy hoạch" in answered and "Đề nghị hỗ trợ kinh phí" not in answered


def test_shortcomings_by_period(city_client, world) -> None:
    city = world["city"]
    Shortcoming.objects.create(unit=city, period=f.period("2022-9M"), text="Giải ngân chậm")
    Shortcoming.objects.create(unit=city, period=f.period("2021"), text="Thu ngân sách chưa bền vững")
    url = f"/don-vi/{city.pk}/han-che/"
    html = _html(city_client, url)
    assert html.index("Giải ngân chậm") < html.index("Thu ngân sách chưa bền vững")
    assert "9 tháng đầu năm 2022" in html
    only = _html(city_client, f"{url}?ky=2021")
    assert "Thu ngân sách chưa bền vững" in only and "Giải ngân chậm" not in only


# Documents


def test_documents_list_and_page(city_client, world, board) -> None:
    city, province = world["city"], world["province"]
    resolution = f.make_document("62-NQ/TU", date=dt.date(2022, 9, 30), issuer=province,
                                 issuer_name="Ban Thường vụ Tỉnh ủy", title="Về phát triển kinh tế")
    f.make_target(world["revenue"], city, "400", period_code="2023", document=resolution)
    board["overdue"].document = resolution
    board["overdue"].save(update_fields=["document"])
    f.make_document("01-CT/TU", date=dt.date(2021, 1, 5), issuer=province)  # nothing for the city
    html = _html(city_client, f"/don-vi/{city.pk}/van-ban/")
    assert "62-NQ/TU" in html and "30/9/2022" in html and "Ban Thường vụ Tỉnh ủy" in html
    assert "Nghị quyết" in html
    assert "01-CT/TU" not in html
    page = _html(city_client, f"/don-vi/{city.pk}/van-ban/{resolution.pk}/")
    assert "Về phát triển kinh tế" in page
    assert "Thu ngân sách nhà nước" in page and "400 tỷ đồng" in page
    assert "Giải phóng mặt bằng khu tái định cư" in page


# Access


def test_pages_answer_404_outside_the_subtree(city_client, world, board, meeting) -> None:
    province, other = world["province"], world["other"]
    for path in ("nhiem-vu/", "hoi-nghi/", "kien-nghi/", "han-che/", "van-ban/"):
        assert city_client.get(f"/don-vi/{province.pk}/{path}").status_code == 404
        assert city_client.get(f"/don-vi/{other.pk}/{path}").status_code == 404
    city = world["city"]
    outside_task = board["outside"]
    province_meeting = make_meeting(province)
    province_document = f.make_document("01-CT/TU", date=dt.date(2021, 1, 5), issuer=province)
    assert city_client.get(f"/don-vi/{city.pk}/nhiem-vu/{outside_task.pk}/").status_code == 404
    assert city_client.get(f"/don-vi/{city.pk}/hoi-nghi/{province_meeting.pk}/").status_code == 404
    assert city_client.get(f"/don-vi/{city.pk}/van-ban/{province_document.pk}/").status_code == 404
    # A commune's page does not reach the city's objects.
    commune = board["commune"]
    assert city_client.get(f"/don-vi/{commune.pk}/hoi-nghi/{meeting.pk}/").status_code == 404
    assert city_client.get(f"/don-vi/{city.pk}/nhiem-vu/{board['late'].pk}/").status_code == 200


def test_pages_ask_for_a_login(client, world) -> None:
    response = client.get(f"/don-vi/{world['city'].pk}/nhiem-vu/")
    assert response.status_code == 302
    assert "/dang-nhap/" in response["Location"]


# Bounded queries


def _fill(world, count: int) -> tuple[Meeting, Document]:
    city = world["city"]
    office = f.make_unit(f"Phòng {count}", parent=city)
    document = f.make_document(f"{count}-NQ/TU", date=dt.date(2022, 1, 1), issuer=city)
    meeting = make_meeting(city, term=f.make_term(city, 2000 + count, 2005 + count))
    for n in range(count):
        task = make_task(city, f"Nhiệm vụ {n}", deadline=dt.date(2022, 1, 1) + dt.timedelta(days=n),
                         lead_unit=office, period=f.period("2022"), meeting=meeting, document=document)
        task.coordinating_units.add(office)
        ProgressNote.objects.create(task=task, date=dt.date(2022, 2, 1), text="Đang làm", percent=10)
        other = make_meeting(city, date=dt.date(2021, 1, 1) + dt.timedelta(days=n))
        other.documents.add(document)
        Recommendation.objects.create(from_unit=city, meeting=meeting, text=f"Kiến nghị {n}")
        Shortcoming.objects.create(unit=city, period=f.period("2022"), meeting=meeting, text=f"Hạn chế {n}")
        f.make_target(world["revenue"], city, n + 1, period_code=f"{1990 + n}", document=document)
    return meeting, document


@pytest.mark.parametrize("count", [3, 30])
def test_pages_run_a_fixed_number_of_queries(
    city_client, world, count, django_assert_num_queries
) -> None:
    meeting, document = _fill(world, count)
    city = world["city"]
    task = KeyTask.objects.filter(unit=city).first()
    # session and user (2) + the account's unit and the unit (2), then the page's own queries
    pages = {
        f"/don-vi/{city.pk}/nhiem-vu/?ky=2022": 4 + 5,  # data version, leads, periods, tasks, coordinating units
        f"/don-vi/{city.pk}/nhiem-vu/{task.pk}/": 4 + 4,  # task, coordinating, notes, carried to
        f"/don-vi/{city.pk}/hoi-nghi/": 4 + 5,  # periods, meetings, tasks, attendees, documents
        f"/don-vi/{city.pk}/hoi-nghi/{meeting.pk}/": 4 + 6,
        f"/don-vi/{city.pk}/kien-nghi/": 4 + 2,  # counts, list
        f"/don-vi/{city.pk}/han-che/": 4 + 2,  # periods, list
        f"/don-vi/{city.pk}/van-ban/": 4 + 1,
        f"/don-vi/{city.pk}/van-ban/{document.pk}/": 4 + 4,  # document, targets, tasks, meetings
    }
    for url, queries in pages.items():
        with django_assert_num_queries(queries):
            assert city_client.get(url).status_code == 200, url


# In a browser: screenshots of the board and a meeting page for review


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_screenshots_of_the_board_and_a_meeting(page, live_server, settings, artifacts_dir) -> None:
    province = f.make_province()
    city = f.make_district(province, "Thành phố Lạng Sơn", short_name="TP Lạng Sơn")
    office = f.make_unit("Phòng Quản lý đô thị", parent=city, short_name="Phòng QLĐT")
    user = f.make_user("canbo-thanhpho", password="mat-khau-thu-2025")
    Membership.objects.create(user=user, unit=city, role=Membership.Role.VIEWER)
    chair = Person.objects.create(name="Nguyễn Văn A", unit=city)
    meeting = make_meeting(
        city, session=12, extended=True, term=f.make_term(city), chair=chair,
        chair_title="Bí thư Thành ủy", review_period=f.period("2022-9M"),
        conclusions="Tập trung giải phóng mặt bằng các dự án trọng điểm.",
    )
    meeting.attendees.set([chair, Person.objects.create(name="Trần Thị B", unit=city)])
    meeting.documents.add(f.make_document("45-NQ/TU", date=dt.date(2022, 10, 5), issuer=city,
                                          title="Về phát triển đô thị giai đoạn 2022–2025"))
    period = f.period("2022")
    for title, extra in [
        ("Giải phóng mặt bằng khu tái định cư phường Đông Kinh", {"deadline": dt.date(2022, 9, 30),
                                                                  "status": IN_PROGRESS}),
        ("Hoàn thành quy hoạch chung thành phố", {"deadline": dt.date(2022, 6, 30), "status": DONE,
                                                  "completed_on": dt.date(2022, 7, 15)}),
        ("Tổ chức Đại hội thể dục thể thao", {"deadline": dt.date(2022, 8, 31), "status": DONE,
                                               "completed_on": dt.date(2022, 8, 20)}),
        ("Xây dựng đô thị văn minh, xanh, sạch, đẹp", {"deadline": FAR, "status": IN_PROGRESS}),
        ("Chuyển đổi số các phường", {"deadline": FAR}),
    ]:
        make_task(city, title, lead_unit=office, period=period, meeting=meeting, **extra)
    Recommendation.objects.create(from_unit=city, to_unit=province, meeting=meeting,
                                  text="Đề nghị bổ sung vốn đầu tư công")
    Shortcoming.objects.create(unit=city, period=f.period("2022-9M"), meeting=meeting,
                               text="Thu hút đầu tư còn hạn chế", cause="Thiếu quỹ đất sạch",
                               cause_kind=Shortcoming.CauseKind.SUBJECTIVE)
    out = artifacts_dir / "web"
    out.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill("canbo-thanhpho")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu-2025")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/")
    for name, path in [("board", f"/don-vi/{city.pk}/nhiem-vu/"),
                       ("meeting", f"/don-vi/{city.pk}/hoi-nghi/{meeting.pk}/")]:
        page.goto(live_server.url + path)
        for size, (width, height) in {"desktop": (1366, 900), "phone": (375, 812)}.items():
            page.set_viewport_size({"width": width, "height": height})
            page.screenshot(path=str(out / f"work-{name}-{size}.png"), full_page=True)
    page.goto(f"{live_server.url}/don-vi/{city.pk}/nhiem-vu/")
    assert page.locator("#count-overdue").inner_text() == "1"
    assert page.locator("#count-done_late").inner_text() == "1"


@pytest.mark.parametrize(
    ("route", "current"),
    [
        ("work-task-board", "Nhiệm vụ trọng tâm"),
        ("work-meeting-list", "Hội nghị"),
        ("work-recommendation-list", "Kiến nghị"),
        ("work-shortcoming-list", "Hạn chế, khó khăn"),
        ("work-document-list", "Văn bản"),
        ("web:unit_dashboard", "Tổng quan chỉ tiêu"),
    ],
)
def test_the_unit_navigation_marks_the_current_page(city_client, world, route, current) -> None:
    from django.urls import reverse

    html = city_client.get(reverse(route, args=[world["city"].pk])).content.decode()
    marked = re.findall(r'<a href="[^"]*" aria-current="page">([^<]+)</a>', html)
    assert marked == [current]
