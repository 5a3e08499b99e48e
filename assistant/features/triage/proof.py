"""A document an organisation issued, named only as proof the writer has seen or filed: "het diploma van DUO
heb ik gezien (kopie in dossier)", "de beschikking van het UWV heb ik ingezien". The issuer is no party to
the question when nothing in the sentence is wrong, open or asked; it is listed as named, to check.
"""

from __future__ import annotations

import re

from assistant.features.triage.income import NOT_PLAIN
from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE

PROOF = "alleen genoemd als stuk dat als bewijs gezien is"

_DOCUMENT = re.compile(
    r"\b\w*(?:diploma|verklaring|beschikking|brief|jaaropgave|uitdraai|overzicht|bewijs|loonstro\w+|polis|afschrift|"
    r"aanslag|paspoort|vergunning|contract|certificaat|uittreksel|uitslag)\w*\b",
    _F,
)
# The writer has seen, checked or filed it: "heb ik gezien", "hebben we ingezien", "kopie in dossier".
_SEEN = re.compile(
    r"\b(?:heb|hebben|heeft)\s+(?:ik|we|wij|de\s+consulent)\s+(?:\S+\s+){0,2}?(?:gezien|ingezien|gecontroleerd|"
    r"gekopieerd)\b|\b(?:gezien|ingezien|gekopieerd)\s+door\s+(?:mij|ons)\b|\bkopie\s+(?:\S+\s+)?in\s+(?:het\s+|ons\s+)?"
    r"dossier\b",
    _F,
)


def only_proof(text: str, m: OrgMention) -> bool:
    """Is the mention's sentence only a document the writer has seen or filed, with nothing open in it?"""
    sentence = text[m.sentence.start : m.sentence.end]
    return bool(_SEEN.search(sentence) and _DOCUMENT.search(sentence)) and not NOT_PLAIN.search(sentence)
