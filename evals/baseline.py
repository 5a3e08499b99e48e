"""A run against a baseline: each case PASS, FAIL, REGRESSION (passed in the baseline, fails now) or
FIXED (failed, passes now); per case which metric values moved; per metric whether its figure got
worse than its tolerance allows. Figures are compared over the cases both runs have, with the same
expectation, so that adding a new blind set is not a regression.

A baseline file is a compact run: per case whether it passed, its scores and fingerprints of its
output and expectation (`compact`). A full results file works as a baseline too.
"""

from __future__ import annotations

import json
from pathlib import Path

from evals.aggregate import GROUPS

BASELINE_FORMAT = "regiewijzer-eval-baseline/1"
RESULTS_FORMAT = "regiewijzer-eval-results/1"
PASS, FAIL, REGRESSION, FIXED = "PASS", "FAIL", "REGRESSION", "FIXED"


class BaselineError(ValueError):
    pass


def compact(results: dict) -> dict:
    """What a baseline keeps of a run: enough to compare, small enough to commit."""
    cases = {
        c["id"]: {"suite": c["suite"], "held_out": c["held_out"], "passed": c["passed"],
                  "scores": {k: [v["hits"], v["total"]] for k, v in c["scores"].items()},
                  "output_hash": c["output_hash"], "expected_hash": c["expected_hash"]}
        for c in results["cases"]
    }  # fmt: skip
    metrics = {k: {"label": v["label"], "groups": {g: {x: v["groups"][g][x] for x in ("value", "hits", "total", "cases")}
                                                   for g in GROUPS}} for k, v in results["metrics"].items()}  # fmt: skip
    return {"format": BASELINE_FORMAT, "run": results["run"], "counts": results["counts"], "metrics": metrics,
            "cases": cases}  # fmt: skip


def load(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BaselineError(f"Het bestand {path} is geen leesbare evaluatie-uitslag: {exc}") from exc
    if data.get("format") not in (BASELINE_FORMAT, RESULTS_FORMAT):
        raise BaselineError(f"Het bestand {path} is geen uitslag van regiewijzer eval.")
    return data


def case_index(doc: dict) -> dict[str, dict]:
    """{case id: {passed, scores: {metric: [hits, total]}, output_hash, expected_hash, held_out}}."""
    if isinstance(doc.get("cases"), dict):
        return doc["cases"]
    return {c["id"]: {"suite": c["suite"], "held_out": c["held_out"], "passed": c["passed"],
                      "scores": {k: [v["hits"], v["total"]] for k, v in c["scores"].items()},
                      "output_hash": c.get("output_hash"), "expected_hash": c.get("expected_hash")}
            for c in doc["cases"]}  # fmt: skip


def _value(pair) -> float | None:
    return pair[0] / pair[1] if pair and pair[1] else None


def compare(results: dict, baseline: dict, metrics: dict, tolerance_scale: float = 1.0) -> dict:
    """Mark every case of `results` (in place) and return the comparison summary.
    `metrics`: {name: Metric} for the tolerances and the direction of each figure."""
    before = case_index(baseline)
    common: list[tuple[dict, dict]] = []
    for case in results["cases"]:
        old = before.get(case["id"])
        if old is None or old.get("expected_hash") != case["expected_hash"]:
            case["status"], case["new"] = (PASS if case["passed"] else FAIL), True
            case["changes"] = []
            continue
        common.append((case, old))
        case["new"] = False
        case["status"] = {(True, True): PASS, (False, False): FAIL, (True, False): REGRESSION,
                          (False, True): FIXED}[(old["passed"], case["passed"])]  # fmt: skip
        case["baseline"] = {"passed": old["passed"], "output_changed": old.get("output_hash") != case["output_hash"]}
        case["changes"] = _changes(case, old, metrics)
    removed = sorted(set(before) - {c["id"] for c in results["cases"]})
    figures = _figures(common, metrics, tolerance_scale)
    return {
        "baseline_run": baseline.get("run"),
        "common_cases": len(common),
        "new_cases": sum(c.get("new", False) for c in results["cases"]),
        "removed_cases": removed,
        "regressions": [c["id"] for c in results["cases"] if c["status"] == REGRESSION],
        "fixed": [c["id"] for c in results["cases"] if c["status"] == FIXED],
        "changed": [c["id"] for c in results["cases"] if c["changes"] or c.get("baseline", {}).get("output_changed")],
        "metrics": figures,
        "metric_regressions": [f"{name} ({group})" for name, groups in figures.items()
                               for group, f in groups.items() if f["regression"]],  # fmt: skip
    }


def _changes(case: dict, old: dict, metrics: dict) -> list[dict]:
    out = []
    for name, score in case["scores"].items():
        metric = metrics.get(name)
        then, now = _value(old["scores"].get(name)), _value([score.get("hits"), score.get("total")])
        if metric is None or then is None or now is None or abs(now - then) < 1e-6:
            continue
        out.append({"metric": name, "before": round(then, 4), "after": round(now, 4),
                    "worse": metric.worse(now, then, tolerance=0.0)})  # fmt: skip
    return out


def _figures(common: list[tuple[dict, dict]], metrics: dict, scale: float) -> dict:
    """Per metric and group: the figure now and in the baseline, over the common cases."""
    out: dict = {}
    for name, metric in metrics.items():
        sums = {g: [0.0, 0.0, 0.0, 0.0] for g in GROUPS}  # now hits, now total, then hits, then total
        for case, old in common:
            now, then = case["scores"].get(name), old["scores"].get(name)
            if not now or not then or not now.get("total") or not then[1]:
                continue
            for g in ("all", "held_out" if case["held_out"] else "tuned"):
                s = sums[g]
                s[0], s[1], s[2], s[3] = s[0] + now["hits"], s[1] + now["total"], s[2] + then[0], s[3] + then[1]
        groups = {}
        for g, (nh, nt, th, tt) in sums.items():
            if not nt or not tt:
                continue
            now_v, then_v = nh / nt, th / tt
            groups[g] = {"now": round(now_v, 6), "baseline": round(then_v, 6), "delta": round(now_v - then_v, 6),
                         "regression": metric.worse(now_v, then_v, metric.tolerance * scale)}  # fmt: skip
        if groups:
            out[name] = groups
    return out
