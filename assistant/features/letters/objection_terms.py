"""Until when bezwaar or beroep can: a term's end and its rule, also for an earlier decision named."""

from __future__ import annotations

from datetime import date, timedelta

from assistant.drafts.facts import Fact, stated, unique_evidence
from assistant.features.letters import meaning as M
from assistant.features.letters.dates import format_date
from assistant.features.letters.facts import LetterDate
from assistant.features.letters.holidays import statutory_end
from assistant.features.letters.remedies import OTHER, POSSIBLE, Clause, Term
from assistant.features.letters.source import LetterSource

AWB_OBJECTION_WEEKS = 6  # Awb 6:7; the period starts the day after the letter is sent (Awb 6:8)
RULE_DEFAULT = (
    "De brief noemt geen termijn: de gewone termijn is zes weken na de dagtekening (Awb 6:7 en 6:8)"
)


def earlier_terms(src: LetterSource, clauses: list[Clause], letter_date: date | None) -> list[Fact]:
    """A term for an earlier decision that the letter names with its date ("binnen zes weken na de
    datum van die beschikking van 12 februari 2026"), as a deadline with its rule."""
    out = []
    for c in clauses:
        term = c.term
        if c.target != OTHER or c.polarity != POSSIBLE or not (term and term.until and term.anchor == OTHER):
            continue
        if letter_date and term.until < letter_date:
            continue  # that term has passed
        objection = "bezwaar" in c.routes
        what = "bezwaar te maken" if objection else "in beroep te gaan"
        decision = f"het besluit van {format_date(term.anchor_date)}" if term.anchor_date else "dat besluit"
        meaning = f"uiterste datum om {what} tegen {decision}"
        condition = "als u bezwaar wilt maken tegen dat besluit" if objection else "als u in beroep wilt gaan"
        until, rule = statutory_end(term.until, term_rule(term, "de dagtekening van dat besluit"), term.explicit)
        value = LetterDate(until, meaning, M.DEADLINE, term.start, term.end, rule, condition)
        out.append(stated(value, unique_evidence([src.evidence(c.start, c.end)]) + [src.evidence(term.start, term.end)], rule))
    return out


def term_rule(term: Term, counted_from: str | None = None) -> str | None:
    """The rule behind a term counted from a date: the period, the law when it is the Awb's, the
    date the letter counts from (the dagtekening, or the verzenddatum the letter names)."""
    if term.explicit:
        return None
    counted_from = counted_from or term.counted_from
    awb_term = term.period == "6 weken" and counted_from != "de dag van betekening"  # 6:7 is bezwaar and beroep
    law = " (Awb 6:7 en 6:8)" if awb_term else ", zoals de brief zegt"
    used = {"de verzenddatum": "verzenddatum", "de dag van betekening": "betekend op"}.get(counted_from, "dagtekening")
    rule = f"{term.period} na {counted_from}{law}, {used} {format_date(term.anchor_date)}"
    if term.anchor == "receipt":
        rule += "; de brief telt vanaf ontvangst, dus dit is de vroegste datum"
    return rule


def default_term(letter_date: date | None) -> tuple[date | None, str]:
    if letter_date is None:
        return None, RULE_DEFAULT
    end = letter_date + timedelta(weeks=AWB_OBJECTION_WEEKS)
    until, rule = statutory_end(end, f"{RULE_DEFAULT}, dagtekening {format_date(letter_date)}", False)
    return until, rule or RULE_DEFAULT
