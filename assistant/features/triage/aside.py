"""Mentions a note makes in passing: the organisation's part is over, runs without a question, is the
writer's own, or is only a consequence the note fears. General readings of Dutch notes:
- nothing is open there any more: "bij het CJIB staan geen openstaande boetes";
- a one-off step the client already took: "heeft in mei eenmalig hulp van de kledingbank gehad";
- a decision of the organisation that was already there: "WLZ-indicatie al in augustus";
- the organisation confirmed that things simply go on: "de verzekeraar liet weten dat de polis gewoon doorloopt";
- what the organisation sent concerned a matter already paid: "stuurde een aanmaning door, die al betaald was";
- a provision that arrives or runs as it should: "het pensioen komt netjes binnen", "ontvangt huurtoeslag,
  dat loopt";
- the writer speaking for the organisation: "vanuit de GGZ stopt onze begeleiding";
- the consequence of a verb-first condition: "Komt de vergunning niet, dan vervalt ook de WW";
- a question in a dialogue answered as done or as nothing to do ("al ingeschreven?" / "ja, gedaan");
- a step the client puts after another: "wil een afspraak bij X, maar wil eerst een dak boven zijn hoofd";
- a letter about a matter already paid: "een aanmaning van X, maar die blijkt al betaald (afschrift gezien)";
- what someone unnamed told the client: "iemand zei dat ze naar het UWV moest";
- a relative's own scheme: "zijn moeder is bang dat zij haar zorgtoeslag verliest", "zijn zoon vroeg hem mee
  te betalen aan diens boete", "dochter zelf de SVB laten bellen".
"""

from __future__ import annotations

import re

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
PASSING = "alleen terloops genoemd (afgerond, loopt zonder vraag, of niet de zaak van de cliënt)"
_KIN = r"(?:zus|broer|moeder|vader|dochter|zoon|oma|opa|ex|tante|oom|buurvrouw|buurman)"

_NOTHING_OPEN = re.compile(r"\b(?:niets|niks)\s+(?:meer\s+)?(?:open|openstaan\w*)\b|\bgeen\s+openstaande\b", _F)
_ONE_OFF_DONE = re.compile(
    r"\beenmalig\b[^.;:]{0,80}?\b(?:opgehaald|gekregen|ontvangen|gehad|bezocht|geweest|gebruikt)\b", _F
)
_DECISION_ALREADY_AFTER = re.compile(
    r"^-?\w*(?:indicatie|beschikking|besluit|toekenning)\s+(?:is\s+|was\s+)?al\s+(?:in|sinds|op|per|lang|eerder)\b", _F
)
_CONFIRMED_AS_USUAL_AFTER = re.compile(
    r"^\s*(?:(?:heeft|hebben|had)\s+(?:\S+\s+){0,2}?(?:bevestigd|laten\s+weten|gezegd|verzekerd)|bevestigde|liet\s+weten)"
    r"\s+dat\b[^.;]{0,60}?"
    r"\bgewoon\b",
    _F,
)
_ARRIVES_PROPERLY = re.compile(
    r"\b(?:komt|komen)\s+(?:\S+\s+){0,3}?(?:keurig|netjes|gewoon|op\s+tijd|steeds)\s+binnen\b", _F
)
_RECEIVES = re.compile(r"\b(?:krijgt|krijgen|ontvangt|ontvangen)\b", _F)
_RUNS_END = re.compile(r",\s*(?:dat|die|dit)\s+loopt(?:\s+(?:gewoon|goed|prima))?\s*[.!]?\s*$", _F)
# The sender's letter concerned a matter already paid: "stuurde een herinnering door, die al in mei betaald was".
# "… die blijkt al op 2 mei betaald (afschrift gezien)": "blijkt/bleek" carries the state like a copula, and a
# parenthesis that closes the sentence is a remark on it.
_ABOUT_PAID_END = re.compile(
    r"\b(?:die|dat)\s+(?:(?:al\s+(?:\S+\s+){0,4}?(?:betaald|afgelost|voldaan|afgehandeld)\s+(?:was|is|waren|zijn))|"
    r"(?:blijkt|bleek|blijken|bleken)\s+al\s+(?:\S+\s+){0,4}?(?:betaald|afgelost|voldaan|afgehandeld)(?:\s+te\s+zijn)?)"
    r"\s*(?:\([^()]*\))?\s*[.!]?\s*$",
    _F,
)
_TURN = re.compile(r"\b(?:maar|toch|opnieuw|nogmaals|weer)\b", _F)
# A question in a dialogue that the next turn answers as done or as nothing to do: "Sta je al ingeschreven bij
# de gemeente?" / "ja, meteen gedaan"; "moet ik nog iets bij de SVB?" / "Nee, dat gaat vanzelf".
_TURN_LABEL = re.compile(r"^\s*(?:\[[^\]\n]*\]\s*)?(?:[^:\n]{1,40}:\s*)?")
_ANSWER_NOTHING = re.compile(r"(?:nee|neen)\b[^\n]{0,160}?\b(?:niets|niks|vanzelf|niet\s+nodig)\b", _F)
_ANSWER_DONE = re.compile(
    r"(?:ja|jazeker|jawel)\b(?=[^\n]{0,160}?\b(?:gedaan|geregeld|afgerond)\b)(?![^\n]{0,160}?\b(?:nog|wacht\w*|maar)\b)", _F
)
# The client wants it, but only after something else: "hij wil een afspraak bij X, maar wil eerst werk" (the step
# at the mention is put after another one; the turn must follow the mention).
_WANTS_BUT_FIRST_AFTER = re.compile(
    r"^[^.;]{0,60}?\bmaar\s+(?:(?:hij|zij|ze|mw\.?|dhr\.?|cli[eë]nt\w*)\s+)?(?:wil|wilde|willen)\s+(?:\S+\s+){0,2}?eerst\b", _F
)
_WANTS = re.compile(r"\b(?:wil|wilde|willen)\b", _F)
_OWN_BEFORE = re.compile(r"\bvanuit\s+(?:de\s+|het\s+)?$", _F)
_OWN_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:mijn|onze)\s+(?:betrokkenheid|begeleiding|inzet|rol|bemoeienis|ondersteuning)\b", _F
)
_VERB_FIRST_IF = re.compile(
    r"(?:^|[.:;!?]\s+|\n\W*)(?:gaat|lukt|komt|wordt|blijft|valt|loopt)\s+(?:dat|het|dit|die|de\s+\w+)\b[^.;,]{0,50},"
    r"\s*dan\b(?:[^.;]|(?<=\b\w)\.){0,120}$",
    _F,
)
_SOMEONE_SAID_BEFORE = re.compile(
    r"\biemand\b[^.;]{0,30}?\b(?:zei|zegt|gezegd|vertelde|verteld|aangeraden|geadviseerd)\b[^.;]{0,80}$", _F
)
_RELATIVES_SCHEME_BEFORE = re.compile(
    r"\b(?:mijn|haar|zijn|hun)\s+" + _KIN + r"\b[^.;]{0,60}?\b(?:zij|hij)\s+(?:haar|zijn)\s+(?:eigen\s+)?$|"
    # "diens" points at the relative just named, not at the client: "zijn zoon vroeg hulp bij diens schulden"
    r"\b" + _KIN + r"\b[^.;]{0,80}?\bdiens\s+$|"
    # the relative acts himself: "dochter zelf de SVB laten bellen"
    r"\b" + _KIN + r"\s+zelf\s+(?:de\s+|het\s+)?$",
    _F,
)


