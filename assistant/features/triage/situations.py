"""Situations in an intake text that imply an organisation (the question is about it) or suggest
one worth considering, each with the question the professional may ask."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.features.triage.rules import SUBJ, TURNING_18, rx

# Danger at home: a situation, and an urgency signal.
DANGER = rx(
    r"\bhuiselijk\s+geweld\b|\bmishandel\w*|\bslaat\b(?!\s+op\b)|\bgeslagen\b|\bbedreig\w*|\bonveilig\w*|"
    r"\bdreig(?:ende|end|de|t)\b(?:\s+\S+){0,2}?\s+(?:berichten|appjes|sms\w*|telefoontjes|taal|woorden)\b|"
    r"\bdreig(?:t|de|en)\b(?:\s+\S+){0,3}?\s+(?:iets\s+aan\s+te\s+doen|te\s+slaan|te\s+vermoorden|pijn\s+te\s+doen)\b|"
    r"\bstalk\w*|\bintimid\w*"
)


# --- situations that imply an organisation, and organisations worth considering --------------


@dataclass(frozen=True)
class Situation:
    key: str
    label: str
    pattern: re.Pattern
    implies: tuple[str, ...] = ()  # involved (the question itself is about this organisation)
    suggests: tuple[str, ...] = ()  # worth considering; not counted for the category
    question: str = ""
    requires_unit: tuple[str, ...] = ()  # only when one of these units is involved


SITUATIONS: tuple[Situation, ...] = (
    Situation(
        "verblijf",
        "vraag over verblijf in Nederland",
        rx(
            rf"\b(?:mag|mogen|kan|kunnen|zou|zouden)\s+(?:\S+\s+){{0,4}}?in\s+nederland\s+(?:blijven|wonen)\b|\b{SUBJ}\s+"
            r"(?:hier|in\s+nederland)\s+(?:mag|mogen)\s+blijven\b"
        ),
        implies=("ind",),
    ),
    Situation(
        "mag_werken",
        "vraag of cliënt mag werken",
        rx(
            rf"\b(?:mag|mogen|zou|zouden)\s+{SUBJ}\s+(?:\S+\s+){{0,2}}?(?:mogen\s+)?werken\b|\bof\s+{SUBJ}\s+"
            r"(?:hier\s+|in\s+nederland\s+)?(?:mag|mogen)\s+werken\b|\bwerkvergunning\w*"
        ),
        implies=("uwv",),
    ),
    Situation(
        "achttien",
        "jeugdhulp stopt bij 18 jaar",
        TURNING_18,
        implies=("gemeente",),
        question="Wat is er al geregeld voor na het 18e jaar (verlengde jeugdhulp, wonen, inkomen, zorgverzekering)?",
        requires_unit=("jeugdzorg", "gecertificeerde-instelling"),
    ),
    Situation(
        "verslaving",
        "alcohol- of drugsgebruik",
        rx(
            r"\bdrink(?:t|en)\b(?:\s+\S+){0,2}?\s+(?:te\s+)?(?:veel|teveel)\b|\balcohol\w*|\bverslav\w*|\bverslaafd\w*|"
            r"\bdrugs\w*|\bblowt\b|\bgokt\b|\bgokken\b"
        ),
        implies=("verslavingszorg",),
    ),
    Situation(
        "woning_zoeken",
        "woning nodig",
        rx(
            # within one sentence: "… en een woning hier. Inburgering heeft hij …" is no housing question
            r"\b(?:een|geen|nieuwe|andere|eigen|grotere|kleinere|betaalbare)\s+(?:huur)?(?:woning|huis|woonruimte|kamer)\b"
            r"(?:\s+[^\s.;:!?]+){0,3}?\s+(?:vinden|vindt|zoeken|zoekt|heeft|hebben|krijgen|krijgt|nodig)\b|\bwoningzoekend\w*"
        ),
        implies=("woningcorporatie",),
    ),
    Situation(
        "werkgever",
        "werk bij een werkgever",
        rx(
            r"\bwaar\s+(?:hij|zij|ze|cl\w*)\s+(?:\S+\s+)?werk(?:t|te|ten)\b|\bvan\s+(?:haar|zijn)\s+werk\s+(?:gekregen|heeft|krijgt)"
        ),
        implies=("werkgever",),
    ),
    Situation(
        "ontslag",
        "ontslag of werkloosheid",
        rx(
            r"\bontslagen\b|\bontslag\b|\bwerkloos\w*|\bbaan\s+kwijt\b|\bcontract\b(?:\s+\S+){0,3}\s+(?:niet\s+verlengd|afgelopen)"
        ),
        suggests=("uwv",),
        question="Is er na het einde van het werk WW aangevraagd bij het UWV?",
    ),
    Situation(
        "overlijden",
        "overlijden van een partner of ouder",
        rx(r"\boverl(?:eden|ijden|eed)\b|\bweduw\w*"),
        suggests=("svb", "pensioenfonds"),
        question="Zijn de nabestaandenregelingen nagegaan (Anw bij de SVB, nabestaandenpensioen)?",
    ),
    Situation(
        "studeren",
        "studie of opleiding",
        rx(r"\bstuder\w*|\bstudie\b|\bopleiding\w*|\bmbo\b|\bhbo\b"),
        suggests=("duo",),
        question="Is studiefinanciering bij DUO een optie of al aangevraagd?",
    ),
    Situation(
        "schulden",
        "schulden",
        rx(
            r"\bschuld(?:en)?\b|\bbetalingsachterstand\w*|\bachterstand\w*|\bterugbetal\w*|\bterugvorder\w*|\bpenarie\b|"
            r"\bbeslag\w*|\bdeurwaarder\w*|\baanmaning\w*|(?<!automatische\s)\bincasso\w*"
        ),
        suggests=("gemeente-schuldhulp",),
        question="Hoe hoog zijn de schulden ongeveer en bij wie? Is er beslag of een betalingsregeling?",
    ),
    Situation(
        "post",
        "moeite met post en administratie",
        rx(
            r"\b(?:lezen\s+en\s+schrijven|laaggeletterd\w*|post\b|brieven\b|formulier\w*|administratie\b|overzicht\b"
            r"(?:\s+\S+){0,4}\s+kwijt|regelzaken)\b"
        ),
        suggests=("sociaal-raadslieden", "humanitas"),
        question="Welke brieven liggen er nog, en van welke organisaties? Kan cliënt ze meenemen naar het volgende gesprek?",
    ),
    Situation(
        "veiligheid",
        "onveiligheid of geweld",
        DANGER,
        suggests=("veilig-thuis",),
        question="Is iedereen nu veilig? Wie weet van de situatie?",
    ),
    Situation(
        "psychisch",
        "psychische klachten of trauma",
        rx(
            r"\btrauma\w*|\bdepress\w*|\bslaapt\s+slecht\b|\bslapeloos\w*|\bpsychisch\w*|\bburn-?out\b|\bangst\w*|"
            r"\bgespannen\b|\bstress\b|\bverdriet\b|\bvan\s+slag\b"
        ),
        suggests=("huisarts",),
        question="Heeft cliënt steun of behandeling voor de psychische klachten? Is de huisarts op de hoogte?",
    ),
    Situation(
        "laag_inkomen",
        "laag of geen inkomen",
        rx(
            r"\bgeen\s+(?:\S+\s+)?inkomen\b|\bweinig\s+inkomen\b|\blaag\s+inkomen\b|\bfinancieel\b|\brondkomen\b|"
            r"\b\d+\s*euro\s+per\s+maand\b|\bgeen\s+geld\b"
        ),
        suggests=("gemeente-werk-inkomen", "toeslagen"),
        question="Wat is het inkomen van het huishouden, en is een inkomenscheck gedaan (toeslagen, bijzondere bijstand, minimaregelingen)?",
    ),
    Situation(
        "bezwaar",
        "bezwaar of juridische termijn",
        rx(r"\bbezwaar\w*|\bberoep\s+(?:instellen|aantekenen)\b|\bafwijzing\w*|\bafgewezen\b"),
        suggests=("juridisch-loket", "sociaal-raadslieden"),
        question="Wat is de datum van het besluit, en loopt de bezwaartermijn van zes weken nog?",
    ),
)
