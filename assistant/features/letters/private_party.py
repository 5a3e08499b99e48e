"""Signs that a sender missing from the sociale kaart is a private party (no bestuursorgaan, Awb 1:1).

Two general signs, each from the letter itself:
- its own name ends in the head of a private kind in the kaart ("... Verzekeringen": the head of
  "zorgverzekering"), the way Dutch firms name their trade;
- it writes of a private-law agreement between itself and the reader ("je hebt bij ons een
  arbeidsovereenkomst", "uw contract met ons"), or of the reader working for it: a bestuursorgaan
  decides, it does not contract.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MIN_HEAD = 6  # shorter words ("bank", "zorg") are too common inside other names

# an agreement the sender itself is a party to: "bij/met ons ... overeenkomst", "onze overeenkomst"
_AGREEMENT = r"(?:arbeids|leverings|verzekerings|zorg)?(?:overeenkomst|contract)"
_OWN_AGREEMENT = re.compile(
    rf"(?i)\b(?:(?:bij|met)\s+ons\s+(?:\w+\s+){{0,3}}(?:een\s+|de\s+|je\s+|uw\s+)?{_AGREEMENT}"
    rf"|(?:je|uw)\s+{_AGREEMENT}\s+(?:bij|met)\s+ons"
    rf"|onze\s+{_AGREEMENT})\b"
)


def _singular(word: str) -> str:
    """ "verzekeringen" -> "verzekering"; "diensten" -> "dienst" (a plural's -en dropped)."""
    return word[:-2] if word.endswith("en") and len(word) > _MIN_HEAD + 2 else word


def named_as_private_kind(name: str, organisations: Iterable) -> bool:
    """The last word of the sender's own name ends a private kind's one-word alias in the kaart (its
    compound head): Dutch firms put their trade last ("Rivierstad Verzekeringen"); a legal form put
    first ("Stichting ...") says nothing."""
    words = re.findall(r"[^\W\d_]+", name)
    heads = {_singular(words[-1].lower())} if words else set()
    heads = {h for h in heads if len(h) >= _MIN_HEAD}
    for org in organisations:
        if org.government:
            continue
        for alias in (org.name, *org.aliases):
            alias = alias.lower()
            if " " not in alias and any(alias.endswith(h) for h in heads):
                return True
    return False


# the reader works or worked for the sender ("nu je niet meer bij ons werkt", "sinds u bij ons in dienst
# bent"), or the sender signs as a payroll or personnel department: an employer, bound to the reader by
# an arbeidsovereenkomst (BW 7:610), not a bestuursorgaan deciding on the reader
_EMPLOYER = re.compile(
    r"(?i)\bbij\s+ons\s+(?:in\s+dienst|(?:ge)?werk(?:t|te|en|d)?)\b"
    r"|\b(?:salaris|loon|personeels)administratie\b|\bpersoneelszaken\b"
)


def writes_own_agreement(text: str) -> bool:
    """The letter speaks of an agreement between the sender ("ons") and the reader, or of the reader
    working for the sender."""
    return bool(_OWN_AGREEMENT.search(text) or _EMPLOYER.search(text))
