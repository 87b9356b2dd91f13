"""Settings come from the environment, with safe defaults and a clean deploy check."""

from __future__ import annotations

import os
import re
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


def test_production_cookies_and_headers_are_secure(tmp_path) -> None:
    env = {
        "TIENDO_DEBUG": "0",
        "TIENDO_SECRET_KEY": secrets.token_urlsafe(60),
        "TIENDO_ALLOWED_HOSTS": "tiendo.example.vn",
    }
    names = [
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_CONTENT_TYPE_NOSNIFF",
        "X_FRAME_OPTIONS", "SESSION_COOKIE_NAME", "DATA_UPLOAD_MAX_MEMORY_SIZE",
        "FILE_UPLOAD_MAX_MEMORY_SIZE", "AUTHENTICATION_BACKENDS",
    ]
    run = _run_django(
        f"from django.conf import settings\nfor n in {names!r}: print(n, getattr(settings, n))", env, tmp_path,
    )
    assert run.returncode == 0, run.stderr
    values = dict(line.split(" ", 1) for line in run.stdout.splitlines())
    assert values == {
        "SESSION_COOKIE_SECURE": "True", "CSRF_COOKIE_SECURE": "True", "SESSION_COOKIE_HTTPONLY": "True",
        "SECURE_SSL_REDIRECT": "True", "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "True", "SECURE_CONTENT_TYPE_NOSNIFF": "True",
        "X_FRAME_OPTIONS": "DENY", "SESSION_COOKIE_NAME": "__Host-sessionid",
        "DATA_UPLOAD_MAX_MEMORY_SIZE": str(5 * 1024 * 1024), "FILE_UPLOAD_MAX_MEMORY_SIZE": str(5 * 1024 * 1024),
        "AUTHENTICATION_BACKENDS": "['tiendo.accounts.backends.ThrottledModelBackend']",
    }


# A secret key, a private key or a database URL with a password, as they would be written.
SECRET_PATTERNS = [
    re.compile(r"SECRET_KEY\s*=\s*[\"'][^\"']{20,}"),
    re.compile(r"django-insecure-[a-z0-9]"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"(postgres(ql)?|mysql)://[^:/@\s]+:[^@\s]{4,}@(?!127\.0\.0\.1|localhost)"),
    re.compile(r"TIENDO_SECRET_KEY=[A-Za-z0-9_\-]{20,}"),
]


def test_no_secret_is_committed() -> None:
    files = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True)
    found = []
    for name in files.stdout.splitlines():
        path = REPO / name
        if not path.is_file() or path.suffix in {".mo", ".png", ".xlsx", ".docx", ".pdf", ".js"}:
            continue
        text = path.read_text(errors="ignore")
        found += [f"{name}: {m.group(0)[:40]}" for p in SECRET_PATTERNS for m in p.finditer(text)]
    assert found == []
    assert "secret_key" not in files.stdout


def test_cache_url_shares_one_redis_between_processes(tmp_path) -> None:
    check = (
        "from django.core.cache import cache\n"
        "from django.conf import settings\n"
        "cache.set('probe', 'ơ', 30)\n"
        "print(settings.CACHES['default']['BACKEND'], cache.get('probe'))\n"
    )
    env = {"TIENDO_CACHE_URL": "redis://127.0.0.1:6379/7"}
    first = _run_django(check, env, tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == ["django.core.cache.backends.redis.RedisCache", "ơ"]
    second = _run_django("from django.core.cache import cache\nprint(cache.get('probe'))", env, tmp_path)
    assert second.stdout.strip() == "ơ"


def test_without_cache_url_each_process_keeps_its_own(tmp_path) -> None:
    run = _run_django("from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])", {}, tmp_path)
    assert run.stdout.strip() == "django.core.cache.backends.locmem.LocMemCache"


def test_a_cache_url_that_is_not_redis_is_refused(tmp_path) -> None:
    run = _run_django("", {"TIENDO_CACHE_URL": "memcached://127.0.0.1:11211"}, tmp_path)
    assert run.returncode != 0
    assert "TIENDO_CACHE_URL" in run.stderr
