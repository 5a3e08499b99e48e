"""A betalingsregeling: the letter sets out payment in termijnen. What the reader pays next is
one termijn ("U betaalt 12 termijnen van € 205,00"), due on the date of the first termijn ("De
eerste termijn betaalt u uiterlijk 30 juni 2026"). Pure.

Only used when the letter asks no other payment: a letter that names one termijnbedrag and one
date for the first termijn states both with that rule; anything less is left to the other rules.
"""

from __future__ import annotations

import re

from assistant.drafts.facts import Fact, stated
from assistant.features.letters.amounts import find_amounts, money
from assistant.features.letters.dates import find_dates, format_date
from assistant.features.letters.source import LetterSource

_INSTALMENT = re.compile(r"(?i)\btermijn(?:en)?\s+van\s*$|\bper\s+termijn\s*:?\s*$|\btermijnbedrag\s*:?\s*$")
_FIRST = re.compile(r"(?i)\beerste\s+termijn\b")
_BY = re.compile(r"(?i)(?:uiterlijk(?:\s+op)?|vóór|voor|op)\s*$")
RULE = "betalingsregeling: u betaalt nu de eerste termijn van {amount}, uiterlijk {date}"


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
    if len({d for d, _, _ in dates}) != 1:
        return None
    (value, a_start, a_end), (due, d_start, d_end) = min(amounts), min(dates)
    rule = RULE.format(amount=money(value), date=format_date(due))
    evidence = [src.evidence(a_start, a_end), src.evidence(d_start, d_end)]
    return stated(value, evidence, rule), stated(due, evidence, rule)
