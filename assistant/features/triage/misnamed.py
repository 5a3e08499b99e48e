"""Mentions whose words name another organisation than the kaart term they match (general readings):
- the note corrects the client ("de brief is niet van de Belastingdienst maar van de gemeente"): the
  organisation the client confused is no party anywhere in the note;
- the home is rented privately ("particuliere huurwoning", "huurt particulier"): "de verhuurder" is
  then a private landlord, not the woningcorporatie the word stands for elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE

_LANDLORD_WORDS = frozenset({"verhuurder", "huisbaas"})
_PRIVATE_RENTAL = re.compile(
    r"\bparticulier\w*\s+(?:\S+\s+)?(?:verhuurder|huisbaas|huurwoning|huurhuis|woning|kamer|huur)\b|"
    r"\bhuur(?:t|de|en)?\s+(?:\S+\s+)?particulier\b|\b(?:verhuurder|huisbaas)\s+is\s+(?:een\s+)?particulier",
    _F,
)

# The note corrects the client: "de brief is niet van de Belastingdienst maar van de gemeente".
_NOT_BEFORE = re.compile(
    r"\bniet\s+(?!alleen\b|enkel\b|meer\b)(?:(?:van|bij|door|naar|om)\s+)?(?:de\s+|het\s+|een\s+)?$", _F
)
_BUT_AFTER = re.compile(r"[\w\-]*\)?\s*,?\s+maar\s+(?:(?:van|bij|door|naar|om)\s+)?", _F)


def confused_units(text: str, mentions: Sequence[OrgMention], unit: Callable[[str], str]) -> set[str]:
    """The organisations the note says the client confused with another ("is niet van X maar van Y"):
    none of their mentions is a party. Y must be another organisation named right after "maar"."""
    out: set[str] = set()
    for m in mentions:
        if not _NOT_BEFORE.search(text, max(m.sentence.start, m.start - 30), m.start):
            continue
        but = _BUT_AFTER.match(text, m.end, m.sentence.end)
        if but and any(
            o.start - but.end() <= 8 and o.start >= but.end() and unit(o.org_id) != unit(m.org_id)
            for o in mentions
        ):
            out.add(unit(m.org_id))
    return out


def private_landlord(text: str, m: OrgMention) -> bool:
    """Is the mention "de verhuurder" or "de huisbaas" in a note that says the home is rented privately?"""
    return m.alias.lower() in _LANDLORD_WORDS and bool(_PRIVATE_RENTAL.search(text))
