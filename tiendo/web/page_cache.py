"""Parts of pages that are costly to compute and the same for every reader, kept in the
cache under the data version (``audit.selectors.data_version``).

A part is keyed by its name, its inputs, the active language and the data version read once
per request: any audited write moves the version, so a part is never served stale, and no
write has to know which pages it touches. The version is read from the database on each
request, so the cache may be per process (the default) or shared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language

from tiendo.audit.selectors import data_version

T = TypeVar("T")
_MISSING = object()
_VERSION_ATTRIBUTE = "_tiendo_data_version"


def request_data_version(request: HttpRequest) -> str:
    """The data version for this request, read once: every part of one page agrees."""
    version = getattr(request, _VERSION_ATTRIBUTE, None)
    if version is None:
        version = data_version()
        setattr(request, _VERSION_ATTRIBUTE, version)
    return version


def cached_part(request: HttpRequest, name: str, inputs: Iterable[Any], compute: Callable[[], T]) -> T:
    """``compute()``, or what it returned for the same name, inputs, language and data version."""
    raw = "\x1f".join([name, get_language() or "", request_data_version(request), *map(str, inputs)])
    key = "part:" + hashlib.blake2b(raw.encode(), digest_size=20).hexdigest()
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value)
    return value
