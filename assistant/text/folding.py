"""Accent-free lower case that keeps offsets: the one fold of the project. Pure."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without diacritics, one character per input character (offsets stay valid):
    "vóór" -> "voor", "Cliënt" -> "client"."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out).replace("’", "'").replace("‘", "'")
