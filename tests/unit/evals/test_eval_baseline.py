"""Comparing a run with a baseline: PASS, FAIL, REGRESSION, FIXED per case; figures compared over the
cases both runs have; a metric that got worse than its tolerance is a regression; verdicts."""

from __future__ import annotations

import copy
import json

import pytest

from evals.aggregate import summarise
from evals.baseline import compact, compare
from evals.compare import as_results
from evals.metrics.category_accuracy import CategoryAccuracy
from evals.metrics.mrr import MeanReciprocalRank
from evals.verdicts import VerdictError, attach, import_verdicts, read_store

METRICS = {m.name: m for m in (CategoryAccuracy(), MeanReciprocalRank())}


def record(case_id, passed, category_hit, mrr=0.5, held_out=False, output="o", expected="e"):
    scores = {"category_accuracy": {"value": category_hit, "hits": category_hit, "total": 1.0},
              "mrr_at_10": {"value": mrr, "hits": mrr, "total": 1.0}}  # fmt: skip
    return {"id": case_id, "suite": "triage", "set": "t", "held_out": held_out, "passed": passed,
            "failed": [] if passed else ["category_accuracy"], "scores": scores, "output_hash": output,
            "expected_hash": expected}  # fmt: skip


def results(*records):
    cases = list(records)
    return {"format": "regiewijzer-eval-results/1", "run": {"date": "2026-11-30"}, "counts": {},
            "metrics": summarise(list(METRICS.values()), cases), "cases": cases}  # fmt: skip


@pytest.fixture
def before():
    return compact(results(record("a", True, 1.0), record("b", False, 0.0), record("c", True, 1.0, held_out=True),
                           record("d", False, 0.0)))  # fmt: skip


def test_statuses_against_the_baseline(before):
    now = results(record("a", False, 0.0), record("b", True, 1.0), record("c", True, 1.0, held_out=True, output="new"),
                  record("d", False, 0.0, expected="changed"), record("e", True, 1.0))  # fmt: skip
    summary = compare(now, before, METRICS)
    status = {c["id"]: c["status"] for c in now["cases"]}
    assert status == {"a": "REGRESSION", "b": "FIXED", "c": "PASS", "d": "FAIL", "e": "PASS"}
    assert summary["regressions"] == ["a"] and summary["fixed"] == ["b"]
    assert summary["new_cases"] == 2  # an edited expectation is a new case, not a regression
    assert set(summary["changed"]) == {"a", "b", "c"}  # c: same pass, different output
    assert summary["common_cases"] == 3 and summary["removed_cases"] == []


def test_figures_are_compared_over_common_cases_with_the_metrics_tolerance(before):
    # a new failing case lowers the figure but is not a regression
    now = results(record("a", True, 1.0), record("b", False, 0.0), record("c", True, 1.0, held_out=True),
                  record("d", False, 0.0), record("new", False, 0.0))  # fmt: skip
    summary = compare(now, before, METRICS)
    assert summary["metric_regressions"] == [] and summary["regressions"] == []
    assert summary["metrics"]["category_accuracy"]["held_out"] == {"now": 1.0, "baseline": 1.0, "delta": 0.0,
                                                                    "regression": False}  # fmt: skip
    # MRR may drop 0.01 (its tolerance), not more
    small = results(*(record(i, p, h, mrr=0.495) for i, p, h in (("a", True, 1.0), ("b", False, 0.0), ("d", False, 0.0))))
    assert compare(small, before, METRICS)["metric_regressions"] == []
    large = results(*(record(i, p, h, mrr=0.3) for i, p, h in (("a", True, 1.0), ("b", False, 0.0), ("d", False, 0.0))))
    assert compare(large, before, METRICS)["metric_regressions"] == ["mrr_at_10 (all)", "mrr_at_10 (tuned)"]


def test_a_baseline_is_compact_and_works_as_a_run(before):
    assert set(before["cases"]["a"]) == {"suite", "held_out", "passed", "scores", "output_hash", "expected_hash"}
    again = as_results(json.loads(json.dumps(before)))
    assert [c["id"] for c in again["cases"]] == ["a", "b", "c", "d"]
    summary = compare(copy.deepcopy(again), before, METRICS)
    assert summary["regressions"] == [] and summary["changed"] == []


def test_verdicts_are_imported_merged_and_shown(tmp_path):
    store = tmp_path / "verdicts.json"
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"verdicts": {"a": {"verdict": "wrong", "comment": "bedrag klopt niet",
                                                     "date": "2026-11-30T10:00", "output_hash": "o"}}}))  # fmt: skip
    assert import_verdicts(export, store) == 1
    older = tmp_path / "older.json"
    older.write_text(json.dumps([{"case_id": "a", "verdict": "correct", "date": "2026-11-01T10:00"}]))
    import_verdicts(older, store)
    assert read_store(store)["a"]["verdict"] == "wrong"  # the newer verdict stays
    cases = [record("a", True, 1.0), record("b", True, 1.0)]
    assert attach(cases, read_store(store)) == 1
    assert cases[0]["verdict"]["comment"] == "bedrag klopt niet" and cases[0]["verdict"]["stale"] is False
    cases = [record("a", True, 1.0, output="other")]
    attach(cases, read_store(store))
    assert cases[0]["verdict"]["stale"] is True


def test_a_bad_verdict_file_gives_one_message(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"verdicts": {"a": {"verdict": "prima"}}}))
    with pytest.raises(VerdictError, match="goed, fout of twijfel"):
        import_verdicts(bad, tmp_path / "store.json")
    bad.write_text("{niet json")
    with pytest.raises(VerdictError, match="niet te lezen"):
        import_verdicts(bad, tmp_path / "store.json")


def test_a_fingerprint_does_not_depend_on_where_the_checkout_lies(monkeypatch):
    import evals.aggregate as aggregate

    def output(root: str, chunk_id: str, title: str = "Bijstand") -> dict:
        return {"sources": [{"chunk_id": chunk_id, "source": f"{root}/corpus/faq/faq.yaml#f1", "title": title}]}

    here = aggregate.fingerprint(output(str(aggregate.REPO_ROOT), "aa11"))
    monkeypatch.setattr(aggregate, "REPO_ROOT", "/elders/kloon")  # the same run in a clone elsewhere (CI)
    assert aggregate.fingerprint(output("/elders/kloon", "bb22")) == here
    assert aggregate.fingerprint(output("/elders/kloon", "bb22", title="Toeslagen")) != here
