"""The organisation an e-mail from a person is sent for. A message whose "Van:" line names a person
("Van: Petra Smit <p.smit@...>") and whose signature names a company by its legal form ("Teamleider
Planning, Groenhuis Logistiek B.V.") is written by an employee for that company: the company is the
sender, the person is the one who wrote it. Pure.
"""

from __future__ import annotations

import re

_MAIL_HEADER = re.compile(r"(?i)^\s*(?:van|from|afzender)\s*:")
_FORM = r"(?:B\.\s?V\.|N\.\s?V\.|V\.\s?O\.\s?F\.|BV|NV)"
# The name before the legal form: capitalised words, with the particles of Dutch names and "&".
_COMPANY_NAME = re.compile(rf"((?:(?:[A-ZÀ-Ý][\w'.-]*|van|de|den|der|het|en|&|'t)\s+){{1,7}}){_FORM}(?![\w])")


def signed_company(text_lines: list[str]) -> str | None:
    """The company with a legal form that the signature of an e-mail names, when the message starts
    with a mail header; None otherwise (or when the signature names two different companies)."""
    if not text_lines or not _MAIL_HEADER.match(text_lines[0]):
        return None
    found = []
    for line in text_lines[-6:]:
        for part in re.split(r"\s*(?:[,|·]|\s[-–]\s)\s*", line):
            m = _COMPANY_NAME.search(part)
            if m and m.start() == 0:
                words = m.group(1).split()
                while words and words[0][0].islower():
                    words.pop(0)
                if words:
                    found.append(" ".join(words) + " " + part[m.end(1) : m.end()].strip())
    return found[0] if len(set(found)) == 1 else None
