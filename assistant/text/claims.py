"""Decision language: a draft advises, it never decides or promises an outcome. Pure.

One list for every verifier of model wording ("u heeft recht op", "wordt toegekend", "krijgt zeker").
"""

from __future__ import annotations

import re

DECISION_LANGUAGE = re.compile(
    r"\b(?:(?:u|je|jij|hij|zij|ze|cliënte?|client|mevrouw|meneer|de\s+inwoner|de\s+cli[eë]nt)\s+)?"
    r"(?:heeft|hebt|heb|hebben|krijgt|krijg)\s+recht\s+op\b"
    r"|\b(?:wordt|worden|is|zal\s+worden|zullen\s+worden)\s+(?:\w+\s+)?toegekend\b|\btoegekend\b"
    r"|\bbesloten\b|\bbeslist\b|\bwordt\s+afgewezen\b|\bzal\s+worden\s+uitbetaald\b"
    r"|\bkrijgt\s+u\b|\bkrijgt\s+(?:zeker|gegarandeerd)\b|\bis\s+verplicht\s+om\s+toe\s+te\s+kennen\b",
    re.IGNORECASE,
)


_NEGATED_BEFORE = re.compile(r"\b(?:niet|geen|nog|nooit|zonder)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


def decision_language(text: str, allowed_in: str = "") -> list[str]:
    """The decision phrases in `text`, except those that `allowed_in` (the input) itself uses and
    negated ones ("zolang zij nog niet heeft beslist" states no outcome)."""
    source = allowed_in.lower()
    text = text or ""
    return [
        m.group(0) for m in DECISION_LANGUAGE.finditer(text)
        if m.group(0).lower() not in source and not _NEGATED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    ]  # fmt: skip
