"""Bezwaar and beroep: whether the reader can object to this letter, until when and how. Pure.

The legal character comes first (as in MinBZK/poc-machine-law's bezwaar rule): bezwaar is possible
against a besluit of a bestuursorgaan (Awb 1:3, 7:1, 8:1), not against an aanmaning or dwangbevel
(Awb 8:4 lid 1 onder b), an informatieverzoek, uitnodiging, ontvangstbevestiging or aankondiging,
nor against a letter of a private party; after a beslissing op bezwaar only beroep is left (Awb 7:1
lid 1 onder a). Then the letter's own words: an explicit exclusion always wins; a bezwaar clause
about this letter that conflicts with an exclusion or with the letter's character is `to_check`,
with both quotes. Without any clause a besluit gets the Awb term (zes weken na de dagtekening,
Awb 6:7 en 6:8) as a default with its rule, stated only when the kind is certain. A counted term
that ends on a Saturday, Sunday or feestdag (Algemene termijnenwet, holidays.py) and a term that
cannot be counted (no letter date) are `to_check`, never a bare "possible".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.drafts.facts import Evidence, Fact, not_found, stated, to_check, unique_evidence
from assistant.features.letters.dates import format_date
from assistant.features.letters.facts import Route
from assistant.features.letters.holidays import atw_to_check, statutory_end
from assistant.features.letters.kinds import DECISION_KINDS, KIND_LABELS, NOT_DECISION_KINDS, KindFinding
from assistant.features.letters.objection_terms import default_term, earlier_terms, term_rule
from assistant.features.letters.remedies import (
    EXCLUDED,
    POSSIBLE,
    PUBLISHED,
    SERVED,
    THIS,
    Clause,
)
from assistant.features.letters.remedy_wording import DEFAULT_HOW, closed_how, court_how, open_how
from assistant.features.letters.sender import Sender
from assistant.features.letters.served_terms import from_service
from assistant.features.letters.source import LetterSource

RULE_PRIVATE = (
    "{sender} is geen bestuursorgaan (Awb 1:1) en neemt geen besluiten (Awb 1:3); bezwaar kan dus niet"
)
RULE_COURT = (
    "{sender} is een rechter, geen bestuursorgaan (Awb 1:1 lid 2 onder c); een brief van de rechter is geen "
    "besluit, dus bezwaar kan niet"
)
RULE_REMINDER = (
    "Tegen een aanmaning of dwangbevel staat geen bezwaar of beroep open (Awb 8:4 lid 1 onder b en 7:1)"
)
RULE_NOT_DECISION = (
    "Een {label} is geen besluit (Awb 1:3); bezwaar kan alleen tegen een besluit (Awb 7:1 en 8:1)"
)
RULE_NO_CLAUSE = (
    "De brief noemt geen bezwaar en lijkt geen besluit; een besluit moet vermelden dat bezwaar kan (Awb 3:45)"
)
PUBLISHED_NOTE = (
    "De termijn loopt vanaf de dag waarop het besluit ter inzage is gelegd of is gepubliceerd (Awb 6:8 lid 4); "
    "die dag staat niet in de brief. Controleer tot wanneer het kan."
)
NO_TERM_NOTE = "De brief noemt beroep, maar geen termijn. De gewone termijn is zes weken (Awb 6:7). Controleer tot wanneer het kan."
SERVED_NOTE = (
    "De termijn loopt vanaf de dag waarop de brief is betekend; die dag staat niet (duidelijk) in de brief. "
    "Controleer tot wanneer het kan."
)
NO_DATE_NOTE = "De datum van de brief is niet gevonden, dus de termijn is niet te berekenen. Controleer tot wanneer het kan."
RULE_AFTER_OBJECTION = "Na een beslissing op bezwaar kan geen bezwaar meer, wel beroep bij de rechter (Awb 7:1 lid 1 onder a en 8:1)"


@dataclass
class Remedies:
    objection: Fact  # value: Route (bezwaar or administratief beroep against this letter)
    appeal: Fact  # value: Route (beroep at a court, or verzet), or not found
    decision: Fact  # value: True when the letter is a besluit, False when not
    earlier: list[Fact] = field(default_factory=list)  # value: LetterDate, terms for an earlier decision


@dataclass
class _Context:
    src: LetterSource
    kind: KindFinding
    sender: Sender | None
    letter_date: date | None
    date_evidence: list[Evidence]

    @property
    def kind_quotes(self) -> list[Evidence]:
        return [self.src.evidence(s, e) for s, e in self.kind.evidence]

    @property
    def private(self) -> bool:
        """A private party or a court: no bestuursorgaan (Awb 1:1), so no besluit to object to."""
        return self.sender is not None and (self.sender.government is False or self.sender.court)


def decide_remedies(
    src: LetterSource,
    clauses: list[Clause],
    kind: KindFinding,
    sender: Sender | None,
    letter_date: date | None,
    date_evidence: list[Evidence],
) -> Remedies:
    """What the reader can do against this letter (and against an earlier decision it names)."""
    ctx = _Context(src, kind, sender, letter_date, date_evidence)
    after_objection = kind.kind == "beslissing_op_bezwaar"
    first_line = ("bezwaar",) if after_objection else ("bezwaar", "beroep")
    court = ("rechter", "verzet", "beroep") if after_objection else ("rechter", "verzet")
    objection = _objection(ctx, _about(clauses, first_line))
    appeal = _appeal(ctx, _about(clauses, court))
    closed, route = objection.value, appeal.value
    if closed and closed.possible is False and appeal.stated and route and route.possible:
        until = f" Dat moet uiterlijk op {format_date(route.until)}." if route.until else ""
        objection.value = Route(False, None, f"{closed.how} {route.how}{until}", closed.route)
    objection, appeal = atw_to_check(objection), atw_to_check(appeal)
    earlier = [atw_to_check(f) for f in earlier_terms(src, clauses, letter_date)]
    return Remedies(objection, appeal, _decision(ctx, objection), earlier)


def _about(clauses: list[Clause], routes: tuple[str, ...]) -> list[Clause]:
    return [c for c in clauses if c.target == THIS and c.routes & set(routes)]


def _objection(ctx: _Context, clauses: list[Clause]) -> Fact:
    src, kind = ctx.src, ctx.kind
    opened = [c for c in clauses if c.polarity == POSSIBLE]
    closing = _quotes(src, [c for c in clauses if c.polarity == EXCLUDED])
    closing += [src.evidence(s, e) for s, e in kind.not_a_decision]
    settled_no = kind.kind in NOT_DECISION_KINDS and kind.certain
    if opened and (closing or ctx.private or settled_no):
        why = (
            "zegt ook dat bezwaar niet kan" if closing
            else f"komt van {ctx.sender.name}, een rechter" if ctx.private and ctx.sender.court
            else f"komt van {ctx.sender.name}, geen overheid" if ctx.private
            else f"is een {KIND_LABELS[kind.kind]}, geen besluit"
        )  # fmt: skip
        note = f"De brief noemt bezwaar, maar {why}. Controleer of en tot wanneer bezwaar kan."
        # a date the letter itself writes for it is shown to check, never computed
        written = next((c.term for c in opened if c.term and c.term.explicit), None)
        until = written.until if written else None
        quotes = _quotes(src, opened) + ([src.evidence(written.start, written.end)] if written else [])
        return to_check(Route(None, until, _how(src, opened)), note, unique_evidence(quotes + closing))
    if closing:
        return stated(Route(False, None, closed_how(kind.kind)), closing)
    if opened:
        return _opened(ctx, opened)
    return _by_character(ctx)


def _opened(ctx: _Context, opened: list[Clause]) -> Fact:
    """Bezwaar named by the letter, with the term the letter gives, or the Awb term as a default."""
    route = "bezwaar" if any("bezwaar" in c.routes for c in opened) else "beroep"
    evidence = _quotes(ctx.src, opened)
    term = next((c.term for c in opened if c.term), None)
    if term and term.anchor == PUBLISHED:
        evidence.append(ctx.src.evidence(term.start, term.end))
        return to_check(Route(True, None, _how(ctx.src, opened), route), PUBLISHED_NOTE, unique_evidence(evidence))
    if term and term.anchor == SERVED and not term.until:  # never counted from the dagtekening
        evidence.append(ctx.src.evidence(term.start, term.end))
        return to_check(Route(True, None, _how(ctx.src, opened), route), SERVED_NOTE, unique_evidence(evidence))
    if term and term.until:
        evidence.append(ctx.src.evidence(term.start, term.end))
        until, rule = statutory_end(term.until, term_rule(term), term.explicit)
        value = Route(True, until, _how(ctx.src, opened), route)
        return stated(value, unique_evidence(evidence + ([] if term.explicit else ctx.date_evidence)), rule)
    until, rule = default_term(ctx.letter_date)
    value = Route(True, until, _how(ctx.src, opened), route)
    if until is None:  # no date to count from: the term's end cannot be stated
        return to_check(value, NO_DATE_NOTE, unique_evidence(evidence), rule)
    return stated(value, unique_evidence(evidence + ctx.date_evidence), rule)


def _by_character(ctx: _Context) -> Fact:
    """No clause about this letter: the letter's legal character decides."""
    kind, label = ctx.kind, KIND_LABELS[ctx.kind.kind]
    if kind.kind == "onbekend":
        return not_found("De tekst lijkt geen brief; over bezwaar is niets vastgesteld.")
    if kind.kind == "beslissing_op_bezwaar":
        return stated(Route(False, None, closed_how(kind.kind)), ctx.kind_quotes, RULE_AFTER_OBJECTION)
    if ctx.private and ctx.sender.court:
        how = "Dit is een brief van de rechter, geen besluit. Daarom kunt u geen bezwaar maken."
        return stated(Route(False, None, how), [], RULE_COURT.format(sender=ctx.sender.name))
    if ctx.private:
        how = f"{ctx.sender.name} is geen overheid. Daarom kunt u geen bezwaar maken."
        return stated(Route(False, None, how), [], RULE_PRIVATE.format(sender=ctx.sender.name))
    if kind.kind in NOT_DECISION_KINDS:
        reminder = kind.kind in ("aanmaning", "dwangbevel")
        rule = RULE_REMINDER if reminder else RULE_NOT_DECISION.format(label=label)
        route = Route(False, None, closed_how(kind.kind))
        if kind.certain:
            return stated(route, ctx.kind_quotes, rule)
        return to_check(route, f"Controleer of dit echt een {label} is.", ctx.kind_quotes, rule)
    if kind.kind in DECISION_KINDS:
        until, rule = default_term(ctx.letter_date)
        route = Route(True, until, DEFAULT_HOW, "bezwaar", by_default=True)
        if kind.certain and until and not _MAIL.match(ctx.src.text):  # an e-mail that names no bezwaar: to check
            return stated(route, list(ctx.date_evidence), rule)
        note = (
            "De brief noemt geen bezwaar. Controleer of dit een besluit is; dan kan bezwaar binnen zes weken."
        )
        return to_check(route, note, list(ctx.date_evidence), rule)
    # No clause and no kind that settles it: most likely no besluit (Awb 3:45), but not certain.
    route = Route(False, None, "De brief noemt geen bezwaar. Het lijkt geen besluit.")
    return to_check(
        route, "Controleer of dit een besluit is; de brief noemt geen bezwaar.", [], RULE_NO_CLAUSE
    )


