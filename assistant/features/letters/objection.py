"""Bezwaar and beroep: whether the reader can object to a letter, until when and how.

The letter's own words come first (a stated route, a stated deadline, "geen bezwaar mogelijk");
without them a decision of an overheidsorganisatie gets the Awb rule, marked as not stated.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.features.letters import meaning as M
from assistant.features.letters.facts import LetterDate, Objection
from assistant.features.letters.sender import Sender
from assistant.features.letters.text import segments

AWB_OBJECTION_WEEKS = 6  # Awb 6:7; the period starts the day after the letter is sent (Awb 6:8)
_PLAN = re.compile(r"(?i)\bvoornemen\b|\bvan plan\b|vooraankondiging|zienswijze")
_NEGATIVE = re.compile(
    r"(?i)\b(geen|niet)\b[^.]{0,30}\b(bezwaar|beroep)\b|\b(bezwaar|beroep)\b[^.]{0,40}\bniet\s+(?:meer\s+)?mogelijk"
    r"|\bbezwaartermijn\b[^.]{0,20}\b(?:verstreken|verlopen)|\btermijn\b[^.]{0,40}\b(?:bezwaar|beroep)\b[^.]{0,40}\bverlopen"
)
_POSITIVE = re.compile(r"(?i)\bbezwaar\b|bezwaarschrift|beroep instellen|in beroep")


def find_objection(
    text: str, kind: str, letter_date: date | None, dates: list[LetterDate], sender: Sender | None
) -> Objection:
    """Whether the reader can object (bezwaar) or appeal (beroep), until when and how: what the
    letter says, else the Awb rule for a decision of an overheidsorganisatie."""
    segs = [s.text for s in segments(text)]
    positive = [s for s in segs if _POSITIVE.search(s) and not _NEGATIVE.search(s)]
    near = [segs[i + 1] for i, s in enumerate(segs[:-1]) if s in positive]  # "Dat kan via Mijn ..."
    negative = [s for s in segs if _NEGATIVE.search(s)]
    if negative and not positive:
        how = "De brief zegt dat u tegen deze brief geen bezwaar kunt maken."
        if re.search(r"(?i)\bverzet\b", text):
            how += " U kunt wel in verzet gaan bij de rechter. Vraag daar snel hulp bij, want daar geldt een korte termijn."
        return Objection(False, None, how)
    if _PLAN.search(text) and not positive:
        return Objection(
            False,
            None,
            "Dit is nog geen besluit, maar een plan. U kunt wel uw mening geven voor het besluit er is.",
        )
    default_until = letter_date + timedelta(weeks=AWB_OBJECTION_WEEKS) if letter_date else None
    if positive:
        route = "bezwaar" if any("bezwaar" in s.lower() for s in positive) else "beroep"
        stated = [
            d for d in dates if d.kind == M.DEADLINE and route in d.meaning.replace("in beroep", "beroep")
        ]
        if route == "beroep":
            stated = [d for d in dates if d.kind == M.DEADLINE and "beroep" in d.meaning]
        until = min((d.value for d in stated), default=default_until)
        return Objection(True, until, _how(" ".join(positive + near), route), route)
    government = sender is None or not (sender.organisation_id or "").startswith(
        ("deurwaarder", "woningcorporatie", "incassobureau", "zorgverzekeraar", "energie")
    )
    if kind in ("besluit", "aanslag", "terugvordering", "boete") and government:
        how = _how("", "bezwaar")
        return Objection(True, default_until, how, "bezwaar", stated=False)
    return Objection(False, None, "Dit is geen besluit. Daarom kunt u meestal geen bezwaar maken.")


def objection_deadline(objection: Objection, dates: list[LetterDate]) -> LetterDate | None:
    """The last day to object or appeal as a date of the letter, unless the letter's dates hold it."""
    if not (
        objection.possible
        and objection.until
        and not any(
            d.value == objection.until and ("bezwaar" in d.meaning or "beroep" in d.meaning) for d in dates
        )
    ):
        return None
    meaning = (
        "uiterste datum om bezwaar te maken"
        if objection.route == "bezwaar"
        else "uiterste datum om in beroep te gaan"
    )
    return LetterDate(objection.until, meaning, M.DEADLINE)


def _how(text: str, route: str) -> str:
    channels = []
    mijn = re.search(r"\bMijn [A-Za-z][\w]+", text)
    if mijn:
        channels.append(f"online via {mijn.group(0)}")
    if re.search(r"(?i)\bbrief\b|per post|schriftelijk|bezwaarschrift", text):
        channels.append("met een brief")
    if re.search(r"(?i)website|digitaal|DigiD", text) and not mijn:
        channels.append("via de website")
    who = ""
    if re.search(r"(?i)officier van justitie", text):
        who = " bij de officier van justitie"
    elif re.search(r"(?i)rechtbank|rechter", text) and route == "beroep":
        who = " bij de rechtbank"
    verb = "Maak bezwaar" if route == "bezwaar" else f"Ga in beroep{who}"
    how = f"{verb}{' ' + ' of '.join(channels) if channels else ''}."
    if route == "bezwaar":
        how += (
            " Schrijf in uw brief: uw naam en adres, de datum, over welke brief het gaat (het kenmerk)"
            " en waarom u het er niet mee eens bent. Zet uw handtekening eronder."
        )
    return how
