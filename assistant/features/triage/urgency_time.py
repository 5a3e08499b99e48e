"""When an urgency signal plays: near (within a few weeks), far, or not said; and the words that say
it no longer plays (settled, someone else's word, a past state). Pure.

Spoed means a solution is needed within a few weeks. A date counts as near or far only against the
date of the note (its first full date, in the heading); without that date only words that are near by
themselves ("morgen", "deze week", "vrijdag", "over 5 dagen") make a time near. Far: more than six
weeks after the note, a later year, "over 3 maanden", "ooit", "op termijn".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.features.triage.rules import rx
from assistant.text.spans import Span

NEAR_DAYS = 28  # "binnen een paar weken"
FAR_DAYS = 42

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
            "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}  # fmt: skip
_NUM = r"(\d{1,3}|" + "|".join(_NUMBERS) + ")"
_F = re.IGNORECASE

NUM_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?(?![\w/-]|[.,]\d)", _F)
WORD_DATE = re.compile(rf"(?<![\w/])(\d{{1,2}})e?\s+({_MONTH})\.?(?:\s+(?:'(\d{{2}})|(\d{{4}})))?(?!\w)", _F)
MONTH_ONLY = re.compile(
    rf"\b(?:pas\s+)?(?:in|eind|einde|begin|medio|half|na|per)\s+({_MONTH})\b\.?(?:\s+(\d{{4}}))?", _F
)
YEAR = re.compile(r"\b(?:pas\s+)?(?:in|eind|einde|begin|medio|na|per|vanaf|tot)\s+(20\d\d)\b", _F)
NEAR_WORDS = re.compile(
    r"\b(?:morgen|overmorgen|vandaag|vanavond|deze\s+(?:week|wk)|volgende\s+(?:week|wk)|komende\s+(?:week|wk)|"
    r"eind\s+van\s+de\s+week|a\.?s\.?\s+\w+dag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b",
    _F,
)
RELATIVE = re.compile(
    rf"\b(?:binnen|over|nog|uiterlijk)\s+(ruim\s+)?{_NUM}\s+(werkdag|dag|wk|week|mnd|maand)", _F
)
FAR_WORDS = re.compile(
    r"\b(?:ooit|op\s+(?:den\s+)?termijn|volgend\s+jaar|over\s+een\s+(?:jaar|half\s+jaar))\b", _F
)
_UNIT_DAYS = {"werkdag": 1, "dag": 1, "wk": 7, "week": 7, "mnd": 30, "maand": 30}


def _year(raw: str | None, ref: date | None) -> int | None:
    if raw:
        return int(raw) + (2000 if len(raw) == 2 else 0)
    return ref.year if ref else None


def _make(y: int | None, m: int, d: int, ref: date | None) -> date | None:
    if y is None or not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    if ref and found < ref - timedelta(days=180):
        return _make(y + 1, m, d, None)  # "4/12" in a January note: the coming December is not meant
    return found


def _dates(text: str, span: Span, ref: NoteDate | None) -> list[date]:
    """The dates in the sentence `span`, the note's own date left out."""
    out, day = [], ref.value if ref else None
    for m in NUM_DATE.finditer(text, span.start, span.end):
        if not ref or m.start() >= ref.end:
            out.append(
                _make(_year(m.group(3), day), int(m.group(2)), int(m.group(1)), None if m.group(3) else day)
            )
    for m in WORD_DATE.finditer(text, span.start, span.end):
        raw_year = m.group(3) or m.group(4)
        if not ref or m.start() >= ref.end:
            out.append(
                _make(
                    _year(raw_year, day),
                    MONTHS[m.group(2).lower()],
                    int(m.group(1)),
                    None if raw_year else day,
                )
            )
    return [d for d in out if d]


@dataclass(frozen=True)
class NoteDate:
    value: date
    end: int  # where the date stands in the heading; it is no time of a signal


def note_date(text: str) -> NoteDate | None:
    """The date of the note: the first date with a year in its heading (first line, 120 characters)."""
    lead = len(text) - len(text.lstrip())
    head_end = lead + len(text.lstrip()[:120].split("\n", 1)[0])
    for m in NUM_DATE.finditer(text, lead, head_end):
        if m.group(3) and (found := _make(_year(m.group(3), None), int(m.group(2)), int(m.group(1)), None)):
            return NoteDate(found, m.end())
    for m in WORD_DATE.finditer(text, lead, head_end):
        raw_year = m.group(3) or m.group(4)
        if raw_year and (
            found := _make(_year(raw_year, None), MONTHS[m.group(2).lower()], int(m.group(1)), None)
        ):
            return NoteDate(found, m.end())
    return None


def _relative_days(text: str) -> list[int]:
    out = []
    for m in RELATIVE.finditer(text):
        n = int(m.group(2)) if m.group(2).isdigit() else _NUMBERS[m.group(2).lower()]
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
        found = _make(int(m.group(2)) if m.group(2) else ref.year, MONTHS[m.group(1).lower()], 1, ref)
        if found and (found - ref).days > FAR_DAYS:
            return True
    return False


