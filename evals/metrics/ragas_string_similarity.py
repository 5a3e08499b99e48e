"""ragas NonLLMStringSimilarity: the answer against the reference answer (normalised Levenshtein, no model)."""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasStringSimilarity(RagasMetric):
    name = "ragas_string_similarity"
    label = "ragas: gelijkenis met referentieantwoord"
    description = "Tekstgelijkenis van het antwoord met het referentieantwoord (ragas, Levenshtein, zonder model)."
    required = ("response", "reference")

    def build(self, judge):
        from ragas.metrics._string import NonLLMStringSimilarity

        return NonLLMStringSimilarity()
