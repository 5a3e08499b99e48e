"""Relative terms ("binnen zes weken na dagtekening"): their end date and the day they count from."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from assistant.features.letters.dates import (
    NUMBER_WORDS,
    SENT_ANCHOR,
    SERVES_ITSELF,
    add_period,
    find_sent_date,
    find_service_date,
)

_NUMBER = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# "binnen 14 dagen (na ...)"; "uiterlijk / tot (en met) 30 dagen na de datum van deze brief" is the same
# term, but only with its start named (group "late").
RELATIVE = re.compile(
    rf"\b(?:binnen|(?P<late>uiterlijk|tot\s+(?:en\s+met\s+|uiterlijk\s+)?))\s+{_NUMBER}\s+"
    r"(werkdagen|werkdag|dagen|dag|weken|week|maanden|maand)\b"
    r"(?P<anchor>\s+(?:na|vanaf|gerekend vanaf|te rekenen vanaf)\s+(?:de\s+)?"
    r"(?:datum|dagtekening|verzenddatum|verzending|dag waarop|dag\s+van\s+(?:de\s+)?(?:verzending|dagtekening|betekening)|ontvangst|betekening|heden|vandaag)[^.;]{0,60})?",
    re.IGNORECASE,
)


_OTHER_ANCHOR = re.compile(
    r"\s+(?:na|vanaf|nadat)\s+(?:de\s+|het\s+|uw\s+|ontvangst\s+van\s+(?:de\s+|het\s+)?)?([\w-]+)", re.I
)
_LETTER_ANCHORS = {
    "datum",
    "dagtekening",
    "verzenddatum",
    "verzending",
    "heden",
    "vandaag",
    "deze",
    "dit",
    "dag",
    "ontvangst",
}


@dataclass(frozen=True)
class RelativeDeadline:
    value: date
    start: int
    end: int
    raw: str
    exact: bool  # False when counted from receipt or service, which the letter does not date
    counted_from: date | None = None  # the date the period was counted from


# The clause counts the term from the day the reader receives or is served the letter, a day the
# letter does not date ("na ontvangst", "vanaf de dag na de dag waarop u deze brief hebt ontvangen",
# "na de dag waarop u deze brief ontvangt / krijgt"), in any tense.
_FROM_RECEIPT = re.compile(
    r"(?i)\bontvangst\b|\b(?:waarop|nadat|dat|zodra)\b[^.;?]{0,50}\b(?:ontvang(?:en|t)|krijgt|gekregen)\b"
    r"|\bbeteken(?:ing|d)\b|\buitreiking\b"
)
_FROM_SERVICE = re.compile(r"(?i)\bheden\b|\bvandaag\b|\bbeteken(?:ing|d)\b")  # an exploot's "vandaag" is "heden"
_SERVED_WORD = re.compile(r"(?i)\bbeteken(?:d|ing|en)\b|\bexploot\b")


def find_relative(text: str, letter_date: date | None) -> list[RelativeDeadline]:
    """Periods counted from the letter ("binnen 14 dagen", "binnen zes weken na dagtekening").

    Awb 6:8 lets the objection period start the day after the letter is sent; six weeks counted
    from the letter date therefore ends on the same weekday six weeks later. Periods counted from
    receipt or service are resolved from the letter date too (the earliest, safe date), marked as
    not exact.
    """
    if letter_date is None:
        return []
    out = []
    service = find_service_date(text)
    # Only a letter that says it is itself the service is served on its own date. An exploot "Heden, ..."
    # whose day cannot be read leaves a term "na heden / na betekening" without its start: never the
    # dagtekening of the decision above it (a dwangbevel is often served days after it is dated).
    served_on = service.value if service else letter_date if SERVES_ITSELF.search(text) else None
    sent = find_sent_date(text)
    for m in RELATIVE.finditer(text):
        if m.group("late") and not m.group("anchor"):
            continue  # "uiterlijk 30 dagen" without "na ...": not clearly counted from the letter
        other = _OTHER_ANCHOR.match(text[m.end() : m.end() + 60])
        clause = (m.group("anchor") or "") + re.split(r"[.;?\n]", text[m.end() : m.end() + 120])[0]
        if not m.group("anchor") and other and other.group(1).lower() not in _LETTER_ANCHORS:
            if not _FROM_RECEIPT.search(clause):
                continue  # "binnen 30 dagen na de factuurdatum": counted from a date the letter does not give
        word = m.group(2).lower()
        amount = int(word) if word.isdigit() else NUMBER_WORDS[word]
        start, exact = letter_date, not _FROM_RECEIPT.search(clause)
        if sent and SENT_ANCHOR.search(clause) and not _FROM_RECEIPT.search(clause):
            start = sent.value  # "binnen vier weken na de dag van verzending": from the verzenddatum it names
        if served_on and _FROM_SERVICE.search(clause):
            start, exact = served_on, True  # "binnen twee dagen na heden" in an exploot dated that day
        elif _FROM_SERVICE.search(clause) and _SERVED_WORD.search(text):
            exact = False  # "na vandaag" in a served exploot whose day of service was not found
        value = add_period(start, amount, m.group(3))
        out.append(RelativeDeadline(value, m.start(), m.end(), m.group(0), exact, start))
    # The letter explains its term once ("14 dagen, te rekenen vanaf ontvangst"): every mention of
    # the same term ("Betaal binnen 14 dagen") counts from that day too.
    from_receipt = {(r.value, r.counted_from) for r in out if not r.exact}
    from_receipt |= {(r.value, r.counted_from) for r in out if _explained_from_receipt(text, r)}
    return [replace(r, exact=False) if (r.value, r.counted_from) in from_receipt else r for r in out]


# A sentence of its own that says when a term starts ("Die 14 dagen beginnen op de dag nadat u deze
# brief heeft ontvangen", "De termijn gaat in na ontvangst van deze brief"): counted from receipt.
_STARTS = re.compile(
    rf"(?i)\b(?:(?:die|deze|de)\s+(?:termijn|periode)|(?:die|deze|de)\s+{_NUMBER}\s+(?:werkdagen|dagen|weken|maanden))\b"
    r"[^.;?\n]{0,20}?\b(?:begin\w*|gaa?t\s+in|gaan\s+in|loopt|lopen|tell\w*|rekenen)\b([^.;?]{0,100})"
)


def _explained_from_receipt(text: str, r: RelativeDeadline) -> bool:
    """A sentence within the next 300 characters says the term starts on receipt or service."""
    for m in _STARTS.finditer(text, r.end, r.end + 300):
        if not _FROM_RECEIPT.search(m.group(0)):
            continue
        named = m.group(1)
        if named is None or (int(named) if named.isdigit() else NUMBER_WORDS.get(named.lower())) == _length(r.raw):
            return True
    return False


def _length(raw: str) -> int | None:
    m = re.search(_NUMBER, raw, re.I)
    if m is None:
        return None
    return int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1).lower())
