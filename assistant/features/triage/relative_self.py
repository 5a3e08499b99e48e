"""A sentence about a relative that ends with "dat regelt hij zelf": the pronoun takes up the sentence's
subject, the relative ("Mijn zoon heeft gedoe met … maar dat regelt hij zelf"), so the matter is the
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


def relative_arranges_own(sentence: str) -> bool:
    """Does the sentence open with a relative and say that he or she arranges it?"""
    if _RELATIVE_SUBJECT_ARRANGES.search(sentence):
        return True
    return bool(_RELATIVE_OPENS.match(sentence) and _RELATIVE_AGAIN_ARRANGES.search(sentence))
