"""The grounds engine on a case text, for the rule tests: the proposed ground ids, or one ground's match."""

from __future__ import annotations

from assistant.features.grounds.engine import match_grounds
from assistant.knowledge.corpus import load_grounds, load_law_sources, load_sociale_kaart

GROUNDS = load_grounds()
LAWS = load_law_sources()
ORGS = load_sociale_kaart()


def proposed_ids(text: str, obstacle: str | None = None, limit: int = 8) -> list[str]:
    _, matches = match_grounds(text, obstacle, grounds=GROUNDS, organisations=ORGS, laws=LAWS, limit=limit)
    return [m.ground.id for m in matches]


def match_of(text: str, obstacle: str | None, ground_id: str, limit: int = 60):
    """The match of one ground, also below the proposal bar (None when it does not match at all)."""
    _, matches = match_grounds(text, obstacle, grounds=GROUNDS, organisations=ORGS, laws=LAWS, limit=limit,
                               min_score=0)  # fmt: skip
    return next((m for m in matches if m.ground.id == ground_id), None)
