"""Spoed: the signals that a solution is needed within weeks, each with a next step, and their
detection in an intake text.

A date or a number of days is not urgent by itself ("afspraak volgende week", "wordt over drie weken
18"): a `termijn` counts only when something is at stake then (a deadline that runs out, income or
a home that stops, a cut-off). When the professional writes that there is no acute need ("geen acute
nood", "kan de vaste lasten betalen"), the moderate signals (beslag, a termijn) give way and are left
to check; the severe ones (no income, danger, homelessness, eviction, cut-off) stay, to check too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.cues import HOMELESS
from assistant.features.triage.rules import NUM, TURNING_18, has_unit, rx, unnegated_matches
from assistant.features.triage.situations import DANGER
from assistant.knowledge.organisations import OrgFinding
from assistant.text.spans import Span, excerpt, sentence_at


@dataclass(frozen=True)
class Signal:
    key: str
    label: str
    pattern: re.Pattern
    step: str  # Dutch next step when this signal is present
    severe: bool = True  # an explicit "geen acute nood" does not outweigh it


INCOME = (
    r"(?:de\s+|het\s+|zijn\s+|haar\s+|hun\s+)?(?:uitkering|leefgeld|loon|loondoorbetaling|salaris|inkomen|bijstand|ww|"
    r"wia|wajong|ziektewet|aow)\b"
)
# What makes a date urgent: something runs out, stops or is lost then.
STAKE = rx(
    r"\btermijn\w*|\w+termijn\b|\bdeadline\b|\buiterlijk\b|\bverl(?:oopt|open|iep)\b|\bvervalt\b|\bloopt\b(?:\s+\S+){0,4}\s+af\b|"
    r"\bmoet(?:en)?\b(?:\s+\S+){0,6}?\s+(?:reageren|betalen|indienen|aanleveren|inleveren|weg|vertrekken|verhuizen|eruit)\b|"
    r"\bstop(?:t|pen|te|gezet)\b|\beindigt\b|\bbeëindig\w*|\bafgesloten\b|\bafsluit\w*|\bontruim\w*|\buitzetting\b|"
    r"\buitgezet\b|\buitschrijving\b|\buitgeschreven\b|\bop\s+straat\b|\bbeslag\w*|\bdwangbevel\w*|\bbezwaar\w*|"
    r"\bgeen\s+(?:inkomen|geld)\b|\bpas\b(?:\s+\S+){0,4}\s+uitbetaa?l\w*"
)
_WORDS_NOT_NEGATED = r"(?:(?!niet\b|geen\b|nooit\b)\S+\s+)"
# The professional writes that nothing is acute: moderate signals give way.
NOT_ACUTE = rx(
    r"\bgeen\s+(?:acute|acuut|directe?|dringende)\s+(?:nood|spoed|problemen|geldnood|geldtekort|dreiging|gevaar)\b|"
    r"\bgeen\s+spoed\b|\bniet\s+(?:acuut|urgent|dringend)\b|"
    rf"\b(?:kan|kunnen)\s+{_WORDS_NOT_NEGATED}{{0,2}}?(?:de\s+)?(?:vaste\s+lasten|huur|rekeningen)\s+"
    rf"{_WORDS_NOT_NEGATED}{{0,2}}?betalen\b|"
    rf"\b(?:vaste\s+lasten|huur|rekeningen)\s+(?:kan|kunnen)\s+{_WORDS_NOT_NEGATED}{{0,3}}?betalen\b"
)

URGENCY_SIGNALS: tuple[Signal, ...] = (
    Signal(
        "geen_inkomen",
        "geen inkomen",
        rx(
            r"\bgeen\s+(?:eigen\s+|enkel\s+)?inkomen\b|\bgeen\s+(?:\S+\s+)?inkomsten\b|\bzonder\s+(?:\S+\s+)?inkomen\b|\bgeen\s+(?:enkel\s+)?geld\b(?:\s+\S+){0,2}\s+"
            r"(?:voor|om|meer)\b|\bgeen\s+geld\s*(?:meer|[.,;]|$)|\bfinancieel\b(?:\s+\S+){0,3}\s+aan\s+de\s+grond\b|\bgeen\s+eten\b|"
            r"\bniets\s+(?:meer\s+)?te\s+eten\b|\binkomen\s+(?:valt|viel|is)\s+(?:weg|gestopt)\b|\buitkering\s+(?:is\s+|wordt\s+)?"
            r"(?:stopgezet|gestopt|beëindigd|ingetrokken|opgeschort)\b|"
            rf"\b(?:stopt|stoppen|stopte|beëindigt|beëindigd)\b(?:\s+\S+){{0,3}}?\s+{INCOME}|"
            rf"{INCOME}(?:\s+\S+){{0,3}}?\s+(?:stopt|stoppen|eindigt|vervalt)\b|"
            rf"{INCOME}(?:\s+\S+){{0,4}}?\s+(?:nog\s+)?niet\s+(?:meer\s+)?(?:uitbetaald|uitbetalen|overgemaakt)\b"
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
        severe=False,
    ),
    Signal(
        "termijn",
        "termijn van dagen of weken",
        rx(
            rf"\b(?:binnen|over|nog|uiterlijk)\s+{NUM}\s+(?:werk)?(?:dag|dagen|week|weken)\b(?!\s+geleden)|"
            r"\b(?:morgen|overmorgen|vandaag|deze\s+week|volgende\s+week|komende\s+week)\b"
        ),
        "Noteer de precieze datum en zorg dat er vóór die datum een reactie of (pro forma) bezwaar ligt.",
        severe=False,
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
    span: Span = Span(0, 0)  # the sentence that shows it
    severe: bool = True
    status: str = STATED
    note: str | None = None


@dataclass
class Urgency:
    urgent: bool
    signals: list[UrgencySignal]  # stated and to check
    not_acute: Span | None = None  # where the text says nothing is acute

    @property
    def stated(self) -> list[UrgencySignal]:
        return [s for s in self.signals if s.status == STATED]


def find_urgency(text: str, spans: Sequence[Span], findings: dict[str, OrgFinding]) -> Urgency:
    """The urgency signals in `text`, each with the sentence that shows it, weighed against an explicit
    statement that nothing is acute."""
    signals = []
    for sig in URGENCY_SIGNALS:
        needed = SIGNAL_REQUIRES_UNIT.get(sig.key)
        if needed and not has_unit(findings, needed):
            continue
        for m in unnegated_matches(sig.pattern, text, spans):
            sentence = sentence_at(spans, m.start(), len(text))
            if sig.key == "termijn" and not STAKE.search(text, sentence.start, sentence.end):
                continue  # a date with nothing at stake
            signals.append(UrgencySignal(sig.key, sig.label, excerpt(text, sentence), sig.step, sentence, sig.severe))
            break
    calm = next(unnegated_matches(NOT_ACUTE, text, spans), None)
    if calm is None:
        return Urgency(bool(signals), signals)
    calm_span = sentence_at(spans, calm.start(), len(text))
    quote = excerpt(text, calm_span)
    for s in signals:
        s.status = TO_CHECK
        s.note = f'Tegenstrijdig: de intake zegt ook "{quote}".'
    return Urgency(any(s.severe for s in signals), signals, calm_span)
