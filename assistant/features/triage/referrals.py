"""Who only referred the client: the organisation that sent the client to the writer or to another
organisation is named, but it is no party to the question ("doorverwezen door het wijkteam", "kwam via
de huisarts", "die stuurde haar naar ons", "had de zorgverzekeraar gebeld: ze werd naar de gemeente
verwezen"). Referred back and forth ("weer terugverwezen") is a dependency, not a referral.
"""

from __future__ import annotations

import re

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
# Who sent the client here: "doorverwezen door het wijkteam", "aangemeld via de huisarts", "kwam via het UWV".
_REFERRED_BY_BEFORE = re.compile(
    r"\b(?:(?:door)?verwezen|aangemeld|gestuurd|doorgestuurd|binnengekomen|terechtgekomen)\s+(?:\S+\s+){0,2}?"
    r"(?:door|via)\s+(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?(?:\w+\s+van\s+(?:de\s+|het\s+)?)?$|"
    # a label line: "Verwezen door : Voedselbank", "Aangemeld via: huisarts"
    r"\b(?:(?:door)?verwezen|aangemeld|verwijzer|doorverwijzer|binnengekomen)\s*(?:door|via)?\s*:\s*"
    r"(?:de\s+|het\s+|een\s+)?$|"
    r"\b(?:kwam|komt|kwamen|meldt|meldde|melden)\s+(?:\S+\s+){0,3}?via\s+"
    r"(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?$",
    _F,
)
# The organisation that sent the client to the writer: "had het UWV gebeld (die verwees haar naar ons)".
_REFERRED_US_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:die|deze|zij|ze|dat|daar)\s+(?:\S+\s+)?(?:verwees|verwezen|verwijst|stuurde|stuurden|stuurt)\s+"
    r"(?:\S+\s+){0,3}?(?:door\s+)?naar\s+(?:ons|hier|het\s+spreekuur)\b|"
    r"^[^.;]{0,100}?\b(?:heeft|had|hebben)\s+(?:\S+\s+){0,2}?(?:naar\s+ons|hierheen)\s+(?:door)?(?:gestuurd|verwezen)\b",
    _F,
)
# An earlier enquiry that ended in a referral to another organisation: "had de zorgverzekeraar al gebeld: valt
# er niet onder, ze werd naar de gemeente verwezen" (not "de huisarts heeft hem verwezen naar de GGZ": no enquiry).
_REFERRED_ON_AFTER = re.compile(
    r"^[^.;:]{0,20}?\b(?:gebeld|gemaild|benaderd|gevraagd|gesproken|geweest|nagevraagd)\b[^.;]{0,120}?(?:"
    r"\b(?:werd|wordt|is|was)\s+(?:(?:ze|zij|hij|cl\.?|cli[eë]nt\w*|mw\.?|dhr\.?)\s+)?naar\s+(?:\S+\s+){1,4}?"
    r"(?:door)?verwezen\b|\b(?:door)?verwezen\s+naar\s+\w|"
    r"\b(?:verwees|verwijst|stuurde|stuurt)\s+(?:haar|hem|hen|ze|cl\.?|cli[eë]nt\w*)\s+(?:door\s+)?naar\s+\w)",
    _F,
)
# Referred back and forth: the organisations then wait on each other (a categorie-3 cue), none is only a referrer.
_BACK_AND_FORTH = re.compile(r"\b(?:weer|terug\w*|opnieuw|telkens|steeds|elkaar|kastje)\b", _F)


def only_a_referrer(text: str, m: OrgMention) -> bool:
    """Is the mention only who sent the client here or on (and not back and forth)?"""
    if _REFERRED_BY_BEFORE.search(text[max(m.sentence.start, m.start - 50) : m.start]):
        return True
    if _REFERRED_US_AFTER.match(text[m.end : m.sentence.end]):
        return True
    return bool(_REFERRED_ON_AFTER.match(text[m.end : m.sentence.end])) and not _BACK_AND_FORTH.search(
        text[m.sentence.start : m.sentence.end]
    )
