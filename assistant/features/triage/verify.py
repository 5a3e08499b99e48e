"""Verify a model's wording of a triage note against the intake text and the engine's facts.

The model may only word what is there: no organisation, amount, number or name that is not in
the input or among the engine's organisations; Dutch; no decision language (a draft never
decides). Returns the problems in Dutch; an empty list means the output may be shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.drafts.check import Check
from assistant.knowledge.organisations import find_mentions, unit_of
from assistant.text.claims import decision_language
from assistant.text.language import is_dutch

MAX_SUMMARY_CHARS = 700
MAX_QUESTION_CHARS = 250
MAX_QUESTIONS = 8

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-ZÀ-Ý][a-zà-ÿ]{2,})\b")
ALWAYS_ALLOWED_NAMES = frozenset({"U", "Uw", "Nederland", "Nederlands", "Nederlandse", "Dienst"})


def verify_wording(
    texts: Sequence[str], input_text: str, organisations: Sequence[Any], allowed_units: Iterable[str]
) -> Check:
    """Problems with the model texts (summary, underlying question, questions), in Dutch."""
    problems: list[str] = []
    joined = "\n".join(t for t in texts if t)
    if not joined.strip():
        return Check(["het model gaf geen tekst"])
    long_texts = [t for t in texts if t and len(t.split()) >= 8]
    if not is_dutch(joined) or not all(is_dutch(t) for t in long_texts):
        problems.append("de tekst is geen (leesbaar) Nederlands")
    allowed = set(allowed_units) | {unit_of(o) for o in _orgs_in(input_text, organisations)}
    by_id = {o.id: o for o in organisations}
    for m in find_mentions(joined, organisations):
        org = by_id[m.org_id]
        if unit_of(org) not in allowed:
            problems.append(f"noemt een organisatie die niet in de invoer staat: {org.name}")
    input_numbers = {_norm_number(n) for n in _NUMBER.findall(input_text)}
    for n in _NUMBER.findall(joined):
        if _norm_number(n) not in input_numbers:
            problems.append(f"noemt een getal of bedrag dat niet in de invoer staat: {n}")
    input_lower = input_text.lower()
    problems += [f'gebruikt beslistaal: "{phrase}"' for phrase in decision_language(joined, input_text)]
    names = {name for o in organisations for name in (o.name, *o.aliases) for name in name.split()}
    for m in _CAPITALISED.finditer(joined):
        word = m.group(1)
        if word in ALWAYS_ALLOWED_NAMES or word in names or word.lower() in input_lower:
            continue
        problems.append(f"noemt een naam die niet in de invoer staat: {word}")
    return Check(_dedupe(problems))


def check_shape(summary: str, questions: Sequence[str]) -> Check:
    """Is the model's note complete and shaped like one (a summary, a few real questions)?"""
    problems = []
    if not summary.strip():
        problems.append("de samenvatting ontbreekt")
    if len(summary) > MAX_SUMMARY_CHARS:
        problems.append("de samenvatting is te lang")
    if not questions:
        problems.append("er zijn geen vragen voor het volgende gesprek")
    if len(questions) > MAX_QUESTIONS:
        problems.append("te veel vragen")
    for q in questions:
        if len(q) > MAX_QUESTION_CHARS or not q.rstrip().endswith("?"):
            problems.append(f'geen bruikbare vraag: "{q[:60]}"')
            break
    return Check(problems)


def _orgs_in(text: str, organisations: Sequence[Any]) -> list[Any]:
    by_id = {o.id: o for o in organisations}
    return [by_id[m.org_id] for m in find_mentions(text, organisations)]


def _norm_number(n: str) -> str:
    return n.replace(".", "").replace(",", "")


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
