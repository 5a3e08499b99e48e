"""Why an urgency signal found in an intake does not (yet) count as spoed. Pure.

Spoed is the writer's finding that something stops or runs out within weeks. Not such a finding:
someone's alarm in their own words ('SPOED', "mijn uitkering stopt!!") or a fear or belief ("bang voor
beslag", "dacht dat"); the writer checks those, and what the writer says about it decides. Also not: a danger the
text settles or denies ("Er is geen beslag"), a past state, a time far off, or a date that cannot be
placed without the note's date, or a statement the next sentence contradicts ("Dat klopt niet."). Each
doubt keeps the signal "to check" with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.features.triage.rules import rx
from assistant.features.triage.urgency_plans import FOLLOW_UP, only_planned
from assistant.features.triage.urgency_time import (
    SINCE,
    NoteDate,
    birthday_months_away,
    has_date,
    months_away,
    timing,
)
from assistant.text.negation import negated_just_before
from assistant.text.spans import Span, sentence_at

# Whether a signal still plays now.
INCOME = (
    r"(?:de\s+|het\s+|zijn\s+|haar\s+|hun\s+)?(?:uitkering|leefgeld|loon|loondoorbetaling|salaris|inkomen|bijstand|ww|"
    r"wia|wajong|ziektewet|aow|anw|ioaw|ioaz|pensioen)\b"
)
# Income that was stopped is paid again ("wordt inmiddels weer betaald", "is hervat", "loopt weer").
INCOME_RESUMED = rx(
    rf"{INCOME}(?:\s+\S+){{0,3}}?\s+(?:wordt|worden|is|zijn)\s+(?:inmiddels\s+|nu\s+)?(?:weer\s+(?:uit)?betaald|hervat)\b|"
    rf"{INCOME}(?:\s+\S+){{0,2}}?\s+(?:loopt|lopen)\s+(?:inmiddels\s+|nu\s+)?weer\b"
)
# Income replaced by work: the lack is over ("sinds hij werkt", "verdient genoeg", "heeft nu een baan").
INCOME_REPLACED = rx(
    r"\bsinds\s+(?:hij|zij|ze|cl\w*|mw|dhr|meneer|mevrouw)\s+(?:weer\s+)?werkt\b|\b(?:sindsdien|inmiddels|nu)\s+werkt\b|"
    r"\bwerkt\s+(?:\S+\s+)?(?:nu|inmiddels|weer|fulltime|parttime|voltijd)\b|"
    r"\bverdient\b(?!\s+(?:te\s+weinig|niet|niets|geen|maar))|\bheeft\s+(?:nu\s+|inmiddels\s+|weer\s+)?(?:werk|een\s+baan)\b|"
    r"\b(?:begint|start)\b(?:\s+\S+){0,4}?\s+(?:aan\s+|met\s+)?(?:een\s+|zijn\s+|haar\s+)?(?:nieuwe\s+)?(?:baan|werk|job)\b|"
    r"\b(?:baan|job)\s+(?:begint|start)\b|\bgaat\s+(?:weer\s+)?(?:aan\s+het\s+)?werk(?:en)?\b"
)
# The text says the danger is over or has not begun: "al opgelost", "is rond", "niet aan de orde",
# "geen procedure gestart", "is het niet", income that "loopt door".
SETTLED = rx(
    r"\b(?:is|zijn|werd|werden)\s+(?:(?!niet\b|nog\b|geen\b|nooit\b)\S+\s+){0,3}?(?:opgelost|afgewend|opgeheven|ingetrokken|"
    r"afgeblazen|voorkomen)\b|"
    r"\b(?:al|inmiddels|reeds|intussen)\s+(?:\S+\s+){0,2}?(?:opgelost|geregeld|afgewend|voorkomen|ingetrokken|"
    r"afgeblazen|van\s+de\s+baan)\b|\bbleek\s+(?:al|inmiddels)\b|\b(?:is|zijn)\s+(?:nu\s+|inmiddels\s+)?rond\b|"
    r"\bniet\s+(?:meer\s+)?aan\s+de\s+orde\b|\bgeen\s+sprake\b|"
    # nothing needs doing about it: "…; daar hoeft mw. niets mee"
    r"\b(?:daar|hier)\s+(?:hoeft|hoeven|hoefde)\s+(?:\S+\s+){0,3}?(?:niets|niks)\s+(?:mee|aan)\b|"
    # what ends is no longer needed, or its successor is arranged
    r"\bniet\s+meer\s+nodig\b|\bweer\s+zelf(?:standig|\s+kan)\b|\bverhuist\s+naar\s+(?:een|zijn|haar)\b|"
    r"\bheeft\s+(?:al|inmiddels)\s+(?:een\s+)?(?:nieuwe|andere)\s+(?:woning|baan|plek|huis|kamer|werkgever)\b|"
    + INCOME_RESUMED.pattern
    + r"|"
    r"\bgeen\s+(?:\S+\s+)?procedure\b|\b(?:nog\s+)?niet\s+(?:in\s+gang\s+)?"
    r"(?:gestart|begonnen|ingezet)\b|\bis\s+het\s+niet\s*[:.;,]|"
    rf"{INCOME}(?:\s+\S+){{0,2}}?\s+(?:loopt|lopen)\s+(?:gewoon\s+|nog\s+)?door\b|"
    rf"{INCOME}\s+(?:\S+\s+){{0,2}}?(?:wordt|worden)\s+(?:gewoon\s+|nog\s+)?doorbetaald\b"
)
SETTLED_REACH = 2  # sentences after the signal that can still settle it
# A later sentence that refers back to what came before ("Dat deel is rond", "Bleek al opgelost").
REFERS_BACK = rx(r"[\s\-*•]*(?:dat|dit|die|deze|het|bleek|blijkt|is|was|maar|inmiddels|intussen|nu)\b")
SETTLED_ANYWHERE = rx(
    r"\bgeen\s+(?:\S+\s+)?procedure\b|\b(?:nog\s+)?niet\s+(?:in\s+gang\s+)?(?:gestart|begonnen|ingezet)\b|"
    rf"{INCOME}(?:\s+\S+){{0,2}}?\s+(?:loopt|lopen)\s+(?:gewoon\s+|nog\s+)?door\b"
)
# Someone else's word: "noemt het 'spoedeisend'", "het woord 'ontruiming'" is a mention, not a fact.
MENTION = rx(
    r"\b(?:het\s+woord|de\s+term|noemt\s+het|noemde\s+het|noemen\s+het|spreekt\s+van|sprak\s+van|vindt\s+het)\s*['\"‘“]"
)
# A shortage told in the simple past with a past time ("vorige week had ze geen geld") is not today's.
PAST_STATE = rx(
    r"\b(?:vorige|afgelopen)\s+(?:week|wk|maand|mnd)\b(?:\s+\S+){0,3}?\s+(?:had|hadden|was|waren)\b|"
    r"\b(?:toen|destijds|vroeger)\b(?:\s+\S+){0,3}?\s+(?:had|hadden|was|waren)\b"
)
# An event told in the past tense with a past year ("Vorig jaar werd ...", "In 2023 was ...") is history,
# also when it was a stop; it plays now only when the text says it still does.
LONG_AGO = rx(r"\b(?:vorig\s+jaar|in\s+20\d\d)\b(?:\s+\S+){0,3}?\s+(?:had|hadden|was|waren|werd|werden)\b")
# Something that stopped ("is gestopt", "werd stopgezet") stays stopped until the text says it resumed:
# told in the past, it is a lack now, not a past state.
STOPPED = rx(r"\b(?:gestopt|stopgezet|beëindigd|ingetrokken|opgeschort|weggevallen|afgesloten|uitgezet)\b")
STILL = rx(r"\bnog\s+(?:steeds|altijd)\b|\bsindsdien\b|\bnu\s+(?:weer|nog)\b")
# An absence now ("geen inkomen tot ...") or income that comes only later is the danger itself: a far
# date in that sentence says how long it lasts, not that it is far off.
LACK_NOW = rx(
    r"\b(?:geen|zonder)\s+(?:\S+\s+)?(?:inkomen|inkomsten|geld)\b|\bpas\b(?:\s+\S+){0,5}?\s+(?:uit)?betaa?l\w*"
)

# A sentence that states the danger only under a condition with no time ("Als de uitkering stopt, ...",
# "Mocht hij uit huis moeten, ...", "anders volgt beslag"): a possibility, not a finding. With a near
# time it is a threat.
HYPOTHESIS = rx(
    r"^\W*(?:als|indien|mocht|mochten|wanneer|zodra|stel\s+dat|in\s+geval|ingeval|bij\s+een\s+(?:eventuele|nieuwe))\b|"
    r"[,;:]\s*(?:als|indien|mocht|mochten|ingeval)\s|\b(?:eventuele|eventueel|mogelijke)\s+(?:\w+\s+)?(?:ontruiming|afsluiting|beslag|stopzetting)|"
    # the consequence a letter threatens if nothing is done: "…; \"anders aanmaning / dwangbevel\"", "…, tenzij …"
    r"(?:^|[,;:(\"“']|->)\s*anders\s+(?!(?:dan|gezegd)\b)|[,;]\s*tenzij\b"
)
SETTLED_NOTE = "De intake zegt dat het al is opgelost of niet (meer) speelt"
# The next sentence says the statement before is not true ("Dat klopt niet.", "Bij doorvragen ligt het
# anders."): the signal is contradicted by the writer; "Het klopt niet dat ..." speaks of what follows.
REFUTED = rx(
    r"[\s\-*•]*(?:maar\s+)?(?:(?:dat|dit|het)\s+(?:klopt|klopte)\s+(?:ook\s+|eigenlijk\s+|helemaal\s+)?niet\b(?!\s+(?:dat|met)\b)|"
    r"(?:dat|dit)\s+(?:is|was|blijkt|bleek)\s+(?:\S+\s+)?(?:niet\s+(?:zo|waar|juist|correct|terecht)\b|onjuist|onwaar|ongegrond)|"
    r"(?:(?:bij|na)\s+(?:doorvragen|navraag|nader\s+inzien|controle)\s*,?\s*|(?:eigenlijk|in\s+werkelijkheid|in\s+feite)\s+)?"
    r"(?:ligt|lag)\s+het\s+anders\b|(?:dat|dit|het)\s+(?:blijkt|bleek)\s+(?:\S+\s+)?anders\b)"
)
_QUOTE_BREAK = re.compile(r"[.!?][" + "'\"‘’“”" + r"]\s+(?=[A-Z])")
REFUTED_NOTE = "De intake spreekt dit direct daarna tegen; ga na wat er werkelijk speelt"
# A seizure takes money or goods within days only as an executory step: a dwangbevel, an announced or
# threatened seizure or sale, a seized bank account. A seizure on wages or a benefit that is in place
# leaves the beslagvrije voet: nothing runs out by it alone.
IMMINENT_SEIZURE = rx(
    r"\bdwangbevel\w*|\bexecutie\w*|\bopenbare\s+verkoop\b|\b(?:verkopen|veilen|verkocht|geveild|veiling)\b|"
    r"\baangekondigd\w*|\baankondig\w*|\bkondig\w*\b(?:\s+\S+){0,6}?\s+aan\b|\bdreig\w*|\bgaat\b(?:\s+\S+){0,4}?\s+beslag\b|"
    r"\bbankbeslag\w*|\bbeslag\b(?:\s+\S+){0,3}?\s+(?:auto|inboedel|woning|huis|spullen|goederen|meubels)\b|\bbeslag\b(?:\s+\S+){0,4}?\s+(?:bank)?rekening\b|\brekening\b(?:\s+\S+){0,3}?\s+(?:geblokkeerd|bevroren)\b"
)
SEIZURE_IN_PLACE = (
    "Er ligt beslag; een beslag op loon of uitkering laat de beslagvrije voet over. Ga na of er genoeg "
    "overblijft om van te leven"
)
# Signals about something that happens on a date; without the note's date that date cannot be placed.
DATED_EVENTS = ("geen_inkomen", "ontruiming", "afsluiting", "beslag", "termijn", "achttien", "zorg_stopt")
# Signals that a far time makes not (yet) urgent; a shortage, homelessness or danger now stays.
FAR_OFF_KEYS = (*DATED_EVENTS, "spoed")

INCOME_KEYS = ("geen_inkomen", "geldtekort")
INCOME_WORD = rx(INCOME)
# Care that ends at 18 takes months to replace (housing, verlengde jeugdhulp): far only beyond three months.
LONG_PREPARATION = ("achttien",)

# The writer calls the fear unfounded: "geen reden om bang te zijn voor afsluiting", "hoeft niet bang te zijn dat …".
_UNFOUNDED = re.compile(
    r"\b(?:geen\s+(?:reden|grond|aanleiding)\s+(?:om\s+|tot\s+)?|(?:hoeft|hoeven|hoef)\s+(?:\S+\s+){0,2}?niet\s+)"
    r"(?:\S+\s+){0,2}?(?:bang|ongerust|bezorgd|zorgen|angst)\w*\s+(?:\S+\s+){0,3}?(?:voor|dat|over)\s+(?:\S+\s+){0,3}?$",
    re.IGNORECASE,
)
# "Er is/loopt nog geen beslag" says not yet, not never: no denial.
_NOT_YET = re.compile(r"\bnog\s+(?:geen|niet)\s+(?:\S+\s+)?$", re.IGNORECASE)


def doubt(
    text: str,
    spans: Sequence[Span],
    key: str,
    pattern: re.Pattern,
    span: Span,
    ref: NoteDate | None,
    *,
    claim: bool = False,
) -> tuple[str, Span] | None:
    """Why the signal `key` shown in sentence `span` does not count as spoed (and the sentence that
    says so), or None when it does. `claim`: the signal is only someone's words or a fear."""
    here = span.text(text)
    if MENTION.search(here):
        return "Het woord komt van iemand anders of uit een brief; ga na of het echt speelt", span
    if claim:
        return (
            "Dit zijn woorden of zorgen van de cliënt of een ander, geen vastgestelde feiten; ga na of het echt speelt",
            span,
        )
    if (PAST_STATE.search(here) and not STOPPED.search(here) or LONG_AGO.search(here)) and not STILL.search(
        here
    ):
        return "Dit speelde eerder; ga na of het nu nog zo is", span
    when = timing(text, span, ref)
    if when is None and HYPOTHESIS.search(here):
        return "Dit staat er als mogelijkheid (als ..., mocht ...), niet als feit; ga na of het speelt", span
    if FOLLOW_UP.search(here) or (key == "termijn" and only_planned(here, pattern)):
        return "Dit is een moment om na te vragen of een eigen stap die gepland is, geen termijn", span
    far = (
        months_away(text, span, ref) or birthday_months_away(text, spans, ref)
        if key in LONG_PREPARATION
        else when == "far"
    )
    if far and key in FAR_OFF_KEYS and not LACK_NOW.search(here):
        return "Het moment ligt verder weg dan een paar weken", span
    if (
        when is None
        and ref is None
        and has_date(text, span)
        and not SINCE.search(here)
        and key in DATED_EVENTS
    ):
        return "De datum is niet te plaatsen zonder datum van de notitie; ga na hoe dichtbij die is", span
    income = key in INCOME_KEYS or key == "termijn" and bool(INCOME_WORD.search(here))
    index = next(
        (i for i, sp in enumerate(spans) if sp.start <= span.start < max(sp.end, sp.start + 1)), None
    )
    after = spans[index : index + SETTLED_REACH + 1] if index is not None else [span]
    for sp in after:
        if _settles(text, spans, sp, income, pattern, first=sp.start <= span.start):
            return SETTLED_NOTE, sp
    if refuted := _refuted(text, span, after):
        return REFUTED_NOTE, refuted
    if key == "beslag" and not IMMINENT_SEIZURE.search(here) and when != "near":
        return SEIZURE_IN_PLACE, span
    return None


