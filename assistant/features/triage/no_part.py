"""What the clause after an organisation's mention says when the organisation plays no part (any
more): "UWV is hier niet bij betrokken", "…, daar hoeft niks mee", "geen actie nodig"; and a closing
statement that makes the organisation's earlier mentions history. Split from involvement.py (which
reads the rest of a mention's sentence). Pure.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from assistant.features.triage.background import CLIENT_HAS_NOT, LABEL_NOT
from assistant.features.triage.scene import negated_verb_first
from assistant.knowledge.organisations import OrgMention, unit_of

_F = re.IGNORECASE
# After the mention, in its clause: the organisation plays no part (now).
NOT_INVOLVED_AFTER = re.compile(
    r"^[\w\-]*\)?\s+(?:\(?[\w\-]+\)?\s+){0,2}?(?:is|zijn|wordt|worden|was|waren)\s+(?:\(?\w+\)?\s+){0,3}?"
    r"(?:door\s+(?:\w+\s+){1,3}?)?"  # a passive's agent: "is door de specialist niet nodig geacht"
    r"(?:niet|geen)\s+(?:meer\s+)?(?:bij\s+\w+\s+|\w+\s+)?(?:betrokken|in\s+beeld|aan\s+de\s+orde|nodig|van\s+toepassing|"
    r"aangevraagd|ingeschakeld|aan\s+zet)\b|"
    # note style without a verb: "Veilig Thuis niet bij betrokken", "GGZ ook niet in beeld"
    r"^[\w\-]*\)?\s+(?:ook\s+)?(?:niet|geen)\s+(?:meer\s+)?(?:bij\s+)?(?:betrokken|in\s+beeld|aan\s+zet|aan\s+de\s+orde)\b|"
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,2}?(?:is|zijn|was|waren)\s+(?:er|hier|daar)\s+(?:\w+\s+)?niet\s+(?:meer\s+)?bij\b|"
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,2}?(?:is|zijn)\s+(?:\w+\s+)?uit\s+beeld\b|"
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,2}?(?:komt|komen|kwam)\s+(?:er|hier|daar)\s+(?:\w+\s+)?niet\s+aan\s+te\s+pas\b|"
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,2}?(?:staat|staan)\s+(?:er|hier|daar)\s+(?:\w+\s+)?buiten\b|"
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,3}?(?:heeft|hebben|had|hadden)\s+(?:er|hier|daar)?\s*(?:ook\s+)?(?:niets|niks)\s+"
    r"(?:meer\s+)?(?:\S+\s+){0,3}?te\s+maken\b|"
    # the client does not have or want it: "Toeslagen heeft hij niet" (the object put first)
    rf"^[\w\-]*\)?\s+(?:[a-z]+en\s+|voor\s+\S+\s+)?{CLIENT_HAS_NOT}|"
    r"^[\w\-]*\s+(?:\S+\s+){0,2}?(?:speelt|speelde)\s+(?:\w+\s+)?geen\s+rol\b|"
    # it does not know of the matter (and is kept out): "de werkgever weet van niks" ("weet nog niets": still to tell)
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,2}?(?:weet|weten|wist|wisten)\s+(?:er\s+|hier\s+|daar\s+)?(?:(?:van|af)\s+)?"
    r"(?:helemaal\s+)?(?:niets|niks)\b|"
    r"^[\w\-]*\s+(?:\S+\s+){0,3}?(?:doet|deed)\s+(?:er\s+|hier\s+)?verder\s+niets\b|"
    r"^[\w\-]*\s+(?:\S+\s+){0,2}?heeft\s+er\s+niets\s+(?:meer\s+)?mee\s+te\s+maken\b|"
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,3}?(?:is|zijn|werd|was)\s+(?:(?!niet\b|nog\b)\w+\s+){0,3}?(?:afgerond|afgesloten|be[eë]indigd|gestopt)\b|"
    r"^[\w\-]*\s+(?:\S+\s+){0,2}?(?:hoeft|hoeven|hoefde)\s+(?:\S+\s+){0,2}?(?:niets|niks)\b|"
    r"^[\w\-]*\s+(?:\S+\s+){0,2}?(?:loopt|lopen)\s+(?:\w+\s+){0,2}?(?:niets|niks)(?:\s+meer)?\b|"
    r"^[\w\-]*\s+(?:\S+\s+){0,2}?(?:heeft|hebben|had|hadden|is|zijn|ligt|liggen)\s+(?:\S+\s+){0,4}?geen\s+"
    r"(?:\w+\s+)?(?:vragen|vraag|wensen)\b",
    _F,
)
# The next clause refers back to the mention and says nothing needs doing there ("…, daar hoeft niks mee",
# "…, daar hoeft ze niet heen").
NO_ACTION_NEXT = re.compile(
    r"^\W*(?:en\s+)?(?:daar|die|dat|deze|hier|er)\s+(?:\S+\s+){0,2}?(?:hoeft|hoeven|hoefde)\s+(?:\S+\s+){0,3}?"
    r"(?:niets|niks|niet\s+(?:meer\s+)?(?:heen|naartoe|langs))\b",
    _F,
)
# A relative clause right after the mention ("waar hij het laatst werkte", "die haar hielp"), up to the
# main verb that says what the note says of the organisation.
RELATIVE_CLAUSE = re.compile(
    r"^\s*(?:waar|die|dat|wie)\b(?:\s+[^\s,;:.]+){1,7}?(?=\s+(?:is|zijn|was|waren|wordt|heeft|hebben)\s)", _F
)
# The sentence says no action is needed there ("Verdere afhandeling via X, van ons geen actie nodig"): the
# matter runs on without the client, and closes the organisation's earlier mentions.
NO_ACTION_NEEDED = re.compile(r"\bgeen\s+(?:verdere\s+|extra\s+)?actie\s+(?:meer\s+)?(?:nodig|vereist)(?=\s*(?:[.;,)]|$))", _F)
CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:maar|want|omdat|terwijl|en\s+(?:ze|hij|zij|cl\w*))\s", _F)


def closed_later(text: str, mentions: list[OrgMention], by_id: dict[str, Any]) -> list[OrgMention]:
    """A note that tells what an organisation did and then closes it ("het ziekenhuis heeft haar
    ontslagen; het ziekenhuis is verder niet meer in beeld") makes the earlier mentions history: an
    explicit closing statement about an organisation itself (not one of its desks or schemes) negates
    its earlier mentions. The latest closing statement counts, also when a later mention names the
    organisation without a part ("heeft gehoord dat dat kan als …"): a later mention that gives it a
    part counts on its own."""
    closed: dict[str, int] = {}
    for m in mentions:
        if m.via == "naam" and m.negated and unit_of(by_id[m.org_id]) == m.org_id and _closes(text, m):
            closed[m.org_id] = m.start
    return [
        dataclasses.replace(m, negated=True, reason=m.reason or "later afgesloten")
        if m.org_id in closed and m.start < closed[m.org_id]
        else m
        for m in mentions
    ]


def _closes(text: str, m: OrgMention) -> bool:
    """Does the mention's own clause say the organisation plays no part (any more)?"""
    after = text[m.end : m.sentence.end]
    cut = CLAUSE_END.search(after)
    clause_after = after[: cut.start()] if cut else after
    relative = RELATIVE_CLAUSE.match(clause_after)
    return bool(
        NOT_INVOLVED_AFTER.match(clause_after)
        or (relative and NOT_INVOLVED_AFTER.match(clause_after[relative.end() :]))
        or LABEL_NOT.match(after)
        or negated_verb_first(text, m)
        or NO_ACTION_NEEDED.search(after)
        or (cut is not None and after[cut.start() : cut.end()] == "," and NO_ACTION_NEXT.match(after[cut.end() :]))
    )
