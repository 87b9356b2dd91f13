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
from django.core.wsgi import get_wsgi_application
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
def bearer(db) -> dict[str, str]:
    """A world with an object of each kind in each unit, and an account that may do anything."""
    build_api_world()
    root = f.make_user("goc", is_superuser=True)
    _token, raw = token_create(user=root, name="schemathesis", by=None)
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture(scope="session", autouse=True)
def _report_cases():
    yield
    if CASES:
        total = sum(CASES.values())
        operations = {key.rsplit(" → ", 1)[0] for key in CASES}
        line = f"schemathesis: {total} cases over {len(operations)} operations and methods"
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
