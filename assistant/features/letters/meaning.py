"""What a date in a letter means: date of the letter, deadline (for what), appointment, start or
end of something, or just a date the letter mentions."""

from __future__ import annotations

import re
from datetime import date

from assistant.features.letters.dates import LABEL_FILLER, DateMention, find_dates, find_sent_date

LETTER, DEADLINE, APPOINTMENT, START, END, OTHER = (
    "letter",
    "deadline",
    "appointment",
    "start",
    "end",
    "other",
)

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
    r"[A-Z][\w' .-]{1,40},\s*$"
)
_DEADLINE_BEFORE = re.compile(
    r"(?i)(uiterlijk(\s+op)?|uiterlijk\s+op\s+(?:je|uw|de|het)\s+[^\W\d]+(?:\s+[^\W\d]+){0,2},|vóór|voor|niet later dan|uiterste\s+\w+|vervaldatum[^:]{0,20}:?|vervaldag:?|"
    r"deadline:?|op of voor|uiterlijk\s+\w+\s+op\s*:|betalen\s+(?:vóór|voor|op)\s*:)\s*(de\s+)?$"
)
_START_BEFORE = re.compile(r"(?i)(vanaf|met ingang van|ingaande|gaat in op|in op|begint op|start op|per)\s*$")
_END_BEFORE = re.compile(r"(?i)(tot en met|t/m|tot|eindigt op|stopt op|einddatum:?|loopt af op)\s*$")
_PERIOD_START = re.compile(r"(?i)\b(van|periode van)\s*$")
_TIME_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:om|van)\s+(\d{1,2}[.:]\d{2})\s*(?:uur)?|^[ \t]*\n[ \t]*tijd\s*:?\s+(\d{1,2}[.:]\d{2})"
    r"|^[^\S\n]*,?[^\S\n]*(\d{1,2}[.:]\d{2})[^\S\n]*uur\b",  # "27 mei 2027, 9.30 uur": the clock time itself
    re.I,
)
# A row label that names the appointment's moment ("Wanneer:", "Dag en tijd:", "Datum en tijd:").
_WHEN_LABEL = re.compile(r"(?i)(?:wanneer|(?:dag|datum)\s+en\s+tijd)\s*:")
# With a clock time after the date ("om 10.40 uur"): the row of a "Wanneer en waar?" / "Dag en tijd" block.
_APPOINTMENT = re.compile(
    r"(?i)afspraak|gesprek|uitnodig|verwachten u|wanneer\s*:|spreekuur|\w*zitting\b|\bwanneer\s+en\s+waar\b"
    r"|\b(?:dag|datum)\s+en\s+tijd\b"
)
_INCASSO = re.compile(r"(?i)schrijven\b.*\baf\b|afgeschreven|afschrijving|incasso")
_PAID_TO_YOU = re.compile(r"(?i)op uw rekening|betalen wij|storten|uitbetal")
_SKIP = re.compile(r"(?i)geboortedatum|geboren")


# Verbs of paying and sending, including split separable forms ("over te maken", "in te leveren").
PAY_VERBS = (
    r"betaal|betalen|betaald|voldoen|voldoe\b|overmaken|over\s+te\s+maken"
    r"|maak\b(?:[^.?\n]|(?<=\d)[.](?=\d)){0,110}\bover\b"  # "Maak € 1.386,00 binnen vier weken ... over"
)
SEND_VERBS = (
    r"stuur|sturen|inleveren|in\s+te\s+leveren|\blever\b|indienen|in\s+te\s+dienen|dien\b[^.]{0,40}\bin\b"
)


# A termijn with its amount, or money that must be "op onze rekening staan": a date to pay by.
INSTALMENT_DUE = re.compile(
    r"\btermijn\w*\b[^.\n]{0,20}€|\bop\s+(?:onze|ons|de)\s+rekening\b[^.]{0,60}\b(?:staan|zijn|bijgeschreven)\b"
)


# The money must be with the organisation by then ("Wij moeten het bedrag uiterlijk ... hebben
# ontvangen", "Het bedrag moet ... zijn bijgeschreven op de rekening van ..."): a date to pay by.
_IN_SENTENCE = r"(?:[^.?]|(?<=\d)[.](?=\d))"  # the dot of "€ 1.041,63" ends no sentence
MONEY_RECEIVED = re.compile(
    rf"(?i)(?={_IN_SENTENCE}*(?:\bbedrag\b|€|\bbetaling\b|\bgeld\b|\w*recht\b|\w*kosten\b))"
    rf"{_IN_SENTENCE}*(?:\b(?:hebben|heeft)\b[^.?]{{0,80}}\bontvangen\b|\bontvangen\s+hebben\b|\bbijgeschreven\b"
    r"|\bop\s+(?:onze|ons|de)\s+rekening\b[^.?]{0,60}\b(?:staan|zijn)\b)"
)


