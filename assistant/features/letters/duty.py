"""Whose duty a date or period is: the reader's (pay, send, react, come, object) or the
organisation's ("Wij beslissen binnen 90 dagen"), and the case it holds in ("Kunt u niet komen?
Laat het ons dan uiterlijk 28 april weten."). Pure; deadlines.py reads the dates with it."""

from __future__ import annotations

import re

from assistant.features.letters import meaning as M

_ORG_VERBS = r"(?:beslissen|besluiten|nemen|sturen|maken|betalen|berekenen|storten|behandelen|passen|schrijven|innen|incasseren)"
_ORGANISATION_ACTS = re.compile(
    rf"(?i)^\W*(?:wij|we)\s+{_ORG_VERBS}\b|\b{_ORG_VERBS}\s+wij\b|\b(?:u\s+krijgt|krijgt\s+u|u\s+ontvangt|ontvangt\s+u)\b"
    r"|^\W*ik\s+(?:maak|betaal|stort|stuur)\b|\b(?:maak|betaal|stort|stuur)\s+ik\b"  # a private sender writes "ik"
    r"|\b(?:naar|aan)\s+u\s+(?:over|terug)\b"  # money that goes to the reader: a refund, not a duty
    # money that arrives on the reader's own account ("Het bedrag staat uiterlijk 3 mei op uw rekening")
    r"|\b(?:staat|staan|komt|komen)\b[^.?]{0,60}\bop\s+uw\s+(?:bank)?rekening\b"
    r"|\bop\s+uw\s+(?:bank)?rekening\b[^.?]{0,30}\b(?:gestort|bijgeschreven|overgemaakt)\b"
)
READER_ACTS = re.compile(
    rf"(?i)^\W*(?:{M.IMPERATIVE_VERBS})\b|{M.POLITE}|\bu\s+dient\b|\bdient\s+u\b|"
    r"\bu\s+moet\b|\bmoet\s+u\b|\b(?:vragen|verzoeken|sommeren)\s+(?:wij\s+)?u\b|\bu\s+(?:levert|komt|betaalt|stuurt)\b"
    r"|\bvan\s+u\b|^\W*upload\b"
    # "Wij moeten de verklaring uiterlijk ... hebben": what the sender must have, the reader sends
    r"|^\W*(?:wij|we)\s+moeten\b[^.?]{0,100}\b(?:hebben|ontvangen(?:\s+hebben)?)\s*(?:[,.;]|$)"
)
# A yes/no question ("Kunt u niet komen?"), not a heading question ("Wat moet u doen?").
_CONDITION = re.compile(r"(?i)^\W*(?!(?:wat|wanneer|hoe|waarom|waar|wie|welke|hoeveel)\b)\w+\b")
# A short question that opens with a word (no list number) and asks no wh-question.
_YES_NO = re.compile(r"(?i)^\s*[^\W\d](?!.*\b(?:wat|wanneer|hoe|hoeveel|waarom|waar|wie|welke)\b)[^?]{0,100}\?\s*$")
_REFERS_BACK = re.compile(r"(?i)^\W*(?:dat|dit)\s+is\b")


def about_the_reader(sentence: str, conditional: bool = False) -> bool:
    """A period is a deadline for the reader when the reader has to pay, send, react or object in
    it; not when it follows a condition ("Verandert uw inkomen? Geef dit dan binnen 4 weken door":
    counted from the change, not from the letter) unless it is counted from the letter itself
    (`conditional`), nor when the organisation acts ("U krijgt binnen twee weken een betaalverzoek")."""
    s = sentence.lower()
    first = re.split(r"(?<=[.!?])\s", s)[0]
    first = re.sub(r"\b(?:dagen|dag|weken|week|maanden|maand)\s+nadat\b", "", first)  # the term's start, no condition
    objection = re.search(r"bezwaar|beroep|kwijtschelding|zienswijze", s)
    if re.search(r"\b(dan|zodra|nadat|als u|wanneer u)\b", first) and not (objection or conditional):
        return False
    if (
        re.search(r"\b(u krijgt|krijgt u|u ontvangt|ontvangt u|wij sturen|sturen wij|neemt)\b", first)
        and not objection
    ):
        return False
    return bool(
        objection
        or re.search(M.PAY_VERBS, s)
        or re.search(M.SEND_VERBS, s)
        or re.search(r"reageer|reageren", s)
        or M.MONEY_RECEIVED.search(s)  # "Het bedrag moet binnen vier weken zijn bijgeschreven"
        or re.search(r"\blaat\b[^.]{0,90}\bweten\b|\blaten\s+weten\b", s)  # "Laat het ons dan ... weten"
    )