def timing(text: str, span: Span, ref: NoteDate | None) -> str | None:
    """'near', 'far' or None (no time said, or none that can be placed) for the sentence `span`."""
    part = text[span.start : span.end]
    if NEAR_WORDS.search(part):
        return "near"
    days = [(d - ref.value).days for d in _dates(text, span, ref)] if ref else []
    days += _relative_days(part)
    future = [d for d in days if d >= 0]
    if any(d <= NEAR_DAYS for d in future):
        return "near"
    if (
        any(d > FAR_DAYS for d in future)
        or FAR_WORDS.search(part)
        or _far_months(part, ref.value if ref else None)
    ):
        return "far"
    return None


def has_date(text: str, span: Span) -> bool:
    """Whether the sentence names a calendar date (that only a note date can place)."""
    return bool(NUM_DATE.search(text, span.start, span.end) or WORD_DATE.search(text, span.start, span.end))


# Whether a signal still plays now.
INCOME = (
    r"(?:de\s+|het\s+|zijn\s+|haar\s+|hun\s+)?(?:uitkering|leefgeld|loon|loondoorbetaling|salaris|inkomen|bijstand|ww|"
    r"wia|wajong|ziektewet|aow|anw|ioaw|ioaz|pensioen)\b"
)
# The text says the danger is over or has not begun: "al opgelost", "is rond", "niet aan de orde",
# "geen procedure gestart", "is het niet", income that "loopt door".
SETTLED = rx(
    r"\b(?:is|zijn|werd|werden)\s+(?:nu\s+|inmiddels\s+|al\s+)?(?:opgelost|afgewend|opgeheven|ingetrokken|"
    r"afgeblazen|voorkomen)\b|"
    r"\b(?:al|inmiddels|reeds|intussen)\s+(?:\S+\s+){0,2}?(?:opgelost|geregeld|afgewend|voorkomen|ingetrokken|"
    r"afgeblazen|van\s+de\s+baan)\b|\bbleek\s+(?:al|inmiddels)\b|\b(?:is|zijn)\s+(?:nu\s+|inmiddels\s+)?rond\b|"
    r"\bniet\s+(?:meer\s+)?aan\s+de\s+orde\b|\bgeen\s+(?:\S+\s+)?procedure\b|\b(?:nog\s+)?niet\s+(?:in\s+gang\s+)?"
    r"(?:gestart|begonnen|ingezet)\b|\bis\s+het\s+niet\s*[:.;,]|"
    rf"{INCOME}(?:\s+\S+){{0,2}}?\s+(?:loopt|lopen)\s+(?:gewoon\s+|nog\s+)?door\b|"
    rf"{INCOME}\s+(?:\S+\s+){{0,2}}?(?:wordt|worden)\s+(?:gewoon\s+|nog\s+)?doorbetaald\b"
)
SETTLED_REACH = 2  # sentences after the signal that can still settle it
# A later sentence that refers back to what came before ("Dat deel is rond", "Bleek al opgelost").
REFERS_BACK = rx(r"[\s\-*•]*(?:dat|dit|die|deze|het|bleek|blijkt|is|was|maar|inmiddels|intussen|nu)\b")
SETTLED_ANYWHERE = rx(
    r"\bgeen\s+(?:\S+\s+)?procedure\b|\b(?:nog\s+)?niet\s+(?:in\s+gang\s+)?(?:gestart|begonnen|ingezet)\b|"
    rf"{INCOME}(?:\s+\S+){{0,2}}?\s+(?:loopt|lopen)\s+(?:gewoon\s+|nog\s+)?door\b"
)
# Someone else's word: "noemt het 'spoedeisend'", "het woord 'ontruiming'" is a mention, not a fact.
MENTION = rx(
    r"\b(?:het\s+woord|de\s+term|noemt\s+het|noemde\s+het|noemen\s+het|spreekt\s+van|sprak\s+van|vindt\s+het)\s*['\"‘“]"
)
# A shortage told in the simple past with a past time ("vorige week had ze geen geld") is not today's.
PAST_STATE = rx(
    r"\b(?:vorige|afgelopen)\s+(?:week|wk|maand|mnd)\b(?:\s+\S+){0,3}?\s+(?:had|hadden|was|waren)\b|"
    r"\b(?:toen|destijds|vroeger)\b(?:\s+\S+){0,3}?\s+(?:had|hadden|was|waren)\b"
)
SINCE = rx(r"\b(?:sinds|sedert|geleden|vorige|afgelopen)\b")
STILL = rx(r"\bnog\s+(?:steeds|altijd)\b|\bsindsdien\b|\bnu\s+(?:weer|nog)\b")
# An absence now ("geen inkomen tot ...") or income that comes only later is the danger itself: a far
# date in that sentence says how long it lasts, not that it is far off.
LACK_NOW = rx(
    r"\b(?:geen|zonder)\s+(?:\S+\s+)?(?:inkomen|inkomsten|geld)\b|\bpas\b(?:\s+\S+){0,5}?\s+(?:uit)?betaa?l\w*"
)


def maybe_near(text: str, sentence: Span, ref: NoteDate | None) -> bool:
    """Near the note, or a date that cannot be placed without the note's date (kept to check)."""
    when = timing(text, sentence, ref)
    if when == "near":
        return True
    return when is None and ref is None and has_date(text, sentence) and not SINCE.search(sentence.text(text))
