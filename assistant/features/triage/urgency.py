"""Spoed: the detection in an intake text of the signals that a solution is needed within weeks (the
signal table is in urgency_signals.py).

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
from assistant.features.triage.rules import has_unit, rx, unnegated_matches
from assistant.features.triage.urgency_calm import (
    LITTLE,
    LITTLE_AFTER,
    NOT_ACUTE,
    SUM_LEFT_RX,
    SUM_UNMARKED,
    attributed,
    less_than_due,
)
from assistant.features.triage.urgency_claims import is_claim, quoted_spans
from assistant.features.triage.urgency_completed import ends_as_planned
from assistant.features.triage.urgency_doubt import (
    INCOME_KEYS,
    LACK_NOW,
    SETTLED_NOTE,
    doubt,
)
from assistant.features.triage.urgency_shelter import secured_for_months
from assistant.features.triage.urgency_signals import (
    NEEDS_NEAR,
    SIGNAL_REQUIRES_UNIT,
    STAKE,
    URGENCY_SIGNALS,
    Signal,
    expires,
)
from assistant.features.triage.urgency_time import NoteDate, maybe_near, note_date, timing
from assistant.knowledge.organisations import OrgFinding
from assistant.text.spans import Span, excerpt, sentence_at


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


# "niets acuut", "niks dringends": the signal's word after "niets" is no signal.
_NOTHING_BEFORE = rx(r"\b(?:niets|niks)\s+(?:\S+\s+)?$")
# The word negated after its noun: "acuut geldgebrek is er niet", "spoed is er dus niet".
# A form field answered no: "Spoed: nee", "Acuut: n.v.t.".
_DENIED_AFTER = rx(
    r"^\s*(?:\S+\s+)?(?:is|zijn)\s+er\s+(?:dus\s+|op\s+dit\s+moment\s+)?niet\b|"
    r"^\s*[:=]\s*(?:nee|neen|geen|n\.?v\.?t\.?)(?!\w)"
)
# What the writer found no sign of: "geen aanwijzingen voor verwaarlozing of acuut gevaar", "geen sprake van
# een crisis" (the whole object of the finding is negated, not only its first word).
_NO_SIGN_OF_BEFORE = rx(
    r"\bgeen\s+(?:enkele\s+)?(?:aanwijzing\w*|signal\w*|tekenen|teken|vermoeden\w*|sprake)\s+(?:voor|van|op|dat)\b[^.;:!?]{0,60}$"
)


# A payment plan's instalments: "betalingsregeling", "termijnen van € 50", "in 10 termijnen", "de eerste termijn is betaald".
_INSTALMENTS = re.compile(
    r"\bbetalingsregeling\w*|\btermijnen?\s+van\s+(?:ca\.?\s+|circa\s+|ongeveer\s+)?€|\bin\s+\d+\s+termijnen\b|"
    r"\b(?:eerste|tweede|derde|volgende|laatste)\s+termijn\s+(?:\S+\s+){0,2}?betaald\b",
    re.IGNORECASE,
)


def _only_instalments(text: str, sentence: Span) -> bool:
    """Is every stake in the sentence a word "termijn" that means an instalment of a payment plan?"""
    stakes = [s.group(0).lower() for s in STAKE.finditer(text, sentence.start, sentence.end)]
    return (
        bool(stakes)
        and all(s.startswith("termijn") for s in stakes)
        and bool(_INSTALMENTS.search(text, sentence.start, sentence.end))
    )


def _candidates(sig: Signal, text: str, spans: Sequence[Span], ref: NoteDate | None) -> Iterator[re.Match]:
    """The unnegated matches of `sig`; a timed signal only where the time is near (or unplaceable)."""
    pattern = rx(sig.pattern.pattern + "|" + STAKE.pattern) if sig.key == "termijn" else sig.pattern
    for m in unnegated_matches(pattern, text, spans):
        sentence = sentence_at(spans, m.start(), len(text))
        if _NOTHING_BEFORE.search(text[max(sentence.start, m.start() - 30) : m.start()]):
            continue
        if _NO_SIGN_OF_BEFORE.search(text[max(sentence.start, m.start() - 100) : m.start()]):
            continue
        if _DENIED_AFTER.match(text[m.end() : sentence.end]):
            continue
        if sig.key == "termijn" and not STAKE.search(text, sentence.start, sentence.end):
            continue  # a date with nothing at stake
        if sig.key == "termijn" and _only_instalments(text, sentence):
            continue  # "6 termijnen van € 72" in a betalingsregeling: instalments, not a time limit
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
    if why is None and sig.key in ("zorg_stopt", "termijn") and ends_as_planned(text, sentence):
        return "De begeleiding stopt omdat het traject is afgerond; ga na wat er daarna nodig is", sentence
    if why is None and sig.key == "dakloos":
        roof = next((sp for sp in _this_and_next(spans, sentence) if secured_for_months(text, sp, ref)), None)
        if roof is not None:
            return "Er is een slaapplek toegezegd tot over enkele maanden; ga na of die zeker is", roof
    if why is None and sig.key == "geldtekort" and SUM_LEFT_RX.fullmatch(m.group(0)):
        marked = LITTLE.search(m.group(0)) or LITTLE_AFTER.match(text, m.end(), sentence.end)
        if not marked and not less_than_due(text, sentence, m):
            return SUM_UNMARKED, sentence
    return why


def _this_and_next(spans: Sequence[Span], sentence: Span) -> list[Span]:
    """The sentence and the one after it."""
    index = next((i for i, sp in enumerate(spans) if sp.start <= sentence.start < sp.end), None)
    return [sentence] if index is None else list(spans[index : index + 2])


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
