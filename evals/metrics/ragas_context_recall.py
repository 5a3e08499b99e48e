"""ragas NonLLMContextRecall: expected article texts that some retrieved text resembles (string similarity, no model)."""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasContextRecall(RagasMetric):
    name = "ragas_context_recall"
    label = "ragas: contextrecall (tekst, zonder model)"
    description = "Aandeel verwachte artikelteksten dat terugkomt in de gevonden teksten (ragas, tekstvergelijking)."
    required = ("retrieved_contexts", "reference_contexts")

    def build(self, judge):
        from ragas.metrics._context_recall import NonLLMContextRecall

        return NonLLMContextRecall()
