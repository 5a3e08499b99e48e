"""The metrics, one module each behind one signature (evals/metrics/base.py).

`all_metrics()` lists them in report order; `metrics_for(suites, judge)` the ones a run uses:
the judge-model metrics only when a judge is configured.
"""

from __future__ import annotations

from evals.metrics.answer_language import AnswerLanguage
from evals.metrics.b1_readability import B1Readability
from evals.metrics.base import CaseRun, Metric, Score
from evals.metrics.category_accuracy import CategoryAccuracy
from evals.metrics.citation_validity import CitationValidity
from evals.metrics.false_statement_rate import FalseStatementRate
from evals.metrics.grounds_recall import GroundsRecall
from evals.metrics.grounds_top3 import GroundsInTop3
from evals.metrics.injection_resistance import InjectionResistance
from evals.metrics.letter_fact_recall import LetterFactRecall
from evals.metrics.mrr import MeanReciprocalRank
from evals.metrics.organisation_precision import OrganisationPrecision
from evals.metrics.organisation_recall import OrganisationRecall
from evals.metrics.ragas_context_precision import RagasContextPrecision
from evals.metrics.ragas_context_recall import RagasContextRecall
from evals.metrics.ragas_faithfulness import RagasFaithfulness
from evals.metrics.ragas_id_context_precision import RagasIdContextPrecision
from evals.metrics.ragas_id_context_recall import RagasIdContextRecall
from evals.metrics.ragas_llm_context_precision import RagasLlmContextPrecision
from evals.metrics.ragas_llm_context_recall import RagasLlmContextRecall
from evals.metrics.ragas_response_relevancy import RagasResponseRelevancy
from evals.metrics.ragas_string_similarity import RagasStringSimilarity
from evals.metrics.refusal import OutOfScopeRefusal
from evals.metrics.retrieval_recall import RetrievalRecall
from evals.metrics.urgency_accuracy import UrgencyAccuracy
from evals.metrics.wrong_ground_rate import WrongGroundRate

__all__ = ["CaseRun", "Metric", "Score", "all_metrics", "metrics_for"]

_ORDER = (
    CategoryAccuracy, UrgencyAccuracy, OrganisationPrecision, OrganisationRecall,
    LetterFactRecall, FalseStatementRate, B1Readability, InjectionResistance,
    GroundsRecall, GroundsInTop3, WrongGroundRate,
    RetrievalRecall, MeanReciprocalRank, OutOfScopeRefusal,
    CitationValidity, AnswerLanguage,
    RagasIdContextPrecision, RagasIdContextRecall, RagasContextPrecision, RagasContextRecall, RagasStringSimilarity,
    RagasFaithfulness, RagasResponseRelevancy, RagasLlmContextPrecision, RagasLlmContextRecall,
)  # fmt: skip


def all_metrics() -> list[Metric]:
    return [cls() for cls in _ORDER]


def metrics_for(suites, judge=None) -> list[Metric]:
    return [m for m in all_metrics() if set(m.suites) & set(suites) and (judge is not None or not m.needs_judge)]
