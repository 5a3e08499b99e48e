"""Spoed: the signals that a solution is needed within weeks, each with a next step, and their
detection in an intake text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.features.triage.dependencies import HOMELESS
from assistant.features.triage.rules import NUM, TURNING_18, first_unnegated, has_unit, rx
from assistant.features.triage.situations import DANGER
from assistant.knowledge.organisations import OrgFinding
from assistant.text.spans import Span, excerpt, sentence_at


@dataclass(frozen=True)
class Signal:
    key: str
    label: str
    pattern: re.Pattern
    step: str  # Dutch next step when this signal is present


URGENCY_SIGNALS: tuple[Signal, ...] = (
    Signal(
        "geen_inkomen",
        "geen inkomen",
        rx(
            r"\bgeen\s+(?:eigen\s+|enkel\s+)?inkomen\b|\bgeen\s+(?:\S+\s+)?inkomsten\b|\bzonder\s+(?:\S+\s+)?inkomen\b|\bgeen\s+(?:enkel\s+)?geld\b(?:\s+\S+){0,2}\s+"
            r"(?:voor|om|meer)\b|\bgeen\s+geld\s*(?:meer|[.,;]|$)|\bfinancieel\b(?:\s+\S+){0,3}\s+aan\s+de\s+grond\b|\bgeen\s+eten\b|"
            r"\bniets\s+(?:meer\s+)?te\s+eten\b|\binkomen\s+(?:valt|viel|is)\s+(?:weg|gestopt)\b|\buitkering\s+(?:is\s+|wordt\s+)?"
            r"(?:stopgezet|gestopt|beëindigd|ingetrokken|opgeschort)\b"
        ),
        "Regel binnen dagen een overbrugging: vraag bij de gemeente naar een voorschot of spoedaanvraag en ga na welke betaling vastzit.",
    ),
    Signal(
        "geldtekort",
        "acuut geldtekort (vaste lasten of eten niet te betalen)",
        rx(
            r"\bzonder\s+geld\b|\bgeen\s+cent\b|"
            r"\b(?:huur|boodschappen|eten|vaste\s+lasten|rekeningen)\b(?:\s+\S+){0,5}\s+niet\s+(?:meer\s+)?"
            r"(?:betalen|kan\s+betalen|kunnen\s+betalen|betaald)\b|"
            r"\bkan\b(?:\s+\S+){0,3}\s+(?:huur|boodschappen|eten|vaste\s+lasten)\s+niet\s+(?:meer\s+)?betalen\b|"
            r"\b(?:heeft|houdt|hebben)\s+(?:nog\s+|maar\s+){1,2}(?:€\s*\d{1,3}(?:,\d\d)?|\d{1,3}(?:,\d\d)?\s*(?:euro|eur)\b)"
            r"(?!\s*(?:euro\s+)?(?:schuld|achterstand|open|te\s+betalen|boete|per))"
        ),
        "Regel binnen dagen een overbrugging (voedselbank, voorschot of bijzondere bijstand) en neem contact op met de verhuurder.",
    ),
    Signal(
        "ontruiming",
        "dreigende ontruiming",
        rx(
            r"\bontruim\w*|\bhuisuitzetting\w*|\buitzetting\w*|\buit\s+(?:het|zijn|haar|de)\s+(?:huis|woning)\s+(?:gezet|zetten)\b"
        ),
        "Neem direct contact op met de verhuurder en de schuldhulpverlening van de gemeente om ontruiming te voorkomen.",
    ),
    Signal(
        "afsluiting",
        "dreigende afsluiting van energie of water",
        rx(
            r"\b(?:gas|stroom|energie|elektriciteit|water|licht)\b(?:\s+\S+){0,5}\s+(?:afgesloten|afsluiten)\b|\bafsluiting\w*|"
            r"\bafgesloten\s+(?:van|worden)\b|\bdreigt\b(?:\s+\S+){0,4}\s+afgesloten\b"
        ),
        "Neem contact op met de leverancier over uitstel van afsluiting en meld cliënt aan bij schuldhulpverlening.",
    ),
    Signal(
        "beslag",
        "beslag",
        rx(r"\bbeslag\w*|\bloonbeslag\w*|\bbankbeslag\w*|\bdwangbevel\w*"),
        "Controleer of de beslagvrije voet klopt en neem contact op met de partij die beslag legt.",
    ),
    Signal(
        "termijn",
        "termijn van dagen of weken",
        rx(
            rf"\b(?:binnen|over|nog|uiterlijk)\s+{NUM}\s+(?:werk)?(?:dag|dagen|week|weken)\b(?!\s+geleden)|"
            r"\b(?:morgen|overmorgen|vandaag|deze\s+week|volgende\s+week|komende\s+week)\b"
        ),
        "Noteer de precieze datum en zorg dat er vóór die datum een reactie of (pro forma) bezwaar ligt.",
    ),
    Signal(
        "dakloos",
        "dakloosheid of dreigende dakloosheid",
        rx(
            HOMELESS.pattern + r"|\bop\s+straat\s+(?:staat|staan|komt|komen|te\s+staan|belandt)\b|"
            r"\bdakloos\s+te\s+worden\b|\bdreigt\b(?:\s+\S+){0,3}\s+dakloos\b"
        ),
        "Regel opvang en een briefadres via de gemeente, zodat inkomen en post door kunnen lopen.",
    ),
    Signal(
        "achttien",
        "zorg of woonplek stopt bij 18 jaar",
        TURNING_18,
        "Start nu het plan voor na het 18e jaar: verlengde jeugdhulp, woonruimte, inkomen en zorgverzekering.",
    ),
    Signal(
        "veiligheid",
        "onveiligheid of geweld",
        DANGER,
        "Bespreek de veiligheid; schakel bij acuut gevaar de politie in en vraag advies aan Veilig Thuis.",
    ),
    Signal(
        "spoed",
        "spoed genoemd",
        rx(
            r"\b(?:met\s+)?spoed(?!\w)|\bspoedeisend\b|\bacu(?:ut|te)\b|\bcrisis\b|\bsuïcid\w*|\bsuicid\w*|\bzelfmoord\w*"
        ),
        "Maak vandaag nog een afspraak over wie wat doet.",
    ),
)
# Signals that only count when the text also shows youth care.
SIGNAL_REQUIRES_UNIT = {"achttien": ("jeugdzorg", "gecertificeerde-instelling")}


@dataclass
class UrgencySignal:
    key: str
    label: str
    quote: str
    step: str


def find_urgency(text: str, spans: Sequence[Span], findings: dict[str, OrgFinding]) -> list[UrgencySignal]:
    """The urgency signals in `text`, each with the sentence that shows it."""
    out = []
    for sig in URGENCY_SIGNALS:
        needed = SIGNAL_REQUIRES_UNIT.get(sig.key)
        if needed and not has_unit(findings, needed):
            continue
        m = first_unnegated(sig.pattern, text, spans)
        if m:
            out.append(
                UrgencySignal(
                    sig.key, sig.label, excerpt(text, sentence_at(spans, m.start(), len(text))), sig.step
                )
            )
    return out
