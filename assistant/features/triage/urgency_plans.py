"""Dates that are a plan, not a time limit: the writer's moment to follow up if nothing has happened
("Als er op 1 mei nog geen antwoord is, bellen we …") and someone's own step put on a near day ("doet
hij morgen"). A signal shown only by such a date stays to check. Pure."""

from __future__ import annotations

import re

from assistant.features.triage.rules import rx

# A date in a condition that nothing has happened yet, with a step to ask after it: the writer's moment to
# follow up, not a time limit ("Als er op 1 mei nog geen antwoord is, bellen we de consulent").
FOLLOW_UP = rx(
    r"^\W*(?:als|indien|wanneer|mocht)\b[^.:;,]{0,60}\bnog\s+(?:niets|niks|geen|niet)\b[^.:;,]{0,40}[:,]\s*"
    r"(?:dan\s+)?(?:\S+\s+){0,6}?(?:vragen|bellen|navragen|nabellen|contact|mailen|informeren|rappelleren|bel|vraag)\b"
)
# Someone's own step put on a near day: "(doet hij morgen)", "volgende week belt ze" (a plan, no limit).
_NEAR = r"(?:morgen|overmorgen|vandaag|deze\s+week|volgende\s+week|komende\s+week)"
_OWN = r"(?:hij|ze|zij|ik|we|wij|cl\.?|mw\.?|dhr\.?)"
_STEP = r"(?:doet|doen|belt|bellen|regelt|regelen|mailt|mailen|stuurt|sturen|brengt|brengen|haalt|halen)"
_DAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
# ... also an agreed step of the client or a parent by a near weekday: "Vader levert de stukken uiterlijk dinsdag in".
_PERSON = rf"(?:{_OWN}|moeder|vader|ouders|cli[eë]nt\w*)"
PLANNED_STEP = rx(
    rf"\b{_STEP}\s+{_OWN}\s+(?:dat\s+|het\s+|dit\s+)?{_NEAR}\b|\b{_NEAR}\s+{_STEP}\s+{_OWN}\b|"
    rf"\b{_PERSON}\s+(?:{_STEP}|levert|leveren)\s+(?:\S+\s+){{0,4}}?(?:uiterlijk\s+|v[oó]{{2}}r\s+)?(?:{_NEAR}|{_DAY})\b"
)


def only_planned(sentence: str, pattern: re.Pattern) -> bool:
    """Does every time word the signal found in the sentence schedule someone's own step?"""
    plans = [p.span() for p in PLANNED_STEP.finditer(sentence)]
    found = [t.span() for t in pattern.finditer(sentence)]
    return bool(plans) and all(any(a <= s and e <= b for a, b in plans) for s, e in found)
