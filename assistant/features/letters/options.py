"""The payment options a letter offers (betalingsregeling, kwijtschelding, uitstel van betaling),
and those that usually exist for its kind as advice. Pure.

An option the letter refuses, grants or answers the reader's own request for is no offer and no
advice; the subject line names the topic and offers nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.features.letters.kinds import PAYMENT_KINDS

_OPTIONS = {
    "betalingsregeling": r"betalingsregeling|in termijnen|gespreid betalen|in delen betalen",
    "kwijtschelding": r"kwijtschelding|kwijtschelden",
    # uitstel is a payment option only when it is about paying, in its sentence or the question before
    # it ("Wilt u later betalen? Vraag uitstel aan."); "uitstel voor uw aangifte" is not
    "uitstel": r"uitstel van betaling|\buitstel\b(?=[^.?!\n]{0,40}\bbetal)|\bbetal\w*\b[^.!\n]{0,60}\buitstel\b",
}


@dataclass(frozen=True)
class Option:
    name: str  # betalingsregeling | kwijtschelding | uitstel
    mentioned: bool  # False: not in the letter, but it usually exists for this kind of letter
    start: int = -1  # where the letter first mentions it


# The letter refuses or grants the option or answers the reader's own request for it ("Wij wijzen uw
# verzoek om kwijtschelding af", "U krijgt gedeeltelijk kwijtschelding", "Een betalingsregeling is
# niet mogelijk", "een betalingsregeling van € 20 per maand afgesproken"): it is not offered, and no advice.
_REFUSED = re.compile(
    r"(?i)\bgeen\s+(?:\w+\s+)?(?:{o})|(?:{o})\w*\b[^.?!\n]{{0,80}}\b(?:niet\s+mogelijk|afgewezen|niet\s+toe)\b"
    r"|\b(?:(?:heeft|had|hebt)\s+u|u\s+(?:heeft|had|hebt))\b[^.?!\n]{{0,40}}(?:{o})\w*\b[^.?!\n]{{0,30}}\b(?:aan)?gevraagd\b"
    r"|\b(?:krijgt\s+u|u\s+krijgt|verlenen|verleend|toegekend|toekennen)\b[^.?!\n]{{0,30}}(?:{o})"
    r"|(?:{o})\w*\b[^.?!\n]{{0,40}}\b(?:verleend|toegekend|toegewezen|afgesproken|getroffen)\b"
    r"|\bu\s+(?:vroeg|vroegt)\b[^.?!\n]{{0,30}}(?:{o})|\b(?:uw|het)\s+(?:verzoek|aanvraag)\s+(?:om|voor|tot)\s+(?:\w+\s+)?(?:{o})|\buw\s+(?:{o})\w*(?:verzoek|aanvraag)"
)

_SUBJECT_LINE = re.compile(r"(?i)[ \t]*(?:onderwerp|betreft|inzake)\b")
_AMOUNT_ROW = re.compile(r"[^\n.?!]*?\s{2,}-?\s*€\s*[\d.,]+-?\s*$")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _offered(text: str, rx: str) -> tuple[int | None, bool]:
    """Where the letter first offers the option, and whether it only refuses it or answers the
    reader's own request for it (then it is no advice either). The subject line names the topic;
    it offers nothing."""
    refused = re.compile(_REFUSED.pattern.format(o=rx))
    answered = False
    for m in re.finditer(rx, text, re.I):
        line = text.rfind("\n", 0, m.start()) + 1
        if _SUBJECT_LINE.match(text, line) or _AMOUNT_ROW.search(text, m.end(), _line_end(text, m.end())):
            continue  # a subject names the topic; a row with its amount ("Aflossing regeling  € 20,00") a running item
        start = max(text.rfind(c, 0, m.start()) for c in ".?!\n") + 1
        ends = [e for e in (text.find(c, m.end()) for c in ".?!\n") if e >= 0]
        if refused.search(text[start : min(ends) if ends else len(text)]):
            answered = True
            continue
        return m.start(), False
    return None, answered


def find_options(text: str, kind: str, sender_id: str | None) -> list[Option]:
    out, answered = [], set()
    for name, rx in _OPTIONS.items():
        start, refused = _offered(text, rx)
        if refused:
            answered.add(name)
        if start is not None and not (kind == name == "betalingsregeling"):
            out.append(Option(name, True, start))
    names = {o.name for o in out} | answered
    if kind in PAYMENT_KINDS and "betalingsregeling" not in names:
        out.append(Option("betalingsregeling", False))
    local_tax = bool(sender_id) and (sender_id.startswith("gemeente") or sender_id == "waterschap")
    if kind == "aanslag" and local_tax and "kwijtschelding" not in names:
        out.append(Option("kwijtschelding", False))
    return out
