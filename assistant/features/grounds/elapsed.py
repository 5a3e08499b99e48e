"""Whether a sentence dates its matter more than some months before the date of the case. Pure.

A right that lasts a number of months after an event (the Wet kinderopvang keeps the toeslag for
three calendar months after work ends, artikel 1.6, vijfde lid) no longer runs when the case is
written later than that: the event's date (a day and month in its own sentence; the year of the
case when none is given) and the case's own date (a "Datum:" line) must both be named. Without
both dates nothing is decided.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.text.folding import fold

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")  # fmt: skip
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_WORDED = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?\b")
# the date of the case itself: a heading line "Datum: 16/11/2026" or "Datum 3 maart 2026"
_CASE_DATE = re.compile(r"^\W*datum\s*:?\s*(.+)$", re.MULTILINE)


def _dates(text: str, year: int | None) -> list[date]:
    out = []
    for m in _NUMERIC.finditer(text):
        out.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in _WORDED.finditer(text):
        y = int(m.group(3)) if m.group(3) else year
        if y is not None:
            out.append((y, _MONTHS.index(m.group(2)) + 1, int(m.group(1))))
    valid = []
    for y, mo, d in out:
        try:
            valid.append(date(y, mo, d))
        except ValueError:
            continue
    return valid


def case_date(text: str) -> date | None:
    """The date on the case's own "Datum:" line, if it has one."""
    m = _CASE_DATE.search(fold(text))
    found = _dates(m.group(1), None) if m else []
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
