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
amount is), a wrong pay-by date, or a stated deadline that the expectation does not have.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # evals/ when run as a script

# One verdict rule and one sender match for this scorer and the eval metric (evals/metrics/letter_checks.py).
from evals.metrics.letter_checks import CORRECT, FLAGGED, MISSED, WRONG, sender_matches, verdict_of  # noqa: E402

# expected kind -> engine kinds that say the same thing
KIND_EQUIVALENTS = {
    "aanmaning": {"aanmaning", "herinnering"},
    "herinnering": {"aanmaning", "herinnering"},
    "overig": {"informatie", "overig"},
    "informatie": {"informatie", "overig"},
    "aankondiging": {"aankondiging", "voornemen"},
    "voornemen": {"aankondiging", "voornemen"},
    "besluit": {"besluit", "beslissing_op_bezwaar"},
}


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


# --- what the engine said ------------------------------------------------------------------------


@dataclass
class Said:
    """One fact as the engine gave it: status and value (dates as ISO strings)."""

    status: str
    value: object = None
    condition: str | None = None  # a deadline that holds only in a case the letter names


def engine_facts(data: dict) -> dict:
    """The engine's facts from `to_dict()`: the `facts` object, or the older contract's keys."""
    if "facts" in data:
        f = data["facts"]
        return {
            "sender": Said(f["sender"]["status"], f["sender"]["value"]),
            "letter_date": Said(f["letter_date"]["status"], f["letter_date"]["value"]),
            "kind": Said(f["kind"]["status"], f["kind"]["value"]),
            "amount_to_pay": Said(f["amount_to_pay"]["status"], f["amount_to_pay"]["value"]),
            "pay_by": Said(f["pay_by"]["status"], f["pay_by"]["value"]),
            "objection": Said(
                f["objection"]["status"], (f["objection"]["possible"], f["objection"]["until"])
            ),
            "deadlines": [
                Said(d["status"], d["value"]["date"], d["value"].get("condition")) for d in f["deadlines"]
            ],
        }
    return _older_contract(data)


def _older_contract(data: dict) -> dict:
    """Before the facts object: what the explanation told the citizen (every fact was told as true)."""
    told = [m.group(1) for m in (re.match(r"(?:Betaal|U moet) € ([\d.,]+)", a) for a in data["actions"]) if m]
    told += [
        f"{a['value']:.2f}".replace(".", ",") for a in data["amounts"] if a["label"].lower() == "te betalen"
    ]
    due = [d["date"] for d in data["dates"] if "uiterste datum om te betalen" == d["meaning"]]
    deadlines = [
        d["date"] for d in data["dates"]
        if ("uiterste" in d["meaning"] or "afspraak" in d["meaning"]) and "voorbij" not in d["meaning"]
        and "bezwaar" not in d["meaning"] and "beroep" not in d["meaning"]
    ]  # fmt: skip
    objection = data["objection"]
    return {
        "sender": Said("stated" if data["sender"] else "not_found", data["sender"] or None),
        "letter_date": Said("stated" if data["letter_date"] else "not_found", data["letter_date"]),
        "kind": Said("stated", data["kind"]),
        "amount_to_pay": Said("stated", _money(told[0])) if told else Said("not_found"),
        "pay_by": Said("stated" if due else "not_found", due[0] if due else None),
        "objection": Said("stated", (objection["possible"], objection["until"])),
        "deadlines": [Said("stated", d) for d in deadlines],
    }


def _money(raw: str) -> float:
    return float(raw.rstrip(".").replace(".", "").replace(",", "."))


# --- comparing ------------------------------------------------------------------------------------


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def score_letter(name: str, case: dict, data: dict, score: Score) -> None:
    said = engine_facts(data)

    def add(fact: str, expected, got: Said, right: bool, risky: bool = False) -> None:
        verdict = verdict_of(got, right)
        score.outcomes.append(Outcome(name, fact, expected, got.value, verdict, risky and verdict == WRONG))

    if "sender" in case:
        add("sender", case["sender"], said["sender"], sender_matches(case["sender"], said["sender"].value))
    for key in ("letter_date", "kind"):
        if key in case:
            expected = _iso(case[key])
            right = (
                said[key].value in KIND_EQUIVALENTS.get(expected, {expected})
                if key == "kind"
                else said[key].value == expected
            )
            add(key, expected, said[key], right)
    if "amount_to_pay" in case:
        expected, got = case["amount_to_pay"], said["amount_to_pay"]
        right = (expected is None and got.value is None) or (
            expected is not None and got.value is not None and abs(float(got.value) - float(expected)) < 0.005
        )
        if expected is None and got.status == "not_found":
            got = Said("stated", None)  # nothing to pay, nothing said: right
        add("amount_to_pay", expected, got, right, risky=True)
    if "pay_by" in case:
        expected, got = _iso(case["pay_by"]), said["pay_by"]
        if expected is None and got.status == "not_found":
            got = Said("stated", None)
        add("pay_by", expected, got, got.value == expected, risky=True)
    if "objection" in case:
        exp = (case["objection"]["possible"], _iso(case["objection"].get("until")))
        got = said["objection"]
        possible, until = got.value if isinstance(got.value, tuple) else (None, None)
        add("objection", exp, got, possible == exp[0] and (not exp[0] or until == exp[1]), risky=True)
    if "deadlines" in case:
        expected = {_iso(d) for d in case["deadlines"] or []}
        stated = {d.value for d in said["deadlines"] if d.status == "stated"}
        flagged = {d.value for d in said["deadlines"] if d.status == "to_check"}
        for d in sorted(expected):
            verdict = CORRECT if d in stated else FLAGGED if d in flagged else MISSED
            score.outcomes.append(Outcome(name, "deadline", d, d if verdict != MISSED else None, verdict))
        allowed = expected | {_iso(case.get("pay_by"))}
        for d in said["deadlines"]:
            if d.status == "stated" and d.value not in allowed:
                # told as a duty the expectation lacks: false; told with the letter's condition: an extra
                score.extra.append(
                    Outcome(name, "deadline", None, (d.value, d.condition), WRONG, not d.condition)
                )


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
