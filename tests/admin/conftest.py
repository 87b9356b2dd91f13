"""One object of every registered model, built again with another index for more rows."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django_tasks_db.models import DBTaskResult, get_date_max

from tests.factories import (
    make_district,
    make_document,
    make_indicator,
    make_province,
    make_reporting_status,
    make_result,
    make_succession,
    make_target,
    make_term,
    make_unit,
    make_user,
    period,
)
from tiendo.accounts.models import LoginFailure, Membership
from tiendo.api.tokens import token_create
from tiendo.audit.services import audit_create
from tiendo.ingest.models import Review, Upload
from tiendo.results.models import ReportingStatus
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting, Person, ProgressNote, Recommendation, Shortcoming


def build_world(i: int) -> SimpleNamespace:
    """A province with a district, a merged commune, a term, a document, an indicator with a
    target and two years of results, a meeting with a task, a note, a recommendation, a
    shortcoming, a member, a group, a queued task and an audit entry. Names carry ``i``."""
    province = make_province(f"Tỉnh Thử {i}")
    district = make_district(province, f"Huyện Bắc Sơn {i}", short_name=f"Bắc Sơn {i}")
    old = make_unit(f"Xã Cũ {i}", level=Unit.Level.COMMUNE, parent=district)
    new = make_unit(
        f"Xã Mới {i}", level=Unit.Level.COMMUNE, parent=district, valid_from=dt.date(2025, 7, 1)
    )
    make_succession(old, new, dt.date(2025, 7, 1))
    term = make_term(province)
    document = make_document(
        f"{60 + i}-NQ/TU", date=dt.date(2021, 1, 15), issuer=province, term=term
    )
    indicator = make_indicator(f"Thu ngân sách {i}", code=f"thu-ngan-sach-{i}")
    target = make_target(indicator, province, 400, period_code="2022")
    result = make_result(indicator, province, 440, period_code="2022")
    make_result(indicator, province, "360.66", period_code="2021")
    make_reporting_status(province, "2022", state=ReportingStatus.State.OPEN)
    period(f"{2000 + i}")  # one more period per world, so that the period list grows too
    chair = Person.objects.create(name=f"Nguyễn Văn {i}", titles=["Bí thư Huyện ủy"], unit=district)
    meeting = Meeting.objects.create(
        unit=district,
        kind=Meeting.Kind.EXECUTIVE,
        session=i,
        date=dt.date(2023, 10, 5),
        review_period=period("2023-9M"),
        plan_period=period("2023"),
        chair=chair,
        term=term,
    )
    meeting.attendees.set([chair])
    meeting.documents.set([document])
    task = KeyTask.objects.create(
        title=f"Nhiệm vụ trọng tâm {i}",
        unit=district,
        lead_unit=old,
        period=period("2023"),
        deadline=dt.date(2023, 12, 31),
        meeting=meeting,
        document=document,
        search_text=f"nhiem vu trong tam {i}",
    )
    task.coordinating_units.set([province])
    ProgressNote.objects.create(
        task=task, date=dt.date(2023, 11, 1), text="Đạt một nửa", percent=50
    )
    recommendation = Recommendation.objects.create(
        from_unit=district, to_unit=province, meeting=meeting, text=f"Kiến nghị {i}"
    )
    shortcoming = Shortcoming.objects.create(
        unit=district, period=period("2023-9M"), text=f"Hạn chế {i}", meeting=meeting
    )
    user = make_user(f"thanhvien{i}")
    Membership.objects.create(user=user, unit=district, role=Membership.Role.EDITOR)
    token_create(user=user, name=f"Đồng bộ số liệu {i}", by=None)
    LoginFailure.objects.create(username=f"thanhvien{i}", ip="10.0.0.1", at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    Group.objects.create(name=f"Nhóm {i}")
    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="tiendo.tasks.khong_co",
        backend_name="default",
        run_after=get_date_max(),
        exception_class_path="",
        traceback="",
    )
    upload = Upload.objects.create(sha256=f"{i:064x}", name=f"bai-bao-{i}.txt", size=100, path="",
                                   uploaded_by=user, status=Upload.Status.READY, progress=100)
    Review.objects.create(upload=upload, text="Thu ngân sách đạt 404 tỷ đồng.", record={},
                          unit=district, review_period=period("2023-9M"))
    audit_create(province, by=user)
    return SimpleNamespace(
        province=province,
        district=district,
        old=old,
        new=new,
        term=term,
        document=document,
        indicator=indicator,
        target=target,
        result=result,
        meeting=meeting,
        task=task,
        recommendation=recommendation,
        shortcoming=shortcoming,
        user=user,
        chair=chair,
    )


@pytest.fixture
def world(db) -> SimpleNamespace:
    return build_world(1)


def form_data(response: Any) -> dict[str, Any]:
    """The POST data a browser would send back for an admin change form, unchanged."""
    data: dict[str, Any] = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for name in form.fields:
            bound = form[name]
            value = bound.field.prepare_value(bound.value())
            if value is None or value is False:
                continue
            if value is True:
                value = "on"
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            else:
                data[bound.html_name] = str(value)
    original = response.context.get("original")
    if original is not None and getattr(original, "version", None):
        data["_version"] = str(original.version)
    return data
