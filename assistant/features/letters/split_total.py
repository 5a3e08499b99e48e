"""A total that the letter splits into termijnen, whatever kind of letter it is ("U betaalt dit bedrag
in 12 maandelijkse termijnen van € 110", "U betaalt de achterstand in 10 termijnen van € 50"): what the
reader has to pay now is the first termijn, by the date of that termijn; the total is context (it is
due at once only when a termijn is missed). Pure.

The total is told apart from the amount due by a date by the letter's own arithmetic: the amount found
as "te betalen" must be the number of termijnen times the termijnbedrag. A split that is only offered
("U kunt in termijnen betalen", "Als u wilt, ...") changes nothing: then the total is what is asked.
"""

from __future__ import annotations

import re

from assistant.drafts.facts import Fact, stated
from assistant.features.letters.amounts import money
from assistant.features.letters.dates import NUMBER_WORDS, format_date
from assistant.features.letters.instalments import first_instalment
from assistant.features.letters.source import LetterSource

_SPLIT = re.compile(
    r"(?i)\bu\s+betaalt\b[^.?\n]{0,60}?\bin\s+(\d{1,2}|[a-zé]+)\s+(?:\w+\s+)?termijnen\s+van\s*(?:€|eur\b|euro\b)"
)
# an offer or a case, not how the letter has settled it
_CHOICE = re.compile(r"(?i)\b(?:kunt|kan|mag|mogen|wilt|wil|als|indien|wanneer|zodra|eventueel)\b|\?")
RULE_SPLIT = (
    "u betaalt {total} in {n} termijnen; nu te betalen is de eerste termijn van {amount}, uiterlijk {date}"
)


def _terms(src: LetterSource) -> set[int]:
    """The numbers of termijnen the letter's settled splits name."""
    counts = set()
    for s in src.segments:
        m = _SPLIT.search(s.text)
        if not m or _CHOICE.search(s.text):
            continue
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if n and n > 1:
            counts.add(n)
    return counts


def split_total(src: LetterSource, amount: Fact) -> tuple[Fact, Fact] | None:
    """(amount to pay, pay by) = the first termijn when `amount` is the total the letter splits into
    termijnen (or no amount was found) and the first termijn has one date; None otherwise."""
    counts = _terms(src)
    if len(counts) != 1 or amount.status == "to_check" or (amount.stated and amount.value is None):
        return None
    first = first_instalment(src)
    if first is None:
        return None
    (n,) = counts
    termijn, due = first[0].value, first[1].value
    total = amount.value if amount.stated else n * termijn
    if abs(n * termijn - total) >= 1:
        return None  # the amount found is not this split's total: leave it to the other rules
    evidence = first[0].evidence + [e for e in amount.evidence if e not in first[0].evidence]
    rule = RULE_SPLIT.format(total=money(total), n=n, amount=money(termijn), date=format_date(due))
    return stated(termijn, evidence, rule), stated(due, first[1].evidence, rule)
