"""ragas ResponseRelevancy (judge model and embeddings): does the answer address the question?"""

from __future__ import annotations

from evals.metrics.ragas_support import RagasMetric


class RagasResponseRelevancy(RagasMetric):
    name = "ragas_response_relevancy"
    label = "ragas: relevantie van het antwoord (beoordelaar)"
    description = "Sluit het antwoord aan op de vraag (ragas, beoordelingsmodel en embeddings)."
    required = ("response", "user_input")
    needs_judge = True
    tolerance = 0.05

    def build(self, judge):
        from ragas.metrics._answer_relevance import ResponseRelevancy

        return judge.prepare(ResponseRelevancy(llm=judge.llm, embeddings=judge.embeddings, strictness=1))
