"""Parse and format Dutch legal citations ("Awb 3:4 lid 2", "art. 18 Pw", "Wmo 2015 2.3.5").

Pure: the known laws come in as objects with `.name` (canonical short name) and `.all_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

ORDINALS = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
    "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende",
    "zeventiende", "achttiende", "negentiende", "twintigste",
]  # fmt: skip
_ORDINAL_NUM = {word: str(i + 1) for i, word in enumerate(ORDINALS)}


class LawName(Protocol):
    name: str

    @property
    def all_names(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Citation:
    law: str | None  # canonical short name, None when no law was named
    article: str
    paragraph: str | None = None

    def __str__(self) -> str:
        return format_citation(self.law or "?", self.article, self.paragraph)


def ordinal(number: str) -> str:
    """'2' -> 'tweede'; leaves '2a' and out-of-range numbers as '2a'."""
    if number.isdigit() and 1 <= int(number) <= len(ORDINALS):
        return ORDINALS[int(number) - 1]
    return number


def format_citation(law: str, article: str, paragraph: str | None = None) -> str:
    """'Participatiewet, artikel 18, eerste lid' / 'Awb, artikel 4:84'."""
    text = f"{law}, artikel {article}"
    if paragraph:
        word = ordinal(paragraph)
        text += f", {word} lid" if word != paragraph else f", lid {paragraph}"
    return text


_SUFFIX = r"(?:bis|ter|quater|quinquies|[a-z]{1,2})?"
ARTICLE_NUMBER = rf"\d+{_SUFFIX}(?:[:.]\d+{_SUFFIX})*"
_ARTICLE_WORD = re.compile(rf"\b(?:artikelen|artikel|art\.?)\s*({ARTICLE_NUMBER})", re.IGNORECASE)
_BARE_NUMBER = re.compile(rf"(?<![\w:.,/-])({ARTICLE_NUMBER})(?![\w:/-]|[.,]\d)")
_LID = re.compile(
    rf"^[\s,]*(?:(?:lid|leden)\s*(\d+[a-z]?)|({'|'.join(ORDINALS)})\s+lid|(\d+)(?:e|ste|de)\s+lid)",
    re.IGNORECASE,
)


def _alias_pattern(alias: str) -> re.Pattern[str]:
    escaped = re.escape(alias).replace(r"\ ", r"\s+")
    flags = 0 if len(alias) <= 3 else re.IGNORECASE  # "Pw", "Jw": exact case only
    return re.compile(rf"(?<![\w]){escaped}(?![\w])", flags)


def _law_spans(text: str, laws: Iterable[LawName]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for law in laws:
        for alias in sorted(set(law.all_names), key=len, reverse=True):
            for m in _alias_pattern(alias).finditer(text):
                if not any(s <= m.start() < e or s < m.end() <= e for s, e, _ in spans):
                    spans.append((m.start(), m.end(), law.name))
    return sorted(spans)


def _paragraph_after(text: str, pos: int) -> tuple[str | None, int]:
    m = _LID.match(text[pos:])
    if not m:
        return None, pos
    value = m.group(1) or _ORDINAL_NUM.get((m.group(2) or "").lower()) or m.group(3)
    return value, pos + m.end()


def _nearest_law(spans: list[tuple[int, int, str]], start: int, end: int, reach: int) -> str | None:
    best: tuple[int, str] | None = None
    for s, e, name in spans:
        if s >= end:
            distance = s - end
        elif e <= start:
            distance = start - e + 1  # prefer a law named after the article on ties
        else:
            continue
        if distance <= reach and (best is None or distance < best[0]):
            best = (distance, name)
    return best[1] if best else None


def parse_citations(text: str, laws: Iterable[LawName]) -> list[Citation]:
    """Every citation in `text`, in order. An article with no law nearby gets law=None."""
    laws = list(laws)
    spans = _law_spans(text, laws)
    masked = list(text)
    for s, e, _ in spans:
        masked[s:e] = " " * (e - s)
    masked_text = "".join(masked)

    found: list[tuple[int, Citation]] = []
    taken: list[tuple[int, int]] = []
    for m in _ARTICLE_WORD.finditer(masked_text):
        paragraph, end = _paragraph_after(masked_text, m.end())
        law = _nearest_law(spans, m.start(), end, reach=60)
        found.append((m.start(), Citation(law, m.group(1), paragraph)))
        taken.append((m.start(), end))
    # bare numbers directly next to a law name: "Awb 3:4", "Wmo 2015 2.3.5", "3:4 Awb"
    for m in _BARE_NUMBER.finditer(masked_text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        paragraph, end = _paragraph_after(masked_text, m.end())
        law = _nearest_law(spans, m.start(), end, reach=2)
        if law:
            found.append((m.start(), Citation(law, m.group(1), paragraph)))
    return [c for _, c in sorted(found, key=lambda x: x[0])]


def parse_citation(text: str, laws: Iterable[LawName]) -> Citation | None:
    """The first citation in `text`, or None."""
    found = parse_citations(text, laws)
    return found[0] if found else None
