"""Words that look like an organisation but name something else (general readings of Dutch notes):
- the client's workplace, named by a relative clause after it ("de kwekerij waar hij werkt");
- a desk of another, named organisation ("de contactpersoon incasso bij Woonpartners");
- a bare noun after "op" or "naar" without an article, an activity or a place ("ruzie op school");
- where the client lay or stayed before ("lag in augustus in het ziekenhuis"); lying there now
  ("ligt sinds maandag in het ziekenhuis") is the present situation and may make it a party.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
_WORKPLACE_AFTER = re.compile(
    r"[\w\-]*\s+(?:waar|waarvoor)\s+(?:ze|zij|hij|cl\.?|mw\.?|dhr\.?|mevrouw|meneer)\s+(?:nu\s+|sinds\s+\S+\s+)?"
    r"(?:werkt|werken|stage\s+loopt)\b",
    _F,
)
_OF_NAMED_ORG_AFTER = re.compile(r"[ \t]+(?:bij|van)\s+(?:de\s+|het\s+)?[A-Z][\w\-]+")
_BARE_PLACE_BEFORE = re.compile(r"\b(?:op|naar)\s+$", _F)
_STAYED_IN_BEFORE = re.compile(
    r"\b(?:lag|lagen|verbleef|verbleven)\s+(?:[^\s,;:.]+\s+){0,5}?in\s+(?:het\s+|de\s+)?$", _F
)


def another_reading(text: str, m: OrgMention, org: Any, before: str) -> bool:
    """Does the mention name something other than the organisation (`before`: the text before it in
    its sentence)? Only a lowercase common word ("school", "incasso") is read so; a name is a name,
    and a gemeente desk stays the gemeente."""
    if _WORKPLACE_AFTER.match(text, m.end):
        return True
    term = text[m.start : m.end]
    if not term.islower() or org.kind == "gemeente":
        return False
    if _OF_NAMED_ORG_AFTER.match(text, m.end):
        return True
    return m.via == "naam" and bool(_BARE_PLACE_BEFORE.search(before) or _STAYED_IN_BEFORE.search(before))
