"""A stem found in a word or sentence where it means something else. Pure.

"nood" (distress) is not "noodzaak", "noodzakelijk" (necessity): a stem that starts another word with
another meaning. "opvang" in a sentence about child care ("kinderopvangtoeslag", "kinderdagverblijf",
"BSO") is the child's day care, not the shelter of the Wmo 2015 (maatschappelijke opvang). A stem at
the end of a compound whose first part names another field means that field's thing: a
"crisismaatregel" or "kinderbeschermingsmaatregel" is no maatregel on a benefit. "opgenomen" or
"opname" in a sentence about money and no care ("een lening opgenomen", "geld opgenomen van de
rekening") is taking money up, not an admission to a hospital, clinic or institution.
"""

from __future__ import annotations

import re

# a stem that starts another word with another meaning
OTHER_WORDS = (("nood", "noodza"),)
_CHILD_CARE = re.compile(
    r"\b(?:kinderopvang\w*|kinderdagverblijf\w*|kdv|bso|buitenschoolse\s+opvang|gastouder\w*|peuteropvang|creche\w*"
    r"|opvangkosten|naschoolse\s+opvang|voorschoolse\s+opvang)\b"
)
# stem -> first parts of compounds in which it means something else
_OTHER_COMPOUNDS = {
    "maatregel": ("crisis", "kinderbeschermings", "jeugdbeschermings", "beschermings", "zorg", "veiligheids",
                  "vrijheidsbenemende", "noodverordenings", "corona"),
}
# "opgenomen"/"opname": taking money up in a sentence about money and no care (folded)
_ADMISSION_STEMS = frozenset({"opgenomen", "opname"})
_MONEY = re.compile(r"\b(?:lening\w*|krediet\w*|geld|spaargeld|bedrag\w*|voorschot\w*|rekening\w*|pinautomaat|contant\w*)\b")
_CARE = re.compile(
    r"\b(?:ziekenhuis\w*|kliniek\w*|instelling\w*|ggz|psychiatr\w*|verpleeg\w*|zorg\w*|afdeling\w*|"
    r"revalidatie\w*|opvang\w*|behandel\w*|crisis\w*)\b"
)
# the stems whose sense a child-care sentence changes (folded)
_CARE_SENSE_STEMS = frozenset({"opvang"})


def other_sense(stem: str, folded: str, start: int, sentence: str) -> bool:
    """Does the stem (folded) at `start` of the folded text mean something else here? `sentence` is
    the folded sentence around it."""
    if any(folded.startswith(w, start) for s, w in OTHER_WORDS if stem == s):
        return True
    if stem in _OTHER_COMPOUNDS:
        word_start = start
        while word_start and folded[word_start - 1].isalpha():
            word_start -= 1
        if folded[word_start:start] in _OTHER_COMPOUNDS[stem]:
            return True
    if stem in _ADMISSION_STEMS and _MONEY.search(sentence) and not _CARE.search(sentence):
        return True
    return stem in _CARE_SENSE_STEMS and bool(_CHILD_CARE.search(sentence))
