"""The permission matrix of the web pages, generated.

Every URL pattern of ``tiendo.web`` is collected from the URL configuration (a new page is
tried without anybody listing it) and requested, with GET and with POST, by each role
(viewer, editor, approver, administrator) at province, district (before 2025) and commune
level, about its own unit, a unit below it, the history merged into it, a sibling's unit
and a unit below the sibling. A page is about a unit through its URL (``unit_id``, or an
object of the unit: an ingest review) or its query (the search, a source link, the upload
progress). The answer must be the one the rules give (``tests.accounts.world``):

- a unit the account may not see answers 404 (missing and forbidden alike);
- a visible unit the account may not act on answers 403 where the page says why (entering
  figures, report actions) and 404 where it hides the unit's work (an ingest review);
- a page that lists objects shows those of the unit exactly when the rules say so;
- a refused POST changes nothing.

Every URL keyword needs a value from the fixture: a new one without a value fails loudly.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests import factories as f
from tests.accounts.world import (
    LEVELS,
    REFORM,
    ROLES,
    World,
    build_world,
    expected_allowed,
    expected_lists_upload,
    expected_may_enter,
)
from tiendo.accounts.access import Permission
from tiendo.audit.models import AuditEntry
from tiendo.audit.services import audit_create
from tiendo.catalogue.models import Indicator
from tiendo.ingest.accept import REF_HASH_LENGTH, source_ref
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.services import upload_process, upload_receive
from tiendo.reports.sheets import layout as L
from tiendo.reports.sheets.template import sheet_template
from tiendo.results.models import Period, ReportingStatus, Result
from tiendo.web.report_forms import TemplatePeriodForm
from tiendo.web.report_views import SESSION_TABLES, UPLOADS
from tiendo.web.workflow_views import REPORT_ACTIONS
from tiendo.work.models import KeyTask, Meeting
from tiendo.work.services import key_task_search_text

CODE = "2024"
LATER = "2025-Q4"
# Pages outside the unit rules: signing in and out.
AUTH_PAGES = {"web:login", "web:logout"}
# The state a report action starts from; the actions are tried from there.
START_STATE = {
    Permission.SUBMIT: None,
    Permission.APPROVE: ReportingStatus.State.SUBMITTED,
    Permission.RETURN: ReportingStatus.State.SUBMITTED,
    Permission.UNLOCK: ReportingStatus.State.LOCKED,
}
ENTRY = (Permission.EDIT, 403)
HIDDEN_WORK = (Permission.EDIT, 404)
# What a page asks of its unit beyond seeing it, and the answer for a visible unit the
# account may not act on. Every other page about a unit asks to see it.
ASKS: dict[str, tuple[Permission, int]] = {
    "web:entry_grid": ENTRY, "web:entry_check": ENTRY, "reports-sheet-upload": ENTRY,
    "reports-table-upload": ENTRY, "reports-table-mapping": ENTRY, "reports-template-for-period": ENTRY,
    # The text a result was read from: its review for an editor, read-only for any account
    # that sees the result's unit.
    "ingest:source": (Permission.VIEW, 404), "ingest:text": (Permission.VIEW, 404),
}
# URL keywords naming an object of a unit, and what a page keyed by it asks (a review
# belongs to the unit it reports on).
KEYED_BY = {"review_id": HIDDEN_WORK}
# Pages about no unit that only the roles entering figures may open (404 for the others).
ROLE_PAGES = {"ingest:upload", "ingest:progress"}
# The query that makes a page about a unit's objects.
QUERIES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "web:search": lambda objects: {"q": objects["name"]},
    "ingest:source": lambda objects: {"ref": objects["ref"]},
    "ingest:text": lambda objects: {"muc": objects["key"]},
    "ingest:progress": lambda objects: {"tep": objects["upload_id"]},
}
# Pages that list a unit's objects: what they show of the unit, and whether the rules let
# the account see it there.
LISTS: dict[str, tuple[Callable[[dict[str, Any]], list[str]], Callable[[World, Any, Any], bool]]] = {
    "web:search": (
        lambda objects: [objects["task_title"], objects["document_title"]],
        lambda world, user, unit: expected_allowed(world, user, Permission.VIEW, unit),
    ),
    "ingest:progress": (
        lambda objects: [objects["upload_name"]],
        lambda world, user, unit: expected_lists_upload(world, user, unit),
    ),
    "ingest:upload": (
        lambda objects: [objects["upload_name"]],
        lambda world, user, unit: expected_lists_upload(world, user, unit),
    ),
}
# Pages that answer one method only (405 for the other, before any rule is asked).
ONLY = {
    "web:entry_check": "GET", "reports-report-download": "GET", "reports-template-download": "GET",
    "reports-template-for-period": "POST", "ingest:item": "POST", "ingest:accept": "POST",
    "ingest:accept_high": "POST", "ingest:indicator_new": "POST",
}
# An allowed GET that sends the account on (a source link opens its review).
REDIRECTS = {"ingest:source"}
# Pages whose allowed POST (with ``POSTS``'s data) changes the data.
CHANGES = {"web:entry_grid", "reports-sheet-upload", "ingest:upload", "ingest:item", "ingest:indicator_new",
           "workflow-report-action"}
# What a POST sends: data that changes something when the account may act.
POSTS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "web:entry_grid": lambda objects: {f"r{objects['indicator_id']}-value": "12,5"},
    "reports-template-for-period": lambda objects: {"ky": objects["template_code"]},
    "reports-sheet-upload": lambda objects: {"file": SimpleUploadedFile("bieu-nhap.xlsx", objects["sheet"])},
    "ingest:upload": lambda objects: {"text": objects["upload_text"] + " Lần gửi lại."},
    "ingest:item": lambda objects: {"action": "rejected"},
    "ingest:indicator_new": lambda objects: {"name": f"Chỉ tiêu mới {objects['review_id']}", "uom": "%",
                                             "field": "economy"},
    "workflow-report-action": lambda objects: {"ly-do": "Lý do thử"},
}


@dataclass(frozen=True)
class Page:
    name: str
    params: tuple[str, ...]
    view: Callable[..., Any]


def _web_patterns(patterns: list[Any], namespace: str = "", inside_web: bool = False) -> Iterator[Page]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            module = getattr(entry.urlconf_name, "__name__", str(entry.urlconf_name))
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _web_patterns(entry.url_patterns, ns, inside_web or module.startswith("tiendo.web"))
        elif isinstance(entry, URLPattern) and inside_web and entry.name:
            yield Page(f"{namespace}{entry.name}", tuple(entry.pattern.converters), entry.callback)


PAGES = sorted(_web_patterns(get_resolver().url_patterns), key=lambda page: page.name)


def test_the_matrix_found_the_pages() -> None:
    names = {page.name for page in PAGES}
    assert {"web:unit_dashboard", "workflow-report-action", "audit-unit", "work-task-board",
            "web:entry_grid", "web:search", "ingest:review", "reports-sheet-upload"} <= names
    # Every page the tables name exists: a renamed page cannot leave its rule behind.
    assert set(ASKS) | ROLE_PAGES | set(QUERIES) | set(LISTS) | set(ONLY) | REDIRECTS | CHANGES | set(POSTS) <= names


def _upload_text(unit: Any) -> str:
    return (f"Hội nghị Ban Chấp hành Đảng bộ {unit.name} đánh giá kết quả 9 tháng năm 2024: "
            "thu ngân sách nhà nước trên địa bàn đạt 404 tỷ đồng, bằng 110% dự toán; "
            "tỷ lệ hộ nghèo giảm còn 3,5%.")


def _filled_sheet(unit: Any, period: Period, indicator: Indicator) -> bytes:
    """The unit's data-entry form with a new figure typed on the unit's own sheet."""
    book = load_workbook(io.BytesIO(sheet_template(unit, period)))
    sheet = book.worksheets[0]
    row = next(row for row in range(L.FIRST_DATA_ROW, sheet.max_row + 1)
               if sheet.cell(row=row, column=L.COL_CODE).value == indicator.code)
    sheet.cell(row=row, column=L.COL_VALUE, value=77)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def matrix_world(db, settings, tmp_path) -> tuple[World, dict[int, dict[str, Any]]]:
    """The reform world with, for each unit, a task, a meeting, a document, an audit entry,
    a result (so that its report downloads), its data-entry form filled in, an ingest
    review of an uploaded text and a table waiting for its column mapping."""
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path
    world = build_world()
    indicator = f.make_indicator()
    template_code = TemplatePeriodForm(today=timezone.localdate()).fields["ky"].choices[0][0]
    objects: dict[int, dict[str, Any]] = {}
    for unit in world.units():
        meeting = Meeting.objects.create(unit=unit, kind=Meeting.Kind.EXECUTIVE, date=dt.date(2024, 10, 5))
        title = f"Nhiệm vụ của {unit.name}"
        task = KeyTask.objects.create(title=title, unit=unit, period=f.period(CODE),
                                      search_text=key_task_search_text(KeyTask(title=title)))
        document = f.make_document(f"{unit.pk}-NQ/TU", issuer=unit, title=f"Nghị quyết về {unit.name}")
        # A period the unit existed in: figures cannot be entered for a unit before it was formed.
        result = f.make_result(indicator, unit, 10, period_code=LATER if unit.valid_from == REFORM else CODE)
        entry = audit_create(task, by=None)
        text = _upload_text(unit)
        upload = upload_receive(data=text.encode(), name=f"bao-cao-{unit.pk}.txt", by=None,
                                unit_hint=unit, period_hint=f.period("2024-9M")).upload
        review = upload_process(upload)
        assert review is not None and review.items, upload.error
        key = next(item["key"] for item in review.items if item["kind"] == "figure")
        # The unit's result cites the text, as an accepted figure would.
        Result.objects.filter(pk=result.pk).update(source_ref=source_ref(upload.sha256, key))
        table = default_storage.save(f"{UPLOADS}/bang-{unit.pk}.csv",
                                     ContentFile("Chỉ tiêu,Đơn vị,Giá trị\nThu ngân sách,tỷ đồng,404\n".encode()))
        objects[unit.pk] = {
            "unit_id": unit.pk, "indicator_id": indicator.pk, "task_id": task.pk,
            "meeting_id": meeting.pk, "document_id": document.pk, "code": CODE,
            "type_id": entry.content_type_id, "object_id": entry.object_id,
            "review_id": review.pk, "key": key, "fmt": "xlsx", "token": f"bang-{unit.pk}",
            "ref": f"{upload.sha256[:REF_HASH_LENGTH]}#{key}", "upload_id": upload.pk,
            "upload_name": upload.name, "upload_text": text, "table": table, "name": unit.name,
            "task_title": task.title, "document_title": document.title, "template_code": template_code,
            "sheet": _filled_sheet(unit, result.period, indicator),
        }
    return world, objects


def _keep_tables(client: Any, objects: dict[int, dict[str, Any]]) -> None:
    """The account's session holds a table uploaded for every unit, waiting for its mapping
    (as after step 1 of a table import), so that only the rules stand between it and step 2."""
    session = client.session
    session[SESSION_TABLES] = {
        values["token"]: {"path": values["table"], "name": f"{values['token']}.csv", "unit": unit_id}
        for unit_id, values in objects.items()
    }
    session.save()


def _targets(world: World, level: str) -> list[Any]:
    """Own unit, one below, the merged history, the sibling and one below the sibling."""
    own, sibling = world.unit_of(level), world.unit_of(level, sibling=True)
    picks = [own, sibling, *sorted(world.below(level), key=lambda u: u.pk)[:1],
             *sorted(world.below(level, sibling=True), key=lambda u: u.pk)[:1],
             *sorted(world.inherited(level), key=lambda u: u.pk)[:1]]
    return list(dict.fromkeys(picks))


def _kwargs(page: Page, objects: dict[str, Any], action: str | None) -> dict[str, Any]:
    missing = set(page.params) - set(objects) - {"action"}
    assert not missing, f"{page.name}: the matrix needs a value for {sorted(missing)}"
    kwargs = {name: objects[name] for name in page.params if name != "action"}
    if action is not None:
        kwargs["action"] = action
    return kwargs


def _set_state(unit: Any, state: str | None) -> None:
    ReportingStatus.objects.filter(unit=unit).delete()
    if state is not None:
        f.make_reporting_status(unit, CODE, state=state)


def _state_of_the_data() -> tuple[Any, ...]:
    """What any change through the app would alter (every write leaves an audit entry;
    periods and review decisions are read too)."""
    return (
        AuditEntry.objects.count(), Upload.objects.count(), Result.objects.count(),
        Period.objects.count(), Indicator.objects.count(),
        sorted(Review.objects.values_list("pk", "version", "accepted_at")),
        sorted(ReportingStatus.objects.values_list("unit", "state")),
    )


def _rule(page: Page) -> tuple[Permission, int] | None:
    """What the page asks of the unit it is about, or None for a page about no unit."""
    if page.name in ASKS:
        return ASKS[page.name]
    keyed = [KEYED_BY[name] for name in page.params if name in KEYED_BY]
    if keyed:
        return keyed[0]
    if "unit_id" in page.params:
        return (Permission.VIEW, 404)
    return None


def _expected(world: World, user: Any, page: Page, unit: Any, method: str,
              permission: Permission | None = None) -> int | None:
    """The status the rules give, or None for "allowed" (the page does its work)."""
    if page.name in ONLY and ONLY[page.name] != method:
        return 405
    if page.name in ROLE_PAGES and not expected_may_enter(world, user):
        return 404
    rule = _rule(page)
    if rule is None:
        return None
    asked, refusal = (permission, 403) if permission is not None else rule
    if not expected_allowed(world, user, Permission.VIEW, unit):
        return 404
    if not expected_allowed(world, user, asked, unit):
        return refusal
    return None


@dataclass
class Tally:
    """The requests made and the answers that differ from the rules'."""

    requests: int = 0
    wrong: list[tuple[str, str, str, Any, int]] = field(default_factory=list)

    def check(self, client: Any, page: Page, url: str, unit: Any, method: str,
              expected: int | None, data: dict[str, Any] | None) -> Any:
        """Request ``url``; a refusal must leave the data as it was, and an allowed POST of
        a page in ``CHANGES`` must change it (so that the first check could fail)."""
        before = _state_of_the_data() if method == "POST" else None
        response = client.get(url) if method == "GET" else client.post(url, data or {})
        self.requests += 1
        got = response.status_code
        changed = before is not None and _state_of_the_data() != before
        if expected is not None:
            ok = got == expected and not changed
            wanted = f"{expected}, nothing changed" if method == "POST" else expected
        elif method == "GET":
            ok, wanted = got == (302 if page.name in REDIRECTS else 200), "allowed"
        else:
            ok = got < 500 and got not in (403, 404, 405) and (changed or page.name not in CHANGES)
            wanted = "allowed" + (", data changed" if page.name in CHANGES else "")
        if not ok:
            self.wrong.append((method, url, unit.name, wanted, got))
        return response

    def check_lists(self, response: Any, page: Page, url: str, unit: Any, shown: bool,
                    texts: list[str]) -> None:
        content = response.content.decode()
        for text in texts:
            if (text in content) != shown:
                self.wrong.append(("GET", url, unit.name, f"{text!r} shown: {shown}", response.status_code))


