"""Sentences of a case that state no fact of it: the writer puts their matter off. Pure.

"Later speelt waarschijnlijk ook een verhuizing"; a sentence followed by "Dat is nu niet het punt" (or
ending in ", maar dat is nu niet de vraag"); a
matter the client wants left alone ("…; daar wil hij nu niets mee"); a rumour about the rules with a
generic "je" ("Haar buurman heeft gehoord dat je …"). casetext.CaseText skips these sentences.
"""

from __future__ import annotations

import re

# a matter the case itself puts off: "later ... waarschijnlijk/misschien", or the next sentence says
# that it is not the point now
_HEDGE = r"(?:waarschijnlijk|misschien|mogelijk|eventueel|wellicht)"
_LATER_MAYBE = re.compile(rf"\blater\b[^.!?]*\b{_HEDGE}\b|\b{_HEDGE}\b[^.!?]*\blater\b", re.IGNORECASE)
_NOT_THE_POINT = re.compile(
    r"^\W*(?:dat|dit)\s+(?:is|speelt)\s+(?:nu\s+)?(?:nog\s+)?niet\s+(?:het\s+punt|aan\s+de\s+orde|de\s+vraag|van\s+belang)\b",
    re.IGNORECASE,
)
# the same remark as a second clause of the sentence: "Schuldhulp wil zij ooit wel, maar dat is nu niet de
# vraag" puts off the clause before it
_NOT_THE_POINT_AFTER = re.compile(
    r"[,;]\s*(?:maar\s+)?(?:dat|dit)\s+(?:is|speelt)\s+(?:nu\s+)?(?:nog\s+)?niet\s+"
    r"(?:het\s+punt|aan\s+de\s+orde|de\s+vraag|van\s+belang)\b",
    re.IGNORECASE,
)
# A sentence that reports a rumour about the rules, with a generic "je" or "men" ("Haar buurman heeft
# gehoord dat je met een lening ook ... mag"), or a matter the client wants left alone now ("daar wil
# hij nu niets mee", "dat laat zij nu rusten"): no fact of the case
_RUMOUR = re.compile(
    r"\b(?:gehoord|hoorde|hoorden|gelezen|las|lazen|horen\s+zeggen)(?:\s+(?:ooit|ergens|eens|wel|ook))?\s*,?\s+"
    r"dat\s+(?:je|men|jij)\b",
    re.IGNORECASE,
)
# A rule that a bystander only suggests ("Een collega opperde de regel over …", "Een stagiair noemde …"):
# a suggestion about the rules, not a fact of the case
_SUGGESTED = re.compile(
    r"^\W*(?:een|mijn|onze|haar|zijn)\s+(?:andere\s+)?(?:collega|vriend(?:in)?|kennis|buurman|buurvrouw|stagiair[e]?|"
    r"vrijwilliger|teamgenoot|ander)\b[^.!?]{0,60}?\b(?:opperde|noemde|suggereerde|tipte|dacht\s+aan|stelde\s+voor|"
    r"had\s+het\s+over)\b",
    re.IGNORECASE,
)
_LEFT_ALONE = re.compile(
    r"\b(?:daar|dat|dit)\s+(?:wil|wilt|willen)\s+(?:hij|zij|ze|mevrouw|meneer|de\s+cli[eë]nt|het\s+gezin)\s+"
    r"(?:nu\s+)?(?:(?:nog\s+)?(?:even\s+)?)(?:niets|niks)\s+mee\b"
    r"|\b(?:dat|dit|die|daar)\s+(?:laat|laten)\s+(?:hij|zij|ze|mevrouw|meneer|wij|we)\s+(?:nu\s+)?(?:even\s+)?rusten\b",
    re.IGNORECASE,
)


# A label that opens a paragraph of matters outside the question ("Wat niet speelt:", "Niet de vraag nu:",
# "Overige zaken (niet de vraag):", "Bijkomend, maar niet mijn vraag:", a heading line "Bijzaken"): every sentence up to the next blank line
# states no fact of the case
_ASIDE = r"(?:wat\s+n[ií][eé]t\s+speelt|n[ií][eé]t\s+(?:de|mijn|onze|uw)\s+vraag|niet\s+aan\s+de\s+orde|buiten\s+de\s+vraag|bijzaken)"
_NOT_AT_ISSUE_LABEL = re.compile(
    rf"^\W*[^:\n.]{{0,40}}?\b{_ASIDE}\b[^:\n.]{{0,15}}:|^\W*{_ASIDE}\W*\n",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n\s*\n")


def not_at_issue_sentences(text: str, spans) -> set[int]:
    """The starts of the sentences in a paragraph opened by a label such as "Wat niet speelt:"."""
    out: set[int] = set()
    for span in spans:
        if not _NOT_AT_ISSUE_LABEL.match(text[span.start : span.end]):
            continue
        end = _BLANK_LINE.search(text, span.start)
        stop = end.start() if end else len(text)
        out.update(s.start for s in spans if span.start <= s.start < stop)
    return out


def put_off_sentences(text: str, spans) -> frozenset[int]:
    """The starts of the sentences that put their matter off: "Later speelt waarschijnlijk ook een
    verhuizing", a sentence followed by "Dat is nu niet het punt", one the client wants left alone
    ("…; daar wil hij nu niets mee"), a rumour about the rules ("ze hoorde dat je …"), a rule a bystander
    only suggests ("Een collega opperde …") and the paragraph after a label such as "Wat niet speelt:"."""
    out = not_at_issue_sentences(text, spans)
    for i, span in enumerate(spans):
        if any(
            p.search(text[span.start : span.end])
            for p in (_LATER_MAYBE, _RUMOUR, _SUGGESTED, _LEFT_ALONE, _NOT_THE_POINT_AFTER)
        ):
            out.add(span.start)
        if i and _NOT_THE_POINT.match(text[span.start : span.end]):
            out.add(spans[i - 1].start)
    return frozenset(out)
