"""What says that a signal need not be spoed: the writer's statement that nothing is acute (and whose
word it is), and a sum the client still has, which is a shortage only where the text marks it as
little or sets it against a larger sum due. Pure."""

from __future__ import annotations

import re

from assistant.features.triage.rules import rx
from assistant.features.triage.urgency_claims import quoted_spans
from assistant.text.spans import Span

_WORDS_NOT_NEGATED = r"(?:(?!niet\b|geen\b|nooit\b)\S+\s+)"
# The professional writes that nothing is acute: moderate signals give way.
NOT_ACUTE = rx(
    r"\bgeen\s+(?:acute|acuut|directe?|dringende)\s+(?:nood|spoed|problemen|geldnood|geldtekort|dreiging|gevaar)\b|"
    # the negation after the noun: "acuut geldgebrek is er niet", "dringende nood is er dus niet"
    r"\b(?:acute?|acuut|dringende?)\s+(?:\S+\s+)?(?:is|zijn)\s+er\s+(?:dus\s+|op\s+dit\s+moment\s+)?niet\b|"
    r"\bgeen\s+spoed\b|\bgeen\s+aanleiding\s+(?:om|voor|tot)\s+(?:een\s+)?(?:voorlopige\s+voorziening|spoed\w*)\b|"
    r"\b(?:kan|kunnen)\b(?:\s+\S+){0,5}?\s+overbruggen\b|\bniet\s+(?:acuut|urgent|dringend)\b|\bgeen\s+acute?\s*(?=[.;:!]|$)|"
    # nothing stops or runs out: the negation of spoed itself
    r"\b(?:er\s+)?(?:stopt|valt|vervalt|verloopt)\s+(?:er\s+)?(?:dus\s+)?niets\b(?:\s+weg\b)?|"
    r"\bniets\s+(?:stopt|vervalt|verloopt|valt\s+weg|loopt\s+af)\b(?!\s+(?:hem|haar|hen|ons|mij|jou|je|u)\b)|"
    r"\b(?:niets|niks)\s+(?:\S+\s+)?(?:acuuts?|urgents?|dringends?|spoedeisends?)\b|\bdreigt\s+(?:\S+\s+){0,3}?(?:niets|niks)\b|"
    rf"\b(?:inkomen|inkomsten|leefgeld)\s+(?:is|zijn)\s+{_WORDS_NOT_NEGATED}{{0,3}}?(?:geregeld|in\s+orde|op\s+orde)\b|"
    rf"\b(?:kan|kunnen)\s+{_WORDS_NOT_NEGATED}{{0,2}}?(?:de\s+)?(?:vaste\s+lasten|huur|rekeningen)\s+"
    rf"{_WORDS_NOT_NEGATED}{{0,2}}?betalen\b|"
    rf"\b(?:vaste\s+lasten|huur|rekeningen)\s+(?:kan|kunnen)\s+{_WORDS_NOT_NEGATED}{{0,3}}?betalen\b"
)

# A sum the client still has ("heeft nog € 300"): a shortage only where the text marks it as little.
SUM_LEFT = (
    r"\b(?:heeft|houdt|hebben)\s+(?:nog\s+|maar\s+|slechts\s+|amper\s+|nauwelijks\s+|hooguit\s+){1,2}(?:ongeveer\s+|circa\s+|ca\.\s*|zo'n\s+)?(?:€\s*\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?![\d.,]\d)|\d{1,3}(?:\.\d{3})*(?:,\d\d)?\s*(?:euro|eur)\b)"
    r"(?!\s*(?:euro\s+)?(?:schuld|achterstand|open|te\s+betalen|boete|per))"
)
LITTLE = rx(r"\b(?:maar|slechts|amper|nauwelijks|hooguit)\b")  # in the phrase itself: "heeft nog maar € 40"
# ... or sets it against a near time it must last ("voor de hele maand", "tot de volgende uitkering")
LITTLE_AFTER = rx(
    r"[^.;]{0,40}?\b(?:te\s+weinig|niet\s+genoeg|bijna\s+niets|voor\s+(?:de\s+)?rest\s+van|"
    r"voor\s+(?:de\s+|deze\s+)?(?:hele\s+)?(?:maand|week)|tot\s+(?:het\s+)?eind(?:e)?\s+van\s+de\s+(?:maand|week)|"
    r"tot\s+de\s+volgende\s+(?:betaling|uitkering|uitbetaling|salaris|loon))\b"
)
SUM_UNMARKED = "Een bedrag dat de cliënt nog heeft, zegt niet of het geld binnen weken op is; ga na wat ervan betaald moet worden"

SUM_LEFT_RX = rx(SUM_LEFT)


_EURO = rx(r"€\s*(\d{1,3}(?:\.\d{3})*)(?:,\d\d)?|(\d{1,3}(?:\.\d{3})*)(?:,\d\d)?\s*(?:euro|eur)\b")
DUE = rx(r"\b(?:betal\w*|huur|rekening|lasten|moet|te\s+voldoen)\b")


def less_than_due(text: str, sentence: Span, m: re.Match) -> bool:
    """Whether the sentence sets the sum left against a larger sum due ("de huur van € 720 moet betaald
    worden en hij heeft nog € 400"): then it is short."""
    amounts = [
        (a.start(), int((a.group(1) or a.group(2)).replace(".", "")))
        for a in _EURO.finditer(text, sentence.start, sentence.end)
    ]
    left = [v for pos, v in amounts if m.start() <= pos < m.end()]
    others = [v for pos, v in amounts if not m.start() <= pos < m.end()]
    return bool(left and DUE.search(text, sentence.start, sentence.end) and any(v > left[0] for v in others))


# Calm in someone else's word: "volgens hem", "zegt ze", or inside quotation marks.
ATTRIBUTED = rx(
    r"\bvolgens\s+(?:hem|haar|hen|hun|zichzelf|cl\w*|mevrouw|meneer|mw|dhr|de\s+cli\w+|moeder|vader)\b|"
    r"\b(?:zegt|zei|zeggen|vindt|vond|meent|denkt|dacht)\s+(?:hij|zij|ze|cl\w*|mevrouw|meneer|mw|dhr)\b|"
    r"\b(?:hij|zij|ze|cl\w*|mevrouw|meneer|mw\.?|dhr\.?)\s+(?:zegt|zei|vindt|vond|meent|denkt|dacht)\b"
)


def attributed(text: str, sentence: Span, at: int) -> bool:
    """Whether the calm statement at `at` is someone else's word, not the writer's finding."""
    quoted = any(q.start < at < q.end for q in quoted_spans(text))
    return quoted or bool(ATTRIBUTED.search(text, sentence.start, sentence.end))
