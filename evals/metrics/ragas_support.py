"""Shared by the ragas metrics (ragas 0.4.3): the sample of an ask case, and running one ragas
metric on it with a timeout and one clear message when it fails.

ragas is imported only here and only when a ragas metric runs, after `RAGAS_DO_NOT_TRACK=true` is
set (it otherwise reports usage during scoring). Metrics that need a model get the judge's `llm=`
and `embeddings=` explicitly (evals/judge.py); without them ragas would look for an OpenAI key.

The contexts are the law search's first five hits (what retrieval found); the reference contexts
are the indexed texts of the expected articles (their chunks); ids are "law article".
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from evals.metrics.base import Metric, Score
from evals.metrics.refusal import declined
from evals.metrics.retrieval import expected_articles

K = 5
_LOOP: asyncio.AbstractEventLoop | None = None


def run_async(coro):
    """One event loop for every ragas call in this process: the judge's HTTP clients are bound to the
    loop they were first used in, so a fresh loop per call (asyncio.run) would find theirs closed."""
    global _LOOP
    if _LOOP is None or _LOOP.is_closed():
        _LOOP = asyncio.new_event_loop()
    return _LOOP.run_until_complete(coro)


def import_ragas() -> None:
    os.environ["RAGAS_DO_NOT_TRACK"] = "true"
    import warnings

    warnings.filterwarnings("ignore", module="ragas")
    warnings.filterwarnings("ignore", message=".*LangchainLLMWrapper is deprecated.*")
    warnings.filterwarnings("ignore", message=".*LangchainEmbeddingsWrapper is deprecated.*")


def sample_fields(case, run, ctx) -> dict[str, Any]:
    hits = run.law_hits[:K]
    want = sorted(expected_articles(case, ctx))
    return {
        "user_input": case.input.get("question", ""),
        "response": str(run.output.get("answer") or ""),
        "reference": case.expected.get("reference") or None,
        "retrieved_contexts": [str(h.get("text") or "") for h in hits],
        "reference_contexts": [t for law, art in want for t in ctx.reference_text(f"{law} {art}") if t],
        "retrieved_context_ids": [f"{h.get('law')} {h.get('article')}" for h in hits],
        "reference_context_ids": [f"{law} {art}" for law, art in want],
    }


def judge_error(exc: BaseException, timeout: float) -> str:
    """One clear Dutch sentence for a failed judge call."""
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return f"het beoordelingsmodel gaf binnen {timeout:.0f} s geen antwoord"
    name = type(exc).__name__
    if "Connect" in name or isinstance(exc, ConnectionError):
        return "het beoordelingsmodel is niet bereikbaar (draait Ollama?)"
    if "Parser" in name or "OutputParser" in name or "Validation" in name:
        return "het beoordelingsmodel gaf uitvoer die niet te lezen is (geen geldige JSON)"
    return f"het beoordelingsmodel faalde ({name}: {str(exc)[:120]})"


class RagasMetric(Metric):
    """A ragas metric on the ask suite. Subclasses say which ragas class, which fields it needs and
    whether it needs the judge."""

    suites = ("ask",)
    gate = False
    counted = False
    tolerance = 0.01  # informational figures; judge metrics allow more (noise of a model)
    needs_index = True
    required: tuple[str, ...] = ()  # sample fields that must be non-empty
    timeout = 30.0  # no-model metrics; judge metrics use the judge's timeout

    def __init__(self) -> None:
        self._metric = None

    def build(self, judge):  # pragma: no cover - interface
        raise NotImplementedError

    def applies(self, case) -> bool:
        return case.suite == "ask" and case.expected.get("in_scope", True)

    def sample(self, case, run, ctx) -> dict[str, Any]:
        return sample_fields(case, run, ctx)

    def score(self, case, run, ctx):
        fields = self.sample(case, run, ctx)
        if any(not fields.get(f) for f in self.required) or (self.needs_judge and declined(run.output)):
            return None
        import_ragas()
        from ragas.dataset_schema import SingleTurnSample

        judge = getattr(ctx, "judge", None)
        if self._metric is None:
            self._metric = self.build(judge)
        timeout = judge.timeout if self.needs_judge and judge else self.timeout
        try:
            value = run_async(self._metric.single_turn_ascore(SingleTurnSample(**fields), timeout=timeout))
        except Exception as exc:  # noqa: BLE001 - every failure becomes one message for this case
            return Score(0.0, 0.0, judge_error(exc, timeout))
        if value is None or value != value:  # NaN: ragas could not score it
            return Score(0.0, 0.0, "ragas gaf geen score (NaN)")
        return Score(float(value), 1.0)
