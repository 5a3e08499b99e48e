"""Grounds: is an expected ground among the first three proposed?"""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.readers import proposed_grounds, same_ground


class GroundsInTop3(Metric):
    name = "grounds_top3"
    label = "Gronden: verwachte grond in top 3"
    description = "Aandeel casussen met een verwachte grond bij de eerste drie voorgestelde gronden."
    suites = ("grounds",)

    def score(self, case, run, ctx):
        expected = case.expected.get("grounds") or []
        if not expected:
            return None
        top = proposed_grounds(run.output)[:3]
        ok = any(same_ground(e, g) for e in expected for g in top)
        shown = ", ".join(g.label() for g in top) or "geen"
        return Score(float(ok), 1.0, "" if ok else f"top 3: {shown}")
