"""The permission matrix, generated: every operation of the API (collected from the ninja
routers, so a new endpoint is covered without editing this file), for each role at province,
district (before 2025) and commune level, on its own unit, a unit below it and a sibling's.

What is expected comes from ``accounts.access`` and the operation's declared permission
(``x-permission``): allowed → 2xx; refused on a unit the account sees → 403; on one it does
not see → 404. Each request runs in a transaction rolled back afterwards, so the matrix
starts every cell from the same world. The number of cells tried is written to
``$TIENDO_ARTIFACTS/permission-matrix.txt``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import transaction
from ninja.operation import Operation

from tests import factories as f
from tests.accounts.world import ROLES
from tests.api.conftest import CODE, ApiWorld, token_client
from tests.conftest import ARTIFACTS
from tiendo.accounts.access import Permission, access_allows
from tiendo.api.main import api
from tiendo.api.permissions import PERMISSION_KEY
from tiendo.results.models import ReportingStatus
from tiendo.units.models import Unit

LEVELS = ("province", "district", "commune")
TRIED: dict[str, int] = {}


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    name: str
    permission: str
    query: tuple[str, ...]


def endpoints() -> Iterator[Endpoint]:
    schema = api.get_openapi_schema()
    for _prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                for method in operation.methods:
                    yield _endpoint(schema, method, path, operation)


def _endpoint(schema: dict, method: str, path: str, operation: Operation) -> Endpoint:
    full = f"/api{path}"
    parameters = schema["paths"][full][method.lower()].get("parameters", [])
    return Endpoint(
        method=method, path=full, name=operation.view_func.__name__,
        permission=(operation.openapi_extra or {}).get(PERMISSION_KEY, ""),
        query=tuple(p["name"] for p in parameters if p["in"] == "query"),
    )


ENDPOINTS = list(endpoints())


def _quarter(unit: Unit) -> str:
    """A quarter with no result yet in which ``unit`` existed."""
    return "2025-Q2" if unit.valid_to is not None else "2025-Q3"


def _version(obj: Any) -> int:
    return type(obj).objects.get(pk=obj.pk).version


# The body each writing operation sends for a target unit; a new writing endpoint must add one.
Body = Callable[[ApiWorld, Unit], dict[str, Any]]
BODIES: dict[str, Body] = {
    "document_add": lambda w, u: {"issuer": u.pk, "number_symbol": "99-NQ/TU", "date": "2024-05-02"},
    "document_change": lambda w, u: {"version": _version(w.of(u).document), "title": "Về phát triển kinh tế"},
    "term_add": lambda w, u: {"unit": u.pk, "start_year": 2025, "end_year": 2030, "number": 24},
    "term_change": lambda w, u: {"version": _version(w.of(u).term), "number": 22},
    "target_add": lambda w, u: {"unit": u.pk, "indicator": w.revenue.pk, "period": "2025", "value": "500",
                                "source": "budget_estimate"},
    "target_change": lambda w, u: {"version": _version(w.of(u).target), "value": "460"},
    "result_add": lambda w, u: {"unit": u.pk, "indicator": w.revenue.pk, "period": _quarter(u), "value": "12.5"},
    "result_change": lambda w, u: {"version": _version(w.of(u).result), "value": "410"},
    "task_add": lambda w, u: {"unit": u.pk, "title": "Đẩy nhanh giải ngân vốn đầu tư công", "period": CODE},
    "task_change": lambda w, u: {"version": _version(w.of(u).task), "title": "Hoàn thành dự toán thu"},
    "task_complete": lambda w, u: {"completed_on": "2025-11-01"},
    "task_note_add": lambda w, u: {"text": "Đã giải ngân 60%", "percent": 60, "date": "2025-10-25"},
    "meeting_add": lambda w, u: {"unit": u.pk, "kind": "standing", "conclusions": "Thống nhất"},
    "meeting_change": lambda w, u: {"version": _version(w.of(u).meeting), "conclusions": "Thống nhất cao"},
    "recommendation_add": lambda w, u: {"from_unit": u.pk, "text": "Đề nghị hỗ trợ kinh phí"},
    "recommendation_change": lambda w, u: {"version": _version(w.of(u).recommendation), "topic": "Vốn"},
    "recommendation_reply": lambda w, u: {"answer": "Đã bố trí vốn"},
    "shortcoming_add": lambda w, u: {"unit": u.pk, "period": CODE, "text": "Giải ngân chậm"},
    "shortcoming_change": lambda w, u: {"version": _version(w.of(u).shortcoming), "cause": "Do mưa lũ",
                                        "cause_kind": "objective"},
    "approve": lambda w, u: {"override_reason": "Các đơn vị trực thuộc đã báo cáo đủ"},
    "send_back": lambda w, u: {"reason": "Thiếu số liệu thu ngân sách"},
    "unlock": lambda w, u: {"reason": "Sửa số liệu sai"},
    "submit": lambda w, u: {},
}
# The state the unit-period must be in for the action to make sense.
BEFORE = {"approve": ReportingStatus.State.SUBMITTED, "send_back": ReportingStatus.State.SUBMITTED,
          "unlock": ReportingStatus.State.LOCKED}
# Path parameters naming an object of the target unit (the others are global).
OBJECTS = {
    "result_id": "result", "target_id": "target", "task_id": "task", "meeting_id": "meeting",
    "person_id": "person", "recommendation_id": "recommendation", "shortcoming_id": "shortcoming",
    "term_id": "term", "document_id": "document",
}


def _url(endpoint: Endpoint, w: ApiWorld, unit: Unit) -> str:
    values: dict[str, Any] = {"unit_id": unit.pk, "period": CODE, "indicator_id": w.revenue.pk,
                              "period_id": f.period(CODE).pk}
    values.update({name: getattr(w.of(unit), attr).pk for name, attr in OBJECTS.items()})
    url = endpoint.path.format(**values)
    query = {"unit": unit.pk, "period": CODE, "indicator": w.revenue.pk}
    pairs = [f"{name}={query[name]}" for name in endpoint.query if name in query]
    return url + ("?" + "&".join(pairs) if pairs else "")


def _expected(user: Any, endpoint: Endpoint, unit: Unit) -> int | None:
    """None when allowed, else the refusal's status."""
    if endpoint.permission == "authenticated":
        return None
    period = f.period(CODE)
    if not access_allows(user, Permission.VIEW, unit, period):
        return 404
    return None if access_allows(user, endpoint.permission, unit, period) else 403