# A message in e-mail form ("Van: ... Aan: ..."): a besluit is seldom sent so, so a default term is a guess.
_MAIL = re.compile(r"(?i)\A\s*(?:van|from)\s*:[^\n]*\n\s*(?:aan|to)\s*:")


def _appeal(ctx: _Context, clauses: list[Clause]) -> Fact:
    """Beroep at a court or verzet, when the letter names it (or after a beslissing op bezwaar)."""
    src = ctx.src
    opened = [c for c in clauses if c.polarity == POSSIBLE]
    closed = [c for c in clauses if c.polarity == EXCLUDED]
    route = "verzet" if any("verzet" in c.routes for c in opened) else "beroep"
    words = " ".join(src.text[c.start : c.end] for c in opened)
    if opened and closed:
        note = "De brief noemt beroep en zegt ook dat het niet kan. Controleer dit."
        return to_check(Route(None, None, court_how(route, words), route), note, _quotes(src, opened + closed))
    if closed:
        return stated(
            Route(False, None, "De brief zegt dat u niet in beroep kunt gaan.", route), _quotes(src, closed)
        )
    if not opened:
        if ctx.kind.kind != "beslissing_op_bezwaar" or not ctx.letter_date:
            return not_found()
        until, rule = default_term(ctx.letter_date)
        value = Route(True, until, court_how("beroep"), "beroep", by_default=True)
        note = "De brief noemt geen beroep. Controleer of en tot wanneer beroep kan."
        return to_check(value, note, list(ctx.date_evidence), f"{RULE_AFTER_OBJECTION}; {rule}")
    evidence = _quotes(src, opened)
    term = next((c.term for c in opened if c.term), None)
    served_rule = None
    if term and route == "verzet" and ctx.kind.kind == "dwangbevel":  # counted from betekening (Awb 4:123)
        term, served_rule = from_service(term, src.text, ctx.letter_date)
    if term and term.anchor == PUBLISHED:
        evidence.append(src.evidence(term.start, term.end))
        return to_check(Route(True, None, court_how(route, words), route), PUBLISHED_NOTE, unique_evidence(evidence))
    if not (term and term.until) and (route == "beroep" or (term and term.anchor == SERVED)):
        # beroep is open but its end is not in the letter, or cannot be counted: never a bare "possible"
        until, rule = default_term(ctx.letter_date) if not term else (None, None)
        note = NO_TERM_NOTE if until else SERVED_NOTE if term and term.anchor == SERVED else NO_DATE_NOTE
        return to_check(Route(True, until, court_how(route, words), route), note, unique_evidence(evidence), rule)
    if not (term and term.until):
        return stated(Route(True, None, court_how(route, words), route), evidence)
    evidence.append(src.evidence(term.start, term.end))
    evidence += [] if term.explicit else ctx.date_evidence
    until, rule = statutory_end(term.until, served_rule or term_rule(term), term.explicit)
    return stated(Route(True, until, court_how(route, words), route), unique_evidence(evidence), rule)


