"""Finding the facts of a letter (facts.py), each with its evidence: sender, letter date, kind,
whether it is a besluit, the amount to pay and by when (payment.py), bezwaar and beroep
(remedies.py, objection.py), the reader's deadlines (deadlines.py) and what to do (actions.py).
A text that does not look like a letter (shape.py) gets no facts at all."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.drafts.facts import Evidence, Fact, not_found, stated, to_check
from assistant.features.letters import meaning as M
from assistant.features.letters.actions import action_facts
from assistant.features.letters.amounts import find_amounts
from assistant.features.letters.dates import DateMention
from assistant.features.letters.deadlines import deadline_facts, find_letter_dates
from assistant.features.letters.facts import LetterDate, LetterFacts
from assistant.features.letters.instalments import (
    first_instalment,
    first_period_payment,
    schedule_start,
    total_in_instalments,
)
from assistant.features.letters.kind_heads import judgment
from assistant.features.letters.kinds import DECISION_KINDS, KIND_LABELS, PAYMENT_KINDS, KindFinding, classify
from assistant.features.letters.letter_date import (
    RULE_MONTH_ONLY,
    find_letter_date,
    letter_date_conflict,
    month_only_date,
)
from assistant.features.letters.month_schedule import month_schedule
from assistant.features.letters.not_now import mark_late
from assistant.features.letters.objection import decide_remedies
from assistant.features.letters.options import find_options
from assistant.features.letters.pay_by import find_pay_by
from assistant.features.letters.payment import find_amount_to_pay, is_pay_instruction
from assistant.features.letters.references import find_references, find_subject
from assistant.features.letters.remedies import POSSIBLE, THIS, find_clauses
from assistant.features.letters.sender import OrganisationLike, Sender, detect_sender
from assistant.features.letters.settlement import settles
from assistant.features.letters.shape import letter_doubts
from assistant.features.letters.source import LetterSource, read_letter
from assistant.features.letters.split_total import split_total
from assistant.features.letters.topics import find_topic
from assistant.features.letters.yearless import RULE_YEARLESS_LETTER, yearless_letter_date

_SERVED = re.compile(r"(?i)betekening|betekend")


def analyse_letter(text: str, organisations: Iterable[OrganisationLike] = ()) -> LetterFacts:
    """The facts of `text`, a letter from an organisation; `organisations` is the sociale kaart."""
    src = read_letter(text)
    norm = src.text
    sender = detect_sender(norm, organisations)
    mention = find_letter_date(norm) or yearless_letter_date(norm)
    doubts = letter_doubts(norm, sender_found=sender is not None, date_found=mention is not None)
    if doubts:
        return _not_a_letter(src)
    letter_date = mention.value if mention else None
    subject = find_subject(norm)
    clauses = find_clauses(norm, src.segments, letter_date)
    opened = any(c.target == THIS and c.polarity == POSSIBLE and c.routes & {"bezwaar"} for c in clauses)
    kind = _private_kind(classify(src.segments, subject, decision_clause=opened), sender, src, subject)
    dates = find_letter_dates(src, mention, _served(norm, mention))
    dates += month_schedule(src)
    date_evidence = [src.line_evidence(mention.start)] if mention else []
    remedies = decide_remedies(src, clauses, kind, sender, letter_date, date_evidence)
    amount = _proposal(find_amount_to_pay(src), kind, norm)
    pay_by = find_pay_by(src, amount, dates, letter_date)
    regeling = kind.kind == "betalingsregeling" and not amount.stated
    instalment = (
        (total_in_instalments(src) or first_instalment(src) or schedule_start(src, letter_date)) if regeling else None
    )
    if instalment and amount.status == "not_found":
        amount, pay_by = instalment
    elif split := split_total(src, amount):  # a total paid in termijnen: the first termijn is due now
        amount, pay_by = split
    elif amount.status == "not_found" and not pay_by.stated and (first := first_period_payment(src)):
        amount, pay_by = first
    objection = remedies.objection
    if objection.stated and objection.value.possible and objection.value.until:
        told = {(d.value, d.meaning) for d in dates}
        if (objection.value.until, _objection_date(objection).meaning) not in told:
            dates.append(_objection_date(objection))
    dates += [f.value for f in remedies.earlier]
    facts = LetterFacts(
        sender=sender,
        letter_date=letter_date,
        subject=subject,
        kind=kind.kind,
        topic=find_topic(norm, subject),
        references=find_references(norm),
        amounts=mark_late(norm, src.segments, find_amounts(norm)),
        dates=dates,
        options=find_options(norm, kind.kind, sender.organisation_id if sender else None),
        requested=_requested(norm),
        injections=src.injections,
        text=norm,
        found={
            "sender": _sender_fact(src, sender),
            "letter_date": _letter_date_fact(src, mention, date_evidence),
            "kind": _kind_fact(src, kind),
            "decision": remedies.decision,
            "amount_to_pay": amount,
            "pay_by": pay_by,
            "objection": objection,
            "appeal": remedies.appeal,
        },
        deadlines=sorted(
            deadline_facts(src, dates, letter_date) + remedies.earlier, key=lambda f: f.value.value
        ),
    )
    facts.actions = action_facts(facts, src)
    return facts


def _letter_date_fact(src: LetterSource, mention: DateMention | None, evidence: list[Evidence]) -> Fact:
    """The letter's date; two different dates the letter gives as its own are to check, with both."""
    if mention is None:
        month = month_only_date(src.text)
        if month is None:
            return not_found("Geen datum gevonden.")
        return stated(None, [src.line_evidence(month.start())], RULE_MONTH_ONLY.format(month=month.group()))
    other = letter_date_conflict(src.text, mention)
    if other is None:
        yearless = not re.search(r"\d{4}", mention.raw)  # "di 4 mei": the year is read, not written
        return stated(mention.value, evidence, RULE_YEARLESS_LETTER.format(year=mention.value.year) if yearless else None)
    note = "De brief noemt twee verschillende eigen datums. Controleer de datum van de brief."
    return to_check(mention.value, note, evidence + [src.line_evidence(other.start)])


