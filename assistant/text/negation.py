"""Is a mention negated ("heeft geen contact met het UWV", "UWV is niet betrokken")? Pure.

Works on clauses: a negation counts within the clause of the mention, a few words before it, or
right after it ("... is niet betrokken"); coordination shares it ("geen ... de gemeente of het UWV").
"""

from __future__ import annotations

import re

from assistant.text.spans import Span, protect_abbreviations

_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]]|\s[-–—]\s|\b(?:maar|want|omdat|doordat|terwijl|hoewel|zodat|waardoor|echter|alleen)\b"
    r"|\b(?:en|of)\s+(?=(?:heeft|hebben|had|is|zijn|was|wil|wilt|kan|kon|kunnen|krijgt|krijgen|kreeg|gaat|moet|"
    r"moeten|mag|weet|wordt|werd|vraagt|woont|werkt|ontvangt|zit|staat|komt|zij|ze|hij|cl|cliënt|client|"
    r"mevr|dhr|wel)\b)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'’]+", re.UNICODE)

# with the stressed spellings of notes: "géén incasso", "niét betrokken"
NEGATIONS = frozenset({"geen", "niet", "nooit", "noch", "zonder", "nergens", "géén", "niét", "nóóit"})
# "geen idee", "niet goed", "weet niet": a negation that says nothing about involvement.
_NEG_NOT_ABOUT_INVOLVEMENT_AFTER = frozenset(
    {"idee", "zin", "goed", "alleen", "eens", "veel", "zeker", "zo", "meer weet"}
)
_NEG_NOT_ABOUT_INVOLVEMENT_BEFORE = frozenset(
    {"weet", "weten", "wist", "snapt", "begrijpt", "begrijpen", "begreep"}
)
_POST_NEGATION = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:nog\s+)?(?:niet|geen|nooit)\s+(?:meer\s+)?(?:betrokken|bekend|ingeschakeld|in\s+beeld|"
    r"aangemeld|ingeschreven|op\s+de\s+hoogte|gemeld|benaderd|gebeld|geweest)",
    re.IGNORECASE,
)
PRE_NEGATION_WINDOW = 5  # tokens before a mention in which a negation counts


def clause_bounds(text: str, sentence: Span, pos: int) -> Span:
    """The clause of `sentence` that contains offset `pos`."""
    guarded = protect_abbreviations(text[sentence.start : sentence.end])
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(guarded):
        cut_start, cut_end = sentence.start + m.start(), sentence.start + m.end()
        if cut_end <= pos:
            start = cut_end
        elif cut_start >= pos:
            end = cut_start
            break
    return Span(start, end)


def is_negated(text: str, sentence: Span, start: int, end: int) -> bool:
    """Is the mention at text[start:end] inside a negated clause ("geen contact met het UWV")?"""
    clause = clause_bounds(text, sentence, start)
    before = [t.lower() for t in _TOKEN.findall(text[clause.start : start])][-PRE_NEGATION_WINDOW:]
    for i, token in enumerate(before):
        if token not in NEGATIONS:
            continue
        after = before[i + 1] if i + 1 < len(before) else ""
        prev = before[i - 1] if i > 0 else ""
        if after in _NEG_NOT_ABOUT_INVOLVEMENT_AFTER or prev in _NEG_NOT_ABOUT_INVOLVEMENT_BEFORE:
            continue
        if "wel" in before[i + 1 :]:
            continue
        return True
    coordinated = _COORDINATED.search(text[clause.start : start])
    if coordinated and coordinated.start() > 0:
        # "geen contact met de gemeente of het UWV": the second conjunct shares the negation
        return is_negated(text, sentence, clause.start + coordinated.start(), clause.start + coordinated.start())
    return bool(_POST_NEGATION.match(text[end : clause.end]))


# A mention right after "of"/"noch" (+ article) is coordinated with what comes before it.
_COORDINATED = re.compile(r"\b(?:of|noch)\s+(?:(?:de|het|een|bij|met|van)\s+)*$", re.IGNORECASE)


def negated_just_before(text: str, sentence: Span, start: int, window: int = 2) -> bool:
    """A negation word among the last `window` tokens of the clause before `start` ("geen spoed")."""
    clause = clause_bounds(text, sentence, start)
    before = [t.lower() for t in _TOKEN.findall(text[clause.start : start])][-window:]
    return any(t in NEGATIONS for t in before)
