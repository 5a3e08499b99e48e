"""The clause geometry of a categorie-3 cue: where its clause starts and ends in the sentence, and which
stretch is the waiting side and which the condition ("X doet pas … als Y …", "(Pas) als Y …, doet X …",
"X kan niet …: Y heeft nog niet …", "…, maar alleen als:" and a list). Pure."""

from __future__ import annotations

import re

from assistant.text.spans import Span

# Clause boundaries, and a full stop before a capital that the sentence splitter took for shorthand.
_CLAUSE_BOUNDARY = re.compile(r"[;:]|\bmaar\b|\.\s+(?=[A-Z])")
# A colon and the list lines after it ("maar alleen als:\n- schuldhulp bevestigt …\n- …").
_LIST_AFTER = re.compile(r":[ \t]*\n(?:[ \t]*(?:[-•*]|\d+[.)])[^\n]*(?:\n|$))+")
BUT_BEFORE = re.compile(r"\bmaar\s*$", re.I)


def sides(text: str, span: Span, m: re.Match) -> tuple[tuple[int, int], tuple[int, int]]:
    """(dependent side, condition side) as offsets: the cue's clause split at its anchor."""
    group = next((g for g in ("cond", "cond2") if m.groupdict().get(g)), None)
    if group:
        cond = (span.start + m.start(group), span.start + m.end(group))
        start, end = clause(text, span, span.start + m.start())
        return (cond[1], end), cond
    anchor = span.start + next(
        (m.start(g) for g in ("a", "a2", "a3", "a4", "a5", "a6", "a7") if m.groupdict().get(g)), m.start()
    )
    start, end = clause(text, span, anchor)
    if text[anchor] == ":":  # "X kan niet betalen: Y heeft nog niet …": the reason follows the colon
        reason = (anchor + 1, clause(text, span, anchor + 1)[1])
        if BUT_BEFORE.search(text, max(span.start, start - 8), start):
            return (clause(text, span, start - 6)[0], anchor), reason  # "X heeft …, maar kan niet …:"
        return (start, anchor), reason
    listed = _LIST_AFTER.match(text, end)
    cond_end = listed.end() if listed else end  # "alleen als:" and a list: the listed items are the condition
    if BUT_BEFORE.search(text, max(span.start, start - 8), start) and len(text[start:anchor].split()) <= 2:
        # "zij willen de ontruiming opschorten, maar alleen als …": the restriction belongs to the clause before
        return (clause(text, span, start - 6)[0], anchor), (anchor, cond_end)
    if listed:
        return (start, anchor), (anchor, cond_end)
    comma = text.find(",", anchor, end)
    if len(text[start:anchor].split()) <= 2 and comma > 0:
        return (comma + 1, end), (
            anchor,
            comma,
        )  # "(Pas) als/Zolang Y …, doet X …": the condition comes first
    return (start, anchor), (anchor, end)


def clause(text: str, span: Span, pos: int) -> tuple[int, int]:
    """The stretch of the sentence around `pos` between clause boundaries (; : maar)."""
    start, end = span.start, span.end
    for b in _CLAUSE_BOUNDARY.finditer(text, span.start, span.end):
        if b.end() <= pos:
            start = b.end()
        elif b.start() >= pos:
            end = b.start()
            break
    return start, end
