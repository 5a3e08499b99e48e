"""Which ranked grounds step back below the first grounds the professional reads (ranking.rank). Pure.

Two general rules, both about a ground whose own trigger is weaker than a competitor's:
- Neighbouring leden: two leden of one article share some required facts (Wgs 3 lid 2 and lid 3
  both need "schuldhulp geweigerd"); what sets a lid apart is its own facts. A lid with one of its
  own facts missing steps back for a neighbour whose own facts are all quoted from the case. (Where
  in the input a fact stands, obstacle or case, does not decide between leden: the obstacle often
  names the measure and the case the exception that is the right lid.)
- A general Awb norm (3:4, 4:84) whose core (its first required fact: a besluit, a beleidsregel) is
  not in the obstacle, steps back behind the specific grounds whose facts the obstacle does show.
Stepping back only moves a ground to the end of the list: it stays there, to check, never dropped.
Matches are engine.GroundMatch objects.
"""

from __future__ import annotations

from typing import Any

from assistant.features.grounds.casetext import OBSTACLE

MISSING, SHOWN = 0, 1  # a lid's own facts: one is missing, or all are quoted from the input


def step_back(ranked: list[Any], *, obstacle: bool) -> list[Any]:
    """`ranked` in order, with the grounds that step back moved to the end (their order kept).
    `obstacle`: the professional named what stands in the way."""
    back = {id(m) for m in ranked if _yields_to_neighbour(m, ranked)}
    if obstacle and any(_specific_in_obstacle(m) for m in ranked):
        back |= {id(m) for m in ranked if _general_awb_off_obstacle(m)}
    return [m for m in ranked if id(m) not in back] + [m for m in ranked if id(m) in back]


def own_firmness(match: Any, neighbour: Any) -> int | None:
    """Whether the facts that set `match` apart from `neighbour` (its required facts the neighbour
    does not also require) are all shown; None when it has no facts of its own."""
    shared = {c.fact for c in neighbour.ground.requires}
    own = [f for f, c in zip(match.check.facts, match.ground.requires, strict=True) if c.fact not in shared]
    if not own:
        return None
    return SHOWN if all(f.stated for f in own) else MISSING


def _yields_to_neighbour(match: Any, ranked: list[Any]) -> bool:
    for other in ranked:
        if other is match or not _neighbours(match, other):
            continue
        mine, theirs = own_firmness(match, other), own_firmness(other, match)
        if mine is not None and theirs is not None and mine < theirs:
            return True
    return False


def _neighbours(a: Any, b: Any) -> bool:
    """Two leden of one article (a whole article and its lid are not neighbours)."""
    ga, gb = a.ground, b.ground
    return (
        ga.law == gb.law and str(ga.article) == str(gb.article)
        and bool(ga.paragraph) and bool(gb.paragraph) and str(ga.paragraph) != str(gb.paragraph)
    )  # fmt: skip


def _specific_in_obstacle(match: Any) -> bool:
    return not match.general and any(f.stated and f.source == OBSTACLE for f in match.check.facts)


def _general_awb_off_obstacle(match: Any) -> bool:
    """A general Awb norm whose core (first required fact) is not quoted from the obstacle."""
    if not (match.general and match.ground.law == "Awb" and match.check.facts):
        return False
    core = match.check.facts[0]
    return not (core.stated and core.source == OBSTACLE)
