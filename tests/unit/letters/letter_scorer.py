"""Score the letter engine on a folder of letters with expected facts (the blind-round YAML format).

    .venv/bin/python tests/unit/letters/letter_scorer.py evals/cases/letters/blind-2026-11-30 [-v]

Each `<name>.yaml` names its letter (`file:`) and the facts a careful reader takes from it:
`sender`, `letter_date`, `kind`, `amount_to_pay` (null: nothing to pay), `pay_by`,
`objection: {possible, until}` and `deadlines`. Only the keys a YAML has are scored, so the older
case format (no `amount_to_pay`) can be scored too.

Per fact the engine's answer is one of: `correct` (stated, right value), `wrong` (stated, wrong
value), `flagged` (to_check: the professional is asked to check it) or `missed` (not found).
A *false statement* is a stated fact about bezwaar, the amount to pay or a deadline that contradicts
the expectation: bezwaar said possible (or impossible) against the expectation, a wrong bezwaar
date, a wrong amount to pay (also: an amount where nothing is to be paid, or nothing where an
amount is), a wrong pay-by date, or a stated deadline that the expectation does not have (told with
the letter's own condition, such a deadline is an extra fact, not a false one). The rules are the eval
metric's (evals/metrics/letter_checks.py), so scorer and `regiewijzer eval` cannot disagree.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # evals/ when run as a script

# One verdict rule and one sender match for this scorer and the eval metric (evals/metrics/letter_checks.py).
from evals.metrics.letter_checks import CORRECT, FLAGGED, MISSED, WRONG, outcomes  # noqa: E402


@dataclass
class Outcome:
    letter: str
    fact: str
    expected: object
    got: object
    verdict: str  # correct | wrong | flagged | missed
    false: bool = False  # a stated fact that contradicts the expectation (bezwaar, amount, deadline)


@dataclass
class Score:
    outcomes: list[Outcome] = field(default_factory=list)
    extra: list[Outcome] = field(default_factory=list)  # stated deadlines the expectation lacks

    @property
    def false_statements(self) -> list[Outcome]:
        return [o for o in self.outcomes + self.extra if o.false]

    def share(self, *verdicts: str) -> float:
        return sum(o.verdict in verdicts for o in self.outcomes) / max(1, len(self.outcomes))

    def report(self, verbose: bool = False) -> str:
        n = len(self.outcomes)
        stated = [o for o in self.outcomes if o.verdict in (CORRECT, WRONG)]
        letters = sorted({o.letter for o in self.false_statements})
        lines = [
            f"facts: {n} in {len({o.letter for o in self.outcomes})} letters",
            f"false statements (bezwaar, amount to pay, deadlines): {len(self.false_statements)}"
            f" in {len(letters)} letters",
            f"facts stated or flagged: {self.share(CORRECT, WRONG, FLAGGED):.0%}"
            f"  (stated {len(stated)}, flagged {sum(o.verdict == FLAGGED for o in self.outcomes)},"
            f" missed {sum(o.verdict == MISSED for o in self.outcomes)})",
            f"stated correctly: {self.share(CORRECT):.0%} of all facts;"
            f" {sum(o.verdict == CORRECT for o in stated) / max(1, len(stated)):.0%} of stated facts",
        ]
        for fact in sorted({o.fact for o in self.outcomes}):
            group = [o for o in self.outcomes if o.fact == fact]
            counts = {v: sum(o.verdict == v for o in group) for v in (CORRECT, WRONG, FLAGGED, MISSED)}
            lines.append(f"  {fact:16} " + "  ".join(f"{k} {v}" for k, v in counts.items() if v))
        shown = (
            self.false_statements
            if not verbose
            else [o for o in self.outcomes + self.extra if o.verdict != CORRECT]
        )
        for o in shown:
            mark = "FALSE" if o.false else o.verdict
            lines.append(f"  {mark:8} {o.letter}: {o.fact} expected {o.expected!r}, got {o.got!r}")
        return "\n".join(lines)


# --- comparing: one rule with the eval metric (evals/metrics/letter_checks.py) ---------------------

SCORED = ("sender", "letter_date", "kind", "amount_to_pay", "pay_by", "objection", "deadline")


def _iso(value):
    """YAML reads dates as `date`; the metric compares ISO strings."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    return value


def score_letter(name: str, case: dict, data: dict, score: Score) -> None:
    """The metric's outcomes for the facts this scorer reports; a stated deadline the case lacks is
    an extra (false when told as a duty, see `extra_deadline`)."""
    case = _iso(case)
    for o in outcomes(case, data):
        if o.field not in SCORED:
            continue
        target = score.extra if o.field == "deadline" and o.expected is None else score.outcomes
        target.append(Outcome(name, o.field, o.expected, o.got, o.verdict, o.false))


def letter_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from assistant.ingest.pdf import read_pdf_text

        return read_pdf_text(path)
    return path.read_text(encoding="utf-8")


def score_folder(folder: Path) -> Score:
    from assistant.config import load_settings
    from assistant.features.letters.skill import explain_letter

    settings = load_settings(backend="none")
    score = Score()
    for path in sorted(folder.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(case, dict) or "file" not in case or "same_as" in case:
            continue
        letter = folder / case["file"]
        if not letter.exists():
            continue
        data = explain_letter(letter_text(letter), settings=settings).to_dict()
        score_letter(path.stem, case, data, score)
    return score


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    for folder in args or ["evals/cases/letters/blind-2026-11-30"]:
        print(f"== {folder}")
        print(score_folder(Path(folder)).report(verbose="-v" in sys.argv))
