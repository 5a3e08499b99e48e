"""Dates written without a year ("uiterlijk vrijdag 4 december"), as e-mails and short notes write
them. Such a date is read in the year that puts it nearest to the letter's own date; a weekday
written with it must fall on that day, or the date is left out. Without a weekday the year is the
engine's reading, not the letter's words: a deadline on such a date is to check. Pure."""

from __future__ import annotations

import re
from datetime import date

from assistant.features.letters.dates import MONTHS, WEEKDAYS, WORD_DATE, DateMention, find_dates

RULE_YEARLESS = "de brief noemt geen jaar; gelezen als de dag die het dichtst bij de datum van de brief ligt"
RULE_YEARLESS_WEEKDAY = "de brief noemt geen jaar; de weekdag in de brief past bij {day}"
YEARLESS_NOTE = (
    "De brief noemt bij deze datum geen jaar. Controleer in welk jaar de datum valt."
)
_SHORT_DAYS = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}


def yearless_dates(text: str, letter_date: date | None) -> list[tuple[DateMention, bool]]:
    """(date, weekday checked) for each date without a year. With a letter date, the year nearest to
    it; without one, only a date with a weekday, in the one year of the letter's full dates that the
    weekday fits ("uiterlijk woensdag 25 november" beside "donderdag 26 november 2026")."""
    years = {d.value.year for d in find_dates(text)} if letter_date is None else set()
    out = []
    for m, day, month, weekday in _mentions(text):
        if letter_date is not None:
            value = _nearest(letter_date, month, day)
            if value is None or (weekday is not None and value.weekday() != weekday):
                continue  # the weekday does not fit: which date is meant is unclear
        else:
            fits = sorted(y for y in years if weekday is not None and _fits(y, month, day, weekday))
            if len(fits) != 1:
                continue
            value = date(fits[0], month, day)
        out.append((DateMention(value, m.start(), m.end(), m.group(0)), weekday is not None))
    return out


# "vrijdag 4/12": day and month in figures, as Dutch writes them (day first); only with a weekday,
# which says it is a date (not a fraction or a number) and fixes the year
_DAY_MONTH = re.compile(
    r"(?i)(?<![\w/])((?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+)"
    r"(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d|\s*uur\b)"  # "wo 8/12 uur": opening hours, no date
)


def _mentions(text: str):
    """(match, day, month, weekday or None) for every date without a year."""
    full = {d.start for d in find_dates(text)}  # dates with a year, also a range whose year follows it
    for m in WORD_DATE.finditer(text):
        if not (m.group(4) or m.start() in full):
            yield m, int(m.group(2)), MONTHS[m.group(3).lower()], _weekday(m.group(1))
    for m in _DAY_MONTH.finditer(text):
        if 1 <= int(m.group(3)) <= 12:
            yield m, int(m.group(2)), int(m.group(3)), _weekday(m.group(1))


def _nearest(ref: date, month: int, day: int) -> date | None:
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - ref).days), default=None)


def _weekday(word: str) -> int | None:
    word = word.strip(" .,").lower()
    if not word:
        return None
    if word in WEEKDAYS:
        return WEEKDAYS.index(word)
    return _SHORT_DAYS.get(word)


RULE_YEARLESS_LETTER = (
    "de datum van de brief noemt geen jaar; de weekdag past in {year}, het jaar van de andere datums in de brief"
)
_HEAD_LINES = 14


def yearless_letter_date(text: str) -> DateMention | None:
    """The letter's own date written with a weekday and without a year ("di 4 mei"), in the header:
    alone on its line, after a "Datum" label or in a column after a wide gap. Read in the one year,
    among the years of the letter's full dates, in which that day falls on that weekday; None when
    no year or more than one fits."""
    head_end = 0
    for _ in range(_HEAD_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    years = {d.value.year for d in find_dates(text)}
    for m in WORD_DATE.finditer(text, 0, head_end):
        weekday = _weekday(m.group(1))
        if m.group(4) or weekday is None or not _header_position(text, m.start(), m.end()):
            continue
        month, day = MONTHS[m.group(3).lower()], int(m.group(2))
        fits = sorted(y for y in years if _fits(y, month, day, weekday))
        if len(fits) == 1:
            return DateMention(date(fits[0], month, day), m.start(), m.end(), m.group(0))
    return None


def _fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _header_position(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : line_end if line_end >= 0 else len(text)]
    if after.strip(" .,"):
        return False
    return not before.strip() or bool(re.search(r"(?i)\bdatum\s*:?\s*$", before)) or bool(re.search(r"\S {3,}$", before))
