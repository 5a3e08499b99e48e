"""Check a ground's `requires` and `not_when` (assistant.knowledge.corpus.Condition) against a case.
Pure.

A required fact is stated when one of its word stems ("@concept" names a group of them, see
concepts.py) is in the case (not negated), or, for an age
condition, when someone in the case has an age in the range; its evidence is the quoted sentence
with offsets. A `not_when` holds when one of its stems is in the case, or, for an age condition,
when the person the case is about (the first age named) is in the range. A `not_when` in words only
cannot be checked: it goes to the professional as a point to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.drafts.facts import NOT_FOUND, STATED, Fact
from assistant.features.grounds.casetext import CASE, OBSTACLE, CaseText, Found
from assistant.features.grounds.concepts import expand

NOT_FOUND_NOTE = "Niet gevonden in de casus; controleer of dit speelt."
# A not_when that only says a required fact is absent ("er wordt niets teruggevorderd") is the
# requires check in words: when every required fact is quoted, it needs no second look.
_ABSENCE = re.compile(r"^er (?:is|zijn|wordt|worden|loopt) (?:nog )?(?:geen|niets)\b", re.IGNORECASE)


@dataclass
class GroundFact(Fact):
    """A fact behind a ground. `source` says which input the evidence offsets refer to: the case
    text (casus) or the obstacle (obstakel)."""

    source: str = CASE
    start: int | None = None  # offset of the matched word itself (evidence holds its sentence)
    end: int | None = None  # where the matched words end

    def to_dict(self) -> dict:
        return super().to_dict() | {"source": self.source}


def fact_from(value: str, found: Found, rule: str | None = None) -> GroundFact:
    return GroundFact(value, STATED, [found.evidence], rule, source=found.source, start=found.start, end=found.end)


def missing_fact(value: str) -> GroundFact:
    return GroundFact(value, NOT_FOUND, [], None, NOT_FOUND_NOTE)


def _in_range(years: int, ages: tuple[int | None, int | None]) -> bool:
    low, high = ages
    return (low is None or years >= low) and (high is None or years <= high)


def _age_rule(years: int, ages: tuple[int | None, int | None]) -> str:
    low, high = ages
    span = f"{low} tot en met {high} jaar" if low is not None and high is not None else (
        f"{low} jaar of ouder" if low is not None else f"{high} jaar of jonger")
    return f"leeftijd uit de casus: {years} jaar; voorwaarde: {span}"


def condition_holds(
    condition: Any, case: CaseText, *, client_only: bool, used: frozenset = frozenset(), accept=None
) -> GroundFact | None:
    """The fact with its evidence when the case shows `condition`; None when it does not. A word
    already quoted for another fact of the same ground (`used`) does not count twice; `accept`
    (stem, found) -> bool may refuse a place."""
    if condition.ages is not None:
        people = [case.client_age] if client_only and case.client_age else ([] if client_only else case.household_ages())
        for person in people:
            if _in_range(person.years, condition.ages):
                return fact_from(condition.fact, person.found, _age_rule(person.years, condition.ages))
    found = case.find_any(expand(condition.any_of), used, accept)
    return fact_from(condition.fact, found) if found else None


@dataclass
class GroundCheck:
    facts: list[GroundFact] = field(default_factory=list)  # one per required fact, in catalogue order
    excluded: GroundFact | None = None  # the not_when that holds, with its evidence
    to_check: list[str] = field(default_factory=list)  # not_when in words only

    @property
    def met(self) -> list[GroundFact]:
        return [f for f in self.facts if f.stated]

    @property
    def complete(self) -> bool:
        return all(f.stated for f in self.facts)

    @property
    def missing(self) -> list[str]:
        return [f.value for f in self.facts if not f.stated]


def check_ground(ground: Any, case: CaseText, core_accept=None) -> GroundCheck:
    """`core_accept` (stem, found) -> bool: which places may show the first required fact (the core)."""
    check = GroundCheck()
    used: set[tuple[str, int, int]] = set()
    for i, condition in enumerate(ground.requires):
        accept = core_accept if i == 0 else None
        fact = condition_holds(condition, case, client_only=False, used=frozenset(used), accept=accept)
        check.facts.append(fact or missing_fact(condition.fact))
        if fact is not None and fact.start is not None:
            used.add((fact.source, fact.start, fact.end if fact.end is not None else fact.start))
    for condition in ground.not_when:
        if not condition.checkable:
            if not (check.complete and _ABSENCE.match(condition.fact)):
                check.to_check.append(condition.fact)
        elif check.excluded is None:
            check.excluded = condition_holds(condition, case, client_only=True, accept=_not_negated(case))
    return check


def _not_negated(case: CaseText):
    """A `not_when` is a fact that must hold: a negated mention does not state it, also in the
    obstacle ("omdat zij niet de Nederlandse nationaliteit heeft" does not say she is Dutch)."""
    return lambda stem, found: found.source != OBSTACLE or case.stem_carries_negation(stem) or not case.negated(found)
