"""Is the text a person reads Dutch? (ask: the answer; letters: the explanation; triage: the summary,
the question behind the question and the next steps)."""

from __future__ import annotations

from assistant.text.language import is_dutch
from evals.metrics.base import Metric, Score

FIELDS = {"ask": ("answer",), "letters": ("explanation",), "triage": ("summary", "underlying_question", "next_steps")}


def shown_text(suite: str, output: dict) -> str:
    parts = []
    for key in FIELDS.get(suite, ()):
        value = output.get(key)
        parts += value if isinstance(value, list) else [value or ""]
    return " ".join(str(p) for p in parts).strip()


class AnswerLanguage(Metric):
    name = "answer_language"
    label = "Tekst in het Nederlands"
    description = "Aandeel teksten voor de lezer dat Nederlands is."
    suites = tuple(FIELDS)

    def score(self, case, run, ctx):
        text = shown_text(case.suite, run.output)
        if len(text.split()) < 5:
            return None
        ok = is_dutch(text)
        return Score(float(ok), 1.0, "" if ok else f"niet herkend als Nederlands: \"{text[:80]}\"")
