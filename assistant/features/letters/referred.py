"""Which amount a pay instruction without one refers to ("Betaal dit bedrag", "Betaal het totaal",
"U moet de boete betalen"): the amount of the sentence before or after, the row labelled total, or
the amount labelled with the thing the instruction names. An instruction that names a plan's
termijnen ("Betaal de termijnen en de huur op tijd") names no one amount. Pure; payment.py uses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.drafts.facts import Evidence
from assistant.features.letters.amounts import GENERIC_MONEY_WORDS, MONEY_NOUN, Amount
from assistant.features.letters.source import LetterSource
from assistant.features.letters.text import Segment, segment_at

_NAMES_AMOUNT = re.compile(r"(?i)^\W*(?:het\s+gaat\s+om|het\s+bedrag\s+is|dat\s+is|dit\s+is)\b")
_REFERS_BACK = re.compile(r"(?i)\b(?:dit|dat|deze)\s+bedrag\b")
_THE_AMOUNT = re.compile(r"(?i)\b(?:het|dit|dat|deze)\s+(?:(?:hele|totale|openstaande)\s+)?bedrag\b")


_TOTAL_LABEL = [
    r"totaal",
    r"te betalen|terug|openstaand|nog te|verschuldigd|te voldoen",
    r"achterstand|boete",
]
# "Betaal de termijnen", "Betaal elke maand ...": the plan's instalments or a monthly sum, no one amount to pay
PLAN_TERMS = re.compile(r"(?i)\b(?:de|alle|uw|deze)\s+termijnen\b|\b(?:elke|iedere)\s+(?:termijn|maand|week)\b")


@dataclass(frozen=True)
class Candidate:
    amount: Amount
    evidence: list[Evidence]
    sentence: Segment
    rule: str | None = None  # how an instruction without an amount was resolved


def referred(src: LetterSource, bare: list[Segment], mentions: list[Amount]) -> list[Candidate]:
    """The amount an instruction without one refers to: "dit bedrag" (the sentence before), or
    the letter's total or 'te betalen' line."""
    if not bare:
        return []
    segs = src.segments
    for s in bare:
        i = segment_at(segs, s.start)
        near = []
        if _REFERS_BACK.search(s.text) and i:
            near.append((segs[i - 1], "het bedrag uit de zin ervoor"))
        if i + 1 < len(segs) and _NAMES_AMOUNT.match(segs[i + 1].text):
            near.append((segs[i + 1], "het bedrag uit de zin erna"))
        for seg, rule in near:
            found = [a for a in mentions if seg.start <= a.start < seg.end]
            if len({a.value for a in found}) == 1:
                a = found[-1]
                return [
                    Candidate(a, [src.evidence(s.start, s.end), src.sentence_evidence(a.start)], s, rule)
                ]
    named = _named_in_instruction(src, bare, mentions)
    if named:
        return named
    only = {round(a.value, 2) for a in mentions}
    the_amount = next((s for s in bare if _THE_AMOUNT.search(s.text)), None)
    if the_amount and len(only) == 1:  # "Wilt u het bedrag overmaken?" and the letter names one amount
        a = mentions[0]
        evidence = [src.evidence(the_amount.start, the_amount.end), src.sentence_evidence(a.start)]
        return [Candidate(a, evidence, the_amount, "het enige bedrag dat de brief noemt")]
    for pattern in _TOTAL_LABEL:
        hits = [a for a in mentions if re.search(pattern, a.label, re.I)]
        if hits:
            a, s = hits[-1], bare[0]
            rule = f"het bedrag van de regel '{a.label}'"
            return [Candidate(a, [src.evidence(s.start, s.end), src.sentence_evidence(a.start)], s, rule)]
    return []


# also with words between: "het hierna vermelde totaalbedrag", "het hieronder genoemde totaal"
_NAMES_TOTAL = re.compile(
    r"(?i)\b(?:het|dit|dat)\s+(?:[a-zë]+\s+){0,2}?(?:totaal(?:bedrag)?|totale\s+bedrag)\b"
)


def total_named(src: LetterSource, bare: list[Segment], mentions: list[Amount]) -> list[Candidate]:
    """An instruction that names the total ("Betaal het totaal ...") pays the one amount labelled
    as the total, not a part of it that is also 'te betalen' (a terugvordering beside a boete)."""
    said = next((s for s in bare if _NAMES_TOTAL.search(s.text)), None)
    totals = [a for a in mentions if re.match(r"(?i)\W*totaal\b", a.label or "")]
    if said is None or len({round(a.value, 2) for a in totals}) != 1:
        return []
    a = totals[-1]
    evidence = [src.evidence(said.start, said.end), src.sentence_evidence(a.start)]
    return [Candidate(a, evidence, said, f"de betaalzin noemt het totaal; de regel '{a.label}'")]


def _named_in_instruction(src: LetterSource, bare: list[Segment], mentions: list[Amount]) -> list[Candidate]:
    """The amounts whose label is the thing the instruction itself names ("U moet de boete betalen":
    the amount labelled boete), that word standing in the amount's own sentence or row (a label
    borrowed from the sentence before names another thing). More than one makes the amount to check."""
    for s in bare:
        nouns = {m.group(1).lower() for m in MONEY_NOUN.finditer(s.text)} - GENERIC_MONEY_WORDS - {"termijn"}
        hits = [a for a in mentions if nouns & _words(a.label) & _words(src.segment(a.start).text)]
        totals = [a for a in hits if re.search(r"(?i)totaal|te betalen|te voldoen", a.label)]
        if len({a.value for a in hits}) > 1 and len({a.value for a in totals}) == 1:
            hits = totals  # the total of the thing the instruction names
        if hits:
            rule = "de betaalzin noemt wat u moet betalen (" + ", ".join(sorted(nouns)) + "); dat bedrag staat erbij"
            return [
                Candidate(a, [src.evidence(s.start, s.end), src.sentence_evidence(a.start)], s, rule)
                for a in hits
            ]
    return []


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w-]+", text)}
