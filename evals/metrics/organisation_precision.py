"""Triage: of the organisations the draft says are involved, how many were expected?"""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.organisations import expected_units, found_units, names


class OrganisationPrecision(Metric):
    name = "organisation_precision"
    label = "Organisaties: precisie"
    description = "Van de organisaties die de notitie betrokken noemt: het aandeel dat verwacht was."
    suites = ("triage",)

    def score(self, case, run, ctx):
        if "organisations" not in case.expected:
            return None
        complete, _, government_only = expected_units(case, ctx)
        got = found_units(run, government_only)
        extra = got - complete
        return Score(float(len(got & complete)), float(len(got)), f"onterecht: {names(extra)}" if extra else "")