def passing_mention(text: str, m: OrgMention) -> bool:
    """Does the note name the organisation only in passing: done, running as it should, the writer's own,
    a feared consequence, hearsay from someone unnamed, or a relative's own scheme?"""
    sentence = text[m.sentence.start : m.sentence.end]
    before = text[m.sentence.start : m.start]
    after = text[m.end : m.sentence.end]
    if _NOTHING_OPEN.search(sentence) or _ONE_OFF_DONE.search(sentence) or _ARRIVES_PROPERLY.search(sentence):
        return True
    if _DECISION_ALREADY_AFTER.match(after) or _CONFIRMED_AS_USUAL_AFTER.match(after):
        return True
    paid = _ABOUT_PAID_END.search(after)
    # a turn before the paid clause ("…, maar die bleek al betaald") introduces it; one inside it is a new matter
    if paid and not _TURN.search(after[paid.start() :]) and not _TURN.search(before):
        return True
    if _RECEIVES.search(before) and _RUNS_END.search(after):
        return True
    wish = _WANTS_BUT_FIRST_AFTER.match(after)
    if wish and _WANTS.search(before + " " + after[: after.lower().find("maar")]):
        return True
    if _answered_done(text, m):
        return True
    if _OWN_BEFORE.search(before) and _OWN_AFTER.match(after):
        return True
    return bool(
        _VERB_FIRST_IF.search(before) or _SOMEONE_SAID_BEFORE.search(before) or _RELATIVES_SCHEME_BEFORE.search(before)
    )


def _answered_done(text: str, m: OrgMention) -> bool:
    """Is the mention in a question that ends its line, answered on the next line as done or as nothing to do?"""
    line_end = text.find("\n", m.end)
    if line_end < 0:
        return False
    rest = text[m.end : line_end].rstrip()
    if not rest.endswith("?") or re.search(r"[.!?]", rest[:-1]):
        return False
    next_end = text.find("\n", line_end + 1)
    answer = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
    answer = answer[_TURN_LABEL.match(answer).end() :]
    return bool(_ANSWER_NOTHING.match(answer) or _ANSWER_DONE.match(answer))
