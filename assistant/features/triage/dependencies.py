"""Categorie 3: the cues that two organisations depend on each other, the known chains of
situations in which they do, and the detection of dependencies in an intake text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.features.triage.rules import rx
from assistant.knowledge.organisations import OrgFinding, OrgMention
from assistant.text.spans import Span, excerpt

_ANAPHOR = re.compile(
    r"^\W*(?:die|deze|dat|dit|daar\w*|vervolgens|daarna|dan|zij\s+verw\w*|ze\s+verw\w*)\b", re.I
)


# --- interdependence between organisations (categorie 3) --------------------------------------


@dataclass(frozen=True)
class Cue:
    key: str
    label: str  # Dutch: what kind of dependency this is
    pattern: re.Pattern
    needs_two_government: bool = False  # a referral only counts between two overheidsorganisaties


DEPENDENCY_CUES: tuple[Cue, ...] = (
    Cue(
        "wacht",
        "de ene organisatie wacht op de andere",
        rx(
            r"\bwacht(?:en|t|te|ten)?\b(?:\s+\S+){0,4}?\s+op\b|\bin\s+afwachting\s+van\b|\bafwacht\w*|\bzolang\b"
        ),
    ),
    Cue(
        "pas_als",
        "de ene organisatie kan pas handelen als de andere iets doet",
        rx(
            r"\bpas\b(?:\s+\S+){0,8}?\s+(?:als|nadat|wanneer|zodra|na)\b|\beerst\b(?:\s+\S+){0,8}?\s+(?:moet|moeten|nodig|"
            r"klaar|afgerond|voordat|voor)\b|\bvoordat\b"
        ),
    ),
    Cue(
        "blokkeert",
        "het besluit van de ene organisatie blokkeert de andere",
        rx(
            r"\b(?:niet|geen)\s+in\s+behandeling\b|\bnog\s+(?:niet\s+)?(?:loopt|lopen|lopende|afgerond|beslist|besloten)\b|"
            r"\bloopt\s+nog\b|\bblokkeer\w*|\bblokkade\b|\bhoudt\b(?:\s+\S+){0,4}\s+tegen\b|\bgeen\b(?:\s+\S+){0,4}\s+zonder\b|"
            r"\bzonder\b(?:\s+\S+){1,6}\s+(?:kan|kunnen|mag|wil|wordt)\b(?:\s+\S+){0,3}\s+(?:niet|geen)\b|"
            r"\bkan\s+(?:niet|geen)\b(?:\s+\S+){0,6}\s+omdat\b"
        ),
    ),
    Cue(
        "gevolg",
        "een besluit van de ene organisatie heeft gevolgen bij de andere",
        rx(
            r"\bwaardoor\b|\bdoordat\b|\bmet\s+als\s+gevolg\b|\bals\s+gevolg\s+(?:waarvan|daarvan|van)\b|\bverreken\w*"
        ),
    ),
    Cue(
        "afhankelijk",
        "de organisaties zijn van elkaar afhankelijk",
        rx(r"\bafhankelijk\w*|\bhangt\b(?:\s+\S+){0,3}\s+af\s+van\b|\bop\s+elkaar\b"),
    ),
    Cue(
        "kastje_muur",
        "de organisaties sturen cliënt van de een naar de ander",
        rx(
            r"\bkastje\s+naar\s+de\s+muur\b|\bheen\s+en\s+weer\b|\bnaar\s+elkaar\b|\bzegt\s+dat\b(?:\s+\S+){0,3}\s+"
            r"(?:moet|moeten|gaat|over\b)"
        ),
    ),
    Cue(
        "verwijst",
        "de ene organisatie verwijst cliënt door naar de andere",
        rx(
            r"\b(?:verwijst|verwees|verwezen|stuurt|stuurde|gestuurd)\b(?:\s+\S+){0,3}\s+(?:door|terug)\b|"
            r"\bdoorverw\w*|\bdoorgestuurd\b|\bterugverw\w*|\bdoor\s+naar\s+(?:de|het)\b"
        ),
        needs_two_government=True,
    ),
)


# Homelessness: a known chain, and (with more phrasings) an urgency signal.
HOMELESS = rx(
    r"\bdakloos\w*|\bthuisloos\w*|\bgeen\s+(?:vast\s+|vaste\s+)?(?:woonadres|adres|woonplek|verblijfplaats|dak\s+boven)|"
    r"\bop\s+straat\s+(?:leeft|leven|slaapt|slapen|woont|wonen|beland\w*|terechtgekomen)|\bbankslaper\w*|"
    r"\bslaapt\b(?:\s+\S+){0,4}\s+op\s+de\s+bank\b|\bnachtopvang\b|\bdaklozenopvang\b|\bzwerft\b"
)


# --- known chains: situations in which organisations depend on each other ----------------------


@dataclass(frozen=True)
class Chain:
    key: str
    label: str
    pattern: re.Pattern
    implies: tuple[str, ...]  # kaart ids that are involved when this situation is present
    explanation: str


CHAINS: tuple[Chain, ...] = (
    Chain(
        "dakloos",
        "dakloosheid",
        HOMELESS,
        ("gemeente", "woningcorporatie"),
        "Zonder vast adres (briefadres bij de gemeente) lopen uitkering, zorgverzekering en post vast, en "
        "zonder inkomen is er geen woning: opvang, inkomen en woning hangen van elkaar af.",
    ),
    Chain(
        "nalatenschap",
        "afwikkeling van een nalatenschap",
        rx(
            r"\bnalatenschap\w*|\berfenis\w*|\berfgena(?:am|men)\b|\bboedel\w*|\bverklaring\s+van\s+erfrecht\b|\bexecuteur\w*"
        ),
        ("belastingdienst", "notaris"),
        "Bij een nalatenschap wachten instanties en bank op de verklaring van erfrecht (notaris), en de "
        "aangifte en erfbelasting (Belastingdienst) op het overzicht van de boedel.",
    ),
)


@dataclass
class Dependency:
    kind: str
    label: str
    quote: str
    units: list[str]


def find_dependencies(
    text: str,
    spans: Sequence[Span],
    mentions: Sequence[OrgMention],
    findings: dict[str, OrgFinding],
    gov_units: set[str],
) -> list[Dependency]:
    """Sentences with a dependency cue that name at least two involved organisations."""

    def units_in(span: Span) -> list[str]:
        out = []
        for m in mentions:
            f = findings.get(m.org_id)
            if f and f.involved and span.start <= m.start < span.end and f.unit not in out:
                out.append(f.unit)
        for f in findings.values():  # organisations implied by a situation in this sentence
            if f.via == "situatie" and f.involved and span.start <= f.first < span.end and f.unit not in out:
                out.append(f.unit)
        return out

    found: list[Dependency] = []
    for i, span in enumerate(spans):
        sentence = text[span.start : span.end]
        for cue in DEPENDENCY_CUES:
            if not cue.pattern.search(sentence):
                continue
            units = units_in(span)
            window = span
            if len(units) < 2 and i > 0 and (_ANAPHOR.match(sentence) or cue.key == "verwijst"):
                window = Span(spans[i - 1].start, span.end)
                units = units_in(window)
            # An employer can be part of a dependency (it waits for, or blocks, an overheidsorganisatie);
            # it still never counts as an organisation for the category itself.
            gov = [u for u in units if u in gov_units]
            if len(units) < 2 or not gov or (cue.needs_two_government and len(gov) < 2):
                continue
            found.append(Dependency(cue.key, cue.label, excerpt(text, window, 240), units))
            break
    return found
