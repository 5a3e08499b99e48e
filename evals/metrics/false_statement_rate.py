"""Letters: the share of risky facts (bezwaar, amount to pay, pay-by date, deadlines) that the draft
states and that contradict the expectation. Facts left "to check" or "not found" are not false
statements; the parts of the score count them apart, so the three never mix."""

from __future__ import annotations

from evals.metrics.base import Metric, Score
from evals.metrics.letter_checks import CORRECT, FLAGGED, MISSED, RISKY, outcomes, traps_found


class FalseStatementRate(Metric):
    name = "false_statement_rate"
    label = "Onjuiste beweringen"
    description = ("Aandeel risicovolle feiten (bezwaar, te betalen bedrag, betaaldatum, termijnen) dat het "
                   "concept stellig en onjuist vermeldt. Apart geteld: te controleren en niet gevonden.")
    suites = ("letters",)
    higher_is_better = False
    pass_at = 0.0

    def score(self, case, run, ctx):
        risky = [o for o in outcomes(case.expected, run.output) if o.field in RISKY]
        traps = traps_found(case.expected, run.output)
        if not risky and not case.expected.get("false_traps"):
            return None
        false = [o for o in risky if o.false]
        checked = float(len(risky) + len(traps))
        score = Score(float(len(false) + len(traps)), checked)
        score.parts = {
            "onjuist": [float(len(false) + len(traps)), checked],
            "juist": [float(sum(o.verdict == CORRECT for o in risky)), checked],
            "te controleren": [float(sum(o.verdict == FLAGGED for o in risky)), checked],
            "niet gevonden": [float(sum(o.verdict == MISSED for o in risky)), checked],
        }
        notes = [o.line() for o in false] + [f"valkuil in de tekst: \"{t}\"" for t in traps]
        score.note = "; ".join(notes)
        return score
