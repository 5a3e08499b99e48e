"""What the reader has to do, as facts: each a short B1 sentence built from stated facts only,
with the letter's sentences it rests on. A fact that is to be checked never becomes an action."""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.drafts.facts import Evidence, Fact, stated, unique_evidence
from assistant.features.letters import meaning as M
from assistant.features.letters.amounts import money
from assistant.features.letters.dated_duty import first_dated_duty, in_own_words, unsure_duties
from assistant.features.letters.dates import format_date
from assistant.features.letters.due_dates import DUE_COLUMN_MEANING, column_sentence
from assistant.features.letters.facts import LetterDate, LetterFacts
from assistant.features.letters.instructions import instructions
from assistant.features.letters.offer import OFFER_SENTENCE, RULE_OFFER
from assistant.features.letters.remedy_wording import court_where
from assistant.features.letters.settlement import RULE_SETTLED
from assistant.features.letters.source import LetterSource

# Money the organisation collects: "wij schrijven ... af", or paying "via automatische incasso"; not
# "U betaalt de achterstand af in 6 termijnen", which the reader pays off (afbetalen) themselves.
_AUTO_PAY = re.compile(
    r"(?i)\bu betaalt\b[^.]{0,80}\bautomatische incasso\b|\b(?:wij schrijven|schrijven wij)\b[^.]{0,80}\b(?:automatische incasso|af)\b"
)
# A debit of the payment that runs as always ("uw gewone maandbedrag loopt door; dat schrijven wij
# zoals altijd af") says nothing about how the amount this letter asks is paid.
# So does a debit of an ongoing payment told beside the asked one ("Uw lopende premie betaalt u daarnaast
# gewoon", "Deze incasso staat los van de regeling").
_RUNNING = re.compile(
    r"(?i)\bzoals\s+altijd\b|\bgewone?\b|\bloopt\s+door\b|\bblijft?\b[^.]{0,60}\bbetalen\b|\blopende?\b"
    r"|\bdaarnaast\b|\bstaa?t\s+los\s+van\b"
)
_APART_DEBIT = re.compile(r"(?i)^\W*(?:deze|die|dit|de)\s+(?:\w+\s+)?(?:incasso|afschrijving)\s+staa?t\s+los\s+van\b")
_LATER_LETTER = re.compile(r"(?i)aparte brief|betaalverzoek|nog een brief")


def action_facts(facts: LetterFacts, src: LetterSource) -> list[Fact]:
    out: list[Fact] = []
    used: set[str] = set()
    out += (paid := _payment(facts, src, used))
    out += _papers(facts, used)
    out += _deadlines(facts, used)
    if not out:
        out += instructions(src, _unsure_spans(facts))
    told = {e.start for f in out for e in f.evidence}  # quotes already told, by their start
    out += unsure_duties(src, facts.deadlines, told, _unsure_spans(facts), bool(paid))
    if not out:
        out += _nothing_to_do(facts, src)
    out += _remedies(facts)
    amount = facts.fact("amount_to_pay")
    no_payment = (amount.stated and amount.value is None) or amount.status == "not_found"
    for option in facts.options:
        if no_payment and not option.mentioned:
            continue  # no advice about paying when the letter asks for no payment
        evidence = [src.sentence_evidence(option.start)] if option.start >= 0 else []
        out.append(_option(option.name, option.mentioned, facts, evidence))
    return out