def _url(page: Page, values: dict[str, Any], action: str | None = None) -> str:
    url = reverse(page.name, kwargs=_kwargs(page, values, action))
    return url + "?" + urlencode(QUERIES[page.name](values)) if page.name in QUERIES else url


@pytest.mark.parametrize(("role", "level"), list(itertools.product(ROLES, LEVELS)))
def test_every_page_answers_as_the_rules_say(client, matrix_world, role, level, record_property) -> None:
    world, objects = matrix_world
    user = world.account(role, level)
    client.force_login(user)
    _keep_tables(client, objects)
    tally = Tally()
    tried = Counter()
    for page, unit in itertools.product(PAGES, _targets(world, level)):
        if page.name in AUTH_PAGES:
            continue
        values = objects[unit.pk]
        tried[page.name] += 1
        data = POSTS[page.name](values) if page.name in POSTS else None
        if "action" in page.params:
            for action, (permission, *_rest) in REPORT_ACTIONS.items():
                url = _url(page, values, action)
                _set_state(unit, START_STATE[permission])
                for method in ("GET", "POST"):
                    tally.check(client, page, url, unit, method,
                                _expected(world, user, page, unit, method, permission), data)
            continue
        url = _url(page, values)
        for method in ("GET", "POST"):
            response = tally.check(client, page, url, unit, method,
                                   _expected(world, user, page, unit, method), data)
            if page.name in LISTS and method == "GET" and response.status_code == 200:
                texts, rule = LISTS[page.name]
                tally.check_lists(response, page, url, unit, rule(world, user, unit), texts(values))
    record_property("page_unit_pairs", sum(tried.values()))
    record_property("requests", tally.requests)
    assert len(tried) == len(PAGES) - len(AUTH_PAGES)
    assert tally.wrong == [], "\n".join(map(str, tally.wrong))


