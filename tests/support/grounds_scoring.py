"""Score proposed maatwerk grounds against blind cases (evals/cases/grounds/blind-*/*.yaml).

A blind case names its `expected` and `wrong` grounds as {law, article, paragraph}. Three figures,
as in the issue on trust (issue 10):
- cases with an expected ground among the first three proposed;
- expected grounds found anywhere in the proposal;
- cases with a ground from the `wrong` list among the first five.
A proposed ground matches a reference when law and article are equal and the leden are equal, or
one of the two names no lid (a whole article covers each of its leden). The rule and the three
figures are the eval metrics' own (evals/metrics: grounds_top3, grounds_recall, wrong_ground_rate,
readers.same_ground), so this helper and `regiewijzer eval` count the same way.

Run `python tests/support/grounds_scoring.py [--index DIR]` to print the figures per case.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import yaml

from evals.metrics.base import CaseRun
from evals.metrics.grounds_recall import GroundsRecall
from evals.metrics.grounds_top3 import GroundsInTop3
from evals.metrics.readers import GroundRef
from evals.metrics.readers import same_ground as metric_same_ground
from evals.metrics.wrong_ground_rate import WrongGroundRate

Ref = tuple[str, str, str | None]  # (law, article, paragraph)


@dataclass(frozen=True)
class BlindCase:
    id: str
    text: str
    obstacle: str | None
    expected: tuple[Ref, ...]
    wrong: tuple[Ref, ...]


@dataclass
class CaseScore:
    id: str
    proposed: list[Ref]
    top3_hit: bool
    found: list[Ref]
    missed: list[Ref]
    wrong_top5: list[Ref]


@dataclass
class Score:
    cases: list[CaseScore] = field(default_factory=list)

    @property
    def top3(self) -> int:
        return sum(c.top3_hit for c in self.cases)

    @property
    def found(self) -> int:
        return sum(len(c.found) for c in self.cases)

    @property
    def expected(self) -> int:
        return sum(len(c.found) + len(c.missed) for c in self.cases)

    @property
    def wrong_cases(self) -> int:
        return sum(bool(c.wrong_top5) for c in self.cases)

    def summary(self) -> str:
        n = len(self.cases)
        return (
            f"expected ground in top 3: {self.top3}/{n}; expected grounds found: {self.found}/{self.expected}; "
            f"cases with a wrong ground in the top 5: {self.wrong_cases}/{n}"
        )


def _ref(item: dict) -> Ref:
    paragraph = item.get("paragraph")
    return (str(item["law"]), str(item["article"]), None if paragraph in (None, "") else str(paragraph))


def load_blind_cases(folder: Path) -> list[BlindCase]:
    out = []
    for path in sorted(Path(folder).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.append(BlindCase(
            id=str(data["id"]), text=data["text"], obstacle=(data.get("obstacle") or None),
            expected=tuple(_ref(g) for g in data.get("expected") or ()),
            wrong=tuple(_ref(g) for g in data.get("wrong") or ()),
        ))  # fmt: skip
    return out


def _reference(ref: Ref) -> dict:
    return {"law": ref[0], "article": ref[1], "paragraph": ref[2]}


def same_ground(reference: Ref, proposed: Ref) -> bool:
    """The eval metrics' rule (evals/metrics/readers.same_ground) on (law, article, lid) tuples."""
    return metric_same_ground(_reference(reference), GroundRef(None, *proposed))


def score_case(case: BlindCase, proposed: Sequence[Ref]) -> CaseScore:
    """Top 3 and wrong-in-top-5 are the eval metrics' verdicts; the found and wrong lists use their rule."""
    proposed = list(proposed)
    expected = {"grounds": [_reference(e) for e in case.expected], "wrong": [_reference(w) for w in case.wrong]}
    metric_case = SimpleNamespace(suite="grounds", expected=expected)
    run = CaseRun(output={"grounds": [_reference(p) for p in proposed]})
    top3, recall, wrong = (m.score(metric_case, run, None) for m in (GroundsInTop3(), GroundsRecall(), WrongGroundRate()))
    found = [e for e in case.expected if any(same_ground(e, p) for p in proposed)]
    assert recall is None or int(recall.hits) == len(found)  # one rule: the metric counts what we list
    return CaseScore(
        id=case.id, proposed=proposed,
        top3_hit=bool(top3 and top3.hits),
        found=found, missed=[e for e in case.expected if e not in found],
        wrong_top5=[p for p in proposed[:5] if any(same_ground(w, p) for w in case.wrong)] if wrong and wrong.hits else [],
    )  # fmt: skip


def score(cases: Sequence[BlindCase], propose: Callable[[BlindCase], Sequence[Ref]]) -> Score:
    return Score([score_case(c, propose(c)) for c in cases])


def engine_proposer(retrieved_for: Callable[[BlindCase], set] | None = None):
    """Propose with the pure engine and the shipped catalogue (no index)."""
    from assistant.features.grounds.engine import match_grounds
    from assistant.knowledge.corpus import load_grounds, load_law_sources, load_sociale_kaart

    grounds, laws, orgs = load_grounds(), load_law_sources(), load_sociale_kaart()

    def propose(case: BlindCase) -> list[Ref]:
        retrieved = retrieved_for(case) if retrieved_for else ()
        _, matches = match_grounds(case.text, case.obstacle, grounds=grounds, organisations=orgs, laws=laws,
                                   retrieved=retrieved)  # fmt: skip
        return [(m.ground.law, m.ground.article, m.ground.paragraph) for m in matches]

    return propose


def skill_proposer(settings, index):
    """Propose with the grounds skill over a real index (retrieval and citation checks included)."""
    from assistant.features.grounds.skill import propose_grounds

    def propose(case: BlindCase) -> list[Ref]:
        result = propose_grounds(case.text, obstacle=case.obstacle, settings=settings, index=index)
        return [(g.law, g.article, g.paragraph) for g in result.grounds]

    return propose


def _main() -> None:
    from evals.casefiles import GROUNDS_CASES

    parser = argparse.ArgumentParser(description="Score the grounds engine on a blind set.")
    parser.add_argument("folder", nargs="?", default=str(GROUNDS_CASES / "blind-2026-11-30"))
    parser.add_argument("--index", help="an index folder built over corpus/ and the shared law texts")
    parser.add_argument("--cache", default=None, help="embedding cache folder")
    args = parser.parse_args()
    cases = load_blind_cases(Path(args.folder))
    if args.index:
        from assistant.config import load_settings
        from assistant.retrieval import open_index

        settings = load_settings(index_dir=args.index, cache_root=args.cache, backend="none")
        result = score(cases, skill_proposer(settings, open_index(settings)))
    else:
        result = score(cases, engine_proposer())
    for c in result.cases:
        mark = "top3" if c.top3_hit else "    "
        print(f"{c.id:24} {mark} found {len(c.found)}/{len(c.found) + len(c.missed)} wrong@5 {c.wrong_top5}")
        print("   proposed:", ", ".join(f"{p[0]} {p[1]}" + (f" lid {p[2]}" if p[2] else "") for p in c.proposed))
        if c.missed:
            print("   missed:  ", ", ".join(f"{p[0]} {p[1]}" + (f" lid {p[2]}" if p[2] else "") for p in c.missed))
    print(result.summary())


if __name__ == "__main__":
    _main()
