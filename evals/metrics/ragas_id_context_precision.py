"""ragas IDBasedContextPrecision: the share of the first five law hits that are expected articles."""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasIdContextPrecision(RagasMetric):
    name = "ragas_id_context_precision"
    label = "ragas: contextprecisie (id's)"
    description = "Aandeel van de eerste vijf gevonden artikelen dat een verwacht artikel is (ragas, op id)."
    required = ("retrieved_context_ids", "reference_context_ids")

    def build(self, judge):
        from ragas.metrics._context_precision import IDBasedContextPrecision

        return IDBasedContextPrecision()
