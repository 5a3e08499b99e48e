"""Linking a side of a dependency to an organisation the sentence does not name in full: a condition
that shares a content word with another sentence ("… pas als de sleutel overgedragen is" and "krijgt de
sleutel van de woningcorporatie"), and a speaker named by the head of an earlier name ("De leverancier
zegt: …" after "haar energieleverancier").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from assistant.text.spans import Span


class _Party(Protocol):
    unit: str
    start: int


_WORD = re.compile(r"[a-zà-ÿ]{6,}")
# Words too general to link a condition to the sentence that names its organisation.
_LINK_STOP = frozenset(
    "aanvraag aanvragen aangevraagd kunnen moeten worden hebben willen cliënt client cliënte mevrouw meneer "
    "maanden weken dagen inmiddels opnieuw duidelijk geregeld ontvangen gekregen alleen samen nieuwe andere "
    "daarna verder waarschijnlijk binnen eerste tweede gemeente betaald betalen gaan geven zeggen hoeven "
    "tijdens zonder omdat wanneer nadat voordat zolang terwijl".split()
)
# The subject of a speech label: "De leverancier heeft gezegd:", "Het fonds schrijft:".
_SPEAKER_NOUN = re.compile(
    r"\W*(?:de|het|die|deze)\s+([a-zà-ÿ]{4,})\s+(?:heeft|had|hebben|zegt|zei|zeggen|schrijft|schreef|meldt|"
    r"meldde|laat|liet)\b",
    re.I,
)


def units_in(parties: Sequence[_Party], start: int, end: int) -> list[str]:
    return list(dict.fromkeys(p.unit for p in parties if start <= p.start < end))


def named_by_head(
    text: str, start: int, end: int, parties: Sequence[_Party], exclude: list[str]
) -> list[str]:
    """The organisation a speech label at start:end names by the head of its earlier name ("De
    leverancier heeft gezegd:" after "haar energieleverancier"): the latest such party before it."""
    noun = _SPEAKER_NOUN.match(text, start, end)
    if not noun:
        return []
    head = noun.group(1).lower()
    for p in sorted(parties, key=lambda p: -p.start):
        word = re.match(r"[\w\-]+", text[p.start : p.start + 60])
        if p.start < start and word and word.group(0).lower().endswith(head) and p.unit not in exclude:
            return [p.unit]
    return []


def linked(text, spans, i, cond_side, parties, exclude) -> tuple[str, Span, str] | None:
    """An organisation the condition refers to without naming it: the nearest other sentence that
    names one and shares a content word with the condition (earlier sentences first)."""
    words = [w for w in _WORD.findall(text[cond_side[0] : cond_side[1]].lower()) if w not in _LINK_STOP]
    order = [j for j in range(i - 1, -1, -1)] + [j for j in range(i + 1, len(spans))]
    for j in order:
        other = text[spans[j].start : spans[j].end].lower()
        units = [u for u in units_in(parties, spans[j].start, spans[j].end) if u not in exclude]
        shared = next((w for w in words if w in other), None)
        if units and shared:
            return units[0], spans[j], shared
    return None
