"""Score the triage engine on a folder of intake cases (a test helper, not part of the product).

A case is a YAML file with `text` and `expected`: `category`, `urgent`, `organisations` (sociale-kaart
ids) and optionally `not_involved`. Organisations are compared as triage units: every gemeente desk
counts as `gemeente`, as in the engine. Recall: expected units the engine found involved;
precision: found units that were expected. A negated organisation the engine reports as involved
costs precision, like any other unexpected one.

Run as a script to print the figures and the misses:
`PYTHONPATH=. .venv/bin/python tests/unit/triage/triage_scorer.py [folder]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.features.triage.engine import assess
from assistant.knowledge.corpus import load_sociale_kaart
from assistant.knowledge.organisations import unit_of


@dataclass
class Score:
    cases: int = 0
    category: int = 0
    urgency: int = 0
    org_expected: int = 0
    org_found: int = 0
    org_hits: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"category {self.category}/{self.cases}, urgency {self.urgency}/{self.cases}, "
            f"organisations recall {self.org_hits}/{self.org_expected}, precision {self.org_hits}/{self.org_found}"
        )


def _units(ids, by_id) -> set[str]:
    return {unit_of(by_id[i]) if i in by_id else i for i in ids or []}


def score_cases(folder: Path, organisations=None) -> Score:
    orgs = tuple(organisations or load_sociale_kaart())
    by_id = {o.id: o for o in orgs}
    score = Score()
    for path in sorted(Path(folder).glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected = case["expected"]
        a = assess(case["text"], orgs)
        score.cases += 1
        if a.category == expected["category"]:
            score.category += 1
        else:
            score.misses.append(f"{path.stem}: categorie {a.category}, verwacht {expected['category']}")
        if a.urgent == expected["urgent"]:
            score.urgency += 1
        else:
            score.misses.append(f"{path.stem}: spoed {a.urgent}, verwacht {expected['urgent']}")
        want, got = _units(expected["organisations"], by_id), set(a.units)
        score.org_expected += len(want)
        score.org_found += len(got)
        score.org_hits += len(want & got)
        if want != got:
            score.misses.append(f"{path.stem}: gemist {sorted(want - got)}, extra {sorted(got - want)}")
    return score


if __name__ == "__main__":
    from evals.casefiles import TRIAGE_CASES

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TRIAGE_CASES / "blind-2026-11-30"
    result = score_cases(target)
    print(result.line())
    print("\n".join(result.misses))
