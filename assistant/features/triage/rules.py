"""Shared pieces of the triage rules: word patterns, the regex helper and rule matching.

The rule tables live beside this module, one per concern: cues.py (categorie 3 cues and known
chains; dependencies.py reads them), involvement.py (which mentions count), situations.py, urgency.py (spoed) and domains.py (levensdomeinen). They are word-level
Dutch patterns with their inflections. Nothing names a case: the rules describe situations as
professionals write them in intake notes. Compiled once at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from assistant.knowledge.organisations import OrgFinding
from assistant.text.negation import negated_just_before
from assistant.text.spans import Span, sentence_at

_F = re.IGNORECASE
NUM = (
    r"(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|enkele|een\s+paar|paar|aantal)"
)
SUBJ = r"(?:ik|hij|zij|ze|cl\w*|cliënte?|mevr\w*|mw|dhr|meneer|mevrouw|jongere|moeder|vader)"


def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, _F)


TURNING_18 = rx(
    r"\b(?:wordt|word|worden)\b(?:\s+\S+){0,4}?\s+18\b|\b18\s+(?:jaar\s+)?(?:wordt|worden)\b|\b18e?\s+verjaardag|"
    r"\bmeerderjarig\s+(?:wordt|worden)\b|\bachttien\s+wordt"
)


# A negation before an absence cancels it: "zit niet zonder geld", "is nooit zonder inkomen".
_LITOTES_BEFORE = re.compile(r"\b(?:niet|nooit)\s+$", _F)


def unnegated_matches(pattern: re.Pattern, text: str, spans: Sequence[Span]) -> Iterator[re.Match]:
    """The matches of `pattern` in `text` that the text does not negate just before them."""
    for m in pattern.finditer(text):
        if m.group(0).lower().startswith(("geen", "zonder", "niet")):
            if not _LITOTES_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                yield m  # the pattern itself is about an absence ("geen inkomen"); "niet zonder geld" is none
        elif not negated_just_before(text, sentence_at(spans, m.start(), len(text)), m.start()):
            yield m


def first_unnegated(pattern: re.Pattern, text: str, spans: Sequence[Span]) -> re.Match | None:
    """The first match of `pattern` in `text` that the text does not negate just before it."""
    return next(unnegated_matches(pattern, text, spans), None)


def has_unit(findings: dict[str, OrgFinding], units: tuple[str, ...]) -> bool:
    """Whether one of `units` is involved."""
    return any(f.involved and f.unit in units for f in findings.values())
