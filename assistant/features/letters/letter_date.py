"""Which date is the letter's own: a labelled date, the place-and-date line, an e-mail's or exploot's date."""

from __future__ import annotations

import re

from assistant.features.letters.dates import LABEL_FILLER, DateMention, find_dates, find_sent_date
from assistant.features.letters.text import letterhead_cells

_LETTER_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:datum(?:\s+(?:van\s+)?(?:deze\s+)?(?:brief|beschikking|aanmaning|verzending|betekening|dwangbevel|besluit|beslissing))?|dagtekening|"
    r"verzenddatum|\bheden\s*,?\s*(?:de\s+)?"  # "Heden, de achtste september ...": an exploot's date
    # "Heden, dinsdag negen maart ... (09-03-2027)": the date in words, then in figures
    r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s*,?\s*(?:de\s+)?)?(?:(?:[^\W\d]+\s+){1,4}\()?)"
    r"(?:\s*\((?:datum|dagtekening|verzenddatum)\))?\s*:?\s*$"  # "Datum (dagtekening)": a synonym in brackets
)
# "Tilburg, 1 juni 2027"; a time word before the comma is no place ("Gisteren, dinsdag 3 mei, ...").
_PLACE_DATE = re.compile(
    r"^\s*(?!(?i:gisteren|eergisteren|vandaag|morgen|overmorgen|vanochtend|vanmorgen|vanmiddag|vanavond|toen|daarna)\b)"
    r"[A-Z](?:(?!\s{3})[\w' .-]){1,40},\s*$"  # a place name; a wide gap before it is a column (_place_date)
)

# A label inside a sentence cites another document's date ("de aanslag met dagtekening 3 maart"):
# the letter's own label stands at the head of its line or of a column ("Kenmerk: X    Datum: ...").
_CITING = re.compile(r"(?i)\b(?:met|van|op|onder|de|het|een|uw|onze|zijn|haar|die|dat)\s*$")


def _own_label(before: str) -> bool:
    """`before` (the line up to a date) ends in a label of the letter's own date."""
    before = LABEL_FILLER.sub("  ", before)  # dot leaders, drawn table columns
    label = _LETTER_LABEL.search(before)
    if not label:
        return False
    prefix = before[: label.start()]
    if not prefix.strip() or re.search(r"(?:\s{2,}|\t|\|)$", prefix):
        return True
    return len(prefix.split()) <= 2 and not _CITING.search(prefix) and not re.search(r"[,.;]", prefix)


def letter_date_candidates(text: str) -> list[DateMention]:
    """The dates the letter gives as its own: a labelled date ("Datum: ..."), the place-and-date
    line ("Tilburg, 1 juni 2027"); an exploot's "Heden, ..." is the day of service, not one of them."""
    out = []
    cells = letterhead_cells(text)
    mail = _MAIL_HEAD.search(text[: _nth_line_end(text, 12)])
    for m in find_dates(text):
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[line_start : m.start]
        if mail and m.start <= _nth_line_end(text, 12) and _MAIL_DATE.match(before):
            out.append(m)  # an e-mail's "Verzonden:" line is its own date
            continue
        if re.search(r"(?i)\bheden\b|betekening|verzend|verzonden|bekendmaking", before):
            continue
        if _appointment_row(text, m):
            continue
        if _own_label(before) or _place_date(text, before, m.start) or _under_date_column(text, line_start, m.start):
            out.append(m)
        elif any(s <= m.start and m.end <= e and not (text[s : m.start] + text[m.end : e]).strip() for s, e in cells):
            out.append(m)  # a one-line letterhead's date part ("Voltera Energie | klantnummer 12 | 14-04-2027")
    return out


_COLUMN_GAP = re.compile(r"(?:\s{3,}|\t)")


