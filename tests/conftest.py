"""Shared fixtures: where the shared corpus lives, and a browser that runs Debian's Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Sync Playwright runs an event loop in the test thread; Django refuses ORM calls there otherwise.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIENDO_SHARED", REPO.parent / "shared"))
CORPUS_DEV = SHARED / "corpus" / "dev"
ARTIFACTS = Path(os.environ.get("TIENDO_ARTIFACTS", REPO / "artifacts"))

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def corpus_dev() -> Path:
    if not CORPUS_DEV.is_dir():
        pytest.fail(f"the development corpus is missing: {CORPUS_DEV} (../shared must sit beside the checkout)")
    return CORPUS_DEV


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(autouse=True)
def _fresh_page_cache() -> None:
    """Each test starts with no cached page parts, whatever an earlier test left."""
    from django.core.cache import cache

    cache.clear()
