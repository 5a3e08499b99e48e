"""Dutch phrase patterns with inflection, matched on folded text (offsets stay valid). Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.folding import fold
from assistant.text.spans import Span

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


def find_phrase(folded: str, phrase: str) -> Span | None:
    m = phrase_pattern(phrase).search(folded)
    return Span(m.start(), m.end()) if m else None