def _place_date(text: str, before: str, start: int) -> bool:
    """The place-and-date line ("Utrecht, 3 november 2026"), also as the right-hand column of a header
    line above the salutation ("Relatienummer 4400   Utrecht, 3 november 2026")."""
    if _PLACE_DATE.match(before):
        return True
    salutation = _SALUTATION.search(text)
    if salutation is None or start > salutation.start():
        return False
    column = _COLUMN_GAP.split(before)[-1]
    if column != before and not column.strip() and _POSTCODE.search(before) and _ends_line(text, start):
        return True  # the right-hand column of the address line ("..., 7313 HJ Lindehaven      9 nov. 2026")
    return column != before and bool(_PLACE_DATE.match(column))


_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b")


def _ends_line(text: str, start: int) -> bool:
    """Nothing but the date follows on its line."""
    end = text.find("\n", start)
    rest = text[start : end if end >= 0 else len(text)]
    return bool(re.fullmatch(r"\s*\d{1,2}[\s.-]+\w+\.?[\s.-]+\d{4}\s*|\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*", rest))


_SALUTATION = re.compile(r"(?im)^\s*(?:geachte|beste|hoi|hallo|dag)\b")


def _appointment_row(text: str, m: DateMention) -> bool:
    """A "Datum:" row below the salutation with a clock time next to it is the appointment's day
    (a hearing, a conversation), not the letter's own date."""
    salutation = _SALUTATION.search(text)
    return bool(salutation) and m.start > salutation.start() and bool(_TIME_NEAR.match(text[m.end : m.end + 160]))


# An e-mail header: a "Van:" line and a "Verzonden:"/"Datum:" line.
_MAIL_HEAD = re.compile(r"(?im)^\s*(?:van|from)\s*:.*$(?:\n.*$){0,4}?\n\s*(?:verzonden|verstuurd|sent|datum|date)\s*:")
_MAIL_DATE = re.compile(r"(?i)^\s*(?:verzonden|verstuurd|sent|datum|date)\s*:\s*(?:[a-z]{2,9}\s+)?$")
# A header row of labels ("Uw kenmerk    Ons kenmerk    Datum") with the values on the line below;
# a table of payments ("Datum   Omschrijving   Bedrag") is no such row.
_REFERENCE_LABEL = re.compile(r"(?i)\b(?:kenmerk|uw\s+brief|behandeld\s+door|referentie|dossiernummer|klantnummer|zaaknummer)\b")
_COLUMN_LABEL = re.compile(r"(?i)(?:^|\s{2,}|\t)(datum|dagtekening)(?=\s{2,}|\t|\s*$)")


def _under_date_column(text: str, line_start: int, start: int) -> bool:
    """The date stands under a "Datum" column of the header row above it (within a few characters),
    in a row of reference labels (kenmerk, behandeld door)."""
    if line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1].expandtabs(8)
    if not _REFERENCE_LABEL.search(above) or re.search(r"\d|€", above):
        return False
    column = len(text[line_start:start].expandtabs(8))
    return any(abs(m.start(1) - column) <= 6 for m in _COLUMN_LABEL.finditer(above))


# An invoice's own date ("Factuurdatum: ...") dates the letter when nothing else does.
_INVOICE_LABEL = re.compile(r"(?i)^\s*(?:factuurdatum|notadatum|datum\s+(?:factuur|nota|afrekening))\s*:?\s*$")
_TIME_NEAR = re.compile(r"^[^\n]*(?:\n[^\n]*){0,2}?\b\d{1,2}[.:]\d{2}\s*(?:uur|u\b)", re.I)


def letter_date_conflict(text: str, chosen: DateMention | None) -> DateMention | None:
    """Another date the letter gives as its own, different from `chosen` (an appointment's
    "Datum" row, with its time, is not one): the professional checks which is the letter's."""
    if chosen is None:
        return None
    for m in letter_date_candidates(text):
        if m.value != chosen.value and not _TIME_NEAR.match(text[m.end : m.end + 160]):
            return m
    return None


