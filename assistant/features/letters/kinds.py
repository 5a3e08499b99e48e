"""What kind of letter it is and what it is about (the payment options it offers: options.py).

Each kind has weighted signal phrases; the subject line counts three times, a sentence in which
the letter names itself ("Dit is een herinnering", "Deze brief is geen beslissing") counts most,
and sentences about what happened before or may happen later count little. Ties go to the kind
that asks most of the reader (a dwangbevel before an aanmaning before a besluit). The kind is
`certain` when it clearly wins; otherwise the professional is asked to check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.features.letters.kind_heads import (
    asks_no_money,
    asks_to_act,
    headed_kind,
    reclaim_to_come,
    without_other_letters,
)

# the names, labels and legal character of the kinds: kind_names.py (re-exported for the other modules)
from assistant.features.letters.kind_names import (
    DECISION_KINDS,
    KIND_LABELS,
    NOT_DECISION_KINDS,
    PAYMENT_KINDS,
    kind_label,
)
from assistant.features.letters.text import Segment

__all__ = ["DECISION_KINDS", "KIND_LABELS", "NOT_DECISION_KINDS", "PAYMENT_KINDS", "KindFinding", "classify", "kind_label"]

_SIGNALS: dict[str, list[tuple[str, float]]] = {
    "dwangbevel": [(r"dwangbevel", 5)],
    # beslag that has been laid ("Op 3 mei heb ik beslag gelegd op uw loon"), not one that may follow
    "beslag": [
        (r"\b(?:heb|hebben|is|zijn)\b(?:\s+(?:ik|wij|we|er))?[^.?]{0,60}\bbeslag\s+gelegd\b", 5),
        (r"\bmededeling\s+van\s+(?:\w+)?beslag\b|\b(?:loon|derden|bank)beslag\b|\bbeslag\s+onder\b", 2),
    ],
    # a deurwaarder's exploot that serves a judgment ("Exploot van betekening van vonnis")
    "betekening": [(r"\bbetekening\s+van\s+(?:het\s+|een\s+|dit\s+)?(?:\w+\s+)?(?:vonnis|uitspraak)\b", 5)],
    "aanmaning": [
        (r"aanmaning", 3),
        (r"betalingsherinnering|betaalherinnering|\bherinnering\b", 3),
        (r"sommatie|sommeren", 3),
        (r"achterstand", 2),
        (r"nog (geen|niet)( \(?volledige\)?)? (betaling|betaald|ontvangen)|niet (op tijd )?betaald", 2),
        # a last demand before enforcement ("laatste gelegenheid om te betalen vóór beslag")
        (r"laatste (gelegenheid|kans|waarschuwing)\b", 3),
        (r"\bstaat nog\b.{0,30}\bopen\b|\bopenstaande? (schuld|bedrag|vordering)", 1),
    ],
    "beslissing_op_bezwaar": [
        (r"(?:beslissing|uitspraak) op (uw |het |dit )?bezwaar|\bbezwaar\w* (is )?(deels |gedeeltelijk )?(on)?gegrond", 5),
    ],
    "boete": [
        (r"\w*boete\b|sanctiebedrag", 2),
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
        (r"(informatie|gegevens|stukken|papieren) (van (u|je|jou) )?nodig", 3),
        (
            r"\b(opvragen|opgevraagd|vragen u|verzoeken u)\b.{0,40}\b(gegevens|stukken|papieren|informatie|bewijs|afschriften)"
            r"|\b(gegevens|stukken|papieren|informatie)\b.{0,20}\bopvragen|volgende (stukken|gegevens|papieren)",
            3,
        ),
        # what the sender itself must hand in ("Wij moeten ... bij de rechter inleveren") asks nothing of the reader
        (r"\bstuur (ons|deze|de)\b|^(?!\W*(?:wij|we|ik)\s+moet(?:en)?\b)[^.?]*?(?:\blever\b.{0,40}\bin\b|\binleveren\b|opsturen)", 1.5),
        (r"aanvullende (gegevens|informatie|stukken)|heronderzoek|inlichtingenformulier", 2),
        # herstel verzuim (Awb 4:5): the application lacks documents the reader must send
        (
            r"\b(?:aanvraag|verzoek|aangifte)\b.{0,30}\b(?:niet (?:compleet|volledig)|onvolledig)\b"
            r"|\b(?:wij|we) missen\b|\bontbrek\w*\b.{0,40}\b(?:documenten|stukken|gegevens|papieren)\b",
            3,
        ),
        (r"\b(?:documenten|bewijsstukken)\b.{0,40}\b(?:nodig|opsturen|aanvullen|insturen)\b", 1.5),
    ],
    "betalingsregeling": [
        (r"\bbetalingsregeling\b.{0,60}\b(?:toegekend|goedgekeurd|getroffen|afgesproken|afspraken)\b", 3),
        (r"\b(?:verzoek|aanvraag)\b.{0,60}\b(?:in termijnen|betalingsregeling)\b.{0,40}\bgoedgekeurd\b", 3),
        (r"\bbevestig\w*\b.{0,40}\bbetalingsregeling\b|\bbetalingsregeling\b.{0,40}\bbevestig\w*", 3),
        (r"\b(?:uw|de) afspraken\b|\btermijnen van\b", 1),
    ],
    "aankondiging": [
        (r"\bvoornemen\b|\bvan plan\b|vooraankondiging|zienswijze", 3),
        (
            r"\bbinnenkort\b|\balvast\b|wat u kunt verwachten|nog geen (definitieve )?(berekening|besluit|beslissing)",
            1.5,
        ),
    ],
    "ontvangstbevestiging": [
        (r"ontvangstbevestiging|bevestig\w*\b.{0,30}\bontvangst", 3),
        (r"(hebben|heeft) (wij|het \w+) uw (aanvraag|bezwaar\w*|melding|verzoek|aangifte) ontvangen", 1.5),
        # "Wij hebben uw wijziging ontvangen", "dat wij uw formulier hebben ontvangen": what it confirms
        (r"\b(?:wij|we) (?:hebben|heeft) uw \w+(?: \w+)? ontvangen\b|\bdat (?:wij|we) uw \w+(?: \w+)? (?:hebben )?ontvangen\b", 3),
    ],
    "uitnodiging": [
        (r"uitnodig|\bnodig\w*\s+(?:u|je)\b(?:\s+\w+){0,2}\s+uit\b|verwachten u", 3),
        # the present passive and the summons: "U wordt uitgenodigd", "oproep(ing) voor de zitting"; not
        # a past one ("U bent op 3 mei uitgenodigd, maar ...")
        (r"\b(?:wordt|worden|hierbij)\s+(?:u\s+|je\s+)?(?:\w+\s+){0,3}?uitgenodigd\b|\boproep(?:ing)?\s+(?:voor|om|tot)\s+(?:de\s+|een\s+)?(?:\w+\s+)?(?:zitting|gesprek|keuring|afspraak|verschijnen)", 3),
        # the sender asks to meet: "Wij willen graag met u in gesprek", "wil ik je graag spreken"
        (r"\b(?:willen|wil)\s+(?:\w+\s+){0,3}?(?:met\s+(?:u|je|jou)\s+in\s+gesprek|(?:u|je|jou)\s+(?:\w+\s+){0,2}spreken)\b", 3),
        (r"\bhoor(?:zitting|gesprek)\b", 1.5),  # the reader is heard on a bezwaar: an appointment, no decision
        (r"\bafspraak\b|\bgesprek (met|op)\b", 1),
        (r"bevestig\w*\b.{0,30}\bafspraak", 3),
    ],
    "besluit": [
        (r"\bbesluit\b|beschikking|besloten|beslissing", 1.5),
        (
            r"toegekend|toekenning|afgewezen|afwijzing|wijzen\b.{0,40}\baf\b|maatwerkvoorziening|\bstopt\b|beëindig",
            1.5,
        ),
        (r"\bu krijgt (een |deze )?\S*(uitkering|toeslag|aow|pensioen)", 1.5),
        # the sender itself fixed what the reader pays or gets (a beschikking): "Wij hebben die voor u
        # vastgesteld"; not a finding ("Wij hebben vastgesteld dat u ...")
        (r"\b(?:wij|we)\s+(?:hebben|stellen)\s+(?:\w+\s+){0,4}?(?:vastgesteld|vast)\b(?!\s*,?\s*dat\b)", 2),
    ],
}
_PRECEDENCE = [k for k in KIND_LABELS if k != "onbekend"]
# The letter names itself: "Dit is een herinnering", "Deze brief is een verzoek om informatie".
_SELF = re.compile(r"(?i)\b(?:deze\s+brief|dit|deze\s+\w+)\s+is\s+(?:een|onze|uw)\s+(\w+(?:\s+om\s+\w+)?)")
_SELF_KINDS = {
    "herinnering": "aanmaning", "betalingsherinnering": "aanmaning", "aanmaning": "aanmaning",
    "uitnodiging": "uitnodiging", "verzoek om informatie": "informatieverzoek",
    "informatieverzoek": "informatieverzoek", "ontvangstbevestiging": "ontvangstbevestiging",
    "voornemen": "aankondiging", "aankondiging": "aankondiging", "dwangbevel": "dwangbevel",
}  # fmt: skip
_SELF_DECISION = re.compile(r"(?i)^(?:besluit|beslissing|beschikking)$")
NOT_A_DECISION = re.compile(
    r"(?i)\b(?:deze\s+brief|dit|deze\s+\w+)\s+is\s+(?:(?:een|namelijk)\s+[\w ]{0,30}?\s*en\s+)?(?:nog\s+|namelijk\s+)*"
    r"geen\s+(?:besluit|beslissing|beschikking)\b"
    r"|\b(?:want|omdat)\s+(?:het|dit|deze\s+brief)\s+(?:is\s+)?(?:nog\s+)?geen\s+(?:besluit|beslissing|beschikking)\b"
)
# A sentence about what may happen later ("Misschien hebben wij nog ... nodig"), or what happened
# before, says little about this letter.
_CONSEQUENCE = re.compile(
    r"(?i)^\s*(?:als|indien|wanneer|mocht|zodra|daarna|misschien|mogelijk|wellicht|eventueel)\b|\b(?:betaalt|reageert|doet|stuurt|ontvangen)\s+"
    r"(?:u|wij)\s+(?:niet|dat niet|de stukken niet)|\bkunnen\s+wij\b|\bdan\s+(?:kunnen|krijgt|ontvangt|sturen)\b"
)
_BEFORE_OR_LATER = re.compile(
    r"(?i)\b(?:hebben|heeft|hadden|had)\s+(?:wij|u|ons)\b.{0,80}\b(?:gestuurd|verstuurd|ontvangen|gekregen|aangevraagd"
    r"|laten\s+weten|gegeven|geschreven|gemeld|meegedeeld|verteld)\b"
    # a plan told in the past ("dat wij van plan waren ...") is the earlier voornemen, not this letter
    r"|\bvan\s+plan\s+(?:waren|was)\b|\b(?:voornemen|zienswijze)\b.{0,60}\b(?:gegeven|gestuurd|ingediend|ontvangen)\b"
    # the reader's own zienswijze ("U schreef in uw zienswijze"): given before this letter
    r"|\b(?:schreef|schreven|gaf|gaven|liet|lieten|meldde|vertelde|stuurde|stuurden|diende|dienden|bracht)\b.{0,40}\buw\s+zienswijze\b"
    r"|\buw\s+zienswijze\b.{0,60}\b(?:meegewogen|gelezen|ontvangen|betrokken|leidt|leidde|geleid|verandert)\b"
    # a decision still to come ("U krijgt onze uitspraak op bezwaar uiterlijk ...", "tot zes weken na onze
    # beslissing", "Voordat wij op uw bezwaar beslissen"): not this letter
    r"|\b(?:u|je)\s+(?:krijgt|ontvangt)\s+(?:onze|de|een|het)\s+(?:\w+\s+)?(?:uitspraak|beslissing|besluit)\b"
    r"|\bna\s+(?:onze|de|het|ons)\s+(?:uitspraak|beslissing|besluit)\b|\b(?:voordat|voor|zodra)\s+(?:wij|we)\b[^.?]{0,40}\bbeslissen\b"
    r"|\beerder\b|\b(?:later|apart\w*|daarover|binnenkort|daarna)\b.{0,60}\b(?:besluit|beslissing|beschikking|brief)\b"
    r"|\bkrijgt\s+u\b.{0,40}\b(?:de\s+definitieve|een\s+besluit|een\s+beslissing|een\s+beschikking)\b"
    # what the sender already paid ("De aanslag heb ik vorige week betaald"): done, not this letter's kind
    r"|\b(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)\b[^.?]{0,80}\bbetaald\b"
    # an earlier letter named by its date ("In het voornemen van 3 mei heb ik u geïnformeerd"), or the
    # writer telling what he did before ("heb ik u geïnformeerd"): the step before this letter
    r"|\b(?:het|ons|mijn|dat|die)\s+(?:\w+\s+)?(?:voornemen|vooraankondiging)\s+van\s+\d"
    r"|\b(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)\b[^.?]{0,80}\b(?:ge[iï]nformeerd|ingelicht|gewaarschuwd)\b"
    # the reader's own words, reported ("U schrijft dat ...", "U stelt dat ..."): what the reader said
    r"|^\W*(?:u|je|jij)\s+(?:schrijft|schreef|stelt|stelde|zegt|zei|geeft\s+aan|gaf\s+aan|voert\s+aan|voerde\s+aan)\s+dat\b"
    # another letter the reader may still get ("ook al krijg je misschien nog een herinnering", "Krijgt u
    # een nota of aanmaning?"), not this one
    r"|\b(?:(?:krijgt|krijg|ontvangt|ontvang)\s+(?:u|je|jij)|(?:u|je|jij)\s+(?:krijgt|krijg|ontvangt|ontvang))\b"
    r"(?![^.?]{0,20}\b(?:hierbij|hiermee|met\s+deze|bij\s+deze)\b)[^.?]{0,40}\been\s+(?:\w+\s+)?(?:\w+\s+of\s+)?"
    r"(?:herinnering|betalingsherinnering|aanmaning|dwangbevel|uitnodiging|aanslag)\b"
)
# A reclaim set at nil ("De terugvordering is vastgesteld op € 0", "Er is geen terugvordering"):
# money was overpaid, but nothing is reclaimed, so the letter is no terugvordering.
_NIL_RECLAIM = re.compile(
    r"(?i)\bterugvordering\b[^.?\n]{0,40}(?:€\s*0(?:,00|,-)?(?![\d,.]*[1-9])|\bnihil\b|\bnul\b)"
    r"|\bgeen\s+terugvordering\b"
)


@dataclass(frozen=True)
class KindFinding:
    kind: str
    certain: bool
    evidence: list[tuple[int, int]] = field(default_factory=list)  # sentences that decided it
    not_a_decision: list[tuple[int, int]] = field(default_factory=list)  # "Deze brief is geen besluit"


def classify(segs: list[Segment], subject: str, decision_clause: bool = False) -> KindFinding:
    """The kind of letter; `decision_clause`: the letter names bezwaar against itself."""
    subject = _CONTESTED.sub("", subject or "")  # "Uw bezwaar tegen de afwijzing": that decision is not this letter
    scores = {kind: 0.0 for kind in _PRECEDENCE}
    hits: dict[str, list[tuple[float, int, int]]] = {kind: [] for kind in _PRECEDENCE}
    weighed = [
        (s, 0.25 if _CONSEQUENCE.search(s.text) or _BEFORE_OR_LATER.search(s.text) else 1.0) for s in segs
    ]
    own = {s.start: without_other_letters(s.text) for s in segs}
    announced = 0.0  # the plan told now, in sentences not about before or later
    for kind, signals in _SIGNALS.items():
        for pattern, weight in signals:
            rx = re.compile(pattern, re.IGNORECASE)
            count = 0.0
            for seg, factor in weighed:
                found = len(rx.findall(own[seg.start])) * factor
                if found:
                    count += found
                    hits[kind].append((weight * found, seg.start, seg.end))
                    announced += weight * found if kind == "aankondiging" and factor == 1.0 else 0.0
            scores[kind] += weight * (min(count, 3) + 2 * bool(subject and rx.search(subject)))
    if any(_NIL_RECLAIM.search(s.text) for s in segs):
        scores["terugvordering"] = 0.0
    said = _self_named(segs, scores, hits)
    headed = headed_kind(segs, subject, scores, hits)
    not_decision = [(s.start, s.end) for s in segs if NOT_A_DECISION.search(s.text)]
    if decision_clause and not not_decision:
        scores["besluit"] += 2
    # a voornemen told only in the past ("dat wij van plan waren ...", "Uw zienswijze leidt niet tot ...")
    # is the step before this decision: it does not make the letter an aankondiging
    if not_decision or (scores["aankondiging"] >= 3 and announced >= 3):
        for kind in DECISION_KINDS:
            scores[kind] = 0  # the letter says it is no besluit (yet)
    # The subject's head noun names the kind, also when the body says little; not a "herinnering",
    # which can remind of anything (a payment, an appointment, papers to send).
    weak = max(scores.values()) < 2 and headed not in (None, "aanmaning")
    if weak and not (headed in DECISION_KINDS and not_decision):
        scores[headed] = 2.0
    best = max(scores.values())
    if best < 2:
        return KindFinding("informatie", scores["besluit"] == 0, [], not_decision)
    kind = next(k for k in _PRECEDENCE if scores[k] == best)
    named = [k for k in _PRECEDENCE if _in_subject(k, subject) and scores[k] > 0]
    if len(named) == 1 and kind not in said and _character(named[0]) == _character(kind):
        kind = named[0]  # the subject line names one kind: a kind the body also mentions does not outweigh it
    if kind in DECISION_KINDS and kind != "besluit" and kind not in said and _subject_decides(subject):
        kind = "besluit"  # "Onderwerp: Uw WW-uitkering stopt": a terugvordering in the body follows from it
    if headed and kind not in said and headed not in said:
        kind, said = headed, said | {headed}  # the head noun of the subject or title names the letter
    if kind == "terugvordering" and kind not in said and (later := reclaim_to_come(segs, subject)):
        kind = "besluit" if decision_clause else "informatie"  # the reclaim comes in a later letter
        hits[kind] = [(9.0, s, e) for s, e in later]
    if kind == "aanmaning" and asks_no_money(segs):
        # a reminder that asks no payment reminds of something else: documents, or it only informs
        kind = "informatieverzoek" if scores["informatieverzoek"] >= 3 else "herinnering" if asks_to_act(segs) else "informatie"
        if kind == "informatie":
            return KindFinding(kind, scores["besluit"] == 0, [], not_decision)
        if kind == "herinnering":  # told by the reminder's own words: a reminder to act, no besluit
            reminded = [(s, e) for _, s, e in sorted(hits["aanmaning"], key=lambda h: -h[0])[:2]]
            return KindFinding(kind, "aanmaning" in said or headed == "aanmaning", sorted(reminded), not_decision)
    rival = max((v for k, v in scores.items() if _character(k) != _character(kind)), default=0.0)
    # A bezwaar clause about the letter settles its character (a besluit), whatever its subtype.
    opened = decision_clause and kind in DECISION_KINDS
    certain = opened or kind in said or _in_subject(kind, subject) or best >= max(3.0, 2 * rival)
    top = [(s, e) for _, s, e in sorted(hits[kind], key=lambda h: -h[0])[:2]]
    heading = [(s.start, s.end) for s in segs if subject and subject in s.text and _in_subject(kind, subject)]
    evidence = list(dict.fromkeys(heading[:1] + top))[:2]
    return KindFinding(kind, certain, sorted(evidence), not_decision)


def _self_named(segs: list[Segment], scores: dict[str, float], hits: dict) -> set[str]:
    """Kinds the letter gives itself ("Dit is een herinnering"), weighed heavily."""
    said = set()
    for seg in segs:
        for m in _SELF.finditer(seg.text):
            word = m.group(1).lower()
            kind = _SELF_KINDS.get(word) or _SELF_KINDS.get(word.split()[0])
            if _SELF_DECISION.match(word.split()[0]):
                scores["besluit"] += 2
                continue
            if kind:
                scores[kind] += 6
                hits[kind].append((6.0, seg.start, seg.end))
                said.add(kind)
    return said


# In a subject "(Uw) bezwaar tegen <besluit>", the words after "tegen" name the contested decision.
_CONTESTED = re.compile(r"(?i)(?<=bezwaar)(?:schrift)?\s+tegen\b.*?(?=\s[-–—:]\s|$)")  # up to a dash: "- uitnodiging"
def _subject_decides(subject: str) -> bool:
    """The subject names a decision on a right (stopt, toegekend, beschikking) and no other kind."""
    if not subject or not any(re.search(p, subject, re.I) for p, _ in _SIGNALS["besluit"]):
        return False
    others = [p for k, signals in _SIGNALS.items() if k != "besluit" for p, _ in signals]
    return not any(re.search(p, subject, re.I) for p in others)


def _character(kind: str) -> str:
    return "besluit" if kind in DECISION_KINDS else kind


def _in_subject(kind: str, subject: str) -> bool:
    return bool(subject) and any(re.search(p, subject, re.I) for p, w in _SIGNALS.get(kind, []) if w >= 2)
