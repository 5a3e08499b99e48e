"""Chroma in client/server mode: the law index on a real `chroma run` server (REGIEWIJZER_CHROMA_URL)
passes the same retrieval tests as the embedded store, and the build-beside-and-swap ingest keeps
the server clean."""

from __future__ import annotations

from dataclasses import replace

import pytest
from chroma_server import ChromaServer, free_port

# The retrieval checks of test_retrieval.py, collected here again with this module's `law_index`.
from test_retrieval import (  # noqa: F401
    test_exact_references_come_first,
    test_hits_carry_provenance_and_one_hit_per_article,
    test_lookup_not_in_index,
    test_lookup_returns_indexed_text_of_article_and_lid,
    test_relevant_questions_are_not_weak,
    test_weak_retrieval_is_detected,
)

from assistant.errors import IndexMissing
from assistant.ingest import ingest_paths
from assistant.retrieval import open_index
from assistant.retrieval.layout import live


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    with ChromaServer(tmp_path_factory.mktemp("chroma-server")) as server:
        yield server


@pytest.fixture(scope="module")
def server_settings(law_settings, chroma_server, tmp_path_factory):
    return replace(law_settings, index_dir=tmp_path_factory.mktemp("server-index"), chroma_url=chroma_server.url)


@pytest.fixture(scope="module")
def law_index(server_settings, shared_laws_dir):
    """The index of corpus/ + the shared law texts, its vectors on the Chroma server."""
    summary = ingest_paths([shared_laws_dir], server_settings, progress=False)
    assert not summary.skipped, summary.skipped
    return open_index(server_settings)


def _server_collections(url: str) -> set[str]:
    import chromadb
    from chromadb.config import Settings

    host, port = url.removeprefix("http://").split(":")
    client = chromadb.HttpClient(host=host, port=int(port), settings=Settings(anonymized_telemetry=False))
    return {c.name for c in client.list_collections()}


def test_the_vectors_live_on_the_server_not_in_the_index_folder(law_index, server_settings, chroma_server):
    generation = live(server_settings.index_path)
    assert law_index.manifest["store"] == "server"
    assert not generation.chroma_path.exists()
    assert generation.collection_name in _server_collections(chroma_server.url)
    assert law_index.chunk_count() == law_index.manifest["chunks"] > 3000


def test_each_ingest_swaps_generations_and_removes_superseded_ones_from_the_server(tmp_settings, tmp_path,
                                                                                    chroma_server):  # fmt: skip
    settings = replace(tmp_settings, chroma_url=chroma_server.url)
    doc = tmp_path / "a.md"
    names = []
    for words in ("binnen twee dagen", "binnen drie dagen", "binnen vier dagen"):
        doc.write_text(f"# Werkwijze\n\nBel de klant {words} terug.\n", encoding="utf-8")
        ingest_paths([doc], settings, include_defaults=False, progress=False)
        names.append(live(settings.index_path).collection_name)
    on_server = _server_collections(chroma_server.url)
    assert names[2] in on_server and names[1] in on_server  # live and previous
    assert names[0] not in on_server
    index = open_index(settings)
    assert [c.text for c in index.chunks] == ["Bel de klant binnen vier dagen terug."]


def test_an_unreachable_server_is_one_clear_message(tmp_settings, tmp_path, chroma_server):
    from assistant.service import Workbench

    settings = replace(tmp_settings, chroma_url=chroma_server.url)
    doc = tmp_path / "a.md"
    doc.write_text("# Werkwijze\n\nBel de klant binnen twee dagen terug.\n", encoding="utf-8")
    ingest_paths([doc], settings, include_defaults=False, progress=False)
    gone = replace(settings, chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(IndexMissing, match="niet bereikbaar"):
        open_index(gone)
    note = Workbench(gone).triage("Meneer heeft een brief van het UWV over een terugvordering.")
    assert note.warnings[0].startswith("Geen bronnen gebruikt") and "REGIEWIJZER_CHROMA_URL" in note.warnings[0]
