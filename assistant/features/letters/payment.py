"""The amount the reader has to pay, from the letter's pay instruction (by when: pay_by.py). Pure.

The amount to pay is an amount the letter tells the reader to pay: "Betaal € …", "U moet € …
terugbetalen", "Wij vragen u … te betalen", a "Nog te betalen" / "Totaal te betalen" row, or the
amount that an instruction without one refers to ("Betaal het totaalbedrag …"). Never an amount
the reader gets (a refund, a nabetaling), an expected or announced amount, a threshold, a monthly
amount or instalment, or what was already paid. When the letter says nothing needs paying the
value is None, with that sentence as evidence. Two different candidates make it `to_check`.

Money the organisation verrekent or inhoudt on what it pays the reader is no amount to pay (None,
with that sentence); a letter that also tells the reader to pay is `to_check`, with both quotes
(settlement.py). An instruction without an amount that names what is to be paid ("U moet de boete
betalen") takes the amount labelled with that word; two such amounts are `to_check`. A pay verb in an
indirect question, a relative clause about a thing or a hedge ("Daarin staat hoe u moet betalen")
asks nothing; an instruction that names the total ("Betaal het totaal") takes the row labelled total.
"""

from __future__ import annotations

import re

from assistant.drafts.facts import Evidence, Fact, not_found, stated, to_check, unique_evidence
from assistant.features.letters.amounts import Amount, find_amounts, money
from assistant.features.letters.calculation import result_below
from assistant.features.letters.instalments import paid_off_by_schedule
from assistant.features.letters.not_now import (
    RULE_PAID_OFF,
    not_this_claim,
    only_if_late,
    other_matter,
    paid_off,
    stands_apart,
    total_in_terms,
)
from assistant.features.letters.offer import offered, with_offer
from assistant.features.letters.pay_later import later_for, pays_later
from assistant.features.letters.referred import PLAN_TERMS, Candidate, referred, total_named
from assistant.features.letters.settlement import (
    asked_not_now,
    reclaimed_later,
    reclaims,
    settled_amount,
    settles,
    settles_only_in_a_case,
)
from assistant.features.letters.source import LetterSource
from assistant.features.letters.text import Segment, segment_at

