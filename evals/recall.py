"""Recall@k of expected articles for a question set (evals/cases/ask/questions.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.text.citations import parse_citation
from evals.casefiles import ASK_CASES

QUESTIONS = ASK_CASES / "questions.yaml"


@dataclass
class RecallResult:
    k: int
    found: int
    total: int
    misses: list[tuple[str, list[str], list[str]]]  # question, expected, got

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def recall_at_k(index, questions: list[dict], k: int = 5, search=None) -> RecallResult:
    """A question counts as found when any expected article is among the top-k law hits."""
    search = search or (lambda q: index.search(q, k=k, kinds=("wet",)))
    found, misses = 0, []
    for item in questions:
        expected = [parse_citation(e, index.law_names()) for e in item["expect"]]
        hits = search(item["q"])
        got = [(h.chunk.law, h.chunk.article) for h in hits if h.chunk.kind == "wet"][:k]
        if any((e.law, e.article) in got for e in expected if e):
            found += 1
        else:
            misses.append((item["q"], item["expect"], [f"{law} {art}" for law, art in got]))
    return RecallResult(k, found, len(questions), misses)
