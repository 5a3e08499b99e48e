"""Model backends behind one port (`assistant.llm.base.LLM`), chosen in one place: `get_llm`.

    llm = get_llm(settings)   # None: no model, the skills use their templates
    llm.generate(prompt, system=None, schema=None, max_tokens=None) -> str
    llm.stream(prompt, system=None, max_tokens=None) -> Iterator[str]

Faults raise assistant.errors.BackendUnavailable with one Dutch sentence.
"""

from __future__ import annotations

from assistant.config import Settings
from assistant.errors import BackendUnavailable
from assistant.llm.base import LLM

BACKENDS = ("auto", "ollama", "llamacpp", "none")

__all__ = ["BACKENDS", "LLM", "get_llm"]


def get_llm(settings: Settings) -> LLM | None:
    """The configured chat model, or None for backend "none" and for "auto" without Ollama.

    "auto" probes settings.ollama_host (GET /api/tags, one second) and nothing else.
    """
    match settings.backend:
        case "none":
            return None
        case "ollama":
            return _ollama(settings)
        case "auto":
            from assistant.llm.probe import ollama_reachable

            return _ollama(settings) if ollama_reachable(settings.ollama_host) else None
        case "llamacpp":
            from assistant.llm.llamacpp import LlamaCppLLM

            if not settings.gguf_path:
                raise BackendUnavailable(
                    "Voor de backend llamacpp is een GGUF-bestand nodig; zet REGIEWIJZER_GGUF op het pad "
                    "of kies een andere backend (--backend none)."
                )
            return LlamaCppLLM(
                settings.gguf_path, timeout=settings.llm_timeout, max_tokens=settings.llm_max_tokens
            )
        case other:
            raise BackendUnavailable(f"Onbekende backend '{other}'; kies uit {', '.join(BACKENDS)}.")


def _ollama(settings: Settings) -> LLM:
    from assistant.llm.ollama import OllamaLLM

    return OllamaLLM(
        settings.ollama_host,
        settings.chat_model,
        timeout=settings.llm_timeout,
        max_tokens=settings.llm_max_tokens,
    )
