"""Shared by the retrieval metrics: the expected articles of a question and where the law search
ranked the first of them (article level: a lid counts for its article)."""

from __future__ import annotations

from assistant.text.citations import parse_citation


def expected_articles(case, ctx) -> set[tuple[str, str]]:
    out = set()
    for text in case.expected.get("citations") or []:
        c = parse_citation(text, ctx.law_names())
        if c and c.law:
            out.add((c.law, c.article))
    return out


def first_rank(case, run, ctx) -> int | None:
    """1-based rank of the first expected article among the law hits, or None."""
    want = expected_articles(case, ctx)
    for i, hit in enumerate(run.law_hits):
        if (hit.get("law"), hit.get("article")) in want:
            return i + 1
    return None


def hit_labels(run, k: int) -> str:
    return ", ".join(f"{h.get('law')} {h.get('article')}" for h in run.law_hits[:k]) or "geen"
