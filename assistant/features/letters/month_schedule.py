"""A schedule of monthly termijnen told in one sentence: "De volgende termijnen betaalt u uiterlijk de
laatste dag van de maand (januari 2027 tot en met mei 2027)", "Elke termijn moet vóór de 15e van de
maand binnen zijn, van maart tot en met augustus 2027".

The sentence names the day within the month and the months it runs through; each of those months
then has its own last day to pay a termijn. Only a sentence about termijnen or a monthly payment
counts, with a range whose end is a named month (and year). Pure.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from assistant.features.letters import meaning as M
from assistant.features.letters.dates import MONTHS
from assistant.features.letters.facts import LetterDate
from assistant.features.letters.source import LetterSource

MEANING = "uiterste datum om een termijn te betalen"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ABOUT_TERMS = re.compile(r"(?i)\btermijn\w*|\b(?:elke|iedere)\s+maand\b|\bmaandelijks\b")
# "uiterlijk de laatste dag van de maand", "vóór de 15e van elke maand", "op de 1ste dag van de maand"
_DAY_OF_MONTH = re.compile(
    r"(?i)\b(uiterlijk(?:\s+op)?|v[óo]{1,2}r|op)\s+de\s+(?:(laatste)|(\d{1,2})(?:e|ste|de)?)\s+(?:dag\s+)?"
    r"van\s+(?:de|elke|iedere)\s+(?:(?:betreffende|volgende)\s+)?maand\b"
)
_RANGE = re.compile(
    rf"(?i)\b({_MONTH})\.?(?:\s+(\d{{4}}))?\s+(?:tot\s+en\s+met|t/m)\s+({_MONTH})\.?\s+(\d{{4}})\b"
)


def month_schedule(src: LetterSource) -> list[LetterDate]:
    """The last day to pay each monthly termijn of a schedule the letter tells in one sentence."""
    out: list[LetterDate] = []
    for seg in src.segments:
        day = _DAY_OF_MONTH.search(seg.text)
        span = _RANGE.search(seg.text)
        if not (day and span and _ABOUT_TERMS.search(seg.text)):
            continue
        first_month, last_month = MONTHS[span.group(1).lower()], MONTHS[span.group(3).lower()]
        last_year = int(span.group(4))
        first_year = int(span.group(2)) if span.group(2) else last_year - (first_month > last_month)
        months = (last_year - first_year) * 12 + last_month - first_month + 1
        if not 1 <= months <= 60:
            continue
        before = day.group(1).lower().startswith("v")
        start, end = seg.start + span.start(), seg.start + span.end()
        for k in range(months):
            year, month = first_year + (first_month - 1 + k) // 12, (first_month - 1 + k) % 12 + 1
            last = calendar.monthrange(year, month)[1]
            value = last if day.group(2) else int(day.group(3))
            if not 1 <= value <= last:
                break
            out.append(LetterDate(date(year, month, value), MEANING, M.DEADLINE, start, end, before=before))
    return out
