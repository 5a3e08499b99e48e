"""Order the scored grounds for the professional (engine.match_grounds ranks with `rank`). Pure.

Specific grounds with all required facts that touch the obstacle first; general norms (Awb 3:4,
Awb 4:84, Pw 18 lid 1) after them, at most MAX_GENERAL; grounds with facts missing (to check) last.
Matches are engine.GroundMatch objects.
"""

from __future__ import annotations

from typing import Any

from assistant.features.grounds.neighbours import step_back

MAX_GENERAL = 3  # general norms (Awb 3:4, Awb 4:84, Pw 18 lid 1) shown after the specific grounds


def rank(scored: list[Any], *, limit: int, min_score: float, obstacle: bool = False) -> list[Any]:
    """Order: specific grounds with all required facts that touch the obstacle; general norms that
    do; the other specific grounds with all required facts; those with facts missing (to check);
    other general norms. At most MAX_GENERAL general norms, from different articles. A specific
    ground needs its required facts or one of its own signal words. Grounds with a weaker own trigger
    than a competitor's then step back to the end (neighbours.step_back; `obstacle`: one was named)."""
    chosen = [
        m for m in scored
        if m.score >= min_score and (m.general or m.check.complete or any(e.kind == "signaal" for e in m.evidence))
    ]  # fmt: skip
    general: list[Any] = []
    # a general norm of the case's own law (Pw 18 lid 1, Awir 13b) goes before the Awb's (lex specialis)
    for m in sorted((m for m in chosen if m.general), key=lambda m: (_tier(m), m.ground.law == "Awb", -m.score, m.ground.id)):
        if len(general) < MAX_GENERAL and all(g.ground.article != m.ground.article for g in general):
            general.append(m)
    specific = [m for m in chosen if not m.general]
    ordered = sorted(specific + general, key=lambda m: (_tier(m), -m.score, m.ground.id))
    keep = set(map(id, sorted(specific, key=lambda m: (_tier(m), -m.score))[: max(limit - len(general), 0)]))
    return step_back([m for m in ordered if m.general or id(m) in keep][:limit], obstacle=obstacle)


def _tier(m: Any) -> int:
    if m.general:
        if m.check.complete and m.focus:
            return 0 if m.answers_no_choice else 1
        return 4
    if not m.check.complete:
        return 3
    return 0 if m.focus else 2
