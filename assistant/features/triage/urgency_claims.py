"""Whose words an urgency signal is: someone's alarm in a quote ('SPOED', "stopt!!"), a fear or belief
("bang voor beslag"), or the words of an official document, which are no one's claim. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.features.triage.rules import rx
from assistant.text.spans import Span

QUOTE_CHARS = "'\"‘’“”„"
_MAX_QUOTE = 240
# A fear, worry or belief about what may come ("bang voor loonbeslag", "dacht dat hij eruit moest").
FEAR_BEFORE = rx(
    r"\b(?:bang|angst|angstig|vrees|vreest|vrezen|vreesde|bezorgd|ongerust|zich\s+zorgen|dacht|dachten|denkt|"
    r"meende|meent|vermoedt|veronderstelt)\s+(?:voor|dat|over|om)\s+"
    r"(?:\S+\s+){0,5}['\"‘“„]?$"
)
DOCUMENT_BEFORE = rx(
    r"\b(?:brief|brieven|aanmaning|herinnering|beschikking|besluit|factuur|dwangbevel|vonnis|aankondiging|"
    r"schrijft|schreef)\b"
    r"(?:\s+\S+){0,3}?\s*[:(]?\s*$"
)
# The speaker's own alarm inside a quote: an urgency word or an exclamation mark.
ALARM = rx(r"!|\b(?:spoed\w*|dringend\w*|urgent\w*|acuut|noodgeval\w*|help|paniek)\b")
# A quote opens after a space or bracket, not inside a word ("zo'n", "auto's") or before a year ("'26").
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[:;,]))[" + QUOTE_CHARS + r"](?=\S)(?!\d\d\b)", re.MULTILINE)
_CLOSE_QUOTE = re.compile(r"(?<=\S)[" + QUOTE_CHARS + r"](?!\w)")


def quoted_spans(text: str) -> list[Span]:
    """The stretches of `text` between quotation marks on one line (direct speech, a quoted letter)."""
    out, pos = [], 0
    while m := _OPEN_QUOTE.search(text, pos):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        c = _CLOSE_QUOTE.search(text, m.end(), min(line_end, m.end() + _MAX_QUOTE))
        if c is None:
            pos = m.end()
            continue
        out.append(Span(m.start(), c.end()))
        pos = c.end()
    return out


def _titled(text: str, quote: Span) -> bool:
    """Whether the quote is the title or words of an official document ("brief 'aankondiging
    afsluiting'"): the document is there, so its words are no one's claim."""
    return bool(DOCUMENT_BEFORE.search(text[max(0, quote.start - 60) : quote.start]))


def is_claim(text: str, quotes: Sequence[Span], sentence: Span, start: int, end: int) -> bool:
    """Whether the signal at text[start:end] is someone's alarm in their own words (a quote in a
    sentence whose quoted words hold an urgency word or an exclamation mark) or a fear, not the
    writer's finding. A calm quote reports what was said and counts."""
    # an alarm in one quote of the sentence makes the speaker's other quoted words there part of it
    alarmed = any(
        sentence.start <= q.start < sentence.end
        and not _titled(text, q)
        and ALARM.search(text, q.start, q.end)
        for q in quotes
    )
    for q in quotes:
        if q.start < start and end <= q.end and not _titled(text, q) and alarmed:
            return True
    return bool(FEAR_BEFORE.search(text[max(sentence.start, start - 80) : start]))
