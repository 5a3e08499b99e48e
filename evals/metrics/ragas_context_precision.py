"""ragas NonLLMContextPrecisionWithReference: retrieved texts that resemble an expected article's text (string similarity, no model)."""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasContextPrecision(RagasMetric):
    name = "ragas_context_precision"
    label = "ragas: contextprecisie (tekst, zonder model)"
    description = "Aandeel gevonden teksten dat lijkt op de tekst van een verwacht artikel (ragas, tekstvergelijking)."
    required = ("retrieved_contexts", "reference_contexts")

    def build(self, judge):
        from ragas.metrics._context_precision import NonLLMContextPrecisionWithReference

        return NonLLMContextPrecisionWithReference()
