"""`explain_letter`: a letter from an organisation explained in plain Dutch (B1), as a draft.

The engine (assistant.features.letters) decides the facts: sender, dates, deadlines, amounts, kind,
bezwaar, each with its evidence and status. Without a model the explanation is the template, which
holds stated facts only and already meets the B1 target; facts to be checked go to the
professional's "Controleer dit" list. With a model, its text is used only when the verifier
accepts it; otherwise the template is shown with a warning saying why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.drafts.draft import Draft
from assistant.drafts.wording import Wording, word_with_model
from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import format_date
from assistant.features.letters.facts import LetterFacts
from assistant.features.letters.kinds import kind_label
from assistant.features.letters.report import check_lines, check_list, fact_lines, facts_dict, route_dict
from assistant.features.letters.template import difficult_words, money, render
from assistant.features.letters.verify import verify_explanation
from assistant.knowledge.corpus import load_glossary, load_sociale_kaart
from assistant.text.readability import measure


@dataclass
class LetterExplanation(Draft):
    sender: str = ""
    letter_date: str | None = None
    kind: str = "informatie"
    references: list[str] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    objection: dict = field(default_factory=dict)  # = facts["objection"]
    amount_to_pay: dict = field(default_factory=dict)  # = facts["amount_to_pay"]
    explanation: str = ""
    difficult_words: list[dict] = field(default_factory=list)
    readability: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)  # every fact with value, status, evidence and rule
    check_list: list[dict] = field(default_factory=list)  # {fact, label, note, value, evidence}
    subject: str = ""  # for to_text(); not part of the JSON contract
    fact_lines: list[str] = field(default_factory=list)  # for to_text()
    check_lines: list[str] = field(default_factory=list)  # for to_text()

    def to_dict(self) -> dict:
        return {
            "sender": self.sender, "letter_date": self.letter_date, "kind": self.kind,
            "kind_label": kind_label(self.kind), "references": self.references, "amounts": self.amounts, "dates": self.dates,
            "actions": self.actions, "objection": self.objection, "amount_to_pay": self.amount_to_pay,
            "explanation": self.explanation, "difficult_words": self.difficult_words,
            "readability": self.readability, "facts": self.facts, "check_list": self.check_list,
            "warnings": self.warnings, "status": self.status, "generated_by": self.generated_by.to_dict(),
        }  # fmt: skip

    def to_text(self) -> str:
        lines = ["UITLEG VAN EEN BRIEF (concept, eerst controleren)", ""]
        lines += self.fact_lines or [f"Afzender: {self.sender or 'onbekend'}", f"Soort brief: {kind_label(self.kind)}"]
        if self.subject:
            lines.append(f"Onderwerp: {self.subject}")
        if self.references:
            lines.append("Kenmerken: " + "; ".join(self.references))
        if self.check_lines:
            lines += ["", "Controleer dit (voor de professional, niet in de uitleg voor de burger):"]
            lines += self.check_lines
        lines += ["", "Uitleg voor de burger:", self.explanation]
        if self.difficult_words:
            lines += ["", "Moeilijke woorden:"] + [
                f"- {w['word']}: {w['meaning']}" for w in self.difficult_words
            ]
        r = self.readability
        if r:
            verdict = "haalt B1" if r.get("meets_b1") else "haalt B1 niet"
            lines += ["", f"Leesbaarheid: Flesch-Douma {r['flesch_douma']}, {r['avg_sentence_words']} woorden per zin, "
                          f"{r['uncommon_share']:.0%} moeilijke woorden ({verdict})."]  # fmt: skip
        if self.warnings:
            lines += [""] + [f"Let op: {w}" for w in self.warnings]
        return "\n".join(lines).strip()


def explain_letter(text: str, *, settings, llm=None, today: date | None = None) -> LetterExplanation:
    organisations = load_sociale_kaart(settings.corpus_dir)
    facts = analyse_letter(text, organisations)
    template = render(facts)
    found = facts_dict(facts)
    result = LetterExplanation(
        sender=facts.sender.name if facts.sender else "",
        letter_date=facts.letter_date.isoformat() if facts.letter_date else None,
        kind=facts.kind,
        references=facts.references,
        amounts=[{"value": round(a.value, 2), "label": a.label} for a in facts.amounts],
        dates=[
            {"date": d.value.isoformat(), "meaning": d.meaning}
            for d in sorted(facts.dates, key=lambda d: d.value)
        ],
        actions=[a.value for a in facts.actions if a.stated],
        objection=route_dict(facts.objection),
        amount_to_pay=found["amount_to_pay"],
        explanation=template,
        difficult_words=[
            {"word": w, "meaning": m}
            for w, m in difficult_words(facts.text, load_glossary(settings.corpus_dir))
        ],
        facts=found,
        check_list=check_list(facts),
        subject=facts.subject,
        fact_lines=fact_lines(facts),
        check_lines=check_lines(facts),
    )
    result.warnings += _warnings(facts, today)
    if llm is not None and facts.is_letter:
        _word_with_model(result, facts, template, organisations, llm, settings)
    result.readability = measure(result.explanation).to_dict()
    return result


def _warnings(facts: LetterFacts, today: date | None) -> list[str]:
    out = []
    if facts.injections:
        quoted = "; ".join(f'"{s[:80]}"' for s in facts.injections[:3])
        out.append(
            f"De brief bevat tekst die lijkt op een opdracht aan een computer: {quoted}. "
            "Die tekst is genegeerd; controleer of de brief echt is."
        )
    if not facts.is_letter:
        out.append(
            "Deze tekst lijkt geen brief van een organisatie (geen afzender, datum of briefopbouw). "
            "Er zijn geen feiten vastgesteld. Plak de tekst van de brief zelf, of gebruik Triage voor een verhaal."
        )
        return out
    if facts.sender is None:
        out.append("De afzender is niet gevonden. Vul die zelf in.")
    elif facts.sender.organisation_id is None:
        out.append(f"De afzender ({facts.sender.name}) staat niet in de sociale kaart; controleer de naam.")
    if facts.letter_date is None:
        out.append("De datum van de brief is niet gevonden; termijnen zijn daarom niet uitgerekend.")
    if facts.objection.stated and facts.objection.value.by_default:
        out.append(
            "De brief noemt geen bezwaar. De uitleg gaat uit van de gewone termijn van zes weken "
            "(Awb 6:7 en 6:8); controleer of dit een besluit is."
        )
    if any("gerekend vanaf de datum van de brief" in d.meaning for d in facts.dates):
        out.append(
            "Een termijn telt vanaf ontvangst of betekening; de uitleg rekent veilig vanaf de datum van de brief."
        )
    if facts.check_count():
        out.append(f"{facts.check_count()} feit(en) om te controleren: zie 'Controleer dit'.")
    if today:
        for d in facts.stated_deadlines():
            if d.value < today and not (facts.letter_date and d.value < facts.letter_date):
                out.append(f"Let op: de {d.meaning} ({format_date(d.value)}) is al voorbij.")
    return out


def facts_for_prompt(facts: LetterFacts) -> str:
    """The stated facts only: a fact to be checked is never given to the model to word."""
    lines = [f"Afzender: {facts.sender.name}"] if facts.sender and facts.fact("sender").stated else []
    if facts.letter_date:
        lines.append(f"Datum van de brief: {format_date(facts.letter_date)}")
    if facts.fact("kind").stated:
        lines.append(f"Soort brief: {kind_label(facts.kind)}")
    lines += [f"Bedrag: {money(a.value)} ({a.label})" for a in facts.amounts]
    pay = facts.fact("amount_to_pay")
    if pay.stated:
        lines.append(f"Te betalen: {money(pay.value)}" if pay.value is not None else "Te betalen: niets")
    lines += [f"Datum: {format_date(d.value)} ({d.meaning})" for d in facts.stated_deadlines()]
    objection = facts.objection
    if objection.stated:
        route = objection.value
        said = f"mogelijk tot en met {format_date(route.until)}" if route.possible and route.until else (
            "mogelijk" if route.possible else "niet mogelijk")  # fmt: skip
        lines.append(f"Bezwaar: {said}")
    lines += [f"Te doen: {a.value}" for a in facts.actions if a.stated]
    return "\n".join(lines)


def _word_with_model(
    result: LetterExplanation, facts: LetterFacts, template: str, organisations, llm, settings
) -> None:
    letter = facts.text.replace("BRIEF>>>", "BRIEF>>").replace("<<<BRIEF", "<<BRIEF")
    worded = word_with_model(result, llm, settings, Wording(
        "explain_letter", {"facts": facts_for_prompt(facts), "template": template, "letter": letter},
        lambda text: verify_explanation(text, facts, organisations),
    ))  # fmt: skip
    if worded is not None:
        result.explanation = worded
