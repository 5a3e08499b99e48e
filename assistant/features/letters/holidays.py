"""The Algemene termijnenwet for a term a law sets (the bezwaar and beroep terms of Awb 6:7). Pure.

Art. 1 lid 1: a statutory term that ends on a Saturday, a Sunday or an algemeen erkende feestdag is
extended to the next day that is none of these. Art. 3 lid 1 lists the feestdagen: Nieuwjaarsdag,
tweede Paasdag and tweede Pinksterdag, both Kerstdagen, Hemelvaartsdag, the day the King's
birthday is celebrated (Koningsdag: 27 april, or 26 april when the 27th is a Sunday) and 5 mei.
Goede Vrijdag is not among them. Days that are put on a par with them by a separate decree
(art. 3 lid 2) are not known here; the rule text says which law it applies.
"""

from __future__ import annotations

from datetime import date, timedelta

from assistant.drafts.facts import Fact, to_check
from assistant.features.letters.dates import format_date

RULE_ATW = "Algemene termijnenwet art. 1 en 3"


def easter(year: int) -> date:
    """Eerste Paasdag (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def feestdag(d: date) -> str | None:
    """The name of the algemeen erkende feestdag (Atw art. 3 lid 1) that `d` is, or None."""
    king = date(d.year, 4, 27)
    if king.weekday() == 6:
        king = date(d.year, 4, 26)
    paas = easter(d.year)
    fixed = {
        date(d.year, 1, 1): "Nieuwjaarsdag",
        king: "Koningsdag",
        date(d.year, 5, 5): "5 mei",
        date(d.year, 12, 25): "Eerste Kerstdag",
        date(d.year, 12, 26): "Tweede Kerstdag",
        paas + timedelta(days=1): "Tweede Paasdag",
        paas + timedelta(days=39): "Hemelvaartsdag",
        paas + timedelta(days=50): "Tweede Pinksterdag",
    }
    return fixed.get(d)


def _closed(d: date) -> str | None:
    if d.weekday() == 5:
        return "een zaterdag"
    if d.weekday() == 6:
        return "een zondag"
    name = feestdag(d)
    return f"een feestdag ({name})" if name else None


def extend_term(end: date) -> tuple[date, str | None]:
    """The last day of a statutory term that would end on `end`, and why it moved (None: it did not)."""
    day, why = end, _closed(end)
    while _closed(day):
        day += timedelta(days=1)
    return day, why


def statutory_end(until: date | None, rule: str | None, explicit: bool) -> tuple[date | None, str | None]:
    """A bezwaar or beroep term counted by rule is a term the law sets (Awb 6:7): when it would end on
    a Saturday, Sunday or feestdag it runs to the next working day (Algemene termijnenwet art. 1 en
    3). The counted day stays the value and the rule names the later day; `atw_to_check` makes such a
    fact to check (letters and readers count it both ways). A date the letter writes is not moved."""
    if until is None or explicit:
        return until, rule
    moved, why = extend_term(until)
    if why is None:
        return until, rule
    note = (
        f"{format_date(until)} is {why}: volgens de {RULE_ATW} loopt de termijn door tot {format_date(moved)}"
    )
    return until, f"{rule}; {note}" if rule else note


ATW_NOTE = (
    "De termijn eindigt op een zaterdag, zondag of feestdag. Volgens de Algemene termijnenwet loopt hij dan door tot "
    "de volgende werkdag (zie de regel). Controleer de laatste dag; wie zeker wil zijn, dient het op de eerste datum in."
)


def atw_to_check(fact: Fact) -> Fact:
    """A stated term whose end the Algemene termijnenwet moves is to check, with both days."""
    if fact.stated and fact.rule and RULE_ATW in fact.rule:
        return to_check(fact.value, ATW_NOTE, list(fact.evidence), fact.rule)
    return fact
