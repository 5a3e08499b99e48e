"""A sentence about a relative (or partner) that ends with "dat regelt hij zelf" or "zijn zaak": the
pronoun takes up the sentence's subject, the relative ("Mijn zoon heeft gedoe met … maar dat regelt hij zelf"), so the matter is the
relative's own and no party to the client's question. Pure."""

from __future__ import annotations

import re

_KIN = (
    r"(?:zus|broer|moeder|vader|dochter|zoon|kleinzoon|kleindochter|schoonzoon|schoondochter|ex|"
    r"ex-partner|oma|opa|tante|oom)"
)
_ARRANGES = r"(?:regel(?:t|en|de|den)|doe(?:t|n)|deed|betaal(?:t|de))"
_RELATIVE_SUBJECT_ARRANGES = re.compile(
    rf"^\W*(?:mijn|haar|zijn|hun|onze)\s+{_KIN}\b[^.;]{{0,140}}?\b(?:dat|het|dit|alles)\s+{_ARRANGES}\s+"
    r"(?:hij|zij|ze)\s+(?:dat\s+|het\s+)?zelf\b",
    re.IGNORECASE,
)


# The sentence opens with a relative (also in note style, without a possessive: "- dochter (23) heeft …") and
# names the relative again as the one who arranges it: "…; maar zoon is volwassen en regelt dat zelf".
_RELATIVE_OPENS = re.compile(rf"^\W*(?:(?:mijn|haar|zijn|hun|onze|de)\s+)?{_KIN}\b", re.IGNORECASE)
_RELATIVE_AGAIN_ARRANGES = re.compile(
    rf"\b{_KIN}\b[^.;:]{{0,80}}?\b{_ARRANGES}\s+(?:dat|het|dit|alles)\s+zelf\b", re.IGNORECASE
)


# A note line may open with a date before the relative: "12-03-2027 – zwager heeft …".
_DATED_OPENING = r"^\W*(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\W*)?"
_PARTNER = r"(?:partner|ex-partner|ex|vriend|vriendin|echtgeno(?:ot|te)|zwager|schoonzus)"
_RELATIVE_OR_PARTNER_OPENS = re.compile(
    rf"{_DATED_OPENING}(?:(?:mijn|haar|zijn|hun|onze|de)\s+)?(?:{_KIN}|{_PARTNER})\b", re.IGNORECASE
)
# The note declares the matter the other person's own: "(is) zijn zaak", "niet haar zaak", "staat alleen op
# haar naam" (or, in a subordinate clause, "op zijn naam te staan"), or the pronoun arranges it: "hij regelt
# dat zelf".
_DECLARED_OWN = re.compile(
    r"\b(?:(?:zijn|haar|hun)\s+(?:eigen\s+)?(?:zaak|probleem|kwestie)|niet\s+(?:haar|zijn|mijn|onze)\s+zaak|"
    r"sta(?:at|an)\s+(?:alleen\s+|uitsluitend\s+|volledig\s+)?op\s+(?:zijn|haar|hun)\s+(?:eigen\s+)?naam|"
    r"op\s+(?:zijn|haar|hun)\s+(?:eigen\s+)?naam\s+(?:te\s+)?sta(?:at|an)|"
    rf"(?:hij|zij|ze)\s+{_ARRANGES}\s+(?:dat|het|dit|alles)\s+zelf)\b",
    re.IGNORECASE,
)


def relative_arranges_own(sentence: str) -> bool:
    """Does the sentence open with a relative and say that he or she arranges it, or that it is his or
    her own matter?"""
    if _RELATIVE_SUBJECT_ARRANGES.search(sentence):
        return True
    if _RELATIVE_OR_PARTNER_OPENS.match(sentence) and _DECLARED_OWN.search(sentence):
        return True
    return bool(_RELATIVE_OPENS.match(sentence) and _RELATIVE_AGAIN_ARRANGES.search(sentence))
