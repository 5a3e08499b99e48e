"""Reference numbers and the subject line of a letter.

A reference is a labelled value with at least one digit: "Ons kenmerk: TS-2026-0048213",
"Betalingskenmerk 1234 5678 9012 3456", "Aanslagnummer  1234.56.780.H.56.01". Personal numbers
(BSN, IBAN, kenteken, telefoon) are never returned.
"""

from __future__ import annotations

import re

from assistant.features.letters.text import SALUTATION

_LABEL = re.compile(
    r"(?im)(?<![\w-])((?:ons\s+|uw\s+|onze\s+)?(?:[\w-]*(?:kenmerk|nummer|referentie)|dossier|zaak))"
    r"(?:\s*\([^)\n]{1,30}\))?(?=[ \t]*[:]?[ \t]*([^\n]*))"
)
_EXCLUDE = re.compile(
    r"burgerservice|\bbsn|sofi|rekening|iban|telefoon|huisnummer|kenteken|postbus|polis|mobiel|fax|"
    r"paspoort|document|identiteit",
    re.I,
)
_VALUE = re.compile(
    r"^(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9][A-Za-z0-9./\-]*\d[A-Za-z0-9./\-]*(?: \d{2,6}(?!\w)(?!\.\d))*|^\d+"
)
_SUBJECT = re.compile(r"(?im)^[ \t>#]*(onderwerp|betreft)\b[ \t]*:?[ \t]*(.+)$")
_KIND_WORDS = re.compile(
    r"\b(aanslag|aanslagbiljet|beschikking|aanmaning|dwangbevel|uitnodiging|herinnering|besluit|sommatie)\b",
    re.I,
)
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
_NOT_SUBJECT = re.compile(
    r"^\s*(datum|dagtekening|kenmerk|ons kenmerk|uw kenmerk|onze referentie|\w*nummer|dossier\w*|inzake|aan|"
    r"t\.a\.v|de heer|mevrouw|dhr|mw)\b",
    re.I,
)


def _passes_11_proef(digits: str) -> bool:
    if len(digits) != 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def find_references(text: str) -> list[str]:
    out: dict[str, str] = {}
    for m in _LABEL.finditer(text):
        label, rest = m.group(1).strip(), m.group(2)
        if _EXCLUDE.search(label):
            continue
        vm = _VALUE.match(rest.strip())
        value = vm.group(0).rstrip(".,;)-/") if vm else ""
        if not value or not re.search(r"\d", value) or len(value) > 40:
            continue
        digits = re.sub(r"\D", "", value)
        if _passes_11_proef(digits) and len(value.replace(".", "").replace(" ", "")) == 9:
            continue  # looks like a BSN
        if re.match(r"^[A-Z]{2}\d{2}[A-Z]{4}", value.replace(" ", "")):
            continue  # an IBAN
        if label[1:2].islower():
            label = label[0].lower() + label[1:]
        out.setdefault(value, f"{label}: {value}")
    return list(out.values())


def find_subject(text: str) -> str:
    m = _SUBJECT.search(text)
    if m:
        return _clean(m.group(2) + _continued(text, m))
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if SALUTATION.match(line):
            for prev in reversed(lines[max(0, i - 3) : i]):
                clean = prev.strip()
                if not clean:
                    continue
                if 2 <= len(clean.split()) <= 12 and not (
                    _NOT_SUBJECT.match(clean) or _POSTCODE.search(clean)
                ):
                    return _clean(clean)
                break
            break
    for line in lines[:15]:
        clean = line.strip()
        if _KIND_WORDS.search(clean) and len(clean.split()) <= 10 and not _NOT_SUBJECT.match(clean):
            return _clean(clean)
    return ""


def _continued(text: str, m: re.Match) -> str:
    """A subject value that runs on to the next line ("Onderwerp  Uw bezwaar tegen de aanslag -" /
    "uitnodiging voor een hoorgesprek"): the next line goes on with it when it starts in lower case or
    the value ends in a dash or comma, and it is no label, salutation or blank line."""
    nxt = text[m.end() + 1 :].split("\n", 1)[0].strip()
    if not nxt or SALUTATION.match(nxt) or _NOT_SUBJECT.match(nxt) or re.search(r"\s{2,}|:", nxt):
        return ""
    runs_on = nxt[0].islower() or m.group(2).rstrip().endswith(("-", "–", ","))
    return " " + nxt if runs_on else ""


def _clean(subject: str) -> str:
    subject = re.sub(r"\s{2,}", " ", subject).strip(" :.-")
    return subject[0].upper() + subject[1:] if subject else ""
