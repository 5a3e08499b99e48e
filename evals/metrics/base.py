"""The one signature every metric follows (like ragas' metrics/collections/<metric>/metric.py).

A metric scores one case: `score(case, run, ctx) -> Score | None` (None: does not apply). A `Score`
is a count, `hits` out of `total`, so that a suite's figure is the sum over its cases (a micro
average: 44 of 48 organisations, not the mean of per-case ratios). Metrics that give a number per
case (ragas) score `hits=value, total=1`. `parts` splits a score by field (letter facts by field).

Whether a case passes a metric: `value >= pass_at` (or `<=` for metrics where lower is better).
Only metrics with `gate=True` decide a case's PASS/FAIL; the others are measured and reported.
`tolerance`: how far the suite figure may move the wrong way against the baseline before it counts
as a regression (0 for the deterministic metrics).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class Score:
    hits: float = 0.0
    total: float = 0.0
    note: str = ""  # Dutch: what was wrong or missing, for the report
    parts: dict[str, list[float]] = field(default_factory=dict)  # name -> [hits, total]

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def add(self, part: str, hit: bool | float, total: float = 1.0) -> None:
        self.hits += float(hit)
        self.total += total
        counts = self.parts.setdefault(part, [0.0, 0.0])
        counts[0] += float(hit)
        counts[1] += total

    def to_dict(self) -> dict:
        data: dict[str, Any] = {"value": _round(self.value), "hits": _round(self.hits), "total": _round(self.total)}
        if self.note:
            data["note"] = self.note
        if self.parts:
            data["parts"] = {k: [_round(v[0]), _round(v[1])] for k, v in self.parts.items()}
        return data


def _round(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


@dataclass
class CaseRun:
    """What running one case produced: the draft as a dict, and what the metrics need besides."""

    output: dict[str, Any] = field(default_factory=dict)
    input_text: str = ""  # the text the skill read (a letter read from its file)
    law_hits: list[dict] = field(default_factory=list)  # ask: the law search, best first
    error: str | None = None
    seconds: float = 0.0


class Context(Protocol):
    """What metrics may ask of the run (see evals/context.py)."""

    def lookup(self, citation: str) -> tuple[bool, bool, str]: ...
    def law_names(self) -> list: ...
    def unit_of(self, org_id: str) -> str: ...
    def reference_text(self, citation: str) -> tuple[str, ...]: ...


class Metric:
    name = "metric"
    label = "Metric"  # Dutch, for people
    description = ""  # Dutch: what it measures
    suites: tuple[str, ...] = ()
    higher_is_better = True
    gate = True
    pass_at = 1.0
    tolerance = 0.0
    needs_judge = False
    needs_index = False
    counted = True  # hits and totals are counts (44 of 48); False for means of per-case values (MRR, ragas)

    def applies(self, case) -> bool:
        return case.suite in self.suites

    def score(self, case, run: CaseRun, ctx: Context) -> Score | None:  # pragma: no cover - interface
        raise NotImplementedError

    def passed(self, value: float | None) -> bool:
        if value is None:
            return True
        return value >= self.pass_at - 1e-9 if self.higher_is_better else value <= self.pass_at + 1e-9

    def worse(self, now: float | None, before: float | None, tolerance: float | None = None) -> bool:
        """True when `now` is worse than `before` by more than the tolerance."""
        if now is None or before is None:
            return False
        tol = self.tolerance if tolerance is None else tolerance
        delta = now - before if self.higher_is_better else before - now
        return delta < -(tol + 1e-9)

    def describe(self) -> dict:
        return {"label": self.label, "description": self.description, "suites": list(self.suites),
                "higher_is_better": self.higher_is_better, "gate": self.gate, "pass_at": self.pass_at,
                "tolerance": self.tolerance, "counted": self.counted}  # fmt: skip