_GAP = r"(?:[^.?\n]|(?<=\d)[.](?=\d))"  # within one sentence; the dot of "€ 1.386,00" does not end it
# A judge's order to pay ("veroordeelt gedaagde om ... te betalen € …", "veroordeelt ... in de
# proceskosten"): which party the reader is, and what the orders add up to, is for the professional.
_COURT_ORDER_WORDS = rf"\bveroordee?l\w*\b{_GAP}{{0,100}}\b(?:te\s+(?:betalen|voldoen)|in\s+de\s+(?:proces)?kosten)\b"
_COURT_ORDER = re.compile(rf"(?i){_COURT_ORDER_WORDS}")
COURT_ORDER_NOTE = (
    "De rechter veroordeelt een partij om te betalen. Controleer of de lezer die partij is en welk bedrag "
    "(samen met de proceskosten) hij moet betalen."
)
_INSTRUCTION = re.compile(
    rf"(?i)^\W*(?:betaal\b|maak\b(?![^.?]{{0,25}}\bzorgen\b){_GAP}{{0,110}}\bover\b)|\bu\s+moet\b{_GAP}{{0,140}}\b(?:betalen|terugbetalen|voldoen|overmaken)\b"
    rf"|\bmoet\s+u\b{_GAP}{{0,140}}\b(?:betalen|terugbetalen|voldoen)\b"
    rf"|\b(?:verzoeken|vragen|sommeren)\s+(?:wij\s+)?u\b{_GAP}{{0,140}}\b(?:te\s+betalen|terug\s+te\s+betalen|over\s+te\s+maken|te\s+voldoen)\b"
    rf"|\bu\s+betaalt\b{_GAP}{{0,100}}\b(?:uiterlijk|vóór|binnen)\b|\btotaal\s+te\s+(?:betalen|voldoen)\b"
    rf"|\b(?:bevel|bevelen|bevolen|beveel|beveelt|gelasten|gelast)\b{_GAP}{{0,140}}\bte\s+(?:betalen|voldoen)\b"
    # the order as a clause: "beveelt de schuldenaar dat hij binnen twee dagen ... betaalt"
    rf"|\b(?:bevelen|beveel|beveelt|gelasten|gelast)\b{_GAP}{{0,60}}\bdat\b{_GAP}{{0,140}}\b(?:betaalt|betalen|voldoet|voldoen)\b"
    rf"|{_COURT_ORDER_WORDS}"
    rf"|\bvorderen\s+(?:wij\s+)?{_GAP}{{0,80}}\bvan\s+u\s+terug\b"
    rf"|\b(?:dient|wilt)\s+u\b{_GAP}{{0,140}}\b(?:te\s+betalen|te\s+voldoen|over\s+te\s+maken|betalen|overmaken|voldoen)\b"
    rf"|\bu\s+dient\b{_GAP}{{0,140}}\bte\s+(?:betalen|voldoen)\b"
    rf"|\bgelegenheid\s+om\b(?!{_GAP}{{0,160}}\bgehad\b){_GAP}{{0,140}}\bte\s+(?:betalen|voldoen)\b"  # "de gelegenheid om € … te betalen"
    # verb-final clause with its amount: "Het bedrag dat u nog moet betalen is € …", "dat u € … moet
    # terugbetalen"; not "(Zo voorkomt u) dat u later weer moet terugbetalen"
    rf"|(?<!voorkomt u )(?<!voorkomen )\b(?:dat|wat|die)\s+u\b(?![^.?\n]{{0,80}}\b(?:niet|geen|niets|later|weer|opnieuw)\b)"
    rf"(?={_GAP}{{0,40}}€){_GAP}{{0,80}}\b(?:moet|dient\s+te)\s+(?:terug)?betalen\b"
)
# Keep paying what you already pay ("Betaal de huur die u nu betaalt", "blijf uw premie betalen", "weer zelf betalen"):
# a running payment, not an amount this letter asks for.
_ONGOING = re.compile(
    r"(?i)\b(?:die|dat|wat)\s+u\s+(?:nu|al|steeds|tot\s+nu\s+toe)\s+(?:betaalt|overmaakt)\b"
    r"|\bblijf\w*\b[^.?]{0,40}\bbetalen\b|\b(?:gewoon\s+)?door\s+(?:te\s+)?betalen\b|\bdoorbetalen\b|\bweer\s+zelf\s+(?:\w+\s+)?betalen\b"
    # the usual monthly payment besides this one: "Uw premie moet u ook elke maand gewoon betalen"
    r"|\b(?:ook|gewoon)\b[^.?]{0,30}\b(?:elke|iedere)\s+(?:maand|week)\b|\b(?:elke|iedere)\s+(?:maand|week)\b[^.?]{0,20}\bgewoon\b"
)
# "Wilt u € 120 vóór 1 mei overmaken?" asks to pay; "Wilt u niet elke maand ...? Dan ..." opens a case
_POLITE = re.compile(r"(?i)^\W*wilt\s+u\b(?!\s+(?:niet|geen)\b)")
_PAY_ROW = re.compile(
    r"(?i)\b(?:nog|nu|totaal)?\s*te\s+(?:betalen|voldoen)\b|\bterug\s+te\s+betalen\b|^\W*u\s+moet\s+(?:terug)?betalen\b"
)
# "Het deel dat u niet meer hoeft te betalen is € 80": a label that says it is not to be paid.
_NEGATED_PAY = re.compile(r"(?i)\b(?:niet|geen|hoeft|hoeven)\b[^.?\n]{0,30}\bte\s+(?:betalen|voldoen)\b")
_NOT_DUE = re.compile(
    r"(?i)\bverwacht\w*|\bongeveer\b|\bnaar\s+verwachting\b|\bschatting\b|\bmisschien\b|\bmogelijk\b"
)
_PAID = re.compile(
    r"(?i)\b(?:al|reeds)\s+(?:\w+\s+)?betaald|\bdoor\s+u\s+betaald|\bbetaalde\b|\bal\s+betaald\b"
)
# What the sender says it has received from the reader ("De huur van mei hebben wij op 2 mei ontvangen").
_RECEIVED = re.compile(r"(?i)\b(?:hebben|heeft)\s+(?:wij|we)\b[^.?\n]{0,60}\bontvangen\b|\bontvingen\s+(?:wij|we)\b")
_REFUND = re.compile(
    r"(?i)\bu\s+krijgt\b|\bkrijgt\s+u\b|\bteruggave\b|\bin\s+uw\s+voordeel\b|\bnabetaal\w*|\bbetalen\s+wij\b"
    r"|\bmaken\s+wij\b[^.]{0,50}\bover\b|\bop\s+uw\s+rekening\b|\bu\s+ontvangt\b|\bwij\s+betalen\b|\buitbetaal\w*"
)
# Money the reader keeps: a loan that becomes a gift, a debt that is written off.
_FORGIVEN = re.compile(
    r"(?i)\bomgezet\s+in\s+(?:een\s+)?gift\b|\bwordt\s+(?:een\s+)?gift\b|(?<!niet\s)\bkwijtgescholden\b"
    r"|\bhoeft\s+u\s+(?:nooit|niet)\s+(?:meer\s+)?terug\s+te\s+betalen\b"
)
# The letter ends a right (intrekking, beëindiging): a terugvordering it names comes in its own letter.
_ENDS_RIGHT = re.compile(
    r"(?i)\btrekken\b[^.?\n]{0,80}\bin\b|\bintrek\w*|\bingetrokken\b|\bbeëindig\w*|\bstopgezet\b|\bstopzet\w*"
)
_PERIODIC = re.compile(
    r"(?i)\bper\s+(?:maand|termijn|week|kwartaal|jaar|4\s+weken)\b|\bmaandbedrag|\btermijnbedrag|\bmaandelijks"
    r"|\belke\s+maand\b|\btermijnen\s+van\b|\bin\s+\d+\s+termijnen\b|\bhouden\s+wij\b|\binhouden\b"
)
_THRESHOLD = re.compile(
    r"(?i)\b(?:minimaal|minimum|ten\s+minste|tenminste|maximaal|maximum|meer\s+dan|minder\s+dan|hoger\s+dan|"
    r"lager\s+dan|drempel|grens|boven|onder)\s*(?:van\s+)?(?:€|eur\b|euro\b)?\s*$"
)
_CONDITIONAL = re.compile(r"(?i)^\W*(?:als|indien|wanneer|mocht|zodra)\b|\bdan\b")
_NOTHING = re.compile(
    r"(?i)\bhoeft\b[^.?]{0,40}\bniets\b[^.?]{0,20}\b(?:(?:terug\s+)?te\s+betalen|over\s+te\s+maken)\b"
    r"|\bniets\s+(?:meer\s+)?(?:terug\s+)?te\s+betalen\b"
)
# The sender pays it, the reader must not ("Betaal het alstublieft niet zelf", "U hoeft dit niet zelf
# te betalen", "Betaal deze rekening niet."): an amount told to be paid by someone else.
_NOT_YOURSELF = re.compile(
    r"(?i)\bbetaal\s+(?:het|dit|dat|die|deze\s+\w+|dit\s+\w+|de\s+\w+)\s+(?:\w+\s+){0,2}?n[ií]et"
    r"(?:\s+zelf\b|\s*(?:[,.!]|$))"
    r"|\bhoef\w*\b[^.?]{0,40}\bn[ií]et\s+zelf\s+(?:\w+\s+)?te\s+betalen\b"
)
_HEDGED = re.compile(r"(?i)\b(?:misschien|mogelijk|eventueel|wellicht|dan)\b|^\W*(?:als|indien|wanneer)\b")
_NOT_YET = re.compile(r"(?i)\b(?:nu|nog|met\s+deze\s+brief)\b")


