"""Who waits, when the waiting side of a conditional names no organisation: the one that says it.

"X zegt: …", "Die laat weten dat …", a label ("Toeslagen aan de telefoon: …"), a pronoun for the one
organisation of the sentence before, and "wij" inside a quote: the organisation named before the
quote opens, in the same paragraph or list item ("melding bij het Wmo-loket. De consulent zei: \"Wij
nemen het pas in behandeling als …\""), which is to check; not when the client or a relative speaks.
"""

from __future__ import annotations

import re

from assistant.features.triage.linking import named_by_head
from assistant.features.triage.linking import units_in as _units_in
from assistant.text.spans import Span

# Who says the conditional: "Die zegt:", "De leverancier laat weten:", "Zij schrijven dat".
_SPEAKER = re.compile(
    r"\b(?:zegt|zei|zeggen|zeiden|schrijft|schreef|schrijven|meldt|meldde|stelt|stelde|antwoordt|antwoordde|"
    r"laat\s+weten|liet\s+weten|laten\s+weten|geeft\s+aan|gaf\s+aan)\b[^.;]{0,30}?(?::|\bdat\b)\s*[\"“'‘]?"
    # the subject of the reported clause may come before the conditional: "zeiden ze dat ze zonder … niets kunnen"
    r"(?:\s*(?:ze|zij|hij|die|wij|we)\b)?\s*$",
    re.I,
)

# A label at the start of a sentence: "Toeslagen aan de telefoon: …", "- UWV: …".
_LABEL = re.compile(
    r"[ \t\-•*]*[^:;\n]{1,40}?:(?:\s|$)"
)  # "$": the clause after the label may start right at the colon
# also in a reported clause: "…, maar dat ze niks uitbetalen zolang …"
_PRONOUN_SPEAKER = re.compile(
    r"^\W*(?:dat\s+(?=(?:ze|zij|die)\b))?(?:(?:ook|dan|daarom)\s+)?(?:die|deze|zij|ze|dat\s+bedrijf|daar)\b", re.I
)
# "wij" as subject of the waiting side, also after its verb when a condition comes first ("Als u …,
# zetten wij …"), and the quote mark that opens what a party said.
_WE_SUBJECT = re.compile(r"\W*(?:dan\s+)?(?:[a-z]\w+\s+)?(?:wij|we)\b", re.I)
_QUOTE_OPEN = re.compile(r"[\"“](?=[^\"“”]*$)")
# The quote is the client's or a relative's: "Mw. zei:", "Haar zoon: …".
_CLIENT_SPEAKS = re.compile(
    r"\b(?:mw|dhr|mevr|mevrouw|meneer|cli[eë]nt\w*|cl|ze|zij|hij|moeder|vader|zoon|dochter|partner|gezin)\b\.?"
    r"(?:\s+[^\s:]+){0,3}?\s*:?\s*$",
    re.I,
)
WE_NOTE = 'Wie met "wij" bedoeld is, is afgeleid uit de organisatie die vóór het citaat genoemd wordt.'


def speaker(text, span: Span, side_start: int, parties, before: list[str], condition: list[str]) -> list[str]:
    """The organisation that says or does the conditional ("X zegt: …", "Die laat weten dat …",
    "Gesprek met X: zij willen …"): named earlier in the sentence, or, for a pronoun, the one
    organisation of the sentence before."""
    lead = text[span.start : side_start]
    pronoun_subject = bool(_PRONOUN_SPEAKER.match(text[side_start : span.end]))
    label = _LABEL.match(text, span.start, side_start)
    if label:  # "X aan de telefoon: zonder … geen …": the organisation of the label speaks
        named = [u for u in _units_in(parties, span.start, label.end()) if u not in condition]
        if len(named) == 1:
            return named
        short = named_by_head(text, span.start, label.end(), parties, condition)
        if short:
            return short
    if not _SPEAKER.search(lead) and not pronoun_subject:
        return []  # neither "X zegt: …" nor "X (…): zij willen …, maar alleen als …"
    named = [u for u in _units_in(parties, span.start, side_start) if u not in condition]
    if named:
        return named[-1:]
    if (pronoun_subject or _PRONOUN_SPEAKER.match(lead)) and len(before) == 1 and before[0] not in condition:
        return before
    return []


def label_unit(text, span: Span, side_start: int, parties) -> str | None:
    """The one organisation a sentence's label names ("Oostland Jeugd: … kan alleen … met een
    beschikking van de gemeente"): the speaker, also when its own scheme recurs in the condition."""
    label = _LABEL.match(text, span.start, side_start)
    named = _units_in(parties, span.start, label.end()) if label else []
    return named[0] if len(named) == 1 else None


def quoted_we(text: str, span: Span, dep_side, parties, condition: list[str]) -> list[str]:
    """ "Wij" inside a quote is the organisation the quote is from: the last one named before the
    quote opens, in the same paragraph or list item, else (that stretch names only the condition) the
    last other one named before it."""
    we = _WE_SUBJECT.match(text, dep_side[0], dep_side[1])
    if not we:
        return []
    item = max(text.rfind("\n\n", 0, span.start), text.rfind("\n-", 0, span.start), 0)
    quote = _QUOTE_OPEN.search(text, item, we.end())
    if not quote or text.count('"', item, we.end()) % 2 == 0 and "“" not in quote.group(0):
        return []  # not inside a quote
    if _CLIENT_SPEAKS.search(text, max(item, quote.start() - 60), quote.start()):
        return []  # "Mw. zei: \"Wij …\"": the client's household, not an organisation
    named = [p.unit for p in parties if item <= p.start < quote.start() and p.unit not in condition]
    if not named:  # the paragraph names only the condition: the last other organisation named before it
        named = [p.unit for p in parties if p.start < item and p.unit not in condition]
    return named[-1:]
