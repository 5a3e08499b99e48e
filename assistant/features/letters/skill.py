"""`explain_letter`: a letter from an organisation explained in plain Dutch (B1), as a draft.

The engine (assistant.features.letters) decides the facts: sender, dates, deadlines, amounts, kind,
bezwaar. Without a model the explanation is the template, which already meets the B1 target.
With a model, its text is used only when the verifier accepts it; otherwise the template is
shown with a warning saying why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.drafts.draft import Draft
from assistant.drafts.wording import Wording, word_with_model
from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import format_date
from assistant.features.letters.facts import LetterFacts
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
    objection: dict = field(default_factory=dict)
    explanation: str = ""
    difficult_words: list[dict] = field(default_factory=list)
    readability: dict = field(default_factory=dict)
    subject: str = ""  # for to_text(); not part of the JSON contract

    def to_dict(self) -> dict:
        return {
            "sender": self.sender, "letter_date": self.letter_date, "kind": self.kind,
            "references": self.references, "amounts": self.amounts, "dates": self.dates,
            "actions": self.actions, "objection": self.objection, "explanation": self.explanation,
            "difficult_words": self.difficult_words, "readability": self.readability,
            "warnings": self.warnings, "status": self.status, "generated_by": self.generated_by.to_dict(),
        }  # fmt: skip

    def to_text(self) -> str:
        lines = ["UITLEG VAN EEN BRIEF (concept, eerst controleren)", ""]
        lines.append(f"Afzender: {self.sender or 'onbekend'}")
        lines.append(f"Datum van de brief: {self.letter_date or 'niet gevonden'}")
        lines.append(f"Soort brief: {self.kind}")
        if self.subject:
            lines.append(f"Onderwerp: {self.subject}")
        if self.references:
            lines.append("Kenmerken: " + "; ".join(self.references))
        lines += ["", self.explanation]
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
        actions=_actions(facts),
        objection={
            "possible": facts.objection.possible,
            "until": facts.objection.until.isoformat() if facts.objection.until else None,
            "how": facts.objection.how,
        },
        explanation=template,
        difficult_words=[
            {"word": w, "meaning": m}
            for w, m in difficult_words(facts.text, load_glossary(settings.corpus_dir))
        ],
        subject=facts.subject,
    )
    result.warnings += _warnings(facts, today)
    if llm is not None:
        _word_with_model(result, facts, template, organisations, llm, settings)
    result.readability = measure(result.explanation).to_dict()
    return result


def _actions(facts: LetterFacts) -> list[str]:
    from assistant.features.letters.template import actions

    return actions(facts)


def _warnings(facts: LetterFacts, today: date | None) -> list[str]:
    out = []
    if facts.injections:
        quoted = "; ".join(f'"{s[:80]}"' for s in facts.injections[:3])
        out.append(
            f"De brief bevat tekst die lijkt op een opdracht aan een computer: {quoted}. "
            "Die tekst is genegeerd; controleer of de brief echt is."
        )
    if facts.sender is None:
        out.append("De afzender is niet gevonden. Vul die zelf in.")
    elif facts.sender.organisation_id is None:
        out.append(f"De afzender ({facts.sender.name}) staat niet in de sociale kaart; controleer de naam.")
    if facts.letter_date is None:
        out.append("De datum van de brief is niet gevonden; termijnen zijn daarom niet uitgerekend.")
    if facts.objection.possible and not facts.objection.stated:
        out.append(
            "De brief noemt geen bezwaar. De uitleg gaat uit van de gewone termijn van zes weken "
            "(Awb 6:7 en 6:8); controleer of dit een besluit is."
        )
    if any("gerekend vanaf de datum van de brief" in d.meaning for d in facts.dates):
        out.append(
            "Een termijn telt vanaf ontvangst of betekening; de uitleg rekent veilig vanaf de datum van de brief."
        )
    if today:
        for d in facts.deadlines:
            if d.value < today and not (facts.letter_date and d.value < facts.letter_date):
                out.append(f"Let op: de {d.meaning} ({format_date(d.value)}) is al voorbij.")
    return out


def facts_for_prompt(facts: LetterFacts) -> str:
    lines = [f"Afzender: {facts.sender.name if facts.sender else 'onbekend'}"]
    if facts.letter_date:
        lines.append(f"Datum van de brief: {format_date(facts.letter_date)}")
    lines.append(f"Soort brief: {facts.kind}")
    lines += [f"Bedrag: {money(a.value)} ({a.label})" for a in facts.amounts]
    lines += [
        f"Datum: {format_date(d.value)} ({d.meaning})" for d in sorted(facts.dates, key=lambda d: d.value)
    ]
    lines += [f"Te doen: {a}" for a in _actions(facts)]
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
