"""Django settings for tiendo, read from the environment.

Every variable has a safe default for one office on one machine: without
``DATABASE_URL`` the database is SQLite (WAL) in ``TIENDO_DATA_DIR``. Production
sets ``TIENDO_DEBUG=0``, ``TIENDO_SECRET_KEY`` and ``TIENDO_ALLOWED_HOSTS``
(see README, "Cấu hình").
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DATA_DIR = Path(os.environ.get("TIENDO_DATA_DIR", Path.cwd() / "data")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = _flag("TIENDO_DEBUG", True)


def _secret_key() -> str:
    """The key from the environment; in development, one generated once and kept in the data dir."""
    key = os.environ.get("TIENDO_SECRET_KEY")
    if key:
        return key
    if not DEBUG:
        raise RuntimeError("TIENDO_SECRET_KEY phải được đặt khi TIENDO_DEBUG=0")
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = _list("TIENDO_ALLOWED_HOSTS", "127.0.0.1,localhost" if not DEBUG else "*")
CSRF_TRUSTED_ORIGINS = _list("TIENDO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "tiendo.core",
    "tiendo.audit",
    "tiendo.units",
    "tiendo.catalogue",
    "tiendo.results",
    "tiendo.work",
    "tiendo.accounts",
    "tiendo.ingest",
    "tiendo.reports",
    "tiendo.web",
    "tiendo.api",
    "tiendo.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tiendo.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

# A file over the ingest limit is refused as it streams in, never held whole (tiendo/web/upload_limits.py).
FILE_UPLOAD_HANDLERS = [
    "tiendo.web.upload_limits.SizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

ROOT_URLCONF = "tiendo.urls"
WSGI_APPLICATION = "tiendo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'tiendo.sqlite3'}",
        conn_max_age=int(os.environ.get("TIENDO_DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while one writer commits; IMMEDIATE avoids the
    # "database is locked" upgrade deadlock between two writing transactions.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("TEST", {})["NAME"] = ""

# Page parts keyed by the data version (tiendo/web/page_cache.py). The version is read from
# the database on every request, so each process may keep its own (the default); with
# TIENDO_CACHE_URL (redis://host:port/db) the processes of a server share one Redis.
CACHE_URL = os.environ.get("TIENDO_CACHE_URL", "")
if CACHE_URL and not CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"TIENDO_CACHE_URL phải là địa chỉ Redis (redis://máy:cổng/số), không phải {CACHE_URL!r}"
    )
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_URL,
        "KEY_PREFIX": "tiendo",
        "TIMEOUT": 15 * 60,
    } if CACHE_URL else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "TIMEOUT": 15 * 60,
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("TIENDO_CACHE_ENTRIES", "500"))},
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = ["tiendo.accounts.backends.ThrottledModelBackend"]
# Failed sign-ins for one account from one address, within the window, before a wait.
LOGIN_FAILURE_LIMIT = int(os.environ.get("TIENDO_LOGIN_FAILURES", "5"))
LOGIN_FAILURE_WINDOW_MINUTES = int(os.environ.get("TIENDO_LOGIN_WINDOW_MINUTES", "15"))
# Reverse proxies of our own in front of gunicorn, each appending the address it served to
# X-Forwarded-For: the client's address is the one the outermost of them wrote.
TRUSTED_PROXIES = int(os.environ.get("TIENDO_PROXIES", "0"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = DATA_DIR / "files"

LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Uploads: request bodies without files up to 5 MB; files kept in memory up to 5 MB and
# streamed to a temporary file beyond; ``tiendo.core.uploads.validate_upload`` enforces the
# size and type of a stored file (20 MB, the kinds below).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
TIENDO_UPLOAD_MAX_BYTES = int(os.environ.get("TIENDO_UPLOAD_MAX_MB", "20")) * 1024 * 1024
TIENDO_UPLOAD_EXTENSIONS = (".docx", ".pdf", ".txt", ".html", ".htm", ".xlsx", ".csv")
FILE_UPLOAD_PERMISSIONS = 0o640

# The CSRF cookie stays readable by scripts (the API's browser clients send it back).
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 10 * 60 * 60
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if not DEBUG:
    SECURE_SSL_REDIRECT = _flag("TIENDO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("TIENDO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_NAME = "__Host-sessionid"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("TIENDO_LOG_LEVEL", "WARNING")},
}

# Static files come straight from the apps' folders, so development needs no collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
