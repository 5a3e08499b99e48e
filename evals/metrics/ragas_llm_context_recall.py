"""ragas LLMContextRecall (judge model): the share of the reference answer's sentences that the retrieved texts support."""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasLlmContextRecall(RagasMetric):
    name = "ragas_llm_context_recall"
    label = "ragas: contextrecall (beoordelaar)"
    description = "Aandeel zinnen van het referentieantwoord dat in de gevonden teksten steun vindt (ragas, beoordelingsmodel)."
    required = ("retrieved_contexts", "reference")
    needs_judge = True
    tolerance = 0.05

    def build(self, judge):
        from ragas.metrics._context_recall import LLMContextRecall

        return judge.prepare(LLMContextRecall(llm=judge.llm))
