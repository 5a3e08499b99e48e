"""The client's own provider: an organisation named only as where the client banks, is insured or is a
customer ("heeft een betaalrekening bij de bank", "heeft mevrouw Smit als huisarts"), so no party to the
question. Pure; split from background.py."""

from __future__ import annotations

import re

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
# The client is only a customer: "heeft een betaalrekening bij de bank", "is verzekerd bij …".
_CUSTOMER_BEFORE = re.compile(
    r"\b(?:heeft|had|hebben|hadden)\s+(?:\S+\s+){0,2}?\w*(?:betaalrekening|bankrekening|spaarrekening|verzekering|polis|"
    r"abonnement)\w*\s+(?:\S+\s+)?bij\s+(?:de\s+|het\s+|een\s+)?$|\bhuur(?:t|en|de)\s+(?:\S+\s+)?(?:een|bij|van)\s+"
    r"(?:de\s+|het\s+|een\s+)?$|\b(?:verzekerd|bankiert|bankieren|klant|(?:mw|dhr|ze|zij|hij)\.?\s+(?:is|staat)\s+in\s+behandeling|"
    r"ingeschreven)\s+(?:\S+\s+)?bij\s+(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?$",
    _F,
)
_HOLDS_BEFORE = re.compile(r"\b(?:heeft|had|hebben|hadden)\s+(?:een\s+|haar\s+|zijn\s+|hun\s+)?$", _F)
_AT_AFTER = re.compile(r"^\w*\s+bij\b", _F)
# "heeft mevrouw Smit als huisarts": the organisation is named as what someone is to the client.
_AS_PROVIDER_BEFORE = re.compile(r"\b(?:heeft|hebben|had)\s+(?:\S+\s+){1,3}?als\s+(?:eigen\s+)?$", _F)
_HOLDS_BEFORE_ARTICLE = re.compile(r"\b(?:heeft|had|hebben|hadden)\s+(?:de\s+|het\s+|een\s+)?$", _F)
# The mention is the product the client already holds, and its clause says nothing more about it:
# "heeft (wel) een zorgverzekering." or, in a subordinate clause, "terwijl hij al een … heeft,".
_HOLDS_PRODUCT_BEFORE = re.compile(r"\b(?:heeft|had|hebben|hadden)\s+(?:wel\s+|al\s+|gewoon\s+)?een\s+$", _F)
_CLAUSE_ENDS_AFTER = re.compile(r"^\s*(?:[.;,]|$)")
_HAS_ONE_BEFORE = re.compile(r"\b(?:wel|al|gewoon)\s+een\s+$", _F)
_HAS_AFTER = re.compile(r"^\s+(?:heeft|had|hebben|hadden)\s*(?:[.;,]|$)", _F)
_AS_PROVIDER_AFTER = re.compile(r"^[\w\-]*\s+als\s+(?:eigen\s+|vaste\s+)?\w+", _F)

def own_provider(text: str, m: OrgMention) -> bool:
    """Is the mention only the client's own provider ("heeft een betaalrekening bij de bank", "is
    verzekerd bij", "bankiert bij", "heeft mevrouw Smit als huisarts", "hij is in behandeling bij …")?"""
    before = text[max(m.sentence.start, m.start - 60) : m.start]
    after = text[m.end : m.sentence.end]
    if _CUSTOMER_BEFORE.search(before):
        return True
    if _HOLDS_BEFORE.search(before) and _AT_AFTER.match(after):
        return True
    if _HOLDS_BEFORE_ARTICLE.search(before) and _AS_PROVIDER_AFTER.match(after):
        return True  # "heeft de SVB als uitkeringsinstantie"
    if _HOLDS_PRODUCT_BEFORE.search(before) and _CLAUSE_ENDS_AFTER.match(after):
        return True  # "heeft wel een zorgverzekering."
    return bool(_HAS_ONE_BEFORE.search(before) and _HAS_AFTER.match(after))  # "terwijl ze al een … heeft"
