"""Triage: is the categorie (1, 2 or 3) the expected one?"""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.readers import triage_value


class CategoryAccuracy(Metric):
    name = "category_accuracy"
    label = "Categorie juist"
    description = "Aandeel intakes waarvan de categorie (1, 2 of 3) overeenkomt met de verwachting."
    suites = ("triage",)

    def score(self, case, run, ctx):
        expected = case.expected.get("category")
        if expected is None:
            return None
        got = triage_value(run.output, "category")
        ok = got == expected
        return Score(float(ok), 1.0, "" if ok else f"categorie {got}, verwacht {expected}")
