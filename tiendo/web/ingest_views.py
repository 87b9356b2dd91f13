"""Ingest pages: upload files or pasted text, follow their reading, review each extracted
item on its highlighted sentence, and accept the review into the data.

Only editors may use them, and only for the units whose figures they may enter
(``accounts.access.entry_units``): a unit they only see is neither listed nor offered. The
text behind a result is shown read-only to everyone who sees the result's unit.
The views parse the request, call ``tiendo.ingest`` services and selectors, and render.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from tiendo.accounts.access import access_review, entry_units, may_enter, may_read_source
from tiendo.catalogue.models import Indicator
from tiendo.core.models import Field
from tiendo.ingest.accept import REF_HASH_LENGTH, review_accept, source_ref
from tiendo.ingest.items import ACCEPTED, PENDING, REJECTED, ROLE_RESULT, ROLE_TARGET, item_by_key
from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.selectors import (
    highlighted,
    review_counts,
    review_groups,
    review_warnings,
    sentence_of,
    unit_doubt,
    upload_list,
    uploads_by_id,
)
from tiendo.ingest.services import (
    Received,
    indicator_create_for_item,
    proposed_uom,
    review_accept_high,
    review_correct,
    review_decide,
    upload_process,
    upload_receive,
    upload_too_large,
)
from tiendo.ingest.tasks import process_upload
from tiendo.results.models import Period
from tiendo.results.periods import key_of, parse_code, period_get
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_ancestors, unit_subtree, valid_during_q, valid_on_q
from tiendo.web.upload_limits import OversizedFile

PASTED_NAME = "van-ban-dan.txt"
GROUP_LABELS = {
    "meeting": gettext_lazy("Hội nghị"),
    "figure": gettext_lazy("Số liệu"),
    "document": gettext_lazy("Văn bản"),
    "person": gettext_lazy("Cán bộ"),
    "task": gettext_lazy("Nhiệm vụ trọng tâm"),
    "shortcoming": gettext_lazy("Hạn chế, khó khăn"),
}
DECISIONS = {
    PENDING: gettext_lazy("Chưa duyệt"), ACCEPTED: gettext_lazy("Đã chấp nhận"),
    REJECTED: gettext_lazy("Đã bỏ"),
}


def _editor(request: HttpRequest) -> None:
    if not may_enter(request.user):
        raise Http404


def _review_for(request: HttpRequest, review_id: int) -> Review:
    review = get_object_or_404(
        Review.objects.select_related("upload", "unit", "review_period", "plan_period"), pk=review_id
    )
    access_review(request.user, unit_id=review.unit_id, owner_id=review.upload.uploaded_by_id)
    return review


# ---------------------------------------------------------------- upload


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    _editor(request)
    units = entry_units(request.user)
    errors: list[str] = []
    if request.method == "POST":
        files: list[tuple[str, bytes | UploadedFile]] = [
            (f.name or "", f) for f in request.FILES.getlist("files")]
        pasted = request.POST.get("text", "")
        if pasted.strip():
            files.append((PASTED_NAME, pasted.encode("utf-8")))
        unit_hint, period_hint = _hints(request, units, errors)
        if not files and not errors:
            errors.append(_("Chưa chọn tệp nào và chưa dán văn bản."))
        if not errors:
            return _receive(request, files, unit_hint, period_hint)
    return render(request, "web/ingest/upload.html", {
        "uploads": upload_list(user=request.user, units=units),
        "errors": errors,
        "max_mb": lexicon().max_bytes // 2**20,
        "unit_choices": units.filter(valid_on_q(timezone.localdate())).order_by("level", "name")
        .only("pk", "name"),
        "polling": False,
    })


def _hints(request: HttpRequest, units: Any, errors: list[str]) -> tuple[Unit | None, Period | None]:
    unit_hint = period_hint = None
    raw_unit = request.POST.get("unit", "").strip()
    if raw_unit:
        unit_hint = units.filter(pk=int(raw_unit)).first() if raw_unit.isdigit() else None
        if unit_hint is None:
            errors.append(_("Không có đơn vị “%(value)s” trong các đơn vị tài khoản được nhập số liệu.")
                          % {"value": raw_unit})
    raw_period = request.POST.get("period", "").strip()
    if raw_period:
        try:
            period_hint = period_get(parse_code(raw_period))
        except ValidationError as exc:
            errors.extend(exc.messages)
    return unit_hint, period_hint


def _receive(request: HttpRequest, files: list[tuple[str, bytes | UploadedFile]],
             unit_hint: Unit | None, period_hint: Period | None) -> HttpResponse:
    received = [_received(request.user, name, sent, unit_hint, period_hint) for name, sent in files]
    background = len(received) > 1 or any(
        r.upload.size > lexicon().background_bytes for r in received
    )
    for item in received:
        if item.created and item.upload.status == Upload.Status.QUEUED:
            if background:
                pk = item.upload.pk
                transaction.on_commit(lambda pk=pk: process_upload.enqueue(pk))
            else:
                upload_process(item.upload)
    if len(received) == 1:
        only = received[0]
        only.upload.refresh_from_db()
        review = Review.objects.filter(upload=only.upload).first()
        if not only.created:
            messages.info(request, _("Tệp “%(name)s” đã được tải lên trước đó; đây là bản duyệt đã có.")
                          % {"name": only.upload.name})
        if review is not None:
            return redirect("ingest:review", review.pk)
        if only.upload.status == Upload.Status.FAILED:
            messages.error(request, only.upload.error)
            return redirect("ingest:upload")
    ids = ",".join(str(r.upload.pk) for r in received)
    return redirect(reverse("ingest:progress") + f"?tep={ids}")


def _received(user: Any, name: str, sent: bytes | UploadedFile, unit_hint: Unit | None,
              period_hint: Period | None) -> Received:
    """One file recorded: a file refused while streaming in (``OversizedFile``) from its size
    and hash only; any other read (it is within the limit) and kept."""
    if isinstance(sent, OversizedFile):
        return upload_too_large(name=name, size=sent.size or 0, digest=sent.sha256, by=user,
                                limit=sent.limit, unit_hint=unit_hint, period_hint=period_hint)
    data = sent if isinstance(sent, bytes) else sent.read()
    return upload_receive(data=data, name=name, by=user, unit_hint=unit_hint, period_hint=period_hint)


@login_required
def progress(request: HttpRequest) -> HttpResponse:
    """The uploads just sent, with a progress bar each; the list polls itself while any is
    still being read."""
    _editor(request)
    ids = [int(part) for part in request.GET.get("tep", "").split(",") if part.isdigit()]
    uploads = uploads_by_id(ids, user=request.user, units=entry_units(request.user))
    pending = any(u.status in (Upload.Status.QUEUED, Upload.Status.RUNNING) for u in uploads)
    context = {"uploads": uploads, "polling": pending, "query": request.GET.get("tep", "")}
    if request.htmx:
        return render(request, "web/ingest/_uploads.html", context)
    return render(request, "web/ingest/progress.html", context)


# ---------------------------------------------------------------- review


@login_required
def source(request: HttpRequest) -> HttpResponse:
    """From a result's ``source_ref`` (``<hash start>#<item key>``) to its highlighted sentence:
    the review for an editor of the unit, the text read-only for anyone who sees the result."""
    digest, _sep, key = request.GET.get("ref", "").partition("#")
    if len(digest) < REF_HASH_LENGTH:
        raise Http404
    found = get_object_or_404(Review.objects.select_related("upload"), upload__sha256__startswith=digest)
    try:
        access_review(request.user, unit_id=found.unit_id, owner_id=found.upload.uploaded_by_id)
    except Http404:
        if not may_read_source(request.user, source_ref(found.upload.sha256, key)):
            raise
        return redirect(reverse("ingest:text", args=[found.pk]) + f"?muc={key}#cau")
    anchor = f"#{key}" if item_by_key(found.items, key) else ""
    return redirect(reverse("ingest:review", args=[found.pk]) + anchor)


@login_required
def text(request: HttpRequest, review_id: int) -> HttpResponse:
    """The text a result was read from, read-only, its sentence highlighted."""
    found = get_object_or_404(Review.objects.select_related("upload"), pk=review_id)
    key = request.GET.get("muc", "")
    if not may_read_source(request.user, source_ref(found.upload.sha256, key)):
        raise Http404
    sentence = sentence_of(found, key)
    if sentence is None:
        raise Http404
    return render(request, "web/ingest/text.html", {
        "review": found, "upload": found.upload, "sentence": sentence,
    })


@login_required
def review(request: HttpRequest, review_id: int) -> HttpResponse:
    item_review = _review_for(request, review_id)
    return render(request, "web/ingest/review.html", _review_context(request, item_review))


def _review_context(request: HttpRequest, review: Review) -> dict[str, Any]:
    units = entry_units(request.user)
    period = review.review_period
    choices = units.filter(valid_during_q(period.start, period.end)) if period else units
    if review.unit is not None:
        # The units one may move the report to: those of the same province.
        province = ([review.unit, *unit_ancestors(unit=review.unit)])[-1]
        choices = choices.filter(pk__in=unit_subtree(unit=province))
    return {
        "review": review,
        "upload": review.upload,
        "pieces": highlighted(review.text, review.items),
        "groups": [(kind, GROUP_LABELS[kind], views) for kind, views in review_groups(review)],
        "counts": review_counts(review),
        "warnings": review_warnings(review),
        "indicators": Indicator.objects.order_by("name").only("pk", "name", "uom"),
        "unit_choices": choices.order_by("level", "name").only("pk", "name"),
        "review_code": key_of(review.review_period).code if review.review_period else "",
        "plan_code": key_of(review.plan_period).code if review.plan_period else "",
        "roles": [(ROLE_RESULT, _("Kết quả thực hiện")), (ROLE_TARGET, _("Chỉ tiêu kế hoạch"))],
        "fields": Field.choices,
        "decisions": DECISIONS,
        "proposed_uoms": {i["key"]: proposed_uom(i) for i in review.items if i["kind"] == "figure"},
        "figures_url": _figures_url(review),
        "doubt": unit_doubt(review),
    }


def _figures_url(review: Review) -> str:
    if review.accepted_at is None or review.unit_id is None:
        return ""
    written = next((i for i in review.items if i["kind"] == "figure" and i["written"].get("result")), None)
    if written is None:
        return reverse("web:unit_dashboard", args=[review.unit_id])
    indicator = written["correction"].get("indicator") or written["proposal"]["indicator"]["id"]
    return reverse("indicator-detail", args=[review.unit_id, indicator])


def _after_change(request: HttpRequest, review: Review, key: str = "") -> HttpResponse:
    if request.htmx:
        return render(request, "web/ingest/_panel.html", _review_context(request, review))
    anchor = f"#{key}" if key else ""
    return redirect(reverse("ingest:review", args=[review.pk]) + anchor)


@login_required
@require_POST
def item_action(request: HttpRequest, review_id: int, key: str) -> HttpResponse:
    """Accept, reject or correct one item (``action`` = accepted | rejected | pending | correct)."""
    current = _review_for(request, review_id)
    if item_by_key(current.items, key) is None:
        raise Http404
    action = request.POST.get("action", "")
    try:
        if action == "correct":
            changes = {name: request.POST.get(name, "") for name in
                       ("value", "uom", "indicator", "role", "unit", "period", "plan_period")
                       if request.POST.get(name, "").strip()}
            current = review_correct(review=current, key=key, changes=changes, by=request.user,
                                     visible_units=lambda: entry_units(request.user))
        else:
            current = review_decide(review=current, key=key, decision=action, by=request.user)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        current.refresh_from_db()
    return _after_change(request, _review_for(request, current.pk), key)


@login_required
@require_POST
def accept_high(request: HttpRequest, review_id: int) -> HttpResponse:
    current = _review_for(request, review_id)
    count = review_accept_high(review=current, by=request.user)
    messages.success(request, _("Đã chấp nhận %(count)s mục có độ tin cậy cao.") % {"count": count})
    return _after_change(request, _review_for(request, review_id))


@login_required
@require_POST
def accept(request: HttpRequest, review_id: int) -> HttpResponse:
    """Write the accepted items into the data (one transaction)."""
    current = _review_for(request, review_id)
    outcome = review_accept(review=current, by=request.user)
    if outcome.ok:
        messages.success(request, _("Đã ghi vào dữ liệu: %(created)s mục mới, %(updated)s mục cập nhật.")
                         % {"created": outcome.created, "updated": outcome.updated})
    else:
        messages.error(request, _("Chưa ghi gì: %(count)s mục không ghi được, xem lý do ở từng mục.")
                       % {"count": len(outcome.errors)})
    return redirect("ingest:review", review_id)


@login_required
@require_POST
def indicator_new(request: HttpRequest, review_id: int, key: str) -> HttpResponse:
    """Create a catalogue indicator for an unmatched figure and use it."""
    current = _review_for(request, review_id)
    try:
        indicator_create_for_item(
            review=current, key=key, name=request.POST.get("name", ""),
            uom=request.POST.get("uom", ""), field=request.POST.get("field", ""), by=request.user,
        )
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return _after_change(request, _review_for(request, review_id), key)
