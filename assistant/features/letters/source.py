"""The letter as given and the text the engine reads, with the way back from one to the other.

The engine reads the letter without injected instructions (injection.py) and normalised
(text.py). Every quote it shows as evidence is taken from the letter as the user gave it, by
offsets into that text, so the professional can find it back.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.drafts.facts import Evidence, evidence_at
from assistant.features.letters.injection import strip_injections
from assistant.features.letters.text import Segment, line_bounds, normalise_mapped, segment_at, segments


@dataclass
class LetterSource:
    original: str  # the letter as the user gave it
    text: str  # what the engine reads: injections removed, normalised
    origin: list[int]  # per character of `text`, its offset in `original`
    injections: list[str]

    def __post_init__(self) -> None:
        self.segments: list[Segment] = segments(self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original of text[start:end]."""
        if not self.origin or end <= start:
            return 0, 0
        first = self.origin[min(start, len(self.origin) - 1)]
        last = self.origin[min(end, len(self.origin)) - 1]
        return first, max(first, last) + 1

    def evidence(self, start: int, end: int) -> Evidence:
        """A quote of text[start:end] with its offsets in the original. The quote is the original's
        text there, whitespace collapsed, less any injected instruction removed from inside it."""
        first, last = self.span(start, end)
        quote = evidence_at(self.text, start, end).quote
        return Evidence(quote, first, last)

    def segment(self, pos: int) -> Segment:
        return self.segments[segment_at(self.segments, pos)]

    def sentence_evidence(self, pos: int) -> Evidence:
        """The sentence (or table row) that holds offset `pos`, as evidence."""
        seg = self.segment(pos)
        return self.evidence(seg.start, seg.end)

    def line_evidence(self, pos: int) -> Evidence:
        """The whole (normalised) line that holds offset `pos`, as evidence."""
        return self.evidence(*line_bounds(self.text, pos))


def read_letter(original: str) -> LetterSource:
    clean, injections = strip_injections(original)
    text, origin = normalise_mapped(clean)
    if clean != original:
        to_original = _alignment(clean, original)
        origin = [to_original[i] for i in origin]
    return LetterSource(original, text, origin, injections)


def _alignment(derived: str, original: str, anchor: int = 12) -> list[int]:
    """For every character of `derived` (the original with passages removed and the rest joined by
    a space), its offset in `original`: walk both texts; where they part, jump to the next place
    where the following `anchor` characters of `derived` occur in the original."""
    out: list[int] = []
    j = 0
    for i, char in enumerate(derived):
        if j < len(original) and original[j] == char:
            out.append(j)
            j += 1
            continue
        ahead = next(
            (a for k in range(anchor, 2, -1) if (a := original.find(derived[i : i + k], j)) >= 0), -1
        )
        if ahead >= 0:
            out.append(ahead)
            j = ahead + 1
        else:  # a joining space the original lacks: next to its neighbour
            out.append(max(j - 1, 0))
    return out
