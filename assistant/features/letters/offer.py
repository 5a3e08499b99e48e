"""An offer to settle for less: "Betaalt u uiterlijk 7 mei de hoofdsom van € 200? Dan zien wij af van
de kosten." The amount in the offer, by its date, is what the letter asks the reader to pay now; the
higher total is owed only when the offer is not used (what follows a late payment: not_now.py). Pure;
payment.py weighs the offer against a pay instruction with an amount of its own (two amounts: to
check), pay_by.py reads the offer's date.
"""

from __future__ import annotations

import re

from assistant.features.letters.amounts import find_amounts
from assistant.features.letters.referred import Candidate
from assistant.features.letters.source import LetterSource
from assistant.features.letters.text import Segment

RULE_OFFER = "aanbod in de brief: betaalt u dit bedrag op tijd, dan vervallen de andere kosten"
OFFER_SENTENCE = " Dat is een aanbod. Betaalt u te laat, dan moet u meer betalen."
_GAP = r"(?:[^.?\n]|(?<=\d)[.](?=\d)|\n(?!\s*\n))"  # one sentence; "€ 1.236,50" and a wrapped line do not end it
# The case the offer names: a question "Betaalt u (uiterlijk ...) € ...?", a clause "Betaalt u ... € ..., dan"
# or "Als u ... € ... betaalt,"; also after a colon ("Wij bieden u een regeling aan: betaalt u ...").
_OFFER_CASE = re.compile(
    rf"(?i)(?:^|:)\W*(?:betaalt|voldoet)\s+u\b(?!{_GAP}*\bniet\b){_GAP}*€{_GAP}*(?:\?\s*$|,\s*dan\b)"
    rf"|(?:^|:)\W*(?:als|wanneer|indien)\s+u\b(?!{_GAP}*\bniet\b){_GAP}*€{_GAP}*\b(?:betaalt|voldoet|overmaakt)\b\s*,"
)
# What the sender gives up then: costs, interest, the rest of the claim.
_WAIVER = re.compile(
    r"(?i)\b(?:zien|zie)\s+(?:wij|we|ik)\s+(?:\w+\s+)?af\s+van\b|\bafzien\s+van\b|\b(?:vervalt|vervallen)\b"
    r"|\bscheld\w*\b[^.?]{0,60}\bkwijt\b|\bkwijtgescholden\b|\b(?:hoeft|hoeven)\s+u\b[^.?]{0,60}\bniet\s+(?:meer\s+)?te\s+betalen\b"
    r"|\b(?:brengen|rekenen)\s+(?:wij|we|ik)\b[^.?]{0,60}\bniet\b[^.?]{0,30}\b(?:in\s+rekening|aan)\b"
)
_THEN = re.compile(r"(?i)^\W*dan\b")


def offer_sentences(src: LetterSource) -> list[Segment]:
    """The sentences that name an offer's case (amount and date), each followed by what the sender
    gives up: in the same sentence ("Als u ... betaalt, zien wij af van ...") or the next ("Dan ...")."""
    segs, out = src.segments, []
    for i, seg in enumerate(segs):
        case = _OFFER_CASE.search(seg.text)
        if not case:
            continue
        if seg.text.rstrip().endswith("?"):
            after = segs[i + 1].text if i + 1 < len(segs) else ""
            if _THEN.match(after) and _WAIVER.search(after):
                out.append(seg)
        elif _WAIVER.search(seg.text[case.end() :]):
            out.append(seg)
    return out


def offered(src: LetterSource) -> list[Candidate]:
    """The amount each offer names (one amount per offer; none when an offer names more)."""
    out = []
    for seg in offer_sentences(src):
        amounts = [a for a in find_amounts(src.text[: seg.end], every=True) if seg.start <= a.start]
        if len({a.value for a in amounts}) == 1 and not amounts[0].negative:
            out.append(Candidate(amounts[0], [src.evidence(seg.start, seg.end)], seg, RULE_OFFER))
    return out


def with_offer(direct: list[Candidate], offers: list[Candidate]) -> list[Candidate]:
    """The offer's amount beside the instructions that name an amount: alone when they name none, both
    (to check) when they name another."""
    if not offers:
        return direct
    if not direct:
        return offers
    values = {round(c.amount.value, 2) for c in direct}
    return direct + [c for c in offers if round(c.amount.value, 2) not in values]
