"""Whether a sentence dates its matter more than some months before the date of the case, and the ages
that birth dates give (`birth_ages`). Pure.

A right that lasts a number of months after an event (the Wet kinderopvang keeps the toeslag for
three calendar months after work ends, artikel 1.6, vijfde lid) no longer runs when the case is
written later than that: the event's date (a day and month in its own sentence, the year of the
case when none is given; or a month and year, read as the last day of that month) and the case's own
date (a "Datum:" line, or a heading line that ends or starts with a date) must both be named.
Without both dates nothing is decided. The same holds for a term in weeks (the six weeks for the Wmo
onderzoek after a melding, artikel 2.3.2, eerste lid): `dated_weeks_before`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from assistant.text.folding import fold

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")  # fmt: skip
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_WORDED = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?\b")
# a month and year without a day ("liep af in februari 2024"): the last day of that month, the latest
# the matter can have happened
_MONTH_YEAR = re.compile(r"(?<!\d)(?<!\d\s)(" + "|".join(_MONTHS) + r")\s+(\d{4})\b")
# the date of the case itself: a heading line "Datum: 16/11/2026" or "Datum 3 maart 2026"
_CASE_DATE = re.compile(r"^\W*datum\s*:?\s*(.+)$", re.MULTILINE)
_DATE = r"(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\s+(?:" + "|".join(_MONTHS) + r")\s+\d{4})"
# a dated heading as the first line: "Verslag wijkteam, 4 maart 2026." / "Intakenotitie 04-03-2026" /
# "4 maart 2026: gesprek met ...": the date closes the heading (a bracketed file number may follow) after a
# comma or a word for a note, or opens it
_HEADING_DATE = re.compile(
    r"^[^\n]{0,80}?(?:,|\b\w*(?:verslag|notitie|melding|aantekening|intake|gesprek)|\bd\.d\.)\s*" + _DATE + r"(?:\s*\([^)]*\))?\s*(?:[.:](?:\s|$)|$)"
    r"|^\W*" + _DATE + r"\s*[:,\u2013-]"
)


def _dates(text: str, year: int | None) -> list[date]:
    out = []
    for m in _NUMERIC.finditer(text):
        out.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in _WORDED.finditer(text):
        y = int(m.group(3)) if m.group(3) else year
        if y is not None:
            out.append((y, _MONTHS.index(m.group(2)) + 1, int(m.group(1))))
    for m in _MONTH_YEAR.finditer(text):
        month, y = _MONTHS.index(m.group(1)) + 1, int(m.group(2))
        out.append((y, month, monthrange(y, month)[1]))
    valid = []
    for y, mo, d in out:
        try:
            valid.append(date(y, mo, d))
        except ValueError:
            continue
    return valid


def case_date(text: str) -> date | None:
    """The date on the case's own "Datum:" line, else the date of a dated heading on its first line."""
    folded = fold(text)
    m = _CASE_DATE.search(folded)
    if m is None:
        first = folded.strip().split("\n", 1)[0].strip() if folded.strip() else ""
        heading = _HEADING_DATE.match(first)
        found = _dates(heading.group(1) or heading.group(2), None) if heading else []
    else:
        found = _dates(m.group(1), None)
    return found[0] if found else None


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


def dated_months_before(sentence: str, now: date | None, months: int) -> bool:
    """Does `sentence` date its matter more than `months` calendar months before `now`? The latest
    date in the sentence counts (a later date only shortens the time past)."""
    if now is None:
        return False
    dates = _dates(_CASE_DATE.sub("", fold(sentence)), now.year)  # the case's own date line is no event
    return bool(dates) and _add_months(max(dates), months) < now


def dated_weeks_before(sentence: str, now: date | None, weeks: int) -> bool:
    """Does `sentence` date its matter more than `weeks` weeks before `now` (its latest date counts)?"""
    if now is None:
        return False
    dates = _dates(_CASE_DATE.sub("", fold(sentence)), now.year)
    return bool(dates) and (now - max(dates)).days > 7 * weeks


# A birth date or year ("geb. 1979", "geboren op 3-5-2008", "geboortedatum: 12 maart 1990") gives the age of
# the person it follows
_BORN = re.compile(
    r"\b(?:geb\.?|geboren(?:\s+(?:op|in))?|geboortedatum|geboortejaar)\s*:?\s*"
    r"(?:(\d{1,2})[-/.](\d{1,2})[-/.]|(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+)?((?:19|20)\d{2})(?!\d)"
)


def birth_ages(folded: str, now: date | None, year_now: int | None) -> list[tuple[int, int, int]]:
    """(age, start, end of the year) for each birth date in the folded text: the years to the case's own
    date `now` (a whole birth date counts the birthday), else to `year_now`, the latest year the case names."""
    out = []
    for m in _BORN.finditer(folded):
        born = int(m.group(5))
        if year_now is None or not 0 < year_now - born < 110:
            continue
        month = int(m.group(2)) if m.group(2) else (_MONTHS.index(m.group(4)) + 1 if m.group(4) else None)
        day = int(m.group(1) or m.group(3) or 0)
        before_birthday = now is not None and month is not None and (now.month, now.day) < (month, day)
        out.append((year_now - born - int(before_birthday), m.start(5), m.end(5)))
    return out
