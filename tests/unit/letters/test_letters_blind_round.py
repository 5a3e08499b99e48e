"""The blind round of 2026-11-30 (27 letters written by people who never saw the engine) and the
engineer's own contract letters, scored with letter_scorer: no false statement about bezwaar, the
amount to pay or deadlines, and the issue's targets for facts stated or flagged and stated correctly.

The blind set is tuned now (its first-run figures are in evals/cases/FIRSTRUN-2026-11-30.md), so
this guards the fixes; it is not a measure of generalisation."""

from __future__ import annotations

import pytest
from letter_scorer import CORRECT, FLAGGED, WRONG, score_folder

from evals.casefiles import LETTER_CASES


@pytest.mark.parametrize("folder", ["blind-2026-11-30", "own-2026-11-30"])
def test_no_false_statements_and_the_targets(folder):
    score = score_folder(LETTER_CASES / folder)
    assert len(score.outcomes) > 60
    assert score.false_statements == [], score.report()
    assert score.share(CORRECT, WRONG, FLAGGED) >= 0.95, score.report()
    assert score.share(CORRECT) >= 0.85, score.report()


def test_the_older_cases_have_no_false_statements_either():
    score = score_folder(LETTER_CASES)
    assert score.false_statements == [], score.report()
    assert score.share(CORRECT) >= 0.95, score.report()


def test_the_scorer_counts_a_false_statement():
    """The scorer itself: an objection said possible against the expectation is false."""
    from letter_scorer import Score, score_letter

    case = {"objection": {"possible": False, "until": None}, "amount_to_pay": None, "deadlines": []}
    told = {
        "facts": {
            "sender": {"status": "stated", "value": "X"}, "letter_date": {"status": "stated", "value": None},
            "kind": {"status": "stated", "value": "aanmaning"},
            "amount_to_pay": {"status": "stated", "value": 12.5}, "pay_by": {"status": "not_found", "value": None},
            "objection": {"status": "stated", "possible": True, "until": "2026-05-01"},
            "deadlines": [{"status": "stated", "value": {"date": "2026-05-01", "condition": None}}],
        }
    }  # fmt: skip
    score = Score()
    score_letter("x", case, told, score)
    assert sorted(o.fact for o in score.false_statements) == ["amount_to_pay", "deadline", "objection"]


def test_a_deadline_told_with_the_letters_condition_is_an_extra_not_a_false_statement():
    """One rule with the eval metric: "Kunt u niet? Bel dan uiterlijk ..." told with its condition."""
    from letter_scorer import Score, score_letter

    case = {"amount_to_pay": None, "deadlines": []}
    told = {"facts": {
        "amount_to_pay": {"status": "not_found", "value": None},
        "deadlines": [{"status": "stated", "value": {"date": "2026-06-02", "condition": "als u niet kunt komen"}},
                      {"status": "stated", "value": {"date": "2026-06-09", "condition": None}}],
    }}  # fmt: skip
    score = Score()
    score_letter("x", case, told, score)
    assert [o.got for o in score.false_statements] == ["2026-06-09"]
    assert [o.got for o in score.extra if not o.false] == [("2026-06-02", "als u niet kunt komen")]