def purpose(context: str) -> str:
    """What a deadline is for, in the words of the explanation."""
    c = context.lower()
    if re.search(r"bezwaar|beroep", c):
        return (
            "uiterste datum om bezwaar te maken" if "bezwaar" in c else "uiterste datum om in beroep te gaan"
        )
    if re.search(r"\baangifte\b", c) and not re.search(PAY_VERBS, c):
        return "uiterste datum om aangifte te doen"
    if re.search(r"zienswijze|reactie|reageer|reageren|uw mening", c):
        return "uiterste datum om te reageren"
    # "Voor de kwijtschelding heb ik deze stukken van je nodig": the reader sends papers, whatever for
    if re.search(r"\bvan\s+(?:u|jou|je)\s+nodig\b|\b(?:stukken|papieren|gegevens|documenten|bewijsstukken)\b[^.]{0,40}\bnodig\b", c):
        return "uiterste datum om de gevraagde papieren te sturen"
    if "kwijtschelding" in c:
        return "uiterste datum om kwijtschelding aan te vragen"
    if re.search(PAY_VERBS, c) or re.search(r"vervaldatum|vervaldag", c) or INSTALMENT_DUE.search(c) or MONEY_RECEIVED.search(c):
        return "uiterste datum om te betalen"
    # "Uw plan moet uiterlijk ... bij ons zijn": a thing of the reader that must be with the organisation
    if re.search(SEND_VERBS, c) or re.search(r"ontvangen|gegevens|papieren|stukken|bij ons (?:zijn|binnen)|in ons bezit", c):
        return "uiterste datum om de gevraagde papieren te sturen"
    if re.search(r"contact|laat .* weten|bellen|\bbel\b", c):
        return "uiterste datum om contact op te nemen"
    if re.search(r"aanvragen|aanvraag|vraag .* aan|vragen om|vraag om|verzoeken om|verzoek om", c):
        return "uiterste datum om iets aan te vragen"
    if re.search(r"doorgeven|geef .* door|door te geven|melden|meld\b|wijziging", c):
        return "uiterste datum om iets door te geven"
    return "uiterste datum"


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
        if _own_label(before) or _PLACE_DATE.match(before) or _under_date_column(text, line_start, m.start):
            out.append(m)
    return out


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


def date_meaning(
    text: str, m: DateMention, sentence: str, previous: str, letter_date: date | None
) -> tuple[str, str] | None:
    """(kind, meaning) of one date, or None for a date the reader need not see (a birth date).

    `sentence` holds the date; `previous` is the sentence before it (for "Dit moet uiterlijk ...").
    """
    context = sentence + " " + previous
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[max(line_start, m.start - 60) : m.start]
    after = text[m.end : m.end + 40]
    if _SKIP.search(before[-40:]):
        return None
    if _APPOINTMENT.search(context) and (_TIME_AFTER.match(after) or _WHEN_LABEL.search(before)):
        time = _TIME_AFTER.match(after)
        hour = next((g for g in time.groups() if g), None) if time else None
        return APPOINTMENT, f"afspraak{' om ' + hour + ' uur' if hour else ''}"
    if _DEADLINE_BEFORE.search(before):
        meaning = purpose(sentence)
        if meaning == "uiterste datum":
            meaning = purpose(before + " " + previous)
        if letter_date and m.value < letter_date:
            return OTHER, f"{meaning} (die datum is al voorbij)"
        return DEADLINE, meaning
    if _INCASSO.search(context):
        return OTHER, "datum waarop het geld van uw rekening wordt gehaald"
    if _PERIOD_START.search(before) and re.match(r"\s*(tot en met|t/m|tot)\b", after, re.I):
        return START, "begin van de periode"
    if _END_BEFORE.search(before):
        if re.search(r"(?i)\bvan\s+\S+(\s+\S+){0,2}\s+(tot en met|t/m|tot)\s*$", before):
            return END, "einde van de periode"
        return END, "einddatum"
    if _START_BEFORE.search(before):
        return START, "startdatum"
    if _PAID_TO_YOU.search(context):
        return OTHER, "datum waarop u geld krijgt"
    return OTHER, "datum in de brief"
