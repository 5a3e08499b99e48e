"""ragas LLMContextPrecisionWithReference (judge model): are the retrieved texts useful for the reference answer, and ranked first?"""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasLlmContextPrecision(RagasMetric):
    name = "ragas_llm_context_precision"
    label = "ragas: contextprecisie (beoordelaar)"
    description = "Zijn de gevonden teksten nuttig voor het referentieantwoord, en staan de nuttige bovenaan (ragas, beoordelingsmodel)."
    required = ("retrieved_contexts", "reference")
    needs_judge = True
    tolerance = 0.05

    def build(self, judge):
        from ragas.metrics._context_precision import LLMContextPrecisionWithReference

        return judge.prepare(LLMContextPrecisionWithReference(llm=judge.llm))
