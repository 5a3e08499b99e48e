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


# An appeal against a judgment is "hoger beroep" at the higher court the letter names (Awb 8:104,
# Rv 332): never "beroep bij de rechtbank", which is the first instance.
_HIGHER = re.compile(r"(?i)\bhoger\s+beroep\b")
_HIGHER_COURT = re.compile(
    r"\b(?:de\s+)?(Centrale\s+Raad\s+van\s+Beroep|Afdeling\s+bestuursrechtspraak\s+van\s+de\s+Raad\s+van\s+State"
    r"|Raad\s+van\s+State|College\s+van\s+Beroep\s+voor\s+het\s+bedrijfsleven"
    r"|[Gg]erechtshof(?:\s+(?!van\b|in\b|te\b|binnen\b)[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)?|[Hh]of\s+[A-Z][\w'-]+)"
)


def court_where(text: str = "") -> str:
    """Where the letter's words send an appeal: "in hoger beroep gaan bij de Centrale Raad van
    Beroep" when they name hoger beroep, else "in beroep gaan bij de rechtbank"."""
    if not _HIGHER.search(text):
        return "in beroep gaan bij de rechtbank"
    court = _HIGHER_COURT.search(text)
    article = "het " if court and court.group(1).lower().startswith(("gerechtshof", "hof", "college")) else "de "
    return "in hoger beroep gaan" + (f" bij {article}{court.group(1)}" if court else "")


def court_how(route: str, text: str = "") -> str:
    if route == "verzet":
        return "U kunt in verzet gaan bij de rechter. Vraag daar snel hulp bij, want daar geldt een korte termijn."
    return f"U kunt {court_where(text)}. Vraag daar hulp bij, bijvoorbeeld bij het Juridisch Loket."
