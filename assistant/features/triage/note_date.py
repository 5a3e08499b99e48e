"""The date of a note and the calendar dates in its sentences: the reference every "near" or "far"
is measured from. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_F = re.IGNORECASE

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

NUM_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?(?![\w/-]|[.,]\d)", _F)
WORD_DATE = re.compile(
    rf"(?<![\w/])(\d{{1,2}})e?\s+({MONTH_NAMES})\.?(?:\s+(?:'(\d{{2}})|(\d{{4}})))?(?!\w)", _F
)


def year_of(raw: str | None, ref: date | None) -> int | None:
    if raw:
        return int(raw) + (2000 if len(raw) == 2 else 0)
    return ref.year if ref else None


def make_date(y: int | None, m: int, d: int, ref: date | None) -> date | None:
    if y is None or not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    if ref and found < ref - timedelta(days=180):
        return make_date(y + 1, m, d, None)  # "4/12" in a January note: the coming December is not meant
    return found


@dataclass(frozen=True)
class NoteDate:
    value: date
    end: int  # where the date stands in the heading; it is no time of a signal


HEAD_LINES = 4  # a labelled date line ("Datum: ...") counts among the first lines
DATE_LABEL = re.compile(r"(?:^|\n)\s*(?:datum(?:\s+(?:gesprek|intake|notitie))?\s*:|d\.d\.)", _F)


def note_date(text: str) -> NoteDate | None:
    """The date of the note: the first date with a year in its heading (first line, 120 characters), on
    a labelled date line ("Datum: 3-3-2027", "d.d. 3 maart 2027") among the first lines, or on a line of
    a short heading block (at most four lines, then a blank line) that is no sentence."""
    lead = len(text) - len(text.lstrip())
    head_end = lead + len(text.lstrip()[:120].split("\n", 1)[0])
    found = _full_date(text, lead, head_end)
    if found is None and (label := DATE_LABEL.search(text, lead, _line_end(text, lead, HEAD_LINES))):
        found = _full_date(text, label.end(), _line_end(text, label.end(), 1))
    return found or _heading_block_date(text, lead) or _log_date(text)


# A log of dated entries: lines that open with a full date ("03-05-2027  Eerste gesprek. …").
_ENTRY = re.compile(rf"^[ \t]*(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}|\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}})\b", re.M | _F)


def _log_date(text: str) -> NoteDate | None:
    """In a log with at least two dated entries, the date of the first entry: the note was opened then."""
    entries = list(_ENTRY.finditer(text))
    if len(entries) < 2:
        return None
    first = entries[0]
    return _full_date(text, first.start(), first.end())


BIRTH_BEFORE = re.compile(r"\b(?:geb\.?|geboren|geboortedatum)\W*$", _F)
# A line that reads as a sentence: five lower-case words or more ending in a full stop ("| tel." or
# "cw: Jorien S." do not), or one sentence ends inside it.
SENTENCE_BREAK = re.compile(r"[a-zà-ÿ]{4,}\.\s+[A-Z][a-zà-ÿ]")


_LOWER_WORD = re.compile(r"(?<!\S)[a-zà-ÿ]{2,}")


def _sentence_line(line: str) -> bool:
    ends = line.rstrip().endswith(".") and len(_LOWER_WORD.findall(line)) >= 5
    return ends or bool(SENTENCE_BREAK.search(line))


# A subject or reference line names another document's date ("Betreft: beschikking van 3-3-2027").
SUBJECT_LINE = re.compile(
    r"\W*(?:betreft|onderwerp|inzake|re|kenmerk|dossier|ons\s+kenmerk|uw\s+kenmerk)\b|"
    r".*\b(?:brief|besluit|beschikking|uitspraak|aanslag|vonnis|factuur|aanmaning)\b",
    _F,
)


# A line that holds only a date, as chats and logs date a day ("vr 4 dec 2026"); no sentence line counts.
_DAY_OR_MONTH = re.compile(
    rf"\b(?:{MONTH_NAMES}|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\b\.?",
    _F,
)


def _heading_block_date(text: str, lead: int) -> NoteDate | None:
    """The first full date on a heading line (a block of at most HEAD_LINES short lines, then a blank
    line) or, without such a block, on one of the first lines that holds only a date."""
    block_end = text.find("\n\n", lead)
    block = block_end >= 0 and text.count("\n", lead, block_end) < HEAD_LINES
    start = lead
    for line in text[lead : block_end if block else _line_end(text, lead, HEAD_LINES)].split("\n"):
        end = start + len(line)
        only_date = len(line) <= 40 and not re.search(r"[^\W\d_]{3,}", _DAY_OR_MONTH.sub("", line))
        if len(line) <= 120 and not _sentence_line(line) and not SUBJECT_LINE.match(line):
            if (block or only_date) and (found := _full_date(text, start, end)):
                return found
        start = end + 1
    return None


def _line_end(text: str, start: int, lines: int) -> int:
    end = start
    for _ in range(lines):
        nl = text.find("\n", end + 1)
        end = len(text) if nl < 0 else nl
    return end


def _full_date(text: str, start: int, end: int) -> NoteDate | None:
    """The first date with a year in text[start:end], a birth date left out."""
    for m in NUM_DATE.finditer(text, start, end):
        if _born(text, start, m.start()):
            continue
        if m.group(3) and (
            found := make_date(year_of(m.group(3), None), int(m.group(2)), int(m.group(1)), None)
        ):
            return NoteDate(found, m.end())
    for m in WORD_DATE.finditer(text, start, end):
        raw_year = m.group(3) or m.group(4)
        if (
            raw_year
            and not _born(text, start, m.start())
            and (
                found := make_date(year_of(raw_year, None), MONTHS[m.group(2).lower()], int(m.group(1)), None)
            )
        ):
            return NoteDate(found, m.end())
    return None


def _born(text: str, start: int, pos: int) -> bool:
    return bool(BIRTH_BEFORE.search(text[max(start, pos - 20) : pos]))