def _targets(w: ApiWorld, level: str) -> dict[str, Unit]:
    world = w.world
    below = {"province": world.district, "district": world.old_a}
    targets = {"own": world.unit_of(level), "sibling": world.unit_of(level, sibling=True)}
    if level in below:
        targets["below"] = below[level]
    return targets


def _call(client: Any, endpoint: Endpoint, url: str, body: dict[str, Any] | None) -> Any:
    send = getattr(client, endpoint.method.lower())
    if body is None:
        return send(url)
    return send(url, body, content_type="application/json")


def test_every_operation_declares_its_permission_and_writers_have_a_body() -> None:
    assert len(ENDPOINTS) >= 55
    undeclared = [e.name for e in ENDPOINTS if e.permission not in {*Permission, "authenticated"}]
    assert undeclared == []
    writers = {e.name for e in ENDPOINTS if e.method in {"POST", "PATCH", "PUT"}} - {"extract"}
    assert writers - set(BODIES) == set()


@pytest.fixture(scope="module", autouse=True)
def _report_matrix():
    yield
    if TRIED:
        total = sum(TRIED.values())
        accounts = len(TRIED)
        line = (f"permission matrix: {len(ENDPOINTS)} operations × {accounts} accounts "
                f"(roles × levels) × own/below/sibling units = {total} requests")
        print(f"\n{line}")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "permission-matrix.txt").write_text(line + "\n")


@pytest.mark.slow
@pytest.mark.parametrize(("role", "level"), list(itertools.product(ROLES, LEVELS)))
def test_each_operation_allows_or_refuses_as_the_rules_say(api_world, role, level) -> None:
    user = api_world.world.account(role, level)
    client = token_client(user)
    wrong = []
    tried = 0
    for (where, unit), endpoint in itertools.product(_targets(api_world, level).items(), ENDPOINTS):
        with transaction.atomic():
            if endpoint.name in BEFORE:
                f.make_reporting_status(unit, CODE, state=BEFORE[endpoint.name])
            body = BODIES[endpoint.name](api_world, unit) if endpoint.name in BODIES else None
            if endpoint.name == "extract":
                body = {"text": "Thu ngân sách ước đạt 35,8 tỷ đồng, bằng 120,4% dự toán."}
            response = _call(client, endpoint, _url(endpoint, api_world, unit), body)
            expected = _expected(user, endpoint, unit)
            transaction.set_rollback(True)
        tried += 1
        ok = 200 <= response.status_code < 300 if expected is None else response.status_code == expected
        if not ok:
            wrong.append((endpoint.method, endpoint.path, where, expected or "2xx", response.status_code,
                          response.content[:160].decode(errors="replace")))
    TRIED[f"{role}-{level}"] = tried
    assert wrong == []
