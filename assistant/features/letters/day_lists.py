"""A list of days that share one month: "op dinsdag 3, 10 en 17 november 2026", "vóór 4 en 18 maart".

Dutch names the month (and year) once, after the last day of the list. Each earlier day is a date
of that same month and year, and every day of the list has the purpose of the words before the
list ("uiterlijk", "op ... om 9.30 uur"): the meaning is read over the whole list, not per day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.features.letters.dates import DateMention

_DAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{1,2}e?"
# The list right before the last day's date: "3, 10 en ", "dinsdag 4 en ", "1, 8, 15 of ".
_LIST_BEFORE = re.compile(rf"(?i)(?<![\w€.,/-])({_DAY}(?:\s*,\s*{_DAY})*)\s*,?\s*(?:en|of)\s+$")
_ONE_DAY = re.compile(r"(\d{1,2})e?\b")
# What precedes a list of days: a word that introduces a time (a preposition, "uiterlijk", a
# weekday), a label's colon or the start of a line. Not a count or a number of something
# ("artikel 3, 10 en 17", "€ 5 en 6 maart"): those have another word or sign before them.
_LEADS_IN = re.compile(
    r"(?i)(?:\b(?:op|uiterlijk|vóór|voor|vanaf|van|tot|t/m|en\s+met|na|data|dagen|datums|de)|[:(\n]|^)\s*$"
)


@dataclass(frozen=True)
class ListedDate:
    mention: DateMention  # this day, at its own digits
    span: DateMention  # the whole list, as the words around it are read for the meaning
    last_start: int  # where the date that names the month starts (the list's last day)


def with_day_lists(text: str, mentions: list[DateMention]) -> list[ListedDate]:
    """Each mention, and the earlier days of a list that ends in it, with the span to read its
    meaning over (the mention itself when it ends no list)."""
    out: list[ListedDate] = []
    for m in mentions:
        days = list_days(text, m)
        if not days:
            out.append(ListedDate(m, m, m.start))
            continue
        start = days[0].start
        span = DateMention(m.value, start, m.end, text[start : m.end])
        out += [ListedDate(d, span, m.start) for d in days]
        out.append(ListedDate(m, span, m.start))
    return out


def list_days(text: str, last: DateMention) -> list[DateMention]:
    """The earlier days of a list that ends in `last` ("3, 10 en" before "17 november 2026"), each
    in the month and year of `last`; none when the numbers before it are no list of days."""
    before = text[max(0, last.start - 80) : last.start]
    m = _LIST_BEFORE.search(before)
    if not m or not _LEADS_IN.search(before[: m.start()]):
        return []
    offset = last.start - len(before)
    out = []
    for d in _ONE_DAY.finditer(m.group(1)):
        value = _day_in(last.value, int(d.group(1)))
        if value is None or value >= last.value:
            return []  # a list of days runs up to its last day: anything else is no list of dates
        start = offset + m.start(1) + d.start()
        out.append(DateMention(value, start, start + len(d.group(0)), d.group(0)))
    return out


def _day_in(last: date, day: int) -> date | None:
    try:
        return last.replace(day=day)
    except ValueError:
        return None
