"""Paraphrased questions of professionals find their article in the top 5 (recall@5).

Four sets: questions.yaml (written first; the synonym list was written while looking at its misses),
heldout.yaml (written blind afterwards; with questions.yaml it chose the fusion weights), heldout2.yaml
(written blind after that tuning) and blind-2026-11-30.yaml (77 questions written by helpers who never
saw the code or the corpus). The article guide's bridge weight was chosen on the first three; the blind
set measured it (before the guide 50/77, with it 69/77; see README). The bars are the measured values
minus a margin, so that a regression fails; benchmarks/retrieval.py reports the numbers.
"""

from evals.recall import QUESTIONS, load_questions, recall_at_k


def test_recall_at_5_on_paraphrased_questions(law_index):
    questions = load_questions()
    assert len(questions) >= 20
    result = recall_at_k(law_index, questions, k=5)
    assert result.recall >= 0.85, result.misses  # measured 30/32


def test_recall_at_5_on_heldout_questions(law_index):
    result = recall_at_k(law_index, load_questions(QUESTIONS.parent / "heldout.yaml"), k=5)
    assert result.recall >= 0.8, result.misses  # measured 22/24


def test_recall_at_5_on_questions_written_after_all_tuning(law_index):
    result = recall_at_k(law_index, load_questions(QUESTIONS.parent / "heldout2.yaml"), k=5)
    assert result.recall >= 0.65, result.misses  # measured 18/24


def test_recall_at_5_on_the_blind_round(law_index):
    result = recall_at_k(law_index, load_questions(QUESTIONS.parent / "blind-2026-11-30.yaml"), k=5)
    assert result.total == 77
    assert result.recall >= 0.8, len(result.misses)  # measured 69/77 (0.90); before the guide 50/77


def test_the_example_question_of_the_issue_finds_awb_4_84(law_index):
    hits = law_index.search(
        "mag de gemeente afwijken van haar eigen beleidsregel als die voor iemand onredelijk uitpakt?", k=5
    )
    assert ("Awb", "4:84") in [(h.chunk.law, h.chunk.article) for h in hits]
