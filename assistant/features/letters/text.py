"""Text normalisation for letters: one paragraph per line, sentences with their offsets.

Letters arrive hard-wrapped (text files) or re-wrapped (PDF extraction puts a table's value on
its own line). `normalise` joins a wrapped line to the next when it clearly continues, and keeps
table rows (columns separated by 3+ spaces) and headings on their own line. All extraction then
works on the normalised text, so every offset refers to the same string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": "    ", "\r": ""})
_END_PUNCT = re.compile(r"[.!?:;]\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_CONTINUES = re.compile(r"^\s*(?:[a-zà-ÿ0-9€(]|EUR\b)")
_ENDS_AMOUNT = re.compile(r"\d(?:[\d.,]*\d)?(?:,-+)?(?:\s+(?:bruto|netto|euro))?$", re.I)
_STOP = re.compile(r"^\s*(geachte|beste|met vriendelijke|hoogachtend|l\.s\.)", re.I)
_LABEL_LINE = re.compile(r"^[\w .()/-]{1,30}:\s")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9€\"'(])")


@dataclass(frozen=True)
class Segment:
    """A sentence or table row of the normalised text, with its offsets."""

    start: int
    end: int
    text: str
    line: int  # index of the (normalised) line it belongs to


def normalise(text: str) -> str:
    raw = [line.rstrip() for line in text.translate(_SPACES).split("\n")]
    out: list[str] = []
    for line in raw:
        if out and line.strip() and out[-1].strip() and _joins(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line.strip() if not re.search(r"\S {3,}\S", line) else line.strip())
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _joins(prev: str, line: str) -> bool:
    if _END_PUNCT.search(prev) or re.search(r"\S {3,}\S", prev) or _BULLET.match(line) or _STOP.match(line):
        return False
    if re.search(r"\S {3,}\S", line) and not _CONTINUES.match(line):
        return False
    if prev.rstrip().endswith("-") and line[:1].islower():
        return True
    if _CONTINUES.match(line):
        return True
    # a long prose line that stops mid-sentence continues, unless it ends a table row (an amount)
    if _LABEL_LINE.match(prev):
        return False
    return len(prev) >= 50 and re.search(r"[a-zà-ÿ,]$", prev) is not None and not _ENDS_AMOUNT.search(prev)


def segments(text: str) -> list[Segment]:
    """Sentences (and rows/headings, one per line) of normalised text."""
    out: list[Segment] = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        pos = 0
        for part in _SENTENCE_SPLIT.split(line):
            start = line.find(part, pos)
            if part.strip():
                out.append(Segment(offset + start, offset + start + len(part), part, index))
            pos = start + len(part)
        offset += len(line) + 1
    return out


def segment_at(segs: list[Segment], pos: int) -> int:
    """Index of the segment that holds offset `pos` (the last one starting before it)."""
    best = 0
    for i, seg in enumerate(segs):
        if seg.start <= pos:
            best = i
        else:
            break
    return best


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]
