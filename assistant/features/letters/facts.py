"""The facts of a letter, decided by code: who sent it, when, what kind, amounts, dates,
deadlines, bezwaar and what the reader must do. Everything else (template, model prose) is
built from these facts. analysis.py finds them; objection.py decides the bezwaar."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.features.letters import meaning as M
from assistant.features.letters.amounts import Amount
from assistant.features.letters.kinds import Option
from assistant.features.letters.sender import Sender
from assistant.features.letters.text import segment_at, segments

_THRESHOLD = re.compile(
    r"(?i)\b(?:minimaal|minimum|ten\s+minste|tenminste|maximaal|maximum|meer\s+dan|minder\s+dan|hoger\s+dan|"
    r"lager\s+dan|drempel|grens|boven|onder)\s*(?:van\s+)?(?:€|eur\b|euro\b)?\s*$"
)
_PAY_SENTENCE = re.compile(
    r"(?i)^\W*(?:betaal\b|maak\b.{0,60}\bover\b)|\bu\s+moet\b.{0,60}\b(?:betalen|terugbetalen|voldoen)\b|"
    r"\b(?:verzoeken|vragen)\s+(?:wij\s+)?u\b.{0,80}\b(?:te\s+betalen|over\s+te\s+maken|te\s+voldoen)\b|"
    r"\btotaal\s+te\s+betalen\b"
)
_INSTRUCTION = re.compile(
    r"(?:Geef|Betaal|Stuur|Lever|Meld|Solliciteer|Vul|Neem|Bel|Kom|Zorg|Maak|Houd|Bewaar|Lees|Controleer)\b"
    r"|U\s+moet\b(?!.{0,40}\b(?:niet|geen)\b)"
)
_ABOUT_OBJECTION = re.compile(r"(?i)bezwaar|beroep")


@dataclass(frozen=True)
class LetterDate:
    value: date
    meaning: str
    kind: str  # letter | deadline | appointment | start | end | other


@dataclass(frozen=True)
class Objection:
    possible: bool
    until: date | None
    how: str
    route: str = "bezwaar"  # bezwaar | beroep
    stated: bool = True  # False when the letter does not mention it and the engine assumes the Awb rule


@dataclass
class LetterFacts:
    sender: Sender | None
    letter_date: date | None
    subject: str
    kind: str
    topic: str | None
    references: list[str]
    amounts: list[Amount]
    dates: list[LetterDate]
    objection: Objection
    options: list[Option]
    requested: list[str] = field(default_factory=list)  # items the letter asks the reader to send
    injections: list[str] = field(default_factory=list)
    text: str = ""  # the normalised letter without injected instructions

    @property
    def sender_name(self) -> str:
        """The sender as it reads inside a sentence: "de Belastingdienst", "Gemeente Zuidhaven"."""
        return self.sender.in_sentence if self.sender else "de afzender"

    @property
    def instructions(self) -> list[str]:
        """What the letter itself tells the reader to do ("Geef elke maand door ...", "Betaal elke
        factuur binnen 30 dagen ..."), in its own short sentences; not bezwaar (handled apart) and
        not what may happen later."""
        out: list[str] = []
        segs = segments(self.text)
        for i, seg in enumerate(segs):
            sentence = re.sub(r"^\W+", "", seg.text).strip()
            if not _INSTRUCTION.match(sentence) or _ABOUT_OBJECTION.search(sentence):
                continue
            # "... bezwaar maken. Dit moet binnen zes weken. Stuur een brief naar ...": part of the bezwaar text
            if any(_ABOUT_OBJECTION.search(segs[j].text) for j in range(max(0, i - 2), i)):
                continue
            if len(sentence.split()) <= 22 and sentence not in out:
                out.append(sentence if sentence.endswith((".", "!")) else sentence + ".")
        return out[:4]

    @property
    def deadlines(self) -> list[LetterDate]:
        return sorted((d for d in self.dates if d.kind in (M.DEADLINE, M.APPOINTMENT)), key=lambda d: d.value)

    def deadline_for(self, word: str) -> LetterDate | None:
        return next((d for d in self.deadlines if word in d.meaning), None)

    @property
    def pay_amount(self) -> Amount | None:
        """The amount the reader has to pay.

        First an amount in a sentence that tells the reader to pay ("Betaal de achterstand van
        € 168,34", "Maak het bedrag van € 172,50 over"); else a total or 'te betalen' line. A
        threshold ("als het bedrag minimaal € 75 is") or an instalment is never the amount to pay,
        unless it is the only amount.
        """
        segs = segments(self.text)
        candidates = [
            a for a in self.amounts if not _THRESHOLD.search(self.text[max(0, a.start - 30) : a.start])
        ]
        in_pay_sentence = [
            a for a in candidates if _PAY_SENTENCE.search(segs[segment_at(segs, a.start)].text)
        ]
        if in_pay_sentence:
            totals = [
                a for a in in_pay_sentence if re.search(r"totaal|achterstand|openstaand", a.label, re.I)
            ]
            return (totals or in_pay_sentence)[-1]
        whole = [
            a
            for a in candidates
            if not re.search(r"per (maand|termijn|week|kwartaal)|termijn", a.label, re.I)
        ]
        for pattern in (r"totaal", r"te betalen|terug|openstaand|nog te|verschuldigd", r"achterstand|boete"):
            hits = [a for a in whole if re.search(pattern, a.label, re.I)]
            if hits:
                return hits[-1]
        return self.amounts[0] if len(self.amounts) == 1 else None
