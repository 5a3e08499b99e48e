"""`regiewijzer eval --compare A.json B.json`: two saved runs side by side, A as the baseline
(for example the no-model run against a run with an Ollama model). B may be a full results file
(then a report can be written) or a baseline file."""

from __future__ import annotations

from pathlib import Path

from evals.baseline import BaselineError, compare, load
from evals.metrics import all_metrics
from evals.runner import EvalError, EvalOutcome


def as_results(doc: dict) -> dict:
    """A full results document, or the same shape made from a compact baseline."""
    if isinstance(doc.get("cases"), list):
        return doc
    cases = [
        {"id": case_id, "suite": c["suite"], "held_out": c["held_out"], "passed": c["passed"], "failed": [],
         "scores": {k: {"hits": h, "total": t, "value": h / t if t else None} for k, (h, t) in c["scores"].items()},
         "output_hash": c.get("output_hash"), "expected_hash": c.get("expected_hash")}
        for case_id, c in doc["cases"].items()
    ]  # fmt: skip
    return {**doc, "cases": cases}


def compare_files(first: Path, second: Path, *, report: Path | None = None) -> EvalOutcome:
    try:
        baseline, current = load(Path(first)), as_results(load(Path(second)))
    except BaselineError as exc:
        raise EvalError(str(exc)) from exc
    current["comparison"] = compare(current, baseline, {m.name: m for m in all_metrics()})
    current["comparison"]["baseline_file"] = str(first)
    messages = []
    if report:
        if not all("output" in c for c in current["cases"]):
            raise EvalError(f"{second} is een basislijn zonder uitvoer per casus; geef voor een rapport een volledige uitslag.")
        from evals.report.html import write_report

        write_report(current, Path(report))
        messages.append(f"Rapport: {report}")
    failing = bool(current["comparison"]["regressions"] or current["comparison"]["metric_regressions"])
    return EvalOutcome(current, 1 if failing else 0, messages)
