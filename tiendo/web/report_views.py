"""Downloads and uploads of a unit: the review report (DOCX, PDF, XLSX), the data-entry
template, and the pages that import a filled template or a plain table.

Units come through ``accounts.access``: downloads for whoever may see the unit, uploads
only for those who may enter its figures. The import services check every cell and write
everything in one transaction or nothing; these views bind the request and show the
outcome.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path
from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tiendo.accounts.access import access_unit, access_unit_for_entry
from tiendo.core.vn import fold
from tiendo.reports.review.pdf import PdfUnavailable, soffice_path
from tiendo.reports.review.service import review_report_render
from tiendo.reports.sheets.importing import ImportReport, sheet_import, table_import, table_preview
from tiendo.reports.sheets.lookup import period_find
from tiendo.reports.sheets.template import sheet_template
from tiendo.reports.sheets.values import guess_mapping
from tiendo.results.models import Period
from tiendo.results.periods import parse_code, period_get, period_label
from tiendo.results.selectors import latest_period_with_data
from tiendo.units.models import Unit
from tiendo.web.report_forms import (
    CSV,
    MAX_UPLOAD_BYTES,
    MSG_BODY_TOO_LARGE,
    XLSX,
    MappingForm,
    TemplatePeriodForm,
    UploadForm,
    megabytes,
)

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
INSTALL_LIBREOFFICE = "sudo apt-get install libreoffice-writer-nogui fonts-liberation2"
UPLOADS = "tai-len"
SESSION_TABLES = "tiendo-bang-tai-len"
PREVIEW_ROWS = 5
# Rows a web import writes within the server's 120 s request timeout on a small machine
# (``bench/sheet_import.py``: about 150 rows/s); bigger tables go through the command.
MAX_WEB_ROWS = 10_000
# A table left at the mapping step is deleted when a later upload finds it this old.
STALE_UPLOAD = dt.timedelta(days=1)
# Multipart framing around the file; a body larger than this is refused before it is read.
UPLOAD_OVERHEAD = 64 * 1024


def attachment(content: bytes, filename: str, fmt: str) -> HttpResponse:
    """The file as a download: its content type, and its Vietnamese name both as RFC 5987
    ``filename*`` and as a marks-free ASCII ``filename`` for older clients."""
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    stem = Path(filename).stem
    ascii_name = "-".join(fold(stem).encode("ascii", "ignore").decode().split()) or "tep"
    response["Content-Disposition"] = (
        f"attachment; filename=\"{ascii_name}.{fmt}\"; filename*=UTF-8''{quote(filename)}"
    )
    return response


def _period(request: HttpRequest, unit: Unit) -> Period:
    """The period of ``?ky=`` (a code such as 2022-9M), else the unit's latest with data;
    404 when there is none (a GET never creates a period)."""
    code = request.GET.get("ky", "").strip()
    try:
        period = period_find(parse_code(code)) if code else latest_period_with_data(unit=unit)
    except ValidationError:
        period = None
    if period is None:
        raise Http404
    return period


@login_required
@require_GET
def report_download(request: HttpRequest, unit_id: int, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404
    unit = access_unit(request.user, unit_id)
    period = _period(request, unit)
    try:
        rendered = review_report_render(unit=unit, period=period, fmt=fmt)
    except PdfUnavailable as error:
        return render(request, "web/reports/pdf_unavailable.html", {
            "unit": unit, "period": period, "code": request.GET.get("ky", ""),
            "missing": soffice_path() is None, "command": INSTALL_LIBREOFFICE, "detail": str(error),
        }, status=503)
    name = _("Báo cáo %(unit)s %(period)s") % {"unit": unit.name, "period": period_label(period)}
    return attachment(rendered.content, f"{name}.{fmt}", fmt)


@login_required
@require_GET
def template_download(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = access_unit(request.user, unit_id)
    period = _period(request, unit)
    name = _("Biểu nhập số liệu %(unit)s %(period)s") % {"unit": unit.name, "period": period_label(period)}
    return attachment(sheet_template(unit, period), f"{name}.xlsx", "xlsx")


@login_required
@require_POST
def template_for_period(request: HttpRequest, unit_id: int) -> HttpResponse:
    """A blank form for a review period nobody has reported yet: a POST, since the period's
    calendar row may be created here (a GET never creates one)."""
    unit = access_unit_for_entry(request.user, unit_id)
    form = TemplatePeriodForm(request.POST, today=timezone.localdate())
    if not form.is_valid():
        return redirect("reports-sheet-upload", unit_id=unit.pk)
    period = period_get(form.key())
    name = _("Biểu nhập số liệu %(unit)s %(period)s") % {"unit": unit.name, "period": period_label(period)}
    return attachment(sheet_template(unit, period), f"{name}.xlsx", "xlsx")


def _too_large(request: HttpRequest) -> bool:
    """A body far over the limit is refused from its declared length, unread."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > MAX_UPLOAD_BYTES + UPLOAD_OVERHEAD


