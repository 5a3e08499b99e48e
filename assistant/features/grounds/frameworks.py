"""The structure of a maatwerk onderbouwing: the four steps of the Omgekeerde Toets (Stimulansz)
and steps 4 to 6 of the Doorbraakmethode (Westerveen, Kruiter & Lüschen, 2020), filled from what
the engine found. Where the engine cannot know something (the client's own goal, costs avoided),
the step carries a question for the professional instead of an answer. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# The core values (grondwaarden) of the laws the Omgekeerde Toets covers, in our own words, each
# anchored in an article of that law (see corpus/methoden/omgekeerde-toets.md).
GRONDWAARDEN: dict[str, tuple[str, tuple[tuple[str, str | None], ...]]] = {
    "Participatiewet": (
        "Bijstand is het vangnet voor wie niet zelf in de noodzakelijke kosten van bestaan kan voorzien. "
        "De bijstand en de verplichtingen worden afgestemd op de omstandigheden, mogelijkheden en middelen "
        "van de persoon.",
        (("11", "1"), ("18", "1")),
    ),
    "Jeugdwet": (
        "Jeugdigen groeien gezond en veilig op, groeien naar zelfstandigheid en kunnen zelfredzaam meedoen; "
        "hulp sluit aan bij wat het gezin zelf kan.",
        (("2.3", "1"),),
    ),
    "Wmo 2015": (
        "Mensen blijven zo zelfredzaam mogelijk, doen mee en wonen zo lang mogelijk in hun eigen omgeving; "
        "eerst eigen kracht en netwerk, dan een passende voorziening.",
        (("2.3.5", "3"),),
    ),
    "Wgs": (
        "Inwoners met schulden krijgen tijdig integrale hulp, en de gemeente helpt voorkomen dat schulden "
        "onbetaalbaar worden.",
        (("2", "3"),),
    ),
}

CONSEQUENCES: dict[str, str] = {
    "acute_nood": "Zonder snelle oplossing dreigen achterstanden, afsluiting of verlies van de woning. "
    "Herstel daarvan (opvang, schuldhulp, zorg) kost later meer dan een oplossing nu.",
    "wachten_op_andere_organisatie": "Zolang organisaties op elkaar wachten, blijft de persoon zonder inkomen of "
    "hulp. Achterstanden stapelen zich op en het vertrouwen in de overheid neemt af.",
    "schulden": "Schulden groeien door incassokosten en rente. Stress over geld maakt het moeilijker om werk, "
    "zorg of een traject vol te houden.",
    "onevenredig": "De gevolgen van de regel wegen zwaarder dan het doel ervan. Dat leidt vaak tot bezwaar en "
    "beroep, met kosten voor beide kanten.",
    "categorale_uitsluiting": "Wie buiten een regeling valt, komt vaak later terug met zwaardere problemen die "
    "duurder zijn om op te lossen.",
    "beleidsregel": "Een vaste werkwijze die hier niet past, leidt tot herhaalde contacten, bezwaar en escalatie "
    "zonder dat het doel van de regel wordt bereikt.",
}

Q_GOAL = "Wat wil de inwoner zelf bereiken, op korte en op lange termijn? (Vraag het in zijn eigen woorden.)"
Q_EFFECT = "Welk resultaat moet er voor de inwoner zijn bereikt (beschrijf het effect, niet de voorziening)?"
Q_BREAKTHROUGH = "Welke uitzondering is nodig: wie moet wat anders doen, en wanneer?"
Q_COSTS = (
    "Welke kosten worden voorkomen als de doorbraak lukt (bijvoorbeeld opvang, huisuitzetting, schuldhulp, "
    "zorg of uitval uit werk), en wat kost de doorbraak zelf?"
)
Q_LATER = "Wat gebeurt er over een half jaar als er niets verandert, voor de inwoner en voor het gezin?"
Q_INVOLVEMENT = "Hoe helpt deze oplossing de inwoner om weer zelf regie te nemen, en wat doet hij zelf?"
Q_DECIDER = "Wie bij de organisatie kan over deze uitzondering beslissen, en hoe bereikt u die persoon?"


@dataclass(frozen=True)
class GroundRef:
    """What the frameworks need of a proposed ground."""

    law: str
    citation: str
    title: str
    verified: bool
    organisations: tuple[str, ...] = ()
    omgekeerde_toets_law: str | None = None


def _step(title: str, text: str | None, questions: Iterable[str] = (), **extra: Any) -> dict:
    return {"title": title, "text": text, "questions": [q for q in questions if q], **extra}


def omgekeerde_toets(
    *,
    grounds: Sequence[GroundRef],
    kinds: Sequence[str],
    laws_named: Sequence[str] = (),
    breakthrough: str | None = None,
) -> dict:
    """The four steps, in order. Grondwaarden come from the laws of the proposed grounds (and the
    laws the case names) that the Omgekeerde Toets covers."""
    laws: list[str] = []
    for law in [g.omgekeerde_toets_law for g in grounds] + list(laws_named):
        if law in GRONDWAARDEN and law not in laws:
            laws.append(law)
    values = [
        {"law": law, "text": GRONDWAARDEN[law][0], "anchors": [list(a) for a in GRONDWAARDEN[law][1]]}
        for law in laws
    ]
    consequences = " ".join(CONSEQUENCES[k] for k in kinds if k in CONSEQUENCES) or None
    legal = [g.citation + ("" if g.verified else " (niet geverifieerd)") for g in grounds]
    return {
        "gewenst_effect": _step(
            "1. Gewenst effect", breakthrough, [Q_EFFECT if not breakthrough else None, Q_GOAL]
        ),
        "grondwaarden": _step(
            "2. Grondwaarden van de wet",
            None
            if values
            else "Geen van de voorgestelde gronden valt onder de Participatiewet, Jeugdwet, Wmo 2015 of Wgs.",
            ["Past het gewenste effect bij deze grondwaarden? Leg uit waarom."] if values else [],
            values=values,
        ),
        "gevolgen_langere_termijn": _step("3. Gevolgen op langere termijn", consequences, [Q_LATER, Q_COSTS]),
        "juridische_toets": _step(
            "4. Juridische toets",
            "; ".join(legal) if legal else None,
            [] if legal else ["Welke bepaling of afwegingsruimte maakt de oplossing mogelijk?"],
            grounds=[g.citation for g in grounds],
        ),
    }


def doorbraak(
    *,
    grounds: Sequence[GroundRef],
    obstacles: Sequence[tuple[str, str]],  # (label, quote)
    organisations: Sequence[str],  # display names of the organisations involved
    obstacle_text: str | None = None,
    breakthrough: str | None = None,
    acute: bool = False,
) -> dict:
    """Steps 4 to 6 of the Doorbraakmethode."""
    found = [f'{label}: "{quote}"' for label, quote in obstacles]
    step4 = _step(
        "4. De doorbraak",
        breakthrough,
        [None if breakthrough else Q_BREAKTHROUGH],
        obstacle=obstacle_text,
        obstacles_found=found,
    )
    legit = [g.citation + ("" if g.verified else " (niet geverifieerd)") for g in grounds]
    step5 = _step(
        "5. Onderbouwing met de waardendriehoek",
        None,
        [],
        legitimiteit=_step("Legitimiteit", "; ".join(legit) if legit else None,
                           [] if legit else ["Welke wet of regel biedt ruimte voor deze uitzondering?"]),
        rendement=_step("Rendement", None, [Q_COSTS]),
        betrokkenheid=_step("Betrokkenheid", None, [Q_GOAL, Q_INVOLVEMENT]),
    )  # fmt: skip
    actions: list[str] = []
    if acute:
        actions.append(
            "Spoed: leg de vraag binnen enkele dagen voor aan een beslisser, via de escalatielijn als dat nodig is."
        )
    specific = [g for g in grounds if g.omgekeerde_toets_law or g.law not in ("Awb",)]
    for g in specific[:3]:
        actions.append(f"Vraag de organisatie om toepassing van {g.citation} ({g.title.lower()}).")
    general = [g for g in grounds if g not in specific]
    if general:
        actions.append(
            "Vraag om een afweging van de belangen en de gevolgen ("
            + "; ".join(g.citation for g in general)
            + ")."
        )
    if organisations:
        actions.append(
            "Breng "
            + ", ".join(organisations)
            + " samen aan tafel of aan de telefoon als zij op elkaar wachten."
        )
    actions.append(
        "Leg afspraken schriftelijk vast, houd de inwoner op de hoogte en spreek een moment af om terug te kijken."
    )
    step6 = _step("6. Actieplan", None, [Q_DECIDER], actions=actions)
    return {"doorbraak": step4, "onderbouwing": step5, "actieplan": step6}
