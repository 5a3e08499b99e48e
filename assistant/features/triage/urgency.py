"""Spoed: the signals that a solution is needed within weeks, each with a next step, and their
detection in an intake text.

A date or a number of days is not urgent by itself ("afspraak volgende week", "wordt over drie weken
18"): a `termijn` counts only when something is at stake then (a deadline that runs out, income or
a home that stops, a cut-off). When the professional writes that there is no acute need ("geen acute
nood", "kan de vaste lasten betalen"), the moderate signals (beslag, a termijn) and a lack of money
give way and are left to check (the writer knows what bridges it); the threats to a home, energy,
care or safety stay, to check too, and so does a lack of money when the calm is someone else's word.
Each signal takes the first sentence that states it without doubt (urgency_doubt.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.cues import HOMELESS
from assistant.features.triage.rules import NUM, TURNING_18, has_unit, rx, unnegated_matches
from assistant.features.triage.situations import DANGER
from assistant.features.triage.urgency_calm import (
    LITTLE,
    LITTLE_AFTER,
    NOT_ACUTE,
    SUM_LEFT,
    SUM_LEFT_RX,
    SUM_UNMARKED,
    attributed,
    less_than_due,
)
from assistant.features.triage.urgency_doubt import (
    INCOME,
    INCOME_KEYS,
    LACK_NOW,
    SETTLED_NOTE,
    doubt,
    is_claim,
    quoted_spans,
)
from assistant.features.triage.urgency_time import NoteDate, expires, maybe_near, note_date, timing
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
    r"\btermijn\w*|\b(?!(?:beslis|behandel|afhandel)termijn)\w+termijn\b|\bdeadline\b|\buiterlijk\b|\bverl(?:oopt|open|iep)\b|\bvervalt\b|\bloopt\b(?:\s+\S+){0,4}\s+af\b|"
    r"\bmoet(?:en)?\b(?:\s+\S+){0,6}?\s+(?:reageren|betalen|indienen|aanleveren|inleveren|weg|vertrekken|verhuizen|eruit|leeg|"
    r"(?:huis|woning|kamer|opvang|plek)\s+uit)\b|"
    r"\bstop(?:t|pen|te|gezet)\b|\beindigt\b|\bbeëindig\w*|\bafgesloten\b|\bafsluit\w*|\bontruim\w*|\buitzetting\b|"
    r"\buitgezet\b|\buitschrijving\b|\buitgeschreven\b|\bop\s+straat\b|\bbeslag\w*|\bdwangbevel\w*|"
    # a bezwaar or beroep counts as a stake with its term or the act of lodging it, not as a hearing or procedure
    r"\b(?:bezwaar|beroep)\w*\b(?:\s+\S+){0,6}?\s+(?:in(?:ge)?dienen|maken|gemaakt|instellen|ingesteld|binnen|aantekenen)\b|"
    r"\b(?:uiterlijk|vóór|voor|binnen)\b(?:\s+\S+){0,6}?\s+(?:bezwaar|beroep)\b|\bafl(?:oopt|open)\b|"
    r"\bgeen\s+(?:inkomen|geld)\b|\bpas\b(?:\s+\S+){0,4}\s+uitbetaa?l\w*|\beindigen\b|\bloopt\s+af\b|"
    r"\bloopt\s+(?:nog\s+)?tot\b|\b(?:vastgehouden|vrijgehouden|gereserveerd)\b|\bhoud(?:t|en)\b(?:\s+\S+){0,4}?\s+(?:vrij|vast)\b|\bgeldig\s+tot\b|\bte\s+vervallen\b"
)
URGENCY_SIGNALS: tuple[Signal, ...] = (
    Signal(
        "geen_inkomen",
        "geen inkomen",
        rx(
            r"\bgeen\s+(?:eigen\s+|enkel\s+)?inkomen\b|\bgeen\s+(?:\S+\s+)?inkomsten\b|"
            r"\bzonder\s+(?:\S+\s+)?(?:inkomen|inkomsten|loon|salaris|uitkering)\b|"
            r"\bgeen\s+(?:\S+\s+)?(?:uitkering|loon|salaris|bijstand|ww|wajong|aow|pensioen)\s+meer\b|"
            r"\bgeen\s+(?:enkel\s+)?geld\b(?:\s+\S+){0,2}\s+"
            r"(?:voor|om|meer)\b|\bgeen\s+geld\s*(?:meer|[.,;]|$)|\bfinancieel\b(?:\s+\S+){0,3}\s+aan\s+de\s+grond\b|\bgeen\s+eten\b|"
            r"\bniets\s+(?:meer\s+)?te\s+eten\b|\binkomen\s+(?:valt|viel|is)\s+(?:weg|gestopt)\b|\buitkering\s+(?:is\s+|wordt\s+)?"
            r"(?:stopgezet|gestopt|beëindigd|ingetrokken|opgeschort)\b|"
            rf"\b(?:stopt|stoppen|stopte|beëindigt|beëindigd)\b(?:\s+\S+){{0,3}}?\s+{INCOME}|"
            rf"{INCOME}(?:\s+\S+){{0,3}}?\s+(?:stopt|stoppen|eindigt|vervalt|stopgezet|beëindigd|ingetrokken|opgeschort)\b|"
            r"\bgeen\s+ander(?:e)?\s+(?:inkomen|inkomsten)\b|"
            r"\b(?:uit)?betaling\b(?:\s+\S+){0,8}?\s+(?:komt|kwam)\s+(?:dus\s+|ook\s+|nu\s+)?niet\b|"
            rf"{INCOME}(?:\s+\S+){{0,6}}?\s+(?:komt|kwam)\s+(?:dus\s+|ook\s+|nu\s+)?niet\b|"
            r"\bbetaalt\b(?:\s+\S+){0,4}?\s+(?:niets|niks|niet|geen\s+\S+)\s+(?:meer\s+)?uit\b|"
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
            r"\bzonder\s+geld\b|\bgeen\s+cent\b|\b(?:komt|kwam|komen|kwamen)\s+(?:\S+\s+){0,3}?(?:geld\s+)?tekort\b|"
            r"\b(?:huur|boodschappen|eten|vaste\s+lasten|rekeningen)\b(?:\s+\S+){0,5}\s+niet\s+(?:meer\s+)?"
            r"(?:betalen|kan\s+betalen|kunnen\s+betalen|betaald|opbrengen|kan\s+opbrengen)\b|"
            r"\bkan\b(?:\s+\S+){0,3}\s+(?:huur|boodschappen|eten|vaste\s+lasten)\s+niet\s+(?:meer\s+)?betalen\b|"
            r"\b(?:geld|boodschappen|eten|leefgeld)\b(?:\s+\S+){0,4}?\s+(?:is|zijn)\s+(?:al\s+)?op\b(?!\s+(?:de|het|een|tijd|\d))|"
            + SUM_LEFT
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
            r"\bafgesloten\s+(?:van|worden)\b|\bdreigt\b(?:\s+\S+){0,4}\s+afgesloten\b|"
            r"\bsluit(?:en|te)?\s+(?:\S+\s+){0,5}?(?:gas|stroom|energie|elektriciteit|water|licht)\s+af\b|"
            r"\b(?:gas|stroom|energie|elektriciteit|water)\w*\b(?:\s+\S+){0,6}?\s+(?:gestaakt|stopgezet)\b"
        ),
        "Neem contact op met de leverancier over uitstel van afsluiting en meld cliënt aan bij schuldhulpverlening.",
    ),
    Signal(
        "beslag",
        "beslag",
        rx(
            r"\bbeslag\w*|\bloonbeslag\w*|\bbankbeslag\w*|\bdwangbevel\w*|\bexecutie\w*|\bopenbare\s+verkoop\b|"
            r"\b(?:inboedel|spullen|meubels)\b(?:\s+\S+){0,3}?\s+(?:te\s+)?(?:verkopen|veilen|verkocht|geveild)\b"
        ),
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
        "zorg_stopt",
        "zorg of verblijf stopt binnenkort (ontslag uit ziekenhuis, einde zorg of opvang)",
        rx(
            r"\bontslag\s+(?:uit|naar)\b|\bontslagen\s+uit\b|\bnaar\s+huis\s+(?:ontslagen|gestuurd)\b|"
            r"\b(?:zorg|thuiszorg|hulp|mantelzorg\w*|opvang|begeleiding|indicatie|opname|behandeling)\b(?:\s+\S+){0,3}?\s+"
            r"(?:stopt|eindigt|vervalt|loopt\s+af|houdt\s+op)\b|"
            r"\b(?:stopt|eindigt|vervalt)\s+(?:de\s+|het\s+|zijn\s+|haar\s+)?(?:\w+\s+)?(?:thuiszorg|zorg|hulp|mantelzorg\w*|opvang|begeleiding|indicatie)\b|"
            # the person who gives the care drops out ("de mantelzorger wordt opgenomen")
            r"\b(?:mantelzorg\w*|verzorg(?:er|ster))\b,?(?:\s+\S+){0,8}?\s+(?:valt\s+(?:weg|uit)|wegvalt|uitvalt|"
            r"(?:wordt|is)\s+(?:\S+\s+){0,3}?opgenomen|vertrekt|verhuist|kan\s+(?:\S+\s+)?niet\s+meer)\b|\b(?:zorg|hulp)\s+valt\s+weg\b"
        ),
        "Regel vóór die datum de zorg of woonplek daarna: overleg vandaag met de zorgaanbieder en vraag de "
        "gemeente (Wmo) zo nodig om een spoedbeslissing.",
    ),
    Signal(
        "dakloos",
        "dakloosheid of dreigende dakloosheid",
        rx(
            HOMELESS.pattern + r"|\bop\s+straat\s+(?:staat|staan|komt|komen|te\s+staan|belandt)\b|"
            r"\b(?:slaapt|slapen|sliep)\b(?:\s+\S+){0,4}?\s+in\s+(?:de\s+|een\s+|haar\s+|zijn\s+|hun\s+)?"
            r"(?:auto|tent|portiek|schuur|park)\b|\b(?:slaapt|slapen|sliep)\s+buiten\b|"
            r"\b(?:woont|wonen)\b(?:\s+\S+){0,4}?\s+in\s+(?:de\s+|een\s+|haar\s+|zijn\s+|hun\s+)?auto\b|"
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
    claim: bool = False  # found only in someone's quoted words or a fear
    doubt_at: Span | None = None  # the sentence that puts it in doubt (its own or a later one)


@dataclass
class Urgency:
    urgent: bool
    signals: list[UrgencySignal]  # stated and to check
    # where the text says nothing is acute, or that the only signals are settled
    not_acute: Span | None = None

    @property
    def stated(self) -> list[UrgencySignal]:
        return [s for s in self.signals if s.status == STATED]


# Signals that count only at a time near the note: a date or term with something at stake then.
NEEDS_NEAR = ("termijn", "zorg_stopt")
# "niets acuut", "niks dringends": the signal's word after "niets" is no signal.
_NOTHING_BEFORE = rx(r"\b(?:niets|niks)\s+(?:\S+\s+)?$")


def _candidates(sig: Signal, text: str, spans: Sequence[Span], ref: NoteDate | None) -> Iterator[re.Match]:
    """The unnegated matches of `sig`; a timed signal only where the time is near (or unplaceable)."""
    pattern = rx(sig.pattern.pattern + "|" + STAKE.pattern) if sig.key == "termijn" else sig.pattern
    for m in unnegated_matches(pattern, text, spans):
        sentence = sentence_at(spans, m.start(), len(text))
        if _NOTHING_BEFORE.search(text[max(sentence.start, m.start() - 30) : m.start()]):
            continue
        if sig.key == "termijn" and not STAKE.search(text, sentence.start, sentence.end):
            continue  # a date with nothing at stake
        if (
            sig.key in NEEDS_NEAR
            and not _lack_until(text, sentence, ref)
            and not maybe_near(text, sentence, ref, weeks=expires(text, sentence))
        ):
            continue  # something at stake, but not within weeks of the note
        yield m


def _lack_until(text: str, sentence: Span, ref: NoteDate | None) -> bool:
    """Money that is absent now until a stated time ("wordt pas over zes weken uitbetaald"): the time
    says how long the lack lasts, not that it is far off."""
    return (
        bool(LACK_NOW.search(text, sentence.start, sentence.end)) and timing(text, sentence, ref) is not None
    )


def _why_not(
    text: str,
    spans: Sequence[Span],
    sig: Signal,
    m: re.Match,
    sentence: Span,
    ref: NoteDate | None,
    claim: bool,
) -> tuple[str, Span] | None:
    """Why the match `m` of `sig` does not count as spoed (reason, sentence that says so), or None."""
    why = doubt(text, spans, sig.key, sig.pattern, sentence, ref, claim=claim)
    if why is None and sig.key == "geldtekort" and SUM_LEFT_RX.fullmatch(m.group(0)):
        marked = LITTLE.search(m.group(0)) or LITTLE_AFTER.match(text, m.end(), sentence.end)
        if not marked and not less_than_due(text, sentence, m):
            return SUM_UNMARKED, sentence
    return why


def _signal_matches(
    text: str, spans: Sequence[Span], findings: dict[str, OrgFinding], ref: NoteDate | None
) -> list[UrgencySignal]:
    """Each signal with the first sentence that states it without doubt. When every sentence is in
    doubt (someone's claim, a date that cannot be placed, far off), the first one the writer states,
    else the first claim, kept to check with its reason; a sentence that says the danger is settled
    ends the search (what it settles does not come back)."""
    quotes = quoted_spans(text)
    signals = []
    for sig in URGENCY_SIGNALS:
        needed = SIGNAL_REQUIRES_UNIT.get(sig.key)
        if needed and not has_unit(findings, needed):
            continue
        chosen = None
        for m in _candidates(sig, text, spans, ref):
            sentence = sentence_at(spans, m.start(), len(text))
            claim = is_claim(text, quotes, sentence, m.start(), m.end())
            why = _why_not(text, spans, sig, m, sentence, ref, claim)
            if why is None or why[0] == SETTLED_NOTE:
                chosen = (sentence, claim, why)
                break
            if chosen is None or chosen[1] and not claim:
                chosen = (sentence, claim, why)
        if chosen:
            signals.append(_signal(text, sig, *chosen))
    return signals


def _signal(
    text: str, sig: Signal, sentence: Span, claim: bool, why: tuple[str, Span] | None
) -> UrgencySignal:
    found = UrgencySignal(
        sig.key, sig.label, excerpt(text, sentence), sig.step, sentence, sig.severe, claim=claim
    )
    if why:
        reason, where = why
        found.status, found.counts, found.doubt_at = TO_CHECK, False, where
        found.note = f"{reason}." if where == sentence else f'{reason}: "{excerpt(text, where)}".'
    return found


def find_urgency(text: str, spans: Sequence[Span], findings: dict[str, OrgFinding]) -> Urgency:
    """The urgency signals in `text`, each with the sentence that shows it, weighed against the time
    they play (near or far from the note's date), a statement that they are settled, and an explicit
    statement that nothing is acute. A signal in doubt is kept to check and does not make spoed."""
    ref = note_date(text)
    signals = _signal_matches(text, spans, findings, ref)
    settled_span = next((s.doubt_at for s in signals if s.doubt_at and s.doubt_at != s.span), None)
    live = [s for s in signals if s.counts]
    calm = next(unnegated_matches(NOT_ACUTE, text, spans), None)
    if calm is None:
        return Urgency(bool(live), signals, None if live else settled_span)
    calm_span = sentence_at(spans, calm.start(), len(text))
    quote = excerpt(text, calm_span)
    for s in live:
        s.status = TO_CHECK
        s.note = f'Tegenstrijdig: de intake zegt ook "{quote}".'
    # The writer knows what bridges a lack of money (savings, family, back pay); a threat to a home,
    # energy, care or safety stays spoed, to check. Someone else's calm ("volgens hem") weighs less.
    own_word = not attributed(text, calm_span, calm.start())
    return Urgency(
        any(s.severe and not (own_word and s.key in INCOME_KEYS) for s in live), signals, calm_span
    )
