"""Money the organisation settles itself: it offsets it against (verrekent) or withholds it from
(houdt in op) what it pays the reader ("Wij verrekenen het met uw toeslag", "Dit wordt ingehouden
op uw uitkering"). Such money is no amount the reader pays; a letter that also asks the reader to pay
is to be checked. A terugvordering announced in an intrekking that says nothing needs paying yet is
to be checked too. Pure; payment.py builds the amount fact with it, actions.py reads RULE_SETTLED.
"""

from __future__ import annotations

import re

from assistant.drafts.facts import Evidence, Fact, stated, to_check, unique_evidence
from assistant.features.letters.amounts import money

RULE_SETTLED = (
    "De brief zegt dat het bedrag wordt verrekend of ingehouden op wat u krijgt; u hoeft het niet zelf te betalen"
)
# What the money is offset against: the reader's own money ("uw uitkering") or money the sentence
# says the reader gets ("de toeslag die u de komende maanden krijgt").
_TARGET = r"(?:uw\b|(?:de|het)\s+\w+(?:\s+\w+)?\s+(?:die|dat)\s+u\b[^.?]{0,40}\b(?:krijgt|ontvangt)\b)"
_SETTLED = re.compile(
    r"(?i)\b(?:(?:wij|we)\s+verrekenen|verrekenen\s+(?:wij|we)|(?:gaan|zullen)\s+(?:wij|we)\b[^.?]{0,60}\bverrekenen)"
    rf"\b[^.?]{{0,120}}\bmet\s+{_TARGET}"
    r"|\b(?:(?:wij|we)\s+houden|houden\s+(?:wij|we)|(?:gaan|zullen)\s+(?:wij|we)\b[^.?]{0,60}\binhouden)"
    rf"\b[^.?]{{0,120}}\b(?:in\s+)?(?:op|van)\s+{_TARGET}"
    rf"|\b(?:wordt|worden|zal|zullen)\b[^.?]{{0,60}}\b(?:verrekend\s+met|ingehouden\s+(?:op|van))\s+{_TARGET}"
)
# The reader's own share (eigen risico, eigen bijdrage) is what the reader pays: costs "verrekend met
# uw eigen risico" are charged to the reader, not offset against money the reader gets.
_OWN_SHARE = re.compile(r"(?i)\b(?:met|op|van)\s+uw\s+eigen\s+(?:risico|bijdrage|betaling)\b")
# Only in a case: "Als u niet betaalt, verrekenen wij ...", "Betaalt u niet? Dan verrekenen wij ...".
_IN_A_CASE = re.compile(
    r"(?i)^\W*(?:als|indien|wanneer|mocht|zodra)\b|\bdan\b|\b(?:als|indien|wanneer|tenzij|zodra)\s+(?:u|het|de|dit)\b"
)
# A settling that stops ("Wij houden vanaf 1 mei geen premie meer in op uw uitkering", "wordt niet meer
# verrekend"): from then on the reader pays, so nothing is settled for the reader.
_STOPS = re.compile(r"(?i)\b(?:geen|niet|niets)\b(?:[^.?]{0,60}\bmeer\b)?(?=[^.?]{0,80}\b(?:in\b|verreken\w*|ingehouden)\b)")
_HOUDEN_IN = re.compile(rf"(?i)\bin\s+(?:op|van)\s+{_TARGET}|\bin\b[^.?]{{0,30}}\bop\s+{_TARGET}")
_RECLAIMS = re.compile(r"(?i)\bvorderen\b|\bteruggevorderd\b")


def settles(sentence: str) -> bool:
    """The sentence says the organisation settles the money itself, not only in a case ("houden"
    counts only as "houden ... in op uw": "Wij houden rekening met uw inkomen" settles nothing; costs
    "verrekend met uw eigen risico" are charged to the reader; "geen ... meer in" stops a settling)."""
    text = sentence.rstrip()
    if not _SETTLED.search(text) or _IN_A_CASE.search(text) or text.endswith("?") or _OWN_SHARE.search(text):
        return False
    if _STOPS.search(text):
        return False
    houden = re.search(r"(?i)\bhouden\b", text) and not re.search(r"(?i)\bverreken|\bingehouden\b", text)
    return not houden or bool(_HOUDEN_IN.search(text))


# "Die premie wordt ingehouden ...": the sentence goes on about what the sentence before named.
_REFERS_BACK = re.compile(r"(?i)^\W*(?:die|dat|deze|dit)\s+(?:\w+\s+)?(?:wordt|worden|zal|zullen|gaat|gaan)\b")


def settles_only_in_a_case(sentence: str, previous: str) -> bool:
    """A settling sentence that goes on about what a sentence holding only in a case named ("U betaalt
    dan een hogere premie aan X. Die premie wordt ingehouden op uw loon.") holds only in that case too."""
    return bool(_REFERS_BACK.match(sentence)) and bool(_IN_A_CASE.search(previous))


def reclaims(sentence: str) -> bool:
    """"Wij vorderen € … van u terug" says what is owed, not how it is paid: no pay request."""
    return bool(_RECLAIMS.search(sentence))


def settled_amount(settled: list[Evidence], asked: list[tuple[float, list[Evidence]]]) -> Fact:
    """Money that is verrekend or ingehouden (`settled`: those sentences) is no amount to pay; a
    letter that also tells the reader to pay (`asked`: each amount with its quotes) is to be checked,
    with both quotes."""
    if not asked:
        return stated(None, unique_evidence(settled), RULE_SETTLED)
    values = sorted({round(v, 2) for v, _ in asked})
    note = (
        f"De brief vraagt om betaling van {', '.join(money(v) for v in values)}, maar zegt ook dat een "
        "bedrag wordt verrekend of ingehouden. Controleer wat de lezer zelf moet betalen."
    )
    value = values[0] if len(values) == 1 else None
    quotes = [e for _, evidence in asked for e in evidence]
    return to_check(value, note, unique_evidence(quotes + settled), RULE_SETTLED)


def reclaimed_later(asked: list[tuple[float, list[Evidence]]], not_yet: list[Evidence]) -> Fact:
    """An intrekking or beëindiging that says "wij vorderen dit bedrag terug" and "u hoeft nu nog
    niets te betalen": the terugvordering comes later, so the amount is to check, not to pay."""
    values = sorted({round(v, 2) for v, _ in asked})
    note = (
        f"De brief kondigt een terugvordering aan ({', '.join(money(v) for v in values)}), maar zegt dat u nu nog "
        "niets hoeft te betalen. Controleer de latere brief over het bedrag en de betaling."
    )
    return to_check(None, note, unique_evidence([e for _, evidence in asked for e in evidence] + not_yet))


def asked_not_now(asked: list[tuple[float, list[Evidence]]], not_yet: list[Evidence]) -> Fact:
    """The letter names an amount still owed ("u moet nog € 540 betalen") and also says "U hoeft nu
    niets te betalen" (a later letter sets the payment): conflicting signals, so the amount is to
    check, with both quotes."""
    values = sorted({round(v, 2) for v, _ in asked})
    note = (
        f"De brief noemt een bedrag om te betalen ({', '.join(money(v) for v in values)}), maar zegt ook dat u nu "
        "niets hoeft te betalen. Controleer of en wanneer de lezer moet betalen."
    )
    return to_check(None, note, unique_evidence([e for _, evidence in asked for e in evidence] + not_yet))
