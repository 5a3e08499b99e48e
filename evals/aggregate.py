"""Scores per case -> figures per metric: for all cases, the held-out and the tuned cases apart,
per suite, and per part (a letter fact field). Figures are sums of hits over sums of totals."""

from __future__ import annotations

import hashlib
import json

from evals.metrics.base import Metric
from evals.sources import REPO_ROOT

GROUPS = ("all", "held_out", "tuned")


def fingerprint(data) -> str:
    """A short hash of a JSON-able value (an output or an expectation). Left out: `generated_by`,
    retrieval `score`s, whose last digits vary between processes (approximate vector search), and what
    depends on where the checkout lies: the repository's own path in sources, and `chunk_id`s (made from
    a corpus file's path). So a clean clone elsewhere (CI) reports an output as changed only when it is."""
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in ("generated_by", "trace")}
    raw = json.dumps(_stable(data), sort_keys=True, ensure_ascii=False, default=str)
    raw = raw.replace(str(REPO_ROOT), "<repo>")
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


def _stable(data):
    if isinstance(data, dict):
        return {k: _stable(v) for k, v in data.items() if k not in ("score", "chunk_id")}
    if isinstance(data, list):
        return [_stable(v) for v in data]
    return data


def _empty() -> dict:
    return {"hits": 0.0, "total": 0.0, "cases": 0, "failed": 0, "parts": {}}


def _close(group: dict) -> dict:
    group["value"] = round(group["hits"] / group["total"], 6) if group["total"] else None
    group["hits"], group["total"] = round(group["hits"], 6), round(group["total"], 6)
    return group


def summarise(metrics: list[Metric], cases: list[dict]) -> dict:
    """{metric name: {...describe(), groups: {all, held_out, tuned}, by_suite: {suite: group}}}."""
    out = {}
    for m in metrics:
        groups = {g: _empty() for g in GROUPS}
        by_suite: dict[str, dict] = {}
        for case in cases:
            score = case["scores"].get(m.name)
            if not score or not score.get("total"):
                continue
            targets = [groups["all"], groups["held_out" if case["held_out"] else "tuned"],
                       by_suite.setdefault(case["suite"], _empty())]  # fmt: skip
            for g in targets:
                g["hits"] += score["hits"]
                g["total"] += score["total"]
                g["cases"] += 1
                g["failed"] += m.name in case["failed"]
                for part, (h, t) in (score.get("parts") or {}).items():
                    counts = g["parts"].setdefault(part, [0.0, 0.0])
                    counts[0] += h
                    counts[1] += t
        if groups["all"]["cases"] == 0:
            continue
        out[m.name] = {**m.describe(), "groups": {g: _close(v) for g, v in groups.items()},
                       "by_suite": {s: _close(v) for s, v in by_suite.items()}}  # fmt: skip
    return out


def case_counts(cases: list[dict]) -> dict:
    out: dict = {"all": len(cases), "held_out": sum(c["held_out"] for c in cases), "by_suite": {}}
    for c in cases:
        suite = out["by_suite"].setdefault(c["suite"], {"cases": 0, "held_out": 0, "passed": 0, "sets": {}})
        suite["cases"] += 1
        suite["held_out"] += c["held_out"]
        suite["passed"] += c["passed"]
        suite["sets"][c["set"]] = suite["sets"].get(c["set"], 0) + 1
    out["passed"] = sum(c["passed"] for c in cases)
    return out
