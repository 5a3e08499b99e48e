"""Triage of an intake story: organisations, categorie 1/2/3, spoed and levensdomeinen.

The method is the report's ("Verslag rol overheidsdienstverlener", §4, 3 categorieën):
- categorie 1: one (overheids)organisatie is involved (or none is named yet);
- categorie 2: several overheidsorganisaties, without interdependence;
- categorie 3: several organisations that depend on each other: one waits for the other, one's
  decision blocks the other's, or they send the person back and forth (at least one of them an
  overheidsorganisatie; an employer never counts as one).
Spoed: a solution is needed within weeks or the person falls out (no income, eviction, cut-off,
beslag, a deadline in days or weeks, homelessness, care ending at 18, danger).

Pure and deterministic: the sociale kaart comes in as an argument; no model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.domain.organisations import (
    OrgFinding,
    Span,
    collect_findings,
    find_mentions,
    negated_just_before,
    quote,
    sentence_at,
    sentences,
    unit_of,
)
from assistant.domain.triage_rules import (
    CHAINS,
    DEPENDENCY_CUES,
    LIFE_DOMAINS,
    SIGNAL_REQUIRES_UNIT,
    SITUATIONS,
    URGENCY_SIGNALS,
)

NEVER_COUNTS = frozenset({"werkgever"})  # employers are not (overheids)organisaties in the triage sense
_ANAPHOR = re.compile(
    r"^\W*(?:die|deze|dat|dit|daar\w*|vervolgens|daarna|dan|zij\s+verw\w*|ze\s+verw\w*)\b", re.I
)


@dataclass
class Dependency:
    kind: str
    label: str
    quote: str
    units: list[str]


@dataclass
class UrgencySignal:
    key: str
    label: str
    quote: str
    step: str


@dataclass
class Suggestion:
    org_id: str
    name: str
    reason: str  # the situation that suggests it
    refer_when: str
    question: str = ""


@dataclass
class TriageAssessment:
    category: int
    urgent: bool
    findings: dict[str, OrgFinding]
    units: list[str]  # involved units, in order of appearance
    unit_names: dict[str, str]
    government_units: list[str]
    category_reasons: list[str]
    urgency: list[UrgencySignal]
    life_domains: list[str]
    dependencies: list[Dependency] = field(default_factory=list)
    chains: list[str] = field(default_factory=list)  # explanations of known chains found
    situations: list[str] = field(default_factory=list)  # situation keys found
    suggestions: list[Suggestion] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # situation-specific questions

    @property
    def organisations(self) -> list[str]:
        """Display names of the involved organisations: overheidsorganisaties first."""
        gov = [self.unit_names[u] for u in self.units if u in self.government_units]
        other = [self.unit_names[u] for u in self.units if u not in self.government_units]
        return gov + other

    @property
    def not_involved(self) -> list[OrgFinding]:
        """Organisations that are only mentioned in a negated way."""
        seen, out = set(self.units), []
        for f in self.findings.values():
            if not f.involved and f.negated_evidence and f.unit not in seen:
                seen.add(f.unit)
                out.append(f)
        return out

    def unit_evidence(self, unit: str) -> str:
        for f in sorted(self.findings.values(), key=lambda f: f.first):
            if f.unit == unit and f.involved and f.evidence:
                return f.evidence[0]
        return ""

    def to_dict(self) -> dict:
        return {
            "category": self.category,
            "urgent": self.urgent,
            "organisations": self.organisations,
            "category_reasons": self.category_reasons,
            "urgency_signals": [f'{s.label}: "{s.quote}"' for s in self.urgency],
            "life_domains": self.life_domains,
            "organisation_details": [f.to_dict() for f in self.findings.values()],
            "dependencies": [d.__dict__ for d in self.dependencies],
            "suggestions": [s.__dict__ for s in self.suggestions],
        }


def assess(text: str, organisations: Sequence[Any]) -> TriageAssessment:
    """The engine's triage of an intake text against the sociale kaart `organisations`."""
    orgs = tuple(organisations)
    by_id = {o.id: o for o in orgs}
    spans = sentences(text)
    mentions = find_mentions(text, orgs)
    findings = collect_findings(text, orgs, mentions)

    chains: list[str] = []
    for chain in CHAINS:
        m = _first_unnegated(chain.pattern, text, spans)
        if m:
            chains.append(f"{chain.label[0].upper()}{chain.label[1:]}: {chain.explanation}")
            for org_id in chain.implies:
                _imply(findings, by_id, org_id, text, spans, m)

    situation_keys, suggested, questions = [], [], []
    for sit in SITUATIONS:
        m = _first_unnegated(sit.pattern, text, spans)
        if not m:
            continue
        if sit.requires_unit and not _has_unit(findings, sit.requires_unit):
            continue
        situation_keys.append(sit.key)
        for org_id in sit.implies:
            _imply(findings, by_id, org_id, text, spans, m)
        for org_id in sit.suggests:
            if org_id in by_id and org_id not in suggested:
                suggested.append((org_id, sit.label))
        if sit.question:
            questions.append(sit.question)

    involved = sorted((f for f in findings.values() if f.involved), key=lambda f: f.first)
    units: list[str] = []
    for f in involved:
        if f.unit not in units:
            units.append(f.unit)
    gov_units = [u for u in units if any(f.government for f in involved if f.unit == u)]
    unit_names = {u: _unit_name(u, [f for f in involved if f.unit == u], by_id) for u in units}

    dependencies = _dependencies(text, spans, mentions, findings, by_id, set(gov_units))
    countable = [u for u in units if u not in NEVER_COUNTS]
    if (dependencies or chains) and gov_units and len(countable) >= 2:
        category = 3
    elif len(gov_units) >= 2:
        category = 2
    else:
        category = 1

    urgency = _urgency(text, spans, findings)
    domains = [
        name for name, pattern in LIFE_DOMAINS if pattern.search(text)
    ]  # a negated need is still a domain
    suggestions = [
        Suggestion(org_id, by_id[org_id].name, label, by_id[org_id].refer_when)
        for org_id, label in suggested
        if not (findings.get(org_id) and findings[org_id].involved)
    ]
    assessment = TriageAssessment(
        category=category,
        urgent=bool(urgency),
        findings=findings,
        units=units,
        unit_names=unit_names,
        government_units=gov_units,
        category_reasons=[],
        urgency=urgency,
        life_domains=domains,
        dependencies=dependencies,
        chains=chains,
        situations=situation_keys,
        suggestions=suggestions,
        questions=questions,
    )
    assessment.category_reasons = _category_reasons(assessment)
    return assessment


