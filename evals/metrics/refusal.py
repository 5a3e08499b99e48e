"""Ask: a question outside the domain is declined (no answer is guessed), and a question inside
it is answered. Both halves count, so declining everything does not score well."""

from __future__ import annotations

from evals.metrics.base import Metric, Score


def declined(output: dict) -> bool:
    return bool(output.get("weak"))


class OutOfScopeRefusal(Metric):
    name = "out_of_scope_refusal"
    label = "Weigeren buiten het domein"
    description = ("Aandeel vragen waarbij het gedrag klopt: een vraag buiten het domein wordt geweigerd, "
                   "een vraag binnen het domein beantwoord.")
    suites = ("ask",)
    needs_index = True

    def score(self, case, run, ctx):
        in_scope = case.expected.get("in_scope", True)
        refused = declined(run.output)
        ok = refused != in_scope
        score = Score()
        score.add("buiten het domein geweigerd" if not in_scope else "binnen het domein beantwoord", ok)
        if not ok:
            score.note = "geweigerd terwijl de vraag binnen het domein valt" if in_scope else "beantwoord, niet geweigerd"
        return score
