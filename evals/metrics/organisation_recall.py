"""Triage: of the expected organisations, how many does the draft name as involved?"""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.organisations import expected_units, found_units, names


class OrganisationRecall(Metric):
    name = "organisation_recall"
    label = "Organisaties: recall"
    description = "Van de verwachte organisaties: het aandeel dat de notitie als betrokken noemt."
    suites = ("triage",)

    def score(self, case, run, ctx):
        if "organisations" not in case.expected:
            return None
        _, must, _ = expected_units(case, ctx)
        got = found_units(run, government_only=False)
        missed = must - got
        return Score(float(len(must & got)), float(len(must)), f"gemist: {names(missed)}" if missed else "")
