"""A betalingsregeling: the letter sets out payment in termijnen. When it names the total and lists
each termijn with its date ("U betaalt € 240 in 4 termijnen van € 60", then one row per termijn),
it asks both the total (by the last termijn) and the first termijn (by its date); readers differ on
which is the amount to pay, so both are to check. Otherwise what the reader pays next is one termijn
("U betaalt 12 termijnen van € 205,00"), due on the date of the first termijn ("De eerste termijn
betaalt u uiterlijk 30 juni 2026"). Pure.

Only used when the letter asks no other payment: a letter that names one termijnbedrag and one
date for the first termijn states both with that rule; anything less is left to the other rules.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.drafts.facts import Evidence, Fact, stated, to_check
from assistant.features.letters.amounts import Amount, find_amounts, money
from assistant.features.letters.dates import NUMBER_WORDS, find_dates, format_date
from assistant.features.letters.due_dates import DUE_LEAD, TERM_ROW, in_due_column
from assistant.features.letters.source import LetterSource
from assistant.features.letters.text import Segment

_INSTALMENT = re.compile(r"(?i)\btermijn(?:en)?\s+van\s*$|\bper\s+termijn\s*:?\s*$|\btermijnbedrag\s*:?\s*$")
_FIRST = re.compile(r"(?i)\beerste\s+termijn\b")
_BY = re.compile(r"(?i)(?:uiterlijk(?:\s+op)?|vóór|voor|op)\s*:?\s*$")
RULE = "betalingsregeling: u betaalt nu de eerste termijn van {amount}, uiterlijk {date}"
RULE_TOTAL = "betalingsregeling: u betaalt {amount} in {n} termijnen; de laatste termijn is uiterlijk {date}"
_IN_TERMS = re.compile(r"(?i)^\s*in\s+(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+termijnen\b")


def total_in_instalments(src: LetterSource) -> tuple[Fact, Fact] | None:
    """(amount, pay by) when the letter names "€ X in N termijnen" and lists N termijn rows, each with
    its own date; None otherwise (other counts: the other rules decide).

    Such a full schedule asks two things at once: the total (by the last termijn) and the first
    termijn (by its date). Readers differ on which one is "the amount to pay", so both are to check,
    with the total and the schedule's first and last row quoted."""
    totals = []
    for a in find_amounts(src.text, every=True):
        m = _IN_TERMS.match(src.text[a.end : a.end + 40])
        if m and not (a.negative or a.uncertain):
            word = m.group(1).lower()
            totals.append((a, int(word) if word.isdigit() else NUMBER_WORDS[word]))
    rows = _schedule_rows(src)
    if len({(a.value, n) for a, n in totals}) != 1 or len({d for d, _, _ in rows}) != totals[0][1]:
        return None
    total, n = totals[0]
    first, last = min(rows), max(rows)
    note = NOTE_SCHEDULE.format(
        total=money(total.value), n=n, last=format_date(last[0]), first=money(first[1]), due=format_date(first[0])
    )
    evidence = [src.sentence_evidence(total.start), first[2], last[2]]
    rule = RULE_TOTAL.format(amount=money(total.value), n=n, date=format_date(last[0]))
    return to_check(total.value, note, evidence, rule), to_check(last[0], note, evidence, rule)


NOTE_SCHEDULE = (
    "De brief noemt het totaal ({total} in {n} termijnen, de laatste uiterlijk {last}) en de eerste termijn "
    "({first}, uiterlijk {due}). Controleer welk bedrag de lezer nu moet betalen."
)
def schedule_start(src: LetterSource, letter_date: date | None) -> tuple[Fact, Fact] | None:
    """(amount, pay by) when the letter lists two or more termijn rows with their own due dates but
    names no "€ X in N termijnen": the first row is what the reader pays first. Like a full schedule,
    it is to check whether that or the whole sum is "the amount to pay"."""
    rows = sorted(r for r in _schedule_rows(src) if not (letter_date and r[0] < letter_date))
    if len({d for d, _, _ in rows}) < 2:
        return None
    (due, value, first), last = rows[0], rows[-1]
    note = NOTE_ROWS.format(n=len(rows), first=money(value), due=format_date(due), last=format_date(last[0]))
    rule = RULE.format(amount=money(value), date=format_date(due))
    return to_check(value, note, [first, last[2]], rule), to_check(due, note, [first, last[2]], rule)


NOTE_ROWS = (
    "De brief geeft een schema van {n} termijnen; de eerste is {first}, uiterlijk {due}, de laatste uiterlijk "
    "{last}. Controleer welk bedrag de lezer nu moet betalen: de eerste termijn of het hele bedrag."
)
# A row of a schedule table: "1   € 90,00   30 november 2026" under a header that names the due
# column ("Moet uiterlijk op onze rekening staan op").
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}\s*(?:e|ste|de)?\s+\S")


def _schedule_rows(src: LetterSource) -> list[tuple[date, float, Evidence]]:
    """(date, amount, evidence) per termijn row: a row that says "termijn" with its date after
    "uiterlijk" (or under a sentence that calls the dates below due dates), or a numbered row whose
    date stands in a due-date column."""
    rows = []
    led = False
    for s in src.segments:
        amounts, dates = find_amounts(s.text), find_dates(s.text)
        if DUE_LEAD.search(s.text) and not amounts:
            led = True
            continue
        led = led and bool(TERM_ROW.match(s.text))
        if not amounts or not dates:
            continue
        d = dates[0]
        named = TERM_ROW.match(s.text) and (led or _BY.search(s.text[: d.start]))
        column = _ROW_NUMBER.match(s.text) and in_due_column(src.text, s.start + d.start)
        if named or column:
            rows.append((d.value, amounts[0].value, src.evidence(s.start, s.end)))
    return rows