# The sender's own duty ("Wij moeten uiterlijk ... inleveren"), unless what it must have is the
# reader's ("Wij moeten uw formulier uiterlijk ... ontvangen hebben").
_SENDER_MUST = re.compile(r"(?i)^\W*(?:wij|we)\s+(?:moeten|zullen|gaan)\b(?![^.?]*\b(?:ontvangen|hebben|binnen)\b)")
# "U hoeft daarvoor niets te doen": what the sentence before names is no task for the reader.
_NOTHING_TO_DO = re.compile(r"(?i)\bu\s+hoeft\s+(?:daar(?:voor)?\s+|hiervoor\s+|zelf\s+)?niets\s+te\s+doen\b")


def nothing_for_you(segs: list, i: int) -> bool:
    """The date is the sender's own duty: "Wij moeten uiterlijk ... inleveren", or a sentence that is
    followed, within two sentences, by "U hoeft daarvoor niets te doen"."""
    if _SENDER_MUST.search(segs[i].text):
        return True
    return any(_NOTHING_TO_DO.search(s.text) for s in segs[i + 1 : i + 3])


def organisation_acts(sentence: str, previous: str) -> bool:
    """The organisation, not the reader, acts by this date ("Wij beslissen binnen 90 dagen.
    Dat is uiterlijk 25 mei 2026.")."""
    if READER_ACTS.search(sentence):
        return False
    if _ORGANISATION_ACTS.search(sentence):
        return True
    return bool(_REFERS_BACK.match(sentence)) and bool(_ORGANISATION_ACTS.search(previous))

# What a sentence needs "daarvoor" right after an alternative the letter offers ("U kunt ook ...",
# "U kunt er ook voor kiezen ...") holds only when the reader chooses that alternative.
_FOR_THAT = re.compile(r"(?i)^\W*(?:daarvoor|hiervoor)\b")
_ALTERNATIVE = re.compile(r"(?i)\b(?:u\s+kunt|kunt\s+u)\s+(?:\w+\s+){0,2}?ook\b|\b(?:u\s+kunt|kunt\s+u)\s+kiezen\b")


def condition_of(sentence: str, previous: str) -> str | None:
    """The case in which a deadline holds: the question before it ("Kunt u niet komen?") or the
    sentence's own if-clause ("Als u ..., ...")."""
    heading = previous.isupper()  # "NETTO OF BRUTO?": a heading in capitals names a topic, not a case
    if previous.rstrip().endswith("?") and not heading and _CONDITION.match(previous) and (
        re.search(r"(?i)\bdan\b", sentence) or (READER_ACTS.match(sentence) and _YES_NO.match(previous))
    ):  # "Klopt er iets niet? Laat het ons weten.": the yes/no question is the case it holds in
        return previous.strip()
    if _FOR_THAT.match(sentence) and _ALTERNATIVE.search(previous):  # "U kunt ook in termijnen betalen.
        return f"{previous.strip()} Kiest u daarvoor?"  # Daarvoor moet u uiterlijk ...": only if chosen
    m = re.match(r"(?i)^\W*((?:als|indien|wanneer|mocht)\b[^,]{3,80}),", sentence)
    return m.group(1).strip() + "?" if m else None


# Another person the letter names beside the reader ("uw man", "uw dochter", "hij"): a duty whose
# subject is that person, or that points back ("Dat formulier moet ...") to that person's own letter
# or form ("Uw man krijgt een aparte brief met een eigen formulier"), is that person's, not the reader's.
_PERSON = (
    r"(?:uw|je|jouw)\s+(?:man|vrouw|echtgeno(?:o)?te?|partner|zoon|dochter|kind|vader|moeder|broer|zus|huisgeno(?:o)?te?"
    r"|medebewoner|ex-partner)"
)
_PERSON_ACTS = re.compile(
    rf"(?i)^\W*(?:{_PERSON}|hij|zij\s+(?:moet|heeft|krijgt|kan|mag|stuurt|betaalt)|(?:zijn|haar)\s+(?:eigen\s+)?\w+\s+(?:moet|moeten)\b)\b"
)
_OWN_POST = re.compile(rf"(?i)^\W*(?:{_PERSON}|hij|zij)\b[^.?]{{0,80}}\b(?:eigen|aparte?|afzonderlijke?)\s+(?:brief|formulier|aanvraag|vragenlijst)\b")
_POINTER = re.compile(r"(?i)^\W*(?:dat|dit|die|deze|het)\s+(?:formulier|brief|vragenlijst|aanvraag)\b|^\W*(?:dat|dit)\s+moet\b")


def someone_elses(segs: list, i: int) -> bool:
    """The duty in sentence i is another person's (see _PERSON_ACTS, _OWN_POST), not the reader's;
    never when the sentence addresses the reader ("Stuur ...", "u moet")."""
    sentence = segs[i].text
    if READER_ACTS.search(sentence) or re.search(r"(?i)\b(?:u|je|jij)\s+(?:moet|dient|kunt)\b", sentence):
        return False
    if _PERSON_ACTS.search(sentence):
        return True
    return bool(_POINTER.search(sentence)) and any(_OWN_POST.search(s.text) for s in segs[max(0, i - 2) : i])
