"""Ask: mean reciprocal rank of the first expected article among the first ten law hits (MRR@10)."""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.retrieval import first_rank

K = 10


class MeanReciprocalRank(Metric):
    name = "mrr_at_10"
    label = "Zoeken: MRR@10"
    description = "Gemiddelde van 1/rang van het eerste verwachte artikel in de eerste tien zoekresultaten."
    suites = ("ask",)
    gate = False
    counted = False
    tolerance = 0.01  # informational; recall@5 is the gate
    needs_index = True

    def score(self, case, run, ctx):
        if not case.expected.get("citations"):
            return None
        rank = first_rank(case, run, ctx)
        value = 1.0 / rank if rank is not None and rank <= K else 0.0
        return Score(value, 1.0, f"rang {rank}" if rank else f"niet in de top {K}")
