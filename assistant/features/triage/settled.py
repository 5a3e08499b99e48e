"""Mentions of a matter that is settled or history: the note says there is no question there ("loopt
gewoon door", "is afgerond", "daar geen vragen over", "betaalt netjes"), or dates it in an earlier year
with nothing still open, or lists it as history ("Voorgeschiedenis: …", "(2015-2019)").
"""

from __future__ import annotations

import re

from assistant.features.triage.urgency_time import note_date
from assistant.knowledge.organisations import OrgMention
from assistant.text.spans import Span

_F = re.IGNORECASE

_NO_QUESTION_LATER = re.compile(
    r"\b(?:loopt|lopen|gaat|gaan)\s+(?:(?!niet\b|nog\b)\S+\s+)?goed\b(?!\s+mis\b)|"
    r"\bstaat\s+(?:hier\s+|daar\s+)?(?:\S+\s+)?los\s+van\b|"
    r"\b(?:daar|hier)\s+(?:\S+\s+){0,3}?(?:geen\s+vragen?|niet\s+over)\b|"
    r"\b(?:dat|dit|die|inkomen|geld)\s+(?:is|zijn)\s+(?:dus\s+|ook\s+)?geen\s+(?:probleem|punt|zorg)\b|"
    r"\bniets\s+aan\s+de\s+hand\b|\b(?:is|gaat|loopt)\s+alles\s+(?:in\s+orde|goed|prima)\b|\b(?:daar|hier)\s+verandert\s+niets\b|"
    # a settled state: "dat traject is klaar", "is in orde", "loopt gewoon door", "(afgesloten)",
    # "daar is niks mis mee", "doet daar niks mee"
    r"\b(?:is|zijn|was|waren|werd|al|inmiddels)\s+(?:(?!niet\b|nog\s+niet\b)\S+\s+){0,2}?(?:afgerond|afgesloten|gesloten|klaar|opgelost|"
    r"in\s+orde|op\s+orde)\b|\((?:\s*(?:al|inmiddels))?\s*(?:afgerond|afgesloten|gesloten|klaar|opgelost)\b|"
    r"\b(?:loopt|lopen)\s+(?:nog\s+)?(?:gewoon|prima|normaal)(?:\s+door)?\b(?!\s+(?:niet|af|op|mis)\b)|"
    r"\b(?:niks|niets)\s+mis\b|\b(?:doet|doen|deed)\s+(?:daar|hier)\s+(?:\S+\s+)?(?:niks|niets)\b|"
    r"\b(?:loopt|lopen)\s+(?:\S+\s+){1,3}?(?:normaal|gewoon|prima)\b(?!\s+(?:niet|af|op|mis)\b)|"
    r"\bgeen\s+vragen?\s+(?:over|meer)\b|\ben\s+klopt\s*(?:[.,;)]|$)|"
    # no action is needed: "van ons geen actie nodig", "geen verdere actie vereist"
    r"\bgeen\s+(?:verdere\s+|extra\s+)?actie\s+(?:meer\s+)?(?:nodig|vereist)(?=\s*(?:[.;,)]|$))|\bniet\s+aan\s+de\s+orde\b|\b(?:niets|niks)\s+(?:\S+\s+){0,3}?te\s+maken\b|"
    r"\bgeen\s+(?:achterstand\w*|betalingsachterstand\w*|probleem\s+meer|problemen\s+meer)\b|"
    # a step the clause reports as completed: "… heeft … met succes afgerond.", "is door X gedaan"
    r"(?<!\bniet\s)\b(?:afgerond|afgesloten|gesloten)\s*(?:[.,;)]|$)|"
    r"\b(?:is|zijn|werd|werden)\s+(?!(?:nog\s+)?niet\b)(?:\S+\s+){0,4}?(?:gedaan|afgehandeld|geregeld)\b|"
    r"\b(?:staat|staan)\s+(?:\S+\s+){0,2}?(?:niets|niks)\s+(?:meer\s+)?open\b|\bspeelt\s+(?:er\s+)?(?:\S+\s+)?(?:niets|niks)\b|"
    r"\b(?:niets|niks)\s+(?:meer\s+)?te\s+(?:regelen|doen)\b|\bgeen\s+(?:\w+\s+)?rol\b|"
    r"\b(?:daar|hier)\s+(?:\S+\s+){0,3}?(?:niets|niks|geen\s+vragen?)\s+(?:\S+\s+)?over\b|"
    # done as it should be: "de bank heeft keurig meegewerkt", "netjes afgehandeld"
    r"\b(?:netjes|keurig)\s+(?:\S+\s+){0,3}?(?:meegewerkt|geleverd|gestuurd|opgestuurd|afgehandeld|verwerkt)\b|"
    # an offer that stays open for later: "staat open als het toch niet lukt"
    r"\bstaat\s+(?:nog\s+)?open\s+(?:als|voor\s+het\s+geval|mocht)\b|"
    # the client does not want it involved: "… niet dat de bewindvoerder erbij betrokken wordt"
    r"^\s*(?:\S+\s+){0,2}?(?:hierbij|erbij|daarbij|er\s+bij)\s+betrokken\s+(?:wordt|raakt|worden)\b|"
    # a clause that refers back and says nothing needs doing or runs there: "daar hoeft hij niets mee"
    r"\b(?:daar|hier)\s+(?:hoef|hoeft|hoeven|hoefde|loopt|lopen|speelt)\s+(?:\S+\s+){0,3}?(?:niets|niks)\b|"
    # the organisation put right the problem just named (a pronoun object refers back): "heeft dat gisteren hersteld"
    r"\b(?:heeft|hebben|had|hadden)\s+(?:dat|dit|het|alles)\s+(?:(?!niet\b|nog\b|nooit\b|geen\b)\S+\s+){0,3}?"
    r"(?:rechtgezet|hersteld|gecorrigeerd|opgelost|uitbetaald|nabetaald|terugbetaald)\b|"
    # a clause that refers back and says nothing is the matter there: "daar is verder niks mee"
    r"\b(?:daar|hier)\s+(?:is|was)\s+(?:verder\s+|ook\s+)?(?:niets|niks)\s+(?:meer\s+)?mee\b|"
    # a that-clause that calls the step just named unneeded: "…, heb gezegd dat dat niet nodig is"
    r"\bdat\s+(?:dat|dit|het)\s+(?:ook\s+|echt\s+|helemaal\s+)?niet\s+(?:meer\s+)?nodig\s+(?:is|was)\b|"
    # not relevant to the question: "verder niet van belang", "niet verder besproken"
    r"\bniet\s+(?:meer\s+)?(?:van\s+belang|relevant)\b|\bniet\s+verder\s+besproken\b|"
    # a debt paid off: "de boete is afbetaald", "de schuld is inmiddels voldaan"; a source and a time may stand
    # between verb and participle: "is volgens haar in 2024 afgelost"
    r"\b(?:is|zijn|werd|werden|al|inmiddels)\s+(?:(?!niet\b|nog\b|nooit\b)\S+\s+){0,4}?(?:afbetaald|voldaan|afgelost|terugbetaald)\b|"
    # a debt paid in full: "is helemaal betaald", "volledig afbetaald"
    r"\b(?:helemaal|volledig|geheel)\s+(?:betaald|afbetaald|voldaan|terugbetaald)\b|"
    # a bare verdict that closes the clause in note style: "bevestiging gezien, klaar -", "Belastingdienst afgehandeld."
    r"(?<!\bniet\s)(?<!\bnog\s)(?<!\bmoet\s)(?<!\bligt\s)(?<!\bstaat\s)\b(?:klaar|afgehandeld)"
    r"(?=\s*(?:[-\u2013.;,()!]|$))|"
    # a bare "geregeld" with the time it was done, after a comma: "(…, geregeld vóór de verhuizing)"
    r"(?:^|[,(])\s*(?:al\s+)?geregeld\s+(?:vóór|voor|in|op|tijdens|bij)\s+(?!te\b)(?:de\s+|het\s+)?\w+(?!\s+(?:worden|te)\b)|"
    # "rond" as a bare verdict after a comma: "(indicatie in juli, rond)"
    r",\s*rond(?=\s*(?:[-\u2013.;,()!]|$))",
    _F,
)

