"""By when the amount to pay is to be paid, from the pay instruction, a 'Vervaldatum' row, termijn
rows or a period the instruction counts from the letter. Pure.

Termijn rows under a pay line make the last termijn's date the pay-by date, with that rule. Two
other dates are `to_check`; a date counted from receipt or service is `to_check` (the letter does
not give that day). "Vóór <datum>" is read as the day before, but letters use it both ways, so such
a date is `to_check` with that note.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.drafts.facts import Evidence, Fact, not_found, stated, to_check, unique_evidence
from assistant.features.letters.amounts import find_amounts
from assistant.features.letters.dates import find_dates, format_date
from assistant.features.letters.deadlines import BEFORE_EXCLUSIVE, RECEIPT_NOTE
from assistant.features.letters.due_dates import DUE_COLUMN_MEANING, OPEN_ITEM_MEANING, RULE_BILL_ASIDE
from assistant.features.letters.facts import LetterDate
from assistant.features.letters.holidays import atw_to_check
from assistant.features.letters.meaning import INSTALMENT_DUE, MONEY_RECEIVED, PAY_VERBS
from assistant.features.letters.not_now import other_matter
from assistant.features.letters.offer import RULE_OFFER, offer_sentences
from assistant.features.letters.payment import is_pay_instruction
from assistant.features.letters.source import LetterSource
from assistant.features.letters.text import line_bounds, list_lead

RULE_LAST_INSTALMENT = "het bedrag wordt in termijnen betaald; de laatste termijn is uiterlijk {date}"
_DUE_BEFORE = re.compile(
    r"(?i)(?:uiterlijk(?:\s+op)?|vóór|voor|op\s+of\s+voor|niet\s+later\s+dan|uiterlijk\s+\w+\s+op\s*:|"
    r"vervaldatum[^:\n]{0,20}:?|vervaldag:?|(?:uiterste\s+)?betaal(?:datum|dag)[^:\n]{0,20}:?|"
    r"betalen\s+(?:vóór|voor|op)\s*:?)\s*(?:de\s+vervaldatum,?\s*)?$"
)
_DUE_ROW = re.compile(
    r"(?i)\b(?:uiterlijk\s+betalen|betalen\s+(?:vóór|voor|uiterlijk)|vervaldatum|vervaldag|(?:uiterste\s+)?betaal(?:datum|dag))\b"
)


# The sentence after the pay instruction that says when ("Doe dat uiterlijk ...", "Dat is ...").
_SAYS_WHEN = re.compile(
    r"(?i)^\W*(?:dat|dit)\s+(?:is|betekent)\b|^\W*(?:het|dit|dat)\s+bedrag\s+moet\b|\bdus\b"
    r"|^\W*doe\s+(?:dat|dit)\s+(?:uiterlijk|binnen|vóór|voor)\b"
    # the same asked politely ("Wilt u dat uiterlijk 3 mei doen?")
    r"|^\W*wilt\s+u\s+(?:dat|dit)\s+(?:uiterlijk|binnen|vóór|voor)\b"
)

_NAMED_TERM = re.compile(r"(?i)\b(?:eerste|laatste|\d{1,2}e)\s+termijn\b")


def find_pay_by(src: LetterSource, amount: Fact, dates: list[LetterDate], letter_date: date | None) -> Fact:
    """The date by which the amount is to be paid: in the pay instruction, a 'Vervaldatum' row, or
    a period the instruction counts from the letter (with its rule)."""
    if amount.status == "not_found" or (amount.stated and amount.value is None):
        return not_found()
    segs = src.segments
    leads = [(s, list_lead(segs, i)) for i, s in enumerate(segs)]
    rows = [
        s
        for s, lead in leads
        if lead is not None and (re.search(PAY_VERBS, lead.text, re.I) or INSTALMENT_DUE.search(lead.text.lower()))
    ]
    instructions = [i for i, s in enumerate(segs) if is_pay_instruction(s)]
    # "Betaal binnen zes weken. Het bedrag moet dus uiterlijk 28 december op onze rekening staan."
    follow = [segs[i + 1] for i in instructions if i + 1 < len(segs) and _SAYS_WHEN.search(segs[i + 1].text)]
    # "De eerste termijn moet uiterlijk 31 maart op onze rekening staan, de laatste uiterlijk 31 december."
    named_terms = [s for s in segs if _NAMED_TERM.search(s.text)]
    pay_sentences = [segs[i] for i in instructions] + [s for s in segs if _DUE_ROW.search(s.text)] + follow + rows
    pay_sentences += named_terms
    if amount.rule == RULE_OFFER:  # "Betaalt u uiterlijk 7 mei € 200? Dan ...": the offer's own date
        pay_sentences += offer_sentences(src)
    # "Wij moeten het bedrag uiterlijk 8 maart hebben ontvangen": the money must be with the organisation
    pay_sentences += [s for s in segs if MONEY_RECEIVED.search(s.text) and s not in pay_sentences]
    # "Die betaalt u vóór 10 mei. Die nota valt niet onder deze aanmaning.": another matter's date
    pay_sentences = [s for s in pay_sentences if not other_matter(segs, segs.index(s))]
    found: dict[date, tuple[list[Evidence], str | None]] = {}
    inexact: set[date] = set()
    before: set[date] = set()  # "vóór <datum>": read as the day before, but letters use it both ways
    # an open bill's due date in a reminder's overview, or one named in brackets: not this letter's pay date
    bills = {d.value for d in dates if d.rule == RULE_BILL_ASIDE or d.meaning == OPEN_ITEM_MEANING}
    for s in pay_sentences:
        for m in find_dates(s.text):
            if m.value in bills:
                continue
            if _DUE_BEFORE.search(s.text[: m.start]) and not (letter_date and m.value < letter_date):
                day, rule = _last_day(s.text[: m.start], m.value)
                found.setdefault(day, ([src.evidence(s.start, s.end)], rule))
                if rule:
                    before.add(day)
        for d in dates:
            if d.rule and d.value not in bills and s.start <= d.start < s.end and "betalen" in d.meaning:
                found.setdefault(d.value, ([src.evidence(s.start, s.end)], d.rule))
                if not d.exact:
                    inexact.add(d.value)
    # rows of a table whose column says "uiterlijk op" / "vervaldatum": each row is a termijn
    column = {d.value: d for d in dates if d.meaning == DUE_COLUMN_MEANING and not (letter_date and d.value < letter_date)}
    for d in column.values():
        found.setdefault(d.value, ([src.line_evidence(d.start)], None))
    if not found:
        return not_found("De brief noemt geen datum om te betalen.")
    in_table = len(column) > 1 and set(found) <= set(column)
    if len(found) > 1 and (in_table or ((rows or named_terms) and all(_instalment(src, ev) for ev, _ in found.values()))):
        one, own = _termijn_date(src, amount, column, found)
        if own is not None:  # the amount is one termijn, asked by its own date: not the schedule's end
            return stated(own, found[own][0], RULE_ONE_TERMIJN.format(date=format_date(own)))
        if one:  # one termijn, no date of its own: the first row or the whole plan? writers differ
            evidence = unique_evidence([e for ev, _ in found.values() for e in ev])
            note = NOTE_ONE_TERMIJN.format(first=format_date(min(found)), last=format_date(max(found)))
            return to_check(min(found), note, evidence)
        last = max(found)
        evidence = unique_evidence([e for ev, _ in found.values() for e in ev])
        return stated(last, evidence, RULE_LAST_INSTALMENT.format(date=format_date(last)))
    named = _named_end(found)
    if named is not None:
        found = {named: found[named]}
    if len(found) > 1:
        note = (
            "De brief noemt meer dan één datum om te betalen: "
            + ", ".join(format_date(d) for d in sorted(found))
            + "."
        )
        return to_check(None, note, unique_evidence([e for ev, _ in found.values() for e in ev]))
    ((value, (evidence, rule)),) = found.items()
    if value in inexact:  # counted from receipt or service: the letter does not give that day
        return to_check(value, RECEIPT_NOTE, evidence, rule)
    if value in before:
        return to_check(value, BEFORE_NOTE.format(day=format_date(value)), evidence, rule)
    return atw_to_check(stated(value, evidence, rule))  # a served term whose end the Atw moves


RULE_BEFORE = "betalen vóór {date}: de laatste dag om te betalen is de dag ervoor"
BEFORE_NOTE = (
    "De brief zegt 'vóór' een datum: betaal dan uiterlijk {day}. Organisaties bedoelen met 'vóór' soms ook de "
    "dag zelf; controleer de datum of betaal op tijd."
)


def _last_day(before: str, value: date) -> tuple[date, str | None]:
    """The last day to pay for a date after "vóór": the day before that date (with its rule)."""
    if BEFORE_EXCLUSIVE.search(before):
        return value - timedelta(days=1), RULE_BEFORE.format(date=format_date(value))
    return value, None


def _named_end(found: dict[date, tuple[list[Evidence], str | None]]) -> date | None:
    """The one date the letter names itself for the money ("Het bedrag moet dan uiterlijk op 4 mei op
    onze rekening staan") beside dates the engine counted from a period ("binnen 14 dagen"): the
    letter's own end of its period wins over the count."""
    named = [d for d, (_, rule) in found.items() if rule is None]
    if len(found) < 2 or len(named) != 1:
        return None
    evidence = found[named[0]][0]
    says = any(MONEY_RECEIVED.search(e.quote) or _SAYS_WHEN.search(e.quote) for e in evidence)
    return named[0] if says else None


RULE_ONE_TERMIJN = "het bedrag is één termijn van het betaalschema; de brief vraagt het uiterlijk {date}"
NOTE_ONE_TERMIJN = (
    "Het bedrag is één termijn van het betaalschema (de eerste uiterlijk {first}, de laatste uiterlijk {last}). "
    "Controleer welke datum de lezer nu moet halen."
)


def _termijn_date(src: LetterSource, amount: Fact, column: dict, found: dict) -> tuple[bool, date | None]:
    """The date the pay instruction itself names for an amount that is one row's amount of the schedule
    ("Maak uiterlijk 1 januari € 1.022,45 over" above rows of € 1.022,45): that termijn is due then, the
    last row is the end of the plan. (whether the amount is one row's amount, that date or None)."""
    if not amount.stated or amount.value is None or not column:
        return False, None
    lines = [src.text[slice(*line_bounds(src.text, d.start))] for d in column.values()]
    if not all(_money_in(line, amount.value) for line in lines):
        return False, None
    quotes = {e.quote for e in amount.evidence}
    own = {d for d, (ev, rule) in found.items() if rule is None and any(e.quote in quotes for e in ev)}
    return True, (own.pop() if len(own) == 1 else None)


def _instalment(src: LetterSource, evidence: list[Evidence]) -> bool:
    """The date belongs to a termijn row of a list ("2e termijn € 306,20 uiterlijk 30 april")."""
    return any(re.search(r"(?i)\btermijn", e.quote) for e in evidence)


def _money_in(line: str, value: float) -> bool:
    """The line names the amount `value`."""
    return any(abs(a.value - value) < 0.005 for a in find_amounts(line, every=True))
