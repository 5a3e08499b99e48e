"""A check that the note answers with no: "nagekeken of er iets met toeslagen speelt: ze krijgt geen
toeslagen". The question ("of … X …") asserts nothing, and its answer negates X, so every mention of
X in that sentence is a plain negation: X plays no part. Without the check verb a sentence that both
names and negates X ("de huurtoeslag stopt, ze krijgt geen huurtoeslag meer") is left as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from assistant.knowledge.organisations import OrgMention

# The professional verified whether something is so ("nagekeken of", "even gecheckt of"), and the
# answer follows a colon or an arrow; a search for an entitlement ("gekeken of ze recht heeft op …:
# ze krijgt nog geen huurtoeslag") is the question itself, not a check answered no.
_CHECKED_IF = re.compile(
    r"\b(?:nage(?:keken|gaan|vraagd)|gecheckt|gecontroleerd|navraag\s+gedaan)\s+(?:\S+\s+){0,2}?of\b"
    r"(?![^:]*\b(?:recht\b(?:\s+\S+){0,2}?\s+op|aanvr\w*|aan\s+te\s+vragen)\b)[^:>]*(?::|->|→)",
    re.IGNORECASE,
)


def answered_no(
    text: str, mentions: Sequence[OrgMention], unit_of_id: Callable[[str], str]
) -> list[OrgMention]:
    """`mentions`, with every mention of an organisation negated in a sentence that checks whether
    it plays a part and answers with a plain negation of it."""
    negated = {
        (unit_of_id(m.org_id), m.sentence)
        for m in mentions
        if m.negated and not m.reason and _checked_before(text, m, mentions)
    }
    return [
        dataclasses.replace(m, negated=True, reason="")
        if (unit_of_id(m.org_id), m.sentence) in negated
        else m
        for m in mentions
    ]


def _checked_before(text: str, m: OrgMention, mentions: Sequence[OrgMention]) -> bool:
    """Does the sentence open a check before its first mention, with the negated mention in the answer?"""
    first = min(x.start for x in mentions if x.sentence == m.sentence)
    check = _CHECKED_IF.search(text, m.sentence.start, m.start)
    return bool(check) and check.start() < first and check.end() <= m.start
