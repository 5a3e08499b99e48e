"""Which involved organisations count for the categorie: the parties with a part in the question.

The report's categorie 2 is "meerdere (overheids)organisaties": private parties count. But a private
party is often named without a part of its own, and then it does not count (it stays listed as
involved): it only sent the client something, it is only named in a referral (on either side), the
client visited it before, or it only goes on as before. Every overheidsorganisatie counts, as does a
private party that a situation implies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.features.triage.readings import around_mention
from assistant.knowledge.organisations import OrgFinding, OrgMention

_F = re.IGNORECASE
_SENDER_BEFORE = re.compile(
    r"\b(?:brief|brieven|factuur|facturen|rekening|nota|aanmaning\w*|herinnering\w*|aanslag\w*|beschikking\w*|"
    r"bericht\w*|mail|e-mail|sms|afschrift\w*)\s+(?:\S+\s+){0,2}?van\s+(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?$",
    _F,
)
_REFERRAL = re.compile(
    r"\b(?:door)?verw(?:ees|ezen|ijst|ijzen)\b|\bdoorverwijzing\b|\bdoorgestuurd\b|"
    r"\bstuur(?:t|de|den)\b(?:\s+\S+){0,3}?\s+door\b(?!\s+(?:de|het|een)\b)",
    _F,
)
_AT_BEFORE = re.compile(r"\bbij\s+(?:de\s+|het\s+|een\s+)?$", _F)
_BEEN_AFTER = re.compile(r"^[\w\-]*\s+(?:\S+\s+){0,3}?geweest\b", _F)
# The party goes on as before ("de werkgever betaalt het loon door", "de zorgverzekering loopt door").
_GOES_ON_AFTER = re.compile(
    r"^[\w\-]*\s+(?:loopt|lopen|betaalt|betalen|gaat|gaan)\s+(?:\S+\s+){0,4}?door\b(?!\s+(?:de|het|een|haar|zijn)\b)",
    _F,
)


def background_role(text: str, m: OrgMention) -> str | None:
    """The role of a mention that names a party without it acting in the question: it only sent
    the client something ("een aanmaning van de zorgverzekeraar"), it is only named in a referral,
    on either side ("de huisarts verwees haar naar de GGZ": where she was sent, not who must act),
    it was visited before ("is al bij het Juridisch Loket geweest"), or it only goes on as before ("de
    werkgever betaalt het loon door"). (The client's own provider is no party at all: background.py.) None when the party acts, decides, must act or is where the client must act."""
    before = text[max(m.sentence.start, m.start - 60) : m.start]
    if _SENDER_BEFORE.search(before):
        return "afzender"
    if _REFERRAL.search(around_mention(text, m, 60)):
        return "verwijzing"
    if _AT_BEFORE.search(before) and _BEEN_AFTER.match(text[m.end : m.sentence.end]):
        return "eerder bezocht"
    if _GOES_ON_AFTER.match(text[m.end : m.sentence.end]):
        return "loopt door"
    return None


def acting_units(
    text: str,
    units: list[str],
    gov_units: list[str],
    mentions: Sequence[OrgMention],
    findings: dict[str, OrgFinding],
) -> list[str]:
    """The units that count for the categorie, in order of appearance."""
    acting = set(gov_units)
    acting |= {f.unit for f in findings.values() if f.involved and f.via == "situatie"}
    acting |= {
        findings[m.org_id].unit
        for m in mentions
        if not m.negated and findings[m.org_id].involved and background_role(text, m) is None
    }
    return [u for u in units if u in acting]
