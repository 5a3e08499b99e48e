"""Eval results are redacted before they are written, but the cases' fingerprints are kept: a
redacted hash would never match the next run's, and the baseline would call the case new."""

from __future__ import annotations

from evals.runner import redact_results

BSN = "123456782"  # passes the elfproef


def test_personal_numbers_are_redacted_but_fingerprints_kept():
    results = {"cases": [{"id": "x", "output": f"BSN {BSN} van de cliënt",
                          "output_hash": f"3c{BSN}e", "expected_hash": f"{BSN}abc"}]}  # fmt: skip
    out = redact_results(results)
    case = out["cases"][0]
    assert BSN not in case["output"]
    assert (case["output_hash"], case["expected_hash"]) == (f"3c{BSN}e", f"{BSN}abc")
    assert results["cases"][0]["output"].startswith("BSN 1234")  # the input is not changed