def first_instalment(src: LetterSource) -> tuple[Fact, Fact] | None:
    """(amount to pay, pay by) for the first termijn of a betalingsregeling, or None."""
    segs = src.segments
    amounts = {
        (a.value, s.start, s.end)
        for s in segs
        for a in find_amounts(s.text, every=True)
        if _INSTALMENT.search(s.text[: a.start]) and not (a.negative or a.uncertain)
    }
    if len({v for v, _, _ in amounts}) != 1:
        return None
    dates = {
        (d.value, s.start, s.end)
        for s in segs
        if _FIRST.search(s.text)
        for d in find_dates(s.text)
        if _BY.search(s.text[: d.start])
    }
    (value, a_start, a_end) = min(amounts)
    rule_evidence = [src.evidence(a_start, a_end)]
    if not dates:
        # no dated "eerste termijn": a schedule whose every row is that termijnbedrag dates the first one
        rows = _schedule_rows(src)
        if len(rows) < 2 or {round(v, 2) for _, v, _ in rows} != {round(value, 2)}:
            return None
        due, _, row = min(rows, key=lambda r: r[0])
        evidence = [*rule_evidence, row]
    elif len({d for d, _, _ in dates}) != 1:
        return None
    else:
        due, d_start, d_end = min(dates)
        evidence = [*rule_evidence, src.evidence(d_start, d_end)]
    rule = RULE.format(amount=money(value), date=format_date(due))
    return stated(value, evidence, rule), stated(due, evidence, rule)


# Paying off a debt: "U betaalt de achterstand af in zes termijnen", "U lost de schuld af".
_PAY_OFF = re.compile(r"(?i)\bu\s+(?:betaalt|lost)\s+(?:de|uw|het|deze)\s+\w+\s+af\b")


def paid_off_by_schedule(src: LetterSource, mentions: list[Amount], conditional: re.Pattern[str]) -> list[Segment]:
    """A sentence that pays off a debt in termijnen, in a letter whose table dates every termijn
    (a column "uiterlijk op"): the debt is paid in full by the last row, so the instruction asks the
    whole debt (with only the first termijn dated, what is asked now is that termijn: first_instalment).
    `conditional`: payment.py's if-clause, which asks nothing."""
    sentences = [s for s in src.segments if _PAY_OFF.search(s.text) and not conditional.search(s.text)]
    if not sentences or any(s.start <= a.start < s.end for s in sentences for a in mentions):
        return []
    rows = sum(1 for m in find_dates(src.text) if in_due_column(src.text, m.start))
    return sentences if rows >= 2 else []


# The first of a repayment's monthly amounts, told as a duty with its own date: "Het eerste maandbedrag
# van € 80,00 moet uiterlijk 28 februari op onze rekening staan". Money the reader receives ("Het eerste
# maandbedrag ontvangt u op ...", "storten wij") is no payment.
_FIRST_PERIOD = re.compile(r"(?i)\beerste\s+(?:maand|termijn)bedrag\b")
_DUTY = re.compile(r"(?i)\b(?:moet|dient|betaalt\s+u|u\s+betaalt)\b")
_TOWARDS_SENDER = re.compile(r"(?i)\bop\s+onze\s+rekening\b|\bbetal\w*|\bover\s*(?:te\s+)?maken\b|\bovermak\w*|\bvoldo\w*")
_TOWARDS_READER = re.compile(
    r"(?i)\b(?:ontvangt|krijgt|ontvangen|krijgen)\b|\b(?:storten|betalen|maken)\s+(?:wij|we)\b|\buit(?:betaal|gekeerd|keer)\w*"
)
RULE_FIRST_PERIOD = "het eerste maandbedrag van {amount} moet uiterlijk {date} betaald zijn"


def first_period_payment(src: LetterSource) -> tuple[Fact, Fact] | None:
    """(amount to pay, pay by) when one sentence tells the reader to pay the first monthly amount by a
    date, with that one amount and that one date; None otherwise."""
    found = []
    for s in src.segments:
        if not (_FIRST_PERIOD.search(s.text) and _DUTY.search(s.text) and _TOWARDS_SENDER.search(s.text)):
            continue
        if _TOWARDS_READER.search(s.text):
            continue
        amounts = [a for a in find_amounts(s.text, every=True) if not (a.negative or a.uncertain)]
        dates = [d for d in find_dates(s.text) if _BY.search(s.text[: d.start])]
        if len({a.value for a in amounts}) == 1 and len({d.value for d in dates}) == 1:
            found.append((amounts[0].value, dates[0].value, src.evidence(s.start, s.end)))
    if len({(v, d) for v, d, _ in found}) != 1:
        return None
    value, due, evidence = found[0]
    rule = RULE_FIRST_PERIOD.format(amount=money(value), date=format_date(due))
    return stated(value, [evidence], rule), stated(due, [evidence], rule)
