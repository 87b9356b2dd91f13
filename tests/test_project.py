"""The project's own rules: layers point one way, migrations match the models, lint is clean."""

from __future__ import annotations

import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command

from tests.conftest import REPO

BIN = REPO / ".venv" / "bin"


def _tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else name


def test_layers_point_one_way() -> None:
    # given the contracts in pyproject.toml (web and api on the domain, extract on nothing)
    run = subprocess.run([_tool("lint-imports")], cwd=REPO, capture_output=True, text=True)
    # then none is broken
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_is_clean() -> None:
    run = subprocess.run([_tool("ruff"), "check", "."], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_engine_type_checks() -> None:
    # the files of pyproject.toml's [tool.mypy]: the engine, which mypyc compiles as typed
    run = subprocess.run([_tool("mypy")], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.django_db
def test_migrations_match_models() -> None:
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit as exit_:
        pytest.fail(f"models changed without a migration:\n{out.getvalue()} ({exit_})")


def test_version_command() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tiendo", "--version"], cwd=REPO, capture_output=True, text=True
    )
    assert run.returncode == 0
    assert run.stdout.strip().startswith("tiendo 0.")
