"""A roof that is secured for months: a homeless person who has a promised or fixed place (in the
opvang, with family) until a season or date months after the note is not without a place within
weeks; the homelessness stays to check, it does not make spoed by itself. Pure."""

from __future__ import annotations

from assistant.features.triage.rules import rx
from assistant.features.triage.urgency_time import NoteDate, timing
from assistant.text.spans import Span

# A place that is promised or fixed: "heeft een vaste plek toegezegd gekregen", "bed is gegarandeerd".
_SECURED = rx(
    r"\b(?:vaste\s+)?(?:plek|plaats|kamer|bed|slaapplek|slaapplaats|opvangplek|opvangplaats)\b[^.;]{0,60}?"
    r"\b(?:toegezegd|gegarandeerd|zeker|vastgelegd|geregeld|gereserveerd)\b|"
    r"\b(?:toegezegd|gegarandeerd)\b[^.;]{0,40}?\b(?:plek|plaats|kamer|bed|slaapplek|slaapplaats)\b"
)
# Until when: a season ("tot de lente", "tot in het voorjaar") or a date that timing() places.
_UNTIL = rx(r"\btot\s+(?:in\s+)?(?:de\s+|het\s+)?(lente|voorjaar|zomer|herfst|najaar|winter)\b")
_SEASON_MONTH = {"lente": 3, "voorjaar": 3, "zomer": 6, "herfst": 9, "najaar": 9, "winter": 12}


def _season_far(month: int, ref: NoteDate | None) -> bool:
    """A season starting two months or more after the note (unknown note date: not far)."""
    if ref is None:
        return False
    return (month - ref.value.month) % 12 >= 2


def secured_for_months(text: str, span: Span, ref: NoteDate | None) -> bool:
    """Does the sentence say a place to sleep is secured until a time months after the note?"""
    if not _SECURED.search(text, span.start, span.end):
        return False
    season = _UNTIL.search(text, span.start, span.end)
    if season:
        return _season_far(_SEASON_MONTH[season.group(1).lower()], ref)
    return timing(text, span, ref) == "far"
