"""A letter that names an amount owed but tells the reader not to pay it yet ("Betaal pas na ontvangst
van de betaalbrief", "Wacht met betalen tot u de rekening krijgt", "U hoeft nog niet te betalen"): the
amount is owed, but it is no amount to pay now; when and how comes later. Pure.

Such a sentence is no pay instruction itself, and beside an instruction with an amount it makes that
amount to check (payment.py: asked_not_now), never "betaal € X".
"""

from __future__ import annotations

import re

_LATER = r"(?:na|als|wanneer|nadat|zodra|op\s+het\s+moment\s+dat)"
_PAY_LATER = re.compile(
    rf"(?i)^\W*betaal\s+(?:\w+\s+){{0,3}}?pas\s+{_LATER}\b"
    r"|\bbetaal\s+(?:\w+\s+){0,3}?nog\s+(?:niet|niets)\b"
    r"|\bwacht\s+(?:\w+\s+){0,3}?met\s+(?:het\s+)?(?:terug)?betalen\b"
    r"|\bhoeft\s+u\b[^.?]{0,40}\bnog\s+niet\s+(?:terug\s+)?te\s+betalen\b"
    r"|\bu\s+hoeft\b[^.?]{0,40}\bnog\s+niet\s+(?:terug\s+)?te\s+betalen\b"
    rf"|^\W*(?:u\s+betaalt\s+)?pas\s+{_LATER}\b[^.?]{{0,80}}\b(?:betalen|betaalt|overmaken)\b"
)


def pays_later(sentence: str) -> bool:
    """The sentence tells the reader not to pay yet: payment waits for a later letter or event."""
    return bool(_PAY_LATER.search(sentence))


def later_for(text: str, sentences: list, amount_starts: list[int]) -> list:
    """The pay-later sentences that stand in the paragraph of one of the amounts (no blank line between):
    a "hoeft u deze boete nog niet te betalen" in another paragraph is about another claim."""
    return [
        s
        for s in sentences
        if pays_later(s.text)
        and any(not _BLANK_LINE.search(text[min(s.start, a) : max(s.start, a)]) for a in amount_starts)
    ]


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
