"""Whether the client is a foreign national without lawful stay, and the laws that shuts out. Pure.

Only a Nederlander, and a vreemdeling who stays lawfully on the grounds of Vreemdelingenwet 2000
artikel 8, onder a tot en met e en l, has a right to bijstand (Participatiewet artikel 11, eerste en
tweede lid); artikel 16, tweede lid, keeps the others out of bijstand for zeer dringende redenen
too. So a case that says the client has no lawful stay gets no Participatiewet ground: the
exceptions for such a person are in the Vreemdelingenwet (artikel 10, tweede lid; artikel 64).
Municipal debt help is the same: a vreemdeling "kan voor het verlenen van schuldhulpverlening slechts in
aanmerking komen" with lawful stay on those grounds (Wgs artikel 3, vierde lid), so no Wgs ground either.

Only the client counts: a sentence that names a partner or another person is about them (a partner
without stay is Participatiewet artikel 11, vierde lid), and a body's claim ("volgens de gemeente
heeft zij geen verblijfsrecht", a quoted remark) is not a fact. A case that also names lawful stay
(a permit, an application the person may await here) is left as it is: the professional checks.
"""

from __future__ import annotations

import re

from assistant.features.grounds.casetext import CaseText, Found
from assistant.features.grounds.concepts import expand
from assistant.features.grounds.partner import names_another_person
from assistant.features.grounds.subjects import law_subject
from assistant.text.folding import fold

ALIENS_LAW = "Vreemdelingenwet 2000"
# law -> the provision that keeps a client without lawful stay out of it
LAWFUL_RESIDENTS_ONLY = {
    "Participatiewet": "artikel 11, eerste en tweede lid, en artikel 16, tweede lid",
    "Wgs": "artikel 3, vierde lid",
}

# a claim, not a fact: "volgens", "zou", "zegt/zei/stelt/meent dat"
_CLAIM = re.compile(
    r"\b(?:volgens|zou|zouden|zegt|zeggen|zei|zeiden|stelt|stelde|meent|meende|beweert|vindt)\b"
)
_QUOTES = "'\"‘’“”„"


def client_without_lawful_stay(case: CaseText) -> Found | None:
    """The place where the case says the client has no lawful stay, or None. The case must be about
    a foreign national's stay (the Vreemdelingenwet's subject): "niet rechtmatig" or "illegaal" alone
    may be about a decision or a sublet."""
    if law_subject(ALIENS_LAW, case) is None or case.find_any(expand(["@rechtmatig_verblijf"])) is not None:
        return None
    for stem in expand(["@geen_rechtmatig_verblijf"]):
        for found in case.find_all(stem):
            if _about_the_client_as_fact(case, found):
                return found
    return None


def _about_the_client_as_fact(case: CaseText, found: Found) -> bool:
    sentence = case.sentence_of(found)
    before = case.inputs[found.source][found.evidence.start : found.start]
    quoted = sum(before.count(q) for q in _QUOTES) % 2 == 1
    return not (names_another_person(sentence) or _CLAIM.search(fold(sentence)) or quoted)


def shut_out(law: str, case: CaseText) -> bool:
    """Is `law` one that a client without lawful stay cannot claim under, and is this such a client?"""
    return law in LAWFUL_RESIDENTS_ONLY and client_without_lawful_stay(case) is not None
