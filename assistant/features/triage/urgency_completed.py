"""Support that ends because its work is done: guidance whose trajectory the text calls finished
("traject afgerond", "doelen behaald") ends as planned, it does not drop out; the end date is no
spoed by itself and stays to check. Pure."""

from __future__ import annotations

from assistant.features.triage.rules import rx
from assistant.text.spans import Span

_FINISHED = rx(
    r"\b\w*(?:traject|begeleiding|hulpverlening)\w*\b(?:\s+\S+){0,3}?\s+(?:is\s+|wordt\s+)?(?:afgerond|voltooid)\b|"
    r"\b(?:doelen|hulpvraag)\s+(?:zijn\s+|is\s+)?(?:behaald|bereikt|beantwoord)\b"
)

# What ends is the support itself: "de begeleiding eindigt per 1 juni", "het traject stopt".
_SUPPORT_ENDS = rx(
    r"\b\w*(?:begeleiding|traject|hulpverlening|zorg)\w*\b(?:\s+\S+){0,4}?\s+(?:stopt|eindigt|loopt\s+af|houdt\s+op)\b"
)


def ends_as_planned(text: str, span: Span) -> bool:
    """Does the sentence say the support that ends there has done its work (another term in it stays)?"""
    return bool(
        _SUPPORT_ENDS.search(text, span.start, span.end) and _FINISHED.search(text, span.start, span.end)
    )
