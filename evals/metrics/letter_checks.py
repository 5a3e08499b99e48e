"""Shared by the letter metrics: each expected fact of a letter against what the draft says.

Per fact the draft's answer is `correct` (stated, right value), `wrong` (stated, wrong value),
`flagged` (to_check: the professional is asked to check it) or `missed` (not found). A *false
statement* is a stated fact about bezwaar, the amount to pay, the pay-by date or a deadline that
contradicts the expectation (also: an amount where nothing is to be paid, a deadline the letter
does not set), or a sentence the case lists as a trap (`false_traps`) found in the text.
Only the keys a case has are scored, so older and newer case formats both work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from evals.metrics.readers import NOT_FOUND, STATED, TO_CHECK, Said, letter_facts, money

CORRECT, WRONG, FLAGGED, MISSED = "correct", "wrong", "flagged", "missed"
RISKY = ("amount_to_pay", "pay_by", "objection", "deadline")
# expected kind -> draft kinds that say the same thing
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
    field: str
    expected: Any
    got: Any
    verdict: str
    false: bool = False

    def line(self) -> str:
        return f"{self.field}: verwacht {self.expected!r}, kreeg {self.got!r} ({self.verdict})"


def verdict_of(said: Said, right: bool) -> str:
    if said.status == TO_CHECK:
        return FLAGGED
    if said.status == NOT_FOUND:
        return MISSED
    return CORRECT if right else WRONG


def sender_matches(expected: str, got: str | None) -> bool:
    """ "deurwaarder (Hofstede & Maas, namens X)" matches "Hofstede & Maas" or "Deurwaarder", not "X"."""
    if not got:
        return False
    got = _plain(got)
    head, _, inner = expected.partition("(")
    inner = re.split(r"\bnamens\b", inner.rstrip(")"))[0]
    names = [_plain(n) for n in [head, *inner.split(",")] if len(_plain(n)) >= 2]
    return any(n in got or got in n for n in names)


def _plain(name: str) -> str:
    return re.sub(r"^(?:het|de)\s+", "", " ".join(str(name).lower().split())).strip(" ,")


def outcomes(expected: dict, output: dict) -> list[Outcome]:
    said = letter_facts(output)
    out: list[Outcome] = []

    def add(name: str, exp, got: Said, right: bool) -> None:
        verdict = verdict_of(got, right)
        out.append(Outcome(name, exp, got.value, verdict, name in RISKY and verdict == WRONG))

    if "sender" in expected:
        add("sender", expected["sender"], said["sender"], sender_matches(expected["sender"], said["sender"].value))
    if "letter_date" in expected:
        add("letter_date", expected["letter_date"], said["letter_date"], said["letter_date"].value == expected["letter_date"])
    if "kind" in expected:
        kinds = KIND_EQUIVALENTS.get(expected["kind"], {expected["kind"]})
        add("kind", expected["kind"], said["kind"], said["kind"].value in kinds)
    if "amount_to_pay" in expected:
        out.append(_amount(expected["amount_to_pay"], said["amount_to_pay"]))
    if "pay_by" in expected:
        got = said["pay_by"]
        got = Said(STATED, None) if expected["pay_by"] is None and got.status == NOT_FOUND else got
        add("pay_by", expected["pay_by"], got, got.value == expected["pay_by"])
    if "objection" in expected:
        exp = (expected["objection"].get("possible"), expected["objection"].get("until"))
        got = said["objection"]
        possible, until = got.value if isinstance(got.value, tuple) else (None, None)
        add("objection", list(exp), got, possible == exp[0] and (not exp[0] or until == exp[1]))
    if "deadlines" in expected:
        out += _deadlines(expected, said["deadlines"])
    out += _older_fields(expected, output)
    return out


def _amount(expected, got: Said) -> Outcome:
    value = money(got.value) if got.value is not None else None
    if expected is None:
        right = value is None
        got = Said(STATED, None) if got.status == NOT_FOUND else got
    else:
        right = value is not None and abs(value - float(expected)) < 0.005
    verdict = verdict_of(got, right)
    return Outcome("amount_to_pay", expected, got.value, verdict, verdict == WRONG)


def _deadlines(expected: dict, said: list[Said]) -> list[Outcome]:
    want = {str(d) for d in expected.get("deadlines") or []}
    stated = {str(d.value) for d in said if d.status == STATED}
    flagged = {str(d.value) for d in said if d.status == TO_CHECK}
    out = []
    for d in sorted(want):
        verdict = CORRECT if d in stated else FLAGGED if d in flagged else MISSED
        out.append(Outcome("deadline", d, d if verdict != MISSED else None, verdict))
    if "pay_by" not in expected:  # the first case format lists the deadlines that must be found, not all
        return out
    allowed = want | {str(expected.get("pay_by"))} | {str(d.get("date")) for d in expected.get("dates") or []}
    for d in sorted(stated - allowed):
        out.append(Outcome("deadline", None, d, WRONG, True))
    return out


def _older_fields(expected: dict, output: dict) -> list[Outcome]:
    """The first case format's fields: references, amounts with labels, dates, options, words."""
    out = []
    refs = [str(r) for r in output.get("references") or []]
    for ref in expected.get("references") or []:
        out.append(Outcome("references", ref, None, CORRECT if any(str(ref) in r for r in refs) else MISSED))
    found = {round(float(a["value"]), 2): str(a.get("label", "")) for a in output.get("amounts") or []}
    for a in expected.get("amounts") or []:
        label = found.get(round(float(a["value"]), 2))
        verdict = MISSED if label is None else CORRECT if a["label"].lower() in label.lower() else WRONG
        out.append(Outcome("amounts", f"{a['value']} ({a['label']})", label, verdict))
    dates = output.get("dates") or []
    for d in expected.get("dates") or []:
        meanings = [x.get("meaning", "") for x in dates if x.get("date") == d["date"]]
        out.append(Outcome("dates", f"{d['date']} ({d['meaning']})", meanings or None,
                           CORRECT if any(d["meaning"] in m for m in meanings) else MISSED))  # fmt: skip
    told = (str(output.get("explanation", "")) + " " + " ".join(output.get("actions") or [])).lower()
    for option in expected.get("options") or []:
        out.append(Outcome("options", option, None, CORRECT if str(option).lower() in told else MISSED))
    words = {str(w.get("word", "")).lower() for w in output.get("difficult_words") or []}
    for word in expected.get("words") or []:
        out.append(Outcome("words", word, None, CORRECT if str(word).lower() in words else MISSED))
    return out


def traps_found(expected: dict, output: dict) -> list[str]:
    """The case's trap sentences ("u kunt geen bezwaar maken") that the draft's text contains."""
    told = _squash(str(output.get("explanation", "")) + " " + " ".join(output.get("actions") or []))
    return [t for t in expected.get("false_traps") or [] if _squash(t) and _squash(t) in told]


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[^\w€,.:]+", " ", str(text).lower()).split())
