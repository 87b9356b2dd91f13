"""Settings come from the environment, with safe defaults and a clean deploy check."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

from tests.conftest import REPO


def _run_django(code: str, env: dict[str, str], tmp_path) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("TIENDO_", "DATABASE_URL", "DJANGO_"))}
    base.update({"DJANGO_SETTINGS_MODULE": "tiendo.settings", "TIENDO_DATA_DIR": str(tmp_path)})
    base.update(env)
    script = "import django; django.setup()\n" + code
    return subprocess.run([sys.executable, "-c", script], cwd=REPO, env=base, capture_output=True, text=True)


def test_deploy_check_passes_with_production_variables(tmp_path) -> None:
    env = {
        "TIENDO_DEBUG": "0",
        "TIENDO_SECRET_KEY": secrets.token_urlsafe(60),
        "TIENDO_ALLOWED_HOSTS": "tiendo.example.vn",
    }
    run = _run_django(
        "from django.core.management import call_command\ncall_command('check', '--deploy', '--fail-level', 'WARNING')",
        env,
        tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert "no issues" in run.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path) -> None:
    run = _run_django("", {"TIENDO_DEBUG": "0"}, tmp_path)
    assert run.returncode != 0
    assert "TIENDO_SECRET_KEY" in run.stderr


def test_without_database_url_the_database_is_sqlite_in_the_data_dir(tmp_path) -> None:
    run = _run_django(
        "from django.conf import settings\nprint(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])",
        {},
        tmp_path,
    )
    assert run.returncode == 0, run.stderr
    engine, name = run.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert name == str(tmp_path / "tiendo.sqlite3")


def test_database_url_selects_postgresql(tmp_path) -> None:
    run = _run_django(
        "from django.conf import settings\nd = settings.DATABASES['default']\nprint(d['ENGINE'], d['HOST'], d['NAME'])",
        {"DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/tiendo"},
        tmp_path,
    )
    assert run.stdout.split() == ["django.db.backends.postgresql", "127.0.0.1", "tiendo"]


def test_sqlite_database_runs_in_wal_mode(tmp_path) -> None:
    run = _run_django(
        "from django.db import connection\nc = connection.cursor()\nc.execute('PRAGMA journal_mode')\nprint(c.fetchone()[0])",
        {},
        tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "wal"
