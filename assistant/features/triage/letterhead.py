"""The note's letterhead: the writer's own organisation, named in the header line or header block,
is no party to the question (unless the note has it act: "wij beslissen eerst").
"""

from __future__ import annotations

import re

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE

_DATE = re.compile(
    r"\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b|\b\d{1,2}\s+(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*",
    _F,
)

_HEADER_WORD = re.compile(
    r"^\W*(?:\w+-)?(?:notitie|intake|verslag|gespreksverslag|aantekening|huisbezoek)\b", _F
)

_MAX_HEADER = 100

_HEADER_WORD_ANYWHERE = re.compile(
    r"\b\w*(?:notitie|verslag|intake|aantekening\w*|huisbezoek|spreekuur|rapportage|gesprek)\b", _F
)

# Running text: a sentence ends inside or at the end of the line, or the line is long in words.
_PROSE_LINE = re.compile(r"[a-zà-ÿ]{3}[.!?](?:\s+[A-Z]|\s*$)|(?:\S+\s+){16}\S")

_CLIENT_LABEL = re.compile(
    r"^\W*(?:klant|cli[eë]nte?|aanvrager|betreft|onderwerp|aanwezig|aanleiding|hulpvraag|naam)\s*:", _F
)

_SUBJECT_IN_HEADER = re.compile(
    r"\b(?:brief|brieven|aanslag\w*|beschikking\w*|besluit\w*|factuur\w*|aanmaning\w*|vordering\w*|boete\w*)\b",
    _F,
)

_DATE_WITHIN = 25  # a header line dates the note near its start: "Wijkteam, 3 feb '27 - huisbezoek"

# The writer's organisation is a party when the note has it act: "wij willen eerst", "een beschikking van ons".
_WE_ACT = re.compile(
    r"\b(?:wij|we)\s+(?:willen|wilden|moeten|beslissen|besluiten|besloten|geven|kennen|wachten|eisen|weigeren)\b|"
    r"\b(?:beschikking|besluit|beslissing|toekenning|indicatie|akkoord|toestemming)\s+(?:\S+\s+)?(?:van|door)\s+ons\b",
    _F,
)

# What another party says: "De corporatie zegt: 'wij geven pas toestemming …'" (its "wij" is not the writer).
_REPORTED_SPEECH_BEFORE = re.compile(
    r"\b(?:zegt|zei|zeggen|zeiden|schrijft|schreef|meldt|meldde|antwoordt|antwoordde)\s*:|(?<!\S)[\"'“‘„]", _F
)


def _we_act(text: str, start: int) -> bool:
    """Does the note, from `start`, have the writer's organisation act ("wij willen eerst …"), not in
    the reported speech of another party?"""
    for m in _WE_ACT.finditer(text, start):
        line_start = max(text.rfind("\n", 0, m.start()) + 1, start)
        sentence_start = max(text.rfind(". ", line_start, m.start()) + 1, line_start)
        if not _REPORTED_SPEECH_BEFORE.search(text, sentence_start, m.start()):
            return True
    return False


# An e-mail header's addressee line ("Aan: Wmo-loket", "To: team Inkomen") names who the note is sent to, not the
# writer; a colleague of the writer ("Aan: Miriam (collega, team …)") is the writer's side.
_ADDRESSEE_LINE = re.compile(r"[ \t]*(?:aan|to|ontvanger)\s*:", _F)
_COLLEAGUE = re.compile(r"\b(?:collega\w*|coördinator|coordinator|intern)\b", _F)
_HEAD_LINES = 8


def addressee(text: str, m: OrgMention) -> bool:
    """Is the mention the addressee on the "Aan:" line of the note's header (among its first lines), not a
    colleague of the writer?"""
    return addressed_at(text, m.start)


def addressed_at(text: str, pos: int) -> bool:
    """Is `pos` on the "Aan:" line of the note's header (among its first lines), naming no colleague?"""
    line_start = text.rfind("\n", 0, pos) + 1
    if text.count("\n", 0, line_start) >= _HEAD_LINES or not _ADDRESSEE_LINE.match(text, line_start, pos):
        return False
    line_end = text.find("\n", pos)
    return not _COLLEAGUE.search(text, line_start, line_end if line_end >= 0 else len(text))


def in_header(text: str, m: OrgMention) -> bool:
    """Is the mention in the note's header line (its first line, short, not ending as a sentence,
    starting with a date or a header word such as "Notitie"), or the organisation name on the first
    line of a header block ("Gemeente X - Schuldhulp" / "Verslag eerste gesprek" / "Datum: …")?"""
    if addressee(text, m):
        return False
    line_end = text.find("\n")
    if 0 <= line_end < m.start and _header_block(text, m):
        next_break = text.find("\n", m.end)
        line_end = next_break if next_break >= 0 else len(text)
        header = text[text.rfind("\n", 0, m.start) + 1 : line_end]
        return not _SUBJECT_IN_HEADER.search(header) and not _we_act(text, line_end)
    if line_end < 0 or m.end > line_end or line_end > _MAX_HEADER:
        return False
    header = text[:line_end].rstrip()
    date = _DATE.search(header)
    if header.endswith(".") or not (
        (date and date.start() <= _DATE_WITHIN) or _HEADER_WORD.search(header) or _header_block(text, m)
    ):
        return False  # a first line of prose, not a header
    if _SUBJECT_IN_HEADER.search(header):
        return False  # "Intake 3-5-2027 - brief van het CAK": the header names the subject, not the writer
    return not _we_act(text, line_end)


def _header_block(text: str, m: OrgMention) -> bool:
    """Is the mention in a block of short lines at the top of the note (up to a blank line, a
    sentence or a label about the client) that holds a date or a header word anywhere? That block is
    the writer's letterhead ("UWV - cliëntondersteuning | gespreksnotitie", "Verslag (art. 4 Wgs)")."""
    lead = len(text) - len(text.lstrip())
    block, end = [], lead
    for line in text[lead:].split("\n")[:5]:
        if (
            not line.strip()
            or _CLIENT_LABEL.match(line)
            or len(line) > _MAX_HEADER
            or _PROSE_LINE.search(line)
        ):
            break  # a blank line, the client's label, or a line of running text ends the letterhead
        block.append(line)
        end += len(line) + 1
    joined = "\n".join(block)
    return m.end <= end and bool(_DATE.search(joined) or _HEADER_WORD_ANYWHERE.search(joined))


def writer_acts(text: str, m: OrgMention) -> bool:
    """Is the mention on the note's first line while the note has the writer's organisation act
    ("wij willen eerst …")? Then the writer's organisation is a party."""
    line_end = text.find("\n")
    return 0 <= m.end <= line_end and _we_act(text, line_end)
