"""Categorie 3: find where one organisation depends on another in an intake text.

A cue (cues.py) splits its clause into the party that waits (before "pas … als", "wacht … op",
"kan niet … omdat") and the condition it waits for (after it). A dependency is stated when each
side names a different organisation. The engine is not sure, and says so (`to_check`), when:
- the condition names no organisation and the party is inferred from another sentence that shares
  a word with it ("… pas als de sleutel overgedragen is" and "krijgt de sleutel van de woningcorporatie");
- the cue sentence names two organisations but its construction does not say who waits for whom;
- the cue is a weak one (a consequence, a referral back);
- the note says that everyone waits on or points at each other without naming who ("iedereen wacht op
  iemand anders"): the organisations with a part in the question are the candidates.
When the waiting side names no organisation but the cue clause is what an organisation said
("Die zegt: de afsluiting wordt alleen stopgezet als de gemeente bevestigt …"), the speaker waits: the
organisation named before the colon, or the one organisation of the sentence before for a pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.clauses import BUT_BEFORE as _BUT_BEFORE
from assistant.features.triage.clauses import clause as _clause
from assistant.features.triage.clauses import sides as _sides
from assistant.features.triage.cues import DEPENDENCY_CUES, EVERYONE_WAITS, Cue
from assistant.features.triage.letterhead import addressed_at
from assistant.features.triage.linking import linked as _linked
from assistant.features.triage.linking import units_in as _units_in
from assistant.features.triage.speakers import WE_NOTE as _WE
from assistant.features.triage.speakers import label_unit as _label_unit
from assistant.features.triage.speakers import quoted_we as _quoted_we
from assistant.features.triage.speakers import speaker as _speaker
from assistant.text.negation import negated_just_before
from assistant.text.spans import Span, excerpt

_ANAPHOR = re.compile(
    r"^\W*(?:die|deze|dat|dit|daar\w*|vervolgens|daarna|dan|zij\s+verw\w*|ze\s+verw\w*)\b", re.I
)
_SUBJECT = re.compile(r"^\W*(?:die|deze|dat\s+bedrijf|daar)\b", re.I)
_QUESTION = re.compile(r"\?[\s\"”']*$")
_YOU_PLURAL = re.compile(r"\bjullie\b", re.I)
# A personal pronoun as subject of the waiting side, and the words that may open a sentence before its subject.
_PERSONAL_SUBJECT = re.compile(
    r"\W*(?:ze|zij|hij)\s+(?:wil|wilde|willen|kan|kon|gaat|mag|zal|neemt|doet)\b", re.I
)
_OPENING = re.compile(r"\W*(?:de|het|een|onze|hun)?\s*", re.I)
_PRONOUN_NOTE = "Wie met het voornaamwoord bedoeld is, is afgeleid uit het onderwerp van de zin ervoor."
_EVERYONE = "De notitie zegt dat de organisaties op elkaar wachten, maar niet wie op wie; ga na welke."
_UNCLEAR = "De zin noemt beide organisaties, maar zegt niet duidelijk wie op wie wacht."


@dataclass(frozen=True)
class Party:
    """An involved organisation (triage unit) at a place in the text."""

    unit: str
    start: int


@dataclass
class Dependency:
    kind: str
    label: str
    quote: str  # the cue sentence
    units: list[str]
    dependent: list[str] = field(default_factory=list)  # who waits (empty when the cue has no direction)
    condition: list[str] = field(default_factory=list)  # on whom
    spans: list[Span] = field(default_factory=list)  # the evidence: the cue sentence, and a linking sentence
    status: str = STATED
    note: str | None = None


def find_dependencies(
    text: str, spans: Sequence[Span], parties: Sequence[Party], gov_units: set[str]
) -> list[Dependency]:
    """At most one dependency per sentence: the best reading of its cues (stated before to check)."""
    found: list[Dependency] = []
    for i, span in enumerate(spans):
        sentence = text[span.start : span.end]
        if _QUESTION.search(sentence):
            continue  # "Moet ik eerst wachten tot …?": a question states no dependency, the writer wonders
        best: Dependency | None = None
        for cue in DEPENDENCY_CUES:
            for m in cue.pattern.finditer(sentence):
                if negated_just_before(text, span, span.start + m.start()):
                    continue  # "niet afhankelijk van"
                if cue.not_after and cue.not_after.search(sentence[max(0, m.start() - 60) : m.start()]):
                    continue  # "de bezwaartermijn loopt nog"
                dep = _read(cue, m, text, spans, i, parties)
                if dep and _acceptable(dep, cue, gov_units) and _better(dep, best):
                    best = dep
        if best:
            found.append(best)
    if not found:
        found.extend(_everyone_waits(text, spans, parties))
    return found


def _everyone_waits(text: str, spans: Sequence[Span], parties: Sequence[Party]) -> list[Dependency]:
    """ "Iedereen wacht op iemand anders": a dependency to check between the organisations with a part
    in the question (the sentence names none of them)."""
    units = list(dict.fromkeys(p.unit for p in parties))
    if len(units) < 2:
        return []
    for span in spans:
        m = EVERYONE_WAITS.search(text, span.start, span.end)
        if m and not negated_just_before(text, span, m.start()):
            quote = excerpt(text, span, 240)
            return [Dependency("iedereen_wacht", "de organisaties wachten op elkaar", quote, units,
                               spans=[span], status=TO_CHECK, note=_EVERYONE)]  # fmt: skip
    return []


def _acceptable(dep: Dependency, cue: Cue, gov_units: set[str]) -> bool:
    gov = [u for u in dep.units if u in gov_units]
    return len(dep.units) >= 2 and not (cue.needs_two_government and len(gov) < 2)


def _better(dep: Dependency, best: Dependency | None) -> bool:
    """Stated before to check; among those to check, a reading with a direction before co-occurrence."""
    return best is None or _rank(dep) > _rank(best)


def _rank(dep: Dependency) -> int:
    return 2 if dep.status == STATED else int(bool(dep.condition))


def _read(cue: Cue, m: re.Match, text: str, spans: Sequence[Span], i: int, parties) -> Dependency | None:
    if cue.symmetric:
        return _symmetric(cue, m, text, spans, i, parties)
    if cue.anaphoric:
        return _after_previous(cue, text, spans, i, parties)
    return _conditional(cue, m, text, spans, i, parties)


def _after_previous(cue: Cue, text: str, spans: Sequence[Span], i: int, parties) -> Dependency | None:
    """ "X kan daardoor niet …": X waits for the organisations of the sentence before."""
    if i == 0:
        return None
    span, previous = spans[i], spans[i - 1]
    dependent = _units_in(parties, span.start, span.end)
    condition = [u for u in _units_in(parties, previous.start, previous.end) if u not in dependent]
    return _directed(cue, text, [previous, span], dependent, condition, span)


def _conditional(
    cue: Cue, m: re.Match, text: str, spans: Sequence[Span], i: int, parties
) -> Dependency | None:
    """The waiting side and the condition of one cue; a party not named is looked for nearby."""
    span = spans[i]
    dep_side, cond_side = _sides(text, span, m)
    if cue.reverse:
        dep_side, cond_side = cond_side, dep_side
    dependent = _units_in(parties, *dep_side)
    condition = [u for u in _units_in(parties, *cond_side) if u not in dependent]
    if not condition and _YOU_PLURAL.search(text, *cond_side):
        # "… alleen als jullie bevestigen …" in a note to an organisation: "jullie" is its addressee
        condition = [p.unit for p in parties if addressed_at(text, p.start) and p.unit not in dependent][:1]
    if dependent and condition:
        return _directed(cue, text, [span], dependent, condition, span)
    before = _units_in(parties, spans[i - 1].start, spans[i - 1].end) if i > 0 else []
    if condition and not dependent and len(before) == 1 and before[0] not in condition:
        if _subject_anaphor(text, dep_side):  # "Die wil pas …": the organisation of the sentence before
            return _directed(cue, text, [spans[i - 1], span], before, condition, span)
    if (
        not dependent
        and len(condition) >= 2
        and i > 0
        and _PERSONAL_SUBJECT.match(text, dep_side[0], dep_side[1])
    ):
        # "De Wmo-consulent ziet …. Ze wil pas … als de corporatie …": "ze" continues the subject of the
        # sentence before; that organisation's own scheme in the condition is its subject matter
        subject = _opening_unit(text, spans[i - 1], parties)
        if subject and subject in condition:
            rest = [u for u in condition if u != subject]
            return _directed(cue, text, [spans[i - 1], span], [subject], rest, span, TO_CHECK, _PRONOUN_NOTE)
    own = _label_unit(text, span, dep_side[0], parties) if not dependent and len(condition) >= 2 else None
    if (
        own in condition
    ):  # the label's organisation speaks; its own scheme in the condition is the subject matter
        return _directed(cue, text, [span], [own], [u for u in condition if u != own], span)
    if condition and not dependent:
        # the speaker stands before the whole conditional, also when its condition comes first
        speaker = _speaker(text, span, min(dep_side[0], span.start + m.start()), parties, before, condition)
        if speaker:
            window = [spans[i - 1], span] if speaker == before else [span]
            return _directed(cue, text, window, speaker, condition, span)
    if (
        condition
        and not dependent
        and _BUT_BEFORE.search(text, max(span.start, dep_side[0] - 8), dep_side[0])
    ):
        # "X heeft een plek, maar neemt alleen op met …": the subject of the clause before the "maar" waits
        prior = _units_in(parties, _clause(text, span, dep_side[0] - 6)[0], dep_side[0])
        prior = [u for u in prior if u not in condition]
        if prior:
            return _directed(cue, text, [span], prior[-1:], condition, span)
    status, note = STATED, None
    if not dependent:  # "… zei de consulent: \"Wij nemen het pas in behandeling als …\""
        dependent = _quoted_we(text, span, dep_side, parties, condition)
        status, note = TO_CHECK, _WE
        if dependent and condition:
            return _directed(cue, text, [span], dependent, condition, span, status, note)
    if not dependent and not condition:
        # "X gebeld: na ontvangst van de stukken wordt …": the speaker waits; its condition is linked below
        dependent = _speaker(text, span, min(dep_side[0], span.start + m.start()), parties, before, [])
    if not dependent:
        return None  # the client waits, not an organisation
    linked = _linked(text, spans, i, cond_side, parties, dependent)
    if linked:
        unit, link_span, word = linked
        note = f'De organisatie waarop gewacht wordt, is afgeleid uit een andere zin (het woord "{word}").'
        note = f"{note} {_WE}" if status == TO_CHECK and note != _WE else note
        return _directed(cue, text, [span, link_span], dependent, [unit], span, TO_CHECK, note)
    units = _units_in(parties, span.start, span.end)
    if len(units) < 2:
        return None
    quote = excerpt(text, span, 240)
    return Dependency(cue.key, cue.label, quote, units, spans=[span], status=TO_CHECK, note=_UNCLEAR)


def _symmetric(cue: Cue, m: re.Match, text: str, spans: Sequence[Span], i: int, parties) -> Dependency | None:
    span, window = spans[i], [spans[i]]
    units = _units_in(parties, span.start, span.end)
    if len(units) < 2 and i > 0 and (_ANAPHOR.match(text[span.start : span.end]) or not cue.strong):
        window = [spans[i - 1], span]
        units = _units_in(parties, spans[i - 1].start, span.end)
    if len(units) < 2:
        return None
    quote = excerpt(text, Span(window[0].start, span.end), 240)
    clause = _clause(text, span, span.start + m.start())
    in_clause = _units_in(parties, *clause)
    if not cue.whole_sentence and len(window) == 1 and not in_clause:
        return None  # "hij doet niets voordat zijn zus terug is; …": the cue's clause names no organisation
    if not cue.whole_sentence and len(window) == 1 and len(in_clause) < 2:
        return Dependency(cue.key, cue.label, quote, units, spans=window, status=TO_CHECK, note=_UNCLEAR)
    status = STATED if cue.strong else TO_CHECK
    note = (
        None
        if cue.strong
        else f"Zwak signaal ({cue.label}); ga na of de organisaties echt op elkaar wachten."
    )
    return Dependency(cue.key, cue.label, quote, units, units, [], window, status, note)


def _directed(cue, text, window, dependent, condition, span, status=STATED, note=None) -> Dependency:
    if not cue.strong:
        status = TO_CHECK
        note = note or f"Zwak signaal ({cue.label}); ga na of de ene organisatie echt op de andere wacht."
    quoted = Span(window[0].start, span.end) if len(window) == 2 and window[0].end <= span.start else span
    return Dependency(cue.key, cue.label, excerpt(text, quoted, 240), list(dict.fromkeys(dependent + condition)),
                      list(dependent), list(condition), list(window), status, note)  # fmt: skip


def _opening_unit(text: str, span: Span, parties) -> str | None:
    """The organisation that opens the sentence as its subject ("De Wmo-consulent (…) ziet …")."""
    first = next((p for p in parties if span.start <= p.start < span.end), None)
    if first and _OPENING.fullmatch(text, span.start, first.start):
        return first.unit
    return None


def _subject_anaphor(text: str, side: tuple[int, int]) -> bool:
    """Does the waiting side start with a pronoun for an organisation ("Die", "Deze", "Zij")?"""
    return bool(_SUBJECT.match(text[side[0] : side[1]]))
