"""ragas Faithfulness (judge model): the share of the answer's statements that the sources support.
The contexts are the sources the answer was written from (the ask skill's sources), not the law
search alone."""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric, sample_fields


class RagasFaithfulness(RagasMetric):
    name = "ragas_faithfulness"
    label = "ragas: trouw aan de bronnen (beoordelaar)"
    description = "Aandeel uitspraken in het antwoord dat door de bronnen wordt gedragen (ragas, beoordelingsmodel)."
    required = ("response", "retrieved_contexts")
    needs_judge = True
    tolerance = 0.05

    def sample(self, case, run, ctx):
        fields = sample_fields(case, run, ctx)
        fields["retrieved_contexts"] = [str(s.get("text") or "") for s in run.output.get("sources") or []]
        return fields

    def build(self, judge):
        from ragas.metrics._faithfulness import Faithfulness

        return judge.prepare(Faithfulness(llm=judge.llm))