def find_letter_date(text: str) -> DateMention | None:
    mentions = find_dates(text)
    own = letter_date_candidates(text)
    opening = _opening_service(text, mentions, own)
    if opening:
        return opening
    if own:
        return own[0]
    for m in mentions:
        line_start = text.rfind("\n", 0, m.start) + 1
        if _INVOICE_LABEL.match(text[line_start : m.start]) and m.start <= _nth_line_end(text, 20):
            return m
    for m in mentions:
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[line_start : m.start]
        if (_own_label(before) or _PLACE_DATE.match(before)) and not _appointment_row(text, m):
            return m
    pronounced = _pronounced(text, mentions)
    if pronounced:
        return pronounced
    sent = find_sent_date(text)
    if sent and sent.start <= _nth_line_end(text, 20) and _SENT_ROW.match(text, text.rfind("\n", 0, sent.start) + 1):  # "Datum verzending: ..." in the header and no
        return sent  # other date of its own: the day it was sent is the letter's date
    head_end = _nth_line_end(text, 14)
    for m in mentions:  # a date alone on its line near the top
        if m.start > head_end:
            break
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip() == m.raw.strip():
            return m
    return None


# A court's judgment is dated the day it is pronounced: "uitspraak van de enkelvoudige kamer van 3 mei
# 2027", "Dit vonnis is in het openbaar uitgesproken op 3 mei 2027" (not a hearing: "behandeld op").
# The judge may stand in the heading ("Vonnis van de kantonrechter van 3 mei 2027"), and the
# pronouncement may close a longer sentence ("gewezen door ... en in het openbaar uitgesproken op").
_PRONOUNCED = re.compile(
    r"(?i)(?:\b(?:is|werd|wordt)\s+(?:in\s+het\s+openbaar\s+)?uitgesproken\s+(?:in\s+het\s+openbaar\s+)?op"
    r"|\bin\s+het\s+openbaar\s+uitgesproken\s+op"
    r"|(?:^|\n)\W*(?:uitspraak|vonnis)\s+van\s+(?:de\s+(?:\w+\s+){0,2}?(?:kamer|(?:kanton|politie)?rechter)\s+)?van)\s*$"
)


def _pronounced(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The day a judgment says it was pronounced, when the letter has no date of its own."""
    for m in mentions:
        if _PRONOUNCED.search(text[max(0, m.start - 90) : m.start]):
            return m
    return None


# A header row that labels the sending day ("Datum verzending: ...", "Verzenddatum ..."), not a sentence.
_SENT_ROW = re.compile(r"(?i)[^\S\n]*(?:verzenddatum|datum\s+(?:van\s+)?verzending|verzonden(?:\s+op)?)\b")
_HEDEN = re.compile(r"(?i)^\W*heden\b")


def _opening_service(text: str, mentions: list[DateMention], own: list[DateMention]) -> DateMention | None:
    """A document that opens with an exploot ("Heden, dinsdag 3 mei 2028, heb ik ... betekend") near
    its top, before any date of its own, is that exploot: the day of service is its date. An exploot
    appended below a letter is not (that letter has its own date first)."""
    head_end = _nth_line_end(text, 14)
    for m in mentions:
        if m.start > head_end or (own and own[0].start < m.start):
            return None
        line_start = text.rfind("\n", 0, m.start) + 1
        if _HEDEN.match(text[line_start : m.start]):
            return m
    return None


def _nth_line_end(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


# A letter dated with a month and year only ("Kompas - november 2026 - relatienummer ..."): it has no
# dagtekening; a month with a day ("3 november 2026") or a period ("over november 2026") is no such date.
_MONTH_ONLY = re.compile(
    r"(?i)(?<!\d\s)(?<!\d)(?<!\bover\s)(?<!\bvan\s)(?<!\btot\s)(?<!\bin\s)\b(?:januari|februari|maart|april|mei|juni|juli"
    r"|augustus|september|oktober|november|december)\s+\d{4}\b"
)
RULE_MONTH_ONLY = "De brief noemt alleen maand en jaar ({month}), geen dag: de brief heeft geen dagtekening"


def month_only_date(text: str) -> re.Match | None:
    """A month and year above the salutation, where the letter gives no full date of its own."""
    salutation = re.search(r"(?im)^\s*(?:geachte|beste|hallo|dag)\b", text)
    if salutation is None:
        return None
    return _MONTH_ONLY.search(text[: salutation.start()])
