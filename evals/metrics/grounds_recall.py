"""Grounds: of the expected maatwerk grounds, how many does the proposal contain (anywhere)?"""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.readers import ground_label, proposed_grounds, same_ground


class GroundsRecall(Metric):
    name = "grounds_recall"
    label = "Gronden: recall"
    description = "Van de verwachte wettelijke gronden: het aandeel dat in het voorstel staat."
    suites = ("grounds",)

    def score(self, case, run, ctx):
        expected = case.expected.get("grounds") or []
        if not expected:
            return None
        got = proposed_grounds(run.output)
        missed = [ground_label(e) for e in expected if not any(same_ground(e, g) for g in got)]
        found = len(expected) - len(missed)
        return Score(float(found), float(len(expected)), f"gemist: {', '.join(missed)}" if missed else "")
