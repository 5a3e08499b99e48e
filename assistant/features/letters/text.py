"""Text normalisation for letters: one paragraph per line, sentences with their offsets.

Letters arrive hard-wrapped (text files) or re-wrapped (PDF extraction puts a table's value on
its own line). `normalise` joins a wrapped line to the next when it clearly continues, and keeps
table rows (columns separated by 3+ spaces) and headings on their own line. All extraction then
works on the normalised text; `normalise_mapped` also gives, for every character of it, its offset
in the text as given, so every quote can be taken from the user's own text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.spans import sentences

_SPACES = {"\u00a0": " ", "\u2009": " ", "\u202f": " "}
_END_PUNCT = re.compile(r"[.!?:;]\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_CONTINUES = re.compile(r"^\s*(?:[a-zà-ÿ0-9€(]|EUR\b)")
_ENDS_AMOUNT = re.compile(r"\d(?:[\d.,]*\d)?(?:,-+)?(?:\s+(?:bruto|netto|euro))?$", re.I)
_STOP = re.compile(r"^\s*(geachte|beste|met vriendelijke|hoogachtend|l\.s\.)", re.I)
# The salutation that opens a letter's body ("Geachte mevrouw", "Beste Sanne", "L.S.").
SALUTATION = re.compile(r"(?im)^\s*(?:geachte|beste|l\.s\.|hallo|dag)\b")
_LABEL_LINE = re.compile(r"^[\w .()/-]{1,30}:\s")
_COLUMNS = re.compile(r"\S {3,}\S")


@dataclass(frozen=True)
class Segment:
    """A sentence or table row of the normalised text, with its offsets."""

    start: int
    end: int
    text: str
    line: int  # index of the (normalised) line it belongs to


@dataclass
class _Line:
    """A line of text with the original offset of every character."""

    text: str
    origin: list[int]

    def strip(self) -> _Line:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return _Line(self.text[left:right], self.origin[left:right])


def normalise(text: str) -> str:
    return normalise_mapped(text)[0]


def normalise_mapped(text: str) -> tuple[str, list[int]]:
    """The normalised text and, per character, its offset in `text`."""
    lines: list[_Line] = [_Line("", [])]
    for i, char in enumerate(text):
        if char == "\r":
            continue
        if char == "\n":
            lines.append(_Line("", []))
            continue
        width = 4 if char == "\t" else 1
        lines[-1].text += " " * width if char == "\t" else _SPACES.get(char, char)
        lines[-1].origin += [i] * width
    out: list[_Line] = []
    for line in (x.strip() for x in lines):
        if out and line.text and out[-1].text and _joins(out[-1].text, line.text):
            gap = out[-1].origin[-1] + 1
            out[-1] = _Line(out[-1].text + " " + line.text, out[-1].origin + [gap] + line.origin)
        else:
            out.append(line)
    return _join_lines(out)


def _join_lines(lines: list[_Line]) -> tuple[str, list[int]]:
    """Lines joined by newlines, at most one empty line in a row, no blank start or end."""
    while lines and not lines[0].text:
        lines.pop(0)
    while lines and not lines[-1].text:
        lines.pop()
    chars: list[str] = []
    origin: list[int] = []
    blank = 0
    for line in lines:
        blank = blank + 1 if not line.text else 0
        if blank > 1:
            continue
        if chars:
            chars.append("\n")
            origin.append(origin[-1] + 1 if origin else 0)
        chars.append(line.text)
        origin += line.origin
    return "".join(chars), origin


def _joins(prev: str, line: str) -> bool:
    if _END_PUNCT.search(prev) or _COLUMNS.search(prev) or _BULLET.match(line) or _STOP.match(line):
        return False
    if _COLUMNS.search(line) and not _CONTINUES.match(line):
        return False
    if prev.rstrip().endswith("-") and line[:1].islower():
        return True
    if _CONTINUES.match(line):
        return True
    # a long prose line that stops mid-sentence continues, unless it ends a table row (an amount)
    if _LABEL_LINE.match(prev):
        return False
    return len(prev) >= 50 and re.search(r"[a-zà-ÿ,]$", prev) is not None and not _ENDS_AMOUNT.search(prev)


_NEW_SENTENCE = re.compile(r"[A-ZÀ-Ý0-9€\"'(]")
# An initial or a title before a name does not end a sentence: "mevrouw R. Hamers", "mr. K. de Vries".
_BEFORE_NAME = re.compile(r"(?:^|[\s(])(?:[A-ZÀ-Ý]|(?i:mr|dr|drs|ir|ing|prof|mw|mevr|dhr))\.$")


def segments(text: str) -> list[Segment]:
    """Sentences (and rows/headings, one per line) of normalised text.

    The split is the project's sentence splitter (assistant.text.spans); a sentence only ends
    where the next one starts like a sentence (a capital, a digit, an amount), so initials and
    abbreviations ("A.M. de Bruijn", "mr. K. de Vries") stay whole."""
    out: list[Segment] = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        parts: list[tuple[int, int]] = []
        for span in sentences(line):
            joined = parts and _BEFORE_NAME.search(line[parts[-1][0] : parts[-1][1]])
            if parts and (joined or not _NEW_SENTENCE.match(line[span.start])):
                parts[-1] = (parts[-1][0], span.end)
            else:
                parts.append((span.start, span.end))
        for start, end in parts:
            out.append(Segment(offset + start, offset + end, line[start:end], index))
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


def list_lead(segs: list[Segment], i: int, rows: int = 8) -> Segment | None:
    """The sentence that introduces the list sentence i is a row of ("U betaalt in twee termijnen:"
    before "1e termijn € 306,20 uiterlijk 31 maart"), or None: rows follow on consecutive lines,
    the first row at most one blank line below the lead."""
    line = segs[i].line
    for j in range(i - 1, max(-1, i - 1 - rows), -1):
        gap = line - segs[j].line
        if gap > 2 or (gap == 2 and not segs[j].text.rstrip().endswith(":")):
            return None
        if segs[j].text.rstrip().endswith(":"):
            return segs[j] if segs[j].line < segs[i].line else None
        line = segs[j].line
    return None


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line that holds offset `pos`, without its newline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


# A letterhead written on one line, its parts split by bars ("Voltera Energie | klantnummer 12 | 14-04-2027").
_BAR = re.compile(r"[ \t]+\|[ \t]+")


def letterhead_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each part of a letterhead written on the first line with bars between its parts
    (name, kenmerk, date); empty when the first line is no such letterhead."""
    first = re.search(r"\S", text)
    if not first:
        return []
    start, end = line_bounds(text, first.start())
    bars = list(_BAR.finditer(text, start, end))
    if not bars:
        return []
    edges = [start, *(p for b in bars for p in (b.start(), b.end())), end]
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


def unbar_letterhead(text: str) -> str:
    """The text with a one-line letterhead's parts on lines of their own (offsets change: for reading
    the letter's shape and sender, not for evidence)."""
    cells = letterhead_cells(text)
    if not cells:
        return text
    head = "\n".join(text[s:e] for s, e in cells)
    return text[: cells[0][0]] + head + text[cells[-1][1] :]
