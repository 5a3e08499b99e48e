"""Score the triage engine on a folder of intake cases (a test helper, not part of the product).

A case is a YAML file with `text` and `expected` (`category`, `urgent`, `organisations`, optionally
`other_organisations` and `not_involved`). The scoring rules are the eval metrics' own
(evals/metrics: category_accuracy, urgency_accuracy, organisation_recall, organisation_precision),
so this helper and `regiewijzer eval` count the same way: organisations as triage units (every
gemeente desk counts as `gemeente`), recall over the expected units, precision over the found ones.

Run as a script to print the figures and the misses:
`PYTHONPATH=. .venv/bin/python tests/unit/triage/triage_scorer.py [folder]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import yaml

from assistant.features.triage.engine import assess
from assistant.knowledge.corpus import load_sociale_kaart
from evals.context import EvalContext
from evals.metrics.base import CaseRun
from evals.metrics.category_accuracy import CategoryAccuracy
from evals.metrics.organisation_precision import OrganisationPrecision
from evals.metrics.organisation_recall import OrganisationRecall
from evals.metrics.urgency_accuracy import UrgencyAccuracy


@dataclass
class Score:
    cases: int = 0
    category: int = 0
    urgency: int = 0
    org_expected: int = 0
    org_found: int = 0
    org_hits: int = 0  # expected units found (recall)
    org_found_right: int = 0  # found units that were expected (precision)
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"category {self.category}/{self.cases}, urgency {self.urgency}/{self.cases}, "
            f"organisations recall {self.org_hits}/{self.org_expected}, precision {self.org_found_right}/{self.org_found}"
        )


def score_cases(folder: Path, organisations=None) -> Score:
    orgs = tuple(organisations or load_sociale_kaart())
    ctx = EvalContext()
    score = Score()
    for path in sorted(Path(folder).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        case = SimpleNamespace(expected=data["expected"])
        run = CaseRun(output=assess(data["text"], orgs).to_dict())
        category = CategoryAccuracy().score(case, run, ctx)
        urgency = UrgencyAccuracy().score(case, run, ctx)
        recall = OrganisationRecall().score(case, run, ctx)
        precision = OrganisationPrecision().score(case, run, ctx)
        score.cases += 1
        score.category += int(category.hits)
        score.urgency += int(urgency.hits)
        score.org_hits += int(recall.hits)
        score.org_expected += int(recall.total)
        score.org_found += int(precision.total)
        score.org_found_right += int(precision.hits)
        notes = [s.note for s in (category, urgency, recall, precision) if s.note]
        if notes:
            score.misses.append(f"{path.stem}: {'; '.join(notes)}")
    return score


if __name__ == "__main__":
    from evals.casefiles import TRIAGE_CASES

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TRIAGE_CASES / "blind-2026-11-30"
    result = score_cases(target)
    print(result.line())
    print("\n".join(result.misses))