def _private_kind(kind: KindFinding, sender: Sender | None, src: LetterSource, subject: str) -> KindFinding:
    """A private party (a verhuurder, a company) takes no besluit (Awb 1:1, 1:3): its letter that
    reads like one is a letter with information. A court's letter that is or sends a judgment is a
    vonnis; the reader's own bewindvoerder manages the reader's money and claims none of it."""
    if sender is not None and sender.court and (said := judgment(src.segments, subject)):
        return KindFinding("vonnis", True, said, kind.not_a_decision)
    if sender is not None and sender.organisation_id in _MANAGES_FOR_READER and kind.kind in _CLAIM_KINDS:
        line = src.text.find(sender.line) if sender.line else -1
        said = [(line, line + len(sender.line))] if line >= 0 else []
        return KindFinding("informatie", bool(said), said, kind.not_a_decision)
    if sender is not None and sender.court and kind.kind in (*DECISION_KINDS, "beslissing_op_bezwaar"):
        # a court is no bestuursorgaan (Awb 1:1 lid 2 onder c): its letter is no (beslissing op) besluit
        return KindFinding("informatie", kind.certain, kind.evidence, kind.not_a_decision)
    if sender is not None and sender.government is False and kind.kind == "terugvordering" and _settled_only(src):
        # a company that settles the money itself and asks none back reclaims nothing: it informs
        return KindFinding("informatie", kind.certain, kind.evidence, kind.not_a_decision)
    if kind.kind != "besluit" or sender is None or sender.government is not False:
        return kind
    return KindFinding("informatie", kind.certain, kind.evidence, kind.not_a_decision)


def _settled_only(src: LetterSource) -> bool:
    """The letter settles the money itself (verrekend, ingehouden) and tells the reader to pay nothing."""
    segs = src.segments
    done = any(settles(s.text) or _SETTLED_BEFORE.search(s.text) for s in segs)
    return done and not any(is_pay_instruction(s) for s in segs)


# the perfect tense: "We hebben het te veel betaalde verrekend met je loon", "Wij hebben dat al ingehouden"
_SETTLED_BEFORE = re.compile(r"(?i)\b(?:wij|we)\s+hebben\b[^.?]{0,60}\b(?:verrekend|ingehouden)\b")


