"""The verzet term of a dwangbevel counts from its betekening, not from its own date.

A dwangbevel is made known by the betekening of an exploot (Awb 4:123 lid 1; the Invorderingswet
1990 follows the same line for tax debts), and a served writ is often dated days before it is
served. So a term the letter gives without saying from when ("U kunt binnen zes weken in verzet
komen") runs from the day of service: counted from the day of service the letter names, and not
counted at all (to check) when the letter names none. A term the letter itself anchors ("na de
datum van dit dwangbevel") or a last day it writes is the letter's own and stays as it is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assistant.features.letters.dates import SERVES_ITSELF, add_period, find_service_date, format_date
from assistant.features.letters.remedies import SERVED, THIS, Term

RULE_SERVED_BY_LAW = (
    "een dwangbevel wordt bekendgemaakt door betekening (Awb 4:123 lid 1); de brief noemt {period} zonder "
    "begindag, dus die telt vanaf de dag van betekening, betekend op {day}"
)


def service_day(text: str, letter_date: date | None) -> date | None:
    """The day of service the letter names, or its own date when it says it serves itself
    ("Hierbij betekenen wij u dit dwangbevel"); None when the letter does not say."""
    found = find_service_date(text)
    if found:
        return found.value
    return letter_date if SERVES_ITSELF.search(text) else None


def from_service(term: Term, text: str, letter_date: date | None) -> tuple[Term, str | None]:
    """A dwangbevel's verzet term without a begin day, counted from the day of service (and its
    rule); any other term unchanged (rule None: the usual rule applies)."""
    if term.explicit or term.anchored or term.anchor != THIS or not term.period:
        return term, None
    served = service_day(text, letter_date)
    amount, unit = term.period.split(" ", 1)
    until = add_period(served, int(amount), unit) if served else None
    counted = replace(
        term, until=until, anchor=SERVED, anchor_date=served, counted_from="de dag van betekening"
    )
    rule = RULE_SERVED_BY_LAW.format(period=term.period, day=format_date(served)) if served else None
    return counted, rule
