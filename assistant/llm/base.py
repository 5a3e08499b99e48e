"""The port every model backend implements, and helpers the backends share.

A backend only words what the engine decided; callers verify its output. Every expected fault
(server down, model missing, too slow) surfaces as `BackendUnavailable` with one Dutch sentence,
so that a skill can fall back to its template and show the reason as a warning.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, Protocol, runtime_checkable

from assistant.errors import BackendUnavailable

# Fixed sampling settings: the same prompt gives the same text, which keeps tests and the
# audit trail reproducible. Wording, not creativity, is what a backend is for here.
TEMPERATURE = 0.0
SEED = 42
# Room for a question plus five retrieved sources plus the answer.
CONTEXT_TOKENS = 8192

JsonSchema = dict[str, Any]


@runtime_checkable
class LLM(Protocol):
    """A chat model. `name` is the backend ("ollama" | "llamacpp"), `model` what it runs."""

    name: str
    model: str

    def generate(
        self,
        prompt: str,
        system: str | None = None,
        schema: JsonSchema | None = None,
        max_tokens: int | None = None,
    ) -> str:
        """The whole answer. With `schema`, the output is constrained to JSON of that shape."""
        ...

    def stream(self, prompt: str, system: str | None = None, max_tokens: int | None = None) -> Iterator[str]:
        """The answer piece by piece, as the model produces it."""
        ...


def chat_messages(prompt: str, system: str | None) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    return messages


def with_deadline(pieces: Iterator[str], timeout: float, message: str) -> Iterator[str]:
    """Pass pieces through; raise BackendUnavailable(message) once `timeout` seconds have passed.

    Bounds the total time of a generation, where a socket timeout only bounds the silence
    between two pieces. Closing the source iterator stops the generation.
    """
    deadline = time.monotonic() + timeout
    try:
        for piece in pieces:
            yield piece
            if time.monotonic() > deadline:
                raise BackendUnavailable(message)
    finally:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()