# a bewindvoerder or budgetbeheerder pays the reader's bills from the reader's money: a reminder,
# reclaim or arrangement it writes about is another creditor's, not a claim of its own
_MANAGES_FOR_READER = ("bewindvoerder",)
_CLAIM_KINDS = (*PAYMENT_KINDS, "betalingsregeling")

# a plan told now ("Wij zijn van plan ...", "Voornemen tot ..."), not one told in the past ("dat wij
# van plan waren"): that was the earlier voornemen of a decision letter
_PROPOSAL = re.compile(r"(?i)\bvoornemen\b|\b(?:zijn|is|ben)\s+(?:wij\s+|we\s+)?(?:van\s+plan|voornemens)\b")
PROPOSAL_NOTE = (
    "Dit is een voornemen: de organisatie is van plan te beslissen, maar heeft dat nog niet gedaan. Een bedrag "
    "in een voornemen is een voorstel, nog geen bedrag om te betalen. Controleer of de brief echt om betaling vraagt."
)


def _proposal(amount: Fact, kind: KindFinding, text: str) -> Fact:
    """A voornemen proposes a decision (Awb 4:8): a sum in it is no claim yet, so an amount to pay
    found in it is to check."""
    if kind.kind != "aankondiging" or amount.status != "stated" or amount.value is None:
        return amount
    if not _PROPOSAL.search(text):
        return amount
    return to_check(amount.value, PROPOSAL_NOTE, list(amount.evidence), amount.rule)


def _not_a_letter(src: LetterSource) -> LetterFacts:
    """No sender, date or letter structure: nothing is stated that the text does not say."""
    note = "De tekst lijkt geen brief van een organisatie."
    facts = LetterFacts(None, None, "", "onbekend", None, [], [], [], [], injections=src.injections,
                        text=src.text, is_letter=False)  # fmt: skip
    facts.found = {name: not_found(note) for name in ("sender", "letter_date", "decision", "amount_to_pay",
                                                      "pay_by", "objection", "appeal")}  # fmt: skip
    facts.found["kind"] = stated("onbekend", [], "geen afzender, datum of briefopbouw gevonden")
    return facts


def _served(text: str, mention: DateMention | None) -> bool:
    """The letter's date is the day it was served (a dwangbevel: "Datum van betekening")."""
    if mention is None:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    return bool(_SERVED.search(text[line_start : mention.start]))


def _objection_date(objection: Fact) -> LetterDate:
    route = objection.value.route
    meaning = (
        "uiterste datum om bezwaar te maken" if route == "bezwaar" else "uiterste datum om in beroep te gaan"
    )
    return LetterDate(objection.value.until, meaning, M.DEADLINE, rule=objection.rule)


def _sender_fact(src: LetterSource, sender: Sender | None) -> Fact:
    if sender is None:
        return not_found("De afzender staat niet in de brief of is niet herkend.")
    pos = src.text.find(sender.line) if sender.line else -1
    evidence = [src.line_evidence(pos)] if pos >= 0 else []
    if sender.organisation_id is None:
        return stated(sender.name, evidence, "de eerste regel van de brief (niet in de sociale kaart)")
    return stated(sender.name, evidence)


def _kind_fact(src: LetterSource, kind: KindFinding) -> Fact:
    evidence: list[Evidence] = [src.evidence(s, e) for s, e in kind.evidence]
    rule = f"soort brief uit de woorden van de brief: {KIND_LABELS[kind.kind]}"
    if kind.certain:
        return stated(kind.kind, evidence, rule)
    return to_check(kind.kind, f"Het is niet zeker dat dit een {KIND_LABELS[kind.kind]} is.", evidence, rule)


_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(.+?)[;.,]?\s*$")


def _requested(text: str) -> list[str]:
    """Items of a list that follows a request line ("Stuur ons de volgende papieren:")."""
    items: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not (
            line.rstrip().endswith(":")
            and re.search(r"(?i)stuur|lever|stukken|papieren|gegevens|vragen u|nodig", line)
        ):
            continue
        for nxt in lines[i + 1 :]:
            m = _LIST_ITEM.match(nxt)
            if not m:
                break
            item = m.group(1).strip()
            if len(item.split()) <= 15:
                items.append(item[0].lower() + item[1:] if item[1:2].islower() else item)
    return items
