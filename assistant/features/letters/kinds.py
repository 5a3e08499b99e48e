"""What kind of letter it is, what it is about, and which payment options it mentions.

Each kind has weighted signal phrases; the subject line counts three times. Ties go to the kind
that asks most of the reader (a dwangbevel before an aanmaning before a besluit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.features.letters.text import segments

KIND_LABELS = {
    "dwangbevel": "dwangbevel",
    "aanmaning": "betalingsherinnering of aanmaning",
    "boete": "boete",
    "terugvordering": "terugvordering",
    "aanslag": "aanslag",
    "informatieverzoek": "verzoek om informatie",
    "uitnodiging": "uitnodiging",
    "besluit": "besluit",
    "informatie": "brief met informatie",
}
PAYMENT_KINDS = ("dwangbevel", "aanmaning", "boete", "terugvordering", "aanslag")

_SIGNALS: dict[str, list[tuple[str, float]]] = {
    "dwangbevel": [(r"dwangbevel", 5)],
    "aanmaning": [
        (r"aanmaning", 3),
        (r"betalingsherinnering|betaalherinnering|\bherinnering\b", 3),
        (r"sommatie|sommeren", 3),
        (r"achterstand", 2),
        (r"nog (geen|niet)( \(?volledige\)?)? (betaling|betaald|ontvangen)|niet (op tijd )?betaald", 2),
    ],
    "boete": [
        (r"\bboete\b|verkeersboete|bestuurlijke boete|sanctiebedrag", 2),
        (r"\bWAHV\b|administratiefrechtelijke handhaving|verkeersovertreding|overtreding", 2),
    ],
    "terugvordering": [
        (r"terugvorder|vorderen\b.{0,60}\bterug", 3),
        (r"te veel\b.{0,30}\b(ontvangen|gekregen|betaald)|teveel (ontvangen|betaald)", 3),
        (r"\bmoet\b.{0,40}\bterugbetalen|terug te betalen", 2),
        (r"terugbetalen", 0.25),
    ],
    "aanslag": [(r"\b\w*aanslag(biljet)?\b|voorlopige aanslag|definitieve aanslag", 2)],
    "informatieverzoek": [
        (r"(informatie|gegevens|stukken|papieren) (van u )?nodig", 3),
        (
            r"\b(opvragen|opgevraagd|vragen u|verzoeken u)\b.{0,40}\b(gegevens|stukken|papieren|informatie|bewijs|afschriften)"
            r"|\b(gegevens|stukken|papieren|informatie)\b.{0,20}\bopvragen|volgende (stukken|gegevens|papieren)",
            3,
        ),
        (r"\bstuur (ons|deze|de)\b|\blever\b.{0,40}\bin\b|\binleveren\b|opsturen", 1.5),
        (r"aanvullende (gegevens|informatie|stukken)|heronderzoek|inlichtingenformulier", 2),
        (r"\bvoornemen\b|\bvan plan\b|vooraankondiging|zienswijze", 3),
    ],
    "uitnodiging": [
        (r"uitnodig|nodigen u uit|verwachten u", 3),
        (r"\bafspraak\b|\bgesprek (met|op)\b", 1),
    ],
    "besluit": [
        (r"\bbesluit\b|beschikking|besloten|beslissing", 1.5),
        (r"toegekend|toekenning|afgewezen|afwijzing|maatwerkvoorziening|\bstopt\b|beëindig", 1.5),
        (r"\bu krijgt (een |deze )?\S*(uitkering|toeslag|aow|pensioen)", 1.5),
    ],
}
_PRECEDENCE = list(KIND_LABELS)

_OPTIONS = {
    "betalingsregeling": r"betalingsregeling|in termijnen|gespreid betalen|in delen betalen",
    "kwijtschelding": r"kwijtschelding|kwijtschelden",
    "uitstel": r"uitstel van betaling|\buitstel\b",
}

# (pattern, how the explanation names it); the first match in the subject, else in the body, wins
_TOPICS = [
    (r"kinderopvangtoeslag|kinderopvang", "uw kinderopvangtoeslag"),
    (r"huurtoeslag", "uw huurtoeslag"),
    (r"zorgtoeslag", "uw zorgtoeslag"),
    (r"kindgebonden budget", "uw kindgebonden budget"),
    (r"kinderbijslag", "uw kinderbijslag"),
    (r"\bAOW\b", "uw AOW"),
    (r"WW-uitkering|\bWW\b", "uw WW-uitkering"),
    (r"WIA", "uw WIA-uitkering"),
    (r"Ziektewet", "uw Ziektewet-uitkering"),
    (r"bijstand", "uw bijstandsuitkering"),
    (r"studieschuld|studiefinanciering|terugbetalen van uw studie", "uw studieschuld"),
    (r"inkomstenbelasting", "uw inkomstenbelasting"),
    (r"waterschapsbelasting", "uw waterschapsbelasting"),
    (r"gemeentelijke belastingen|afvalstoffenheffing|rioolheffing|\bOZB\b", "uw gemeentelijke belastingen"),
    (r"bestuursrechtelijke premie|zorgverzekering|zorgverzekeraar", "de premie van uw zorgverzekering"),
    (r"hulp bij het huishouden|huishoudelijke hulp", "hulp bij het huishouden"),
    (r"\bWmo\b", "hulp van de gemeente (Wmo)"),
    (r"verkeersovertreding|verkeersboete|WAHV", "een verkeersboete"),
    (r"huurachterstand|\bhuur\b", "uw huur"),
]


@dataclass(frozen=True)
class Option:
    name: str  # betalingsregeling | kwijtschelding | uitstel
    mentioned: bool  # False: not in the letter, but it usually exists for this kind of letter


# A sentence about what may happen later ("Betaalt u niet, dan kunnen wij een dwangbevel ...",
# "Als blijkt dat ..., kunnen wij terugvorderen") says little about what this letter is.
_CONSEQUENCE = re.compile(
    r"(?i)^\s*(?:als|indien|wanneer|mocht|zodra|daarna)\b|\b(?:betaalt|reageert|doet|stuurt|ontvangen)\s+"
    r"(?:u|wij)\s+(?:niet|dat niet|de stukken niet)|\bkunnen\s+wij\b|\bdan\s+(?:kunnen|krijgt|ontvangt|sturen)\b"
)


def classify(text: str, subject: str) -> str:
    scores = {kind: 0.0 for kind in KIND_LABELS}
    sentences = [(seg.text, 0.25 if _CONSEQUENCE.search(seg.text) else 1.0) for seg in segments(text)]
    for kind, signals in _SIGNALS.items():
        for pattern, weight in signals:
            rx = re.compile(pattern, re.IGNORECASE)
            count = sum(len(rx.findall(sentence)) * factor for sentence, factor in sentences)
            scores[kind] += weight * (min(count, 3) + 2 * bool(rx.search(subject)))
    if re.search(r"bezwaar maken|bezwaarschrift|beroep instellen", text, re.I):
        scores["besluit"] += 2
    if re.search(r"\bvoornemen\b|\bvan plan\b|vooraankondiging", text + " " + subject, re.I):
        scores["besluit"] = 0  # a plan, not yet a decision
    best = max(scores.values())
    if best < 2:
        return "informatie"
    return next(kind for kind in _PRECEDENCE if scores[kind] == best)


def find_options(text: str, kind: str, sender_id: str | None) -> list[Option]:
    out = [Option(name, True) for name, rx in _OPTIONS.items() if re.search(rx, text, re.I)]
    names = {o.name for o in out}
    if kind in PAYMENT_KINDS and "betalingsregeling" not in names:
        out.append(Option("betalingsregeling", False))
    local_tax = bool(sender_id) and (sender_id.startswith("gemeente") or sender_id == "waterschap")
    if kind == "aanslag" and local_tax and "kwijtschelding" not in names:
        out.append(Option("kwijtschelding", False))
    return out


def find_topic(text: str, subject: str) -> str | None:
    for source in (subject, text):
        for pattern, topic in _TOPICS:
            if re.search(pattern, source, re.IGNORECASE if pattern.islower() else 0):
                return topic
    return None