def _payment(facts: LetterFacts, src: LetterSource, used: set[str]) -> list[Fact]:
    amount, pay_by = facts.fact("amount_to_pay"), facts.fact("pay_by")
    due = pay_by.value if pay_by.stated else None
    payment_kind = facts.kind in ("aanslag", "terugvordering", "aanmaning", "dwangbevel", "boete")
    if due is None and pay_by.status == "not_found" and payment_kind:  # a pay-by to check stays unsaid
        # only one date to pay by: several (termijnen) without a pay-by date say nothing about the whole amount
        dates = {d.value for d in facts.stated_deadlines() if "betalen" in d.meaning and not d.condition}
        due = dates.pop() if len(dates) == 1 else None
    out: list[Fact] = []
    evidence = unique_evidence(list(amount.evidence) + list(pay_by.evidence if pay_by.stated else []))
    auto = _pays_automatically(src)
    if amount.stated and amount.value is not None and auto:
        first = f" De eerste keer is rond {format_date(due)}." if due else ""
        out.append(
            stated(f"U hoeft niet zelf te betalen. Het geld gaat vanzelf van uw rekening.{first}", [auto])
        )
        out.append(stated("Zorg dat er genoeg geld op uw rekening staat.", [auto]))
    elif amount.stated and amount.value is not None and due and (first := _first_instalment(facts, pay_by)):
        sentence = (
            f"Betaal {money(amount.value)} in termijnen. De eerste termijn betaalt u uiterlijk op "
            f"{format_date(first)}, de laatste uiterlijk op {format_date(due)}."
        )
        out.append(stated(sentence, evidence, pay_by.rule))
        used.update(_told(d) for d in facts.stated_deadlines() if "betalen" in d.meaning and not d.condition)
        return out  # each termijn's date stays in the list of dates
    elif amount.stated and amount.value is not None and due:
        offer = OFFER_SENTENCE if amount.rule == RULE_OFFER else ""  # the lower amount holds only if paid on time
        out.append(
            stated(
                f"Betaal {money(amount.value)}. Doe dat uiterlijk op {format_date(due)}.{offer}",
                evidence,
                pay_by.rule,
            )
        )
    elif amount.stated and amount.value is not None and _LATER_LETTER.search(facts.text):
        sentence = f"U moet {money(amount.value)} terugbetalen. U krijgt nog een brief over hoe en wanneer."
        out.append(stated(sentence, evidence))
    elif amount.stated and amount.value is None and amount.rule == RULE_SETTLED:
        out.append(stated(_settled_sentence(amount), list(amount.evidence), RULE_SETTLED))
    elif amount.stated and amount.value is not None:
        how = "hoe en wanneer" if pay_by.status == "to_check" else "hoe"  # the date is on the check list
        out.append(stated(f"Betaal {money(amount.value)}. In de brief staat {how} u betaalt.", evidence))
    elif due and amount.status == "not_found":
        out.append(stated(f"Betaal uiterlijk op {format_date(due)}.", evidence))
    if out and due:
        used.update(d.meaning for d in facts.stated_deadlines() if d.value == due and "betalen" in d.meaning)
        used.add("uiterste datum om te betalen")
    if out and facts.kind == "dwangbevel":
        out.append(stated("Doe dit snel. Anders kan er beslag komen.", evidence))
    return out


def _first_instalment(facts: LetterFacts, pay_by: Fact) -> date | None:
    """The first termijn's date when the pay-by date is the last of several termijnen."""
    if not (pay_by.rule and "termijnen" in pay_by.rule):
        return None
    dates = [d.value for d in facts.stated_deadlines() if "betalen" in d.meaning and not d.condition]
    earlier = [d for d in dates if d < pay_by.value]
    return min(earlier) if earlier else None


def _settled_sentence(amount: Fact) -> str:
    """The amount fact says the money is verrekend or ingehouden (settlement.settles, the one
    detector): the reader pays nothing themselves; the verb is the letter's own."""
    quotes = " ".join(e.quote for e in amount.evidence)
    how = "verrekend met" if re.search(r"(?i)verreken", quotes) else "ingehouden op"
    return f"U hoeft niet zelf te betalen. Het geld wordt {how} geld dat u krijgt."


_THEN = re.compile(r"(?i)(?<!meer )(?<!minder )(?<!later )(?<!eerder )(?<!anders )\bdan\b")