# --- helpers -----------------------------------------------------------------------------------


def _first_unnegated(pattern: re.Pattern, text: str, spans: Sequence[Span]) -> re.Match | None:
    for m in pattern.finditer(text):
        if m.group(0).lower().startswith(("geen", "zonder", "niet")):
            return m  # the pattern itself is about an absence ("geen inkomen")
        if not negated_just_before(text, sentence_at(spans, m.start(), len(text)), m.start()):
            return m
    return None


def _has_unit(findings: dict[str, OrgFinding], units: tuple[str, ...]) -> bool:
    return any(f.involved and f.unit in units for f in findings.values())


def _imply(findings, by_id, org_id: str, text: str, spans, m: re.Match) -> None:
    """Mark `org_id` involved because a situation implies it, unless the text negates it."""
    org = by_id.get(org_id)
    if org is None:
        return
    f = findings.get(org_id)
    if f is not None and (f.involved or f.negated_evidence):
        return
    sentence = sentence_at(spans, m.start(), len(text))
    findings[org_id] = OrgFinding(
        org.id,
        org.name,
        unit_of(org),
        bool(org.government),
        True,
        "situatie",
        terms=[m.group(0)],
        evidence=[quote(text, sentence)],
        first=m.start(),
    )


def _unit_name(unit: str, unit_findings: list[OrgFinding], by_id) -> str:
    if unit != "gemeente":
        return unit_findings[0].name
    desks = []
    for f in unit_findings:
        if f.id == "gemeente":
            continue
        desk = f.name.removeprefix("Gemeente, ").removeprefix("Gemeente ")
        if desk not in desks:
            desks.append(desk)
    base = by_id["gemeente"].name if "gemeente" in by_id else "Gemeente"
    return f"{base} ({', '.join(desks)})" if desks else base


