"""Letters: does the explanation for the citizen meet taalniveau B1 (Flesch-Douma, sentence length,
share of uncommon words), measured on the text as shown?"""

from __future__ import annotations

from assistant.text.readability import measure
from evals.metrics.base import Metric, Score


class B1Readability(Metric):
    name = "b1_readability"
    label = "Leesbaar op B1"
    description = "Aandeel uitleggen voor de burger dat voldoet aan taalniveau B1 (gemeten op de getoonde tekst)."
    suites = ("letters",)

    def score(self, case, run, ctx):
        text = str(run.output.get("explanation") or "")
        if not text.strip():
            return None
        r = measure(text)
        return Score(float(r.meets_b1), 1.0, " ".join(r.problems))
