"""What the letter itself tells the reader to do, in its own short sentences. Pure.

An instruction opens its sentence with a capital: an imperative ("Geef elke maand door ...",
"Regel dit vóór ...", "Betaalt u ...") or "U moet". It is told with the case it holds in: the yes/no
question before it ("Wilt u een ander bedrag? Pas het aan in de app."), and with the sentence it
points back to ("Informeer daar zelf naar"). A consequence ("Kies je niets, dan ...") and a "dan"
whose case the letter does not give as a question are no instruction to tell on their own.
"""

from __future__ import annotations

import re

from assistant.drafts.facts import Fact, stated
from assistant.features.letters import meaning as M
from assistant.features.letters.duty import condition_of
from assistant.features.letters.source import LetterSource

_INSTRUCTION = re.compile(rf"(?i){M.IMPERATIVE_START}|U\s+moet\b(?!.{{0,40}}\b(?:niet|geen)\b)")
_ABOUT_OBJECTION = re.compile(r"(?i)bezwaar|beroep")
# "Kies je niets, dan ...", "Reageert u niet, dan ...": a verb with its subject after it, then ", dan":
# a case and what follows from it (an imperative with ", dan" is a request: "Stuur ons een e-mail, dan ...")
_CONSEQUENCE = re.compile(r"(?i)^\W*\w+\s+(?:u|je|jij|jullie)\b[^.?]*,\s*dan\b")
# "dan" of a case ("Meld u dan ..."), not of a comparison or a reason ("meer dan", "want dan")
_THEN = re.compile(r"(?i)(?<!meer )(?<!minder )(?<!later )(?<!eerder )(?<!anders )(?<!want )\bdan\b")
# "Bel ons, dan maken wij een afspraak": what follows from doing what is asked, no case
_RESULT = re.compile(r"(?i),\s*dan\b")
# a sentence that names a case: a question, or an if-clause ("Raakt u uw baan kwijt, dan ...")
_CASE = re.compile(r"(?i)\?\s*$|^\W*(?:als|indien|wanneer|zodra|mocht)\b|,\s*dan\b")
# "Informeer daar zelf naar", "Vraag dit aan via ...": the object is in the sentence before
POINTS_BACK = re.compile(
    rf"(?i)^\W*(?!zorg\w*\s+(?:er\s*voor\s+)?dat\b)(?:{M.IMPERATIVE_VERBS})\w?\s+(?:\w+\s+)?"
    r"(?:dit|dat|het|die|deze|hem|daar|daarvoor|hiervoor)\b"
)  # not "Zorg dat ...", whose "dat" opens a clause
_OPENS_WITH_THEN = re.compile(r"(?i)^\W*dan\b")
_MAX_WORDS = 22


def instructions(src: LetterSource, unsure: list[tuple[int, int]]) -> list[Fact]:
    """Up to four instructions; not about bezwaar (handled apart), not what may happen later, and not
    a sentence an amount or pay-by date to check rests on (a fact to check never becomes an action)."""
    out: list[Fact] = []
    segs = src.segments
    for i, seg in enumerate(segs):
        sentence = re.sub(r"^\W+", "", seg.text).strip()
        if not sentence[:1].isupper() or not _INSTRUCTION.match(sentence) or _ABOUT_OBJECTION.search(sentence):
            continue
        start, end = src.span(seg.start, seg.end)
        if any(s < end and start < e for s, e in unsure):
            continue
        # "... bezwaar maken. Dit moet binnen zes weken. Stuur een brief naar ...": part of the bezwaar text
        if any(_ABOUT_OBJECTION.search(segs[j].text) for j in range(max(0, i - 2), i)):
            continue
        before = [re.sub(r"^\W+", "", s.text).strip() for s in segs[max(0, i - 2) : i] if s.line >= seg.line - 1]
        text = _with_context(sentence, before)
        if text and len(sentence.split()) <= _MAX_WORDS and text not in (f.value for f in out):
            out.append(stated(text, [src.evidence(seg.start, seg.end)]))
    return out[:4]


def _with_context(sentence: str, before: list[str]) -> str | None:
    """The instruction with the case it holds in or the sentence it points back to (`before`: up to
    two sentences of its paragraph); None when it holds in a case the letter does not name there."""
    text = sentence if sentence.endswith((".", "!")) else sentence + "."
    previous = before[-1] if before else ""
    if _CONSEQUENCE.search(sentence):
        return None
    condition = condition_of(sentence, previous)
    if condition and condition == previous:  # "Verandert uw inkomen? Geef dit dan door.": only in that case
        return f"{previous} {text}"
    if _THEN.search(sentence) and not condition and not _RESULT.search(sentence):  # the case is named before
        case = next((k for k in range(len(before) - 1, -1, -1) if _CASE.search(before[k])), None)
        told = " ".join(before[case:]) if case is not None else ""
        return f"{told} {text}" if told and len(told.split()) <= 2 * _MAX_WORDS else None
    if POINTS_BACK.match(sentence) and previous and not _CASE.search(previous) and len(previous.split()) <= _MAX_WORDS:
        if _OPENS_WITH_THEN.match(previous) and len(before) > 1:  # "Wilt u ...? Dan kunt u ... Doe dit ...": with its case
            return f"{before[-2]} {previous} {text}"
        return f"{previous} {text}"
    return text