def _dependencies(text, spans, mentions, findings, by_id, gov_units: set[str]) -> list[Dependency]:
    """Sentences with a dependency cue that name at least two involved organisations."""

    def units_in(span: Span) -> list[str]:
        out = []
        for m in mentions:
            f = findings.get(m.org_id)
            if f and f.involved and span.start <= m.start < span.end and f.unit not in out:
                out.append(f.unit)
        for f in findings.values():  # organisations implied by a situation in this sentence
            if f.via == "situatie" and f.involved and span.start <= f.first < span.end and f.unit not in out:
                out.append(f.unit)
        return out

    found: list[Dependency] = []
    for i, span in enumerate(spans):
        sentence = text[span.start : span.end]
        for cue in DEPENDENCY_CUES:
            if not cue.pattern.search(sentence):
                continue
            units = units_in(span)
            window = span
            if len(units) < 2 and i > 0 and (_ANAPHOR.match(sentence) or cue.key == "verwijst"):
                window = Span(spans[i - 1].start, span.end)
                units = units_in(window)
            # An employer can be part of a dependency (it waits for, or blocks, an overheidsorganisatie);
            # it still never counts as an organisation for the category itself.
            gov = [u for u in units if u in gov_units]
            if len(units) < 2 or not gov or (cue.needs_two_government and len(gov) < 2):
                continue
            found.append(Dependency(cue.key, cue.label, quote(text, window, 240), units))
            break
    return found


def _urgency(text: str, spans, findings) -> list[UrgencySignal]:
    out = []
    for sig in URGENCY_SIGNALS:
        needed = SIGNAL_REQUIRES_UNIT.get(sig.key)
        if needed and not _has_unit(findings, needed):
            continue
        m = _first_unnegated(sig.pattern, text, spans)
        if m:
            out.append(
                UrgencySignal(
                    sig.key, sig.label, quote(text, sentence_at(spans, m.start(), len(text))), sig.step
                )
            )
    return out


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _category_reasons(a: TriageAssessment) -> list[str]:
    gov_names = [a.unit_names[u] for u in a.government_units]
    reasons: list[str] = []
    if a.category == 3:
        for d in a.dependencies:
            names = _join([a.unit_names[u] for u in d.units])
            reasons.append(f'Categorie 3: {d.label} ({names}): "{d.quote}"')
        for explanation in a.chains:
            reasons.append(f"Categorie 3: {explanation}")
    elif a.category == 2:
        reasons.append(
            f"Categorie 2: meerdere overheidsorganisaties betrokken ({_join(gov_names)}), zonder aanwijzing dat de "
            "een op de ander wacht of elkaars besluit blokkeert."
        )
    elif gov_names:
        reasons.append(f"Categorie 1: één overheidsorganisatie betrokken: {gov_names[0]}.")
    else:
        reasons.append(
            "Categorie 1: geen specifieke overheidsorganisatie genoemd; de dienstverlener kan zelf helpen of "
            "gericht doorverwijzen."
        )
    for u in a.government_units:
        evidence = a.unit_evidence(u)
        if evidence:
            reasons.append(f'{a.unit_names[u]}: "{evidence}"')
    others = [a.unit_names[u] for u in a.units if u not in a.government_units]
    if others:
        reasons.append(f"Niet meegeteld als overheidsorganisatie: {_join(others)}.")
    for f in a.not_involved:
        reasons.append(f'Niet betrokken: {f.name} ("{f.negated_evidence[0]}").')
    return reasons
