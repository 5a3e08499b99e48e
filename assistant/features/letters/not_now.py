"""Amounts a letter names that are not to be paid now: what follows only a late or missed payment,
an amount the letter says stands apart from its own matter; and the total of a plan in termijnen,
which is no periodic amount. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.features.letters.amounts import Amount
from assistant.features.letters.text import Segment, segment_at

LATE_LABEL = "bij te laat betalen"

# Paying late or not at all: what follows only then (incassokosten, rente, a higher total) is not
# what the letter asks to pay now.
_LATE = re.compile(
    r"(?i)\bbetaalt\s+u\s+(?:\w+\s+){0,3}?niet\s*(?:\?|op\s+tijd|tijdig|binnen|vóór|voor|uiterlijk)"
    r"|\b(?:als|indien|wanneer|zodra)\s+u\s+[^.?]{0,30}?\bniet\s+(?:op\s+tijd|tijdig|binnen|vóór|voor|uiterlijk)[^.?]{0,40}\bbetaalt\b"
    r"|\bniet\s+(?:op\s+tijd|tijdig|binnen\s+(?:de|deze|die)\s+termijn)\b[^.?]{0,20}\bbetaal(?:t|en)?\b|\bte\s+late\s+betaling"
    r"|\bbij\s+(?:niet|niet-tijdige|te\s+late)\s+betaling\b|\bna\s+afloop\s+van\s+(?:de|deze)\s+(?:betaal)?termijn\b"
)


def only_if_late(text: str, segs: list[Segment], i: int) -> bool:
    """The sentence says what follows a late or missed payment, itself or in the passage that a
    question opens ("Betaalt u niet op tijd? Dan ... € 40 incassokosten. U betaalt dan € ...")."""
    if _LATE.search(segs[i].text):
        return True
    for j in range(i - 1, max(-1, i - 5), -1):
        if "\n\n" in text[segs[j].end : segs[j + 1].start] and j + 1 < i:
            return False  # another paragraph
        if segs[j].text.rstrip().endswith("?"):
            return bool(_LATE.search(segs[j].text))
    return False


# "De boete staat los van het bedrag van € X dat u moet terugbetalen": an amount of another matter.
_APART = re.compile(
    r"(?i)\b(?:staat|staan|is|zijn)\s+los\s+van\b[^.?]{0,40}$|\b(?:apart|los)\s+van\s+het\s+bedrag\b[^.?]{0,20}$"
)


# "€ 300 in 3 termijnen van € 100": the first amount is the total, paid in parts, not a periodic amount.
_IN_TERMS = re.compile(
    r"(?i)\s*(?:(?:te\s+)?betalen\s+)?in\s+(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+termijnen\b"
)


# "Die nota valt niet onder deze aanmaning", "Dat staat los van deze brief": another matter.
_OTHER_MATTER = re.compile(
    r"(?i)\b(?:valt|vallen)\s+niet\s+onder\s+(?:deze|dit)\s+\w+|\b(?:staat|staan)\s+los\s+van\s+(?:deze|dit)\s+\w+"
    r"|\b(?:hoort|horen)\s+niet\s+bij\s+(?:deze|dit)\s+\w+|\bheeft\s+niets\s+(?:te\s+maken\s+)?met\s+(?:deze|dit)\s+\w+"
)
_POINTS_BACK = re.compile(r"(?i)^\W*(?:die|dat|deze|dit|het|hij|zij|ze)\b")


def other_matter(segs: list[Segment], i: int) -> bool:
    """The sentence is about something the letter says is not its own matter: it says so itself,
    or a following sentence that points back to it does ("Die betaalt u vóór 10 mei. Die nota valt
    niet onder deze aanmaning."). Its dates and amounts are not this letter's duties."""
    if _OTHER_MATTER.search(segs[i].text):
        return True
    for seg in segs[i + 1 : i + 3]:
        if not _POINTS_BACK.match(seg.text):
            return False
        if _OTHER_MATTER.search(seg.text):
            return True
    return False


def stands_apart(before: str) -> bool:
    """The sentence up to an amount says it is another matter ("staat los van het bedrag van")."""
    return bool(_APART.search(before))


def total_in_terms(after: str) -> bool:
    """The amount is followed by "in N termijnen": a total paid in parts."""
    return bool(_IN_TERMS.match(after))


def mark_late(text: str, segs: list[Segment], amounts: list[Amount]) -> list[Amount]:
    """The letter's amounts, those due only after a late payment labelled so in the list the
    reader sees ("Totaal: € 224,37" would read as the amount to pay)."""
    out = []
    for a in amounts:
        late = segs and only_if_late(text, segs, segment_at(segs, a.start))
        out.append(replace(a, label=f"{a.label} ({LATE_LABEL})") if late else a)
    return out


# The claim is paid in full: "De boete is hiermee helemaal betaald", "U heeft het hele bedrag betaald".
_PAID_OFF = re.compile(
    r"(?i)\b(?:is|zijn)\s+(?:hiermee\s+|daarmee\s+|nu\s+)?(?:helemaal|volledig|geheel|in\s+zijn\s+geheel)\s+"
    r"(?:betaald|voldaan|afgelost)\b"
    r"|\bu\s+heeft\s+(?:alles|het\s+(?:hele|volledige|totale)\s+bedrag)\s+(?:\w+\s+)?(?:betaald|voldaan)\b"
)
RULE_PAID_OFF = "De brief zegt dat alles betaald is; het bedrag in de tabel is wat er te betalen was"


def paid_off(sentence: str) -> bool:
    """The sentence says the claim is paid in full: what the letter lists was due, nothing is asked."""
    return bool(_PAID_OFF.search(sentence))


# What another decision says ("Volgens de aanslag moet u € 1.874 betalen", "In dat besluit staat dat u
# ... moet terugbetalen"): this letter reports that claim, it does not ask it ("In deze beschikking ..."
# is this letter itself, and is not matched). Money under a deferment
# the reader was granted ("U heeft uitstel van betaling gekregen voor het bedrag van € ...") is not due now.
_REPORTED = re.compile(
    r"(?i)^\W*volgens\s+(?:de|het|die|dat|uw)\s+(?:\w+\s+)?(?:aanslag|besluit|beslissing|beschikking|vonnis|uitspraak)\b"
    r"|\b(?:in|volgens)\s+(?:die|dat)\s+(?:aanslag|besluit|beslissing|beschikking)\b"
)
_DEFERRED = re.compile(
    r"(?i)\buitstel\s+van\s+betaling\b[^.?]{0,20}\b(?:gekregen|verleend|gegeven|toegekend)\b"
    r"|\b(?:heeft|hebt|krijgt)\s+u\s+uitstel\s+van\s+betaling\b"
)


def not_this_claim(sentence: str) -> bool:
    """The sentence tells what another decision says, or names money under a deferment of payment the
    reader was granted: not what this letter asks to pay now."""
    return bool(_REPORTED.search(sentence) or _DEFERRED.search(sentence))
