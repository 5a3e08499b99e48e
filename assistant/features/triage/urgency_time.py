"""When an urgency signal plays: near (within a few weeks), far, or not said. Pure.

Spoed means a solution is needed within a few weeks. A date counts as near or far only against the
date of the note (its first full date, in the heading); without that date only words that are near by
themselves ("morgen", "deze week", "vrijdag", "eind deze maand", "de 20e", "over tien dagen") make a
time near. Near: within four weeks. Weeks: four to six weeks, near enough when a right or provision
expires then (its renewal needs others to act first), not for a term the client meets by one act
(bezwaar, betalen). Far: more than six weeks after the note, a later year, "over 3 maanden", "kan
maanden duren", "ooit", "op termijn".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.features.triage.note_date import (  # noqa: F401 (MONTH_NAMES, note_date: read from here too)
    MONTH_NAMES,
    MONTHS,
    NUM_DATE,
    WORD_DATE,
    NoteDate,
    make_date,
    note_date,
    year_of,
)
from assistant.features.triage.rules import rx
from assistant.text.spans import Span

NEAR_DAYS = 28  # "binnen een paar weken"
FAR_DAYS = 42  # later than six weeks is far; in between is "weeks"

_NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
            "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
            "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
            "een paar": 3, "paar": 3, "enkele": 3, "een aantal": 3, "aantal": 3}  # fmt: skip
_NUM = (
    r"(\d{1,3}|" + "|".join(sorted((n.replace(" ", r"\s+") for n in _NUMBERS), key=len, reverse=True)) + ")"
)
_F = re.IGNORECASE

MONTH_ONLY = re.compile(
    rf"\b(?:pas\s+)?(?:in|eind|einde|begin|medio|half|na|per)\s+({MONTH_NAMES})\b\.?(?:\s+(\d{{4}}))?", _F
)
YEAR = re.compile(r"\b(?:pas\s+)?(?:in|eind|einde|begin|medio|na|per|vanaf|tot)\s+(20\d\d)\b", _F)
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
NEAR_WORDS = re.compile(
    r"\b(?:morgen|overmorgen|vandaag|vanavond|deze\s+(?:week|wk)|volgende\s+(?:week|wk)|komende\s+(?:week|wk)|"
    r"eind\s+van\s+de\s+week|a\.?s\.?\s+\w+dag|" + _WEEKDAY + r"|"
    r"(?:(?:aan\s+het\s+)?(?:eind|einde|begin)\s+(?:van\s+)?(?:deze|de|volgende|komende)|deze|volgende|komende)\s+maand|"
    # a day of the month without its month ("vóór de 20e", "op de 1ste,") is the next such day
    r"(?:op|voor|vóór|tot|uiterlijk|per|na|rond|vanaf)\s+de\s+(?:[1-9]|[12]\d|3[01])(?:e|ste|de)"
    r"(?!\w|\s+(?:keer|maal|aanmaning|herinnering|brief|poging|ronde|termijn|week|dag|maand|jaar|klas|verdieping))|"
    # without a preposition only where the phrase ends ("komt de 20e.", "de 3e van de maand")
    r"de\s+(?:[1-9]|[12]\d|3[01])(?:e|ste|de)(?=\s*(?:[.,;:!?)]|$|van\s+de(?:ze)?\s+maand|a\.s\.))"
    r")\b",
    _F,
)
# A weekday that stands before a date ("maandag 11 januari"): with the note's date the date decides.
WEEKDAY_OF_DATE = re.compile(_WEEKDAY + r"\s+\d{1,2}(?:e|ste)?[\s/.-]", _F)
RELATIVE = re.compile(
    rf"\b(?:binnen|over|nog|uiterlijk)\s+(ruim\s+)?{_NUM}\s+(werkdag|dag|wk|weken|week|mnd|maand)", _F
)
FAR_WORDS = re.compile(
    r"\b(?:ooit|op\s+(?:den\s+)?termijn|volgend\s+jaar|over\s+een\s+(?:jaar|half\s+jaar)|"
    # a stretch of months or years still to come ("kan maanden duren", "pas over maanden")
    r"(?:maanden|jaren)\s+(?:\w+\s+)?duren|duurt\s+(?:nog\s+)?(?:maanden|jaren)|(?:pas\s+)?over\s+(?:enkele\s+|een\s+paar\s+)?maanden)\b",
    _F,
)
QUARTER_DAYS = 92
YEAR_WORDS = re.compile(
    r"\b(?:ooit|volgend\s+jaar|over\s+(?:een|\d+|twee|drie)\s+(?:half\s+)?jaar|jaren)\b", _F
)
_UNIT_DAYS = {"werkdag": 1, "dag": 1, "wk": 7, "week": 7, "weken": 7, "mnd": 30, "maand": 30}


def dates_in(text: str, span: Span, ref: NoteDate | None) -> list[date]:
    """The dates in the sentence `span`, the note's own date left out."""
    return [d for _, d in _dated(text, span, ref)]


def _dated(text: str, span: Span, ref: NoteDate | None) -> list[tuple[int, date]]:
    """(offset, date) for each date in the sentence `span`, the note's own date left out."""
    out, day = [], ref.value if ref else None
    for m in NUM_DATE.finditer(text, span.start, span.end):
        if not ref or m.start() >= ref.end:
            y = year_of(m.group(3), day)
            out.append(
                (m.start(), make_date(y, int(m.group(2)), int(m.group(1)), None if m.group(3) else day))
            )
    for m in WORD_DATE.finditer(text, span.start, span.end):
        raw_year = m.group(3) or m.group(4)
        if not ref or m.start() >= ref.end:
            y, month = year_of(raw_year, day), MONTHS[m.group(2).lower()]
            out.append((m.start(), make_date(y, month, int(m.group(1)), None if raw_year else day)))
    return [(pos, d) for pos, d in out if d]


