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
    "overig": {"informatie", "overig", "betalingsregeling"},  # a kind outside the case writers' list
    # an ontvangstbevestiging is a letter with information (no besluit, nothing asked): the same class
    "informatie": {"informatie", "overig", "ontvangstbevestiging", "beslag"},  # a mededeling van beslag too
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
        got = _remedy(said["objection"], output) if exp[0] else said["objection"]
        possible, until = got.value if isinstance(got.value, tuple) else (None, None)
        add("objection", list(exp), got, possible == exp[0] and (not exp[0] or until == exp[1]))
    if "deadlines" in expected:
        out += _deadlines(expected, said["deadlines"], remedy_ends(output))
    out += _older_fields(expected, output)
    return out


def _remedy(objection: Said, output: dict) -> Said:
    """The reader's remedy against this letter: bezwaar, or, where the draft says bezwaar is not
    possible but beroep at a court is (after a beslissing op bezwaar, Awb 7:1 and 8:1), that beroep.
    Case writers put either under `objection`."""
    possible = objection.value[0] if isinstance(objection.value, tuple) else None
    facts = output.get("facts") if isinstance(output.get("facts"), dict) else output
    appeal = facts.get("appeal") if isinstance(facts, dict) else None
    if possible is not False or not isinstance(appeal, dict) or appeal.get("route", "beroep") != "beroep":
        return objection
    if appeal.get("possible") is not True:
        return objection
    return Said(str(appeal.get("status") or STATED), (True, appeal.get("until")))


def _amount(expected, got: Said) -> Outcome:
    value = money(got.value) if got.value is not None else None
    if expected is None:
        right = value is None
        got = Said(STATED, None) if got.status == NOT_FOUND else got
    else:
        right = value is not None and abs(value - float(expected)) < 0.005
    verdict = verdict_of(got, right)
    return Outcome("amount_to_pay", expected, got.value, verdict, verdict == WRONG)


def remedy_ends(output: dict) -> list[Said]:
    """The end dates of the bezwaar and beroep terms the draft gives, each with the status of its
    fact (the draft states them as objection/appeal, not among its deadlines)."""
    facts = output.get("facts") if isinstance(output.get("facts"), dict) else output
    out = []
    for key in ("objection", "appeal"):
        obj = facts.get(key) if isinstance(facts, dict) else None
        if isinstance(obj, dict) and obj.get("until") and obj.get("possible") is not False:
            out.append(Said(str(obj.get("status") or STATED), str(obj["until"])))
    return out


def deadline_verdict(expected_date: str, deadlines: list[Said], ends: list[Said]) -> str:
    """One rule for the scorer and the metrics: an expected deadline is found when the draft gives
    that date as a deadline (a zienswijze term is one), or as the end of the bezwaar or beroep term
    (`remedy_ends`): case writers list those end dates under deadlines too."""
    said = [*deadlines, *ends]
    if any(d.status == STATED and str(d.value) == expected_date for d in said):
        return CORRECT
    if any(d.status == TO_CHECK and str(d.value) == expected_date for d in said):
        return FLAGGED
    return MISSED


def _deadlines(expected: dict, said: list[Said], ends: list[Said]) -> list[Outcome]:
    want = {str(d) for d in expected.get("deadlines") or []}
    out = []
    for d in sorted(want):
        verdict = deadline_verdict(d, said, ends)
        out.append(Outcome("deadline", d, d if verdict != MISSED else None, verdict))
    if "pay_by" not in expected and "amount_to_pay" not in expected:
        # the first case format lists the deadlines that must be found, not all
        return out
    allowed = want | {str(expected.get("pay_by"))} | {str(d.get("date")) for d in expected.get("dates") or []}
    for d in said:
        if d.status == STATED and str(d.value) not in allowed:
            out.append(extra_deadline(d))
    return out


def extra_deadline(d: Said) -> Outcome:
    """A stated deadline the case lacks: false when told as a duty; told with the letter's own
    condition ("Kunt u niet? Bel dan uiterlijk ...") it is an extra fact, not a false one."""
    return Outcome("deadline", None, (d.value, d.condition) if d.condition else d.value, WRONG, not d.condition)


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


# a trap that is only an amount or a date ("€ 289,95", "3 augustus 2026")
_BARE_VALUE = re.compile(r"(?i)^\s*(?:€|eur)?\s*[\d.,\-/ ]+(?:[a-z]+\s+\d{4})?\s*$")


def traps_found(expected: dict, output: dict) -> list[str]:
    """The case's trap sentences ("u kunt geen bezwaar maken") that the draft's text contains. A trap
    that is only an amount or a date is left to the fact checks (an amount stated as the one to pay, a
    date stated as a deadline): the draft may list the letter's own amounts and dates as what they are."""
    told = _squash(str(output.get("explanation", "")) + " " + " ".join(output.get("actions") or []))
    return [
        t for t in expected.get("false_traps") or []
        if _squash(t) and not _BARE_VALUE.match(str(t)) and _squash(t) in told
    ]  # fmt: skip


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[^\w€,.:]+", " ", str(text).lower()).split())
