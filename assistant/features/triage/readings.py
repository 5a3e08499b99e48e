"""Words that look like an organisation but name something else (general readings of Dutch notes).
`is_organisation_reading` decides for one mention; among the readings it rules out:
- a job ("werkt als … bij de gemeente"), a place ("in onze gemeente", "in de gemeente Utrecht"), common
  words ("vast werk en inkomen"), a document without an event, a department of another organisation,
  the writer's own header, a private landlord;
- the client's workplace, named by a relative clause after it ("de kwekerij waar hij werkt");
- a desk of another, named organisation ("de contactpersoon incasso bij Woonpartners");
- a bare noun after "op", "naar" or "voor" without an article, an activity or a place ("ruzie op school",
  "boeken voor school");
- where the client lay or stayed before ("lag in augustus in het ziekenhuis"); lying there now
  ("ligt sinds maandag in het ziekenhuis") is the present situation and may make it a party;
- the destination of trips ("de taxiritten naar het ziekenhuis"): travel, not a question for it; a place
  the client moved out of ("uit het azc verhuisd"); a provider the client switched from ("van bank gewisseld").
"""

from __future__ import annotations

import re
from typing import Any

from assistant.features.triage.background import compound_of_something_else
from assistant.features.triage.letterhead import in_header
from assistant.features.triage.misnamed import private_landlord
from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
_WORKPLACE_AFTER = re.compile(
    r"[\w\-]*\s+(?:waar|waarvoor)\s+(?:ze|zij|hij|cl\.?|mw\.?|dhr\.?|mevrouw|meneer)\s+(?:nu\s+|sinds\s+\S+\s+)?"
    r"(?:werkt|werken|stage\s+loopt)\b",
    _F,
)
_OF_NAMED_ORG_AFTER = re.compile(r"[ \t]+(?:bij|van)\s+(?:de\s+|het\s+)?[A-Z][\w\-]+")
_BARE_PLACE_BEFORE = re.compile(r"\b(?:op|naar|voor)\s+$", _F)
# A place the client moved out of: "is in mei uit het azc verhuisd".
_OUT_OF_BEFORE = re.compile(r"\buit\s+(?:het\s+|de\s+)?$", _F)
_MOVED_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:verhuisd|vertrokken|weggegaan|weggetrokken)\b", _F)
# A bare noun after "van" with a verb of switching: "van bank gewisseld", "wil van zorgverzekeraar veranderen".
_FROM_BEFORE = re.compile(r"\bvan\s+$", _F)
_SWITCH_AFTER = re.compile(
    r"\s+(?:\S+\s+){0,2}?(?:gewisseld|wisselen|wisselt|wisselde|veranderd|veranderen|overgestapt|overstappen|overstapt)\b",
    _F,
)
# A bare noun (no article) after "per", or after "via" in a clause about paying, is a means: "per post",
# "betaalt per incasso", "de huur loopt via incasso".
_MEANS_BEFORE = re.compile(r"\bper\s+(?:automatische\s+)?$", _F)
_VIA_BEFORE = re.compile(r"\bvia\s+(?:automatische\s+)?$", _F)
_PAYMENT = re.compile(r"\b(?:betaal\w*|betaald|loopt|lopen|vaste\s+lasten|huur|premie|afgeschreven)\b", _F)
# "de gemeentelijke belastingdienst": the gemeente's own desk, not the national organisation of that name.
MUNICIPAL_BEFORE = re.compile(r"\bgemeentelijke\s+$", _F)
_STAYED_IN_BEFORE = re.compile(
    r"\b(?:lag|lagen|verbleef|verbleven)\s+(?:[^\s,;:.]+\s+){0,5}?in\s+(?:het\s+|de\s+)?$|"
    # a trip to a place is about travel (costs), not a question for it: "ritten naar het ziekenhuis"
    r"\b(?:rit|ritten|ritjes|reis|reizen|reiskosten|vervoer|taxi\w*|bezoek|bezoeken|bezoekjes)\s+"
    r"(?:[^\s,;:.]+\s+){0,2}?(?:naar|aan)\s+(?:het\s+|de\s+)?$",
    _F,
)


def another_reading(text: str, m: OrgMention, org: Any, before: str) -> bool:
    """Does the mention name something other than the organisation (`before`: the text before it in
    its sentence)? Only a lowercase common word ("school", "incasso") is read so; a name is a name,
    and a gemeente desk stays the gemeente."""
    if _WORKPLACE_AFTER.match(text, m.end):
        return True
    term = text[m.start : m.end]
    if not term.islower() or org.kind == "gemeente":
        return False
    if _OF_NAMED_ORG_AFTER.match(text, m.end):
        return True
    if _MEANS_BEFORE.search(before) or (_VIA_BEFORE.search(before) and _PAYMENT.search(before)):
        return True  # "betaalt per incasso", "de vaste lasten gaan via incasso": a way of paying
    if m.via == "naam" and _OUT_OF_BEFORE.search(before) and _MOVED_AFTER.match(text, m.end):
        return True  # "is uit het azc verhuisd": a place the client left
    if m.via == "naam" and _FROM_BEFORE.search(before) and _SWITCH_AFTER.match(text, m.end):
        return True  # "nadat hij van bank was gewisseld": the client's own provider, changed
    return m.via == "naam" and bool(_BARE_PLACE_BEFORE.search(before) or _STAYED_IN_BEFORE.search(before))