def find_amount_to_pay(src: LetterSource) -> Fact:
    """value: the amount (float) or None when the letter says nothing needs paying."""
    segs = src.segments
    mentions = [a for a in find_amounts(src.text, every=True) if _payable(src.text, a, segs)]
    instructions = [s for s in segs if is_pay_instruction(s)]
    direct = [
        Candidate(a, [src.sentence_evidence(a.start)], s)
        for s in instructions
        for a in mentions
        if s.start <= a.start < s.end
    ]
    rows = [
        Candidate(a, [src.sentence_evidence(a.start)], src.segment(a.start))
        for a in mentions
        if _is_pay_row(a, src)
    ]
    # "Betaal de termijnen en de huur op tijd": keep to the plan; the instruction names no one amount
    bare = [
        s for s in instructions if not any(s.start <= a.start < s.end for a in mentions) and not PLAN_TERMS.search(s.text)
    ]
    bare += paid_off_by_schedule(src, mentions, _CONDITIONAL)
    nothing = [s for s in segs if (_NOTHING.search(s.text) or paid_off(s.text)) and not _HEDGED.search(s.text)]
    nothing += [s for s in segs if _NOT_YOURSELF.search(s.text)]
    rows = _with_results(src, rows, mentions)
    candidates = with_offer(direct or total_named(src, bare, mentions), offered(src)) or rows or referred(src, bare, mentions)
    settled = [
        src.evidence(s.start, s.end)
        for i, s in enumerate(segs)
        if settles(s.text) and not (i and settles_only_in_a_case(s.text, segs[i - 1].text))
    ]
    if settled:
        asked = [c for c in direct if not reclaims(c.sentence.text)]  # "Wij vorderen € … terug": how, not a request
        nothing_quotes = [src.evidence(s.start, s.end) for s in nothing]
        return settled_amount(settled + nothing_quotes, [(c.amount.value, c.evidence) for c in asked])
    if candidates and all(_COURT_ORDER.search(c.sentence.text) for c in candidates):
        return to_check(None, COURT_ORDER_NOTE, unique_evidence([e for c in candidates for e in c.evidence]))
    if candidates:
        return _not_now(src, candidates, direct, nothing) or _decide(
            candidates, [src.evidence(s.start, s.end) for s in nothing if not _NOT_YET.search(s.text)]
        )
    if nothing:
        return stated(None, [src.evidence(s.start, s.end) for s in nothing])
    refunds = [s for s in segs if _REFUND.search(s.text) and find_amounts(s.text)]
    if refunds:
        rule = "Het bedrag in de brief is geld dat u krijgt; de brief vraagt geen betaling."
        return stated(None, [src.evidence(s.start, s.end) for s in refunds[:2]], rule)
    return not_found("De brief vraagt niet om een betaling.")