def _decision(ctx: _Context, objection: Fact) -> Fact:
    """Whether the letter is a besluit: what bezwaar tells, else the kind and the sender."""
    kind, src = ctx.kind, ctx.src
    if kind.kind == "onbekend":
        return not_found()
    if kind.not_a_decision:
        return stated(False, [src.evidence(s, e) for s, e in kind.not_a_decision])
    if kind.kind == "beslissing_op_bezwaar":
        return stated(True, ctx.kind_quotes, RULE_AFTER_OBJECTION)
    if objection.stated and objection.value.possible:
        if objection.value.by_default:
            return stated(True, ctx.kind_quotes, f"soort brief: {KIND_LABELS[kind.kind]}")
        return stated(True, list(objection.evidence), "de brief noemt bezwaar tegen deze brief")
    if ctx.private:
        rule = RULE_COURT if ctx.sender.court else RULE_PRIVATE
        return stated(False, [], rule.format(sender=ctx.sender.name))
    if kind.kind in NOT_DECISION_KINDS:
        if kind.certain:
            return stated(False, ctx.kind_quotes, f"soort brief: {KIND_LABELS[kind.kind]}")
        return to_check(False, f"Controleer of dit echt een {KIND_LABELS[kind.kind]} is.", ctx.kind_quotes)
    possible = objection.value.possible if objection.value else None
    note = "Controleer of dit een besluit is." if objection.status == "to_check" else None
    return Fact(possible, objection.status, ctx.kind_quotes, objection.rule, note)


def _how(src: LetterSource, clauses: list[Clause]) -> str:
    text = " ".join(src.text[c.context[0] : c.context[1]] for c in clauses)
    return open_how(text, any("bezwaar" in c.routes for c in clauses))


def _quotes(src: LetterSource, clauses: list[Clause]) -> list[Evidence]:
    return unique_evidence([src.evidence(c.start, c.end) for c in clauses])
