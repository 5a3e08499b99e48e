"""A duty the letter sets by a date, told in the letter's own words. Pure.

"Regel dit vóór 1 juni 2027": the last day may be unsure (what "vóór" includes is to check), but
that the letter asks the reader to act by then is not. So such a duty is an action for the reader,
in the letter's own sentence, and a letter that tells the reader to act by a date never gets
"U hoeft nu niets te doen".
"""

from __future__ import annotations

import re
from datetime import date

from assistant.drafts.facts import Fact, stated
from assistant.features.letters import meaning as M
from assistant.features.letters.dates import find_dates
from assistant.features.letters.duty import READER_ACTS, condition_of
from assistant.features.letters.instructions import POINTS_BACK
from assistant.features.letters.source import LetterSource
from assistant.features.letters.text import Segment, segment_at

_MAX_WORDS = 30
_ABOUT_OBJECTION = re.compile(r"(?i)\bbezwaar|\bberoep\b|\bzienswijze\b")
# "Regel dit vóór ...", "Dit moet uiterlijk ...": the object is the sentence before
_REFERS_BACK = re.compile(rf"{POINTS_BACK.pattern}|(?i:^\W*(?:dit|dat)\s+moet\b)")
GENERIC = "De brief vraagt u iets te doen vóór een datum die in de brief staat. Lees goed wat er staat, of vraag hulp."


# "Horen wij niets van u vóór 7 mei, dan ...": what follows if the reader does not act; "Kies dan vóór
# 7 april ...": a request that holds in a case named before
_CONSEQUENCE = re.compile(r"(?i),\s*dan\b|^\W*\w+(?:\s+\w+)?\s+dan\b|^\W*(?:als|indien|wanneer|zodra|mocht)\b")


# "Reageert u niet vóór 7 juni, dan ...", "Als u niet vóór 7 juni reageert, ...": what follows if the
# reader does not act by the date: the letter asks the reader to act by then.
_UNLESS_YOU_ACT = re.compile(
    r"(?i)^\W*(?:\w+\s+(?:u|je)\s+(?:\w+\s+)?niet\b[^.?]*,\s*dan\b|(?:als|indien|wanneer)\s+(?:u|je)\s+(?:\w+\s+)?niet\b)"
)


def dated_duty(segs: list[Segment], i: int) -> bool:
    """Sentence `i` tells the reader, without a condition, to act (an imperative or "u moet ..."),
    or says what follows if the reader does not act by its date."""
    sentence = segs[i].text.strip()
    if _UNLESS_YOU_ACT.search(sentence) and not _ABOUT_OBJECTION.search(sentence):
        return True
    if sentence.endswith("?") or _ABOUT_OBJECTION.search(sentence) or _CONSEQUENCE.search(sentence):
        return False
    if not READER_ACTS.search(sentence):
        return False
    previous = segs[i - 1].text if i else ""
    return condition_of(sentence, previous) is None


def in_own_words(src: LetterSource, i: int) -> Fact:
    """The duty of sentence `i` as the letter says it (with the sentence before when it refers back),
    or a plain pointer to the letter when that is too long to read as one instruction."""
    segs = src.segments
    parts = [segs[i]]
    if i and _REFERS_BACK.match(segs[i].text) and not segs[i - 1].text.rstrip().endswith("?"):
        parts.insert(0, segs[i - 1])
    words = " ".join(re.sub(r"^\W+", "", s.text).strip() for s in parts)
    evidence = [src.evidence(s.start, s.end) for s in parts]
    if len(words.split()) > _MAX_WORDS * len(parts):
        return stated(GENERIC, evidence)
    return stated(words if words.endswith((".", "!")) else words + ".", evidence)


def unsure_duties(
    src: LetterSource, deadlines: list[Fact], told: set[int], unsure: list[tuple[int, int]], paid: bool
) -> list[Fact]:
    """The reader's duties whose date is to check, in the letter's words; `told`: the starts of the
    quotes (offsets in the letter as given) that an action already tells; `unsure`: the spans an amount
    or pay-by date to check rests on (a payment to check is never told as an action); `paid`: an action
    already tells what to pay, so a date to pay by is not told twice."""
    out = []
    for fact in deadlines:
        d = fact.value
        if fact.status != "to_check" or d.condition or d.kind != M.DEADLINE or d.start < 0 or (paid and "betalen" in d.meaning):
            continue
        i = segment_at(src.segments, d.start)
        start, end = src.span(src.segments[i].start, src.segments[i].end)
        if start in told or any(s < end and start < e for s, e in unsure) or not dated_duty(src.segments, i):
            continue
        action = in_own_words(src, i)
        told.update(e.start for e in action.evidence)
        out.append(action)
    return out


def first_dated_duty(src: LetterSource, letter_date: date | None) -> int | None:
    """The first sentence that tells the reader to act by a date on or after the letter's date."""
    for i, seg in enumerate(src.segments):
        dates = [m.value for m in find_dates(seg.text)]
        if dates and any(letter_date is None or d >= letter_date for d in dates) and dated_duty(src.segments, i):
            return i
    return None
