"""Grounds: does the proposal put a ground that does not fit the case among its first five?

A case names its wrong grounds (`wrong`, `not_expected`, `absent`). A case that needs no ground
at all (an information question: `expected: []`) counts as wrong when any ground is proposed."""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.readers import proposed_grounds, same_ground


class WrongGroundRate(Metric):
    name = "wrong_ground_rate"
    label = "Gronden: onjuiste grond in top 5"
    description = "Aandeel casussen met een grond die niet past (of een grond waar geen nodig is) in de top 5."
    suites = ("grounds",)
    higher_is_better = False
    pass_at = 0.0

    def score(self, case, run, ctx):
        wrong = case.expected.get("wrong") or []
        expected = case.expected.get("grounds") or []
        got = proposed_grounds(run.output)[:5]
        if not expected and not wrong:
            bad = [g.label() for g in got]
            return Score(float(bool(bad)), 1.0, f"geen grond verwacht, wel: {', '.join(bad)}" if bad else "")
        if not wrong:
            return None
        bad = [g.label() for g in got if any(same_ground(w, g) for w in wrong)]
        return Score(float(bool(bad)), 1.0, f"onjuist: {', '.join(bad)}" if bad else "")