def _bound_upload(request: HttpRequest, kinds: tuple[str, ...]) -> UploadForm:
    """The posted upload form; one whose body is far too large carries that error unread."""
    if not _too_large(request):
        return UploadForm(request.POST, request.FILES, kinds=kinds)
    form = UploadForm({}, {}, kinds=kinds)
    form.full_clean()
    form.errors.clear()
    form.add_error(None, MSG_BODY_TOO_LARGE % {"limit": megabytes(MAX_UPLOAD_BYTES)})
    return form


@login_required
@require_http_methods(["GET", "POST"])
def sheet_upload(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Import a filled template: every error with sheet, cell and reason, or what was written."""
    unit = access_unit_for_entry(request.user, unit_id)
    report: ImportReport | None = None
    if request.method == "POST":
        form = _bound_upload(request, (XLSX,))
        if form.is_valid():
            upload = form.cleaned_data["file"]
            report = sheet_import(upload.read(), by=request.user, name=upload.name)
    else:
        form = UploadForm(kinds=(XLSX,))
    failed = form.errors or (report is not None and report.errors)
    context = {
        "unit": unit, "form": form, "report": report,
        "period_form": TemplatePeriodForm(today=timezone.localdate()),
    }
    return render(request, "web/reports/sheet_upload.html", context, status=422 if failed else 200)


@login_required
@require_http_methods(["GET", "POST"])
def table_upload(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Step 1 of a free-form import: the file, kept until the mapping is confirmed."""
    unit = access_unit_for_entry(request.user, unit_id)
    if request.method == "POST":
        form = _bound_upload(request, (CSV, XLSX))
        if form.is_valid():
            _sweep_stale_uploads()
            upload = form.cleaned_data["file"]
            token = secrets.token_urlsafe(16)
            path = default_storage.save(f"{UPLOADS}/{token}{Path(upload.name).suffix.lower()}",
                                        ContentFile(upload.read()))
            tables = request.session.get(SESSION_TABLES, {})
            tables[token] = {"path": path, "name": upload.name, "unit": unit.pk}
            request.session[SESSION_TABLES] = tables
            return redirect("reports-table-mapping", unit_id=unit.pk, token=token)
    else:
        form = UploadForm(kinds=(CSV, XLSX))
    return render(request, "web/reports/table_upload.html", {"unit": unit, "form": form},
                  status=422 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def table_mapping(request: HttpRequest, unit_id: int, token: str) -> HttpResponse:
    """Step 2: the guessed mapping in selects, the first rows, then the import."""
    unit = access_unit_for_entry(request.user, unit_id)
    upload = request.session.get(SESSION_TABLES, {}).get(token)
    if upload is None or upload["unit"] != unit.pk or not default_storage.exists(upload["path"]):
        raise Http404
    with default_storage.open(upload["path"], "rb") as handle:
        data = handle.read()
    preview = table_preview(data, name=upload["name"], rows=PREVIEW_ROWS)
    headers = preview.headers
    form = MappingForm(request.POST or None, headers=headers, guessed=guess_mapping(headers))
    too_many = preview.total > MAX_WEB_ROWS
    report: ImportReport | None = None
    if request.method == "POST" and not too_many and form.is_valid():
        report = table_import(data, form.mapping(), by=request.user, name=upload["name"])
        if report.ok:
            _forget(request, token, upload["path"])
    context = {
        "unit": unit, "form": form, "file_name": upload["name"], "rows": preview.rows,
        "total": preview.total, "too_many": too_many, "max_rows": MAX_WEB_ROWS,
        "columns": [form[f"col-{i}"] for i in range(len(headers))], "report": report,
    }
    failed = too_many or form.errors or (report is not None and report.errors)
    return render(request, "web/reports/table_mapping.html", context, status=422 if failed else 200)


def _forget(request: HttpRequest, token: str, path: str) -> None:
    default_storage.delete(path)
    tables = request.session.get(SESSION_TABLES, {})
    tables.pop(token, None)
    request.session[SESSION_TABLES] = tables


def _sweep_stale_uploads() -> None:
    """Delete the tables people uploaded and never imported, once they are a day old."""
    if not default_storage.exists(UPLOADS):
        return
    cutoff = timezone.now() - STALE_UPLOAD
    for name in default_storage.listdir(UPLOADS)[1]:
        path = f"{UPLOADS}/{name}"
        if default_storage.get_modified_time(path) < cutoff:
            default_storage.delete(path)