# Found correct, closing its clause: "de aanslag klopt volgens haar wel", "zijn nagekeken en kloppen" (not
# "klopt niet", and not a condition: "pas als de BRP klopt").
_FOUND_CORRECT = re.compile(
    r"\b(?:klopt|kloppen|klopte|klopten)(?:\s+(?:volgens\s+(?:de\s+)?\S+|wel|gewoon|prima|helemaal|allemaal|ook))*"
    r"\s*(?:[.,;)]|$)",
    _F,
)
# The sentence closes by saying its matter is not the question: "…, klopt ook, daar gaat het niet om."
_NOT_THE_POINT = re.compile(
    r"\b(?:daar|hier|dat)\s+gaat\s+het\s+(?:hier\s+|nu\s+|ook\s+)?niet\s+om\b|\bdat\s+is\s+(?:hier\s+)?niet\s+de\s+vraag\b",
    _F,
)
_CONDITION_OPEN = re.compile(r"\b(?:als|zodra|wanneer|indien|tot|totdat|of|mits|zolang|tenzij|nadat)\b", _F)

# A verdict before a colon covers the explanation after it: "Zijn inkomen is op orde: hij krijgt AOW van de SVB."
_VERDICT_BEFORE_COLON = re.compile(
    r"[^:;\n]{0,60}?\b(?:is|zijn)\s+(?:(?!niet\b|nog\b)\S+\s+){0,2}?(?:in\s+orde|op\s+orde|geregeld|afgerond)\s*:",
    _F,
)

