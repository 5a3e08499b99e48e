"""Shared fixtures. Real parts only: a real Chroma index, real embedders, real law texts.

`law_index` is an index over corpus/ plus the ten law texts in ../shared/corpus-sources/laws,
built once per test session. Embeddings are cached by content hash in .regiewijzer-data/test
(gitignored), so a second run embeds nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.config import REPO_ROOT, load_settings
from evals.sources import SHARED_LAWS_DIR

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
TEST_DATA = REPO_ROOT / ".regiewijzer-data" / "test"


INTEGRATION = Path(__file__).resolve().parent / "integration"


def pytest_collection_modifyitems(config, items):
    """Everything under tests/integration/ needs the law index: marked `slow` (make test-fast skips it)."""
    for item in items:
        if INTEGRATION in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def shared_laws_dir() -> Path:
    assert SHARED_LAWS_DIR.is_dir(), f"De gedeelde wetteksten ontbreken: {SHARED_LAWS_DIR}"
    return SHARED_LAWS_DIR


@pytest.fixture(scope="session")
def law_settings(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("law-index")
    return load_settings(data_dir=TEST_DATA, index_dir=index_dir, backend="none")


@pytest.fixture(scope="session")
def law_index(law_settings, shared_laws_dir):
    """Index of corpus/ + the shared law texts (session-scoped; built once)."""
    from assistant.ingest import ingest_paths
    from assistant.retrieval import open_index

    summary = ingest_paths([shared_laws_dir], law_settings, progress=False)
    assert not summary.skipped, summary.skipped
    return open_index(law_settings)


@pytest.fixture
def tmp_settings(tmp_path):
    """Settings with a fresh data dir (audit log, index) per test; the embedding cache is shared."""
    return load_settings(data_dir=tmp_path / "data", index_dir=tmp_path / "index", backend="none",
                         cache_root=TEST_DATA / "cache")


@pytest.fixture
def served_model():
    """Factory: served_model("answer") -> ServedModel (real OllamaLLM over HTTP to the test server)."""
    from ollama_server import ServedModel

    started = []

    def make(reply: str) -> ServedModel:
        started.append(ServedModel(reply))
        return started[-1]

    yield make
    for s in started:
        s.stop()