def _refuted(text: str, span: Span, after: Sequence[Span]) -> Span | None:
    """The sentence right after the signal's that says it is not true, also where it follows a quote
    inside the same span ("... nodig.' Bij doorvragen ligt het anders.")."""
    for brk in _QUOTE_BREAK.finditer(text, span.start, span.end):
        if REFUTED.match(text, brk.end(), span.end):
            return span
    if len(after) > 1 and REFUTED.match(text, after[1].start, after[1].end):
        return after[1]
    return None


def _settles(
    text: str, spans: Sequence[Span], sp: Span, income: bool, pattern: re.Pattern, *, first: bool
) -> bool:
    """Whether sentence `sp` settles the signal `key` found by `pattern`: its own sentence always; a
    later one only when it refers back ("Dat is rond", "Bleek al opgelost"), names the same danger, or
    says that no procedure started or the income continues (those speak of nothing else); a lack of
    income also when the income is paid again or replaced by work. A sentence that denies the same danger ("Er is geen
    beslag") settles it too."""
    if _denies(text, spans, sp, pattern):
        return True
    if income and INCOME_REPLACED.search(text, sp.start, sp.end):
        return True
    m = SETTLED.search(text, sp.start, sp.end)
    if not m or first:
        return bool(m)
    return bool(
        income
        and INCOME_RESUMED.search(text, sp.start, sp.end)
        or REFERS_BACK.match(text, sp.start, sp.end)
        or pattern.search(text, sp.start, sp.end)
        or SETTLED_ANYWHERE.search(text, sp.start, sp.end)
    )


def _denies(text: str, spans: Sequence[Span], sp: Span, pattern: re.Pattern) -> bool:
    """Whether sentence `sp` says the danger is not there: the signal's words right after a negation
    ("geen beslag", "niet afgesloten"), not "nog geen" (not yet)."""
    for m in pattern.finditer(text, sp.start, sp.end):
        if m.group(0).lower().startswith(("geen", "zonder", "niet")):
            continue  # the signal itself is an absence ("geen inkomen"); its negation is no denial
        sentence = sentence_at(spans, m.start(), len(text))
        if _UNFOUNDED.search(text, max(sp.start, m.start() - 90), m.start()):
            return True
        if negated_just_before(text, sentence, m.start()) and not _NOT_YET.search(text[sp.start : m.start()]):
            return True
    return False
