"""Who only referred the client: the organisation that sent the client to the writer or to another
organisation is named, but it is no party to the question ("doorverwezen door het wijkteam", "kwam via
de huisarts", "die stuurde haar naar ons", "had de zorgverzekeraar gebeld: ze werd naar de gemeente
verwezen", "na een verwijzing door de GGD"), or only told the client who decides ("zei dat de gemeente
daarover beslist"). Referred back and forth ("weer terugverwezen") is a dependency, not a referral.
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
    r"(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?$|"
    # who advised the step: "op advies van de huisarts meldt zij zich bij …"
    r"\bop\s+(?:advies|aanraden)\s+van\s+(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?(?:\w+\s+van\s+(?:de\s+|het\s+)?)?$|"
    # how the client came in: "na verwijzing door de huisarts", "opgenomen na een melding via het meldpunt" (a
    # melding "van" someone keeps the melder in the story: "na een melding van school is jeugdzorg betrokken")
    r"\bna\s+(?:een\s+|de\s+)?(?:\w+\s+)?(?:(?:door)?verwijzing\s+(?:van|via|door)|(?:aan|zorg)?melding\s+via)\s+"
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
    r"^[^.;:]{0,20}?\b(?:gebeld|gemaild|benaderd|gevraagd|gesproken|geweest|nagevraagd)\b"
    # the referral may follow a semicolon that points back: "…; daar werd ze doorverwezen naar …"
    r"(?:[^.;]|;\s*(?=(?:daar|die|deze|zij|ze)\b)){0,120}?(?:"
    r"\b(?:werd|wordt|is|was)\s+(?:(?:ze|zij|hij|cl\.?|cli[eë]nt\w*|mw\.?|dhr\.?)\s+)?naar\s+(?:\S+\s+){1,4}?"
    r"(?:door)?verwezen\b|\b(?:(?:door)?verwezen|doorgestuurd)\s+naar\s+\w|"
    r"\b(?:verwees|verwijst|stuurde|stuurt)\s+(?:haar|hem|hen|ze|cl\.?|cli[eë]nt\w*)\s+(?:door\s+)?naar\s+\w)",
    _F,
)
# Who only told the client that another party decides: "de mentor van school gaf haar het formulier en zei dat
# de gemeente daarover beslist" (the one who informs is no party; the one who decides is).
_TOLD_WHO_DECIDES_AFTER = re.compile(
    r"^[^.;:]{0,80}?\b(?:gezegd|zei|zegt|verteld|vertelde|vertelt|uitgelegd|legde\s+uit|aangegeven|gaf\s+aan|laten\s+weten|"
    r"liet\s+weten)\s+(?:\S+\s+)?dat\s+(?:de|het)\s+[^.;:,]{2,40}?\b(?:beslist|beslissen|besluit|gaat\s+over|erover\s+gaat|"
    r"daarover\s+gaat|verantwoordelijk|behandelt|toekent|regelt)\b",
    _F,
)
# ... while asking or doing nothing of its own in the same stretch.
_OWN_DEMAND = re.compile(
    r"\b(?:moet|moeten|eist|eiste|vordert|vorderde|wil|wilde|stopt|stopte|weigert|weigerde|terug\w*|schuld\w*|"
    r"achterstand\w*|boete\w*|geschorst|verwijderd|niet|geen)\b",
    _F,
)
# Who only filed the client's step at another organisation on the client's behalf: "de verpleegkundige van het
# ziekenhuis heeft de melding voor hem gedaan" (not "heeft haar verwezen naar …": writers count a referrer that
# stays in the story as involved).
_ARRANGED_FOR_AFTER = re.compile(
    r"^[^.;:]{0,20}?\b(?:heeft|hebben|had)\b[^.;:]{0,60}?\b(?:voor|namens)\s+(?:hem|haar|hen|mevrouw|meneer|mw\.?|dhr\.?|"
    r"de\s+cli[eë]nt\w*|het\s+gezin)\s+(?:\S+\s+)?(?:gedaan|ingediend|aangevraagd|ingevuld|opgestuurd|verstuurd|"
    r"aangemeld)\b",
    _F,
)
# Who advised a step: "de huisarts adviseerde om hulp aan te vragen bij …" (the adviser is no party).
_ADVISED_AFTER = re.compile(
    r"^[^.;:]{0,30}?\b(?:adviseerde|adviseert|adviseerden|raadde|raadt|heeft\s+(?:\S+\s+){0,5}?(?:geadviseerd|aangeraden))\b|"
    # a referral to alternatives is advice: "verwees haar naar de kerk of de gemeente"
    r"^\s*(?:verwees|verwijst|verwezen)\s+(?:\S+\s+){0,2}?naar\s+[^.;:]{2,60}?\s+of\s+\w", _F
)
# Referred back and forth: the organisations then wait on each other (a categorie-3 cue), none is only a referrer.
_BACK_AND_FORTH = re.compile(r"\b(?:weer|terug\w*|opnieuw|telkens|steeds|elkaar|kastje)\b", _F)


def only_a_referrer(text: str, m: OrgMention) -> bool:
    """Is the mention only who sent the client here or on (and not back and forth), who advised the step,
    or who arranged the client's step at another organisation?"""
    if _REFERRED_BY_BEFORE.search(text[max(m.sentence.start, m.start - 50) : m.start]):
        return True
    if _ARRANGED_FOR_AFTER.match(text[m.end : m.sentence.end]) and not _BACK_AND_FORTH.search(
        text[m.sentence.start : m.sentence.end]
    ):
        return True
    if _REFERRED_US_AFTER.match(text[m.end : m.sentence.end]):
        return True
    return bool(_REFERRED_ON_AFTER.match(text[m.end : m.sentence.end])) and not _BACK_AND_FORTH.search(
        text[m.sentence.start : m.sentence.end]
    )


def only_an_informant(text: str, m: OrgMention) -> bool:
    """Did the organisation only tell the client which other party decides ("… heeft het formulier
    meegegeven en gezegd dat de gemeente daarover beslist"), or only advise a step ("de huisarts adviseerde
    om … aan te vragen"), asking nothing of its own?"""
    after = text[m.end : m.sentence.end]
    if _ADVISED_AFTER.match(after):
        return not _OWN_DEMAND.search(text, m.sentence.start, m.sentence.end)
    told = _TOLD_WHO_DECIDES_AFTER.match(after)
    return bool(told) and not _OWN_DEMAND.search(text, m.sentence.start, m.end + told.end())
