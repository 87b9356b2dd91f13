"""The ingest pages through the test client: upload, review, decide, accept, and the
evidence link from the indicator page; only editors of the unit get in."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.test import override_settings
from django.urls import reverse

from tests import factories as f
from tests.ingest.conftest import IMMEDIATE, load_catalogue
from tiendo.accounts.models import Membership
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.services import upload_receive
from tiendo.ingest.tasks import process_upload
from tiendo.results.models import Result
from tiendo.units.models import Unit
from tiendo.web.upload_limits import SizeLimitHandler

BUDGET = "figure-1036"
User = get_user_model()


@pytest.fixture
def world(db, tmp_path):
    with override_settings(DATA_DIR=tmp_path, TASKS=IMMEDIATE):
        yield load_catalogue()


def _member(world, name, unit_key, role):
    user = f.make_user(name)
    Membership.objects.create(user=user, unit=world["units"][unit_key], role=role)
    return user


@pytest.fixture
def editor_client(client, world):
    client.force_login(_member(world, "bientap-tp", "city", Membership.Role.EDITOR))
    return client


def _upload(client, path, **extra):
    data = {"files": SimpleUploadedFile(path.name, path.read_bytes()), **extra}
    return client.post(reverse("ingest:upload"), data)


def test_upload_leads_to_the_review_with_every_item_highlighted(editor_client, corpus_dev):
    response = _upload(editor_client, corpus_dev / "langson-city-2022-9m.txt")
    review = Review.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("ingest:review", args=[review.pk])
    page = editor_client.get(response["Location"]).content.decode()
    assert f'<mark class="hl hl-figure decision-pending" id="t-{BUDGET}"' in page
    assert ("hội nghị Ban Chấp hành lần thứ 10 (mở rộng), khóa XXIII · 30/9/2022 · chủ trì: "
            "Nguyễn Công Trưởng, Bí thư Thành ủy · đánh giá 9 tháng 2022 · triển khai 3 tháng 2022") in page
    assert "thực hiện hơn 404 tỷ đồng · 110% dự toán tỉnh giao · +22% so với cùng kỳ" in page
    for item in review.items:
        assert f'id="t-{item["key"]}"' in page, item["key"]


def test_the_meeting_is_described_in_the_readers_language(editor_client, corpus_dev, settings):
    _upload(editor_client, corpus_dev / "langson-city-2022-9m.txt")
    review = Review.objects.get()
    editor_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = editor_client.get(reverse("ingest:review", args=[review.pk])).content.decode()
    # The kind of meeting, the term and the names are the text's; the rest is English.
    assert ("hội nghị Ban Chấp hành session 10 (extended), term XXIII · 30/9/2022 · chaired by "
            "Nguyễn Công Trưởng, Bí thư Thành ủy · reviewing 9 months 2022 · planning 3 months 2022") in page


def test_the_same_file_again_opens_the_existing_review(editor_client, corpus_dev):
    path = corpus_dev / "langson-city-2022-9m.txt"
    first = _upload(editor_client, path)
    second = _upload(editor_client, path)
    assert second["Location"] == first["Location"]
    assert Upload.objects.count() == 1
    assert "đã được tải lên trước đó" in editor_client.get(second["Location"]).content.decode()


@pytest.mark.parametrize(("name", "data", "says"), [
    ("rong.txt", b"   \n", "rỗng"),
    ("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "tệp nhị phân"),
    ("hong.docx", b"PK\x03\x04 not really a docx", "DOCX"),
    ("hong.pdf", b"%PDF-1.4 broken", "PDF"),
    ("english.txt", b"The city collected 404 billion dong in revenue, 110% of the plan.", "không phải văn bản tiếng Việt"),
    ("khong-so.txt", "Hội nghị đã thảo luận nhiều vấn đề quan trọng của địa phương.".encode(), "không có số liệu"),
])
def test_bad_input_says_what_is_wrong_and_keeps_only_the_upload(editor_client, name, data, says):
    response = editor_client.post(reverse("ingest:upload"), {"files": SimpleUploadedFile(name, data)},
                                  follow=True)
    assert says in response.content.decode()
    upload = Upload.objects.get()
    assert (upload.status, upload.name) == (Upload.Status.FAILED, name)
    assert not Review.objects.exists()
    assert not Result.objects.exists()


def test_a_file_over_the_limit_is_refused_as_it_streams_and_the_others_are_read(
        editor_client, corpus_dev, monkeypatch):
    monkeypatch.setattr(SizeLimitHandler, "limit", 64 * 1024)
    monkeypatch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
    kept: list[bytes] = []
    real_chunk = MemoryFileUploadHandler.receive_data_chunk
    monkeypatch.setattr(MemoryFileUploadHandler, "receive_data_chunk",
                        lambda self, raw, start: kept.append(raw) or real_chunk(self, raw, start))
    big = "Thu ngân sách đạt 1 tỷ đồng. ".encode() * 10_000
    good = corpus_dev / "langson-city-2022-9m.txt"
    response = editor_client.post(reverse("ingest:upload"), {"files": [
        SimpleUploadedFile("lon.txt", big), SimpleUploadedFile(good.name, good.read_bytes())]})
    assert response.status_code == 302
    refused = Upload.objects.get(name="lon.txt")
    assert (refused.status, refused.size, refused.path) == ("failed", len(big), "")
    assert refused.sha256 == hashlib.sha256(big).hexdigest()
    assert "quá giới hạn" in refused.error
    # Past the limit, no chunk of the big file reached the handlers that keep bytes.
    assert sum(len(chunk) for chunk in kept) <= 64 * 1024 + len(good.read_bytes())
    assert Upload.objects.get(name=good.name).status == "ready"


def test_several_files_are_read_in_the_background_and_a_bad_one_stops_no_other(editor_client, corpus_dev):
    files = [SimpleUploadedFile("rong.txt", b""),
             SimpleUploadedFile("bai.txt", (corpus_dev / "bacson-district-2023-9m.txt").read_bytes())]
    with pytest.MonkeyPatch.context() as patch:
        # The immediate backend runs each job when it is enqueued, after the request's commit.
        patch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
        response = editor_client.post(reverse("ingest:upload"), {"files": files})
    assert response["Location"].startswith(reverse("ingest:progress"))
    page = editor_client.get(response["Location"]).content.decode()
    statuses = dict(Upload.objects.values_list("name", "status"))
    assert statuses == {"rong.txt": "failed", "bai.txt": "ready"}
    assert "rỗng" in page and "Chờ duyệt" in page
    assert "every 1s" not in page  # nothing left to wait for: no more polling


def test_accept_all_then_the_indicator_page_links_back_to_the_sentence(editor_client, world, corpus_dev):
    _upload(editor_client, corpus_dev / "langson-city-2022-9m.txt")
    review = Review.objects.get()
    editor_client.post(reverse("ingest:accept_high", args=[review.pk]))
    response = editor_client.post(reverse("ingest:accept", args=[review.pk]), follow=True)
    assert "Đã ghi vào dữ liệu" in response.content.decode()
    city, revenue = world["units"]["city"], world["indicators"]["thu-ngan-sach"]
    page = editor_client.get(reverse("indicator-detail", args=[city.pk, revenue.pk]) + "?ky=2022-9M")
    html = page.content.decode()
    assert "404 tỷ đồng" in html
    link = reverse("ingest:source") + f"?ref={review.upload.sha256[:16]}%23{BUDGET}"
    assert link in html
    assert editor_client.get(link)["Location"] == reverse("ingest:review", args=[review.pk]) + f"#{BUDGET}"


@pytest.mark.parametrize(("unit_key", "role", "sees"), [
    ("city", Membership.Role.VIEWER, True), ("province", Membership.Role.VIEWER, True),
    ("ha_tinh", Membership.Role.VIEWER, False), ("ha_tinh", Membership.Role.EDITOR, False),
])
def test_a_viewer_of_the_unit_reads_the_sentence_read_only(client, world, corpus_dev, unit_key, role,
                                                         sees):
    client.force_login(_member(world, "bientap", "city", Membership.Role.EDITOR))
    _upload(client, corpus_dev / "langson-city-2022-9m.txt")
    review = Review.objects.get()
    client.post(reverse("ingest:accept_high", args=[review.pk]))
    client.post(reverse("ingest:accept", args=[review.pk]))
    client.force_login(_member(world, "xem", unit_key, role))
    link = reverse("ingest:source") + f"?ref={review.upload.sha256[:16]}%23{BUDGET}"
    response = client.get(link, follow=True)
    if not sees:
        assert response.status_code == 404
        assert client.get(reverse("ingest:text", args=[review.pk]) + f"?muc={BUDGET}").status_code == 404
        return
    assert response.redirect_chain[-1][0] == reverse("ingest:text", args=[review.pk]) + f"?muc={BUDGET}#cau"
    html = response.content.decode()
    assert '<mark class="hl hl-figure sentence" id="cau"' in html
    assert "<strong>thu ngân sách" in html
    assert "Chấp nhận" not in html and "csrfmiddlewaretoken" not in html.split("<main")[-1]
    # An item no result cites stays closed, even to a reader of the unit.
    assert client.get(reverse("ingest:text", args=[review.pk]) + "?muc=meeting-0").status_code == 404


def test_an_organizer_naming_no_place_asks_for_the_unit_at_the_top(client, world, corpus_dev):
    # "Ban thường vụ Thị ủy": the town is only guessed from a name further in the text.
    client.force_login(_member(world, "bientap-ht", "ha_tinh", Membership.Role.EDITOR))
    editor_client = client
    _upload(editor_client, corpus_dev / "honglinh-town-2020-9m.txt")
    review = Review.objects.get()
    url = reverse("ingest:review", args=[review.pk])
    page = editor_client.get(url).content.decode()
    # Above the text and the items, so that a phone shows it first too.
    assert page.index('id="doubt"') < page.index('class="review-layout"')
    assert "Đơn vị “Thị xã Hồng Lĩnh” chỉ là phỏng đoán (độ tin cậy 60%)" in page
    assert "Hội nghị do “Ban thường vụ Thị ủy” tổ chức" in page
    assert '<select id="doubt-unit" name="unit" autofocus>' in page
    assert 'disabled aria-describedby="doubt"' in page
    assert review_accept_high_count(editor_client, review) == 0
    meeting = next(i["key"] for i in review.items if i["kind"] == "meeting")
    editor_client.post(reverse("ingest:item", args=[review.pk, meeting]),
                       {"action": "correct", "unit": str(world["units"]["hong_linh"].pk), "period": "2020-9M"})
    page = editor_client.get(url).content.decode()
    assert "phỏng đoán" not in page and "disabled" not in page.split('class="bulk"')[1].split("</div>")[0]
    assert review_accept_high_count(editor_client, review) > 0


def review_accept_high_count(client, review):
    client.post(reverse("ingest:accept_high", args=[review.pk]))
    review.refresh_from_db()
    return sum(item["decision"] == "accepted" and item["kind"] != "meeting" for item in review.items)


def test_reject_and_correct_through_htmx(editor_client, world, corpus_dev):
    _upload(editor_client, corpus_dev / "langson-city-2022-9m.txt")
    review = Review.objects.get()
    url = reverse("ingest:item", args=[review.pk, BUDGET])
    panel = editor_client.post(url, {"action": "correct", "value": "405,5"}, HTTP_HX_REQUEST="true")
    assert "405.5" in panel.content.decode()
    editor_client.post(url, {"action": "rejected"})
    review.refresh_from_db()
    item = next(i for i in review.items if i["key"] == BUDGET)
    assert (item["decision"], item["correction"]) == ("rejected", {"value": "405.5"})


@pytest.mark.parametrize(("unit_key", "role"), [
    ("city", Membership.Role.VIEWER), ("ha_tinh", Membership.Role.EDITOR),
])
def test_only_editors_of_the_unit_see_the_review(client, world, corpus_dev, unit_key, role):
    editor = _member(world, "bientap", "city", Membership.Role.EDITOR)
    client.force_login(editor)
    _upload(client, corpus_dev / "langson-city-2022-9m.txt")
    review = Review.objects.get()
    client.force_login(_member(world, "khac", unit_key, role))
    assert client.get(reverse("ingest:review", args=[review.pk])).status_code == 404
    assert client.post(reverse("ingest:accept", args=[review.pk])).status_code == 404
    assert not Result.objects.exists()


def test_the_review_page_runs_a_bounded_number_of_queries(editor_client, corpus_dev,
                                                          django_assert_max_num_queries):
    _upload(editor_client, corpus_dev / "langson-city-2017-9m.txt",
            unit=str(Unit.objects.get(name="Thành phố Lạng Sơn", valid_to__isnull=False).pk))
    review = Review.objects.get()
    with django_assert_max_num_queries(12):
        assert editor_client.get(reverse("ingest:review", args=[review.pk])).status_code == 200


def test_an_unmatched_figure_gets_a_new_indicator_with_its_unit_prefilled(editor_client, world, corpus_dev):
    _upload(editor_client, corpus_dev / "langson-city-2017-9m.txt")
    review = Review.objects.get()
    page = editor_client.get(reverse("ingest:review", args=[review.pk])).content.decode()
    assert 'name="uom" value="nhiệm vụ"' in page
    editor_client.post(reverse("ingest:indicator_new", args=[review.pk, "figure-685"]),
                       {"name": "Nhiệm vụ trọng tâm được lựa chọn", "uom": "nhiệm vụ", "field": "party"})
    editor_client.post(reverse("ingest:accept", args=[review.pk]))
    result = Result.objects.get(indicator__name="Nhiệm vụ trọng tâm được lựa chọn")
    assert result.value == Decimal("10")


@pytest.mark.parametrize(("role", "shown"), [
    (Membership.Role.EDITOR, True), (Membership.Role.APPROVER, False), (Membership.Role.VIEWER, False),
])
def test_home_links_to_the_upload_page_for_editors(client, world, role, shown):
    client.force_login(_member(world, "canbo", "city", role))
    assert (reverse("ingest:upload") in client.get(reverse("web:home")).content.decode()) is shown
    assert client.get(reverse("ingest:upload")).status_code == (200 if shown else 404)


def test_a_queued_upload_shows_its_progress_and_the_list_polls(editor_client, corpus_dev):
    path = corpus_dev / "bacson-district-2023-9m.txt"
    upload = upload_receive(data=path.read_bytes(), name=path.name,
                            by=User.objects.get(username="bientap-tp")).upload
    upload.progress = 40
    upload.save()
    url = reverse("ingest:progress") + f"?tep={upload.pk}"
    page = editor_client.get(url).content.decode()
    assert 'hx-trigger="every 1s"' in page
    assert '<progress max="100" value="40"' in page
    process_upload.enqueue(upload.pk)
    fragment = editor_client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert fragment.startswith('<div id="uploads"') and "hx-trigger" not in fragment
    assert reverse("ingest:review", args=[Review.objects.get().pk]) in fragment


def test_pasted_text_is_reviewed_like_a_file(editor_client, corpus_dev):
    text = (corpus_dev / "langson-city-2022-9m.txt").read_text(encoding="utf-8")
    response = editor_client.post(reverse("ingest:upload"), {"text": text, "period": "2022-9M"})
    review = Review.objects.get()
    assert response["Location"] == reverse("ingest:review", args=[review.pk])
    assert review.upload.name == "van-ban-dan.txt"
    assert review.review_period.year == 2022


def test_no_file_and_no_text_is_refused_on_the_page(editor_client):
    response = editor_client.post(reverse("ingest:upload"), {"text": "  ", "period": "2022-13M"})
    html = response.content.decode()
    assert "Chưa chọn tệp nào và chưa dán văn bản." not in html  # the bad period is the first problem
    assert "Mã kỳ “2022-13M” không hợp lệ" in html
    assert "Chưa chọn tệp nào" in editor_client.post(reverse("ingest:upload"), {}).content.decode()
    assert not Upload.objects.exists()