_BARE_PARTICIPLE = re.compile(r"\W*(?:afgerond|afgesloten|gesloten|klaar|afgehandeld)\W*$", _F)
_FUTURE = re.compile(r"\b(?:wordt|worden|zal|zullen|dreigt|dreigen|gaat|gaan)\b", _F)

_REFERS_BACK = re.compile(r"^\s*(?:die|dat|dit|deze|daar\w*|het\s+dossier|dat\s+dossier)\b", _F)

_TURN = re.compile(r"\b(?:maar|terwijl|echter|wel)\b|;", _F)

# Clause boundaries for a dated clause; a parenthesis does not end one ("Vroeger (2021) via de kredietbank").
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s(?:en|maar|want|omdat|terwijl)\s", _F)

# A year as the time of an event ("in 2025", "tot 2024", "voorjaar 2025", "(2021-2022)"), not the year a
# tax or benefit is about ("aanslag IB 2025", "toeslag over 2025").
_YEAR = re.compile(
    r"(?:\b(?:in|tot|t/m|eind|begin|medio|voorjaar|zomer|najaar|winter|januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december)\s+|\()((?:19|20)\d\d)(?!\d|[-/]\d{1,2}[-/])",
    _F,
)

_LAST_YEAR = re.compile(r"\bvorig\s+jaar\b|\bhet\s+afgelopen\s+jaar\b", _F)

_LABEL_COLON = re.compile(r"[\w\-]*\s*:\s*")

_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

# A clause that still runs or starts then: "sinds 2024", "nog", "nu", a debt or a procedure.
_STILL_OPEN = re.compile(
    r"\b(?:sinds|vanaf|per|nog|nu(?!\s+(?:niet|geen)\b)|weer|opnieuw|inmiddels|steeds|openstaand\w*|schuld(?!hulp)\w*|achterstand\w*|"
    r"bezwaar\w*|beroep\w*|terug\w*|loopt|lopen|wacht\w*|dreig\w*|moet|moeten|wil|wilt|willen)\b",
    _F,
)

_FORMER_BEFORE = re.compile(
    r"\b(?:vorige|vroegere|voormalige|oud-)\s*$|\b(?:vorige|vroegere|voormalige)\s+\w+\s*\(\s*$", _F
)

# Something the former organisation still owes or disputes: "heeft het vakantiegeld niet uitbetaald".
_CLAIM_ON_FORMER = re.compile(
    r"\b(?:niet|nooit)\s+(?:\S+\s+)?(?:uit)?betaald\b|\bvorder\w*|\bclaim\w*|(?<!geen\s)\b(?:geschil|conflict)\w*|\bweiger\w*",
    _F,
)

_HISTORY_LABEL = re.compile(
    r"^\W*(?:voorgeschiedenis|historie|eerder(?:e)?(?:\s+(?:contact\w*|hulp\w*|trajecten|instanties|betrokken\w*))?|"
    r"vroeger|verleden)\s*:",
    _F,
)

