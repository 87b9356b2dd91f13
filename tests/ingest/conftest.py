"""A fresh database with the official units of Lạng Sơn and Hà Tĩnh and the demo's
indicator catalogue and terms, but no results: what an office has before ingesting."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import override_settings

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.demo.batches import Batch
from tiendo.demo.catalogue import indicators_ensure, terms_ensure, units_resolve
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.services import upload_process, upload_receive
from tiendo.units.loader import units_load

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def load_catalogue() -> dict:
    units_load(["20", "42"])
    units = units_resolve()
    batch = Batch("kiểm thử")
    indicators = indicators_ensure(batch)
    terms = terms_ensure(units, batch)
    return {"units": units, "indicators": indicators, "terms": terms}


@pytest.fixture
def catalogue(db, tmp_path):
    with override_settings(DATA_DIR=tmp_path, TASKS=IMMEDIATE):
        yield load_catalogue()


@pytest.fixture
def editor(catalogue):
    user = f.make_user("bientap-tinh")
    Membership.objects.create(user=user, unit=catalogue["units"]["province"],
                              role=Membership.Role.EDITOR)
    return user


def ingest(path: Path, by=None, **hints) -> tuple[Upload, Review | None]:
    received = upload_receive(data=path.read_bytes(), name=path.name, by=by, **hints)
    return received.upload, upload_process(received.upload)
