"""Triage: is spoed (urgent or not) the expected judgement?"""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.readers import triage_value


class UrgencyAccuracy(Metric):
    name = "urgency_accuracy"
    label = "Spoed juist"
    description = "Aandeel intakes waarvan het spoedoordeel overeenkomt met de verwachting."
    suites = ("triage",)

    def score(self, case, run, ctx):
        expected = case.expected.get("urgent")
        if expected is None:
            return None
        got = bool(triage_value(run.output, "urgent"))
        ok = got == bool(expected)
        word = {True: "ja", False: "nee"}
        return Score(float(ok), 1.0, "" if ok else f"spoed {word[got]}, verwacht {word[bool(expected)]}")
