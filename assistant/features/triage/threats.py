"""Steps a note names only as a threat or a condition: the organisation is no party now.

- a consequence the text only threatens or fears: "anders staat de deurwaarder voor de deur", "straks komt
  de politie";
- the consequence of a condition the client has not met: "als er vóór 1 mei geen regeling is, start de
  verhuurder een procedure bij de rechter, daarna gaat het dossier naar de deurwaarder", and a step the client
  may take after a condition: "als het bezwaar wordt afgewezen, kan ze naar de rechter";
- a hand-over made conditional after the mention: "gaat het dossier naar de deurwaarder, tenzij …";
- a step made conditional on an event by "bij": "bij een tweede achterstand overdracht aan de deurwaarder";
- another person's announced step: "zijn ex zou het LBIO inschakelen" (reported, not taken);
- a step the writer may take if a condition comes true: "…, als de gemeente toch verlaagt, de rechtbank
  kunnen vragen om …".
"""

from __future__ import annotations

import re

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE

# A consequence the text only threatens or fears: "…, anders staat de deurwaarder voor de deur", "straks
# komt de politie".
_THREAT_BEFORE = re.compile(
    r"\b(?:anders|straks)\s+(?:staat|komt|volgt|gaat|stuurt|schakelt|dreigt)\b[^.;,]{0,30}$|"
    # "anders" opening a clause or a quote, in note style without a verb: "\"anders aanmaning / kosten …\""
    r"(?:^|[,;:\"“'(]\s*|\.\s+|->\s*)anders\b(?!\s+(?:dan|gezegd)\b)[^.;,]{0,60}$|"
    # the consequence of a condition that has not happened: "als er geen betaling is, gaat het dossier naar de …"
    r"(?:^|[:;]\s*|\.\s+)als\b[^.;:]{3,100},\s*(?:dan\s+)?(?:gaat|gaan|komt|komen|volgt|schakelt|schakelen|draagt|dragen)"
    r"\b[^.;,]{0,30}$",
    _F,
)
# The consequence of a condition the client has not met: "als er vóór 1 mei geen regeling is, start de verhuurder
# een procedure bij de rechter, daarna gaat het dossier naar de deurwaarder" names steps that may come.
_FAILED_CONDITION_BEFORE = re.compile(
    r"(?:^|[:;]\s*|\.\s+|\n\W*)(?:als|indien|wanneer|mocht|mochten)\b[^.;:,]{0,100}?\b(?:geen|niet|nooit|niets|niks)\b"
    r"[^.;:,]{0,60},[^.;:]{0,200}$|"
    # a step the client may take after any condition: "als het bezwaar wordt afgewezen, kan ze naar de rechter"
    r"\b(?:als|indien|wanneer|mocht|mochten)\b[^.;:,]{3,100},\s*(?:dan\s+)?(?:kan|kunnen|mag|mogen|zou|zouden)\s+"
    r"(?:ze|zij|hij|u|mw\.?|dhr\.?|mevrouw|meneer|cli[eë]nt\w*)\b[^.;:]{0,80}$",
    _F,
)
# A hand-over the sentence makes conditional after the mention: "gaat het dossier naar de deurwaarder,
# tenzij …" (the step has not happened and may not happen).
_HANDOVER_BEFORE = re.compile(r"\b(?:naar|aan)\s+(?:de|het|een)\s+$", _F)
_UNLESS_AFTER = re.compile(r"^[^.;]{0,160}?(?:(?:,\s*|\s)tenzij|,\s*anders(?!\s+dan))\b", _F)
# A step the writer may take if a condition comes true, the organisation before the modal in a
# verb-final clause: "…, als de gemeente toch verlaagt, de rechtbank kunnen vragen om …".
_CONDITIONAL_STEP_AFTER = re.compile(
    r"^[^.;,]{0,60}?\b(?:kunnen|kan|zouden|zou)\s+(?:\S+\s+){0,2}?(?:vragen|inschakelen|voorleggen|benaderen|"
    r"aanvragen|inroepen)\b",
    _F,
)
_IF_BEFORE = re.compile(r"\b(?:als|indien|mocht|wanneer)\b[^.;]{3,120},[^.;]{0,80}$", _F)


# A step the clause makes conditional on an event with "bij" at its start: "bij een tweede maand achterstand
# overdracht aan de deurwaarder", "bij uitblijven van betaling gaat het naar een incassobureau".
_ON_EVENT_BEFORE = re.compile(
    r"(?:^|[:;,(]\s*|\.\s+|\n\W*)bij\s+(?:\S+\s+){0,4}?(?:achterstand\w*|uitblijven|niet[-\s]+(?:betalen|tijdig)|geen\s+"
    r"(?:betaling|reactie)|wanbetaling|overschrijding)\b[^.;:]{0,60}$",
    _F,
)
# Another person's announced step, not taken: "zijn ex zou de zaak aan het LBIO geven", "de buurman dreigt de
# politie te bellen" (what the person may do, reported by the client).
_OTHER_WOULD_BEFORE = re.compile(
    r"\b(?:ex|ex-partner|ex-man|ex-vrouw|zus|broer|moeder|vader|schoonmoeder|schoonvader|zwager|schoonzus|buurman|"
    r"buurvrouw|buren|huisgenoot)\s+(?:zou|zouden|dreigt|dreigde|dreigen)\b[^.;:]{0,50}$",
    _F,
)


def threatened_or_conditional(text: str, m: OrgMention) -> bool:
    """Is the mention only a threatened consequence, a step after a condition the client has not met, a
    hand-over made conditional, or a step the writer may take if a condition comes true?"""
    before = text[max(m.sentence.start, m.start - 140) : m.start]
    after = text[m.end : m.sentence.end]
    if _IF_BEFORE.search(before) and _CONDITIONAL_STEP_AFTER.match(after):
        return True
    if _HANDOVER_BEFORE.search(before) and _UNLESS_AFTER.match(after):
        return True
    if _FAILED_CONDITION_BEFORE.search(text[m.sentence.start : m.start]):
        return True
    if _ON_EVENT_BEFORE.search(before) or _OTHER_WOULD_BEFORE.search(before):
        return True
    return bool(_THREAT_BEFORE.search(before))
