"""Money the organisation settles itself: it offsets it against (verrekent) or withholds it from
(houdt in op) what it pays the reader ("Wij verrekenen het met uw toeslag", "Dit wordt ingehouden
op uw uitkering"). Such money is no amount the reader pays. Pure; payment.py uses it.
"""

from __future__ import annotations

import re

RULE_SETTLED = (
    "De brief zegt dat het bedrag wordt verrekend of ingehouden op wat u krijgt; u hoeft het niet zelf te betalen"
)
_SETTLED = re.compile(
    r"(?i)\b(?:(?:wij|we)\s+verrekenen|verrekenen\s+(?:wij|we)|(?:gaan|zullen)\s+(?:wij|we)\b[^.?]{0,60}\bverrekenen)"
    r"\b[^.?]{0,120}\bmet\s+uw\b"
    r"|\b(?:(?:wij|we)\s+houden|houden\s+(?:wij|we)|(?:gaan|zullen)\s+(?:wij|we)\b[^.?]{0,60}\binhouden)"
    r"\b[^.?]{0,120}\b(?:in\s+)?(?:op|van)\s+uw\b"
    r"|\b(?:wordt|worden|zal|zullen)\b[^.?]{0,60}\b(?:verrekend\s+met|ingehouden\s+(?:op|van))\s+uw\b"
)
# Only in a case: "Als u niet betaalt, verrekenen wij ...", "Betaalt u niet? Dan verrekenen wij ...".
_IN_A_CASE = re.compile(
    r"(?i)^\W*(?:als|indien|wanneer|mocht|zodra)\b|\bdan\b|\b(?:als|indien|wanneer|tenzij|zodra)\s+(?:u|het|de|dit)\b"
)
_HOUDEN_IN = re.compile(r"(?i)\bin\s+(?:op|van)\s+uw\b|\bin\b[^.?]{0,30}\bop\s+uw\b")
_RECLAIMS = re.compile(r"(?i)\bvorderen\b|\bteruggevorderd\b")


def settles(sentence: str) -> bool:
    """The sentence says the organisation settles the money itself, not only in a case ("houden"
    counts only as "houden ... in op uw": "Wij houden rekening met uw inkomen" settles nothing)."""
    text = sentence.rstrip()
    if not _SETTLED.search(text) or _IN_A_CASE.search(text) or text.endswith("?"):
        return False
    houden = re.search(r"(?i)\bhouden\b", text) and not re.search(r"(?i)\bverreken|\bingehouden\b", text)
    return not houden or bool(_HOUDEN_IN.search(text))


def reclaims(sentence: str) -> bool:
    """"Wij vorderen € … van u terug" says what is owed, not how it is paid: no pay request."""
    return bool(_RECLAIMS.search(sentence))
