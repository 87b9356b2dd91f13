import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# TIENDO_SHARED when the tests run on a copy of the package elsewhere (`make test-compiled`)
DEV_CORPUS = Path(os.environ.get("TIENDO_SHARED", REPO.parent / "shared")) / "corpus" / "dev"


@pytest.fixture
def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"no dev corpus at {DEV_CORPUS}")
    return DEV_CORPUS
