"""A named organisation with no open matter for the client now (general readings of Dutch, not case
phrases). Such a mention is listed as named, not counted, and to check (SOFT_REASONS):
- its matter runs as usual or as agreed, and the sentence says there is no issue ("de bank schrijft
  gewoon af, geen problemen", "met de school is dat keurig geregeld, geen discussie"), or its clause
  says nothing is owed ("een koopwoning zonder betalingsachterstand");
- it is another person's matter: the clause's subject is an adult relative or an acquaintance of the
  client and the client is not the object ("omdat zijn zus een aanmaning van de SVB kreeg"), or another person,
  the partner too, stays or is admitted there ("haar man is in een verpleeghuis opgenomen");
- it only receives data that another organisation passes on by itself ("het UWV geeft dat
  automatisch door aan de gemeente"), or it is what the client receives by itself ("dan ontvangt hij
  automatisch een nieuwe pas van de RDW");
- it is named in a parenthesis that reports a step as completed ("(diploma bij het ROC behaald)").
Pure.
"""

from __future__ import annotations

import re

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
ROUTINE = "alleen genoemd: daar loopt het gewoon, er is geen open zaak"
OTHER_PERSON = "alleen genoemd als zaak van iemand anders"
PASSED_ON = "krijgt alleen vanzelf gegevens door, geen open zaak voor de cliënt"
COMPLETED = "alleen genoemd bij een afgeronde stap"
REASONS = frozenset({ROUTINE, OTHER_PERSON, PASSED_ON, COMPLETED})

_AS_USUAL = re.compile(
    r"\b(?:gewoon|netjes|keurig|normaal|zoals\s+afgesproken|volgens\s+(?:de\s+)?(?:regels|afspraak|afspraken))\b", _F
)
# The sentence closes on "geen vragen/problemen/conflict": nothing is at issue there.
_NO_ISSUE_END = re.compile(
    r"[,;:\-–]\s*(?:verder\s+|ook\s+)?geen\s+(?:\w+\s+)?(?:vragen|vraag|problemen|probleem|conflict|discussie|onenigheid|"
    r"gedoe|zorgen)\s*[.;!]?\s*$",
    _F,
)
_BUT_OR_NOT = re.compile(r"\b(?:maar|niet|nog\s+niet|behalve|alleen\s+wel)\b", _F)
_PERSON = (
    r"(?:zus|broer|moeder|vader|schoonmoeder|schoonvader|zwager|schoonzus|oom|tante|neef|nicht|opa|oma|"
    r"buurvrouw|buurman|buren|vriend|vriendin|kennis|collega|huisgenoot)"
)
# The clause opens with another person as its subject: "omdat haar broer …", "zijn buurman heeft …".
_OTHER_SUBJECT = re.compile(
    rf"(?:^|[,;:(]|\b(?:omdat|want|dat|toen|terwijl|nadat|sinds|doordat|hoewel|nu|als|wanneer|en|maar))\s*(?:mijn|haar|zijn|hun|onze|de|een)\s+{_PERSON}\b"
    r"(?P<rest>[^,;:.()]*)$",
    _F,
)
# The client as object after the subject: then the client's matter, not the other's ("haar broer helpt haar").
_CLIENT_OBJECT = re.compile(r"\b(?:haar|hem|mij|me|ons|mevrouw|meneer|mw|dhr|cli[eë]nt\w*|klant)\b", _F)
_SAID = re.compile(r"\b(?:zei|zegt|zeggen|vertelde|vertelt|denkt|dacht|vindt|vond|meent|adviseer\w*|geadviseerd)\b", _F)
_PASSED_ON_BEFORE = re.compile(r"\bdoor\s+aan\s+(?:de\s+|het\s+)?$", _F)
_BY_ITSELF = re.compile(r"\b(?:vanzelf|automatisch)\b", _F)
# The client receives it by itself: "dan krijgt u vanzelf een nieuw nummer".
_RECEIVED_BY_ITSELF = re.compile(r"\b(?:krijg\w*|ontvang\w*)\s+(?:\S+\s+){0,2}?(?:vanzelf|automatisch)\b", _F)
# Right after the mention, its clause says nothing is owed or wrong: "een huurwoning zonder achterstand".
_WITHOUT_ISSUE_AFTER = re.compile(
    r"[\w\-]*\s+zonder\s+(?:enige\s+)?\w*(?:achterstand|schuld|schulden|problemen|klachten)\b", _F
)
# Another person, the partner too, staying or admitted there: the institution is that person's provider ("haar man
# is sinds mei in een verpleeghuis opgenomen", "zijn moeder woont in het zorgcentrum").
_ADMITTED_BEFORE = re.compile(
    rf"(?:^|[,;:(]|\b(?:omdat|want|dat|toen|nu|sinds|en|maar))\s*(?:mijn|haar|zijn|hun|onze)\s+(?:man|vrouw|partner|"
    rf"echtgeno(?:ot|te)|{_PERSON}|dochter|zoon)\s+(?:is|werd|wordt|was|woont|verblijft|zit|ligt)\s+"
    r"(?:(?!niet\b|geen\b)[^\s,;:.()]+\s+){0,4}?(?:in|naar)\s+(?:een|het|de)\s+$",
    _F,
)
_ADMITTED_AFTER = re.compile(r"^[\w\-]*\s*(?:opgenomen|geplaatst|\(|[.;,]|$)", _F)
_COMPLETED_PART = re.compile(r"\b(?:gehaald|behaald|afgerond|voltooid|afgesloten|afgelost)\b", _F)
_NEGATION = re.compile(r"\b(?:niet|nog|geen|nooit)\b", _F)


