"""Checks a model's explanation against the facts of the letter.

Accepted only when it names the sender, every amount and every deadline the engine found (in any
usual Dutch notation), adds no amount, date or organisation the letter does not have, does not
tell the reader there is nothing to do when there is, is Dutch, and meets the B1 target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from assistant.drafts.check import Check
from assistant.features.letters import meaning as M
from assistant.features.letters.dates import MONTHS, find_dates
from assistant.features.letters.facts import LetterFacts
from assistant.features.letters.sender import OrganisationLike, name_pattern
from assistant.text.language import is_dutch
from assistant.text.readability import measure

_AMOUNT = re.compile(
    r"(?:€|\bEUR\b)\s*(\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-+))?|\d+(?:[,.]\d{2}|,-+)?)"
    r"|(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+\.\d{2}|\d+(?:,\d{2})?)\s*(?:euro|EUR)\b",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    r"(?<!\d)(\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?!\s+\d{4})", re.I
)
_NOTHING_TO_DO = re.compile(r"(?i)\b(hoeft|hoeven)\b[^.]{0,20}\bniets\b|\bniets (te )?doen\b|al betaald")
_OBJECTION_OPEN = re.compile(
    r"(?i)\b(?:kunt|kan|mag)\s+u\b(?![^.?]{0,30}\b(?:geen|niet)\b)[^.?]{0,40}\bbezwaar\b|\bmaak\s+(?:dan\s+)?bezwaar\b"
)
HELP_ORGANISATIONS = ("juridisch-loket", "sociaal-raadslieden", "wijkteam")
MAX_WORDS = 450


def amounts_in(text: str) -> set[float]:
    out = set()
    for m in _AMOUNT.finditer(text):
        raw = (m.group(1) or m.group(2)).rstrip("-").rstrip(",")
        if re.fullmatch(r"\d+\.\d{2}", raw):
            out.add(float(raw))
        else:
            out.add(float(raw.replace(".", "").replace(",", ".")))
    return out


def dates_in(text: str, year_hint: int | None) -> set[date]:
    found = {d.value for d in find_dates(text)}
    if year_hint:  # "30 april" without a year: the year of the letter
        for m in _DAY_MONTH.finditer(text):
            try:
                found.add(date(year_hint, MONTHS[m.group(2).lower()], int(m.group(1))))
            except ValueError:
                continue
    return found


def verify_explanation(
    text: str, facts: LetterFacts, organisations: Iterable[OrganisationLike] = ()
) -> Check:
    """Reasons to reject the text (Dutch, one short sentence each); no problems when it is acceptable."""
    reasons: list[str] = []
    if not text or not text.strip():
        return Check(["Het model gaf geen tekst."])
    if len(text.split()) > MAX_WORDS:
        reasons.append(f"De tekst is te lang (meer dan {MAX_WORDS} woorden).")
    if not is_dutch(text):
        reasons.append("De tekst is geen Nederlands.")
    if facts.sender and not any(
        re.search(re.escape(n), text, re.I) for n in facts.sender.names if len(n) > 2
    ):
        reasons.append(f"De afzender ({facts.sender.name}) staat er niet in.")
    said = amounts_in(text)
    letter_amounts = {round(a.value, 2) for a in facts.amounts}
    missing = [a for a in facts.amounts if round(a.value, 2) not in {round(v, 2) for v in said}]
    if missing:
        reasons.append("Bedragen ontbreken: " + ", ".join(f"{a.value:.2f}" for a in missing) + ".")
    extra = sorted(v for v in said if round(v, 2) not in letter_amounts)
    if extra:
        reasons.append("Bedragen die niet in de brief staan: " + ", ".join(f"{v:.2f}" for v in extra) + ".")
    year = facts.letter_date.year if facts.letter_date else None
    said_dates = dates_in(text, year)
    must = {d.value for d in facts.stated_deadlines() if not d.condition}
    objection = facts.objection
    if objection.stated and objection.value.possible and objection.value.until:
        must.add(objection.value.until)
    missing_dates = sorted(must - said_dates)
    if missing_dates:
        reasons.append("Termijnen ontbreken: " + ", ".join(d.isoformat() for d in missing_dates) + ".")
    known = {d.value for d in facts.dates} | {f.value.value for f in facts.deadlines}
    known |= {f.value.value - timedelta(days=1) for f in facts.deadlines if f.value.before}  # "vóór 1 mei": 30 april
    known |= {facts.letter_date} if facts.letter_date else set()
    extra_dates = sorted(said_dates - known)
    if extra_dates:
        reasons.append(
            "Datums die niet in de brief staan: " + ", ".join(d.isoformat() for d in extra_dates) + "."
        )
    reasons += _extra_organisations(text, facts, organisations)
    if _NOTHING_TO_DO.search(text) and _reader_must_act(facts):
        reasons.append("De tekst zegt dat u niets hoeft te doen, maar de brief vraagt wel iets.")
    if _OBJECTION_OPEN.search(text) and not (objection.stated and objection.value.possible):
        reasons.append("De tekst zegt dat u bezwaar kunt maken, maar dat staat niet vast.")
    readability = measure(text)
    if not readability.meets_b1:
        reasons.append("Niet eenvoudig genoeg: " + " ".join(readability.problems))
    return Check(reasons)


def _reader_must_act(facts: LetterFacts) -> bool:
    pay = facts.fact("amount_to_pay")
    if pay.stated and pay.value is not None:
        return True
    return any(d.kind in (M.DEADLINE, M.APPOINTMENT) and not d.condition for d in facts.stated_deadlines())


def _extra_organisations(
    text: str, facts: LetterFacts, organisations: Iterable[OrganisationLike]
) -> list[str]:
    allowed_ids = set(HELP_ORGANISATIONS)
    if facts.sender and facts.sender.organisation_id:
        allowed_ids.add(facts.sender.organisation_id)
    extra = []
    for org in organisations:
        if org.id in allowed_ids:
            continue
        names = [n for n in (org.name, org.full_name, *org.aliases) if len(n) > 2]
        in_output = [n for n in names if name_pattern(n).search(text)]
        if not in_output:
            continue
        if any(name_pattern(n).search(facts.text) for n in in_output):
            continue  # the letter names it too
        if facts.sender and any(n.lower() in (s.lower() for s in facts.sender.names) for n in in_output):
            continue
        extra.append(org.name)
    return [f"Organisaties die niet in de brief staan: {', '.join(extra)}."] if extra else []
