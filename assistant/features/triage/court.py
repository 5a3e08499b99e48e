"""A court whose judgment the note reports as given has done its part (a general reading of notes)."""

from __future__ import annotations

import re
from typing import Any

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
_RULED = re.compile(
    r"\b(?:heeft|hebben|had)\b(?:\s+\S+){0,10}?\s+(?:ontbonden|toegestaan|toegewezen|afgewezen|veroordeeld|"
    r"uitgesproken|vastgesteld|bepaald|benoemd|goedgekeurd)\b|\b(?:vonnis|uitspraak|beschikking)\s+(?:\S+\s+){0,3}?"
    r"(?:gewezen|gedaan|gegeven)\b|"
    # a judgment a party obtained: "heeft bij de kantonrechter een ontruimingsvonnis gekregen"
    r"\w*(?:vonnis|uitspraak)\b(?:\s+\S+){0,4}?\s+(?:gekregen|verkregen)\b|"
    # a judgment that lies there: "er ligt een vonnis", "er is al een uitspraak"
    r"\ber\s+(?:ligt|is|lag|was)\s+(?:al\s+|inmiddels\s+)?een\s+\w*(?:vonnis|uitspraak)\b|"
    # a judgment reported as a heading: "Vonnis kantonrechter 3-4: huur ontbonden, ontruiming toegewezen"
    r"\b(?:vonnis|uitspraak|beschikking)\b[^.;:]{0,40}:[^.;]{0,60}?\b(?:ontbonden|toegewezen|afgewezen|toegestaan|"
    r"uitgesproken|vastgesteld)\b",
    _F,
)
_PENDING_AT_COURT = re.compile(
    r"\b(?:hoger\s+beroep|beroep\s+(?:ingesteld|loopt)|zitting|verzoek\w*\s+(?:\S+\s+)?(?:ingediend|loopt)|"
    r"procedure\s+loopt|nog\s+niet\s+beslist|moet\s+nog|wacht\w*\s+op)\b",
    _F,
)

# The court in a condition still to be met: "pas … wanneer de rechtbank … heeft uitgesproken".
_CONDITION_BEFORE = re.compile(r"\b(?:als|wanneer|zodra|nadat|totdat|tot|voordat|tenzij|zolang)\s+(?:\S+\s+){0,2}$", _F)


def court_has_ruled(text: str, m: OrgMention, org: Any) -> bool:
    """A court whose judgment the note reports as given ("de kantonrechter heeft de huurovereenkomst
    ontbonden") has done its part: what follows is for the parties and the deurwaarder. It is a party
    again only while a procedure runs there (hoger beroep, a zitting, a verzoek that is pending)."""
    if getattr(org, "kind", "") != "rechtspraak":
        return False
    sentence = text[m.sentence.start : m.sentence.end]
    if _CONDITION_BEFORE.search(text, m.sentence.start, m.start):
        return False  # "pas … wanneer de rechtbank de scheiding heeft uitgesproken": a judgment still to come
    return bool(_RULED.search(sentence)) and not _PENDING_AT_COURT.search(sentence)
