"""Sentences of a case that state no fact of it: the writer puts their matter off. Pure.

"Later speelt waarschijnlijk ook een verhuizing"; a sentence followed by "Dat is nu niet het punt" or "Dat
is voor later" (or ending in ", maar dat is nu niet de vraag", ", maar dat komt later"); a
matter the client wants left alone ("…; daar wil hij nu niets mee"); a rumour about the rules with a
generic "je" ("Haar buurman heeft gehoord dat je …"). casetext.CaseText skips these sentences.
"""

from __future__ import annotations

import re

# a matter the case itself puts off: "later ... waarschijnlijk/misschien", or the next sentence says
# that it is not the point now
_HEDGE = r"(?:waarschijnlijk|misschien|mogelijk|eventueel|wellicht)"
_LATER_MAYBE = re.compile(rf"\blater\b[^.!?]*\b{_HEDGE}\b|\b{_HEDGE}\b[^.!?]*\blater\b", re.IGNORECASE)
# ... or that it is for later ("Dat is voor later", "maar dat komt later")
_FOR_LATER = r"(?:dat|dit)\s+(?:is|komt)\s+(?:pas\s+)?(?:iets\s+)?(?:voor\s+)?later\b"
_NOT_THE_POINT = re.compile(
    r"^\W*(?:(?:dat|dit)\s+(?:is|speelt)\s+(?:nu\s+)?(?:nog\s+)?niet\s+(?:het\s+punt|aan\s+de\s+orde|de\s+vraag|van\s+belang)\b"
    rf"|{_FOR_LATER})",
    re.IGNORECASE,
)
# the same remark as a second clause of the sentence: "Schuldhulp wil zij ooit wel, maar dat is nu niet de
# vraag" puts off the clause before it
_NOT_THE_POINT_AFTER = re.compile(
    r"[,;]\s*(?:maar\s+)?(?:(?:dat|dit)\s+(?:is|speelt)\s+(?:nu\s+)?(?:nog\s+)?niet\s+"
    rf"(?:het\s+punt|aan\s+de\s+orde|de\s+vraag|van\s+belang)\b|{_FOR_LATER})",
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
# A bystander's view of which rule or article applies ("Collega X zei dat artikel 16 hier past", "Iemand
# anders noemde bezwaar buiten de termijn (6:11 Awb)", "De stagiair wil aanvoeren dat op grond van …"):
# a proposal about the rules, not a fact of the case
_BYSTANDER_CITES = re.compile(
    r"^\W*(?:(?:een|mijn|onze|haar|zijn|hun|jouw|je|uw)\s+)?(?:andere\s+)?(?:collega|stagiair[e]?|vrijwilliger|"
    r"teamgenoot|iemand|kennis|vriend(?:in)?|buurman|buurvrouw|oud-collega)\b[^.!?]{0,60}?"
    r"\b(?:zei|zegt|meende|meent|noemde|noemt|opperde|oppert|dacht|denkt|vond|vindt|suggereerde|tipte|stelde\s+voor|"
    r"wil(?:de)?\s+aanvoeren|wil(?:de)?\s+(?:een\s+)?beroep\s+doen)\b"
    r".{0,200}?(?:\b(?:artikel|art\.|lid)\s*\d|\b\d{1,2}:\d{1,3}[a-z]?\b|\bop\s+grond\s+van\b|\binroepen\b)",
    re.IGNORECASE,
)
# A belief of one of the professional's colleagues ("Collega Anna meende dat …", "Iemand dacht dat …"; not
# a relative or neighbour, whose words belong to the client's situation) and an indirect question near the
# start of a sentence ("Ook kwam de vraag of …", "Zij vraagt zich af of …") assert nothing about the case
_BELIEF_OR_QUESTION = re.compile(
    r"^\W*(?:(?:een|mijn|onze|jouw|je|uw)\s+)?(?:andere\s+)?(?:collega|stagiair[e]?|vrijwilliger|"
    r"teamgenoot|iemand|oud-collega)\b[^.!?]{0,60}?"
    r"\b(?:meende|meent|dacht|denkt|vond|vindt|vermoedde|vermoedt)\s+dat\b"
    r"|^\W*(?:[\w'-]+\s+){0,6}?(?:de\s+vraag|vraagt\s+zich\s+af|vroeg\s+zich\s+af|vragen\s+zich\s+af)\s+of\b",
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
# A label that opens a paragraph of other people's advice, ideas or opinions ("Adviezen die ik kreeg:",
# "Ideeën die al langskwamen:", "Binnen het team zijn twee ideeën geopperd:", "Meningen in mijn team:",
# "Wat ik hoorde:", "Wat anderen zeiden (volgens moeder):"): what others suggest about the rules is no
# fact of the case, up to the next blank line
_ADVICE = (
    r"(?:adviezen|tips|idee[eë]n|suggesties|meningen|opvattingen|geopperd|gesuggereerd|"
    r"wat\s+(?:ik|we|wij)\s+(?:hoorde|hoorden|te\s+horen\s+kreeg|te\s+horen\s+kregen)|"
    r"wat\s+(?:anderen|collega'?s|mensen|men|de\s+omgeving)\s+(?:zei|zeiden|zeggen|zegt|vinden|vindt|denken|adviseren|opperden))"
)
_ADVICE_LABEL = re.compile(rf"^\W*[^:\n.!?]{{0,50}}?\b{_ADVICE}\b[^:\n.!?]{{0,40}}:[ \t]*(?:\n|$)", re.IGNORECASE)
# ... but what a doctor or a body said is evidence ("Wat ik hoorde van de gemeente:", "Adviezen van de arts:")
_BODIES = (
    r"(?:(?:huis|bedrijfs|verzekerings|jeugd)?arts|specialist|psychiater|psycholoog|gemeente|uwv|svb|toeslagen|"
    r"belastingdienst|rechter|ind|cak|ciz|duo|cjib|werkgever|school)"
)
_OFFICIAL = re.compile(rf"\b{_BODIES}\b", re.IGNORECASE)
# A line that gives a bystander's words ("Collega bij de Wmo: \"Vraag …\"", "- Buurman van vader: \"…\"",
# "Een andere vrijwilliger: \"…\""): a suggestion, not a fact of the case, up to the end of the quote
_BYSTANDER = (
    r"(?:(?:een|mijn|onze|haar|zijn|hun)\s+)?(?:andere\s+)?(?:collega|vriend(?:in)?|kennis|buurman|buurvrouw|buren|"
    r"stagiair[e]?|vrijwilliger|teamgenoot|iemand|mentor|oud-collega)"
)
_BYSTANDER_SAYS = re.compile(
    rf"^\W*{_BYSTANDER}\b[^:\n.!?\"“”]{{0,50}}:\s*[\"“„']", re.IGNORECASE
)
# "Iemand van de gemeente: \"…\"": an unnamed person at a body speaks for it
_SPEAKS_FOR_A_BODY = re.compile(rf"^\W*iemand\s+(?:bij|van|op)\s+(?:de|het)\s+{_BODIES}\b", re.IGNORECASE)
_QUOTE_END = re.compile(r"[\"”'](?=\s|$|[.,;:!?)])")


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


def advice_sentences(text: str, spans) -> set[int]:
    """The starts of the sentences in a paragraph opened by a label of other people's advice
    ("Adviezen die ik kreeg:") and of a bystander's quoted words ("Collega: \"…\""), up to the end
    of the quote."""
    out: set[int] = set()
    for span in spans:
        sentence = text[span.start : span.end]
        label = _ADVICE_LABEL.match(sentence)
        if label and not _OFFICIAL.search(label.group(0)):
            end = _BLANK_LINE.search(text, span.start)
            stop = end.start() if end else len(text)
        elif (said := _BYSTANDER_SAYS.match(sentence)) and not _SPEAKS_FOR_A_BODY.match(said.group(0)):
            opening = said.end()
            close = _QUOTE_END.search(text, span.start + opening)
            line_end = _BLANK_LINE.search(text, span.start)
            stop = min(close.end() if close else len(text), line_end.start() if line_end else len(text))
        else:
            continue
        out.update(s.start for s in spans if span.start <= s.start < stop)
    return out


def put_off_sentences(text: str, spans) -> frozenset[int]:
    """The starts of the sentences that put their matter off: "Later speelt waarschijnlijk ook een
    verhuizing", a sentence followed by "Dat is nu niet het punt", one the client wants left alone
    ("…; daar wil hij nu niets mee"), a rumour about the rules ("ze hoorde dat je …"), a rule a bystander
    only suggests ("Een collega opperde …", "Iemand noemde artikel …") or believes ("Collega X meende dat …"),
    an indirect question ("Ook kwam de vraag of …"), the paragraph after a label such as "Wat niet speelt:" and
    other people's advice (advice_sentences)."""
    out = not_at_issue_sentences(text, spans) | advice_sentences(text, spans)
    for i, span in enumerate(spans):
        if any(
            p.search(text[span.start : span.end])
            for p in (_LATER_MAYBE, _RUMOUR, _SUGGESTED, _BYSTANDER_CITES, _BELIEF_OR_QUESTION, _LEFT_ALONE,
                      _NOT_THE_POINT_AFTER)
        ):
            out.add(span.start)
        if i and _NOT_THE_POINT.match(text[span.start : span.end]):
            out.add(spans[i - 1].start)
    return frozenset(out)