# A heading line that says its list is done ("Al geregeld:", "Afgerond / geregeld:"), not "Niet geregeld:"
# or "Nog te regelen:"; it governs the lines below it up to a blank line.
_DONE_HEADING = re.compile(
    r"^[ \t]*(?!.*\b(?:niet|nog|geen|te)\b)(?:al\s+|reeds\s+)?(?:geregeld|afgerond|afgehandeld|gedaan|klaar|rond)\b"
    r"[^\n:]{0,30}:[ \t]*$",
    _F | re.MULTILINE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

_ENDED_AFTER = re.compile(
    r"^[\w\-]*\s*\((?:\s*(?:van\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d|\s*tot\s+(?:vorig|vorige|afgelopen)\s+\w+|"
    r"\s*(?:tot|t/m)\s+(?:19|20)\d\d)\s*\)",
    _F,
)

# Payments that run as they should: "de vader betaalt netjes alimentatie", "de huur wordt keurig betaald".
_PAID_PROPERLY = re.compile(
    r"\b(?:betaalt|betalen|betaald|betaalde|maakt\s+over)\s+(?:\S+\s+){0,3}?(?:netjes|keurig|trouw|op\s+tijd)\b|"
    r"\b(?:netjes|keurig|trouw|op\s+tijd)\s+(?:\S+\s+){0,2}?(?:betaald|betaalt|betalen|overgemaakt|afgeschreven)\b|"
    r"\b(?:daar|hier)\s+is\s+(?:verder\s+)?(?:niets|niks)\s+mee\b|"
    # an organisation that has duly told the client: "de werkgever heeft hem netjes laten weten dat …"
    r"\b(?:netjes|keurig)\s+(?:\S+\s+){0,2}?(?:laten\s+weten|liet\s+weten|gemeld|doorgegeven|ge[iï]nformeerd|ingelicht)\b",
    _F,
)

# A short sentence right after that refers back and closes the matter: "Dat is afgerond.", "Daar hoeven
# we niets mee.", "Daarmee is dat spoor klaar."
_WORDS_NOT_NEGATED = r"(?:(?!niet\b|nog\b|geen\b)\S+\s+)"  # "is (nog niet) afgerond": still open
_DONE = r"(?:afgerond|afgesloten|klaar|opgelost|geregeld|afbetaald|voldaan|in\s+orde|op\s+orde)"
_CLOSES_PREVIOUS = re.compile(
    # the next sentence may start on an indented continuation line of the same item
    r"[ \t]*(?:\n[ \t]+)?(?:"
    r"(?:dat|dit|daar|daarmee|hiermee|ook\s+dat|ook\s+dit)\b[^.!?\n]{0,40}?(?:"
    rf"\b(?:is|zijn|was)\s+{_WORDS_NOT_NEGATED}{{0,3}}?{_DONE}\b|"
    r"\b(?:hoeft|hoeven|hoefde)\s+(?:\S+\s+){0,3}?(?:niets|niks)\b)[^.!?\n]{0,20}[.!]|"
    # the verb first, then the pronoun that refers back: "Volgens het overzicht is die helemaal afbetaald."
    rf"[^.!?;\n]{{0,60}}?\b(?:is|zijn|was)\s+(?:die|dat|deze|dit)\s+{_WORDS_NOT_NEGATED}{{0,2}}?{_DONE}\b|"
    # a bare verdict as the next sentence: "… door Burgerzaken verwerkt. Afgerond."
    r"(?:(?:is|al|allemaal|inmiddels)\s+)?(?:afgerond|afgehandeld|geregeld|klaar|rond|gedaan)\s*[.!](?:\s|$)|"
    # a clause that refers back and says no action is needed: "Dat loopt, geen actie."
    r"(?:dat|dit|daar)\b[^.!?\n]{0,30}?,\s*geen\s+(?:verdere\s+)?actie(?:\s+nodig)?\s*[.!])",
    _F,
)


def no_question_there(text: str, m: OrgMention) -> bool:
    """Does the rest of the sentence (up to a turn: maar, terwijl, ;) say there is no question about
    it ("AOW via de SVB loopt goed, daar geen vragen over"), or that the client confuses it? A payment
    that runs as it should in the mention's clause ("betaalt netjes"), a clause after a semicolon or
    "maar" that refers back to it ("…; die heeft er niets mee te maken"), and a short next sentence that
    refers back and closes the matter ("Dat is afgerond."), count too."""
    return settled_at(text, m.start, m.end, m.sentence)


def settled_at(text: str, start: int, end: int, sentence: Span) -> bool:
    """no_question_there for the words at start:end of `sentence` (a mention, or a chain's words)."""
    after = text[end : sentence.end]
    turn = _TURN.search(after)
    clause_after = after[: turn.start()] if turn else after
    settled = _NO_QUESTION_LATER.search(clause_after)
    if settled and _threatened(clause_after, settled):
        settled = None
    if not settled and _found_correct(text, sentence, start, clause_after):
        return True
    if settled or _CLOSES_PREVIOUS.match(text, sentence.end) or under_done_heading(text, start):
        return True
    if _VERDICT_BEFORE_COLON.match(text, sentence.start, start) or _NOT_THE_POINT.search(text, end, sentence.end):
        return True
    clause_before = re.split(r"[,;:]|\bmaar\b", text[sentence.start : start])[-1]
    if _PAID_PROPERLY.search(clause_before + text[start:end] + clause_after):
        return True
    if turn and turn.group(0).lower() in (";", "maar"):
        rest = after[turn.end() :]
        nxt = _TURN.search(rest)
        clause = rest[: nxt.start()] if nxt else rest
        if nxt and nxt.group(0) == ";" and len(rest[nxt.end() :].split()) <= 5:
            clause = rest  # a short verdict after a semicolon: "…, maar dat bleek het vaste tarief; geen probleem meer"
        return bool(
            _REFERS_BACK.match(clause)
            and (_NO_QUESTION_LATER.search(clause) or _FOUND_CORRECT.search(clause))
        )
    return False


def under_done_heading(text: str, pos: int) -> bool:
    """Is `pos` in a list under a heading that says its items are done ("Al geregeld:"), before the
    blank line that ends that list? A heading governs its list, as a label governs its line."""
    block_start = max((b.end() for b in _BLANK_LINE.finditer(text, 0, pos)), default=0)
    headings = list(re.finditer(r"^[^\n:]{2,60}:[ \t]*$", text[block_start:pos], re.MULTILINE))
    return bool(headings) and bool(_DONE_HEADING.match(headings[-1].group(0)))


def _found_correct(text: str, sentence: Span, start: int, clause_after: str) -> bool:
    """Does the clause say the matter was found correct ("klopt volgens haar wel"), outside a condition
    ("pas als de BRP klopt")?"""
    found = _FOUND_CORRECT.search(clause_after)
    if not found:
        return False
    clause_start = max((b.end() for b in re.finditer(r"[,;:]", text[sentence.start : start])), default=0)
    lead = text[sentence.start + clause_start : start] + clause_after[: found.start()]
    return not _CONDITION_OPEN.search(lead)


def _threatened(clause: str, settled: re.Match) -> bool:
    """A bare participle after a future or threat ("worden gas en stroom op 3 mei afgesloten") is a
    step still to come, not a settled matter."""
    return bool(_BARE_PARTICIPLE.match(settled.group(0))) and bool(_FUTURE.search(clause, 0, settled.start()))


def in_history(text: str, m: OrgMention) -> bool:
    """Is the mention in a list of history ("Voorgeschiedenis: jeugdzorg, schuldhulp"), dated as
    ended ("jeugdzorg (2015-2019)", "de GI (tot vorig jaar)"), or in a clause dated in an earlier
    year with nothing still open ("de Raad deed in 2025 onderzoek", "was tot 2024 in behandeling")?"""
    line_start = max(text.rfind("\n", 0, m.start) + 1, m.sentence.start)
    if _HISTORY_LABEL.match(text[line_start : m.start]):
        return True
    if _ENDED_AFTER.match(text[m.end : m.sentence.end]) or _dated_before_now(text, m):
        return True
    return _former(text, m)


def _former(text: str, m: OrgMention) -> bool:
    """The client's former organisation ("haar vorige werkgever", "vorige werkgever (thuiszorg)") is
    history, unless its clause says something is still open there (a debt, a claim, a wait)."""
    before = text[max(m.sentence.start, m.start - 40) : m.start]
    if not _FORMER_BEFORE.search(before):
        return False
    bounds = [b.end() for b in _CLAUSE_SPLIT.finditer(text, m.sentence.start, m.start)]
    start = bounds[-1] if bounds else m.sentence.start
    cut = _CLAUSE_SPLIT.search(text, m.end, m.sentence.end)
    if _CLAIM_ON_FORMER.search(text, m.sentence.start, m.sentence.end):
        return False
    return not _STILL_OPEN.search(text[start : cut.start() if cut else m.sentence.end])


def _dated_before_now(text: str, m: OrgMention) -> bool:
    """The mention's clause names a year before the note's year (the heading's, else the latest year
    the note names), not as a start ("sinds 2024"), and says nothing is still open or happening now."""
    bounds = [b.end() for b in _CLAUSE_SPLIT.finditer(text, m.sentence.start, m.start)]
    start = bounds[-1] if bounds else m.sentence.start
    label = _LABEL_COLON.match(text, m.end)  # "verslavingszorg: contact in 2023, nu niet"
    rest = label.end() if label else m.end
    cut = _CLAUSE_SPLIT.search(text, rest, m.sentence.end)
    clause = text[start : cut.start() if cut else m.sentence.end]
    years = [int(y.group(1)) for y in _YEAR.finditer(clause)]
    last_year = _LAST_YEAR.search(clause)
    if not (years or last_year) or _STILL_OPEN.search(clause):
        return False
    if not years:
        return True  # "daar kreeg hij vorig jaar al kwijtschelding": an event of last year, nothing open
    dated = note_date(text)
    now = dated.value.year if dated else max(int(y) for y in _ANY_YEAR.findall(text))
    return max(years) < now