def _pays_automatically(src: LetterSource) -> Evidence | None:
    """The letter says the money is collected automatically, not only on a condition
    ("Heeft u ons gemachtigd? Dan schrijven wij ... af" is a condition, not a fact)."""
    segs = src.segments
    for i, seg in enumerate(segs):
        if not _AUTO_PAY.search(seg.text):
            continue
        conditional = re.match(r"(?i)\W*(?:dan|als|indien|wanneer|kiest|heeft u)\b", seg.text) or _THEN.search(
            seg.text
        )  # "Wij schrijven het geld dan af": the consequence of a choice named before
        # "U kiest de regeling. U betaalt dan in termijnen. De eerste schrijven wij af op ...": goes on about that case
        same_paragraph = i and "\n\n" not in src.text[segs[i - 1].end : seg.start]
        conditional = conditional or (same_paragraph and _THEN.search(segs[i - 1].text))
        after_question = any(
            segs[j].text.rstrip().endswith("?") and segs[j].line >= seg.line - 2 for j in range(max(0, i - 2), i)
        )
        running = _RUNNING.search(seg.text) or (i and _RUNNING.search(segs[i - 1].text))
        running = running or (i + 1 < len(segs) and _APART_DEBIT.search(segs[i + 1].text))
        if not (conditional or after_question or running):
            return src.evidence(seg.start, seg.end)
    return None


def _papers(facts: LetterFacts, used: set[str]) -> list[Fact]:
    if facts.kind != "informatieverzoek":
        return []
    sender = facts.sender_name
    due = facts.deadline_for("papieren")
    if due:
        used.add(due.meaning)
        fact = _deadline_fact(facts, due)
        sentence = f"Stuur de papieren die {sender} vraagt. Doe dat uiterlijk op {format_date(due.value)}."
        return [stated(sentence, fact.evidence if fact else [], due.rule)]
    evidence = list(facts.fact("kind").evidence)
    if any(f.status == "to_check" and "papieren" in f.value.meaning for f in facts.deadlines):
        return [stated(f"Stuur de papieren die {sender} vraagt. In de brief staat tot wanneer.", evidence)]
    return [stated(f"Stuur de papieren die {sender} vraagt. Doe dat zo snel als u kunt.", evidence)]


def _deadlines(facts: LetterFacts, used: set[str]) -> list[Fact]:
    out: list[Fact] = []
    sender = facts.sender_name
    for fact in facts.deadlines:
        d: LetterDate = fact.value
        if not fact.stated or d.meaning in used or _told(d) in used or "kwijtschelding" in d.meaning:
            continue
        if d.kind == M.APPOINTMENT:
            time = re.search(r"om (\S+) uur", d.meaning)
            when = format_date(d.value, weekday=True) + (f" om {time.group(1)} uur" if time else "")
            out.append(stated(f"Ga naar de afspraak op {when}.", fact.evidence))
            out.append(stated(f"Kunt u niet? Laat het {sender} dan snel weten.", fact.evidence))
        elif d.condition:
            out.append(stated(_conditional(d, fact.evidence), fact.evidence, fact.rule))
        elif d.meaning == DUE_COLUMN_MEANING:  # the first row's date; the table has the others
            rows = sum(f.stated and f.value.meaning == d.meaning for f in facts.deadlines)
            out.append(stated(column_sentence(d.value, rows), fact.evidence, fact.rule))
        else:
            out.append(stated(f"Let op: de {d.meaning} is {format_date(d.value)}.", fact.evidence, fact.rule))
        used.add(d.meaning)
    return out


def _told(d: LetterDate) -> str:
    """The key of a termijn date that the pay sentence already tells."""
    return f"termijn {d.value.isoformat()}"


def _conditional(d: LetterDate, evidence: list[Evidence]) -> str:
    earlier = re.match(
        r"uiterste datum om (bezwaar te maken|in beroep te gaan) tegen (het besluit van .+)", d.meaning
    )
    if earlier:
        verb = "bezwaar maken" if earlier.group(1).startswith("bezwaar") else "in beroep gaan"
        return f"Wilt u {verb} tegen {earlier.group(2)}? Doe dat dan uiterlijk op {format_date(d.value)}."
    condition = d.condition or ""
    own = evidence[0].quote if evidence else ""
    last = format_date(d.value - timedelta(days=1) if d.before else d.value)  # "vóór 1 mei": 30 april
    said = f" De brief zegt vóór {format_date(d.value)}." if d.before else ""
    if condition.endswith("?") and own and len(own.split()) <= 22 and not own.endswith("…"):
        dated = d.rule is None  # the letter writes the date itself
        return f"{condition} {own}" + ("" if dated else f" Dat is uiterlijk op {last}.")
    if condition.endswith("?"):
        return f"{condition}{said} Dan is de {d.meaning} {last}."
    return f"{condition[0].upper()}{condition[1:]}, is de {d.meaning} {last}.{said}"