def test_a_review_of_no_known_unit_is_its_uploaders(client, matrix_world, record_property) -> None:
    """While its unit is unknown a review is open to the account that uploaded it, if its
    role enters figures, and to nobody else."""
    world, objects = matrix_world
    owned = {}
    for name, account in world.accounts.items():
        text = f"Hội nghị đánh giá 9 tháng năm 2024 ({name}): thu ngân sách đạt 404 tỷ đồng, tăng 5%."
        upload = upload_receive(data=text.encode(), name=f"{name}.txt", by=account).upload
        review = upload_process(upload)
        assert review is not None and review.unit is None, upload.error
        key = next(item["key"] for item in review.items if item["kind"] == "figure")
        owned[account.pk] = {**objects[world.province.pk], "review_id": review.pk, "key": key,
                             "upload_id": upload.pk, "upload_name": upload.name,
                             "ref": f"{upload.sha256[:REF_HASH_LENGTH]}#{key}"}
    pages = [page for page in PAGES if set(page.params) & set(KEYED_BY) or page.name in ("ingest:source",
                                                                                        "ingest:progress")]
    tally = Tally()
    for role, level in itertools.product(ROLES, LEVELS):
        user, other = world.account(role, level), world.account(role, level, sibling=True)
        client.force_login(user)
        may = expected_may_enter(world, user)
        for page, owner in itertools.product(pages, (user, other)):
            values = owned[owner.pk]
            url = _url(page, values)
            for method in ("GET", "POST"):
                # The read-only text opens only where a result cites it: a review of no unit
                # has written none.
                expected = 405 if page.name in ONLY and ONLY[page.name] != method else (
                    None if may and (owner == user or page.name in ROLE_PAGES)
                    and page.name != "ingest:text" else 404)
                data = POSTS[page.name](values) if page.name in POSTS else None
                response = tally.check(client, page, url, world.province, method, expected, data)
                if page.name in LISTS and method == "GET" and response.status_code == 200:
                    shown = expected_lists_upload(world, user, None, uploader=owner)
                    tally.check_lists(response, page, url, world.province, shown, LISTS[page.name][0](values))
    record_property("requests", tally.requests)
    assert tally.wrong == [], "\n".join(map(str, tally.wrong))


