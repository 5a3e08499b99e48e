"""ragas IDBasedContextRecall: the share of expected articles among the first five law hits."""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasIdContextRecall(RagasMetric):
    name = "ragas_id_context_recall"
    label = "ragas: contextrecall (id's)"
    description = "Aandeel verwachte artikelen dat bij de eerste vijf gevonden artikelen staat (ragas, op id)."
    required = ("retrieved_context_ids", "reference_context_ids")

    def build(self, judge):
        from ragas.metrics._context_recall import IDBasedContextRecall

        return IDBasedContextRecall()