def _deadline_fact(facts: LetterFacts, d: LetterDate) -> Fact | None:
    return next((f for f in facts.deadlines if f.value == d), None)


def _unsure_spans(facts: LetterFacts) -> list[tuple[int, int]]:
    """Where the letter says what an amount to pay or pay-by date to check rests on."""
    unsure = [f for f in (facts.fact("amount_to_pay"), facts.fact("pay_by")) if f.status == "to_check"]
    return [(e.start, e.end) for f in unsure for e in f.evidence]


def _nothing_to_do(facts: LetterFacts, src: LetterSource) -> list[Fact]:
    """"U hoeft nu niets te doen" only when nothing is to check and no sentence tells the reader to
    act by a date; such a sentence is told in the letter's own words instead."""
    pending = [
        f for f in (facts.fact("amount_to_pay"), facts.objection, *facts.deadlines) if f.status == "to_check"
    ]
    if pending:
        return []
    duty = first_dated_duty(src, facts.letter_date)
    if duty is not None:
        return [in_own_words(src, duty)]
    rule = "De brief vraagt geen betaling, geen papieren, geen reactie en geen afspraak."
    return [stated("U hoeft nu niets te doen. Bewaar de brief goed.", [], rule)]


def _remedies(facts: LetterFacts) -> list[Fact]:
    out = []
    objection, appeal = facts.objection, facts.fact("appeal")
    if objection.stated and objection.value.possible and objection.value.until:
        verb = "Maak dan bezwaar" if objection.value.route == "bezwaar" else "Ga dan in beroep"
        sentence = f"Bent u het niet eens met de brief? {verb}. Dat moet uiterlijk op {format_date(objection.value.until)}."
        out.append(stated(sentence, objection.evidence, objection.rule))
    if appeal.stated and appeal.value and appeal.value.possible:
        until = f" Dat moet uiterlijk op {format_date(appeal.value.until)}." if appeal.value.until else ""
        where = (
            "in verzet gaan bij de rechter"
            if appeal.value.route == "verzet"
            else court_where(" ".join(e.quote for e in appeal.evidence))
        )
        out.append(
            stated(
                f"Bent u het niet eens met de brief? Dan kunt u {where}.{until}", appeal.evidence, appeal.rule
            )
        )
    return out


def _option(name: str, mentioned: bool, facts: LetterFacts, evidence: list[Evidence]) -> Fact:
    sender = facts.sender_name
    advice = None if mentioned else "advies: bij deze soort brief kan dat vaak; de brief noemt het niet"
    if name == "betalingsregeling":
        if mentioned:
            return stated(
                "Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling aan.", evidence
            )
        return stated(
            f"Kunt u niet alles in één keer betalen? Vraag {sender} dan of een betalingsregeling kan.",
            [],
            advice,
        )
    if name == "kwijtschelding":
        due = facts.deadline_for("kwijtschelding") or next(
            (f.value for f in facts.deadlines if f.stated and "kwijtschelding" in f.value.meaning), None
        )
        when = f" Doe dat uiterlijk op {format_date(due.value)}." if due else ""
        if mentioned:
            return stated(f"Heeft u weinig geld? Vraag dan kwijtschelding aan.{when}", evidence)
        return stated("Heeft u weinig geld? Vraag dan of u kwijtschelding kunt krijgen.", [], advice)
    return stated("Heeft u meer tijd nodig om te betalen? Vraag dan uitstel van betaling aan.", evidence)