def no_open_matter(text: str, m: OrgMention) -> str:
    """Why the mention has no open matter for the client now, or "" when it may have one."""
    sentence = text[m.sentence.start : m.sentence.end]
    if _AS_USUAL.search(sentence) and _NO_ISSUE_END.search(sentence) and not _BUT_OR_NOT.search(sentence):
        return ROUTINE
    if _WITHOUT_ISSUE_AFTER.match(text, m.end, m.sentence.end):
        return ROUTINE
    if _other_persons_matter(text, m) or (
        _ADMITTED_BEFORE.search(text[m.sentence.start : m.start]) and _ADMITTED_AFTER.match(text[m.end : m.sentence.end])
    ):
        return OTHER_PERSON
    received = _RECEIVED_BY_ITSELF.search(sentence)
    if (_PASSED_ON_BEFORE.search(text[max(m.sentence.start, m.start - 30) : m.start]) and _BY_ITSELF.search(sentence)) or (
        received and m.start - m.sentence.start > received.start()
    ):
        return PASSED_ON
    if _in_completed_parenthesis(text, m):
        return COMPLETED
    return ""


def _other_persons_matter(text: str, m: OrgMention) -> bool:
    """Does the mention's clause have another adult person as its subject, and not the client as object?"""
    other = _OTHER_SUBJECT.search(text[m.sentence.start : m.start])
    if not other:
        return False
    if _SAID.search(other.group("rest")):
        return False  # "haar buurman zei dat …": what was said may be the client's matter (hearsay rules)
    after = re.split(r"[,;:.()]|\b(?:en|maar|omdat|want)\b", text[m.end : m.sentence.end])[0]
    return not _CLIENT_OBJECT.search(other.group("rest") + " " + after)


def _in_completed_parenthesis(text: str, m: OrgMention) -> bool:
    """Is the mention inside a parenthesis that reports a completed step ("(examen bij X gehaald)")?"""
    open_at = text.rfind("(", m.sentence.start, m.start)
    if open_at < 0 or ")" in text[open_at : m.start]:
        return False
    close_at = text.find(")", m.end, m.sentence.end + 1)
    if close_at < 0:
        return False
    inside = text[open_at + 1 : close_at]
    return bool(_COMPLETED_PART.search(inside)) and not _NEGATION.search(inside)