def _with_results(src: LetterSource, rows: list[Candidate], mentions: list[Amount]) -> list[Candidate]:
    """A pay row that is a step of a sum (a rule line and a result below it): the result is a
    candidate too, and it alone when its own label says it is to be paid (calculation.py)."""
    out = []
    every = find_amounts(src.text, every=True)
    for c in rows:
        result = result_below(src.text, c.amount, every)
        if result is None:
            out.append(c)
            continue
        below = Candidate(result, [src.sentence_evidence(result.start)], src.segment(result.start))
        if any(r.amount.start == result.start for r in rows):
            continue  # the result is a pay row itself: it wins over the step above it
        out += [c, below]
    return out


def _not_now(src: LetterSource, candidates: list[Candidate], direct: list[Candidate], nothing: list[Segment]) -> Fact | None:
    """The amount when the letter also says nothing is to be paid now, or that all is paid; None when
    it does not."""
    later = [s for s in nothing if _NOT_YET.search(s.text)]
    later += later_for(src.text, src.segments, [c.amount.start for c in candidates])  # "Betaal pas na ..."
    not_yet = [src.evidence(s.start, s.end) for s in later]
    asked = [(c.amount.value, c.evidence) for c in candidates]
    if later and (_ENDS_RIGHT.search(src.text) or not direct) and all(
        reclaims(c.sentence.text) or not is_pay_instruction(c.sentence) for c in candidates
    ):  # "U hoeft nu nog niets te betalen" beside a "Nog terug te betalen" row: payment comes later
        return reclaimed_later(asked, not_yet)
    if later:  # "U moet (nog) € 540 (terug)betalen" beside "U hoeft nu niets te betalen": conflicting
        return asked_not_now(asked, not_yet)
    paid = [s for s in nothing if paid_off(s.text)]
    if paid and all(_is_pay_row(c.amount, src) for c in candidates):  # a "Totaal te betalen" row in a
        # letter that says all is paid: what was due, not what is asked now
        return stated(None, [src.evidence(s.start, s.end) for s in paid], RULE_PAID_OFF)
    return None