# "de", "haar", "datzelfde": the words that open the place where someone works.
_DETERMINER = r"(?:de|het|een|haar|zijn|hun|die|dat|deze|dit|dezelfde|datzelfde|hetzelfde)"
# Where the client works ("werkt sinds kort 4 uur minder bij haar werkgever", "in de flexpool van datzelfde
# ziekenhuis"): the job, not an organisation in the question; the clause does not run past a comma.
_JOB_BEFORE = re.compile(
    r"\b(?:werk\w*|baan|bijbaan|stage\w*|opgeleid|beroep)\b[^.;:!?]{0,40}?\bals\s+(?:een\s+|de\s+)?$|"
    r"\b(?:werk(?:t|te|ten|en)|werkzaam|stage\s+(?:loopt|liep))(?:\s+[^\s,;:]+){0,6}?\s+(?:in|bij|op)\s+"
    rf"{_DETERMINER}\s+(?:[\w']+\s+van\s+{_DETERMINER}\s+)?$",
    _F,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|uit|naar|buiten|binnen)\s+(?:onze|deze|die|dezelfde|een\s+andere|andere|haar|zijn|hun|jullie|uw)\s+$",
    _F,
)
_PLACE_NAME_AFTER = re.compile(r"^\s+[A-Z][a-zà-ÿ]+")  # "in de gemeente Utrecht"
# "sinds 2025 in de gemeente." / "woont in de gemeente": where someone lives (the organisation is "bij de gemeente").
_IN_PLACE_BEFORE = re.compile(r"\bin\s+de\s+$", _F)
_CLAUSE_ENDS_AFTER = re.compile(r"^\s*(?:[.,;:!?)]|$)")
_REGISTERED = re.compile(r"\b(?:ingeschreven|inschrijving|uitgeschreven)\b", _F)
_IN_BEFORE = re.compile(r"\b(?:in|uit|naar|woont|wonen|woonde)\s+(?:de\s+)?$", _F)
_COMMON_BEFORE = re.compile(
    r"\b(?:zijn|haar|hun|mijn|uw|vast|vaste|eigen|geen|goed|goede|voldoende|stabiel|stabiele|genoeg)\s+$", _F
)
DOCUMENTS = frozenset(
    {
        "paspoort",
        "identiteitskaart",
        "id-kaart",
        "identiteitsbewijs",
        "uittreksel",
        "rijbewijs",
        "verblijfsvergunning",
        "verblijfsdocument",
        "verblijfspas",
    }
)
_DOCUMENT_EVENT = re.compile(
    r"\bverl(?:oop|iep|open)\w*|\bkwijt\b|\bgestolen\b|\baan(?:vra\w*|gevraagd)\b|\bverleng\w*|\bvernieuw\w*|"
    r"\bverstrek\w*|\bnieuwe?\b|\bophal\w*|\bingenomen\b|\bvervallen\b|\bongeldig\b|\bgeen\s+geldig\w*|"
    r"\bingetrokken\b|\bintrek\w*",
    _F,
)
_DEPARTMENT_BEFORE = re.compile(r"\b(?:afdeling|afd\.)\s*$", _F)


def is_organisation_reading(text: str, m: OrgMention, org: Any) -> bool:
    """Does the mention name the organisation, rather than a job, a place, a document, a desk of
    another organisation or common words?"""
    before = text[max(m.sentence.start, m.start - 80) : m.start]
    term = text[m.start : m.end]
    if private_landlord(text, m):
        return False
    if _JOB_BEFORE.search(before) or in_header(text, m) or compound_of_something_else(text, m):
        return False
    if org.kind != "gemeente" and (_DEPARTMENT_BEFORE.search(before) or MUNICIPAL_BEFORE.search(before)):
        return False  # "de afdeling incasso van de leverancier": a department of another organisation
    if another_reading(text, m, org, before):
        return False
    if org.kind == "gemeente" and term.lower().startswith("gemeente"):
        if _PLACE_BEFORE.search(before):
            return False
        if _IN_BEFORE.search(before) and _PLACE_NAME_AFTER.match(text[m.end : m.end + 30]):
            return False
        if (
            _IN_PLACE_BEFORE.search(before)
            and _CLAUSE_ENDS_AFTER.match(text[m.end : m.end + 3])
            and not _REGISTERED.search(before)
        ):
            return False
    if _common_noun_reading(m, term, before):
        return False
    if m.alias.lower() in DOCUMENTS and m.via == "regeling":
        return bool(_DOCUMENT_EVENT.search(around_mention(text, m)))
    return True


def around_mention(text: str, m: OrgMention, reach: int = 40) -> str:
    """The words next to a mention, within its clause (up to , ; : or brackets)."""
    before = re.split(r"[,;:()]", text[max(m.sentence.start, m.start - reach) : m.start])[-1]
    after = re.split(r"[,;:()]", text[m.end : min(m.sentence.end, m.end + reach)])[0]
    return f"{before} {text[m.start : m.end]} {after}"


def _common_noun_reading(m: OrgMention, term: str, before: str) -> bool:
    """A name of several capitalised words ('Werk en Inkomen') written in lowercase after a possessive
    or adjective ('vast werk en inkomen') is the common words, not the name."""
    words = m.alias.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return (
        len(words) >= 2 and capitalised >= 2 and term == term.lower() and bool(_COMMON_BEFORE.search(before))
    )
