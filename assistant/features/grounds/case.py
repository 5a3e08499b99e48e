"""What a maatwerk case says: the obstacle kinds, the organisations involved and the laws it is
about, each with the quoted sentence. Pure: the sociale kaart and the laws come in as arguments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.obstacles import ObstacleFinding, detect_obstacles
from assistant.features.grounds.subjects import LAW_SUBJECTS
from assistant.knowledge.organisations import find_organisations
from assistant.text.folding import fold
from assistant.text.matching import find_phrase
from assistant.text.spans import sentence_around


@dataclass(frozen=True)
class Mention:
    key: str  # organisation id or law name
    name: str
    quote: str


@dataclass
class CaseSignals:
    obstacles: list[ObstacleFinding] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)
    laws: list[Mention] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        seen: list[str] = []
        for f in self.obstacles:
            if f.kind not in seen:
                seen.append(f.kind)
        return seen


def _mentions(text: str, folded: str, names: dict[str, tuple[str, Sequence[str]]]) -> list[Mention]:
    out = []
    for key, (display, aliases) in names.items():
        for alias in sorted(set(aliases), key=len, reverse=True):
            if not alias or len(alias) < 2:
                continue
            span = find_phrase(folded, alias)
            if span:
                out.append(Mention(key, display, sentence_around(text, span)))
                break
    return out


def analyse_case(
    case_text: str,
    obstacle: str | None = None,
    *,
    organisations: Iterable[Any] = (),
    laws: Iterable[Any] = (),
    fallback_org_ids: Iterable[str] = (),
    involved: Sequence[Mention] | None = None,
    case: CaseText | None = None,
) -> CaseSignals:
    """Obstacle kinds, organisations and laws in the case. `organisations` (the sociale kaart) are
    found with the one negation-aware finder (assistant.knowledge.organisations), the same as triage;
    `involved`, when given (a triage handed over), replaces that search. Ids in `fallback_org_ids`
    are matched as words when the sociale kaart does not list them. `laws` have name and all_names;
    a law also counts when the case uses the everyday words for its subject (subjects.LAW_SUBJECTS)."""
    text = "\n".join(t for t in (case_text, obstacle or "") if t)
    folded = fold(text)
    organisations = tuple(organisations)
    if involved is None:
        involved = involved_organisations(text, organisations)
    known = {o.id for o in organisations} | {m.key for m in involved}
    fallback: dict[str, tuple[str, Sequence[str]]] = {
        oid: (oid.upper() if len(oid) <= 4 else oid.capitalize(), (oid,))
        for oid in fallback_org_ids if oid not in known
    }  # fmt: skip
    law_names = {law.name: (law.name, [a for a in law.all_names if len(a) > 3 or a.isupper()]) for law in laws}
    named = {m.key: m for m in _mentions(text, folded, law_names)}
    case = case or CaseText(case_text, obstacle)
    for name, stems in LAW_SUBJECTS.items():  # everyday words for what a law is about, not negated
        found = case.find_any(stems) if name not in named else None
        if found:
            named[name] = Mention(name, name, found.evidence.quote)
    return CaseSignals(
        obstacles=detect_obstacles(case_text, obstacle),
        organisations=[*involved, *_mentions(text, folded, fallback)],
        laws=list(named.values()),
    )


def involved_organisations(text: str, organisations: Sequence[Any]) -> list[Mention]:
    """The kaart organisations the text names and does not negate, one per triage unit (every
    gemeente desk counts as 'gemeente'), each with its first quote."""
    out: dict[str, Mention] = {}
    for f in sorted(find_organisations(text, organisations).values(), key=lambda f: f.first):
        if f.involved and f.unit not in out:
            name = "gemeente" if f.unit == "gemeente" else f.name
            out[f.unit] = Mention(f.unit, name, f.evidence[0] if f.evidence else "")
    return list(out.values())