# A bezwaar or beroep against a decision of a named date ends six weeks after it (Awb 6:7 and 6:8).
OBJECTION = re.compile(r"\b(?:bezwaar|beroep)\w*", _F)
DECISION_DATE_BEFORE = re.compile(
    r"\b(?:brief|besluit|beschikking|uitspraak|aanslag|verzonden|verstuurd|gedateerd|gedagtekend|dagtekening)\b"
    r"(?:\s+\S+){0,3}?\s*(?:van|d\.d\.|op|:)?\s*$",
    _F,
)
OBJECTION_DAYS = 42
# The sentence refers back to a decision named before: "in de brief staat zes weken".
THE_DECISION = re.compile(r"\b(?:de|die|deze|dat|dit|het)\s+(?:brief|besluit|beschikking)\b", _F)


def _objection_ends(text: str, span: Span, ref: NoteDate | None) -> list[date]:
    """The end of a bezwaar or beroep term the sentence implies: the decision's date plus six weeks."""
    if not OBJECTION.search(text, span.start, span.end):
        return []
    own = [d for pos, d in _dated(text, span, ref) if DECISION_DATE_BEFORE.search(text[max(span.start, pos - 50) : pos])]
    if not own and THE_DECISION.search(text, span.start, span.end):
        # "in de brief staat 6 weken": the decision is the dated letter the note named before
        earlier = _dated(text, Span(0, span.start), ref)
        own = [d for pos, d in earlier if DECISION_DATE_BEFORE.search(text[max(0, pos - 50) : pos])][-1:]
    return [d + timedelta(days=OBJECTION_DAYS) for d in own]


def _relative_days(text: str) -> list[int]:
    out = []
    for m in RELATIVE.finditer(text):
        n = int(m.group(2)) if m.group(2).isdigit() else _NUMBERS[" ".join(m.group(2).lower().split())]
        out.append(n * _UNIT_DAYS[m.group(3).lower()] + (1 if m.group(1) else 0))  # "ruim": more than that
    return out


def _far_months(text: str, ref: date | None) -> bool:
    """A month or year named as the time ("pas in september", "eind 2028") lies far after the note."""
    for m in YEAR.finditer(text):
        if ref and int(m.group(1)) > ref.year or not ref and m.group(0).lower().startswith(("pas", "na")):
            return True
    if not ref:  # without the note's date only "pas in september" says the month is not near
        return any(m.group(0).lower().startswith("pas") for m in MONTH_ONLY.finditer(text))
    for m in MONTH_ONLY.finditer(text):
        found = make_date(int(m.group(2)) if m.group(2) else ref.year, MONTHS[m.group(1).lower()], 1, ref)
        if found and (found - ref).days > FAR_DAYS:
            return True
    return False


def timing(text: str, span: Span, ref: NoteDate | None) -> str | None:
    """'near' (within four weeks), 'weeks' (four to six), 'far' or None (no time said, or none that can
    be placed) for the sentence `span`."""
    part = text[span.start : span.end]
    if any(
        not (ref and WEEKDAY_OF_DATE.match(m.group(0) + part[m.end() :])) for m in NEAR_WORDS.finditer(part)
    ):
        return "near"
    dates = [*dates_in(text, span, ref), *_objection_ends(text, span, ref)] if ref else []
    days = [(d - ref.value).days for d in dates] if ref else []
    days += _relative_days(part)
    future = [d for d in days if d >= 0]
    if any(d <= NEAR_DAYS for d in future):
        return "near"
    if any(d <= FAR_DAYS for d in future):
        return "weeks"
    if (
        any(d > FAR_DAYS for d in future)
        or FAR_WORDS.search(part)
        or _far_months(part, ref.value if ref else None)
    ):
        return "far"
    return None


def months_away(text: str, span: Span, ref: NoteDate | None) -> bool:
    """Whether the time in the sentence is more than three months away (far even for a preparation that
    takes months)."""
    part = text[span.start : span.end]
    days = [(d - ref.value).days for d in dates_in(text, span, ref)] if ref else []
    days += _relative_days(part)
    future = [d for d in days if d >= 0]
    return bool(future and min(future) > QUARTER_DAYS) or bool(YEAR_WORDS.search(part))


def has_date(text: str, span: Span) -> bool:
    """Whether the sentence names a calendar date (that only a note date can place)."""
    return bool(NUM_DATE.search(text, span.start, span.end) or WORD_DATE.search(text, span.start, span.end))


SINCE = rx(r"\b(?:sinds|sedert|geleden|vorige|afgelopen)\b")


def maybe_near(text: str, sentence: Span, ref: NoteDate | None, *, weeks: bool = False) -> bool:
    """Near the note (`weeks`: or four to six weeks after it), or a date that cannot be placed without
    the note's date (kept to check)."""
    when = timing(text, sentence, ref)
    if when == "near" or weeks and when == "weeks":
        return True
    return when is None and ref is None and has_date(text, sentence) and not SINCE.search(sentence.text(text))


# The sentence that dates the 18th birthday: "Sara wordt op 3 juni 2027 18", "wordt 18 op 3 juni".
_TURNS_EIGHTEEN = rx(r"\bwordt\b[^.;\n]{0,40}?\b18\b")


def birthday_months_away(text: str, spans, ref: NoteDate | None) -> bool:
    """Care that ends at 18 is months away when the note dates the 18th birthday more than three months on."""
    return any(_TURNS_EIGHTEEN.search(text, sp.start, sp.end) and months_away(text, sp, ref) for sp in spans)
