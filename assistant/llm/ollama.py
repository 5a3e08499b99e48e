"""Ollama backend: LangChain's ChatOllama against settings.ollama_host, and nothing else.

ChatOllama is the ecosystem's interface (ragas judges through the same object). It always talks
to /api/chat with streaming on; the read timeout goes to its httpx client and a total deadline
is enforced here. The JSON schema, when given, is passed as Ollama's `format`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import ollama
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from langchain_ollama import ChatOllama

from assistant.errors import BackendUnavailable
from assistant.llm.base import CONTEXT_TOKENS, SEED, TEMPERATURE, JsonSchema, with_deadline

CONNECT_TIMEOUT = 5.0


def unreachable_message(host: str) -> str:
    return f"Ollama is niet bereikbaar op {host}; start Ollama of kies een andere backend (--backend none)."


def model_missing_message(host: str, model: str, setting: str) -> str:
    return (
        f"Het model '{model}' is niet gevonden in Ollama op {host}; haal het op met "
        f"'ollama pull {model}' of kies een ander model ({setting})."
    )


def timeout_message(host: str, timeout: float, setting: str = "REGIEWIJZER_LLM_TIMEOUT") -> str:
    return (
        f"Ollama op {host} gaf binnen {timeout:g} seconden geen (volledig) antwoord; "
        f"probeer het opnieuw, kies een kleiner model of verhoog {setting}."
    )


def http_timeout(timeout: float) -> httpx.Timeout:
    return httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT))


@contextmanager
def ollama_errors(host: str, model: str, timeout: float, model_setting: str) -> Iterator[None]:
    """Turn what the ollama client and httpx raise into BackendUnavailable with a Dutch sentence.

    The client raises the built-in ConnectionError for plain requests but lets httpx.ConnectError
    through for streaming ones; neither is a subclass of the other, so both are caught.
    """
    try:
        yield
    except (httpx.ConnectError, httpx.ConnectTimeout, ConnectionError):
        raise BackendUnavailable(unreachable_message(host)) from None
    except httpx.TimeoutException:
        raise BackendUnavailable(timeout_message(host, timeout)) from None
    except ollama.ResponseError as exc:
        if exc.status_code == 404:
            raise BackendUnavailable(model_missing_message(host, model, model_setting)) from None
        raise BackendUnavailable(f"Ollama op {host} gaf een fout: {exc.error}") from None
    except httpx.HTTPError as exc:
        raise BackendUnavailable(
            f"De verbinding met Ollama op {host} werd onderbroken ({type(exc).__name__}); probeer het opnieuw."
        ) from None


class OllamaLLM:
    """A chat model served by Ollama. Constructing it does not connect; calls do."""

    name = "ollama"

    def __init__(self, host: str, model: str, timeout: float = 120.0, max_tokens: int = 512):
        self.host = host.rstrip("/")
        self.model = model
        self.timeout = float(timeout)
        self.max_tokens = max_tokens
        self._chat = ChatOllama(
            model=model,
            base_url=self.host,
            client_kwargs={"timeout": http_timeout(self.timeout)},
        )

    def __repr__(self) -> str:
        return f"OllamaLLM(host={self.host!r}, model={self.model!r})"

    def options(self, max_tokens: int | None) -> dict[str, object]:
        return {
            "temperature": TEMPERATURE,
            "seed": SEED,
            "num_ctx": CONTEXT_TOKENS,
            "num_predict": max_tokens or self.max_tokens,
        }

    def generate(
        self,
        prompt: str,
        system: str | None = None,
        schema: JsonSchema | None = None,
        max_tokens: int | None = None,
    ) -> str:
        return "".join(self._pieces(prompt, system, schema, max_tokens))

    def stream(self, prompt: str, system: str | None = None, max_tokens: int | None = None) -> Iterator[str]:
        return self._pieces(prompt, system, None, max_tokens)

    def _pieces(
        self, prompt: str, system: str | None, schema: JsonSchema | None, max_tokens: int | None
    ) -> Iterator[str]:
        messages: list[BaseMessage] = [SystemMessage(system)] if system else []
        messages.append(HumanMessage(prompt))
        kwargs: dict[str, object] = {"options": self.options(max_tokens)}
        if schema is not None:
            kwargs["format"] = schema
        with ollama_errors(self.host, self.model, self.timeout, "REGIEWIJZER_CHAT_MODEL"):
            chunks = (c.text for c in self._chat.stream(messages, **kwargs) if c.text)
            yield from with_deadline(chunks, self.timeout, timeout_message(self.host, self.timeout))
