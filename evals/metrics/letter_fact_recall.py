"""Letters: of the facts a careful reader takes from the letter, how many does the draft state
correctly? Reported per field (sender, date, kind, amount to pay, bezwaar, deadlines, ...)."""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.letter_checks import CORRECT, outcomes


class LetterFactRecall(Metric):
    name = "letter_fact_recall"
    label = "Brieffeiten juist vermeld"
    description = "Aandeel verwachte feiten van een brief dat het concept juist vermeldt, per veld."
    suites = ("letters",)

    def score(self, case, run, ctx):
        checks = [o for o in outcomes(case.expected, run.output) if o.expected is not None or o.field != "deadline"]
        if not checks:
            return None
        score = Score()
        for o in checks:
            score.add(o.field, o.verdict == CORRECT)
        score.note = "; ".join(o.line() for o in checks if o.verdict != CORRECT)
        return score
