"""Whether a sentence dates its matter more than a year back. Pure.

Some conditions hold only for a recent fact: the Participatiewet's exception for a young person who
was at a praktijkschool or vso "uiterlijk een jaar voorafgaand aan de aanvraag". A sentence that
places the fact at an age more than a year below the person's age now ("tot haar 16e", "toen hij
15 was", for someone of 18), more than a year ago ("twee jaar geleden", "jaren geleden") or in a
year at least two years before the latest year the case names ("tot 2023", in a case of 2026)
does not show such a fact.
"""

from __future__ import annotations

import re

from assistant.text.folding import fold

_AT_AGE = re.compile(r"\b(?:tot|op|rond|vanaf)\s+(?:zijn|haar|mijn|hun|je)\s+(\d{1,2})(?:e|de|ste)?\b"
                     r"|\btoen\s+(?:hij|zij|ze|ik|je)\s+(\d{1,2})\s+(?:jaar\s+)?(?:was|werd)\b")  # fmt: skip
_NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
_YEARS_AGO = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBERS) + r")\s+jaar\s+geleden\b"
                        r"|\b(?:jaren|ruim\s+een\s+jaar|meer\s+dan\s+een\s+jaar)\s+geleden\b")  # fmt: skip
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def latest_year(*texts: str) -> int | None:
    """The latest calendar year the texts name (the time of the case), if any."""
    years = [int(y) for t in texts for y in _YEAR.findall(t)]
    return max(years) if years else None


def dated_long_ago(sentence: str, age_now: int | None, year_now: int | None) -> bool:
    """Does `sentence` place its matter more than a year before now?"""
    folded = fold(sentence)
    if age_now is not None:
        for m in _AT_AGE.finditer(folded):
            age = int(m.group(1) or m.group(2))
            if age + 1 < age_now:
                return True
    for m in _YEARS_AGO.finditer(folded):
        number = m.group(1)
        if number is None or (_NUMBERS.get(number) or int(number)) >= 2:
            return True
    if year_now is not None:
        years = [int(y) for y in _YEAR.findall(folded)]
        if years and max(years) <= year_now - 2:
            return True
    return False
