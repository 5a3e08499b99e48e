"""A fact in a draft, with its evidence, or the word that it is to be checked. Pure.

Every fact a draft states carries where it comes from: the quoted sentence(s) of the input with
character offsets, and, for a computed value, the rule that computed it ("zes weken na de
dagtekening, Awb 6:7 en 6:8"). Its status is one of three:
- `stated`: the input says it, or a named rule computes it from what the input says;
- `to_check`: signals conflict (a bezwaar clause and an exclusion; two candidate amounts) or a
  default applies that the input does not confirm; the professional checks it;
- `not_found`: the input does not say it.
The citizen's B1 text holds stated facts only; `to_check` items go to a "Controleer dit" list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATED, TO_CHECK, NOT_FOUND = "stated", "to_check", "not_found"
STATUSES = (STATED, TO_CHECK, NOT_FOUND)


@dataclass(frozen=True)
class Evidence:
    """A quote of the input by offsets: input[start:end] (whitespace may be collapsed in `quote`)."""

    quote: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"quote": self.quote, "start": self.start, "end": self.end}


def evidence_at(text: str, start: int, end: int, limit: int = 300) -> Evidence:
    """Evidence for text[start:end], the quote with collapsed whitespace (shortened when long)."""
    quote = " ".join(text[start:end].split())
    if len(quote) > limit:
        quote = quote[: limit - 1].rstrip() + "…"
    return Evidence(quote, start, end)


@dataclass
class Fact:
    value: Any = None
    status: str = NOT_FOUND
    evidence: list[Evidence] = field(default_factory=list)
    rule: str | None = None  # the rule that computed the value, with the inputs it used
    note: str | None = None  # why it is to be checked, in Dutch

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown fact status {self.status!r}")

    @property
    def stated(self) -> bool:
        return self.status == STATED

    def to_dict(self) -> dict:
        data = {
            "value": _plain(self.value),
            "status": self.status,
            "evidence": [e.to_dict() for e in self.evidence],
            "rule": self.rule,
        }
        if self.note:
            data["note"] = self.note
        return data


def stated(value: Any, evidence: list[Evidence] | None = None, rule: str | None = None) -> Fact:
    return Fact(value, STATED, list(evidence or []), rule)


def to_check(value: Any, note: str, evidence: list[Evidence] | None = None, rule: str | None = None) -> Fact:
    return Fact(value, TO_CHECK, list(evidence or []), rule, note)


def not_found(note: str | None = None) -> Fact:
    return Fact(None, NOT_FOUND, [], None, note)


def unique_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence without repeats, in order; two quotes of the same offsets are one passage
    (the first is kept, whatever its shortening)."""
    seen: set[tuple[int, int]] = set()
    out: list[Evidence] = []
    for e in evidence:
        if (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            out.append(e)
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
