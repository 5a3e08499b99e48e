"""What the obstacle text says beyond its words: the articles the organisation says it applied, and
whether it says it has no choice. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assistant.features.grounds.casetext import OBSTACLE, CaseText
from assistant.features.grounds.concepts import expand
from assistant.text.citations import parse_citations
from assistant.text.spans import sentences


def says_no_choice(case: CaseText) -> bool:
    """Does the obstacle say the body has no choice or no room ("regel is regel", "geen ruimte")?"""
    found = case.find_any(expand(["@geen_keuze_gezegd"]))
    return found is not None and found.source == OBSTACLE


def cited_articles(obstacle: str, laws: Iterable[Any]) -> dict[tuple[str, str], str]:
    """The articles the obstacle names with their law ("art. 1.6 lid 3 Wet kinderopvang"), each
    with the sentence that names it. An article cited without a law ("art. 17 lid 1 jo. art. 18a")
    belongs to the law the obstacle cited last."""
    laws = list(laws)
    out: dict[tuple[str, str], str] = {}
    last_law = None
    for sentence in sentences(obstacle):
        text = obstacle[sentence.start : sentence.end]
        for c in parse_citations(text, laws):
            last_law = c.law or last_law
            if last_law:
                out.setdefault((last_law, c.article), text.strip())
    return out
