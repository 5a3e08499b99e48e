"""The judge model for ragas' model-based metrics: an Ollama chat model and Ollama embeddings,
passed to every metric explicitly (`llm=`, `embeddings=`), so that nothing reaches a hosted API.

Dutch-aware: every ragas prompt is told that the texts are Dutch and that statements and questions
stay Dutch (ragas' own examples are English, and a question generated in English would compare
badly with the Dutch question). Generous timeouts: a local judge on a CPU is slow. Before any case
runs, one call checks that the server answers and has the model, so a missing judge gives one
clear message instead of a failure per case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DUTCH_NOTE = (" The question, answer, contexts and reference are in Dutch (Nederlands). Write every statement, "
              "reason and question in Dutch; do not translate. Output only the JSON that is asked for.")  # fmt: skip
DEFAULT_TIMEOUT = 300.0


class JudgeUnavailable(RuntimeError):
    """The judge server or model is not there; the message says what to do (Dutch)."""


@dataclass
class Judge:
    host: str
    model: str
    embed_model: str
    timeout: float
    llm: Any = None
    embeddings: Any = None

    def describe(self) -> dict:
        return {"backend": "ollama", "host": self.host, "model": self.model, "embeddings": self.embed_model,
                "timeout_s": self.timeout}  # fmt: skip

    def prepare(self, metric):
        """Dutch-aware prompts and the run configuration (timeout, one retry) for one ragas metric."""
        from ragas.run_config import RunConfig

        prompts = metric.get_prompts()
        for prompt in prompts.values():
            if DUTCH_NOTE not in prompt.instruction:
                prompt.instruction = prompt.instruction + DUTCH_NOTE
        metric.set_prompts(**prompts)
        metric.init(RunConfig(timeout=int(self.timeout), max_retries=1, max_workers=1))
        return metric


def check_server(host: str, models: tuple[str, ...], timeout: float = 5.0) -> None:
    """Raise JudgeUnavailable when the server does not answer or lacks a model."""
    import httpx

    try:
        response = httpx.get(f"{host.rstrip('/')}/api/tags", timeout=timeout)
        response.raise_for_status()
    except (httpx.HTTPError, ConnectionError) as exc:
        raise JudgeUnavailable(
            f"Het beoordelingsmodel is niet bereikbaar op {host} ({type(exc).__name__}). Start Ollama of laat "
            "--judge weg (dan draaien alleen de metrieken zonder model)."
        ) from exc
    names = {m.get("name") for m in response.json().get("models", [])}
    names |= {n.split(":")[0] for n in names if n and n.endswith(":latest")}
    missing = [m for m in models if m not in names]
    if missing:
        raise JudgeUnavailable(
            f"Ollama op {host} heeft het model {', '.join(missing)} niet. Haal het op met: ollama pull {missing[0]}"
        )


def make_judge(host: str, model: str, embed_model: str, timeout: float = DEFAULT_TIMEOUT) -> Judge:
    from evals.metrics.ragas_support import import_ragas

    check_server(host, (model, embed_model))
    import_ragas()
    from langchain_ollama import ChatOllama, OllamaEmbeddings
    from ragas.embeddings import LangchainEmbeddingsWrapper
    from ragas.llms import LangchainLLMWrapper
    from ragas.run_config import RunConfig

    config = RunConfig(timeout=int(timeout), max_retries=1, max_workers=1)
    chat = ChatOllama(model=model, base_url=host, temperature=0, format="json",
                      client_kwargs={"timeout": timeout})  # fmt: skip
    embeddings = OllamaEmbeddings(model=embed_model, base_url=host, client_kwargs={"timeout": timeout})
    return Judge(host, model, embed_model, timeout, LangchainLLMWrapper(chat, run_config=config),
                 LangchainEmbeddingsWrapper(embeddings, run_config=config))  # fmt: skip
