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
from assistant.features.triage.urgency_time import (
    INCOME,
    LACK_NOW,
    MENTION,
    PAST_STATE,
    REFERS_BACK,
    SETTLED,
    SETTLED_ANYWHERE,
    SETTLED_REACH,
    SINCE,
    STILL,
    NoteDate,
    has_date,
    maybe_near,
    note_date,
    timing,
)
from assistant.knowledge.organisations import OrgFinding
from assistant.text.spans import Span, excerpt, sentence_at


@dataclass(frozen=True)
class Signal:
    key: str
    label: str
    pattern: re.Pattern
    step: str  # Dutch next step when this signal is present
    severe: bool = True  # an explicit "geen acute nood" does not outweigh it


# What makes a date urgent: something runs out, stops or is lost then.
STAKE = rx(
    r"\btermijn\w*|\w+termijn\b|\bdeadline\b|\buiterlijk\b|\bverl(?:oopt|open|iep)\b|\bvervalt\b|\bloopt\b(?:\s+\S+){0,4}\s+af\b|"
    r"\bmoet(?:en)?\b(?:\s+\S+){0,6}?\s+(?:reageren|betalen|indienen|aanleveren|inleveren|weg|vertrekken|verhuizen|eruit)\b|"
    r"\bstop(?:t|pen|te|gezet)\b|\beindigt\b|\bbeëindig\w*|\bafgesloten\b|\bafsluit\w*|\bontruim\w*|\buitzetting\b|"
    r"\buitgezet\b|\buitschrijving\b|\buitgeschreven\b|\bop\s+straat\b|\bbeslag\w*|\bdwangbevel\w*|\bbezwaar\w*|"
    r"\bgeen\s+(?:inkomen|geld)\b|\bpas\b(?:\s+\S+){0,4}\s+uitbetaa?l\w*|\beindigen\b|\bloopt\s+af\b|"
    r"\b(?:vastgehouden|vrijgehouden|gereserveerd)\b|\bhoud(?:t|en)\b(?:\s+\S+){0,4}?\s+(?:vrij|vast)\b|\bgeldig\s+tot\b|\bte\s+vervallen\b"
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
            rf"{INCOME}(?:\s+\S+){{0,3}}?\s+(?:stopt|stoppen|eindigt|vervalt|stopgezet|beëindigd|ingetrokken|opgeschort)\b|"
            r"\bgeen\s+ander(?:e)?\s+(?:inkomen|inkomsten)\b|"
            r"\b(?:uit)?betaling\b(?:\s+\S+){0,8}?\s+(?:komt|kwam)\s+(?:dus\s+|ook\s+|nu\s+)?niet\b|"
            r"\b(?:uit)?betaling\b(?:\s+\S+){0,6}?\s+(?:blijft|bleef)(?:\s+\S+){0,3}?\s+uit\b|"
            rf"{INCOME}(?:\s+\S+){{0,4}}?\s+(?:nog\s+)?niet\s+(?:meer\s+)?(?:uitbetaald|uitbetalen|overgemaakt|gestort|binnengekomen|ontvangen)\b|"
            r"\b(?:uit)?betaling\b(?:\s+\S+){0,6}?\s+(?:is|zijn)\s+(?:nog\s+)?niet\s+(?:gestort|binnengekomen|ontvangen|gedaan)\b"
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
            r"\b(?:geld|boodschappen|eten|leefgeld)\b(?:\s+\S+){0,4}?\s+(?:is|zijn)\s+(?:al\s+)?op\b(?!\s+(?:de|het|een|tijd|\d))|"
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
    counts: bool = True  # False: kept to check, but in doubt (settled, far, someone else's word)


@dataclass
class Urgency:
    urgent: bool
    signals: list[UrgencySignal]  # stated and to check
    # where the text says nothing is acute, or that the only signals are settled
    not_acute: Span | None = None

    @property
    def stated(self) -> list[UrgencySignal]:
        return [s for s in self.signals if s.status == STATED]


# Signals about something that happens on a date; without the note's date that date cannot be placed.
DATED_EVENTS = ("geen_inkomen", "ontruiming", "afsluiting", "beslag", "termijn", "achttien")
# Signals that a far time makes not (yet) urgent; a shortage, homelessness or danger now stays.
FAR_OFF_KEYS = (*DATED_EVENTS, "spoed")


def _signal_matches(
    text: str, spans: Sequence[Span], findings: dict[str, OrgFinding], ref: NoteDate | None
) -> list[UrgencySignal]:
    """Each signal's first unnegated sentence; a termijn only where something is at stake then."""
    signals = []
    for sig in URGENCY_SIGNALS:
        needed = SIGNAL_REQUIRES_UNIT.get(sig.key)
        if needed and not has_unit(findings, needed):
            continue
        pattern = rx(sig.pattern.pattern + "|" + STAKE.pattern) if sig.key == "termijn" else sig.pattern
        for m in unnegated_matches(pattern, text, spans):
            sentence = sentence_at(spans, m.start(), len(text))
            if sig.key == "termijn":
                if not STAKE.search(text, sentence.start, sentence.end):
                    continue  # a date with nothing at stake
                if not sig.pattern.search(text, sentence.start, sentence.end) and not maybe_near(
                    text, sentence, ref
                ):
                    continue  # something at stake, but not within weeks of the note
            signals.append(
                UrgencySignal(sig.key, sig.label, excerpt(text, sentence), sig.step, sentence, sig.severe)
            )
            break
    return signals


def _doubt(
    text: str, spans: Sequence[Span], s: UrgencySignal, ref: NoteDate | None
) -> tuple[str, Span] | None:
    """Why `s` does not count as spoed (and the sentence that says so), or None when it does."""
    here = s.span.text(text)
    if MENTION.search(here):
        return "Het woord komt van iemand anders of uit een brief; ga na of het echt speelt", s.span
    if PAST_STATE.search(here) and not STILL.search(here):
        return "Dit speelde eerder; ga na of het nu nog zo is", s.span
    when = timing(text, s.span, ref)
    if when == "far" and s.key in FAR_OFF_KEYS and not LACK_NOW.search(here):
        return "Het moment ligt verder weg dan een paar weken", s.span
    if (
        when is None
        and ref is None
        and has_date(text, s.span)
        and not SINCE.search(here)
        and s.key in DATED_EVENTS
    ):
        return "De datum is niet te plaatsen zonder datum van de notitie; ga na hoe dichtbij die is", s.span
    index = next(
        (i for i, sp in enumerate(spans) if sp.start <= s.span.start < max(sp.end, sp.start + 1)), None
    )
    after = spans[index : index + SETTLED_REACH + 1] if index is not None else [s.span]
    for sp in after:
        if _settles(text, sp, s, first=sp.start <= s.span.start):
            return "De intake zegt dat het al is opgelost of niet (meer) speelt", sp
    return None


def _settles(text: str, sp: Span, s: UrgencySignal, *, first: bool) -> bool:
    """Whether sentence `sp` settles signal `s`: its own sentence always; a later one only when it
    refers back ("Dat is rond", "Bleek al opgelost"), names the same danger, or says that no procedure
    started or the income continues (those speak of nothing else)."""
    m = SETTLED.search(text, sp.start, sp.end)
    if not m or first:
        return bool(m)
    sig = next(g for g in URGENCY_SIGNALS if g.key == s.key)
    return bool(
        REFERS_BACK.match(text, sp.start, sp.end)
        or sig.pattern.search(text, sp.start, sp.end)
        or SETTLED_ANYWHERE.search(text, sp.start, sp.end)
    )


def find_urgency(text: str, spans: Sequence[Span], findings: dict[str, OrgFinding]) -> Urgency:
    """The urgency signals in `text`, each with the sentence that shows it, weighed against the time
    they play (near or far from the note's date), a statement that they are settled, and an explicit
    statement that nothing is acute. A signal in doubt is kept to check and does not make spoed."""
    ref = note_date(text)
    signals = _signal_matches(text, spans, findings, ref)
    settled_span = None
    for s in signals:
        doubt = _doubt(text, spans, s, ref)
        if doubt:
            s.status, s.counts = TO_CHECK, False
            reason, where = doubt
            s.note = f"{reason}." if where == s.span else f'{reason}: "{excerpt(text, where)}".'
            settled_span = settled_span or (where if where != s.span else None)
    live = [s for s in signals if s.counts]
    calm = next(unnegated_matches(NOT_ACUTE, text, spans), None)
    if calm is None:
        return Urgency(bool(live), signals, None if live else settled_span)
    calm_span = sentence_at(spans, calm.start(), len(text))
    quote = excerpt(text, calm_span)
    for s in live:
        s.status = TO_CHECK
        s.note = f'Tegenstrijdig: de intake zegt ook "{quote}".'
    return Urgency(any(s.severe for s in live), signals, calm_span)
