"""Completed steps: a sentence that only reports steps that are done names no party now ("heeft … al
toegekend", "heeft ze al betaald", "is over het ontslag geïnformeerd" (only told), "opgezegd, leeggeruimd en opgeleverd op 1 mei", "is op 3 mei door de gemeente verwerkt"), unless
something in it is still open.
"""

from __future__ import annotations

import re

from assistant.features.triage.urgency_time import MONTH_NAMES, MONTHS, dates_in, note_date
from assistant.knowledge.organisations import OrgMention
from assistant.text.spans import Span

_F = re.IGNORECASE

# Completed history: "heeft in mei al … toegekend", "opgezegd, leeggeruimd en opgeleverd op 3 maart".
_ALREADY_DONE = re.compile(
    r"\bal\s+(?:\S+\s+){0,4}?(?:toegekend|goedgekeurd|geregeld|verwerkt|uitbetaald|afgehandeld|verlengd|"
    r"afgegeven|verstrekt|gekregen|ontvangen|ingeleverd|aangeleverd|betaald|overgemaakt|in\s+(?:het\s+)?[\w\-]*dossier)\b",
    _F,
)
# Only told of the matter: "de huisarts is over het ontslag geïnformeerd", "is op de hoogte gebracht".
_ONLY_INFORMED = re.compile(
    r"\b(?:is|zijn|werd|werden)\s+(?:\S+\s+){0,4}?(?:ge[iï]nformeerd|ingelicht|op\s+de\s+hoogte\s+(?:gebracht|gesteld))"
    r"\s*(?:[.;,]|$)",
    _F,
)
_PARTICIPLE = r"(?:ge|op|af|uit|over|leeg|be|ver|toe|in|ont)\w+(?:d|t|en)"
_STEPS_DONE = re.compile(
    rf"\b{_PARTICIPLE}\b[^.;:]{{0,60}}?,\s*{_PARTICIPLE}\s+en\s+{_PARTICIPLE}\s+(?:op|per|in)\s+\d",
    _F,
)
# A processing step in the perfect tense ("is op 3 november door de gemeente verwerkt", "heeft op 2-10 de pas
# afgegeven"): done when its date is not after the note's date. Not a decision (toegekend, afgewezen): the
# question is often about one, and not a receipt (ontvangen): that opens a procedure.
_PERFECT_DONE = re.compile(
    r"\b(?:is|zijn|werd|werden|heeft|hebben)\b[^.;:,]{0,60}?\b(?:verwerkt|afgegeven|afgehandeld|geregeld|"
    r"uitbetaald|verstrekt|ingeleverd|aangeleverd|doorgevoerd|aangepast|overgedragen|geopend|opgeleverd)\b",
    _F,
)
# A registration or contract ended on a date, in note style: "uitgeschreven bij de KVK per 30-09", "opgezegd per
# 1 mei" (done when that date is not after the note's date).
_ENDED_ON = re.compile(
    r"\b(?:uitgeschreven|afgemeld|opgezegd|be[eë]indigd|gestopt|overgeschreven)\b[^.;:]{0,40}?\b(?:per|op|sinds)\s+\d",
    _F,
)
_IN_MONTH = re.compile(rf"\bin\s+({MONTH_NAMES})\b(?!\s+\d)", _F)
_OPEN = re.compile(
    r"\b(?:nog|moet|moeten|wacht\w*|bezwaar\w*|beroep|terug\w*|schuld\w*|achterstand\w*|afgewezen|"
    r"geweigerd|maar|niet|geen|dreig\w*|vraag|vragen|volgt|volgen|binnenkort|straks|verwacht\w*|zal|zullen|gaat|gaan)\b",
    _F,
)


# The agent of a judgement already given: "is door de specialist (ouderengeneeskunde) niet nodig geacht".
_BY_BEFORE = re.compile(r"\bis\s+door\s+(?:de\s+|het\s+|een\s+|zijn\s+|haar\s+)?$", _F)
_JUDGED_AFTER = re.compile(r"^[\w\-]*(?:\s+\w+){0,2}?\s+(?:niet\s+)?(?:nodig\s+)?(?:geacht|beoordeeld)\b", _F)


def completed(text: str, m: OrgMention) -> bool:
    """Does the mention's sentence (up to a semicolon) only report steps that are done ("heeft … al
    toegekend", "opgezegd, leeggeruimd en opgeleverd op …", "is op 3 mei verwerkt"), with nothing open? The
    agent of a judgement already given ("is door de specialist niet nodig geacht") is done too."""
    if _BY_BEFORE.search(text, max(0, m.start - 30), m.start) and _JUDGED_AFTER.match(text[m.end : m.sentence.end]):
        return True
    sentence = re.split(r";", text[m.sentence.start : m.sentence.end])[0]
    done = _ALREADY_DONE.search(sentence) or _STEPS_DONE.search(sentence) or _ONLY_INFORMED.search(sentence)
    if not (done or _dated_done(text, m, sentence)):
        return False
    return not _OPEN.search(sentence)


def _dated_done(text: str, m: OrgMention, sentence: str) -> bool:
    """Is the sentence a processing step in the perfect tense, dated on or before the note's date (a day, or
    "in <maand>" of an earlier month)?"""
    if not (_PERFECT_DONE.search(sentence) or _ENDED_ON.search(sentence)):
        return False
    ref = note_date(text)
    if ref is None:
        return False
    found = dates_in(text, Span(m.sentence.start, m.sentence.start + len(sentence)), ref)
    if found:
        return all(d <= ref.value for d in found)
    months = [MONTHS[x.group(1).lower()] for x in _IN_MONTH.finditer(sentence)]
    return bool(months) and all(month < ref.value.month for month in months)
