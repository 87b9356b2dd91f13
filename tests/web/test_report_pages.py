"""Report downloads and spreadsheet uploads of a unit: access, file types and names,
every import error shown, the column-mapping step."""

from __future__ import annotations

import io
import os
import time
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from docx import Document
from openpyxl import load_workbook

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.extract import office
from tiendo.reports.review import pdf
from tiendo.reports.sheets import layout as L
from tiendo.results.models import Result
from tiendo.web import report_views
from tiendo.web.report_forms import MAX_UPLOAD_BYTES

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(autouse=True)
def uploads(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor(world):
    user = f.make_user("nhaplieu-thanhpho")
    Membership.objects.create(user=user, unit=world["city"], role=Membership.Role.EDITOR)
    return user


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


# ---------------------------------------------------------------- downloads


@pytest.mark.parametrize(
    ("fmt", "content_type", "magic"),
    [("docx", DOCX, b"PK"), ("xlsx", XLSX, b"PK")],
)
def test_report_download_has_its_type_and_vietnamese_name(city_client, world, fmt, content_type, magic):
    response = city_client.get(f"/don-vi/{world['city'].pk}/bao-cao.{fmt}?ky=2022-9M")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response.content[:2] == magic
    name = f"Báo cáo Thành phố Lạng Sơn 9 tháng đầu năm 2022.{fmt}"
    assert response["Content-Disposition"] == (
        f"attachment; filename=\"bao-cao-thanh-pho-lang-son-9-thang-dau-nam-2022.{fmt}\"; "
        f"filename*=UTF-8''{quote(name)}"
    )


def test_the_docx_is_the_report_of_the_unit_and_period(city_client, world):
    response = city_client.get(f"/don-vi/{world['city'].pk}/bao-cao.docx?ky=2022-9M")
    doc = Document(io.BytesIO(response.content))
    texts = [p.text for p in doc.paragraphs]
    assert "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán được giao, tăng 22% so với cùng kỳ." in texts


def test_without_a_period_the_latest_with_data_is_used(city_client, world):
    response = city_client.get(f"/don-vi/{world['city'].pk}/bao-cao.docx")
    assert "9%20th%C3%A1ng%20%C4%91%E1%BA%A7u%20n%C4%83m%202022" in response["Content-Disposition"]


@pytest.mark.parametrize(
    "path",
    ["bao-cao.docx?ky=2022-9M", "bao-cao.exe?ky=2022-9M", "bao-cao.docx?ky=2030-9M", "bao-cao.docx?ky=rac",
     "bieu-mau.xlsx?ky=2030-9M"],
)
def test_unknown_format_or_period_is_404(city_client, world, path):
    unit = world["other"] if path.startswith("bao-cao.docx?ky=2022") else world["city"]
    assert city_client.get(f"/don-vi/{unit.pk}/{path}").status_code == 404


@pytest.mark.skipif(pdf.soffice_path() is None, reason="LibreOffice (soffice) chưa được cài: không thử được PDF")
def test_pdf_download(city_client, world):
    response = city_client.get(f"/don-vi/{world['city'].pk}/bao-cao.pdf?ky=2022-9M")
    assert (response.status_code, response["Content-Type"]) == (200, "application/pdf")
    assert response.content[:5] == b"%PDF-"
    assert response["Content-Disposition"].endswith(".pdf")


def test_pdf_without_libreoffice_says_how_to_install(city_client, world, monkeypatch):
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    response = city_client.get(f"/don-vi/{world['city'].pk}/bao-cao.pdf?ky=2022-9M")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Máy chủ chưa cài LibreOffice" in html
    assert "sudo apt-get install libreoffice-writer-nogui fonts-liberation2" in html
    assert f"/don-vi/{world['city'].pk}/bao-cao.docx?ky=2022-9M" in html


def test_template_download_is_the_units_data_entry_form(city_client, world):
    response = city_client.get(f"/don-vi/{world['city'].pk}/bieu-mau.xlsx?ky=2022-9M")
    assert response["Content-Type"] == XLSX
    assert "filename*=UTF-8''Bi%E1%BB%83u%20nh%E1%BA%ADp" in response["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "TP Lạng Sơn"


def test_dashboard_shows_downloads_to_a_viewer_and_uploads_to_an_editor(client, city_client, world, editor):
    url = f"/don-vi/{world['city'].pk}/?ky=2022-9M"
    html = city_client.get(url).content.decode()
    assert f'href="/don-vi/{world["city"].pk}/bao-cao.docx?ky=2022-9M"' in html
    assert f'href="/don-vi/{world["city"].pk}/bieu-mau.xlsx?ky=2022-9M"' in html
    assert "nhap-bieu" not in html
    client.force_login(editor)
    html = client.get(url).content.decode()
    assert f'href="/don-vi/{world["city"].pk}/nhap-bieu/"' in html
    assert f'href="/don-vi/{world["city"].pk}/nhap-bang/"' in html


# ---------------------------------------------------------------- uploads: who and what


@pytest.mark.parametrize("page", ["nhap-bieu/", "nhap-bang/"])
def test_a_viewer_may_not_upload_and_a_hidden_unit_is_404(city_client, editor_client, world, page):
    assert city_client.get(f"/don-vi/{world['city'].pk}/{page}").status_code == 403
    assert editor_client.get(f"/don-vi/{world['other'].pk}/{page}").status_code == 404
    assert editor_client.get(f"/don-vi/{world['city'].pk}/{page}").status_code == 200


@pytest.mark.parametrize(
    ("page", "name", "data", "message"),
    [
        ("nhap-bieu/", "so-lieu.csv", b"a,b\n", "Tệp “so-lieu.csv” không nhận được: chỉ nhận tệp Excel (.xlsx)."),
        ("nhap-bang/", "anh.png", b"\x89PNG", "Tệp “anh.png” không nhận được: chỉ nhận tệp CSV (.csv, mã UTF-8), tệp Excel (.xlsx)."),
        ("nhap-bieu/", "gia.xlsx", b"not a zip", "Tệp “gia.xlsx” có đuôi .xlsx nhưng không phải tệp Excel"),
        ("nhap-bang/", "lon.csv", b"x" * (MAX_UPLOAD_BYTES + 1),
         "Tệp “lon.csv” nặng 5 MB, quá giới hạn 5 MB; hãy chia thành nhiều tệp nhỏ hơn."),
    ],
)
def test_uploads_are_limited_in_type_and_size(editor_client, world, page, name, data, message):
    response = editor_client.post(f"/don-vi/{world['city'].pk}/{page}", {"file": _upload(name, data)})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert Result.objects.filter(provenance=Result.Provenance.SHEET).count() == 0


def test_a_body_far_over_the_limit_is_refused_unread(editor_client, world):
    response = editor_client.post(
        f"/don-vi/{world['city'].pk}/nhap-bang/", {"file": _upload("x.csv", b"a")},
        CONTENT_LENGTH=str(MAX_UPLOAD_BYTES * 3),
    )
    assert response.status_code == 422
    assert "Tệp tải lên quá lớn: giới hạn 5 MB" in response.content.decode()


# ---------------------------------------------------------------- filled template


def _template(client, world) -> bytes:
    return client.get(f"/don-vi/{world['city'].pk}/bieu-mau.xlsx?ky=2022-9M").content


def _fill(data: bytes, values: dict[int, object]) -> bytes:
    book = load_workbook(io.BytesIO(data))
    ws = book.worksheets[0]
    for row, value in values.items():
        ws.cell(row=row, column=L.COL_VALUE, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_template_with_errors_lists_every_one_and_writes_nothing(editor_client, world):
    poverty = f.make_poverty_rate(code="ho-ngheo", sort_order=2)
    data = _template(editor_client, world)
    book = load_workbook(io.BytesIO(data))
    rows = {ws.cell(row=r, column=L.COL_CODE).value: r for ws in book.worksheets[:1]
            for r in range(L.FIRST_DATA_ROW, ws.max_row + 1)}
    filled = _fill(data, {rows[world["revenue"].code]: "4,04,1", rows[poverty.code]: "ba phẩy hai"})
    response = editor_client.post(f"/don-vi/{world['city'].pk}/nhap-bieu/",
                                  {"file": _upload("bieu.xlsx", filled)})
    assert response.status_code == 422
    html = response.content.decode()
    assert "Tệp “bieu.xlsx” có 2 lỗi, chưa nhập số liệu nào" in html
    cells = [f"E{rows[world['revenue'].code]}", f"E{rows[poverty.code]}"]
    for cell, value in zip(cells, ["4,04,1", "ba phẩy hai"], strict=True):
        assert f"<td>TP Lạng Sơn</td><td>{cell}</td><td>“{value}” không phải là số" in html
    assert not Result.objects.filter(provenance=Result.Provenance.SHEET).exists()


def test_a_good_template_is_written_and_summarised(editor_client, world):
    data = _template(editor_client, world)
    book = load_workbook(io.BytesIO(data))
    ws = book.worksheets[0]
    row = next(r for r in range(L.FIRST_DATA_ROW, ws.max_row + 1)
               if ws.cell(row=r, column=L.COL_CODE).value == world["revenue"].code)
    filled = _fill(data, {row: "405,5"})
    response = editor_client.post(f"/don-vi/{world['city'].pk}/nhap-bieu/",
                                  {"file": _upload("bieu.xlsx", filled)})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đã nhập tệp “bieu.xlsx”" in html
    assert "<dt>Kết quả thêm mới</dt><dd>1</dd>" in html
    result = Result.objects.get(provenance=Result.Provenance.SHEET)
    assert (str(result.value), result.source_ref) == ("405.500000", f"TP Lạng Sơn!E{row}")


# ---------------------------------------------------------------- free-form table

CSV = (
    "Đơn vị;Nội dung;Thời gian;Số liệu;Ghi chú khác\n"
    "Thành phố Lạng Sơn;{code};9 tháng 2022;410,5;số sơ bộ\n"
)


def _start(client, world, text: str, name: str = "so-lieu.csv"):
    response = client.post(f"/don-vi/{world['city'].pk}/nhap-bang/", {"file": _upload(name, text.encode())})
    assert response.status_code == 302
    return response["Location"]


def test_the_mapping_step_shows_the_guess_and_a_preview(editor_client, world):
    url = _start(editor_client, world, CSV.format(code=world["revenue"].code))
    html = editor_client.get(url).content.decode()
    assert '<th scope="col">Số liệu</th>' in html
    assert "<td>410,5</td>" in html
    # The guess, in selects the user can change.
    assert '<option value="value" selected>giá trị</option>' in html
    assert '<option value="unit" selected>đơn vị</option>' in html


def test_a_table_is_imported_with_the_chosen_mapping(editor_client, world, uploads):
    url = _start(editor_client, world, CSV.format(code=world["revenue"].code))
    mapping = {"col-0": "unit", "col-1": "indicator", "col-2": "period", "col-3": "value", "col-4": "note"}
    response = editor_client.post(url, mapping)
    assert response.status_code == 200
    assert "<dt>Kết quả thêm mới</dt><dd>1</dd>" in response.content.decode()
    result = Result.objects.get(provenance=Result.Provenance.SHEET)
    assert (str(result.value), result.note, result.source_ref) == ("410.500000", "số sơ bộ", "so-lieu.csv!D2")
    # The upload is forgotten once imported.
    assert list((uploads / "tai-len").iterdir()) == []
    assert editor_client.get(url).status_code == 404


def test_a_field_chosen_twice_or_missing_is_refused(editor_client, world):
    url = _start(editor_client, world, CSV.format(code=world["revenue"].code))
    twice = editor_client.post(url, {"col-0": "unit", "col-1": "indicator", "col-2": "period",
                                     "col-3": "value", "col-4": "value"})
    assert twice.status_code == 422
    assert "Trường “giá trị” được chọn cho nhiều cột: “Số liệu”, “Ghi chú khác”" in twice.content.decode()
    missing = editor_client.post(url, {"col-0": "unit", "col-1": "indicator", "col-3": "value"})
    assert missing.status_code == 422
    assert "Chưa chọn cột cho “kỳ báo cáo”" in missing.content.decode()
    assert not Result.objects.filter(provenance=Result.Provenance.SHEET).exists()


def test_rows_of_a_unit_outside_the_account_are_refused(editor_client, world):
    text = CSV.format(code=world["revenue"].code) + f"Tỉnh Lạng Sơn;{world['revenue'].code};9 tháng 2022;5000;\n"
    url = _start(editor_client, world, text)
    response = editor_client.post(url, {"col-0": "unit", "col-1": "indicator", "col-2": "period",
                                        "col-3": "value"})
    assert response.status_code == 422
    assert "<td>so-lieu.csv</td><td>A3</td><td>Tài khoản của bạn không được nhập số liệu cho đơn vị “Tỉnh Lạng Sơn”" in (
        response.content.decode()
    )
    assert not Result.objects.filter(provenance=Result.Provenance.SHEET).exists()


def test_someone_elses_upload_is_404(client, editor_client, world):
    url = _start(editor_client, world, CSV.format(code=world["revenue"].code))
    other = f.make_user("nhaplieu-khac")
    Membership.objects.create(user=other, unit=world["city"], role=Membership.Role.EDITOR)
    client.force_login(other)
    assert client.get(url).status_code == 404


def test_a_table_left_at_the_mapping_step_is_swept_a_day_later(editor_client, world, uploads):
    # given a table uploaded two days ago and never imported
    old = uploads / "tai-len" / "bo-do.csv"
    old.parent.mkdir()
    old.write_text("a,b\n")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    # when someone uploads another
    _start(editor_client, world, CSV.format(code=world["revenue"].code))
    # then the old one is gone, the new one kept for its mapping step
    assert [p.suffix for p in (uploads / "tai-len").iterdir()] == [".csv"]
    assert not old.exists()


def test_a_blank_template_for_a_period_nobody_reported_yet(editor_client, world):
    # given the form offers this year's and last year's review periods
    html = editor_client.get(f"/don-vi/{world['city'].pk}/nhap-bieu/").content.decode()
    year = timezone.localdate().year
    assert f'<option value="{year}-9M">9 tháng đầu năm {year}</option>' in html
    # when
    response = editor_client.post(f"/don-vi/{world['city'].pk}/bieu-mau/", {"ky": f"{year}-9M"})
    # then
    assert response["Content-Type"] == XLSX
    book = load_workbook(io.BytesIO(response.content))
    assert book.worksheets[0].cell(row=3, column=1).value == f"Kỳ báo cáo: 9 tháng đầu năm {year}"


def test_a_blank_template_only_for_the_offered_periods_and_by_post(editor_client, city_client, world):
    url = f"/don-vi/{world['city'].pk}/bieu-mau/"
    assert editor_client.post(url, {"ky": "2999-9M"}).status_code == 302
    assert editor_client.get(url).status_code == 405
    assert city_client.post(url, {"ky": "2022-9M"}).status_code == 403


def test_a_table_too_long_for_the_web_is_sent_to_the_command(editor_client, world, monkeypatch):
    monkeypatch.setattr(report_views, "MAX_WEB_ROWS", 1)
    code = world["revenue"].code
    url = _start(editor_client, world, CSV.format(code=code) + f"Thành phố Lạng Sơn;{code};2022-Q1;120;\n")
    page = editor_client.get(url)
    html = page.content.decode()
    assert page.status_code == 422
    assert "Bảng có 2 dòng, quá 1 dòng nhập được qua trang web" in html
    assert "(cả bảng 2 dòng)" in html
    mapping = {"col-0": "unit", "col-1": "indicator", "col-2": "period", "col-3": "value"}
    assert editor_client.post(url, mapping).status_code == 422
    assert not Result.objects.filter(provenance=Result.Provenance.SHEET).exists()
