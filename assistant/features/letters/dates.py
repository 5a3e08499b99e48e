"""Dates in a letter: written in words ("3 maart 2026", "di 3 mrt. 2026") or digits
("03-03-2026", "3/3/2026", "2026-03-03"), the day it was sent or served, and adding a period to a
date. Relative periods ("binnen zes weken na de datum van deze brief") are periods.py's."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = [
    "", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
]  # fmt: skip
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "twintig": 20, "eenentwintig": 21, "achtentwintig": 28, "dertig": 30,
}  # fmt: skip

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+)?"
)
WORD_DATE = re.compile(
    rf"(?<![\w/])({_WEEKDAY_RE})(\d{{1,2}})(?:e)?\s+({_MONTH_RE})\.?(?:\s+(\d{{4}}))?(?![\w/])", re.IGNORECASE
)
NUM_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\w/-]|\.\w)")
ISO_DATE = re.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]|\.\w)")
_RANGE_TAIL = re.compile(
    rf"\s*(?:tot en met|t/m|tot|-|–)\s*(?:{_WEEKDAY_RE})?\d{{1,2}}\s+(?:{_MONTH_RE})\.?\s+(\d{{4}})", re.I
)

@dataclass(frozen=True)
class DateMention:
    value: date
    start: int
    end: int
    raw: str


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if 1900 < year < 2200 else None
    except ValueError:
        return None


_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9}  # fmt: skip
_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
          "zeventien": 17, "achttien": 18, "negentien": 19}  # fmt: skip
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
         "negentig": 90}  # fmt: skip
# A date written out in words, as in a deurwaarder's exploot: "de achtste september tweeduizendzesentwintig",
# "dinsdag zeventien november tweeduizend zesentwintig" (the day as an ordinal or a cardinal).
WORDS_DATE = re.compile(rf"(?<!\w)([a-zëé]+)\s+({_MONTH_RE})\s+(tweeduizend(?:[ \t]?[a-zë]+)?)(?!\w)", re.I)


def number_in_words(word: str) -> int | None:
    """1 to 99 written as one Dutch word ("zesentwintig", "tweeëntwintig"), else None."""
    word = word.lower()
    for table in (_UNITS, _TEENS, _TENS):
        if word in table:
            return table[word]
    for tens, value in _TENS.items():  # "<unit>en<tens>": eenendertig, tweeëntwintig
        for sep in ("en", "ën"):
            unit = word[: -len(tens) - len(sep)] if word.endswith(sep + tens) else ""
            if unit in _UNITS:
                return _UNITS[unit] + value
    return None


def _ordinal_in_words(word: str) -> int | None:
    """"achtste" 8, "eerste" 1, "derde" 3, "eenentwintigste" 21."""
    word = word.lower()
    special = {"eerste": 1, "derde": 3}
    if word in special:
        return special[word]
    stem = word[:-3] if word.endswith("ste") else word[:-2]
    return number_in_words(stem)


def _words_dates(text: str) -> list[DateMention]:
    out = []
    for m in WORDS_DATE.finditer(text):
        word = m.group(1).lower()
        day = _ordinal_in_words(word) if word.endswith(("ste", "de")) else number_in_words(word)
        rest = m.group(3).lower()[len("tweeduizend") :]
        end = m.end()
        if rest.startswith((" ", "\t")) and not number_in_words(rest.strip()):
            rest, end = "", m.start(3) + len("tweeduizend")  # "tweeduizend heb ik": the year is 2000
        rest = rest.strip()
        year = 2000 + (number_in_words(rest) or 0) if rest else 2000
        d = _valid(year, MONTHS[m.group(2).lower()], day) if day and (not rest or number_in_words(rest)) else None
        if d:
            out.append(DateMention(d, m.start(), end, text[m.start() : end]))
    return out


def find_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = _words_dates(text)
    for m in WORD_DATE.finditer(text):
        year = m.group(4)
        if not year:  # "1 januari tot en met 31 december 2025": the year comes after the range
            tail = _RANGE_TAIL.match(text, m.end())
            if not tail:
                continue
            year = tail.group(1)
        d = _valid(int(year), MONTHS[m.group(3).lower()], int(m.group(2)))
        if d:
            found.append(DateMention(d, m.start(), m.end(), m.group(0)))
    for m in NUM_DATE.finditer(text):
        d = _valid(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if d:
            found.append(DateMention(d, m.start(), m.end(), m.group(0)))
    for m in ISO_DATE.finditer(text):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append(DateMention(d, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda x: x.start)


# "Verzenddatum: …", "Verzonden op …", "Verzonden: dinsdag …" (a label with or without "op").
_SENT_LABEL = re.compile(
    # the label may name to whom it was sent ("Afschrift verzonden aan partijen op: ...")
    r"(?i)(?:verzenddatum|datum\s+(?:van\s+)?(?:verzending|bekendmaking)"
    r"|(?:verzonden|verstuurd)(?:\s+aan\s+(?:de\s+)?\w+(?:\s+en\s+\w+)?)?(?:\s+op)?"
    rf"|bekendgemaakt\s+op)\s*:?\s*(?:(?:{_WEEKDAY_RE})\s*)?$"
)
SENT_ANCHOR = re.compile(r"(?i)\bverzend\w*|\bverzending\b|\bverzonden\b|\bbekendmaking\b|\bbekendgemaakt\b")


def find_sent_date(text: str) -> DateMention | None:
    """The date the letter says it was sent or made known ("Verzenddatum: 3 maart 2026"); a term
    counted from the sending (Awb 6:8) starts from that date, not from the dagtekening."""
    for m in find_dates(text):
        line_start = text.rfind("\n", 0, m.start) + 1
        if _SENT_LABEL.search(LABEL_FILLER.sub("  ", text[line_start : m.start])):
            return m
    return None


# A label and its value apart by a filler: dot leaders ("Dagtekening ...... 26-02-2027") or the
# column lines of a drawn table ("│ Datum │ 25 januari 2027 │").
LABEL_FILLER = re.compile(r"[│┃║|]|\.{3,}|…+|_{3,}")


def add_period(start: date, amount: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith("werkdag"):
        d, left = start, amount
        while left:
            d += timedelta(days=1)
            if d.weekday() < 5:
                left -= 1
        return d
    if unit.startswith("dag"):
        return start + timedelta(days=amount)
    if unit.startswith("we"):
        return start + timedelta(weeks=amount)
    month_index = start.month - 1 + amount
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


_SERVICE_LABEL = re.compile(
    rf"(?i)(?:\bheden\s*,?\s*{_WEEKDAY_RE}(?:de\s+)?|\bbetekend\s+(?:door\s+[^\n]{{1,45}}?\s+)?op\s+|datum\s+(?:van\s+)?betekening\s*:?\s*)$"
)


# The letter says it is itself the service ("Hierbij betekenen wij u een dwangbevel"): its date is
# the day of service.
SERVES_ITSELF = re.compile(
    r"(?i)\b(?:hierbij|hiermee|met\s+deze\s+brief)\b[^.]{0,40}\bbeteken|\bbeteken\w*\s+(?:wij|ik)\s+u\s+(?:hierbij|hiermee)\b"
)


def find_service_date(text: str) -> DateMention | None:
    """The day the letter was served, as an exploot names it ("Heden, de achtste juni ...",
    "Datum van betekening: ...", "betekend door deurwaarder X op ..."); a term "na heden" or "na betekening" counts from that day."""
    for m in find_dates(text):
        if _SERVICE_LABEL.search(text[max(0, m.start - 60) : m.start]):
            return m
    for m in find_dates(text):  # the exploot's own sentence: "Op 12 mei 2027 heb ik ... betekend"
        line_start = text.rfind("\n", 0, m.start) + 1
        if _ON_DAY.search(text[line_start : m.start]) and _SERVED_BY_ME.match(text[m.end : m.end + 400]):
            return m
        if _ON_DAY.search(text[line_start : m.start]) and _WAS_SERVED.match(text[m.end : m.end + 200]):
            return m  # the passive after the day: "Op 3 mei 2027 is dit dwangbevel aan u betekend"
        if _THIS_WAS.search(text[max(0, m.start - 80) : m.start]) and _SERVED_PASSIVE.match(text[m.end : m.end + 200]):
            return m  # the passive: "Dit dwangbevel is op dinsdag 3 mei 2027 aan u betekend"
    for today in _DATED_TODAY.finditer(text):  # "Heden, <the day in words> (17-11-2026), heb ik ...":
        sentence = re.split(r"\.\s", text[today.start() : today.start() + 250])[0]  # the exploot's sentence
        dates = [m for m in find_dates(text) if today.start() <= m.start < today.start() + len(sentence)]
        if dates:  # its first date is the day of service
            return min(dates, key=lambda m: m.start)
    return None


_DATED_TODAY = re.compile(r"(?im)^\W*heden\s*,")  # an exploot dated "Heden, ...": its date is the day of service
_ON_DAY = re.compile(rf"(?i)^\W*op\s+(?:{_WEEKDAY_RE})?$")
_NOT_END = r"(?:[^.]|(?<=\b[A-Z])\.)"  # initials ("A.B. Hoornstra") do not end the sentence
_THIS_WAS = re.compile(rf"(?i)\b(?:dit|deze)\s+\w+\s+(?:is|werd)\s+(?:op\s+)?(?:{_WEEKDAY_RE})?$")
_SERVED_PASSIVE = re.compile(r"[^.]{0,120}\bbetekend\b")
_WAS_SERVED = re.compile(r"(?i)\s*,?\s*(?:is|werd|zijn|werden)\s+(?:dit|deze|het|de)\s+\w+[^.]{0,120}\bbetekend\b")
_SERVED_BY_ME = re.compile(rf"[^.]{{0,200}}\b(?:[Hh]eb|[Hh]ebben)\s+(?:ik|wij)\b{_NOT_END}{{0,250}}\bbetekend\b")


def format_date(d: date, weekday: bool = False) -> str:
    """Dutch date in words: "3 maart 2026" (or "dinsdag 3 maart 2026")."""
    text = f"{d.day} {MONTH_NAMES[d.month]} {d.year}"
    return f"{WEEKDAYS[d.weekday()]} {text}" if weekday else text
