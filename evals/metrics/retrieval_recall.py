"""Ask: is an expected article among the first five law hits (recall@5)?"""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.retrieval import first_rank, hit_labels

K = 5


class RetrievalRecall(Metric):
    name = "retrieval_recall_at_5"
    label = "Zoeken: recall@5"
    description = "Aandeel vragen waarbij een verwacht wetsartikel bij de eerste vijf zoekresultaten staat."
    suites = ("ask",)
    needs_index = True

    def score(self, case, run, ctx):
        if not case.expected.get("citations"):
            return None
        rank = first_rank(case, run, ctx)
        ok = rank is not None and rank <= K
        return Score(float(ok), 1.0, "" if ok else f"top {K}: {hit_labels(run, K)}")
