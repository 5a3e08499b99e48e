"""The client's own income named only as an input to something else: "Dhr. heeft AOW en een pensioen van het
pensioenfonds, dat wordt dan in het gesprek bekeken", "zij kan de regeling betalen uit haar WW". The payer
of an income that is only looked at, counted or paid from is no party to the question when nothing in the
sentence is wrong, open or asked about it; it is listed as named, to check. A plain "zij krijgt bijstand van
de gemeente" stays a possible party: a running benefit may be part of the question.
"""

from __future__ import annotations

import re

from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE

INCOME = "alleen genoemd als inkomen van de cliënt"

_CLIENT = r"(?:dhr\.?|mw\.?|mevr\.?|mevrouw|meneer|cl\.?|cli[eë]nt\w*|hij|zij|ze|het\s+gezin|beiden)"
# Where the mention's clause starts: a punctuation mark, or "en" before a new subject ("… en hij kan …").
_CLAUSE_START = re.compile(rf"[,;:]|\s(?:en|maar|want)\s+(?={_CLIENT}\s)", _F)
# The client holds or lives on it, in the mention's clause: "Mw. krijgt een WW-uitkering en …", "heeft AOW".
_HOLDS_BEFORE = re.compile(
    rf"(?:^|\b){_CLIENT}\s+(?:heeft|hebben|krijgt|krijgen|ontvangt|ontvangen|leeft\s+van|leven\s+van)\s+"
    r"(?:(?:ook|nog|alleen|sinds\s+\S+|al\s+\S+)\s+)?[^,;:()?]{0,50}$",
    _F,
)
# ... or it is the means to pay: "kan de regeling betalen uit zijn AOW".
_MEANS_BEFORE = re.compile(
    r"\b(?:betal|aflos|afgelost|voldo|bekostig)\w*\s+(?:\S+\s+){0,2}?uit\s+(?:zijn|haar|hun|het|de)\s+[^,;:()?]{0,40}$", _F
)
# The income is looked at or counted by someone else: "…, dat wordt dan in het gesprek bekeken".
_INPUT_AFTER = re.compile(
    r"^[^.;?]{0,60}?,\s*(?:dat|die|wat|deze|dit)\s+(?:\S+\s+){0,5}?(?:bekeken|meegenomen|meegeteld|meegerekend|"
    r"getoetst|betrokken|gebruikt)\b|^[^.;?]{0,60}?,\s*(?:dat|die|wat|deze|dit)\s+(?:telt|tellen)\s+(?:\S+\s+){0,3}?mee\b",
    _F,
)
# The mention names the income: its scheme, or its payer after the income ("een pensioen van het fonds").
_INCOME_OF_BEFORE = re.compile(
    r"\b(?:\w*uitkering|\w*pensioen|aow|inkomen|loon|salaris|bijstand|ww|wia|wajong|toeslag\w*)\s+(?:van|via|vanuit)\s+"
    r"(?:de\s+|het\s+)?$",
    _F,
)
# Something wrong, open or asked about the income: then its payer may well be a party.
NOT_PLAIN = re.compile(
    r"\?|\b(?:nog|moet|moeten|wacht\w*|bezwaar\w*|beroep|terug\w*|schuld\w*|achterstand\w*|afgewezen|geweigerd|maar|"
    r"niet|geen|dreig\w*|vraag|vragen|vraagt|volgt|binnenkort|straks|verwacht\w*|zal|zullen|gaat|gaan|wil|wilt|willen|"
    r"weten|brief\w*|wijzig\w*|verander\w*|verlaag\w*|verhoog\w*|verreken\w*|gekort|korting\w*|stop\w*|gestopt|"
    r"be[eë]indig\w*|opgeschort|ingehouden|beslag\w*|nabetal\w*|aanvra\w*|aangevraagd|sinds|per|vanaf|tot|klopt|"
    r"fout\w*|onjuist|te\s+laat|later|pas)\b",
    _F,
)


# A budget that balances with the income named: "met loon, alimentatie en kinderbijslag sluit de begroting",
# "met haar WW en de toeslagen komt ze rond" (the scheme is an input, not a question).
_BUDGET_WITH_BEFORE = re.compile(r"\bmet\s+[^.;:?]{0,60}$", _F)
_BALANCES_AFTER = re.compile(
    rf"^[^.;:?]{{0,60}}?\b(?:sluit|sluiten|klopt)\s+(?:het|de\s+begroting|de\s+begroting\s+\w+)\b|"
    rf"^[^.;:?]{{0,60}}?\b(?:komt|komen)\s+(?:{_CLIENT}\s+)?(?:\S+\s+)?rond\b",
    _F,
)
_SHORT = re.compile(r"\?|\b(?:niet|geen|tekort\w*)\b", _F)


def _balanced_budget(text: str, m: OrgMention) -> bool:
    """Is the scheme named in a budget that balances ("met loon en alimentatie sluit het")?"""
    before = text[m.sentence.start : m.start]
    after = text[m.end : m.sentence.end]
    if m.via != "regeling" or not _BUDGET_WITH_BEFORE.search(before) or not _BALANCES_AFTER.match(after):
        return False
    return not _SHORT.search(text, m.sentence.start, m.sentence.end)


def income_only(text: str, m: OrgMention) -> bool:
    """Is the mention only the client's income, held and looked at by someone else or the means to pay, with
    nothing wrong, open or asked about it in the rest of its sentence?"""
    if _balanced_budget(text, m):
        return True
    before = text[m.sentence.start : m.start]
    clause_start = max((b.end() for b in _CLAUSE_START.finditer(before)), default=0)
    clause_before = before[clause_start:]
    if m.via != "regeling" and not _INCOME_OF_BEFORE.search(clause_before):
        return False
    means = _MEANS_BEFORE.search(clause_before)
    if not means and not (_HOLDS_BEFORE.search(clause_before) and _INPUT_AFTER.match(text[m.end : m.sentence.end])):
        return False
    return not NOT_PLAIN.search(clause_before + text[m.start : m.sentence.end])
