"""Whether a sentence is about someone other than the client's partner. Pure.

A ground about the partner (Wet kinderopvang 1.6 lid 8: the partner gets Wlz care) is not shown by
the same fact about another person in the house ("Mijn schoonmoeder woont bij ons. Ze heeft een
Wlz-indicatie"). Only positive evidence counts: the sentence names another relative and not the
partner, or it names no one and the sentence before names another relative and not the partner.
A sentence with only a first name ("besloot dat Joost recht heeft op Wlz-zorg") may be the partner.
"Man" or "vrouw" after an indefinite article ("een man zonder verblijfsrecht") introduces a person, not a
spouse.
"""

from __future__ import annotations

import re

from assistant.text.folding import fold

_PARTNER = re.compile(r"\b(?:partner|man|vrouw|echtgeno(?:ot|te)|vriend|vriendin)\b")
_OTHER_PERSON = re.compile(
    r"\b(?:(?:schoon|groot)?(?:moeder|vader|ouders?)|oma|opa|zoon|dochter|kind(?:eren)?|broer|zus|"
    r"buurman|buurvrouw|huisgenoot|kostganger|neef|nicht|tante|oom)\b"
)


# "een man", "een oudere vrouw": a person introduced, not a spouse ("haar man", "de vrouw van")
_INTRODUCED = re.compile(r"\been\s+(?:[a-z]+\s+)?$")


def _names_partner(text: str) -> bool:
    return any(
        not (m.group(0) in ("man", "vrouw") and _INTRODUCED.search(text[max(0, m.start() - 30) : m.start()]))
        for m in _PARTNER.finditer(text)
    )


def about_someone_else(sentence: str, before: str = "") -> bool:
    for text in (fold(sentence), fold(before)):
        if _names_partner(text):
            return False
        if _OTHER_PERSON.search(text):
            return True
    return False


def names_another_person(sentence: str) -> bool:
    """Does the sentence name the partner or another relative or housemate (not only the client)?"""
    text = fold(sentence)
    return bool(_names_partner(text) or _OTHER_PERSON.search(text))
