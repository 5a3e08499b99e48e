"""The facts of a letter, decided by code: who sent it, when, what kind, amounts, dates,
deadlines, bezwaar and what the reader must do. Everything else (template, model prose) is
built from these facts. analysis.py finds them.

Each fact the explanation states is an assistant.drafts.facts.Fact: its value, its status
(stated / to_check / not_found), the quotes of the letter it rests on and, for a computed value,
the rule that computed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.drafts.facts import Fact, not_found
from assistant.features.letters.amounts import Amount
from assistant.features.letters.options import Option
from assistant.features.letters.sender import Sender

FACT_NAMES = ("sender", "letter_date", "kind", "decision", "amount_to_pay", "pay_by", "objection", "appeal")


@dataclass(frozen=True)
class LetterDate:
    value: date
    meaning: str
    kind: str  # letter | deadline | appointment | start | end | other
    start: int = -1  # offsets of the date or period in the analysed text (-1: none)
    end: int = -1
    rule: str | None = None  # for a date the engine computed: the period and the date it counts from
    condition: str | None = None  # the letter's condition ("Kunt u niet komen?"), when it has one
    exact: bool = True  # False: counted from a day the letter does not date (receipt): to check
    before: bool = False  # written "vóór <datum>": the last safe day is the day before


@dataclass(frozen=True)
class Route:
    """Bezwaar (or administratief beroep) against this letter, or beroep/verzet at a court."""

    possible: bool | None  # None: not known
    until: date | None
    how: str  # what the reader does, in B1 ("Maak bezwaar met een brief. ...")
    route: str = "bezwaar"  # bezwaar | beroep | verzet
    by_default: bool = False  # the letter names no bezwaar: the Awb term is assumed (see the rule)


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
    options: list[Option]
    requested: list[str] = field(default_factory=list)  # items the letter asks the reader to send
    injections: list[str] = field(default_factory=list)
    text: str = ""  # the normalised letter without injected instructions
    is_letter: bool = True  # False: the text has no sender, date or letter structure
    found: dict[str, Fact] = field(default_factory=dict)  # FACT_NAMES -> Fact
    deadlines: list[Fact] = field(default_factory=list)  # value: LetterDate
    actions: list[Fact] = field(default_factory=list)  # value: a B1 sentence

    def fact(self, name: str) -> Fact:
        return self.found.get(name) or not_found()

    @property
    def objection(self) -> Fact:
        """value: Route (bezwaar against this letter)."""
        return self.fact("objection")

    @property
    def sender_name(self) -> str:
        """The sender as it reads inside a sentence: "de Belastingdienst", "Gemeente Zuidhaven"."""
        return self.sender.in_sentence if self.sender and self.fact("sender").stated else "de afzender"

    def stated_deadlines(self) -> list[LetterDate]:
        return sorted((f.value for f in self.deadlines if f.stated), key=lambda d: d.value)

    def check_count(self) -> int:
        """How many facts are to be checked by the professional."""
        every = [*self.found.values(), *self.deadlines, *self.actions]
        return sum(f.status == "to_check" for f in every)

    def deadline_for(self, word: str) -> LetterDate | None:
        return next((d for d in self.stated_deadlines() if word in d.meaning and not d.condition), None)
