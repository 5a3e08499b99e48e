"""The Ollama backend and embedder over real HTTP against tests/ollama_server.py."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from ollama_server import OllamaTestServer, unused_url

from assistant.errors import BackendUnavailable
from assistant.llm.ollama import OllamaLLM
from assistant.llm.ollama_embed import OllamaEmbedder
from assistant.llm.probe import ollama_reachable

MODEL = "qwen2.5:7b-instruct"
UNREACHABLE = "Ollama is niet bereikbaar op {host}; start Ollama of kies een andere backend (--backend none)."


@pytest.fixture
def server() -> Iterator[OllamaTestServer]:
    with OllamaTestServer() as started:
        yield started


def test_generate_sends_model_messages_and_options(server: OllamaTestServer) -> None:
    server.reply = "De gemeente beslist binnen acht weken."
    llm = OllamaLLM(server.url, MODEL, timeout=10, max_tokens=64)

    text = llm.generate("Hoe lang duurt het?", system="Antwoord kort.", max_tokens=32)

    assert text == "De gemeente beslist binnen acht weken."
    body = server.last("/api/chat")
    assert body["model"] == MODEL
    assert body["messages"] == [
        {"role": "system", "content": "Antwoord kort."},
        {"role": "user", "content": "Hoe lang duurt het?"},
    ]
    assert body["options"]["num_predict"] == 32
    assert body["options"]["temperature"] == 0
    assert "seed" in body["options"]
    assert not body.get("format")
    assert server.paths() == ["/api/chat"]


def test_default_max_tokens_comes_from_the_backend(server: OllamaTestServer) -> None:
    OllamaLLM(server.url, MODEL, timeout=10, max_tokens=77).generate("vraag")
    assert server.last("/api/chat")["options"]["num_predict"] == 77


def test_stream_yields_the_pieces_as_the_server_sends_them(server: OllamaTestServer) -> None:
    server.reply = "Eerst bellen, dan schrijven, dan bezwaar maken."
    llm = OllamaLLM(server.url, MODEL, timeout=10)

    pieces = list(llm.stream("Wat nu?"))

    assert pieces == OllamaTestServer.pieces(server.reply)
    assert len(pieces) > 3
    body = server.last("/api/chat")
    assert body["stream"] is True
    assert body["messages"] == [{"role": "user", "content": "Wat nu?"}]


def test_schema_is_passed_as_format(server: OllamaTestServer) -> None:
    schema = {
        "type": "object",
        "properties": {"categorie": {"type": "integer", "enum": [1, 2, 3]}, "spoed": {"type": "boolean"}},
        "required": ["categorie", "spoed"],
    }
    server.reply = '{"categorie": 2, "spoed": false}'
    llm = OllamaLLM(server.url, MODEL, timeout=10)

    text = llm.generate("Beoordeel de casus.", schema=schema)

    assert json.loads(text) == {"categorie": 2, "spoed": False}
    assert server.last("/api/chat")["format"] == schema


@pytest.mark.parametrize("mode", ["generate", "stream"])
def test_unreachable_host_gives_the_clear_message(mode: str) -> None:
    host = unused_url()
    llm = OllamaLLM(host, MODEL, timeout=5)
    with pytest.raises(BackendUnavailable) as err:
        if mode == "generate":
            llm.generate("vraag")
        else:
            list(llm.stream("vraag"))
    assert str(err.value) == UNREACHABLE.format(host=host)
    # the chat path streams, where the client lets httpx.ConnectError through
    assert isinstance(err.value.__context__, httpx.ConnectError)


def test_unknown_model_gives_a_pull_hint(server: OllamaTestServer) -> None:
    llm = OllamaLLM(server.url, "llama-onbekend:1b", timeout=5)
    with pytest.raises(BackendUnavailable, match=r"'llama-onbekend:1b' is niet gevonden") as err:
        llm.generate("vraag")
    assert "ollama pull llama-onbekend:1b" in str(err.value)
    assert "REGIEWIJZER_CHAT_MODEL" in str(err.value)


def test_slow_server_times_out_with_a_clear_message(server: OllamaTestServer) -> None:
    server.delay = 5.0
    llm = OllamaLLM(server.url, MODEL, timeout=0.5)
    with pytest.raises(BackendUnavailable, match=r"binnen 0\.5 seconden geen") as err:
        llm.generate("vraag")
    assert isinstance(err.value.__context__, httpx.TimeoutException)


def test_total_deadline_stops_a_slow_stream(server: OllamaTestServer) -> None:
    # Every piece arrives within the read timeout, but the whole answer takes too long.
    server.reply = " ".join(["woord"] * 20)
    server.chunk_delay = 0.1
    llm = OllamaLLM(server.url, MODEL, timeout=0.5)
    received: list[str] = []
    with pytest.raises(BackendUnavailable, match="REGIEWIJZER_LLM_TIMEOUT"):
        for piece in llm.stream("vraag"):
            received.append(piece)
    assert 0 < len(received) < 20


def test_probe_sees_the_server_and_nothing_else(server: OllamaTestServer) -> None:
    assert ollama_reachable(server.url)
    assert server.paths() == ["/api/tags"]
    assert not ollama_reachable(unused_url())


# -- embeddings ------------------------------------------------------------------------------


def test_embedder_batches_over_api_embed(server: OllamaTestServer) -> None:
    texts = [f"tekst {i}" for i in range(40)]
    embedder = OllamaEmbedder(server.url, "nomic-embed-text", timeout=10)

    vectors = embedder.embed_documents(texts)

    assert vectors == [server.vector(t) for t in texts]
    assert embedder.embed_query("tekst 3") == server.vector("tekst 3")
    embeds = [r.body for r in server.requests if r.path == "/api/embed"]
    assert [len(b["input"]) for b in embeds] == [32, 8, 1]
    assert all(b["model"] == "nomic-embed-text" for b in embeds)


def test_embedder_falls_back_to_api_embeddings(server: OllamaTestServer) -> None:
    server.legacy_embed = True
    embedder = OllamaEmbedder(server.url, "nomic-embed-text", timeout=10)

    assert embedder.embed_documents(["a", "b"]) == [server.vector("a"), server.vector("b")]
    assert server.paths() == ["/api/embed", "/api/embeddings", "/api/embeddings"]
    assert server.last("/api/embeddings")["prompt"] == "b"


def test_embedder_unknown_model_and_unreachable_host(server: OllamaTestServer) -> None:
    with pytest.raises(BackendUnavailable, match="REGIEWIJZER_EMBED_MODEL"):
        OllamaEmbedder(server.url, "bestaat-niet", timeout=5).embed_query("x")

    host = unused_url()
    with pytest.raises(BackendUnavailable) as err:
        OllamaEmbedder(host, "nomic-embed-text", timeout=5).embed_documents(["x"])
    assert str(err.value) == UNREACHABLE.format(host=host)
    # plain (non-streaming) requests: the ollama client raises the built-in ConnectionError
    assert type(err.value.__context__) is ConnectionError