# A pay verb inside an indirect question ("Daarin staat hoe en wanneer u moet betalen") or a
# relative clause about something else ("een lening die u moet terugbetalen") tells what a letter
# or a thing is about; a hedge ("Misschien ...") is a possibility. None of them asks this reader to pay.
_EMBEDDED = re.compile(
    r"(?i)\b(?:hoe|wanneer|hoeveel|waar|waarom|of|welk\w*)\b(?:\s+en\s+\w+)?\s+u\s+(?:\w+\s+){0,4}?(?:moet|dient|kunt)\b"
    r"|\b(?:een|de|het)\s+\w+\s+(?:die|dat)\s+u\s+(?:\w+\s+){0,3}?moet\s+(?:terug)?betalen\b"
    r"|^\W*(?:misschien|wellicht|mogelijk|eventueel)\b"
)


def is_pay_instruction(s: Segment) -> bool:
    """The letter tells the reader to pay (not a question, a case, embedded, or another decision's claim)."""
    return (
        bool(_INSTRUCTION.search(s.text))
        and not _NOT_YOURSELF.search(s.text)
        and not not_this_claim(s.text)
        and not _CONDITIONAL.search(s.text)
        and not _ONGOING.search(s.text)
        and not pays_later(s.text)
        and not _EMBEDDED.search(s.text)
        and (not s.text.rstrip().endswith("?") or bool(_POLITE.match(s.text)))
    )


def _payable(text: str, a: Amount, segs: list[Segment]) -> bool:
    """Not a refund, deduction or credit, expected amount, threshold, periodic amount or amount
    already paid."""
    if a.negative:
        return False
    index = segment_at(segs, a.start)
    seg = segs[index]
    if only_if_late(text, segs, index) or stands_apart(text[seg.start : a.start]) or other_matter(segs, index):
        return False
    near = text[max(seg.start, a.start - 60) : min(seg.end, a.end + 40)]
    periodic = _PERIODIC.search(near) and not total_in_terms(text[a.end : a.end + 30])
    if _THRESHOLD.search(text[max(0, a.start - 30) : a.start]) or periodic:
        return False
    if _FORGIVEN.search(seg.text) or not_this_claim(seg.text):  # a gift; deferred or another decision's
        return False
    if _NOT_DUE.search(seg.text) or _PAID.search(near) or _RECEIVED.search(seg.text) or a.label == "al betaald":
        return False
    return not _REFUND.search(seg.text) or bool(_INSTRUCTION.search(seg.text))


def _is_pay_row(a: Amount, src: LetterSource) -> bool:
    """A table row that ends in the amount and whose label says it is to be paid ("Nog te betalen"),
    not that it is not ("dat u niet meer hoeft te betalen")."""
    seg = src.segment(a.start)
    after = src.text[a.end : seg.end].strip(" .)")
    label = src.text[seg.start : a.start]
    return (
        not re.sub(r"(?i)bruto|netto", "", after).strip()
        and bool(_PAY_ROW.search(label))
        and not _NEGATED_PAY.search(label)
    )


def _decide(candidates: list[Candidate], nothing: list[Evidence]) -> Fact:
    values = sorted({round(c.amount.value, 2) for c in candidates})
    evidence = unique_evidence([e for c in candidates for e in c.evidence])
    unclear = sorted({c.amount.raw for c in candidates if c.amount.uncertain})
    if unclear:
        note = (
            "De schrijfwijze van het bedrag om te betalen is niet eenduidig ("
            + ", ".join(unclear)
            + "): controleer het bedrag in de brief."
        )
        return to_check(None, note, evidence)
    if len(values) > 1:
        note = (
            "De brief noemt meer dan één bedrag om te betalen: " + ", ".join(money(v) for v in values) + "."
        )
        return to_check(None, note, evidence)
    if nothing:
        note = "De brief vraagt om betaling, maar zegt ook dat u niets hoeft te betalen."
        return to_check(values[0], note, evidence + nothing)
    rules = {c.rule for c in candidates}
    return stated(values[0], evidence, rules.pop() if len(rules) == 1 else None)
