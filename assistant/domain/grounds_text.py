"""Text helpers for the grounds engine: accent-free matching that keeps offsets, Dutch phrase
patterns with inflection, and quoting the sentence that triggered a match. Pure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


def fold(text: str) -> str:
    """Lower case without diacritics, one character per input character (offsets stay valid)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out).replace("’", "'").replace("‘", "'")


GAP = r"(?:\s+[a-z0-9'\-]+){0,3}\s+"  # "..." in a phrase: up to three words in between


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as a pattern: word boundaries, flexible spaces/hyphens, and a short inflection
    suffix on the last word when that word has at least four letters ("schuld" -> "schulden").
    "..." stands for up to three words: "aanpassing ... woning" matches "aanpassingen nodig in de woning"."""
    words = fold(phrase).split()
    parts = []
    for i, w in enumerate(words):
        if w == "...":
            parts.append(GAP)
            continue
        inflect = i == len(words) - 1 or words[i + 1] == "..."
        parts.append(re.escape(w) + (r"[a-z]{0,3}" if inflect and len(w) >= 4 and w[-1].isalpha() else ""))
    pattern = r"[\s\-]+".join(parts).replace(r"[\s\-]+" + GAP + r"[\s\-]+", GAP)
    return re.compile(r"(?<![a-z0-9])" + pattern + r"(?![a-z0-9])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def find_phrase(folded: str, phrase: str) -> Span | None:
    m = phrase_pattern(phrase).search(folded)
    return Span(m.start(), m.end()) if m else None


_SENTENCE_END = re.compile(r"[.!?\n]")


def quote(text: str, span: Span, max_len: int = 220) -> str:
    """The sentence of `text` around `span`, shortened around the match when too long."""
    start = span.start
    while start > 0 and not _SENTENCE_END.match(text[start - 1]):
        start -= 1
    end = span.end
    while end < len(text) and not _SENTENCE_END.match(text[end]):
        end += 1
    if end < len(text) and text[end] in ".!?":
        end += 1
    sentence = text[start:end].strip()
    if len(sentence) <= max_len:
        return " ".join(sentence.split())
    lo = max(start, span.start - max_len // 2)
    hi = min(end, lo + max_len)
    snippet = " ".join(text[lo:hi].split())
    return ("…" if lo > start else "") + snippet + ("…" if hi < end else "")
