"""The permission matrix of the web pages, generated.

Every URL pattern of ``tiendo.web`` is collected from the URL configuration (a new page is
tried without anybody listing it) and requested by each role (viewer, editor, approver,
administrator) at province, district (before 2025) and commune level, on its own unit, a
unit below it, the history merged into it, a sibling's unit and a unit below the sibling.
The answer must be the one the rules give (``tests.accounts.world.expected_allowed``):
a page that shows a unit answers 200 if the unit is visible, else 404 (missing and
forbidden alike); a report action answers 404 for an invisible unit, 403 for a visible one
the role may not act on, and does it (GET: the form, POST: a redirect) otherwise.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests import factories as f
from tests.accounts.world import LEVELS, ROLES, World, build_world, expected_allowed
from tiendo.accounts.access import Permission
from tiendo.audit.models import AuditEntry
from tiendo.audit.services import audit_create
from tiendo.results.models import ReportingStatus
from tiendo.web.workflow_views import REPORT_ACTIONS
from tiendo.work.models import KeyTask, Meeting

CODE = "2024"
# Pages outside the unit rules: signing in and out.
AUTH_PAGES = {"web:login", "web:logout"}
# The state a report action starts from; the actions are tried from there.
START_STATE = {
    Permission.SUBMIT: None,
    Permission.APPROVE: ReportingStatus.State.SUBMITTED,
    Permission.RETURN: ReportingStatus.State.SUBMITTED,
    Permission.UNLOCK: ReportingStatus.State.LOCKED,
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
    assert {"web:unit_dashboard", "workflow-report-action", "audit-unit", "work-task-board"} <= names


@pytest.fixture
def matrix_world(db) -> tuple[World, dict[int, dict[str, Any]]]:
    """The reform world with, for each unit, a task, a meeting, a document and an audit entry."""
    world = build_world()
    indicator = f.make_indicator()
    objects: dict[int, dict[str, Any]] = {}
    units = [world.province, world.district, world.old_a, world.old_b, world.commune,
             world.sibling_district, world.old_c, world.sibling_commune, world.other_province,
             world.other_district]
    for unit in units:
        meeting = Meeting.objects.create(unit=unit, kind=Meeting.Kind.EXECUTIVE, date=dt.date(2024, 10, 5))
        task = KeyTask.objects.create(title=f"Nhiệm vụ của {unit.name}", unit=unit, period=f.period(CODE))
        document = f.make_document(f"{unit.pk}-NQ/TU", issuer=unit)
        entry = audit_create(task, by=None)
        objects[unit.pk] = {
            "unit_id": unit.pk, "indicator_id": indicator.pk, "task_id": task.pk,
            "meeting_id": meeting.pk, "document_id": document.pk, "code": CODE,
            "type_id": entry.content_type_id, "object_id": entry.object_id,
        }
    return world, objects


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


@pytest.mark.parametrize(("role", "level"), list(itertools.product(ROLES, LEVELS)))
def test_every_page_answers_as_the_rules_say(client, matrix_world, role, level) -> None:
    world, objects = matrix_world
    user = world.account(role, level)
    client.force_login(user)
    wrong: list[tuple[str, str, str, int, int]] = []
    tried = 0
    for page, unit in itertools.product(PAGES, _targets(world, level)):
        if page.name in AUTH_PAGES:
            continue
        visible = expected_allowed(world, user, Permission.VIEW, unit)
        if page.name == "workflow-report-action":
            for action, (permission, *_rest) in REPORT_ACTIONS.items():
                url = reverse(page.name, kwargs=_kwargs(page, objects[unit.pk], action))
                allowed = expected_allowed(world, user, permission, unit)
                expected_get = 200 if allowed else 403 if visible else 404
                expected_post = 302 if allowed else 403 if visible else 404
                _set_state(unit, START_STATE[permission])
                got = client.get(url).status_code
                if got != expected_get:
                    wrong.append(("GET", url, unit.name, expected_get, got))
                got = client.post(url, {"ly-do": "Lý do thử"}).status_code
                if got != expected_post:
                    wrong.append(("POST", url, unit.name, expected_post, got))
                tried += 2
            continue
        url = reverse(page.name, kwargs=_kwargs(page, objects[unit.pk], None))
        expected = 200 if visible or "unit_id" not in page.params else 404
        got = client.get(url).status_code
        tried += 1
        if got != expected:
            wrong.append(("GET", url, unit.name, expected, got))
    assert tried > 40
    assert wrong == []


def test_every_page_asks_a_guest_to_sign_in(client, matrix_world) -> None:
    world, objects = matrix_world
    for page in PAGES:
        if page.name in AUTH_PAGES:
            continue
        url = reverse(page.name, kwargs=_kwargs(page, objects[world.commune.pk], "gui-duyet"
                                                if "action" in page.params else None))
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/"), url
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.SUBMIT).exists()
