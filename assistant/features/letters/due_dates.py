"""A bill's due date ("vervaldatum") that is not the reader's deadline in this letter. Pure.

A reminder lists the bills that are still open with their due dates ("Dit staat open" above rows
"Nota maart  vervaldatum 28-03-2027  € 40,00"): a bill is open because its due date has passed,
so those dates are history, not new deadlines. A due date named in passing, in brackets, about a
bill ("Uw nota van mei (€ 40,00, vervaldatum 28-05-2027) ...") describes that bill; whether the
reader must act by then is for the professional to check.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.features.letters.dates import format_date
from assistant.features.letters.text import line_bounds

RULE_BILL_ASIDE = "de brief noemt deze datum tussen haakjes als vervaldatum van een nota"
BILL_ASIDE_NOTE = (
    "De brief noemt deze datum tussen haakjes als vervaldatum van een nota, niet als opdracht aan de lezer. "
    "Controleer of de lezer dan moet betalen."
)
OPEN_ITEM_MEANING = "vervaldatum van een nota die nog openstaat (al voorbij)"
_DUE_LABEL = re.compile(r"(?i)\b(?:vervaldatum|vervaldag|uiterste\s+betaaldatum)\s*:?\s*$")
_AMOUNT = re.compile(r"€\s*\d|\bEUR\s*\d|\d,\d{2}\b")
# The heading of an overview of what is still unpaid ("Dit staat open", "Uw achterstand",
# "Openstaande nota's:", "Niet betaalde termijnen").
_OPEN_HEADING = re.compile(
    r"(?i)\b(?:open(?:staat|staan|staande?|\s+staan?)|staat\s+(?:nog\s+)?open|staan\s+(?:nog\s+)?open|achterstand\w*"
    r"|achterstallig\w*|onbetaald\w*|niet\s+(?:op\s+tijd\s+)?betaald\w*)\b"
)


def open_item_due_date(text: str, pos: int) -> bool:
    """The date at `pos` is a row's due date in an overview of unpaid bills: a labelled due date on
    a line with an amount, in a block of lines (at most one blank line under its heading) whose
    heading names what is open or in arrears."""
    start, end = line_bounds(text, pos)
    if not _DUE_LABEL.search(text[max(start, pos - 40) : pos]) or not _AMOUNT.search(text[start:end]):
        return False
    blanks, cursor = 0, start
    for _ in range(12):
        if cursor == 0:
            return False
        above_start, above_end = line_bounds(text, cursor - 1)
        above = text[above_start:above_end]
        cursor = above_start
        if not above.strip():
            blanks += 1
            if blanks > 1:
                return False
            continue
        if not _DUE_LABEL.search(above) and not re.search(r"(?i)vervaldatum|vervaldag", above):
            return bool(_OPEN_HEADING.search(above))
    return False


def bill_due_aside(text: str, pos: int) -> bool:
    """The date at `pos` follows a due-date label inside brackets ("(€ 40,00, vervaldatum 28-05-2027)")."""
    before = text[max(0, pos - 80) : pos]
    if not _DUE_LABEL.search(before):
        return False
    opened, closed, after = before.rfind("("), before.rfind(")"), text.find(")", pos)
    return opened > closed and 0 <= after - pos <= 20 and "\n" not in text[pos:after]


# A column label that names a deadline for each row below it ("uiterlijk op", "vervaldatum",
# "betalen vóór", "uiterste betaaldatum"), in a header row of a table.
_DUE_COLUMN = re.compile(
    r"(?i)uiterlijk(?:\s+op)?|vervaldatum|vervaldag|uiterste\s+betaaldatum|betaaldatum|betalen\s+(?:vóór|voor|uiterlijk)"
)
DUE_COLUMN_MEANING = "uiterste datum om te betalen (tabel in de brief)"


def column_sentence(first: date, rows: int) -> str:
    """The B1 duty for the due dates of a table: the first one, and where the others are."""
    if rows > 1:
        return f"Betaal op tijd wat in de tabel in de brief staat. De eerste keer is uiterlijk op {format_date(first)}."
    return f"Betaal wat in de tabel in de brief staat. Doe dat uiterlijk op {format_date(first)}."
_HAS_VALUE = re.compile(r"\d")


# A sentence that says the rows below it are due dates ("De termijnen moeten uiterlijk op de volgende
# data binnen zijn:", "Betaal vóór onderstaande datums:"): each termijn row under it is a date to pay by.
DUE_LEAD = re.compile(
    r"(?i)\b(?:uiterlijk(?:\s+op)?|vóór|voor|op)\s+(?:de\s+)?(?:volgende|onderstaande|deze|hieronder\s+genoemde)\s+"
    r"(?:data|datums|dagen|betaaldata|vervaldata)\b"
)
# A row of a termijn schedule ("termijn 2 ...", "2e termijn ...").
TERM_ROW = re.compile(r"(?i)^\W*(?:\d{1,2}\s*(?:e|ste|de)\b|eerste|tweede|derde|vierde|vijfde|zesde|laatste)?\s*termijn\b")


def led_due_row(lead: str, row: str) -> bool:
    """`row` is a termijn row with an amount under a lead sentence that calls its dates due dates."""
    return bool(DUE_LEAD.search(lead) and TERM_ROW.match(row) and _AMOUNT.search(row))


def in_due_column(text: str, pos: int) -> bool:
    """The date at `pos` stands in a table column whose header, on the first line of its block (no
    blank line between), names a deadline; the label starts within a few characters of the date's
    column. A header row holds labels only, no digits."""
    start, _ = line_bounds(text, pos)
    column = len(text[start:pos].expandtabs(8))
    cursor = start
    for _ in range(15):
        if cursor == 0:
            return False
        above_start, above_end = line_bounds(text, cursor - 1)
        above = text[above_start:above_end]
        cursor = above_start
        if not above.strip():
            return False
        if _HAS_VALUE.search(above):
            continue  # another row of the table
        expanded = above.expandtabs(8)
        return any(abs(m.start() - column) <= 6 for m in _DUE_COLUMN.finditer(expanded))
    return False