def test_every_page_asks_a_guest_to_sign_in(client, matrix_world) -> None:
    world, objects = matrix_world
    before = _state_of_the_data()
    for page in PAGES:
        if page.name in AUTH_PAGES:
            continue
        values = objects[world.commune.pk]
        url = _url(page, values, "gui-duyet" if "action" in page.params else None)
        data = POSTS[page.name](values) if page.name in POSTS else {}
        for response in (client.get(url), client.post(url, data)):
            assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/"), url
    assert _state_of_the_data() == before


# URL keywords that name nothing of a unit: the unit itself, the shared catalogue, a
# period, a format, an action.
UNIT_FREE = {"unit_id", "indicator_id", "code", "fmt", "action"}


@pytest.mark.parametrize(("role", "level"), list(itertools.product(ROLES, LEVELS)))
def test_a_page_of_a_seen_unit_never_opens_an_object_of_an_unseen_one(client, matrix_world, role, level,
                                                                       record_property) -> None:
    """The account's own unit in the URL and, beside it, an object of a unit it may not see
    (a sibling's task, meeting, document, audit history, uploaded table): the page's answer
    for the own unit if that is a refusal, else 404 as if the object did not exist; a POST
    changes nothing."""
    world, objects = matrix_world
    user = world.account(role, level)
    client.force_login(user)
    _keep_tables(client, objects)
    own = world.unit_of(level)
    pages = [page for page in PAGES if "unit_id" in page.params and set(page.params) - UNIT_FREE]
    unseen = [unit for unit in _targets(world, level)
              if not expected_allowed(world, user, Permission.VIEW, unit)]
    tally = Tally()
    for page, unit in itertools.product(pages, unseen):
        mixed = {**objects[unit.pk], "unit_id": own.pk}
        url = _url(page, mixed)
        for method in ("GET", "POST"):
            expected = _expected(world, user, page, own, method) or 404
            data = POSTS[page.name](mixed) if page.name in POSTS else None
            tally.check(client, page, url, unit, method, expected, data)
    record_property("requests", tally.requests)
    assert pages and unseen
    assert tally.wrong == [], "\n".join(map(str, tally.wrong))
