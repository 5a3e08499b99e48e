"""An organisation the sentence itself rules out by name ("alimentatie via een eigen afspraak, geen
LBIO nodig") is not made a party by its scheme words in that same sentence: the writer's plain
denial of the organisation outweighs the topic that would point to it, unless a contrast stands between
them ("geen contact met het UWV, maar wel WW aangevraagd"). Pure."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from assistant.knowledge.organisations import OrgMention

_CONTRAST = re.compile(r"\b(?:maar|echter|wel|w[eé]l|toch|behalve)\b", re.IGNORECASE)


def denied_by_name(text: str, mentions: Sequence[OrgMention]) -> list[OrgMention]:
    """Negate a scheme-word mention when the same sentence plainly negates the organisation's name and
    no contrast word stands between the two."""
    denials = [m for m in mentions if m.via == "naam" and m.negated and not m.reason]

    def denied(m: OrgMention) -> bool:
        for d in denials:
            if d.org_id != m.org_id or d.sentence.start != m.sentence.start:
                continue
            lo, hi = sorted((d.end, m.start)) if d.start < m.start else sorted((m.end, d.start))
            if not _CONTRAST.search(text, lo, hi):
                return True
        return False

    return [
        dataclasses.replace(m, negated=True) if m.via != "naam" and not m.negated and denied(m) else m
        for m in mentions
    ]
