"""Schemathesis against ``/api/openapi.json``, in process, with an authenticated client: no
answer is a server error and every answer matches the schema. The number of cases run is
printed at the end of the session and written to ``$TIENDO_ARTIFACTS/schemathesis.txt``.

Checks kept: ``not_a_server_error``, ``response_schema_conformance``,
``content_type_conformance``. Left out (stack.md): undocumented status codes and the
judgement of which generated inputs "should" be accepted, which a schema cannot state for
rules such as "the unit must be valid in the period".
"""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from tests import factories as f
from tests.api.conftest import build_api_world
from tests.conftest import ARTIFACTS
from tiendo.api.tokens import token_create

MAX_EXAMPLES = 30
CASES: Counter[str] = Counter()

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@pytest.fixture
def bearer(db):
    """A world with an object of each kind in each unit, and an account that may do anything.

    Requests go through the WSGI handler, which closes the database connection after each
    one when it is inside a transaction (the test's): Django's own test client stops that
    for its requests, and so does this fixture for schemathesis's.
    """
    build_api_world()
    root = f.make_user("goc", is_superuser=True)
    _token, raw = token_create(user=root, name="schemathesis", by=None)
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield {"Authorization": f"Bearer {raw}"}
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture(scope="session", autouse=True)
def _report_cases():
    yield
    if CASES:
        total = sum(CASES.values())
        # Besides the documented operations, schemathesis tries the other methods on each
        # path (answered 405): counted in the total, not as operations.
        documented = {key.rsplit(" → ", 1)[0] for key in CASES if not key.endswith("→ 405")}
        line = f"schemathesis: {total} cases, {len(documented)} documented operations"
        print(f"\n{line}")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "schemathesis.txt").write_text(
            line + "\n" + "".join(f"{n}\t{op}\n" for op, n in sorted(CASES.items()))
        )


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_answers_match_the_schema_and_never_fail(case, bearer) -> None:
    response = case.call_and_validate(
        headers=bearer,
        checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
    )
    CASES[f"{case.method} {case.path} → {response.status_code}"] += 1
