"""How the explanation says what the reader can do against a letter, in B1 Dutch. Pure."""

from __future__ import annotations

import re

from assistant.features.letters.kinds import KIND_LABELS, NOT_DECISION_KINDS

DEFAULT_HOW = (
    "De brief zegt niets over bezwaar. Meestal kunt u bezwaar maken tegen een besluit. "
    "U heeft daarvoor zes weken na de datum van de brief. Vraag na of dat hier ook zo is."
)
_WHAT_TO_WRITE = (
    " Schrijf in uw brief: uw naam en adres, de datum, over welke brief het gaat (het kenmerk)"
    " en waarom u het er niet mee eens bent. Zet uw handtekening eronder."
)


def closed_how(kind: str) -> str:
    """Why bezwaar is not possible, by the letter's kind (or its own words)."""
    if kind == "beslissing_op_bezwaar":
        return "U heeft al bezwaar gemaakt. Dit is de beslissing daarop. Nog een keer bezwaar maken kan niet."
    if kind == "aankondiging":
        return "Dit is nog geen besluit, maar een plan. U kunt daarom nog geen bezwaar maken."
    if kind in NOT_DECISION_KINDS:
        return f"Dit is een {KIND_LABELS[kind]}. Dat is geen besluit. Daarom kunt u geen bezwaar maken."
    return "De brief zegt dat u tegen deze brief geen bezwaar kunt maken."


def open_how(text: str, objection: bool) -> str:
    """How to object (bezwaar) or appeal to the officier van justitie, from the clause's own words."""
    channels = []
    mijn = re.search(r"\bMijn [A-Za-z][\w]+", text)
    if mijn:
        channels.append(f"online via {mijn.group(0)}")
    if re.search(r"(?i)\bbrief\b|per post|schriftelijk|bezwaarschrift", text):
        channels.append("met een brief")
    if re.search(r"(?i)website|digitaal|DigiD", text) and not mijn:
        channels.append("via de website")
    how = " " + " of ".join(channels) if channels else ""
    if objection:
        return f"Maak bezwaar{how}.{_WHAT_TO_WRITE}"
    who = " bij de officier van justitie" if re.search(r"(?i)officier van justitie", text) else ""
    return f"Ga in beroep{who}{how}."


def court_how(route: str) -> str:
    if route == "verzet":
        return "U kunt in verzet gaan bij de rechter. Vraag daar snel hulp bij, want daar geldt een korte termijn."
    return (
        "U kunt in beroep gaan bij de rechtbank. Vraag daar hulp bij, bijvoorbeeld bij het Juridisch Loket."
    )
